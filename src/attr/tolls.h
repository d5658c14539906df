/* tolls.h - how many were killed and injured in one event.
 *
 * Given one parsed sentence and the token of an event's verb, finds the
 * casualty figures that belong to that event: numbers attached to kill,
 * die, dead, wound and injure words in the verb's own clause or in a
 * participle or relative clause hanging off it (", killing at least 25
 * people", "an attack that wounded 12"), and "a death toll of 12". A
 * conjunct with a subject of its own is another event and is not read.
 * Cumulative totals ("since 2011", "so far", "in total", "last year", "the
 * war has killed ...") are not returned. Victims named in the singular
 * count one each ("killed a commander and his driver" is 2). The module
 * reads one sentence only, never allocates, and does not guess a figure
 * from "casualties" or from a definite noun ("the driver").
 * The rules and decisions are in docs/attributes.md. */
#ifndef SR_ATTR_TOLLS_H
#define SR_ATTR_TOLLS_H

#include <stdint.h>

#include "sitrep.h"

typedef struct sr_toll {
    int32_t killed, injured;        /* -1 unknown */
    int32_t killed_low, killed_high;/* -1 unless a range or bound is stated */
    uint32_t killed_token, injured_token; /* token of the number (of the
                                             noun, for a victim named in
                                             the singular), UINT32_MAX
                                             when none */
} sr_toll;

/* The casualties the sentence states for the event whose verb is token
 * `verb` (0-based). Never fails: fields stay -1 / UINT32_MAX when the
 * sentence says nothing usable. Bounded work: at most a few dozen nodes of
 * the tree are visited, each with one pass over the tokens. */
sr_toll sr_attr_toll(const sr_sentence *s, uint32_t verb);

/* A number written in digits or words starting at token i: "25", "1,500",
 * "three", "twenty-five", "two dozen", "a dozen", "hundreds", "dozens",
 * "2.5 million", with an optional qualifier: "at least 25" (25), "more than
 * 40" (41), "up to 12" (12), "between 10 and 15" (10), "no one" (0). The
 * value is the figure a toll reports: the lower bound when one is stated,
 * else the number itself; vague plurals count as their smallest plausible
 * value (dozens 24, scores 40, hundreds 200, thousands 2000). Returns -1
 * when tokens[i..] is not a number; *ntokens (may be NULL) is set to the
 * tokens consumed, 0 on -1. */
int64_t sr_attr_parse_number(const sr_sentence *s, uint32_t i, uint32_t *ntokens);

/* The same, with the bounds: *low and *high are -1 unless stated or implied
 * ("at least", "more than", "up to", "between", vague plurals). */
int64_t sr_attr_parse_range(const sr_sentence *s, uint32_t i, uint32_t *ntokens,
                            int64_t *low, int64_t *high);

#endif
