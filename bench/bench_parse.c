/* bench_parse - speed and memory of tagging plus parsing.
 *
 *   bench_parse TREEBANK.conllu [NEWS.txt] [RUNS]
 *
 * Loads the models from $SITREP_MODELS (default models/), then tags and
 * parses the gold-tokenised sentences of TREEBANK RUNS times (default 5) on
 * one thread and reports the median run. With NEWS (plain text, articles
 * separated by blank lines) it also splits and tokenises the news with
 * sr_segment, outside the clock, and times tagging plus parsing of those
 * sentences once; news sentences are longer than EWT's. Peak memory is the
 * process's maximum resident set size at the end. */
#include "base/file.h"
#include "nlp/nlp.h"
#include "text/conllu.h"
#include "text/segment.h"
#include "base/alloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Annotates copies of sents (forms only) and returns the seconds spent. */
static double run(const sr_nlp *nlp, const sr_sentence *sents, size_t n, sr_token *copy,
                  sr_arena *scratch)
{
    double spent = 0;
    for (size_t i = 0; i < n; i++) {
        sr_sentence s = sents[i];
        for (uint32_t k = 0; k < s.ntokens; k++) {
            memset(&copy[k], 0, sizeof copy[k]);
            copy[k].form = sents[i].tokens[k].form;
        }
        s.tokens = copy;
        sr_arena_reset(scratch);
        double t0 = now();
        sr_nlp_annotate(nlp, &s, scratch);
        spent += now() - t0;
    }
    return spent;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_parse TREEBANK.conllu [NEWS.txt] [RUNS]\n");
        return 2;
    }
    int runs = argc > 3 ? atoi(argv[3]) : 5;
    if (runs < 1)
        runs = 1;
    const char *models = getenv("SITREP_MODELS");
    if (!models || !*models)
        models = "models";
    sr_error err;
    memset(&err, 0, sizeof err);
    double t0 = now();
    sr_nlp *nlp;
    if (sr_nlp_load(models, &nlp, &err) != SR_OK) {
        fprintf(stderr, "bench_parse: error: %s: %s\n", err.file, err.message);
        return 1;
    }
    double load_ms = (now() - t0) * 1e3;

    size_t len;
    char *text;
    if (sr_file_read_all(argv[1], &text, &len, &err) != SR_OK) {
        fprintf(stderr, "bench_parse: error: %s: %s\n", argv[1], err.message);
        return 1;
    }
    sr_arena arena = SR_ARENA_INIT, scratch = SR_ARENA_INIT;
    sr_conllu_sentence *cs;
    uint32_t n;
    if (sr_conllu_parse(text, len, 1, &arena, &cs, &n, &err) != SR_OK) {
        fprintf(stderr, "bench_parse: error: %s:%zu: %s\n", argv[1], err.line, err.message);
        return 1;
    }
    sr_sentence *sents = sr_xmalloc((n ? n : 1) * sizeof *sents);
    size_t words = 0, longest = 1;
    for (uint32_t i = 0; i < n; i++) {
        sents[i] = cs[i].s;
        words += cs[i].s.ntokens;
        if (cs[i].s.ntokens > longest)
            longest = cs[i].s.ntokens;
    }
    sr_token *copy = sr_xmalloc(longest * sizeof *copy);
    double *times = sr_xmalloc((size_t)runs * sizeof *times);
    for (int r = 0; r < runs; r++)
        times[r] = run(nlp, sents, n, copy, &scratch);
    qsort(times, (size_t)runs, sizeof *times, cmp_double);
    double t = times[runs / 2];
    printf("bench_parse: EWT test, gold tokens: %.0f sentences/s, %.0f words/s, "
           "%.2f us/word (%u sentences, %zu words, median of %d; model load %.1f ms)\n",
           (double)n / t, (double)words / t, t * 1e6 / (double)words, n, words, runs,
           load_ms);

    if (argc > 2) {
        size_t nlen;
        char *news;
        if (sr_file_read_all(argv[2], &news, &nlen, &err) != SR_OK) {
            fprintf(stderr, "bench_parse: error: %s: %s\n", argv[2], err.message);
            return 1;
        }
        sr_arena doc = SR_ARENA_INIT;
        sr_sentence *ns;
        uint32_t nn;
        sr_segment(news, nlen, &doc, &ns, &nn);
        size_t nwords = 0, nlong = 1;
        for (uint32_t i = 0; i < nn; i++) {
            nwords += ns[i].ntokens;
            if (ns[i].ntokens > nlong)
                nlong = ns[i].ntokens;
        }
        sr_token *ncopy = sr_xmalloc(nlong * sizeof *ncopy);
        double nt = run(nlp, ns, nn, ncopy, &scratch);
        printf("bench_parse: news text, own tokens: %.0f sentences/s, %.0f words/s, "
               "%.2f us/word (%u sentences, %zu words, longest %zu words)\n",
               nn ? (double)nn / nt : 0.0, nn ? (double)nwords / nt : 0.0,
               nwords ? nt * 1e6 / (double)nwords : 0.0, nn, nwords, nlong);
        free(ncopy);
        sr_arena_free(&doc);
        free(news);
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("bench_parse: peak memory %.1f MB (max resident set)\n", (double)ru.ru_maxrss / 1024.0);
    free(times);
    free(copy);
    free(sents);
    sr_arena_free(&scratch);
    sr_arena_free(&arena);
    free(text);
    sr_nlp_free(nlp);
    return 0;
}
