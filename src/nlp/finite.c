/* finite.c - a sentence that reads as a statement keeps a finite verb.
 *
 * The greedy tagger sometimes tags the only verb of a declarative sentence
 * as something else ("Russian warplanes struck rebel-held areas": struck as
 * an adjective). The parse of such a sentence then hangs on a noun and no
 * event can be coded from it; on VOA news this happened to about one long
 * sentence in forty. A sentence that ends in a full stop and is long enough
 * to be a statement rather than a caption or a heading almost always has a
 * finite verb, so when the tagger found none, the word that loses least by
 * becoming one (by the tagger's own scores) is retagged. Words the tag
 * dictionary fixes, and words tagged as anything but a noun, adjective or
 * non-finite verb, are never candidates. */
#include "nlp/tagger.h"

#include <limits.h>
#include <string.h>

/* Shorter sentences ending in a full stop are often headings or captions
 * ("Photo by the author."), where a verb would be invented. */
enum { MIN_WORDS = 6 };

/* The most score a retagged word may lose, in the committed models' weight
 * units. Measured on VOA news and EWT test (docs/parser.md): below it
 * nearly every retagging of news was right, above it most were nouns in
 * verbless fragments. Retraining the models rescales the weights, so the
 * measurement must be repeated then. */
enum { MAX_LOSS = 36000 };

static int is_one_of(const char *xpos, const char *const *set, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(xpos, set[k]) == 0)
            return 1;
    return 0;
}

/* Words the tagger may have mistaken for something other than a finite
 * verb, in two tiers: verb forms it took for the wrong kind of verb
 * (struck as a participle) come first, because a noun after a noun is far
 * more often a compound ("government warplanes") than a lost verb. */
static int candidate_tier(const char *xpos)
{
    static const char *const verbal[] = {"VBN", "VB"};
    static const char *const other[] = {"JJ", "NN", "NNS"};
    if (is_one_of(xpos, verbal, sizeof verbal / sizeof *verbal))
        return 1;
    return is_one_of(xpos, other, sizeof other / sizeof *other) ? 2 : 0;
}

/* A word that can end a subject: the lost verb follows one, perhaps with
 * an adverb between ("Trump later confirmed"). */
static int ends_subject(const char *xpos)
{
    static const char *const subject[] = {"NN", "NNS", "NNP", "NNPS", "PRP"};
    return is_one_of(xpos, subject, sizeof subject / sizeof *subject);
}

/* The finite classes worth offering: past and present tense of a full
 * verb. A modal is never the lost verb of a statement. */
static int is_offered(const sr_tagger *t, uint32_t c)
{
    return t->finite[c] && strcmp(t->xpos[c], "MD") != 0 && strcmp(t->upos[c], "VERB") == 0;
}

void sr_tagger_score_word(const sr_tagger *t, const sr_feat_word *w, uint32_t n, uint32_t i,
                          const uint16_t *first, uint32_t nfinite, const uint16_t *tags,
                          int32_t *scores)
{
    uint64_t f[SR_FEAT_MAX_TAGGER];
    const sr_weights *wt = t->two_pass ? &t->w2 : &t->w;
    const uint16_t *context = t->two_pass ? first : NULL;
    memset(scores, 0, t->nclasses * sizeof *scores);
    int nf = context ? sr_feat_tagger2_context(w, n, i, context, t->finite, nfinite, f)
                     : sr_feat_tagger_context(w, n, i, f);
    sr_weights_score(wt, f, nf, scores);
    nf = context ? sr_feat_tagger2_history(w, n, i, tags, context, t->finite, nfinite, f)
                 : sr_feat_tagger_history(w, n, i, tags, f);
    sr_weights_score(wt, f, nf, scores);
}

void sr_tagger_require_finite(const sr_tagger *t, const sr_token *tokens, const sr_feat_word *w,
                              uint32_t n, const uint16_t *first, uint16_t *tags)
{
    /* Only a full stop: questions and exclamations are often verbless, and
     * a sentence opening with a base verb is an imperative. */
    if (n < MIN_WORDS || !tokens[n - 1].form || strcmp(tokens[n - 1].form, ".") != 0 ||
        strcmp(t->xpos[tags[0]], "VB") == 0)
        return;
    for (uint32_t i = 0; i < n; i++)
        if (t->finite[tags[i]])
            return;
    uint32_t nfinite = 0;
    if (t->two_pass)
        for (uint32_t i = 0; i < n; i++)
            nfinite += t->finite[first[i]];

    /* best[tier] = the cheapest retagging among that tier's words */
    struct { int64_t loss; uint32_t word, cls; } best[3];
    for (int k = 0; k < 3; k++) {
        best[k].loss = INT64_MAX;
        best[k].word = n;
        best[k].cls = 0;
    }
    int32_t scores[SR_TAGGER_MAX_CLASSES];
    /* The first word is left alone: a statement starting with its verb is
     * an imperative or a heading, and neither holds an event. */
    for (uint32_t i = 1; i + 1 < n; i++) {
        int tier = candidate_tier(t->xpos[tags[i]]);
        if (!tier || sr_tag_dict_find(&t->dict, w[i].form) >= 0)
            continue;
        int after_subject = ends_subject(t->xpos[tags[i - 1]]) ||
                            (i >= 2 && strcmp(t->xpos[tags[i - 1]], "RB") == 0 &&
                             ends_subject(t->xpos[tags[i - 2]]));
        if (!after_subject)
            continue;
        sr_tagger_score_word(t, w, n, i, first, nfinite, tags, scores);
        for (uint32_t c = 0; c < t->nclasses; c++) {
            if (!is_offered(t, c))
                continue;
            int64_t loss = (int64_t)scores[tags[i]] - scores[c];
            if (loss < best[tier].loss) {
                best[tier].loss = loss;
                best[tier].word = i;
                best[tier].cls = c;
            }
        }
    }
    for (int tier = 1; tier <= 2; tier++)
        if (best[tier].word < n && best[tier].loss <= MAX_LOSS) {
            tags[best[tier].word] = (uint16_t)best[tier].cls;
            return;
        }
}
