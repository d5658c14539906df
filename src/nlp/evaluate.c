#include "nlp/evaluate.h"

#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int same_universal(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    size_t la = strcspn(a, ":"), lb = strcspn(b, ":");
    return la == lb && memcmp(a, b, la) == 0;
}

static int same(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

double sr_nlp_pct(size_t right, size_t words)
{
    return words ? 100.0 * (double)right / (double)words : 0.0;
}

static void evaluate(const sr_nlp *nlp, const sr_conllu_sentence *gold, uint32_t n,
                     int gold_tags, sr_nlp_scores *out)
{
    memset(out, 0, sizeof *out);
    sr_arena scratch = SR_ARENA_INIT, copy = SR_ARENA_INIT;
    for (uint32_t i = 0; i < n; i++) {
        const sr_sentence *g = &gold[i].s;
        sr_arena_reset(&copy);
        sr_sentence s = *g;
        s.tokens = sr_arena_alloc(&copy, (g->ntokens ? g->ntokens : 1) * sizeof *s.tokens);
        for (uint32_t k = 0; k < g->ntokens; k++) {
            s.tokens[k].form = g->tokens[k].form;
            s.tokens[k].head = -1;
            if (gold_tags) {
                s.tokens[k].upos = g->tokens[k].upos;
                s.tokens[k].xpos = g->tokens[k].xpos;
            }
        }
        sr_arena_reset(&scratch);
        double t0 = now();
        if (gold_tags)
            sr_nlp_annotate_tagged(nlp, &s, &scratch);
        else
            sr_nlp_annotate(nlp, &s, &scratch);
        out->seconds += now() - t0;
        out->sentences++;
        for (uint32_t k = 0; k < g->ntokens; k++) {
            const sr_token *gt = &g->tokens[k], *pt = &s.tokens[k];
            out->words++;
            out->upos += same(gt->upos, pt->upos);
            out->xpos += same(gt->xpos, pt->xpos);
            if (gt->head == pt->head) {
                out->uas++;
                out->las += same_universal(gt->deprel, pt->deprel);
                out->las_full += same(gt->deprel, pt->deprel);
            }
        }
    }
    sr_arena_free(&scratch);
    sr_arena_free(&copy);
}

void sr_nlp_evaluate(const sr_nlp *nlp, const sr_conllu_sentence *gold, uint32_t n,
                     sr_nlp_scores *out)
{
    evaluate(nlp, gold, n, 0, out);
}

void sr_nlp_evaluate_gold_tags(const sr_nlp *nlp, const sr_conllu_sentence *gold, uint32_t n,
                               sr_nlp_scores *out)
{
    evaluate(nlp, gold, n, 1, out);
}
