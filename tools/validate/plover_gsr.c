/* plover_gsr.c - how well a dictionary set codes the PLOVER gold-standard
 * records: human-coded sentences with an event type, source actors and
 * target actors.
 *
 *   plover_gsr [-v] [--data DIR] [dictionary options] [FILE]
 *
 * FILE (default $SHARED/plover/PLOVER_GSR_CAMEO.txt, SHARED defaulting to
 * ../shared/data) is one JSON array of records. Records whose "event" is
 * DOCUMENT are file documentation and are not scored. Every other record's
 * "text" is analysed with sitrep's own tagger and parser (models from
 * --data) and coded with the dictionaries given as in `sitrep code`
 * (--petrarch-config, --dict, --verbs, --actors, --agents, --discards,
 * --issues); without any, sitrep's own set in DIR/dict.
 * It prints one line:
 *
 *   plover-gsr: records N, type X/N (x.x%), source X/N (x.x%),
 *   target X/M (x.x%), events per sentence x.xx
 *
 * Counting (issue 5; docs/coder.md, "PLOVER gold records"): the gold type
 * is the record's 2016 label read as its 2021 name (sr_cameo_plover_2021);
 * the type is right when any coded event has that PLOVER type; the source
 * is right when any event of that type has a source whose first three
 * letters equal the first three of a gold source code (JAP, ITL and VTN
 * read as JPN, ITA and VNM); the target likewise, over the M records with
 * at least one gold target. Events per sentence is coded events over N.
 *
 * A record that cannot be scored (not an object, no text, an unknown event
 * label, an actor without a code) is reported with its line and skipped;
 * the line then says how many were skipped and the exit status is 1.
 * Exit status 2: the file or the dictionaries cannot be read. When the
 * models cannot be loaded the line says "skipped" and the status is 0, as
 * for validate's own-parser mode. */
#include "sitrep.h"
#include "engine_args.h"

#include "base/alloc.h"
#include "base/file.h"
#include "coder/cameo_facts.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { EXIT_BAD_RECORDS = 1, EXIT_UNREADABLE = 2 };

/* The gold actors of one side: borrowed code strings from the JSON tree. */
typedef struct actors {
    const char **code;
    size_t n;
} actors;

typedef struct tally {
    size_t records, type_ok, source_ok, target_ok, with_target, events, skipped;
} tally;

typedef struct run_options {
    const char *file;
    int verbose;
} run_options;

/* ------------------------------------------------------------ where */

/* The 1-based line of each element of the top-level array, in order, for
 * messages: jansson keeps no positions for values it accepted. Runs only
 * on text jansson parsed, so strings and nesting are well formed. Writes at
 * most n lines; elements beyond are not located. */
static void element_lines(const char *s, size_t len, size_t *lines, size_t n)
{
    size_t line = 1, k = 0;
    int depth = 0, in_string = 0, escaped = 0, want = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\n')
            line++;
        if (in_string) {
            if (escaped)
                escaped = 0;
            else if (c == '\\')
                escaped = 1;
            else if (c == '"')
                in_string = 0;
            continue;
        }
        if (want && depth == 1 && c != ' ' && c != '\t' && c != '\r' && c != '\n' &&
            c != ']') {
            if (k < n)
                lines[k] = line;
            k++;
            want = 0;
        }
        switch (c) {
        case '"': in_string = 1; break;
        case '[':
        case '{':
            if (++depth == 1)
                want = 1;
            break;
        case ']':
        case '}': depth--; break;
        case ',':
            if (depth == 1)
                want = 1;
            break;
        default: break;
        }
    }
}

/* ------------------------------------------------------------ gold */

/* Reads one side ("source" or "target") of a record into out. Absent,
 * null and "" mean no actors. A non-empty string is not an actor list:
 * it is reported as a note and read as no actors, since the text gives no
 * code to compare. Returns 0, or -1 with why filled for a malformed list. */
