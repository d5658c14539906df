/* dateline.c - "DAMASCUS, Syria (AP) — " before a story's first sentence.
 *
 * The sentence splitter keeps a dateline with the first sentence
 * (docs/text.md), and the parser, trained on EWT where datelines are rare,
 * reads it as part of the clause: "DAMASCUS" becomes the subject and the
 * real subject hangs off something else, so the story's first sentence,
 * often its main event, codes wrongly or not at all. So the dateline is
 * recognised here and left out of the parse: the rest of the sentence is
 * parsed as the sentence it is, and the dateline's words hang off its root.
 *
 * A dateline is: a first word in capitals (a place: "DAMASCUS", "NEW",
 * "KYIV"), then at most MAX_WORDS more words that are capitalised, commas,
 * periods of abbreviations or a parenthesised agency, then a dash. Anything
 * else before the dash ("Syrian forces — backed by Russia — attacked")
 * is a sentence, not a dateline. */
#include "nlp/dateline.h"

#include <ctype.h>
#include <string.h>

enum { MAX_WORDS = 8 };

static int is_dash(const char *w)
{
    return !strcmp(w, "-") || !strcmp(w, "--") || !strcmp(w, "\xe2\x80\x94") ||
           !strcmp(w, "\xe2\x80\x93");
}

static int all_capitals(const char *w)
{
    int letters = 0;
    for (const unsigned char *p = (const unsigned char *)w; *p; p++) {
        if (islower(*p))
            return 0;
        letters += isupper(*p) != 0;
    }
    return letters >= 2;
}

static int capitalised(const char *w)
{
    return isupper((unsigned char)w[0]) != 0;
}

uint32_t sr_nlp_dateline_length(const sr_sentence *s)
{
    const sr_token *t = s->tokens;
    if (s->ntokens < 4 || !t[0].form || !all_capitals(t[0].form))
        return 0;
    int in_parens = 0;
    for (uint32_t i = 1; i < s->ntokens && i <= MAX_WORDS; i++) {
        const char *w = t[i].form;
        if (!w || !*w)
            return 0;
        if (is_dash(w))
            return !in_parens && i + 2 < s->ntokens ? i + 1 : 0;
        if (!strcmp(w, "("))
            in_parens = 1;
        else if (!strcmp(w, ")"))
            in_parens = 0;
        else if (strcmp(w, ",") != 0 && strcmp(w, ".") != 0 && !capitalised(w))
            return 0;
    }
    return 0;
}
