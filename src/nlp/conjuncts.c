/* conjuncts.c - "condemned the attack and promised aid": both verbs are
 * past tense.
 *
 * A regular verb's past tense and past participle are one form, and the
 * greedy tagger, reading "and promised" on its own, often takes the
 * second verb of a coordination for a participle. The parser then hangs
 * the participle's object elsewhere ("aid" as a parataxis of the first
 * verb), and the coder loses the second event. A participle right after
 * "and", "or" or "but" (an adverb may sit between) whose clause began
 * with a past-tense verb, with no auxiliary, no other verb and no clause
 * boundary between the two, shares that verb's tense: nothing is there to
 * make it a perfect or a passive ("has condemned ... and promised" keeps
 * the participle, since "condemned" is one too). */
#include "nlp/tagger.h"

#include <string.h>
#include <strings.h>

static int is_coordinator(const char *w)
{
    return w && (!strcasecmp(w, "and") || !strcasecmp(w, "or") || !strcasecmp(w, "but"));
}

void sr_tagger_fix_conjuncts(const sr_tagger *t, const sr_token *tokens, uint32_t n,
                             uint16_t *tags)
{
    int past = sr_tagger_class(t, "VERB", "VBD");
    if (past < 0)
        return;
    for (uint32_t i = 2; i < n; i++) {
        if (strcmp(t->upos[tags[i]], "VERB") != 0 || strcmp(t->xpos[tags[i]], "VBN") != 0)
            continue;
        uint32_t k = i - 1;
        if (!strcmp(t->xpos[tags[k]], "RB") && k > 0)
            k--;
        if (!is_coordinator(tokens[k].form))
            continue;
        /* Back to the verb the coordination joins: the nearest verb or
         * auxiliary before "and"; a full stop, a colon or a subordinator
         * in between ends the search. */
        for (uint32_t j = k; j-- > 0;) {
            const char *up = t->upos[tags[j]], *x = t->xpos[tags[j]];
            if (!strcmp(up, "AUX") || !strcmp(up, "SCONJ") || !strcmp(x, "WDT") ||
                !strcmp(x, "WP") || !strcmp(x, ".") || !strcmp(x, ":"))
                break;
            if (strcmp(up, "VERB") != 0)
                continue;
            if (!strcmp(x, "VBD"))
                tags[i] = (uint16_t)past;
            break;
        }
    }
}
