/* dateline.h - recognising the dateline that opens a news story, so the
 * parser can leave it out of the first sentence's parse (dateline.c).
 * Only recognises; it does not interpret the place (attr/places does). */
#ifndef SR_NLP_DATELINE_H
#define SR_NLP_DATELINE_H

#include "sitrep.h"

#include <stdint.h>

/* How many tokens at the start of s form a dateline, its closing dash
 * included ("DAMASCUS , Syria ( AP ) —" is 7); 0 when there is none. */
uint32_t sr_nlp_dateline_length(const sr_sentence *s);

#endif
