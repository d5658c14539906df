/* bench_places - cost of locating events (src/attr/places.c) and of
 * loading the gazetteer index.
 *
 *   bench_places NEWS.txt [MAX_ARTICLES [INDEX]]
 *
 * Loads INDEX (default gazetteer/places.bin, as `make gazetteer` writes it)
 * five times and prints the median load time. Then reads NEWS (plain text,
 * articles separated by blank lines) through the public reader and parses it
 * with the engine's tagger and parser (models from "." or $SITREP_DATA: run
 * from the repository root). For each article it times sr_places_find (all
 * sentences), and then sr_places_choose for every token tagged VERB, as if
 * each were an event with no actor countries. Parsing is not timed. It
 * prints microseconds per article and per sentence for finding, nanoseconds
 * per choice, and how the choices were made. */
#include "sitrep.h"
#include "attr/gazetteer.h"
#include "attr/places.h"
#include "base/arena.h"
#include "parsed_news.h"

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

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct totals {
    size_t records, sentences, mentions, verbs;
    size_t reasons[4];
    double find_s, choose_s;
} totals;

static void measure(const sr_gazetteer *g, const sr_doc *doc, totals *t);

struct run {
    const sr_gazetteer *g;
    totals *t;
};

static void measure_doc(const sr_record *rec, const sr_doc *doc, void *ctx)
{
    (void)rec;
    struct run *r = ctx;
    r->t->records++;
    measure(r->g, doc, r->t);
}

static void measure(const sr_gazetteer *g, const sr_doc *doc, totals *t)
{
    sr_arena arena = SR_ARENA_INIT;
    double t0 = now();
    sr_places places;
    sr_places_find(g, doc, &arena, &places);
    double t1 = now();
    t->find_s += t1 - t0;
    t->mentions += places.n;
    t->sentences += doc->nsentences;
    sr_event ev;
    memset(&ev, 0, sizeof ev);
    ev.source = ev.target = "---";
    sr_gazetteer_place p;
    double c0 = now();
    for (uint32_t si = 0; si < doc->nsentences; si++) {
        const sr_sentence *s = &doc->sentences[si];
        for (uint32_t k = 0; k < s->ntokens; k++) {
            if (!s->tokens[k].upos || strcmp(s->tokens[k].upos, "VERB") != 0)
                continue;
            ev.sent = si;
            ev.verb_token = k;
            t->reasons[sr_places_choose(g, &places, doc, &ev, &p)]++;
            t->verbs++;
        }
    }
    t->choose_s += now() - c0;
    sr_arena_free(&arena);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_places NEWS.txt [MAX_ARTICLES [INDEX]]\n");
        return 2;
    }
    size_t max = argc > 2 ? (size_t)strtoull(argv[2], NULL, 10) : 0;
    const char *index = argc > 3 ? argv[3] : "gazetteer/places.bin";
    sr_error err;
    char msg[1024];

    enum { LOADS = 5 };
    double load[LOADS];
    sr_gazetteer *g = NULL;
    for (int i = 0; i < LOADS; i++) {
        if (g)
            sr_gazetteer_free(g);
        double t0 = now();
        if (sr_gazetteer_load(index, &g, &err) != SR_OK) {
            sr_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "bench_places: error: %s (make gazetteer builds it)\n", msg);
            return 1;
        }
        load[i] = now() - t0;
    }
    qsort(load, LOADS, sizeof load[0], by_value);

    totals t;
    memset(&t, 0, sizeof t);
    struct run r = {g, &t};
    int rc = parsed_news_each("bench_places", argv[1], max, measure_doc, &r);
    sr_gazetteer_free(g);
    if (rc != 0)
        return 1;
    double verbs = t.verbs ? (double)t.verbs : 1;
    printf("places: index load %.1f ms (median of %d); %zu records, %zu sentences, %zu "
           "mentions; find %.1f us/record = %.2f us/sentence; choose %.0f ns/verb "
           "(clause %.1f%%, sentence %.1f%%, dateline %.1f%%, none %.1f%%)\n",
           load[LOADS / 2] * 1e3, LOADS, t.records, t.sentences, t.mentions,
           t.records ? t.find_s * 1e6 / (double)t.records : 0.0,
           t.sentences ? t.find_s * 1e6 / (double)t.sentences : 0.0,
           t.choose_s * 1e9 / verbs, 100.0 * (double)t.reasons[SR_PLACE_CLAUSE] / verbs,
           100.0 * (double)t.reasons[SR_PLACE_SENTENCE] / verbs,
           100.0 * (double)t.reasons[SR_PLACE_FROM_DATELINE] / verbs,
           100.0 * (double)t.reasons[SR_PLACE_NONE] / verbs);
    return 0;
}
