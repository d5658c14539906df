#include "nlp/parser.h"
#include "nlp/tagger.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

sr_status sr_parser_bind(sr_parser *p, sr_section_fn fn, const void *ctx,
                         const char *path, sr_error *err)
{
    memset(p, 0, sizeof *p);
    sr_status st = sr_weights_bind(&p->trans, fn, ctx, "pa", path, err);
    if (st == SR_OK && p->trans.nclasses != SR_T_COUNT) {
        if (err) {
            err->code = SR_EMODEL;
            snprintf(err->file, sizeof err->file, "%s", path);
            snprintf(err->message, sizeof err->message,
                     "corrupt model file: section pahdr: %u transitions, expected %d",
                     p->trans.nclasses, SR_T_COUNT);
        }
        st = SR_EMODEL;
    }
    if (st == SR_OK)
        st = sr_weights_bind(&p->label, fn, ctx, "lb", path, err);
    if (st != SR_OK)
        return st;
    size_t size;
    const char *names = fn(ctx, "lbnames", &size);
    st = sr_tagger_read_names(names, size, "lbnames", path, &p->labels, NULL, &p->nlabels,
                              err);
    if (st != SR_OK)
        return st;
    p->root_label = p->nlabels;
    for (uint32_t i = 0; i < p->nlabels; i++)
        if (strcmp(p->labels[i], "root") == 0)
            p->root_label = i;
    const char *why = NULL;
    if (p->nlabels != p->label.nclasses)
        why = "label count differs from the weights";
    else if (p->root_label == p->nlabels)
        why = "no \"root\" relation";
    if (why) {
        sr_parser_release(p);
        if (err) {
            err->code = SR_EMODEL;
            snprintf(err->file, sizeof err->file, "%s", path);
            snprintf(err->message, sizeof err->message,
                     "corrupt model file: section lbnames: %s", why);
        }
        return SR_EMODEL;
    }
    sr_weights_compile(&p->label);
    return SR_OK;
}

void sr_parser_release(sr_parser *p)
{
    free(p->labels);
    p->labels = NULL;
    sr_weights_release(&p->label);
}

/* The valid transition of highest score; ties go to the lowest. */
static int best_valid(const sr_arc_state *s, const int32_t *scores)
{
    int valid[SR_T_COUNT];
    sr_arc_valid(s, valid);
    int best = -1;
    for (int c = 0; c < SR_T_COUNT; c++)
        if (valid[c] && (best < 0 || scores[c] > scores[best]))
            best = c;
    return best;
}

int sr_parser_choose(const sr_weights *t, const sr_arc_state *s, const sr_feat_pword *pw)
{
    uint64_t f[SR_FEAT_MAX_PARSER];
    int32_t scores[SR_T_COUNT] = { 0 };
    int nf = sr_feat_parser(s, pw, f);
    sr_weights_score(t, f, nf, scores);
    return best_valid(s, scores);
}

/* The best class other than the root relation; ties go to the lowest
 * class. scores[root_label] is overwritten: a sum of at most
 * SR_WEIGHTS_MAX_FEATURES int16 weights never reaches INT32_MIN, so the
 * root loses to every other class. */
static int argmax_label(const sr_parser *p, int32_t *scores)
{
    if (p->nlabels >= 2) {
        scores[p->root_label] = INT32_MIN;
        return (int)sr_weights_argmax(scores, p->nlabels);
    }
    int best = -1;
    int32_t top = 0;
    for (uint32_t c = 0; c < p->nlabels; c++)
        if (c != p->root_label && (best < 0 || scores[c] > top)) {
            best = (int)c;
            top = scores[c];
        }
    return best;
}

static int best_label(const sr_parser *p, const sr_arc_state *s, const sr_feat_pword *pw,
                      int d, int h)
{
    uint64_t f[SR_FEAT_MAX_LABEL];
    int32_t scores[SR_TAGGER_MAX_CLASSES];
    int nf = sr_feat_label(s, pw, d, h, f);
    memset(scores, 0, p->nlabels * sizeof *scores);
    sr_weights_score(&p->label, f, nf, scores);
    return argmax_label(p, scores);
}

void sr_parser_apply(const sr_parser *p, sr_arc_state *s, const sr_feat_pword *pw, int t)
{
    int d = t == SR_T_LEFT ? s->stack[s->sp - 1] : t == SR_T_RIGHT ? s->b : 0;
    sr_arc_apply(s, t);
    if (!d)
        return;
    int h = s->head[d];
    unsigned lab = h == s->n + 1 ? p->root_label : (unsigned)best_label(p, s, pw, d, h);
    sr_arc_set_label(s, d, lab + 1);
}

void sr_parser_single_root(int n, int *heads)
{
    int root = 0;
    for (int d = 1; d <= n; d++) {
        if (heads[d] != n + 1)
            continue;
        if (!root)
            root = d;
        else
            heads[d] = root;
    }
}

/* In a finished tree each word's relation is chosen on its own, so the
 * weights of the next words are requested while the current one is summed
 * (as in the tagger; see tagger.c). */
enum { LOCATE_LAG = 1, SCORE_LAG = 2, RING = SCORE_LAG + 1 };

