/* names.c - "Hamfast Gamgee", "the Hermit Kingdom": a capitalised word
 * in front of a name is part of the name.
 *
 * EWT has few of the names news is full of, so the tagger reads an unseen
 * capitalised word before a proper noun by its shape alone: a first name
 * opening the sentence becomes an adverb, the first word of a country's
 * epithet a common noun, and the parse then hangs the name on the wrong
 * head ("Kingdom" as an apposition of the noun "Hermit", "Hamfast" as an
 * adverb of the verb). Inside a sentence of ordinary case, a capitalised
 * word tagged as a common noun, adverb or foreign word right before a
 * proper noun is retagged as a proper noun, so the two form one name,
 * unless the tag dictionary knows the word ("Meanwhile Russia said").
 * Adjectives are left alone ("Syrian Army", "Foreign Ministry" parse
 * well as they are), and so is a word before a day or a month: "Officials
 * Tuesday said" is a subject and a date, not a name. */
#include "nlp/tagger.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static int capitalised(const char *w)
{
    if (!w || !isupper((unsigned char)w[0]))
        return 0;
    for (const unsigned char *p = (const unsigned char *)w + 1; *p; p++)
        if (isupper(*p))
            return 0; /* "IS", "NATO": acronyms.c's business */
    return 1;
}

static int names_a_date(const char *w)
{
    static const char *const dates[] = {
        "Monday",  "Tuesday",  "Wednesday", "Thursday", "Friday",  "Saturday",
        "Sunday",  "January",  "February",  "March",    "April",   "May",
        "June",    "July",     "August",    "September", "October", "November",
        "December", "Jan.",    "Feb.",      "Aug.",     "Sept.",   "Oct.",
        "Nov.",    "Dec."};
    for (size_t i = 0; i < sizeof dates / sizeof *dates; i++)
        if (strcasecmp(w, dates[i]) == 0)
            return 1;
    return 0;
}

void sr_tagger_join_names(const sr_tagger *t, const sr_token *tokens, const sr_feat_word *w,
                          uint32_t n, uint16_t *tags)
{
    uint32_t words = 0, caps = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!tokens[i].form || !isalpha((unsigned char)tokens[i].form[0]))
            continue;
        words++;
        caps += isupper((unsigned char)tokens[i].form[0]) != 0;
    }
    /* A headline in title case capitalises every word: no evidence there. */
    if (words < 4 || caps * 2 > words)
        return;
    int proper = sr_tagger_class(t, "PROPN", "NNP");
    if (proper < 0)
        return;
    for (uint32_t k = n - 1; k-- > 0;) {
        const char *up = t->upos[tags[k]];
        if (strcmp(up, "NOUN") != 0 && strcmp(up, "ADV") != 0 && strcmp(up, "X") != 0)
            continue;
        if (!capitalised(tokens[k].form) || !capitalised(tokens[k + 1].form) ||
            strcmp(t->upos[tags[k + 1]], "PROPN") != 0 || names_a_date(tokens[k + 1].form))
            continue;
        /* A plural common noun keeps its tag ("Officials", "Protesters"),
         * and so does a word the tag dictionary is sure of ("Meanwhile"). */
        if (!strcmp(t->xpos[tags[k]], "NNS") || sr_tag_index_find(&t->index, w[k].form) >= 0)
            continue;
        tags[k] = (uint16_t)proper;
    }
}
