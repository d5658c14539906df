/* run.c - the read → analyse → write loop behind `code` and `parse`.
 *
 * Unreadable records are reported on stderr with their place and skipped;
 * the count appears in a summary at the end, and --strict turns any of them
 * into exit status 1. Nothing is dropped without a message. */
#include "cli/cli.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* After this many messages, further bad records are only counted, so a
 * broken million-line file does not bury the summary. */
enum { MAX_REPORTED_ERRORS = 50 };

typedef struct run_stats {
    size_t records, bad, sentences, events;
    size_t reported;
    int progress;            /* a progress line is being drawn on stderr */
    double started, last_drawn;
} run_stats;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void clear_progress(run_stats *s)
{
    if (s->progress) {
        fputs("\r\033[K", stderr);
        s->progress = 0;
    }
}

static void report(run_stats *s, const sr_error *err, const char *level)
{
    clear_progress(s);
    char msg[1024];
    sr_error_format(err, msg, sizeof msg);
    fprintf(stderr, "sitrep: %s: %s\n", level, msg);
}

static void report_bad(run_stats *s, const sr_error *err)
{
    s->bad++;
    if (s->reported < MAX_REPORTED_ERRORS) {
        report(s, err, "skipped record");
        if (++s->reported == MAX_REPORTED_ERRORS)
            fprintf(stderr, "sitrep: further unreadable records are counted, not shown\n");
    }
}

static void draw_progress(run_stats *s, int show, int events)
{
    if (!show)
        return;
    double t = now();
    if (t - s->started < 1.0 || t - s->last_drawn < 0.25)
        return;
    s->last_drawn = t;
    s->progress = 1;
    fprintf(stderr, "\r\033[Ksitrep: %zu records, %zu sentences", s->records, s->sentences);
    if (events)
        fprintf(stderr, ", %zu events", s->events);
    fprintf(stderr, ", %.0f records/s", (double)s->records / (t - s->started));
}

/* Dictionary problems do not stop a run (the bad entries were skipped), but
 * they must not pass unseen either: a count always, the list on request. */
static void report_dictionaries(const sr_engine *e, int list)
{
    size_t nerrors, n = sr_engine_diagnostic_count(e, &nerrors);
    if (list)
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, "sitrep: %s\n", sr_engine_diagnostic(e, i));
    if (n)
        fprintf(stderr, "sitrep: dictionaries: %zu malformed entr%s skipped, %zu warning%s%s\n",
                nerrors, nerrors == 1 ? "y" : "ies", n - nerrors, n - nerrors == 1 ? "" : "s",
                list ? "" : " (--dict-report lists them)");
}

