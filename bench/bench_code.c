/* bench_code - speed and memory of the whole pipeline with event coding.
 *
 *   bench_code [--only parse|code] NEWS.txt [PETR_config.ini [DICT_DIR]]
 *
 * Reads NEWS (plain text, articles separated by blank lines) through the
 * public reader and analyses every article three times on one thread, back
 * to back: with the engine's tagger and parser only (no dictionaries, no
 * gazetteer); with the Phoenix dictionaries loaded as well (split +
 * tokenize + tag + parse + code, with the engine's default steps after
 * coding: dates, tolls, locations, merged mentions); and coding without
 * those attribute steps. It prints the sentences per second of the first
 * two runs, the cost of coding per sentence (the difference), the events
 * coded, the peak resident memory, and a second line with what the
 * attribute steps add, to the whole coding run and to the coder alone. The
 * dictionaries default to $SHARED/petrarch2 (SHARED: ../shared/data);
 * the models to $SITREP_DATA or the source tree.
 *
 * --only runs one of the two engines, so that a profiler (perf record,
 * valgrind --tool=cachegrind) sees the work of that pipeline alone:
 * instructions per sentence are its count, less that of a run on an empty
 * file, divided by the sentences printed. */
#include "sitrep.h"

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

typedef struct totals {
    size_t records, sentences, events;
    double seconds;
} totals;

static sr_engine *engine(const sr_engine_options *eo)
{
    sr_engine *eng;
    sr_error err;
    char msg[1024];
    if (sr_engine_new(eo, &eng, &err) != SR_OK) {
        sr_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "bench_code: error: %s\n", msg);
        return NULL;
    }
    return eng;
}

static void analyze(sr_engine *eng, const sr_record *rec, totals *t)
{
    sr_error err;
    sr_doc *doc;
    double t0 = now();
    if (sr_engine_analyze(eng, rec, &doc, &err) == SR_OK) {
        t->seconds += now() - t0;
        t->records++;
        t->sentences += doc->nsentences;
        t->events += doc->nevents;
        sr_doc_free(doc);
    }
}

/* Each record goes through both engines back to back, so that a busy
 * machine slows both alike and the difference is the coder's. Either
 * engine may be NULL (--only). */
static int run(const char *news, sr_engine *plain, sr_engine *coding, sr_engine *bare,
               totals *tp, totals *tc, totals *tb)
{
    memset(tp, 0, sizeof *tp);
    memset(tc, 0, sizeof *tc);
    memset(tb, 0, sizeof *tb);
    sr_error err;
    char msg[1024];
    sr_read_options ro = sr_read_options_default();
    ro.format = SR_FORMAT_TEXT;
    ro.split_blank = 1;
    ro.date = "2025-03-15";
    sr_reader *rd;
    if (sr_reader_open(news, &ro, &rd, &err) != SR_OK) {
        sr_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "bench_code: error: %s\n", msg);
        return -1;
    }
    sr_status st;
    sr_record *rec;
    while ((st = sr_reader_next(rd, &rec, &err)) != SR_END) {
        if (st != SR_OK) {
            if (st == SR_EBADRECORD)
                continue;
            break;
        }
        if (plain)
            analyze(plain, rec, tp);
        if (coding)
            analyze(coding, rec, tc);
        if (bare)
            analyze(bare, rec, tb);
        sr_record_free(rec);
    }
    sr_reader_free(rd);
    return 0;
}

int main(int argc, char **argv)
{
    const char *only = NULL;
    if (argc > 2 && strcmp(argv[1], "--only") == 0) {
        only = argv[2];
        if (strcmp(only, "parse") != 0 && strcmp(only, "code") != 0) {
            fprintf(stderr, "bench_code: --only takes 'parse' or 'code', not '%s'\n", only);
            return 2;
        }
        argc -= 2;
        argv += 2;
    }
    if (argc < 2) {
        fprintf(stderr,
                "usage: bench_code [--only parse|code] NEWS.txt [PETR_config.ini [DICT_DIR]]\n");
        return 2;
    }
    int want_plain = !only || strcmp(only, "parse") == 0;
    int want_coding = !only || strcmp(only, "code") == 0;
    const char *shared = getenv("SHARED");
    if (!shared || !*shared)
        shared = "../shared/data";
    char ini[1024], dir[1024];
    snprintf(ini, sizeof ini, "%s/petrarch2/config/PETR_config.ini", shared);
    snprintf(dir, sizeof dir, "%s/petrarch2/dictionaries", shared);

    sr_engine_options eo = sr_engine_options_default();
    eo.load_parser = 1;
    /* The plain engine tags and parses only: no default dictionaries,
     * hence no events to locate and no gazetteer. */
    int gazetteer = eo.load_gazetteer;
    eo.default_dicts = 0;
    eo.load_gazetteer = 0;
    sr_engine *plain = want_plain ? engine(&eo) : NULL;
    eo.load_gazetteer = gazetteer;
    eo.petrarch_config = argc > 2 ? argv[2] : ini;
    eo.dict_dir = argc > 3 ? argv[3] : dir;
    sr_engine *coding = want_coding && (plain || !want_plain) ? engine(&eo) : NULL;
    /* Coding without dates, tolls, places and merging: the difference is
     * what the attribute steps cost (issue 6: at most 25%). */
    eo.attributes = 0;
    eo.load_gazetteer = 0;
    sr_engine *bare = !only && coding ? engine(&eo) : NULL;
    totals parse, code, codebare;
    int ok = (plain || !want_plain) && (coding || !want_coding) && (bare || only);
    int rc = ok ? run(argv[1], plain, coding, bare, &parse, &code, &codebare) : -1;
    sr_engine_free(plain);
    sr_engine_free(coding);
    sr_engine_free(bare);
    if (rc != 0)
        return 1;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double sp = parse.seconds > 0 ? (double)parse.sentences / parse.seconds : 0;
    double sc = code.seconds > 0 ? (double)code.sentences / code.seconds : 0;
    if (only) {
        const totals *t = want_plain ? &parse : &code;
        printf("code --only %s: %zu records, %zu sentences, %zu events; %s %.0f "
               "sentences/s; peak memory %ld MB\n",
               only, t->records, t->sentences, t->events,
               want_plain ? "split+tokenize+tag+parse" : "split+tokenize+tag+parse+code",
               want_plain ? sp : sc, ru.ru_maxrss / 1024);
        return 0;
    }
    double per = code.sentences ? (code.seconds - parse.seconds) / (double)code.sentences : 0;
    printf("code: %zu records, %zu sentences, %zu events; split+tokenize+tag+parse %.0f "
           "sentences/s, +code %.0f sentences/s (coder %.1f us/sentence); peak memory %ld MB\n",
           code.records, code.sentences, code.events, sp, sc, per * 1e6, ru.ru_maxrss / 1024);
    double attr = code.seconds - codebare.seconds;
    double coder_only = codebare.seconds - parse.seconds;
    printf("attributes (dates, tolls, places, merging): %.1f us/sentence, +%.1f%% on the whole "
           "coding run, +%.1f%% on the coder stage alone\n",
           code.sentences ? attr / (double)code.sentences * 1e6 : 0,
           codebare.seconds > 0 ? 100.0 * attr / codebare.seconds : 0,
           coder_only > 0 ? 100.0 * attr / coder_only : 0);
    return 0;
}
