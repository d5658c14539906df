/* dedup.h - one event per happening: merging repeated mentions.
 *
 * A story names its main event several times ("Warplanes struck Idlib on
 * Saturday ... The strike on Idlib killed 25 ..."), and a coder that emits
 * one event per clause counts that happening several times. This module
 * merges the events of one record that agree on the five things that make
 * a happening: the event date, the source, the target, the CAMEO root code
 * (first two digits: 190 and 195 share root 19) and the place. The merged
 * event keeps its most specific mention and carries `mentions`, the number
 * of events it stands for. The rules, and why, are in docs/attributes.md
 * ("One event per happening").
 *
 * The same rules (which mention is kept, how tolls combine) serve the
 * cross-record merge in src/pipeline/merge.c, so both are defined here.
 *
 * It does not decide that two events with different actors or root codes
 * are the same happening (no fuzzy matching), and it does not look across
 * records: see sr_merger in include/sitrep.h for that. */
#ifndef SR_ATTR_DEDUP_H
#define SR_ATTR_DEDUP_H

#include <stdint.h>

#include "sitrep.h"
#include "base/arena.h"

/* Sets `mentions` of every event to 1 and, when merge is set, merges the
 * repeated mentions in place: *nevents shrinks, the kept events stay in
 * their original order. pubdate (may be NULL) is the record's date, the
 * date of events whose own date is NULL. With explanations on (an event's
 * explain is not NULL), the kept event gains a line naming the merged
 * sentences; that text is allocated in arena. O(n^2) in the events of one
 * record, which are few (one or two per sentence). */
void sr_dedup_mentions(sr_event *events, uint32_t *nevents, const char *pubdate, int merge,
                       sr_arena *arena);

/* Whether two CAMEO codes share their root (first two characters). NULL
 * codes share a root only with each other. */
int sr_dedup_same_root(const char *a, const char *b);

/* Which mention of a happening to keep: higher is better. A more specific
 * code wins first (195 over 190, 0211 over 021; a third digit 0 means "not
 * specified below" in CAMEO), then a known place, then a stated toll. */
int sr_dedup_rank(const char *code, int place_known, int toll_known);

/* Casualty figures of one mention, -1 where unknown (as in sr_event). */
typedef struct sr_dedup_toll {
    int32_t killed, injured, killed_low, killed_high;
} sr_dedup_toll;

/* Folds `from` into `into`: two mentions of one happening report the same
 * dead, so figures are never added; each field keeps the largest figure
 * stated. A later "at least 30" above an earlier "up to 20" drops the stale
 * upper bound rather than keep a range that contradicts itself. */
void sr_dedup_toll_merge(sr_dedup_toll *into, const sr_dedup_toll *from);

#endif
