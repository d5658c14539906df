/* segment.h - news text to sentences and tokens.
 *
 * The text pipeline's entry point: given the raw UTF-8 text of a record,
 * find its sentences and tokens. Offsets always point into the text given,
 * never into a rewritten copy: normalisation (curly quotes, dashes,
 * non-breaking and zero-width spaces) is applied to each token's form while
 * the offsets keep pointing at the original bytes.
 *
 * The caller validates UTF-8 first (utf8.h); everything allocated comes from
 * the arena. No state is kept between calls, so one may segment from several
 * threads at once. */
#ifndef SR_TEXT_SEGMENT_H
#define SR_TEXT_SEGMENT_H

#include "sitrep.h"
#include "base/arena.h"

/* Splits text[0..len) into sentences of tokens. Never fails on valid UTF-8;
 * an empty or all-space text gives zero sentences. len must fit in 32 bits
 * (offsets are uint32_t). Tokens of all sentences lie in one array, in text
 * order; forms are NUL-terminated arena strings. Linear in len. */
void sr_segment(const char *text, size_t len, sr_arena *arena,
                sr_sentence **out, uint32_t *nout);

#endif
