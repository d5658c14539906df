/* validate.c - the coder's functional figures on the UD-PETRARCH
 * validation records.
 *
 *   validate [-v] [--id ID] [--mode use-parse|own-parser|both] [--data DIR] [FILE.xml]
 *
 * Reads the validation file through the public reader, loads the
 * dictionaries its <Environment> names (resolved against the file's
 * folder), and codes every record twice: from the gold CoNLL-U parse the
 * record carries (use-parse) and from the raw <Text> through sitrep's own
 * tagger and parser (own-parser; skipped, and said so, when no models are
 * found). It prints one line per mode:
 *
 *   use-parse: correct N/G (x.x%), extra N (x.x%); unmatched on records with
 *   gold events N (x.x%)
 *
 * Counting (the rules): only records with evaluate="true" whose
 * category is in the <Include> list; a gold (source, target, code) triple
 * with "---" on either side is ignored, and so is such a coded event; per
 * record each gold triple matches at most one coded event; an event coded
 * on a record without gold events is extra. Percentages are of the gold
 * total. With -v every miss and extra is listed with the record id and its
 * sentence. Exit status: 0, or 2 when the file or dictionaries cannot be
 * read. */
#include "sitrep.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_INCLUDE = 32, MAX_PATH = 4096 };

typedef struct env {
    char verbs[MAX_PATH], actors[MAX_PATH], agents[MAX_PATH], discards[MAX_PATH];
    char include[MAX_INCLUDE][32];
    int ninclude;
} env;

/* The text between <Tag> and </Tag> in head, trimmed; "" when absent. */
static void tag_text(const char *head, const char *tag, char *out, size_t size)
{
    char open[64], close[64];
    snprintf(open, sizeof open, "<%s>", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    out[0] = 0;
    const char *a = strstr(head, open);
    if (!a)
        return;
    a += strlen(open);
    const char *b = strstr(a, close);
    if (!b)
        return;
    while (a < b && (*a == ' ' || *a == '\t' || *a == '\n' || *a == '\r'))
        a++;
    while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\n' || b[-1] == '\r'))
        b--;
    size_t n = (size_t)(b - a) < size - 1 ? (size_t)(b - a) : size - 1;
    memcpy(out, a, n);
    out[n] = 0;
}

/* Reads the <Environment> block from the start of the file. The file is
 * not well-formed XML, so this is a plain text search of its head. */
static int read_env(const char *path, env *e, char *why, size_t whysize)
{
    memset(e, 0, sizeof *e);
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(why, whysize, "%.900s: cannot open", path);
        return -1;
    }
    size_t cap = 1 << 16, len = 0;
    char *head = malloc(cap + 1);
    if (!head) {
        fclose(f);
        snprintf(why, whysize, "out of memory");
        return -1;
    }
    len = fread(head, 1, cap, f);
    fclose(f);
    head[len] = 0;
    const char *envs = strstr(head, "<Environment>");
    const char *enve = envs ? strstr(envs, "</Environment>") : NULL;
    if (!envs || !enve) {
        snprintf(why, whysize, "%.900s: no <Environment> block in the first 64 KiB", path);
        free(head);
        return -1;
    }
    head[enve - head] = 0;
    char dir[MAX_PATH / 2 - 8], name[MAX_PATH / 2 - 8];
    if (strlen(path) >= sizeof dir) {
        snprintf(why, whysize, "%.200s...: path too long", path);
        free(head);
        return -1;
    }
    memcpy(dir, path, strlen(path) + 1);
    char *slash = strrchr(dir, '/');
    if (slash)
        slash[1] = 0;
    else
        dir[0] = 0;
    struct {
        const char *tag;
        char *out;
    } files[] = {{"Verbfile", e->verbs},
                 {"Actorfile", e->actors},
                 {"Agentfile", e->agents},
                 {"Discardfile", e->discards}};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        tag_text(envs, files[i].tag, name, sizeof name);
        if (name[0])
            snprintf(files[i].out, MAX_PATH, "%s%s", name[0] == '/' ? "" : dir, name);
    }
    char inc[1024];
    tag_text(envs, "Include", inc, sizeof inc);
    for (char *t = strtok(inc, " \t\r\n"); t && e->ninclude < MAX_INCLUDE;
         t = strtok(NULL, " \t\r\n"))
        snprintf(e->include[e->ninclude++], sizeof e->include[0], "%s", t);
    free(head);
    if (!e->verbs[0] || !e->actors[0]) {
        snprintf(why, whysize, "%.900s: <Environment> names no <Verbfile> or <Actorfile>",
                 path);
        return -1;
    }
    return 0;
}

static int included(const env *e, const char *category)
{
    if (!category)
        return 0;
    for (int i = 0; i < e->ninclude; i++)
        if (!strcmp(e->include[i], category))
            return 1;
    return 0;
}

/* ------------------------------------------------------------ gold */

