/* eval_segment - sentence and token F1 of sr_segment on a UD treebank.
 *
 *   eval_segment [-v] FILE.conllu
 *
 * Prints "sentence boundaries: P .. R .. F1 ..", "sentences (exact spans):
 * ..." and "tokens: P .. R .. F1 ..". With
 * -v, every miss goes to stderr ("-tok", "+sent", ...) for tuning. */
#include "text/segment_eval.h"

#include <stdio.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f, "usage: eval_segment [-v] FILE.conllu\n"
               "  e.g. eval_segment ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu\n");
}

int main(int argc, char **argv)
{
    int verbose = 0, a = 1;
    if (a < argc && strcmp(argv[a], "-v") == 0) {
        verbose = 1;
        a++;
    }
    if (a < argc && (strcmp(argv[a], "-h") == 0 || strcmp(argv[a], "--help") == 0)) {
        usage(stdout);
        return 0;
    }
    if (a + 1 != argc) {
        usage(stderr);
        return 2;
    }
    sr_segment_score sc;
    sr_error err;
    if (sr_segment_eval_conllu(argv[a], verbose ? stderr : NULL, &sc, &err) != SR_OK) {
        if (err.line)
            fprintf(stderr, "eval_segment: error: %s:%zu: %s\n", err.file, err.line,
                    err.message);
        else
            fprintf(stderr, "eval_segment: error: %s: %s\n", err.file, err.message);
        return 1;
    }
    double p, r, f;
    printf("documents: %zu, gold sentences: %zu, gold tokens: %zu", sc.docs,
           sc.gold_sents, sc.gold_toks);
    if (sc.unplaced)
        printf(" (%zu gold forms not found in their text, left out)", sc.unplaced);
    printf("\n");
    sr_segment_prf(sc.match_bounds, sc.pred_bounds, sc.gold_bounds, &p, &r, &f);
    printf("sentence boundaries: P %.3f R %.3f F1 %.3f\n", p, r, f);
    sr_segment_prf(sc.match_sents, sc.pred_sents, sc.gold_sents, &p, &r, &f);
    printf("sentences (exact spans): P %.3f R %.3f F1 %.3f\n", p, r, f);
    sr_segment_prf(sc.match_toks, sc.pred_toks, sc.gold_toks, &p, &r, &f);
    printf("tokens: P %.3f R %.3f F1 %.3f\n", p, r, f);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "eval_segment: error: cannot write output\n");
        return 1;
    }
    return 0;
}
