/* utf8.h - UTF-8 validation.
 *
 * Records must be valid UTF-8 before they enter the pipeline; a reader that
 * finds a bad byte reports where it is (line and column) and skips the
 * record rather than guessing an encoding. */
#ifndef SR_TEXT_UTF8_H
#define SR_TEXT_UTF8_H

#include <stddef.h>

/* Returns 1 when s[0..len) is valid UTF-8 (no overlongs, surrogates or
 * code points past U+10FFFF). Otherwise returns 0 and sets *bad_offset to
 * the offset of the first invalid byte. */
int sr_utf8_valid(const char *s, size_t len, size_t *bad_offset);

#endif
