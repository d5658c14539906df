/* eval_nlp - scores the committed tagger and parser on a treebank.
 *
 * usage: eval_nlp [--models DIR] [--repeat N] [--errors] [--case title|upper]
 *                 [FILE.conllu]
 *
 * Loads DIR/tagger.bin and DIR/parser.bin (default models/), annotates the
 * gold-tokenised sentences of FILE (default the EWT test set under $SHARED)
 * and prints UPOS, XPOS, UAS and LAS (every word counted, relations
 * compared on their universal part), then the load time and the speed of
 * tagging plus parsing: the best of N runs over the file, one core. With
 * --errors it also prints where the errors go: scores with gold tags given
 * to the parser, head errors by gold relation, label confusions on right
 * heads, and attachment by sentence length. --case rewrites every form as
 * a headline would (sr_train_recase) before scoring, to measure robustness
 * to headline capitals. */
#include "base/file.h"
#include "nlp/evaluate.h"
#include "nlp/nlp.h"
#include "nlp/train.h"
#include "base/alloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct tally {
    char name[64];
    size_t n;
} tally;

static void count(tally *t, size_t *nt, size_t cap, const char *name)
{
    for (size_t i = 0; i < *nt; i++)
        if (strcmp(t[i].name, name) == 0) {
            t[i].n++;
            return;
        }
    if (*nt < cap) {
        snprintf(t[*nt].name, sizeof t[*nt].name, "%s", name);
        t[(*nt)++].n = 1;
    }
}

static int by_count(const void *a, const void *b)
{
    const tally *x = a, *y = b;
    return x->n < y->n ? 1 : x->n > y->n ? -1 : strcmp(x->name, y->name);
}

static void universal(char *out, size_t size, const char *rel)
{
    snprintf(out, size, "%.*s", (int)strcspn(rel ? rel : "_", ":"), rel ? rel : "_");
}

static void print_errors(const sr_nlp *nlp, const sr_conllu_sentence *sents, uint32_t n)
{
    sr_nlp_scores g;
    sr_nlp_evaluate_gold_tags(nlp, sents, n, &g);
    printf("\nwith gold UPOS+XPOS given to the parser: UAS %.2f  LAS %.2f\n",
           sr_nlp_pct(g.uas, g.words), sr_nlp_pct(g.las, g.words));
    enum { CAP = 4096 };
    static tally heads[CAP], labels[CAP];
    size_t nh = 0, nl = 0, head_errors = 0, root_wrong = 0;
    size_t len_words[4] = { 0 }, len_right[4] = { 0 };
    sr_arena scratch = SR_ARENA_INIT, copy = SR_ARENA_INIT;
    for (uint32_t i = 0; i < n; i++) {
        const sr_sentence *gs = &sents[i].s;
        sr_arena_reset(&copy);
        sr_arena_reset(&scratch);
        sr_sentence s = *gs;
        s.tokens = sr_arena_alloc(&copy, (gs->ntokens ? gs->ntokens : 1) * sizeof *s.tokens);
        for (uint32_t k = 0; k < gs->ntokens; k++)
            s.tokens[k].form = gs->tokens[k].form;
        sr_nlp_annotate(nlp, &s, &scratch);
        int bucket = gs->ntokens <= 10 ? 0 : gs->ntokens <= 20 ? 1 : gs->ntokens <= 40 ? 2 : 3;
        for (uint32_t k = 0; k < gs->ntokens; k++) {
            const sr_token *gt = &gs->tokens[k], *pt = &s.tokens[k];
            char gu[64], pu[64], pair[160];
            universal(gu, sizeof gu, gt->deprel);
            universal(pu, sizeof pu, pt->deprel);
            len_words[bucket]++;
            if (gt->head == 0 && pt->head != 0)
                root_wrong++;
            if (gt->head != pt->head) {
                head_errors++;
                count(heads, &nh, CAP, gu);
            } else {
                len_right[bucket]++;
                if (strcmp(gu, pu) != 0) {
                    snprintf(pair, sizeof pair, "%s -> %s", gu, pu);
                    count(labels, &nl, CAP, pair);
                }
            }
        }
    }
    qsort(heads, nh, sizeof *heads, by_count);
    qsort(labels, nl, sizeof *labels, by_count);
    printf("\nhead errors: %zu; by gold relation (share of head errors):\n", head_errors);
    for (size_t i = 0; i < nh && i < 12; i++)
        printf("  %-12s %5zu  %4.1f%%\n", heads[i].name, heads[i].n,
               sr_nlp_pct(heads[i].n, head_errors));
    printf("sentences whose root word is wrong: %zu of %u\n", root_wrong, n);
    printf("\nlabel errors on right heads, gold -> predicted (top 10):\n");
    for (size_t i = 0; i < nl && i < 10; i++)
        printf("  %-28s %5zu\n", labels[i].name, labels[i].n);
    static const char *names[4] = { "1-10", "11-20", "21-40", "41+" };
    printf("\nUAS by sentence length (words):\n");
    for (int b = 0; b < 4; b++)
        printf("  %-6s %6.2f  (%zu words)\n", names[b], sr_nlp_pct(len_right[b], len_words[b]),
               len_words[b]);
    sr_arena_free(&scratch);
    sr_arena_free(&copy);
}

