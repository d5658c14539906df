/* bench_attr - cost of the event-date and casualty readers (src/attr).
 *
 *   bench_attr NEWS.txt [MAX_ARTICLES]
 *
 * Reads NEWS (plain text, articles separated by blank lines) through the
 * public reader and parses it with the engine's tagger and parser (models
 * from "." or $SITREP_DATA: run from the repository root). Then, for every
 * token tagged VERB in every sentence, it times sr_attr_event_date and
 * sr_attr_toll, each in its own loop over the sentence's verbs, and prints
 * the nanoseconds per call together with how often each found something.
 * Parsing is not timed. The publication date is the record's, else
 * 2025-03-15 (the date bench_code gives the same corpus). */
#include "sitrep.h"
#include "attr/dates.h"
#include "attr/tolls.h"
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

typedef struct totals {
    size_t records, sentences, verbs, dated, killed, injured;
    double date_s, toll_s;
} totals;

static int32_t pubdate(const sr_record *rec)
{
    int y, m, d;
    if (rec->date && sscanf(rec->date, "%4d-%2d-%2d", &y, &m, &d) == 3) {
        int32_t ymd = y * 10000 + m * 100 + d;
        if (sr_attr_date_valid(ymd))
            return ymd;
    }
    return 20250315;
}

static void measure(const sr_doc *doc, int32_t pub, totals *t);

static void measure_doc(const sr_record *rec, const sr_doc *doc, void *ctx)
{
    totals *t = ctx;
    t->records++;
    measure(doc, pubdate(rec), t);
}

static void measure(const sr_doc *doc, int32_t pub, totals *t)
{
    enum { MAX_VERBS = 256 };
    uint32_t verbs[MAX_VERBS];
    for (uint32_t si = 0; si < doc->nsentences; si++) {
        const sr_sentence *s = &doc->sentences[si];
        uint32_t nv = 0;
        for (uint32_t i = 0; i < s->ntokens && nv < MAX_VERBS; i++)
            if (s->tokens[i].upos && strcmp(s->tokens[i].upos, "VERB") == 0)
                verbs[nv++] = i;
        t->sentences++;
        t->verbs += nv;
        double t0 = now();
        for (uint32_t k = 0; k < nv; k++) {
            sr_event_date d = sr_attr_event_date(s, verbs[k], pub);
            t->dated += d.first_token != UINT32_MAX;
        }
        double t1 = now();
        for (uint32_t k = 0; k < nv; k++) {
            sr_toll tl = sr_attr_toll(s, verbs[k]);
            t->killed += tl.killed >= 0;
            t->injured += tl.injured >= 0;
        }
        double t2 = now();
        t->date_s += t1 - t0;
        t->toll_s += t2 - t1;
    }
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_attr NEWS.txt [MAX_ARTICLES]\n");
        return 2;
    }
    size_t max = argc > 2 ? (size_t)strtoull(argv[2], NULL, 10) : 0;
    totals t;
    memset(&t, 0, sizeof t);
    if (parsed_news_each("bench_attr", argv[1], max, measure_doc, &t) != 0)
        return 1;
    double calls = t.verbs ? (double)t.verbs : 1;
    printf("attr: %zu records, %zu sentences, %zu verbs; event_date %.0f ns/call (time "
           "expression found for %.1f%% of verbs), toll %.0f ns/call (killed for %.1f%%, "
           "injured for %.1f%%); both %.2f us/sentence\n",
           t.records, t.sentences, t.verbs, t.date_s * 1e9 / calls,
           100.0 * (double)t.dated / calls, t.toll_s * 1e9 / calls,
           100.0 * (double)t.killed / calls, 100.0 * (double)t.injured / calls,
           t.sentences ? (t.date_s + t.toll_s) * 1e6 / (double)t.sentences : 0.0);
    return 0;
}
