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

/* "said IS maintained the ability to operate", "IS has claimed the
 * attack": the capitalised "IS" with a verb of its own after it is the
 * Islamic State as subject; emphasis ("it IS true", "IS believed that")
 * has an adjective, a noun or a bare participle there. A past form with
 * an object ("maintained the ability") is the group's own verb. */
static int is_acronym_subject(const sr_tagger *t, const sr_token *tokens, const uint16_t *tags,
                              uint32_t i, uint32_t n)
{
    if (strcmp(tokens[i].form, "IS") != 0 || i + 1 >= n)
        return 0;
    const char *up = t->upos[tags[i]];
    if (strcmp(up, "AUX") != 0 && strcmp(up, "VERB") != 0)
        return 0;
    /* A quotation may open on the verb: said IS "maintained ...". */
    if (i + 2 < n && !strcmp(tokens[i + 1].form, "\""))
        i++;
    const char *next = t->xpos[tags[i + 1]];
    static const char *const aux[] = {"has", "had", "have", "will", "would", "could", "may",
                                      "might", "can", "says", "said"};
    for (size_t k = 0; k < sizeof aux / sizeof *aux; k++)
        if (!strcmp(tokens[i + 1].form, aux[k]))
            return 1;
    if (!strcmp(next, "VBD"))
        return 1;
    if (strcmp(next, "VBN") != 0 || i + 2 >= n)
        return 0;
    const char *obj = t->upos[tags[i + 2]];
    return !strcmp(obj, "DET") || !strcmp(obj, "PROPN") || !strcmp(obj, "PRON") ||
           !strcmp(obj, "NUM");
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
    for (uint32_t i = 0; i < n; i++) {
        size_t letters;
        if (!tokens[i].form || !all_capitals(tokens[i].form, &letters) || letters < 2 ||
            letters > 5)
            continue;
        if (is_acronym_subject(t, tokens, tags, i, n)) {
            tags[i] = (uint16_t)proper;
            /* Read after an auxiliary, the group's past verb was taken
             * for a participle ("IS maintained the ability"). */
            uint32_t v = i + 1 + (i + 2 < n && !strcmp(tokens[i + 1].form, "\""));
            int past = sr_tagger_class(t, "VERB", "VBD");
            if (past >= 0 && !strcmp(t->xpos[tags[v]], "VBN"))
                tags[v] = (uint16_t)past;
            continue;
        }
        if (i > 0 && verb_before_noun(t, tags, i, n))
            tags[i] = (uint16_t)proper;
    }
}