static int read_actors(json_t *rec, const char *side, actors *out, char *why, size_t whysize,
                       char *note, size_t notesize)
{
    out->code = NULL;
    out->n = 0;
    json_t *v = json_object_get(rec, side);
    if (!v || json_is_null(v))
        return 0;
    if (json_is_string(v)) {
        if (json_string_length(v) > 0)
            snprintf(note, notesize, "\"%s\" is the string \"%.60s\", not a list of actors; "
                     "read as no %s", side, json_string_value(v), side);
        return 0;
    }
    if (!json_is_array(v)) {
        snprintf(why, whysize, "\"%s\" is neither a list of actors nor \"\"", side);
        return -1;
    }
    size_t n = json_array_size(v);
    if (n == 0)
        return 0;
    out->code = malloc(n * sizeof *out->code);
    if (!out->code)
        abort();
    for (size_t i = 0; i < n; i++) {
        json_t *a = json_array_get(v, i);
        json_t *code = json_is_object(a) ? json_object_get(a, "code") : NULL;
        if (!json_is_string(code) || json_string_length(code) < 3) {
            snprintf(why, whysize, "%s %zu has no \"code\" of at least three letters", side,
                     i + 1);
            free(out->code);
            out->code = NULL;
            return -1;
        }
        out->code[out->n++] = json_string_value(code);
    }
    return 0;
}

/* ------------------------------------------------------------ scoring */

/* The first three letters of a code, with the gold file's older country
 * codes read as the ISO ones the dictionaries use. Both sides go through
 * it, so a dictionary that still says JAP matches too. */
static void country3(const char *code, char out[4])
{
    static const char *const alias[][2] = {{"JAP", "JPN"}, {"ITL", "ITA"}, {"VTN", "VNM"}};
    memcpy(out, code, 3);
    out[3] = '\0';
    for (size_t i = 0; i < sizeof alias / sizeof alias[0]; i++)
        if (!strcmp(out, alias[i][0]))
            memcpy(out, alias[i][1], 4);
}

static int matches_gold(const char *coded, const actors *gold)
{
    if (!coded || strlen(coded) < 3)
        return 0;
    char c[4];
    country3(coded, c);
    for (size_t i = 0; i < gold->n; i++) {
        char g[4];
        country3(gold->code[i], g);
        if (!strcmp(c, g))
            return 1;
    }
    return 0;
}

static void print_actors(const char *label, const actors *a)
{
    printf("  %s", label);
    if (!a->n)
        printf(" -");
    for (size_t i = 0; i < a->n; i++)
        printf(" %s", a->code[i]);
}

static void print_text(const char *text)
{
    printf("    text  ");
    for (const char *p = text; *p; p++)
        putchar(*p == '\n' || *p == '\r' ? ' ' : *p);
    putchar('\n');
}

/* Codes one record and adds it to t. A record sitrep cannot analyse is
 * reported and still counted, as misses on every figure. */
static void score(sr_engine *eng, const run_options *ro, const sr_record *rec,
                 const char *type, const actors *src, const actors *tgt, tally *t)
{
    sr_doc *doc = NULL;
    sr_error err;
    memset(&err, 0, sizeof err);
    if (sr_engine_analyze(eng, rec, &doc, &err) != SR_OK) {
        char msg[1024];
        sr_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "plover_gsr: %s: not analysed: %s\n", rec->id, msg);
        doc = NULL;
    }
    int type_ok = 0, source_ok = 0, target_ok = 0;
    uint32_t nevents = doc ? doc->nevents : 0;
    for (uint32_t i = 0; i < nevents; i++) {
        const sr_event *ev = &doc->events[i];
        if (!ev->plover || strcmp(ev->plover, type) != 0)
            continue;
        type_ok = 1;
        source_ok |= matches_gold(ev->source, src);
        target_ok |= matches_gold(ev->target, tgt);
    }
    t->records++;
    t->events += nevents;
    t->type_ok += (size_t)type_ok;
    t->source_ok += (size_t)source_ok;
    if (tgt->n) {
        t->with_target++;
        t->target_ok += (size_t)target_ok;
    }
    if (ro->verbose) {
        printf("%s %s %s %s (%s:%zu)\n", type_ok ? "type+" : "type-",
               source_ok ? "source+" : "source-",
               tgt->n ? (target_ok ? "target+" : "target-") : "target.", rec->id, ro->file,
               rec->line);
        printf("    gold  %s", type);
        print_actors("source", src);
        print_actors("target", tgt);
        putchar('\n');
        if (!nevents)
            printf("    coded nothing\n");
        for (uint32_t i = 0; i < nevents; i++) {
            const sr_event *ev = &doc->events[i];
            printf("    coded %s %s  source %s  target %s\n", ev->code ? ev->code : "?",
                   ev->plover ? ev->plover : "(no PLOVER type)", ev->source ? ev->source : "-",
                   ev->target ? ev->target : "-");
        }
        print_text(rec->text);
    }
    sr_doc_free(doc);
}

