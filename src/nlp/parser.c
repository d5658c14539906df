#include "nlp/parser.h"
#include "nlp/tagger.h"

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
    return SR_OK;
}

void sr_parser_release(sr_parser *p)
{
    free(p->labels);
    p->labels = NULL;
}

int sr_parser_choose(const sr_weights *t, const sr_arc_state *s, const sr_feat_pword *pw)
{
    uint64_t f[SR_FEAT_MAX_PARSER];
    int32_t scores[SR_T_COUNT] = { 0 };
    int valid[SR_T_COUNT];
    int nf = sr_feat_parser(s, pw, f);
    sr_weights_score(t, f, nf, scores);
    sr_arc_valid(s, valid);
    int best = -1;
    for (int c = 0; c < SR_T_COUNT; c++)
        if (valid[c] && (best < 0 || scores[c] > scores[best]))
            best = c;
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
    int best = -1;
    for (uint32_t c = 0; c < p->nlabels; c++)
        if (c != p->root_label && (best < 0 || scores[c] > scores[best]))
            best = (int)c;
    return best;
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

void sr_parser_label(const sr_parser *p, const sr_arc_state *s, const sr_feat_pword *pw,
                     uint16_t *labels)
{
    int n = s->n;
    for (int d = 1; d <= n; d++) {
        int h = s->head[d];
        labels[d] = (uint16_t)(h == n + 1 ? (int)p->root_label : best_label(p, s, pw, d, h));
    }
}

void sr_parser_parse(const sr_parser *p, const sr_feat_pword *pw, int n, int *heads,
                     uint16_t *labels, sr_arena *scratch)
{
    sr_arc_state s;
    sr_arc_state_init(&s, n, scratch);
    while (!sr_arc_state_done(&s))
        sr_parser_apply(p, &s, pw, sr_parser_choose(&p->trans, &s, pw));
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
