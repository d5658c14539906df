/* bench_dict - how long loading the PETRARCH2 Phoenix dictionaries takes.
 *
 *   bench_dict DICTDIR [PETR_config.ini] [-v]
 *
 * Loads the files named by the config's [Dictionaries] section (default:
 * DICTDIR/../config/PETR_config.ini) from DICTDIR, seven times, and prints
 * the median wall time with the entry counts. -v also lists the
 * diagnostics of the first load. */
#include "dict/dict.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { RUNS = 7 };

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    const char *dir = NULL, *ini = NULL;
    int verbose = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
        else if (!dir)
            dir = argv[i];
        else if (!ini)
            ini = argv[i];
    }
    if (!dir) {
        fprintf(stderr, "usage: bench_dict DICTDIR [PETR_config.ini] [-v]\n");
        return 2;
    }
    char ini_buf[4096];
    if (!ini) {
        snprintf(ini_buf, sizeof ini_buf, "%s/../config/PETR_config.ini", dir);
        ini = ini_buf;
    }
    double ms[RUNS];
    sr_dict_stats st;
    size_t nerrors = 0, nwarnings = 0;
    memset(&st, 0, sizeof st);
    for (int run = 0; run < RUNS; run++) {
        sr_dict_diags diags = SR_DICT_DIAGS_INIT;
        sr_error err;
        double t0 = now_ms();
        sr_dict *d = sr_dict_new();
        sr_status s = sr_dict_load_petrarch_config(d, ini, dir, &diags, &err);
        ms[run] = now_ms() - t0;
        if (s != SR_OK) {
            char msg[1024];
            sr_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "bench_dict: %s\n", msg);
            sr_dict_free(d);
            sr_dict_diags_free(&diags);
            return 1;
        }
        if (run == 0) {
            st = sr_dict_get_stats(d);
            nerrors = diags.nerrors;
            nwarnings = diags.nwarnings;
            for (size_t i = 0; verbose && i < diags.n; i++) {
                char msg[1024];
                sr_dict_diag_format(&diags.items[i], msg, sizeof msg);
                printf("%s\n", msg);
            }
        }
        sr_dict_free(d);
        sr_dict_diags_free(&diags);
    }
    qsort(ms, RUNS, sizeof ms[0], cmp_double);
    printf("dict load: %.0f ms (verbs %zu patterns (%zu with synsets expanded), %zu forms, %zu blocks, %zu synsets; "
           "%zu actors, %zu actor phrases; %zu agents, %zu discards, %zu issues; "
           "%zu errors, %zu warnings) median of %d runs, min %.1f ms, max %.1f ms\n",
           ms[RUNS / 2], st.verb_patterns, st.verb_pattern_variants, st.verb_forms, st.verb_blocks, st.synsets,
           st.actors, st.actor_phrases, st.agents, st.discards, st.issues, nerrors,
           nwarnings, RUNS, ms[0], ms[RUNS - 1]);
    return 0;
}
