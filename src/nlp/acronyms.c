/* acronyms.c - "IS fighters" are Islamic State fighters, not a verb.
 *
 * The tagger learned from EWT, where a capitalised "IS", "US" or "AM" is
 * nearly always the word in a shouted sentence, so in news it tags the
 * acronym of a group or a country as a verb or an auxiliary, and the
 * phrase it names falls apart in the parse. A word written in capitals
 * (two to five letters) inside a sentence that is otherwise in ordinary
 * case, tagged as a verb right before a noun, is an acronym: a proper
 * noun. Headlines in capitals are left alone: there every word is in
 * capitals. */
#include "nlp/tagger.h"

#include <ctype.h>
#include <string.h>

static int all_capitals(const char *w, size_t *letters)
{
    *letters = 0;
    for (const unsigned char *p = (const unsigned char *)w; *p; p++) {
        if (!isupper(*p))
            return 0;
        ++*letters;
    }
    return *letters > 0;
}

/* An acronym taken for a verb in front of the noun it names ("IS
 * fighters", "IS members"): only there is the reading clear. Words in
 * capitals for emphasis ("it ARE broken", "NO idea") keep their tags. */
static int verb_before_noun(const sr_tagger *t, const uint16_t *tags, uint32_t i, uint32_t n)
{
    const char *up = t->upos[tags[i]];
    if (strcmp(up, "AUX") != 0 && strcmp(up, "VERB") != 0)
        return 0;
    return i + 1 < n && !strcmp(t->upos[tags[i + 1]], "NOUN");
}

void sr_tagger_fix_acronyms(const sr_tagger *t, const sr_token *tokens, uint32_t n,
                            uint16_t *tags)
{
    uint32_t words = 0, capitals = 0;
    for (uint32_t i = 0; i < n; i++) {
        size_t letters;
        if (!tokens[i].form || !isalpha((unsigned char)tokens[i].form[0]))
            continue;
        words++;
        capitals += all_capitals(tokens[i].form, &letters) && letters >= 2;
    }
    /* A sentence mostly in capitals is a headline or a shout. */
    if (words < 4 || capitals * 3 > words)
        return;
    int proper = sr_tagger_class(t, "PROPN", "NNP");
    if (proper < 0)
        return;
    /* The first word is left alone: "IS" opening a sentence of ordinary
     * case is still more often the acronym, but "US" and "AM" are not
     * worth the risk there. */
    for (uint32_t i = 1; i < n; i++) {
        size_t letters;
        if (!tokens[i].form || !all_capitals(tokens[i].form, &letters) || letters < 2 ||
            letters > 5 || !verb_before_noun(t, tags, i, n))
            continue;
        tags[i] = (uint16_t)proper;
    }
}