int cli_run(cli_options *o)
{
    int parse_cmd = strcmp(o->command, "parse") == 0;
    sr_engine_options eo = sr_engine_options_default();
    eo.data_dir = o->data_dir;
    eo.load_parser = !(parse_cmd && o->tokens_only);
    eo.default_dicts = !parse_cmd;
    eo.use_given_tokens = parse_cmd;
    eo.use_given_parse = o->use_parse;
    eo.petrarch_config = o->petrarch_config;
    eo.dict_dir = o->dict_dir;
    eo.verbs = o->verbs;
    eo.actors = o->actors;
    eo.nactors = o->nactors;
    eo.agents = o->agents;
    eo.discards = o->discards;
    eo.issues = o->issues;
    eo.explain = o->explain;
    eo.dedup = !o->no_dedup;
    eo.plain_modals = o->plain_modals;
    eo.agents_alone = o->agents_alone;
    eo.dyads = o->dyads;
    eo.keep_history = o->keep_history;
    eo.gazetteer = o->gazetteer;
    eo.load_gazetteer = !o->no_locations;

    sr_error err;
    memset(&err, 0, sizeof err);
    sr_engine *engine;
    if (sr_engine_new(&eo, &engine, &err) != SR_OK) {
        char msg[1024];
        sr_error_format(&err, msg, sizeof msg);
        cli_error("%s", msg);
        return SR_EXIT_DATA;
    }
    report_dictionaries(engine, o->dict_report);
    if (sr_engine_warning(engine))
        fprintf(stderr, "sitrep: warning: %s\n", sr_engine_warning(engine));

    FILE *out = stdout;
    if (o->output_path && !(out = fopen(o->output_path, "w"))) {
        cli_error("cannot write %s: %s", o->output_path, strerror(errno));
        sr_engine_free(engine);
        return SR_EXIT_OUTPUT;
    }
    sr_writer *writer = sr_writer_new(o->output, out);
    /* --merge holds the run's events back: a happening's last report may
     * come in the last record. */
    sr_merger *merger = o->merge ? sr_merger_new() : NULL;

    run_stats stats;
    memset(&stats, 0, sizeof stats);
    stats.started = now();
    int show_progress = !o->quiet && isatty(STDERR_FILENO);
    int input_failed = 0, output_failed = 0, told_penn = 0;
    static char *stdin_only[] = {"-"};
    char **inputs = o->ninputs ? o->inputs : stdin_only;
    int ninputs = o->ninputs ? o->ninputs : 1;

    for (int i = 0; i < ninputs && !output_failed; i++) {
        sr_reader *reader;
        memset(&err, 0, sizeof err);
        if (sr_reader_open(inputs[i], &o->read, &reader, &err) != SR_OK) {
            report(&stats, &err, "error");
            input_failed = 1;
            continue;
        }
        for (;;) {
            sr_record *rec;
            memset(&err, 0, sizeof err);
            sr_status st = sr_reader_next(reader, &rec, &err);
            if (st == SR_END)
                break;
            if (st == SR_EBADRECORD) {
                report_bad(&stats, &err);
                continue;
            }
            if (st != SR_OK) {
                report(&stats, &err, "error");
                input_failed = 1;
                break;
            }
            if (o->use_parse && rec->parse_is_penn && !told_penn) {
                clear_progress(&stats);
                fprintf(stderr, "sitrep: note: %s holds Penn-tree parses, which sitrep does "
                        "not read; parsing the text instead\n", inputs[i]);
                told_penn = 1;
            }
            sr_doc *doc;
            memset(&err, 0, sizeof err);
            st = sr_engine_analyze(engine, rec, &doc, &err);
            if (st != SR_OK) {
                report_bad(&stats, &err);
                sr_record_free(rec);
                continue;
            }
            stats.records++;
            stats.sentences += doc->nsentences;
            stats.events += doc->nevents;
            if (merger)
                sr_merger_add_doc(merger, doc);
            else if (sr_writer_write(writer, doc, &err) != SR_OK)
                output_failed = 1;
            sr_doc_free(doc);
            sr_record_free(rec);
            if (output_failed)
                break;
            draw_progress(&stats, show_progress, !parse_cmd);
        }
        sr_reader_free(reader);
    }
    if (merger && !output_failed && sr_merger_write(merger, out, &err) != SR_OK)
        output_failed = 1;
    sr_merger_free(merger);
    if (!output_failed && sr_writer_finish(writer, &err) != SR_OK)
        output_failed = 1;
    sr_writer_free(writer);
    if (out != stdout && fclose(out) != 0)
        output_failed = 1;
    clear_progress(&stats);
    sr_engine_free(engine);

    if (output_failed) {
        cli_error("cannot write %s: %s", o->output_path ? o->output_path : "standard output",
                  strerror(errno));
        return SR_EXIT_OUTPUT;
    }
    if (stats.bad)
        fprintf(stderr, "sitrep: %zu record%s read, %zu unreadable and skipped%s\n",
                stats.records, stats.records == 1 ? "" : "s", stats.bad,
                o->strict ? " (--strict: failing)" : "");
    if (input_failed)
        return SR_EXIT_INPUT;
    if (stats.bad && o->strict)
        return SR_EXIT_BAD_RECORDS;
    return SR_EXIT_OK;
}