/* Reports a record that cannot be scored and counts it as skipped. */
static void bad_record(const run_options *ro, size_t line, size_t index, const char *id,
                       const char *why, tally *t)
{
    if (line)
        fprintf(stderr, "plover_gsr: %s:%zu: record %zu (%s): %s; skipped\n", ro->file, line,
                index, id, why);
    else
        fprintf(stderr, "plover_gsr: %s: record %zu (%s): %s; skipped\n", ro->file, index, id,
                why);
    t->skipped++;
}

/* Scores every record of the array root. */
static void score_all(sr_engine *eng, const run_options *ro, json_t *root, const size_t *lines,
                      tally *t)
{
    for (size_t i = 0; i < json_array_size(root); i++) {
        json_t *r = json_array_get(root, i);
        size_t line = lines[i];
        if (!json_is_object(r)) {
            bad_record(ro, line, i + 1, "?", "not a JSON object", t);
            continue;
        }
        json_t *jid = json_object_get(r, "id");
        char idbuf[32];
        snprintf(idbuf, sizeof idbuf, "record %zu", i + 1);
        const char *id = json_is_string(jid) ? json_string_value(jid) : idbuf;
        const char *label = json_string_value(json_object_get(r, "event"));
        if (label && !strcmp(label, "DOCUMENT"))
            continue;
        json_t *jtext = json_object_get(r, "text");
        json_t *jdate = json_object_get(r, "date");
        const char *type = sr_cameo_plover_2021(label);
        char why[256] = "", note[256] = "";
        if (!label) {
            bad_record(ro, line, i + 1, id, "no \"event\" string", t);
            continue;
        }
        if (!type) {
            snprintf(why, sizeof why, "event \"%.40s\" is not a PLOVER 2016 or 2021 type", label);
            bad_record(ro, line, i + 1, id, why, t);
            continue;
        }
        if (!json_is_string(jtext) || json_string_length(jtext) == 0) {
            bad_record(ro, line, i + 1, id, "no \"text\" string", t);
            continue;
        }
        if (jdate && !json_is_null(jdate) && !json_is_string(jdate)) {
            bad_record(ro, line, i + 1, id, "\"date\" is not a string", t);
            continue;
        }
        actors src, tgt;
        if (read_actors(r, "source", &src, why, sizeof why, note, sizeof note) != 0) {
            bad_record(ro, line, i + 1, id, why, t);
            continue;
        }
        if (read_actors(r, "target", &tgt, why, sizeof why, note, sizeof note) != 0) {
            bad_record(ro, line, i + 1, id, why, t);
            free(src.code);
            continue;
        }
        if (note[0])
            fprintf(stderr, "plover_gsr: %s:%zu: record %zu (%s): note: %s\n", ro->file, line,
                    i + 1, id, note);
        /* The record borrows the JSON tree's strings and is never passed to
         * sr_record_free. */
        sr_record rec;
        memset(&rec, 0, sizeof rec);
        rec.id = (char *)id;
        rec.date = json_is_string(jdate) ? (char *)json_string_value(jdate) : NULL;
        rec.text = (char *)json_string_value(jtext);
        rec.text_len = json_string_length(jtext);
        rec.file = ro->file;
        rec.line = line;
        rec.index = i + 1;
        score(eng, ro, &rec, type, &src, &tgt, t);
        free(src.code);
        free(tgt.code);
    }
}

/* ------------------------------------------------------------ main */

static double pct(size_t a, size_t b)
{
    return b ? 100.0 * (double)a / (double)b : 0.0;
}

static void usage(FILE *to)
{
    fputs("usage: plover_gsr [-v] [--data DIR] [dictionary options] [FILE]\n"
          "  -v                     list each record's gold and coded events\n"
          "  --data DIR             folder holding models/ and dict/ (default: .)\n"
          "  --petrarch-config FILE a PETR_config.ini; with --dict DIR for its names\n"
          "  --verbs FILE, --actors FILE (repeatable), --agents FILE, --discards FILE,\n"
          "  --issues FILE          dictionaries given one by one\n"
          "  Without dictionary options: sitrep's own set, DIR/dict (docs/cli.md).\n"
          "  --require-dyad, --no-require-dyad, --agents-alone  as for sitrep code (docs/cli.md)\n"
          "  FILE defaults to $SHARED/plover/PLOVER_GSR_CAMEO.txt (SHARED defaults to\n"
          "  ../shared/data).\n",
          to);
}

