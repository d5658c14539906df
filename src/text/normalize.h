/* normalize.h - character classes and token-form normalisation.
 *
 * The tokenizer works on bytes and only asks this module about code points
 * outside ASCII: is this a letter, a space, a character to ignore (zero-width
 * spaces and joiners, the byte-order mark, soft hyphens) or punctuation? The
 * same module rewrites a token's bytes into the form the tagger and parser
 * were trained on (UD English EWT): curly quotes become straight ones, long
 * dashes become "--", the ellipsis character becomes "...", and ignorable
 * characters disappear. docs/text.md has the full table.
 *
 * It does not decide where tokens end (tokenize.h) and it assumes valid
 * UTF-8 (utf8.h checks that before text enters the pipeline). */
#ifndef SR_TEXT_NORMALIZE_H
#define SR_TEXT_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

typedef enum sr_cp_class {
    SR_CP_WORD = 0,   /* letters, marks and digits of any script */
    SR_CP_SPACE,      /* separates tokens (NBSP, thin and ideographic spaces) */
    SR_CP_NEWLINE,    /* line separator; counts as a line break */
    SR_CP_PARAGRAPH,  /* paragraph separator; counts as a blank line */
    SR_CP_IGNORE,     /* format characters: dropped from forms, not a space */
    SR_CP_PUNCT       /* punctuation and symbols: a token of its own */
} sr_cp_class;

/* Decodes the code point at s[0..avail); sets *nbytes (1..4). The input is
 * valid UTF-8; a truncated sequence at the end yields U+FFFD and 1 byte so
 * that callers always make progress. */
int32_t sr_norm_decode(const unsigned char *s, size_t avail, int *nbytes);

/* Class of a code point at or above U+0080. */
sr_cp_class sr_norm_class(int32_t cp);

/* 1 when cp starts a capitalised word (Lu, Lt), -1 for lower case (Ll),
 * 0 otherwise. For code points at or above U+0080. */
int sr_norm_case(int32_t cp);

/* The ASCII spelling of a punctuation code point that EWT writes in ASCII
 * (curly quotes, dashes, ellipsis, guillemets), or NULL to keep it as is. */
const char *sr_norm_ascii(int32_t cp);

/* Writes the normalised form of s[0..len) to out, which must have room for
 * len bytes (normalisation never lengthens a token), and returns its length.
 * No NUL is written. */
size_t sr_norm_form(const char *s, size_t len, char *out);

#endif
