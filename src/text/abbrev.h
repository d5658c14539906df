/* abbrev.h - abbreviations that keep their final period.
 *
 * Answers one question for the tokenizer and the sentence splitter: is
 * "Gen." (a word plus its period) a known abbreviation, and may it end a
 * sentence? Titles such as "Gen." or "Mr." never do ("Gen. Smith"); others
 * such as "Inc.", "Calif." or "Sept." may, and the splitter then looks at
 * the next word. Words with inner periods ("U.S.", "a.m.") and single
 * initials ("W.") are recognised by shape in tokenize.c, not listed here.
 *
 * The list is a fixed table compiled into the library; the lookup is a hash
 * probe built once (thread-safe) on first use. */
#ifndef SR_TEXT_ABBREV_H
#define SR_TEXT_ABBREV_H

#include <stddef.h>

typedef enum sr_abbrev_kind {
    SR_ABBREV_NONE = 0,
    SR_ABBREV_TITLE,     /* never ends a sentence: "Gen.", "Mr.", "vs." */
    SR_ABBREV_MAY_END    /* ends one before a sentence-starting word */
} sr_abbrev_kind;

/* Looks up s[0..len), which includes the final period ("Sgt."). Case
 * matters: "No." is listed, "no." is not. O(len). */
sr_abbrev_kind sr_abbrev_lookup(const char *s, size_t len);

/* Number of listed abbreviations and the i-th one (for tests). */
size_t sr_abbrev_count(void);
const char *sr_abbrev_at(size_t i, sr_abbrev_kind *kind);

#endif
