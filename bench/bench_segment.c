/* bench_segment - throughput of sentence splitting and tokenisation.
 *
 *   bench_segment CORPUS_FILE [RUNS]
 *
 * CORPUS_FILE is plain UTF-8 text with articles separated by blank lines.
 * Each article is segmented on its own, with the arena reset in between, as
 * the pipeline does per document; the whole file is segmented RUNS times
 * (default 5) and the median run is reported on one line (MB = 2^20 bytes).
 * Reading the file, checking its UTF-8 and finding the article breaks
 * happen before the clock starts. */
#include "text/segment.h"
#include "text/utf8.h"
#include "base/alloc.h"
#include "base/arena.h"
#include "base/file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct article {
    size_t start, len;
} article;

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

/* Articles end at a blank line (two line breaks with only blanks between). */
static article *split_articles(const char *s, size_t len, size_t *nout)
{
    article *a = NULL;
    size_t n = 0, cap = 0, start = 0, i = 0;
    while (i < len) {
        if (s[i] != '\n') {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
            j++;
        if (j < len && s[j] == '\n') {
            if (i > start) {
                SR_GROW(a, cap, n + 1);
                a[n++] = (article){start, i - start};
            }
            while (j < len && (s[j] == '\n' || s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
                j++;
            start = j;
        }
        i = j;
    }
    if (start < len) {
        SR_GROW(a, cap, n + 1);
        a[n++] = (article){start, len - start};
    }
    *nout = n;
    return a;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: bench_segment CORPUS_FILE [RUNS]\n"
                        "  e.g. bench_segment /tmp/voa.txt 5\n");
        return 2;
    }
    int runs = argc == 3 ? atoi(argv[2]) : 5;
    if (runs < 1 || runs > 1000) {
        fprintf(stderr, "bench_segment: error: RUNS must be 1..1000, not \"%s\"\n", argv[2]);
        return 2;
    }
    size_t len;
    char *text;
    sr_error err;
    if (sr_file_read_all(argv[1], &text, &len, &err) != SR_OK) {
        fprintf(stderr, "bench_segment: error: %s: %s\n", argv[1], err.message);
        return 1;
    }
    if (len == 0) {
        fprintf(stderr, "bench_segment: error: %s: the corpus is empty\n", argv[1]);
        free(text);
        return 1;
    }
    size_t bad;
    if (!sr_utf8_valid(text, len, &bad)) {
        fprintf(stderr, "bench_segment: error: %s: invalid UTF-8 at byte %zu\n", argv[1], bad);
        free(text);
        return 1;
    }
    size_t narticles;
    article *arts = split_articles(text, len, &narticles);

    double *secs = sr_xmalloc((size_t)runs * sizeof *secs);
    size_t nsent = 0, ntok = 0;
    sr_arena arena = SR_ARENA_INIT;
    for (int r = 0; r < runs; r++) {
        size_t s_count = 0, t_count = 0;
        double t0 = now();
        for (size_t k = 0; k < narticles; k++) {
            sr_sentence *sents;
            uint32_t n;
            sr_segment(text + arts[k].start, arts[k].len, &arena, &sents, &n);
            s_count += n;
            for (uint32_t i = 0; i < n; i++)
                t_count += sents[i].ntokens;
            sr_arena_reset(&arena);
        }
        secs[r] = now() - t0;
        nsent = s_count;
        ntok = t_count;
    }
    qsort(secs, (size_t)runs, sizeof *secs, cmp_double);
    double med = secs[runs / 2];
    double mb = (double)len / (1024.0 * 1024.0);   /* MB = 2^20 bytes, as bench/run.sh */
    printf("segment: %.1f MB/s, %.0f sentences/s, %.0f tokens/s (%.0f MB, %d runs, median)\n",
           mb / med, (double)nsent / med, (double)ntok / med, mb, runs);
    sr_arena_free(&arena);
    free(secs);
    free(arts);
    free(text);
    return 0;
}
