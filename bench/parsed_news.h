/* parsed_news.h - the loop the attribute benchmarks share: read a news
 * corpus (plain text, articles separated by blank lines), tag and parse
 * each article with the engine's models (from "." or $SITREP_DATA: run
 * from the repository root) and hand every parsed document to a measuring
 * function. Parsing is not timed here; the caller times what it measures.
 * Header only: each benchmark is one program built from one .c file. */
#ifndef SR_BENCH_PARSED_NEWS_H
#define SR_BENCH_PARSED_NEWS_H

#include "sitrep.h"

#include <stdio.h>
#include <stdlib.h>

typedef void (*parsed_news_fn)(const sr_record *rec, const sr_doc *doc, void *ctx);

/* Calls fn for the first max articles of news (0: all). Unreadable records
 * are reported and skipped. Returns 0, or 1 after printing "name: error:
 * ..." when the models or the corpus cannot be opened. */
static inline int parsed_news_each(const char *name, const char *news, size_t max,
                                   parsed_news_fn fn, void *ctx)
{
    sr_error err;
    char msg[1024];
    sr_engine_options eo = sr_engine_options_default();
    eo.load_parser = 1;
    eo.data_dir = getenv("SITREP_DATA") ? NULL : ".";
    eo.default_dicts = 0; /* the parse is wanted, not events */
    eo.load_gazetteer = 0;
    sr_engine *eng;
    if (sr_engine_new(&eo, &eng, &err) != SR_OK) {
        sr_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "%s: error: %s\n", name, msg);
        return 1;
    }
    sr_read_options ro = sr_read_options_default();
    ro.format = SR_FORMAT_TEXT;
    ro.split_blank = 1;
    sr_reader *rd;
    if (sr_reader_open(news, &ro, &rd, &err) != SR_OK) {
        sr_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "%s: error: %s\n", name, msg);
        sr_engine_free(eng);
        return 1;
    }
    size_t done = 0;
    sr_status st;
    sr_record *rec;
    while ((!max || done < max) && (st = sr_reader_next(rd, &rec, &err)) != SR_END) {
        if (st != SR_OK) {
            sr_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "%s: %s\n", name, msg);
            if (st == SR_EBADRECORD)
                continue;
            break;
        }
        sr_doc *doc;
        if (sr_engine_analyze(eng, rec, &doc, &err) == SR_OK) {
            done++;
            fn(rec, doc, ctx);
            sr_doc_free(doc);
        } else {
            sr_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "%s: %s\n", name, msg);
        }
        sr_record_free(rec);
    }
    sr_reader_free(rd);
    sr_engine_free(eng);
    return 0;
}

#endif