typedef struct triple {
    char source[64], target[64], code[16];
    int used;
} triple;

static void attr(const char *line, const char *name, char *out, size_t size)
{
    char key[64];
    snprintf(key, sizeof key, "%s=\"", name);
    out[0] = 0;
    const char *a = strstr(line, key);
    if (!a)
        return;
    a += strlen(key);
    const char *b = strchr(a, '"');
    if (!b)
        return;
    size_t n = (size_t)(b - a) < size - 1 ? (size_t)(b - a) : size - 1;
    memcpy(out, a, n);
    out[n] = 0;
}

static int ignored(const char *s, const char *t)
{
    return !strncmp(s, "---", 3) || !strncmp(t, "---", 3) || !*s || !*t;
}

/* The counted gold triples of a record (one <EventCoding> per line). */
static size_t read_gold(const char *gold, triple *out, size_t cap)
{
    size_t n = 0;
    for (const char *p = gold; p && *p && n < cap;) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        char line[512];
        snprintf(line, sizeof line, "%.*s", (int)(len < 511 ? len : 511), p);
        triple t;
        memset(&t, 0, sizeof t);
        attr(line, "sourcecode", t.source, sizeof t.source);
        attr(line, "targetcode", t.target, sizeof t.target);
        attr(line, "eventcode", t.code, sizeof t.code);
        if (t.code[0] && !ignored(t.source, t.target))
            out[n++] = t;
        p = e ? e + 1 : p + len;
    }
    return n;
}

/* ------------------------------------------------------------ a run */

typedef struct figures {
    size_t records, gold, correct, extra, wrong;
} figures;

static void show_text(const sr_record *r)
{
    fprintf(stderr, "    ");
    for (const char *p = r->text ? r->text : ""; *p; p++) {
        if (*p == '\n' || *p == '\r')
            continue;
        fputc(*p, stderr);
    }
    fputc('\n', stderr);
}

static const char *only_id; /* --id: explain this record only */

static void explain_doc(const sr_doc *doc)
{
    for (uint32_t i = 0; i < doc->nevents; i++) {
        const sr_event *ev = &doc->events[i];
        printf("event %s %s %s (sentence %u)\n%s", ev->source, ev->target, ev->code,
               (unsigned)ev->sent, ev->explain ? ev->explain : "");
    }
    for (uint32_t i = 0; i < doc->nnotes; i++)
        printf("sentence %u:\n%s", (unsigned)doc->notes[i].sent, doc->notes[i].text);
}