int main(int argc, char **argv)
{
    const char *models = "models", *file = NULL;
    int repeat = 5, errors = 0;
    sr_recase recase = SR_RECASE_NONE;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--models") == 0 && i + 1 < argc)
            models = argv[++i];
        else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else if (strcmp(argv[i], "--errors") == 0)
            errors = 1;
        else if (strcmp(argv[i], "--case") == 0 && i + 1 < argc) {
            const char *c = argv[++i];
            if (strcmp(c, "title") == 0)
                recase = SR_RECASE_TITLE;
            else if (strcmp(c, "upper") == 0)
                recase = SR_RECASE_UPPER;
            else {
                fprintf(stderr, "eval_nlp: error: --case takes title or upper, not %s\n", c);
                return 2;
            }
        }
        else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            printf("usage: eval_nlp [--models DIR] [--repeat N] [--errors] [--case title|upper] "
                   "[FILE.conllu]\n");
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "eval_nlp: error: unknown option %s (e.g. --models models)\n",
                    argv[i]);
            return 2;
        } else
            file = argv[i];
    }
    if (repeat < 1)
        repeat = 1;
    char deflt[1024];
    if (!file) {
        const char *shared = getenv("SHARED");
        snprintf(deflt, sizeof deflt, "%s/ud-english-ewt/en_ewt-ud-test.conllu",
                 shared && *shared ? shared : "../shared/data");
        file = deflt;
    }
    size_t len;
    char *text;
    sr_error ferr;
    if (sr_file_read_all(file, &text, &len, &ferr) != SR_OK) {
        fprintf(stderr, "eval_nlp: error: %s: %s\n", file, ferr.message);
        return 1;
    }
    sr_arena arena = SR_ARENA_INIT;
    sr_conllu_sentence *sents;
    uint32_t n;
    sr_error err;
    memset(&err, 0, sizeof err);
    if (sr_conllu_parse(text, len, 1, &arena, &sents, &n, &err) != SR_OK) {
        fprintf(stderr, "eval_nlp: error: %s:%zu: %s\n", file, err.line, err.message);
        return 1;
    }
    for (uint32_t i = 0; recase != SR_RECASE_NONE && i < n; i++)
        for (uint32_t k = 0; k < sents[i].s.ntokens; k++) {
            sr_token *t = &sents[i].s.tokens[k];
            t->form = sr_train_recase(t->form, k == 0, recase, &arena);
        }
    double t0 = now();
    sr_nlp *nlp;
    if (sr_nlp_load(models, &nlp, &err) != SR_OK) {
        fprintf(stderr, "eval_nlp: error: %s: %s\n", err.file, err.message);
        return 1;
    }
    double load_ms = (now() - t0) * 1e3;
    sr_nlp_scores sc, best;
    sr_nlp_evaluate(nlp, sents, n, &best);
    for (int r = 1; r < repeat; r++) {
        sr_nlp_evaluate(nlp, sents, n, &sc);
        if (sc.seconds < best.seconds)
            best.seconds = sc.seconds;
    }
    printf("%s (%zu sentences, %zu words, gold tokenization, every word counted)\n", file,
           best.sentences, best.words);
    printf("UPOS %.2f\nXPOS %.2f\nUAS  %.2f\nLAS  %.2f   (with subtypes: %.2f)\n",
           sr_nlp_pct(best.upos, best.words), sr_nlp_pct(best.xpos, best.words),
           sr_nlp_pct(best.uas, best.words), sr_nlp_pct(best.las, best.words),
           sr_nlp_pct(best.las_full, best.words));
    printf("load %.1f ms; tag+parse %.0f sentences/s, %.0f words/s, %.2f us/word "
           "(best of %d, one thread)\n",
           load_ms, (double)best.sentences / best.seconds, (double)best.words / best.seconds,
           best.seconds * 1e6 / (double)best.words, repeat);
    if (errors)
        print_errors(nlp, sents, n);
    sr_nlp_free(nlp);
    sr_arena_free(&arena);
    free(text);
    return 0;
}
