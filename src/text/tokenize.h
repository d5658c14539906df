/* tokenize.h - news text to a flat list of raw tokens.
 *
 * One pass over the bytes, with a class table for ASCII and utf8proc only
 * for code points past it. Tokens follow UD English EWT: punctuation is
 * split off, clitics are split ("do" "n't", "Iraq" "'s", "can" "not"),
 * hyphenated compounds are split ("search" "-" "engine") except after a
 * short list of prefixes ("e-mail", "non-state") and inside digit groups
 * ("713-555-0134"), while numbers ("1,500", "25.5", "3:30"), URLs, e-mail
 * addresses, @handles and abbreviations with periods ("U.S.", "Gen.") stay
 * whole. docs/text.md lists every rule.
 *
 * A raw token is only a span plus what the sentence splitter needs to know
 * about it (its kind, its case, the whitespace and line breaks before it).
 * Forms are not built here (segment.c does that, normalize.h says how) and
 * sentences are not found here (sentence.h). */
#ifndef SR_TEXT_TOKENIZE_H
#define SR_TEXT_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>

typedef enum sr_tok_kind {
    SR_TOK_WORD = 0,   /* letters, possibly with digits or inner marks */
    SR_TOK_NUMBER,     /* starts with a digit */
    SR_TOK_ABBREV,     /* a word that kept its final period ("Gen.", "U.S.") */
    SR_TOK_PERIOD,     /* "." */
    SR_TOK_FINAL,      /* "!", "?", "?!", "!!!" */
    SR_TOK_ELLIPSIS,   /* "..", "...", "…" */
    SR_TOK_QUOTE,      /* straight '"' or "'": opening or closing by context */
    SR_TOK_OPEN,       /* "(", "[", "{", opening curly quotes, "«" */
    SR_TOK_CLOSE,      /* ")", "]", "}", closing curly quotes, "»" */
    SR_TOK_DASH,       /* "-", "--", en and em dashes */
    SR_TOK_PUNCT,      /* any other punctuation or symbol */
    SR_TOK_LINK,       /* URL, e-mail address, @handle, #hashtag */
    SR_TOK_EMOTICON    /* ":)", ";-)", ":(" */
} sr_tok_kind;

enum {
    SR_TOKF_SPACE_AFTER  = 1 << 0,  /* whitespace follows before the next token */
    SR_TOKF_SPACE_BEFORE = 1 << 1,  /* whitespace (or the text start) precedes */
    SR_TOKF_LINE_BEFORE  = 1 << 2,  /* a line break in the whitespace before */
    SR_TOKF_PARA_BEFORE  = 1 << 3,  /* a blank line in the whitespace before */
    SR_TOKF_UPPER        = 1 << 4,  /* first character is upper case */
    SR_TOKF_LOWER        = 1 << 5,  /* first character is lower case */
    SR_TOKF_NONASCII     = 1 << 6,  /* the form needs normalising */
    SR_TOKF_SENT_END     = 1 << 7   /* set by the sentence splitter */
};

typedef struct sr_rawtok {
    uint32_t start, end;    /* byte offsets into the text */
    uint8_t kind;           /* sr_tok_kind */
    uint8_t abbrev;         /* sr_abbrev_kind for SR_TOK_ABBREV */
    uint16_t flags;         /* SR_TOKF_* */
} sr_rawtok;

/* A growable list of raw tokens on the heap (scratch for one call). */
typedef struct sr_rawtoks {
    sr_rawtok *items;
    size_t n, cap;
} sr_rawtoks;

/* Appends the tokens of text[0..len) to out (which it grows as needed).
 * Text longer than 4 GiB is not supported: offsets are 32-bit, as in
 * sr_token. Linear in len. */
void sr_tokenize(const char *text, size_t len, sr_rawtoks *out);

void sr_rawtoks_free(sr_rawtoks *t);

#endif
