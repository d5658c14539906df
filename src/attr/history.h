/* history.h - is an event background rather than news?
 *
 * News stories recall old events to explain new ones ("In 2015, Thailand
 * deported 173 Uyghurs to China", "government troops recaptured it in
 * 2016"). Coded on the story's publication date, such a sentence becomes a
 * new event that never happened then: GDELT's familiar error. An event
 * whose own clause dates it (dates.h) to a period that ended more than a
 * year before the publication date is background; the engine drops it
 * unless asked to keep it (sr_engine_options.keep_history). */
#ifndef SR_ATTR_HISTORY_H
#define SR_ATTR_HISTORY_H

#include "attr/dates.h"

#include <stdint.h>

/* How long before publication an event's period may end and still be
 * news. "Last year" in January names a period that ended days ago. */
enum { SR_HISTORY_DAYS = 365 };

/* 1 when d (found in the text, not the publication date kept) names a
 * period that ended more than SR_HISTORY_DAYS before pubdate (YYYYMMDD). */
int sr_attr_is_history(sr_event_date d, int32_t pubdate);

#endif
