/* heading.c - a subheading glued to the front of a sentence.
 *
 * News pages put short subheadings between paragraphs ("China trade with
 * Mauritius on rise", "Trump approval"), and the text the coder reads
 * often runs them into the next sentence without a stop: "China trade
 * with Mauritius on rise While India has long enjoyed ...". The parser
 * then takes words of the heading for the subject of the sentence's
 * verb. This finds where the heading ends, from the words alone: a
 * capitalised function word ("While", "Since", "During", "The") right
 * after a lower-case word, early in the sentence. Verbs after that point
 * take no subject or object from the heading (verbs.c). It does not split
 * the sentence, and codes the heading's own words as before. */
#include "coder/coder_internal.h"

#include <string.h>

/* Headings are short; a boundary further in is more likely a name
 * ("went before The Hague"). */
enum { MAX_HEADING = 8 };

static int upos_is(const sr_token *t, const char *u)
{
    return t->upos && strcmp(t->upos, u) == 0;
}

/* The words that open a news sentence after a subheading; a closed list,
 * since invented or foreign names may carry any tag. */
static int opening_word(const char *w)
{
    static const char *const words[] = {"WHILE",  "SINCE",  "DURING", "AFTER",    "BEFORE",
                                        "THE",    "IN",     "ON",     "AT",       "AS",
                                        "BUT",    "WHEN",   "DESPITE", "ALTHOUGH", "HOWEVER",
                                        "FOR",    "WITH",   "A",      "AN",       "THIS",
                                        "THESE",  "LAST",   "AMID",   "ACCORDING", "OVER"};
    return SR_CS_WORD_AMONG(words, w);
}

void sr_coder_heading_mark(sr_cs_sent *cs)
{
    const sr_token *tok = cs->s->tokens;
    cs->body = 0;
    if (cs->n < 4 || !(cs->words[0][0] >= 'A' && cs->words[0][0] <= 'Z'))
        return;
    for (uint32_t i = 2; i + 1 < cs->n && i <= MAX_HEADING; i++) {
        char c = cs->words[i][0], p = cs->words[i - 1][0];
        if (upos_is(&tok[i - 1], "PUNCT"))
            return; /* a heading has no punctuation of its own */
        if (!(c >= 'A' && c <= 'Z') || !(p >= 'a' && p <= 'z') || !opening_word(cs->words[i]))
            continue;
        /* "by The Financial Times", "before The Hague": a name, not a
         * new sentence. */
        if (upos_is(&tok[i + 1], "PUNCT") ||
            (sr_coder_word_eq("THE", cs->words[i]) && upos_is(&tok[i + 1], "PROPN")))
            return;
        cs->body = i;
        return;
    }
}