static int run(const char *mode, const char *path, const env *en, const char *data_dir,
               int verbose, figures *fg)
{
    memset(fg, 0, sizeof *fg);
    sr_engine_options eo = sr_engine_options_default();
    eo.dedup = 0; /* gold records list every coded clause: score them raw */
    /* PETRARCH's functional tests code "will visit" as a visit. */
    eo.plain_modals = 1;
    int own = !strcmp(mode, "own-parser");
    eo.load_parser = own;
    eo.use_given_parse = !own;
    eo.data_dir = data_dir;
    eo.explain = only_id != NULL;
    eo.verbs = en->verbs;
    const char *actors[1] = {en->actors};
    eo.actors = actors;
    eo.nactors = 1;
    eo.agents = en->agents[0] ? en->agents : NULL;
    eo.discards = en->discards[0] ? en->discards : NULL;
    sr_engine *eng;
    sr_error err;
    memset(&err, 0, sizeof err);
    sr_status st = sr_engine_new(&eo, &eng, &err);
    if (st != SR_OK) {
        char msg[1024];
        sr_error_format(&err, msg, sizeof msg);
        if (st == SR_EMODEL) {
            printf("%s: skipped (%s)\n", mode, msg);
            return 1;
        }
        fprintf(stderr, "validate: error: %s\n", msg);
        return -1;
    }
    sr_read_options ro = sr_read_options_default();
    ro.format = SR_FORMAT_PETRARCH;
    sr_reader *rd;
    if (sr_reader_open(path, &ro, &rd, &err) != SR_OK) {
        char msg[1024];
        sr_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "validate: error: %s\n", msg);
        sr_engine_free(eng);
        return -1;
    }
    for (;;) {
        sr_record *rec = NULL;
        st = sr_reader_next(rd, &rec, &err);
        if (st == SR_END)
            break;
        if (st == SR_EBADRECORD) {
            char msg[1024];
            sr_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "validate: skipped a record: %s\n", msg);
            continue;
        }
        if (st != SR_OK) {
            char msg[1024];
            sr_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "validate: error: %s\n", msg);
            break;
        }
        if (only_id && (!rec->id || strcmp(rec->id, only_id) != 0)) {
            sr_record_free(rec);
            continue;
        }
        if (!rec->evaluate || !included(en, rec->category)) {
            sr_record_free(rec);
            continue;
        }
        fg->records++;
        triple gold[64];
        size_t ngold = read_gold(rec->gold, gold, 64);
        fg->gold += ngold;
        sr_doc *doc = NULL;
        if (sr_engine_analyze(eng, rec, &doc, &err) != SR_OK) {
            char msg[1024];
            sr_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "validate: %s: not analysed: %s\n", rec->id ? rec->id : "?", msg);
            if (verbose)
                for (size_t g = 0; g < ngold; g++)
                    fprintf(stderr, "  miss  %s %s %s %s\n", rec->id, gold[g].source,
                            gold[g].target, gold[g].code);
            sr_record_free(rec);
            continue;
        }
        int shown = 0;
        if (only_id)
            explain_doc(doc);
        for (uint32_t i = 0; i < doc->nevents; i++) {
            const sr_event *ev = &doc->events[i];
            if (ignored(ev->source, ev->target))
                continue;
            size_t g = 0;
            for (; g < ngold; g++)
                if (!gold[g].used && !strcmp(gold[g].source, ev->source) &&
                    !strcmp(gold[g].target, ev->target) && !strcmp(gold[g].code, ev->code))
                    break;
            if (g < ngold) {
                gold[g].used = 1;
                fg->correct++;
                continue;
            }
            if (ngold == 0)
                fg->extra++;
            else
                fg->wrong++;
            if (verbose) {
                fprintf(stderr, "  %s %s %s %s %s\n", ngold ? "wrong" : "extra",
                        rec->id ? rec->id : "?", ev->source, ev->target, ev->code);
                if (!shown++)
                    show_text(rec);
            }
        }
        if (verbose)
            for (size_t g = 0; g < ngold; g++)
                if (!gold[g].used) {
                    fprintf(stderr, "  miss  %s %s %s %s\n", rec->id ? rec->id : "?",
                            gold[g].source, gold[g].target, gold[g].code);
                    if (!shown++)
                        show_text(rec);
                }
        sr_doc_free(doc);
        sr_record_free(rec);
    }
    sr_reader_free(rd);
    sr_engine_free(eng);
    double gt = fg->gold ? (double)fg->gold : 1.0;
    /* The issue counts as extra only events on records without gold events;
     * the other unmatched events are printed too, so neither is hidden. */
    printf("%s: correct %zu/%zu (%.1f%%), extra %zu (%.1f%%); unmatched on records with "
           "gold events %zu (%.1f%%)\n",
           mode, fg->correct, fg->gold, 100.0 * (double)fg->correct / gt, fg->extra,
           100.0 * (double)fg->extra / gt, fg->wrong, 100.0 * (double)fg->wrong / gt);
    if (verbose)
        fprintf(stderr, "%s: %zu records\n", mode, fg->records);
    return 0;
}

static void usage(FILE *to)
{
    fprintf(to, "usage: validate [-v] [--id ID] [--mode use-parse|own-parser|both] "
                "[--data DIR] [FILE.xml]\n"
                "  --id ID  code only record ID and explain its events\n"
                "  FILE defaults to $SHARED/ud-petrarch-validation/"
                "PETR_Validate_records_2_02.xml\n");
}

int main(int argc, char **argv)
{
    int verbose = 0;
    const char *mode = "both", *data_dir = NULL, *file = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v")) {
            verbose = 1;
        } else if (!strcmp(argv[i], "--mode") && i + 1 < argc) {
            mode = argv[++i];
        } else if (!strcmp(argv[i], "--id") && i + 1 < argc) {
            only_id = argv[++i];
            verbose = 1;
        } else if (!strcmp(argv[i], "--data") && i + 1 < argc) {
            data_dir = argv[++i];
        } else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "validate: error: unknown option %s (e.g. --mode use-parse)\n",
                    argv[i]);
            usage(stderr);
            return 2;
        } else {
            file = argv[i];
        }
    }
    if (strcmp(mode, "both") && strcmp(mode, "use-parse") && strcmp(mode, "own-parser")) {
        fprintf(stderr, "validate: error: --mode takes use-parse, own-parser or both\n");
        return 2;
    }
    char path[MAX_PATH];
    if (!file) {
        const char *sh = getenv("SHARED");
        snprintf(path, sizeof path, "%s/ud-petrarch-validation/PETR_Validate_records_2_02.xml",
                 sh && *sh ? sh : "../shared/data");
        file = path;
    }
    env en;
    char why[1024];
    if (read_env(file, &en, why, sizeof why) != 0) {
        fprintf(stderr, "validate: error: %s\n", why);
        return 2;
    }
    figures fg;
    int rc = 0;
    if (strcmp(mode, "own-parser") != 0 &&
        run("use-parse", file, &en, data_dir, verbose, &fg) < 0)
        rc = 2;
    if (strcmp(mode, "use-parse") != 0 &&
        run("own-parser", file, &en, data_dir, verbose, &fg) < 0)
        rc = 2;
    if (fflush(stdout) != 0)
        rc = 2;
    return rc;
}