typedef struct pending_arc {
    int nf;
    uint32_t bk[SR_FEAT_MAX_LABEL], lo[SR_FEAT_MAX_LABEL], hi[SR_FEAT_MAX_LABEL];
} pending_arc;

void sr_parser_label(const sr_parser *p, const sr_arc_state *s, const sr_feat_pword *pw,
                     uint16_t *labels)
{
    int n = s->n;
    pending_arc ring[RING];
    uint64_t f[SR_FEAT_MAX_LABEL];
    int32_t scores[SR_TAGGER_MAX_CLASSES];
    const sr_weights *t = &p->label;
    /* Step k looks ahead to word k + 1; words under the root need no model. */
    for (int step = 0; step < n + SCORE_LAG; step++) {
        if (step < n) {
            int d = step + 1, h = s->head[d];
            pending_arc *a = &ring[step % RING];
            a->nf = 0;
            if (h != n + 1) {
                a->nf = sr_feat_label(s, pw, d, h, f);
                sr_weights_fetch(t, f, a->nf, a->bk);
            }
        }
        if (step >= LOCATE_LAG && step - LOCATE_LAG < n) {
            pending_arc *a = &ring[(step - LOCATE_LAG) % RING];
            sr_weights_locate(t, a->bk, a->nf, a->lo, a->hi);
        }
        if (step < SCORE_LAG)
            continue;
        int d = step - SCORE_LAG + 1;
        if (s->head[d] == n + 1) {
            labels[d] = (uint16_t)p->root_label;
            continue;
        }
        const pending_arc *a = &ring[(step - SCORE_LAG) % RING];
        memset(scores, 0, p->nlabels * sizeof *scores);
        sr_weights_add(t, a->bk, a->nf, a->lo, a->hi, scores);
        labels[d] = (uint16_t)argmax_label(p, scores);
    }
}

void sr_parser_parse(const sr_parser *p, const sr_feat_pword *pw, int n, int *heads,
                     uint16_t *labels, sr_arena *scratch)
{
    /* The same decisions as sr_parser_choose and sr_parser_apply, with one
     * overlap: after an arc, the next state's tree features do not depend
     * on the arc's relation, so their weights are requested before the
     * relation is chosen, and the two sets of cache misses overlap. */
    sr_arc_state s;
    sr_arc_state_init(&s, n, scratch);
    const sr_weights *tt = &p->trans;
    uint64_t f[SR_FEAT_MAX_PARSER];
    uint32_t bk[SR_FEAT_MAX_PARSER], lo[SR_FEAT_MAX_PARSER], hi[SR_FEAT_MAX_PARSER];
    int ntree = 0, fetched = 0;
    while (!sr_arc_state_done(&s)) {
        if (!fetched) {
            ntree = sr_feat_parser_tree(&s, pw, f);
            sr_weights_fetch(tt, f, ntree, bk);
        }
        int nf = ntree + sr_feat_parser_labels(&s, pw, f + ntree);
        sr_weights_fetch(tt, f + ntree, nf - ntree, bk + ntree);
        int32_t scores[SR_T_COUNT] = { 0 };
        sr_weights_locate(tt, bk, nf, lo, hi);
        sr_weights_add(tt, bk, nf, lo, hi, scores);
        int t = best_valid(&s, scores);
        int d = t == SR_T_LEFT ? s.stack[s.sp - 1] : t == SR_T_RIGHT ? s.b : 0;
        sr_arc_apply(&s, t);
        fetched = 0;
        if (!d)
            continue;
        /* The new arc's relation features are hashed and their buckets
         * requested first, so that they arrive while the next state's
         * tree features are computed; neither reads the relation. */
        int h = s.head[d];
        int labelled = h != s.n + 1;
        uint64_t lf[SR_FEAT_MAX_LABEL];
        uint32_t lbk[SR_FEAT_MAX_LABEL], llo[SR_FEAT_MAX_LABEL], lhi[SR_FEAT_MAX_LABEL];
        int nlf = labelled ? sr_feat_label(&s, pw, d, h, lf) : 0;
        sr_weights_fetch(&p->label, lf, nlf, lbk);
        if (!sr_arc_state_done(&s)) {
            ntree = sr_feat_parser_tree(&s, pw, f);
            sr_weights_fetch(tt, f, ntree, bk);
            fetched = 1;
        }
        unsigned lab = p->root_label;
        if (labelled) {
            int32_t lscores[SR_TAGGER_MAX_CLASSES];
            memset(lscores, 0, p->nlabels * sizeof *lscores);
            sr_weights_locate(&p->label, lbk, nlf, llo, lhi);
            sr_weights_add(&p->label, lbk, nlf, llo, lhi, lscores);
            lab = (unsigned)argmax_label(p, lscores);
        }
        sr_arc_set_label(&s, d, lab + 1);
    }
    for (int d = 1; d <= n; d++)
        heads[d] = s.head[d];
    sr_parser_single_root(n, heads);
    sr_arc_state fin;
    sr_arc_state_from_heads(&fin, n, heads, scratch);
    sr_parser_label(p, &fin, pw, labels);
    for (int d = 1; d <= n; d++)
        if (heads[d] == n + 1)
            heads[d] = 0;
}
