/* infinitive.c - "was known to break into a parade": "to" before a verb.
 *
 * Many English verbs are also nouns (break, travel, influence, house,
 * attack, support), and the greedy tagger, reading "known to" or "due to"
 * as the start of a prepositional phrase ("known to police", "due to
 * rain"), sometimes tags "to" as a preposition and the verb after it as a
 * singular noun. The parse then has no infinitive and the coder loses the
 * event it names ("the president is due to travel to Ostmark"). The tagger saw
 * the word after "to" with the preposition as its history; asked again
 * with "to" as the infinitive marker, it often prefers the verb. When
 * "to" tagged as a preposition is followed right away by a singular noun
 * that the tag dictionary does not fix, the pair becomes TO + VB if the
 * noun loses little by becoming a verb once "to" is the marker
 * (MAX_VERB_LOSS) and the two retaggings together lose at most MAX_LOSS:
 * "went back to work" keeps its noun, since "to" there is a preposition
 * by a wide margin. A noun repeated around "to" ("head to head") is an
 * idiom and is left alone. */
#include "nlp/tagger.h"

#include <string.h>
#include <strings.h>

/* In the committed models' weight units, read off EWT test and dev and
 * VOA news (docs/parser.md, "Infinitives"): the word after "to" may lose
 * at most MAX_VERB_LOSS by becoming a verb once "to" is the infinitive
 * marker, and the two retaggings together at most MAX_LOSS. Retraining
 * the models rescales the weights, so the measurement must be repeated
 * then. */
enum { MAX_VERB_LOSS = 15000, MAX_LOSS = 80000 };

void sr_tagger_fix_infinitives(const sr_tagger *t, const sr_token *tokens,
                               const sr_feat_word *w, uint32_t n, const uint16_t *first,
                               uint16_t *tags)
{
    int prep = sr_tagger_class(t, "ADP", "IN"), noun = sr_tagger_class(t, "NOUN", "NN");
    int mark = sr_tagger_class(t, "PART", "TO"), verb = sr_tagger_class(t, "VERB", "VB");
    if (prep < 0 || noun < 0 || mark < 0 || verb < 0)
        return;
    uint32_t nfinite = 0;
    if (t->two_pass)
        for (uint32_t i = 0; i < n; i++)
            nfinite += t->finite[first[i]];
    int32_t scores[SR_TAGGER_MAX_CLASSES];
    /* The first word is left alone: a "To" that opens the sentence has no
     * verb or adjective before it to complete. */
    for (uint32_t i = 1; i + 1 < n; i++) {
        /* "head to head", "time to time": a noun repeated around "to" is
         * an idiom, not an infinitive. */
        if (tags[i] != prep || tags[i + 1] != noun || !tokens[i].form ||
            strcasecmp(tokens[i].form, "to") != 0 || !tokens[i - 1].form ||
            !tokens[i + 1].form || !strcasecmp(tokens[i - 1].form, tokens[i + 1].form) ||
            sr_tag_dict_find(&t->dict, w[i + 1].form) >= 0)
            continue;
        uint16_t old_to = tags[i], old_next = tags[i + 1];
        sr_tagger_score_word(t, w, n, i, first, nfinite, tags, scores);
        int64_t loss = (int64_t)scores[prep] - scores[mark];
        tags[i] = (uint16_t)mark;
        sr_tagger_score_word(t, w, n, i + 1, first, nfinite, tags, scores);
        int64_t verb_loss = (int64_t)scores[noun] - scores[verb];
        loss += verb_loss;
        if (verb_loss <= MAX_VERB_LOSS && loss <= MAX_LOSS) {
            tags[i + 1] = (uint16_t)verb;
        } else {
            tags[i] = old_to;
            tags[i + 1] = old_next;
        }
    }
}