int main(int argc, char **argv)
{
    run_options ro = {NULL, 0};
    sr_engine_options eo = sr_engine_options_default();
    eo.dedup = 0; /* gold records list every coded clause: score them raw */
    eo.load_parser = 1;
    eo.data_dir = ".";
    const char **actor_files = sr_xcalloc((size_t)argc, sizeof *actor_files);
    int rc = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-v")) {
            ro.verbose = 1;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(actor_files);
            return 0;
        } else if (engine_arg(argc, argv, &i, &eo, actor_files)) {
            continue;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "plover_gsr: error: unknown option %s, or it lacks its value "
                            "(e.g. --data .)\n", a);
            usage(stderr);
            free(actor_files);
            return EXIT_UNREADABLE;
        } else if (ro.file) {
            fprintf(stderr, "plover_gsr: error: one gold file only (got %s and %s)\n", ro.file,
                    a);
            free(actor_files);
            return EXIT_UNREADABLE;
        } else {
            ro.file = a;
        }
    }
    eo.actors = actor_files;
    const char *sh = getenv("SHARED");
    if (!sh || !*sh)
        sh = "../shared/data";
    char gold_path[4096];
    if (!ro.file) {
        snprintf(gold_path, sizeof gold_path, "%s/plover/PLOVER_GSR_CAMEO.txt", sh);
        ro.file = gold_path;
    }

    /* The gold file first: a bad path should not wait for the dictionaries. */
    char *data = NULL;
    size_t len = 0;
    sr_error err;
    memset(&err, 0, sizeof err);
    if (sr_file_read_all(ro.file, &data, &len, &err) != SR_OK) {
        char msg[1024];
        sr_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "plover_gsr: error: %s\n", msg);
        free(actor_files);
        return EXIT_UNREADABLE;
    }
    json_error_t jerr;
    json_t *root = json_loadb(data, len, 0, &jerr);
    if (!root) {
        int lines_hint = strstr(jerr.text, "end of file expected") != NULL;
        fprintf(stderr, "plover_gsr: error: %s:%d:%d: invalid JSON: %s%s\n", ro.file, jerr.line,
                jerr.column, jerr.text,
                lines_hint ? " (the file must be one JSON array, not JSON Lines)" : "");
        free(data);
        free(actor_files);
        return EXIT_UNREADABLE;
    }
    if (!json_is_array(root)) {
        fprintf(stderr, "plover_gsr: error: %s: expected one JSON array of records\n", ro.file);
        json_decref(root);
        free(data);
        free(actor_files);
        return EXIT_UNREADABLE;
    }
    size_t n = json_array_size(root);
    size_t *lines = calloc(n ? n : 1, sizeof *lines);
    if (!lines)
        abort();
    element_lines(data, len, lines, n);
    free(data);

    sr_engine *eng = NULL;
    sr_status st = sr_engine_new(&eo, &eng, &err);
    if (st != SR_OK) {
        char msg[1024];
        sr_error_format(&err, msg, sizeof msg);
        if (st == SR_EMODEL) {
            printf("plover-gsr: skipped (%s)\n", msg);
        } else {
            fprintf(stderr, "plover_gsr: error: %s\n", msg);
            rc = EXIT_UNREADABLE;
        }
    } else if (!sr_engine_codes_events(eng)) {
        fprintf(stderr, "plover_gsr: error: no event dictionaries loaded: give "
                        "--petrarch-config FILE, or --verbs FILE and --actors FILE\n");
        rc = EXIT_UNREADABLE;
    } else {
        if (ro.verbose) {
            size_t nerrors = 0, ndiag = sr_engine_diagnostic_count(eng, &nerrors);
            if (ndiag)
                fprintf(stderr, "plover_gsr: the dictionaries have %zu problems (%zu errors; "
                                "`sitrep code --dict-report` lists them)\n", ndiag, nerrors);
        }
        tally t;
        memset(&t, 0, sizeof t);
        score_all(eng, &ro, root, lines, &t);
        char skipped[64] = "";
        if (t.skipped) {
            snprintf(skipped, sizeof skipped, ", skipped %zu bad records", t.skipped);
            rc = EXIT_BAD_RECORDS;
        }
        printf("plover-gsr: records %zu%s, type %zu/%zu (%.1f%%), source %zu/%zu (%.1f%%), "
               "target %zu/%zu (%.1f%%), events per sentence %.2f\n",
               t.records, skipped, t.type_ok, t.records, pct(t.type_ok, t.records),
               t.source_ok, t.records, pct(t.source_ok, t.records), t.target_ok,
               t.with_target, pct(t.target_ok, t.with_target),
               t.records ? (double)t.events / (double)t.records : 0.0);
    }
    sr_engine_free(eng);
    json_decref(root);
    free(lines);
    free(actor_files);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "plover_gsr: error: cannot write the figures\n");
        rc = EXIT_UNREADABLE;
    }
    return rc;
}
