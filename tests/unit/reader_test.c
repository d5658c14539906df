/* reader_test.c - the news readers: each format, detection, gzip, and one
 * test per kind of bad input, checking status, line, a word of the message
 * and that the records after a bad one still come through. */
#include "harness.h"
#include "sitrep.h"

#include <stdint.h>
#include <unistd.h>
#include <zlib.h>

#define FIXTURES "tests/data/readers/"

static char tmpdir[64];
static char made[64][128];
static int nmade;

/* Writes len bytes to a new file in the test's temporary folder. */
static const char *write_file(const char *name, const char *data, size_t len)
{
    if (!tmpdir[0]) {
        snprintf(tmpdir, sizeof tmpdir, "/tmp/sr_reader_test_XXXXXX");
        if (!mkdtemp(tmpdir)) {
            perror("mkdtemp");
            exit(2);
        }
    }
    char *path = made[nmade++];
    snprintf(path, sizeof made[0], "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        perror(path);
        exit(2);
    }
    return path;
}

static const char *write_str(const char *name, const char *data)
{
    return write_file(name, data, strlen(data));
}

static const char *write_gz(const char *name, const char *data, size_t len)
{
    const char *path = write_file(name, "", 0);
    gzFile gz = gzopen(path, "wb");
    if (!gz || gzwrite(gz, data, (unsigned)len) != (int)len || gzclose(gz) != Z_OK) {
        fprintf(stderr, "cannot write %s\n", path);
        exit(2);
    }
    return path;
}

static void cleanup(void)
{
    for (int i = 0; i < nmade; i++)
        unlink(made[i]);
    if (tmpdir[0])
        rmdir(tmpdir);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n + 4096 > cap) {
            cap = cap ? cap * 2 : 8192;
            buf = realloc(buf, cap);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    fclose(f);
    *len = n;
    return buf;
}

/* One call of sr_reader_next, summarised. */
typedef struct step {
    sr_status st;
    sr_record *rec;
    sr_error err;
} step;

static step next(sr_reader *r)
{
    step s;
    memset(&s, 0, sizeof s);
    s.st = sr_reader_next(r, &s.rec, &s.err);
    return s;
}

static sr_reader *open_fmt(const char *path, sr_format fmt)
{
    sr_read_options o = sr_read_options_default();
    o.format = fmt;
    sr_reader *r = NULL;
    sr_error e;
    sr_status st = sr_reader_open(path, &o, &r, &e);
    if (st != SR_OK)
        fprintf(stderr, "  open %s: %s\n", path, e.message);
    return r;
}

/* Counts the good and bad records left in r; frees r. */
static void drain(sr_reader *r, int *good, int *bad)
{
    *good = *bad = 0;
    for (int guard = 0; guard < 100000; guard++) {
        step s = next(r);
        if (s.st == SR_OK) {
            (*good)++;
            sr_record_free(s.rec);
        } else if (s.st == SR_EBADRECORD) {
            (*bad)++;
        } else {
            break;
        }
    }
    sr_reader_free(r);
}

#define CHECK_HAS(hay, needle) do { \
    const char *h_ = (hay); \
    if (!h_ || !strstr(h_, (needle))) { \
        fprintf(stderr, "  %s:%d: %s: \"%s\" lacks \"%s\"\n", __FILE__, __LINE__, \
                harness_current, h_ ? h_ : "(null)", (needle)); \
        harness_current_failed = 1; \
    } } while (0)

/* ------------------------------------------------------------ good paths */

TEST(format_names)
{
    sr_format f;
    CHECK_INT(sr_format_parse("jsonl", &f), SR_OK);
    CHECK_INT(f, SR_FORMAT_JSONL);
    CHECK_INT(sr_format_parse("auto", &f), SR_OK);
    CHECK_INT(f, SR_FORMAT_AUTO);
    CHECK_INT(sr_format_parse("xml", &f), SR_EUSAGE);
    CHECK_STR(sr_format_name(SR_FORMAT_PETRARCH), "petrarch");
    CHECK_STR(sr_format_name(SR_FORMAT_CONLLU), "conllu");
    sr_read_options o = sr_read_options_default();
    CHECK_INT(o.format, SR_FORMAT_AUTO);
    CHECK_INT(o.max_record, SR_DEFAULT_MAX_RECORD);
}

TEST(text_whole_file)
{
    sr_read_options o = sr_read_options_default();
    o.date = "2024-11-28";
    sr_reader *r;
    sr_error e;
    CHECK_INT(sr_reader_open(FIXTURES "articles.txt", &o, &r, &e), SR_OK);
    CHECK_INT(sr_reader_format(r), SR_FORMAT_TEXT);
    step s = next(r);
    CHECK_INT(s.st, SR_OK);
    if (s.rec) {
        CHECK_STR(s.rec->id, FIXTURES "articles.txt#1");
        CHECK_STR(s.rec->date, "2024-11-28");
        CHECK_INT(s.rec->line, 1);
        CHECK_INT(s.rec->index, 1);
        CHECK(strncmp(s.rec->text, "Rebels in the northern hills", 28) == 0);
        CHECK(strstr(s.rec->text, "Several people were hurt.") != NULL);
        CHECK_INT(s.rec->text_len, strlen(s.rec->text));
        CHECK_STR(s.rec->file, FIXTURES "articles.txt");
    }
    sr_record_free(s.rec);
    CHECK_INT(next(r).st, SR_END);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);

    o.id = "story";
    CHECK_INT(sr_reader_open(FIXTURES "articles.txt", &o, &r, &e), SR_OK);
    s = next(r);
    CHECK_STR(s.rec ? s.rec->id : NULL, "story");
    sr_record_free(s.rec);
    sr_reader_free(r);
}

TEST(text_split_blank_ids)
{
    sr_read_options o = sr_read_options_default();
    o.split_blank = 1;
    sr_reader *r;
    sr_error e;
    CHECK_INT(sr_reader_open(FIXTURES "articles.txt", &o, &r, &e), SR_OK);
    const size_t lines[] = {1, 4, 6};
    const char *starts[] = {"Rebels", "The foreign", "Police"};
    for (int i = 0; i < 3; i++) {
        step s = next(r);
        CHECK_INT(s.st, SR_OK);
        if (!s.rec)
            continue;
        char want[128];
        snprintf(want, sizeof want, FIXTURES "articles.txt#%d", i + 1);
        CHECK_STR(s.rec->id, want);
        CHECK_INT(s.rec->line, lines[i]);
        CHECK(strncmp(s.rec->text, starts[i], strlen(starts[i])) == 0);
        sr_record_free(s.rec);
    }
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);

    o.id = "wire";
    CHECK_INT(sr_reader_open(FIXTURES "articles.txt", &o, &r, &e), SR_OK);
    step s = next(r);
    sr_record_free(s.rec);
    s = next(r);
    CHECK_STR(s.rec ? s.rec->id : NULL, "wire#2");
    CHECK_STR(s.rec ? s.rec->text : NULL,
              "The foreign minister flew to the capital for talks on the border dispute.");
    sr_record_free(s.rec);
    sr_reader_free(r);
}

TEST(jsonl_fields_and_dates)
{
    sr_reader *r = open_fmt(FIXTURES "articles.jsonl", SR_FORMAT_AUTO);
    CHECK(r != NULL);
    if (!r)
        return;
    CHECK_INT(sr_reader_format(r), SR_FORMAT_JSONL);
    step s = next(r);
    CHECK_INT(s.st, SR_OK);
    if (s.rec) {
        CHECK_STR(s.rec->id, "a-1");
        CHECK_STR(s.rec->date, "2025-03-14");
        CHECK_STR(s.rec->title, "Ceasefire talks resume");
        CHECK_STR(s.rec->url, "https://example.org/a-1");
        CHECK_STR(s.rec->source, "Example Wire");
        CHECK_INT(s.rec->line, 1);
    }
    sr_record_free(s.rec);
    s = next(r);   /* line 2 is blank and skipped */
    if (s.rec) {
        CHECK_STR(s.rec->id, "4711");
        CHECK_STR(s.rec->date, "2025-03-14");
        CHECK_INT(s.rec->line, 3);
        CHECK_INT(s.rec->index, 2);
    }
    sr_record_free(s.rec);
    s = next(r);
    if (s.rec) {
        CHECK_STR(s.rec->id, FIXTURES "articles.jsonl#3");
        CHECK_STR(s.rec->date, "2024-02-29");
    }
    sr_record_free(s.rec);
    s = next(r);   /* an integer Unix time in "timestamp" */
    CHECK_STR(s.rec ? s.rec->date : NULL, "2025-03-14");
    sr_record_free(s.rec);
    s = next(r);
    if (s.rec) {
        CHECK(s.rec->date == NULL);
        CHECK_STR(s.rec->text, "Caf\xC3\xA9 owners in the old town went on strike.");
        CHECK(s.rec->title == NULL);
    }
    sr_record_free(s.rec);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
}

TEST(jsonl_date_forms)
{
    const char *in =
        "{\"text\": \"a\", \"date\": \"2025-03-14\"}\n"
        "{\"text\": \"b\", \"date\": \"2025-03-14T23:59:59.250Z\"}\n"
        "{\"text\": \"c\", \"published\": \"2025-03-14 20:30\"}\n"
        "{\"text\": \"d\", \"pubdate\": \"2025-03-14T20:30:26-0500\"}\n"
        "{\"text\": \"e\", \"timestamp\": 0}\n"
        "{\"text\": \"f\", \"date\": \"2025-02-29\"}\n"
        "{\"text\": \"g\", \"date\": \"2025-03-14T25:00:00Z\"}\n"
        "{\"text\": \"h\", \"timestamp\": \"yesterday\"}\n"
        "{\"text\": \"i\", \"date\": 20250314}\n";
    sr_reader *r = open_fmt(write_str("dates.jsonl", in), SR_FORMAT_AUTO);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    const char *want[] = {"2025-03-14", "2025-03-14", "2025-03-14", "2025-03-14", "1970-01-01"};
    for (int i = 0; i < 5; i++) {
        step s = next(r);
        CHECK_INT(s.st, SR_OK);
        CHECK_STR(s.rec ? s.rec->date : NULL, want[i]);
        sr_record_free(s.rec);
    }
    for (int i = 0; i < 4; i++) {
        step s = next(r);
        CHECK_INT(s.st, SR_EBADRECORD);
        CHECK_INT(s.err.line, (size_t)(6 + i));
        CHECK_INT(s.err.record, (size_t)(6 + i));
        CHECK_HAS(s.err.message, "date");
    }
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
}

TEST(petrarch_fixture)
{
    sr_reader *r = open_fmt(FIXTURES "sample.petr.xml", SR_FORMAT_AUTO);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    CHECK_INT(sr_reader_format(r), SR_FORMAT_PETRARCH);
    step s = next(r);
    CHECK_INT(s.st, SR_OK);
    if (s.rec) {
        CHECK_STR(s.rec->id, "T-01");
        CHECK_STR(s.rec->date, "2021-03-05");
        CHECK_STR(s.rec->category, "DEMO");
        CHECK_INT(s.rec->evaluate, 1);
        CHECK_INT(s.rec->line, 17);
        CHECK_STR(s.rec->text,
                  "The envoy of Aland visited Borland on Friday & met the r\xC3\xA9gent.");
        CHECK_STR(s.rec->gold,
                  "<EventCoding eventcode=\"042\" sourcecode=\"AAA\" targetcode=\"BBB\" />\n"
                  "<EventCoding sourcecode=\"BBB\" targetcode=\"AAA\" eventcode=\"043\">"
                  "</EventCoding>\n");
        CHECK(s.rec->parse && strncmp(s.rec->parse, "1\tThe\tthe", 9) == 0);
        CHECK(s.rec->parse && s.rec->parse[strlen(s.rec->parse) - 1] == '_');
        CHECK_INT(s.rec->parse_is_penn, 0);
        CHECK_STR(s.rec->options, "stop_on_error=True\n");
    }
    sr_record_free(s.rec);
    s = next(r);
    CHECK_INT(s.st, SR_OK);
    if (s.rec) {
        CHECK_STR(s.rec->id, "T-02");
        CHECK_INT(s.rec->evaluate, 0);
        CHECK_STR(s.rec->text, "Aland and Borland signed a trade pact.");
        CHECK(s.rec->gold == NULL);
        CHECK(s.rec->parse == NULL);
        CHECK_STR(s.rec->options, "stop_on_error=True\nrequire_dyad=false\n");
    }
    sr_record_free(s.rec);
    s = next(r);
    CHECK_INT(s.st, SR_OK);
    if (s.rec) {
        CHECK_STR(s.rec->id, "T-03");
        CHECK_STR(s.rec->date, "2021-03-07");
        CHECK_STR(s.rec->source, "AFP");
        CHECK_STR(s.rec->text, "A quoted \"truce\" held <for now>.");
        CHECK_INT(s.rec->parse_is_penn, 1);
        CHECK(s.rec->parse == NULL);
        CHECK(s.rec->category == NULL);
        CHECK_STR(s.rec->options, "stop_on_error=True\nrequire_dyad=true\ncomma_max=4\n");
    }
    sr_record_free(s.rec);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
}

TEST(petrarch_config_across_lines)
{
    const char *in = "<Sentences>\n<Config option=\"a\"\n        value=\"1\" />\n"
                     "<Sentence id=\"x\"><Text>x</Text></Sentence><Config option=\"a\" value=\"2\"/>\n"
                     "<Sentence id=\"y\"><Text>y</Text></Sentence>\n<Config option=\"b\"\n";
    sr_reader *r = open_fmt(write_str("config.xml", in), SR_FORMAT_PETRARCH);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    step s = next(r);
    CHECK_STR(s.rec ? s.rec->options : NULL, "a=1\n");
    sr_record_free(s.rec);
    s = next(r);
    CHECK_STR(s.rec ? s.rec->options : NULL, "a=2\n");
    CHECK_INT(s.rec ? s.rec->line : 0, 5);
    sr_record_free(s.rec);
    s = next(r);   /* the last <Config is never closed */
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 6);
    CHECK_HAS(s.err.message, "<Config> not closed");
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
}

TEST(conllu_documents)
{
    sr_reader *r = open_fmt(FIXTURES "sample.conllu", SR_FORMAT_AUTO);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    CHECK_INT(sr_reader_format(r), SR_FORMAT_CONLLU);
    step s = next(r);   /* before the first newdoc: a sentence on its own */
    CHECK_INT(s.st, SR_OK);
    if (s.rec) {
        CHECK_STR(s.rec->id, "loose-1");
        CHECK_STR(s.rec->text, "Troops crossed the river.");
        CHECK_INT(s.rec->line, 1);
        CHECK(s.rec->parse && strstr(s.rec->parse, "4\triver\t") != NULL);
    }
    sr_record_free(s.rec);
    s = next(r);
    CHECK_INT(s.st, SR_OK);
    if (s.rec) {
        CHECK_STR(s.rec->id, "doc-a");
        /* The second sentence has no "# text =": rebuilt from its forms. */
        CHECK_STR(s.rec->text, "Talks began. They ended.");
        CHECK_INT(s.rec->line, 9);
        CHECK(s.rec->parse && strncmp(s.rec->parse, "# newdoc id = doc-a\n", 20) == 0);
        CHECK(s.rec->parse && strstr(s.rec->parse, "# sent_id = doc-a-2") != NULL);
        CHECK(s.rec->parse && strstr(s.rec->parse, "doc-b") == NULL);
    }
    sr_record_free(s.rec);
    s = next(r);
    CHECK_STR(s.rec ? s.rec->id : NULL, "doc-b");
    CHECK_STR(s.rec ? s.rec->text : NULL, "Rain fell.");
    sr_record_free(s.rec);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
}

TEST(gzip_input)
{
    size_t len;
    char *data = slurp(FIXTURES "articles.jsonl", &len);
    CHECK(data != NULL);
    if (!data)
        return;
    const char *gz = write_gz("articles.jsonl.gz", data, len);
    int good, bad;
    sr_reader *r = open_fmt(gz, SR_FORMAT_AUTO);
    CHECK(r != NULL);
    if (r) {
        CHECK_INT(sr_reader_format(r), SR_FORMAT_JSONL);
        step s = next(r);
        CHECK_STR(s.rec ? s.rec->id : NULL, "a-1");
        sr_record_free(s.rec);
        drain(r, &good, &bad);
        CHECK_INT(good, 4);
        CHECK_INT(bad, 0);
    }
    free(data);

    data = slurp(FIXTURES "sample.petr.xml", &len);
    gz = write_gz("sample.xml.gz", data, len);
    r = open_fmt(gz, SR_FORMAT_AUTO);
    CHECK(r && sr_reader_format(r) == SR_FORMAT_PETRARCH);
    if (r) {
        drain(r, &good, &bad);
        CHECK_INT(good, 3);
    }
    /* A gzip stream cut short is a read error, not a silently short file. */
    size_t gzlen;
    char *whole = slurp(gz, &gzlen);
    const char *half = write_file("half.xml.gz", whole, gzlen / 2);
    free(whole);
    free(data);
    sr_read_options o = sr_read_options_default();
    sr_error e;
    sr_status st = sr_reader_open(half, &o, &r, &e);
    if (st == SR_OK) {
        step s;
        do {
            s = next(r);
            sr_record_free(s.rec);
        } while (s.st == SR_OK || s.st == SR_EBADRECORD);
        st = s.st;
        e = s.err;
        sr_reader_free(r);
    }
    CHECK_INT(st, SR_EIO);
    CHECK_HAS(e.message, "read error");
}

TEST(stdin_input)
{
    const char *path = write_str("stdin.txt", "Border guards exchanged fire.\n\nTalks stalled.\n");
    int saved = dup(STDIN_FILENO);
    if (!freopen(path, "r", stdin)) {
        CHECK(0);
        return;
    }
    sr_read_options o = sr_read_options_default();
    o.split_blank = 1;
    sr_reader *r;
    sr_error e;
    CHECK_INT(sr_reader_open("-", &o, &r, &e), SR_OK);
    step s = next(r);
    CHECK_STR(s.rec ? s.rec->id : NULL, "-#1");
    CHECK_STR(s.rec ? s.rec->file : NULL, "-");
    sr_record_free(s.rec);
    s = next(r);
    CHECK_STR(s.rec ? s.rec->text : NULL, "Talks stalled.");
    sr_record_free(s.rec);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
    dup2(saved, STDIN_FILENO);
    close(saved);
}

TEST(auto_detection_and_override)
{
    struct { const char *name, *data; sr_format want; } cases[] = {
        {"d1.txt", "\n\n  {\"text\": \"x\"}\n", SR_FORMAT_JSONL},
        {"d2.txt", "\xEF\xBB\xBF<Sentences>\n", SR_FORMAT_PETRARCH},
        {"d3.txt", "# newdoc id = n\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", SR_FORMAT_CONLLU},
        {"d4.txt", "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", SR_FORMAT_CONLLU},
        {"d5.txt", "# text = A\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", SR_FORMAT_CONLLU},
        {"d6.txt", "# A heading\n1 January was quiet.\n", SR_FORMAT_TEXT},
        {"d7.txt", "Troops moved in.\n", SR_FORMAT_TEXT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sr_reader *r = open_fmt(write_str(cases[i].name, cases[i].data), SR_FORMAT_AUTO);
        CHECK(r != NULL);
        if (!r)
            continue;
        if (sr_reader_format(r) != cases[i].want)
            fprintf(stderr, "  case %s\n", cases[i].name);
        CHECK_INT(sr_reader_format(r), cases[i].want);
        sr_reader_free(r);
    }
    /* Forced to text, a JSON line is just text. */
    sr_reader *r = open_fmt(FIXTURES "articles.jsonl", SR_FORMAT_TEXT);
    CHECK(r && sr_reader_format(r) == SR_FORMAT_TEXT);
    if (r) {
        step s = next(r);
        CHECK(s.rec && s.rec->text[0] == '{');
        sr_record_free(s.rec);
        sr_reader_free(r);
    }
}

TEST(bad_options)
{
    sr_read_options o = sr_read_options_default();
    o.date = "2025-02-30";
    sr_reader *r = NULL;
    sr_error e;
    CHECK_INT(sr_reader_open(FIXTURES "articles.txt", &o, &r, &e), SR_EUSAGE);
    CHECK_HAS(e.message, "2025-02-30");
    CHECK(r == NULL);
    o.date = "2025-3-1";
    CHECK_INT(sr_reader_open(FIXTURES "articles.txt", &o, &r, &e), SR_EUSAGE);
}

/* ------------------------------------------------------------ bad input */

TEST(bad_jsonl_invalid_utf8)
{
    const char *in = "{\"id\": \"1\", \"text\": \"fine\"}\n"
                     "{\"id\": \"2\", \"text\": \"caf\xE9 noir\"}\n"
                     "{\"id\": \"3\", \"text\": \"also fine\"}\n";
    sr_reader *r = open_fmt(write_str("utf8.jsonl", in), SR_FORMAT_AUTO);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    step s = next(r);
    CHECK_INT(s.st, SR_OK);
    sr_record_free(s.rec);
    s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.code, SR_EBADRECORD);
    CHECK_INT(s.err.line, 2);
    CHECK_INT(s.err.record, 2);
    CHECK_HAS(s.err.message, "UTF-8");
    CHECK_HAS(s.err.message, "column 25");
    CHECK_HAS(s.err.file, "utf8.jsonl");
    s = next(r);
    CHECK_INT(s.st, SR_OK);
    CHECK_STR(s.rec ? s.rec->id : NULL, "3");
    CHECK_INT(s.rec ? s.rec->index : 0, 3);
    sr_record_free(s.rec);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
}

TEST(bad_text_invalid_utf8)
{
    const char *in = "First article, all fine.\n\nSecond one\nhas a \xC3\x28 bad pair.\n\nThird.\n";
    sr_read_options o = sr_read_options_default();
    o.split_blank = 1;
    sr_reader *r;
    sr_error e;
    CHECK_INT(sr_reader_open(write_str("utf8.txt", in), &o, &r, &e), SR_OK);
    step s = next(r);
    CHECK_INT(s.st, SR_OK);
    sr_record_free(s.rec);
    s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 4);
    CHECK_HAS(s.err.message, "line 4, column 7");
    s = next(r);
    CHECK_STR(s.rec ? s.rec->text : NULL, "Third.");
    CHECK_INT(s.rec ? s.rec->index : 0, 3);
    sr_record_free(s.rec);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);

    /* A NUL byte past the first 4 KB (so not caught as binary data). */
    char in2[6000];
    memset(in2, 'w', sizeof in2);
    for (size_t i = 60; i < sizeof in2; i += 61)
        in2[i] = '\n';
    in2[5000] = '\0';
    CHECK_INT(sr_reader_open(write_file("nul-late.txt", in2, sizeof in2), &o, &r, &e), SR_OK);
    s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 82);
    CHECK_HAS(s.err.message, "NUL byte at line 82, column 60");
    sr_reader_free(r);
}

static void one_bad_jsonl_line(const char *name, const char *bad, const char *word)
{
    char in[512];
    snprintf(in, sizeof in, "{\"text\": \"one\"}\n%s\n{\"text\": \"three\"}\n", bad);
    sr_reader *r = open_fmt(write_str(name, in), SR_FORMAT_JSONL);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    step s = next(r);
    CHECK_INT(s.st, SR_OK);
    sr_record_free(s.rec);
    s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 2);
    CHECK_INT(s.err.record, 2);
    CHECK_HAS(s.err.message, word);
    s = next(r);
    CHECK_INT(s.st, SR_OK);
    CHECK_STR(s.rec ? s.rec->text : NULL, "three");
    sr_record_free(s.rec);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
}

TEST(bad_jsonl_truncated)
{
    one_bad_jsonl_line("trunc.jsonl", "{\"id\": \"x\", \"text\": \"cut off", "invalid JSON");
    one_bad_jsonl_line("trunc2.jsonl", "{\"id\": \"x\", \"text\": \"cut off", "column");
}

TEST(bad_jsonl_not_object)
{
    one_bad_jsonl_line("array.jsonl", "[\"a\", \"b\"]", "expected a JSON object");
    one_bad_jsonl_line("string.jsonl", "\"just a string\"", "JSON object");
}

TEST(bad_jsonl_missing_text)
{
    one_bad_jsonl_line("notext.jsonl", "{\"id\": \"x\", \"title\": \"no body\"}", "\"text\"");
    one_bad_jsonl_line("numtext.jsonl", "{\"id\": \"x\", \"text\": 42}", "expected a string");
    one_bad_jsonl_line("badid.jsonl", "{\"id\": [1], \"text\": \"x\"}", "\"id\"");
}

TEST(bad_jsonl_date)
{
    one_bad_jsonl_line("date1.jsonl", "{\"text\": \"x\", \"date\": \"14/03/2025\"}", "date");
    one_bad_jsonl_line("date2.jsonl", "{\"text\": \"x\", \"published\": \"2025-13-01\"}",
                       "published");
    one_bad_jsonl_line("date3.jsonl", "{\"text\": \"x\", \"date\": true}", "date");
}

TEST(bad_xml_without_text)
{
    const char *in = "<Sentences>\n"
                     "<Sentence id=\"A\" date=\"20200101\">\n<Text>Good one.</Text>\n</Sentence>\n"
                     "<Sentence id=\"B\" date=\"20200101\">\n<Parse>(ROOT)</Parse>\n</Sentence>\n"
                     "<Sentence id=\"C\" date=\"2020010\">\n<Text>Bad date.</Text>\n</Sentence>\n"
                     "<Sentence id=\"D\" date=\"20200102\">\n<Text>Good again.</Text>\n</Sentence>\n"
                     "</Sentences>\n";
    sr_reader *r = open_fmt(write_str("notext.xml", in), SR_FORMAT_AUTO);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    step s = next(r);
    CHECK_STR(s.rec ? s.rec->id : NULL, "A");
    sr_record_free(s.rec);
    s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 5);
    CHECK_INT(s.err.record, 2);
    CHECK_HAS(s.err.message, "record B at line 5 has no <Text>");
    s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 8);
    CHECK_HAS(s.err.message, "date");
    s = next(r);
    CHECK_INT(s.st, SR_OK);
    CHECK_STR(s.rec ? s.rec->id : NULL, "D");
    CHECK_STR(s.rec ? s.rec->date : NULL, "2020-01-02");
    CHECK_INT(s.rec ? s.rec->index : 0, 4);
    sr_record_free(s.rec);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
}

TEST(bad_record_over_limit)
{
    /* JSONL: a 5000-byte line with a limit of 200 bytes. */
    size_t big = 5000;
    char *in = malloc(big + 200);
    int n = sprintf(in, "{\"text\": \"short\"}\n{\"text\": \"");
    memset(in + n, 'a', big);
    n += (int)big;
    n += sprintf(in + n, "\"}\n{\"text\": \"after\"}\n");
    const char *path = write_file("big.jsonl", in, (size_t)n);
    sr_read_options o = sr_read_options_default();
    o.max_record = 200;
    sr_reader *r;
    sr_error e;
    CHECK_INT(sr_reader_open(path, &o, &r, &e), SR_OK);
    step s = next(r);
    CHECK_INT(s.st, SR_OK);
    sr_record_free(s.rec);
    s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 2);
    CHECK_HAS(s.err.message, "5012 bytes");
    CHECK_HAS(s.err.message, "limit of 200 bytes");
    s = next(r);
    CHECK_STR(s.rec ? s.rec->text : NULL, "after");
    CHECK_INT(s.rec ? s.rec->line : 0, 3);
    sr_record_free(s.rec);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);

    /* Text, split on blank lines: the middle article is too long. */
    n = sprintf(in, "Short.\n\n");
    for (int i = 0; i < 30; i++)
        n += sprintf(in + n, "Line %02d of a long article.\n", i);
    n += sprintf(in + n, "\nLast.\n");
    o.split_blank = 1;
    CHECK_INT(sr_reader_open(write_file("big.txt", in, (size_t)n), &o, &r, &e), SR_OK);
    s = next(r);
    CHECK_STR(s.rec ? s.rec->text : NULL, "Short.");
    sr_record_free(s.rec);
    s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 3);
    CHECK_HAS(s.err.message, "limit of 200");
    s = next(r);
    CHECK_STR(s.rec ? s.rec->text : NULL, "Last.");
    CHECK_INT(s.rec ? s.rec->line : 0, 34);
    sr_record_free(s.rec);
    sr_reader_free(r);

    /* PETRARCH: one record's text too long, on a single line. */
    n = sprintf(in, "<Sentences>\n<Sentence id=\"big\">\n<Text>");
    memset(in + n, 'b', 1000);
    n += 1000;
    n += sprintf(in + n, "</Text>\n</Sentence>\n<Sentence id=\"ok\"><Text>Fine.</Text></Sentence>\n");
    o.split_blank = 0;
    CHECK_INT(sr_reader_open(write_file("big.xml", in, (size_t)n), &o, &r, &e), SR_OK);
    s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 2);
    CHECK_HAS(s.err.message, "limit of 200");
    s = next(r);
    CHECK_STR(s.rec ? s.rec->id : NULL, "ok");
    sr_record_free(s.rec);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
    free(in);
}

TEST(bad_empty_file)
{
    sr_reader *r = NULL;
    sr_error e;
    CHECK_INT(sr_reader_open(write_str("empty.txt", ""), NULL, &r, &e), SR_EFORMAT);
    CHECK_HAS(e.message, "empty input");
    CHECK_HAS(e.file, "empty.txt");
    CHECK(r == NULL);
    CHECK_INT(sr_reader_open(write_str("blank.jsonl", " \n\n\t \n"), NULL, &r, &e), SR_EFORMAT);
    CHECK_HAS(e.message, "empty");
    sr_read_options o = sr_read_options_default();
    o.format = SR_FORMAT_JSONL;
    CHECK_INT(sr_reader_open(write_str("empty2.jsonl", ""), &o, &r, &e), SR_EFORMAT);
    /* An empty gzip file is empty too. */
    const char *gz = write_gz("empty.gz", "", 0);
    CHECK_INT(sr_reader_open(gz, NULL, &r, &e), SR_EFORMAT);
    CHECK_HAS(e.message, "empty");
}

TEST(bad_binary_file)
{
    unsigned char bin[600];
    for (size_t i = 0; i < sizeof bin; i++)
        bin[i] = (unsigned char)(i * 37 + 11);
    sr_reader *r = NULL;
    sr_error e;
    const char *path = write_file("noise.bin", (const char *)bin, sizeof bin);
    CHECK_INT(sr_reader_open(path, NULL, &r, &e), SR_EFORMAT);
    CHECK_HAS(e.message, "binary data, not text");
    CHECK(r == NULL);
    /* Text with one NUL byte is binary as well. */
    CHECK_INT(sr_reader_open(write_file("nul.txt", "Some words\0more", 15), NULL, &r, &e),
              SR_EFORMAT);
    CHECK_HAS(e.message, "binary");
    /* Compressed text is not binary: gzip is unpacked before the check. */
    const char *gz = write_gz("words.gz", "Plain words.\n", 13);
    CHECK_INT(sr_reader_open(gz, NULL, &r, &e), SR_OK);
    sr_reader_free(r);
}

TEST(bad_missing_file)
{
    sr_reader *r = NULL;
    sr_error e;
    CHECK_INT(sr_reader_open("/nonexistent/folder/news.jsonl", NULL, &r, &e), SR_EIO);
    CHECK_HAS(e.message, "No such file");
    CHECK_STR(e.file, "/nonexistent/folder/news.jsonl");
    CHECK(r == NULL);
    CHECK_INT(sr_reader_open("tests", NULL, &r, &e), SR_EIO);
    CHECK_HAS(e.message, "directory");
}

TEST(bad_xml_unterminated)
{
    /* Not closed before the next record: that record is still read. */
    const char *in = "<Sentences>\n"
                     "<Sentence id=\"A\">\n<Text>Cut short.</Text>\n"
                     "<Sentence id=\"B\">\n<Text>Whole.</Text>\n</Sentence>\n"
                     "<Sentence id=\"C\">\n<Text>Cut at the end of the file.\n";
    sr_reader *r = open_fmt(write_str("unterminated.xml", in), SR_FORMAT_AUTO);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    step s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 2);
    CHECK_HAS(s.err.message, "not closed");
    s = next(r);
    CHECK_INT(s.st, SR_OK);
    CHECK_STR(s.rec ? s.rec->id : NULL, "B");
    sr_record_free(s.rec);
    s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 7);
    CHECK_HAS(s.err.message, "end of input");
    CHECK_INT(next(r).st, SR_END);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
}

TEST(bad_xml_nested_comment)
{
    const char *in = "<Sentences>\n"
                     "<!-- outer <!-- inner --> still a comment\n"
                     "<Sentence id=\"HIDDEN\"><Text>No.</Text></Sentence>\n"
                     "-->\n"
                     "<Sentence id=\"SEEN\">\n<!-- a comment <!-- nested --> in a record -->\n"
                     "<Text>Yes.</Text></Sentence>\n";
    sr_reader *r = open_fmt(write_str("comments.xml", in), SR_FORMAT_AUTO);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    int good = 0;
    for (;;) {
        step s = next(r);
        if (s.st != SR_OK) {
            CHECK_INT(s.st, SR_END);
            break;
        }
        good++;
        CHECK_STR(s.rec->id, "SEEN");
        CHECK_STR(s.rec->text, "Yes.");
        CHECK_INT(s.rec->line, 5);
        CHECK_INT(s.rec->index, 1);
        sr_record_free(s.rec);
    }
    CHECK_INT(good, 1);
    sr_reader_free(r);

    /* A comment never closed hides the rest of the file: that is reported. */
    r = open_fmt(write_str("open.xml", "<Sentences>\n<Sentence id=\"A\"><Text>a</Text></Sentence>\n"
                                       "<!-- left open\n<Sentence id=\"B\"><Text>b</Text></Sentence>\n"),
                 SR_FORMAT_AUTO);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    step s = next(r);
    CHECK_STR(s.rec ? s.rec->id : NULL, "A");
    sr_record_free(s.rec);
    s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 3);
    CHECK_HAS(s.err.message, "not closed");
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
}

TEST(bad_xml_invalid_utf8)
{
    const char *in = "<Sentences>\n<Sentence id=\"A\">\n<Text>\nna\xFFve\n</Text></Sentence>\n"
                     "<Sentence id=\"B\"><Text>ok</Text></Sentence>\n";
    sr_reader *r = open_fmt(write_str("utf8.xml", in), SR_FORMAT_AUTO);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    step s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 4);
    CHECK_HAS(s.err.message, "line 4, column 3");
    s = next(r);
    CHECK_STR(s.rec ? s.rec->id : NULL, "B");
    sr_record_free(s.rec);
    sr_reader_free(r);
}

TEST(bad_conllu_line)
{
    const char *in = "# newdoc id = one\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n"
                     "# newdoc id = two\n1\tB\tb\tX\tX\t_\t0\troot\n\n"
                     "# newdoc id = three\n1\tC\tc\tX\tX\t_\t0\troot\t_\t_\n";
    sr_reader *r = open_fmt(write_str("bad.conllu", in), SR_FORMAT_AUTO);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    step s = next(r);
    CHECK_STR(s.rec ? s.rec->id : NULL, "one");
    sr_record_free(s.rec);
    s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_INT(s.err.line, 5);
    CHECK_INT(s.err.record, 2);
    CHECK_HAS(s.err.message, "columns");
    s = next(r);
    CHECK_STR(s.rec ? s.rec->id : NULL, "three");
    CHECK_STR(s.rec ? s.rec->text : NULL, "C");
    sr_record_free(s.rec);
    CHECK_INT(next(r).st, SR_END);
    sr_reader_free(r);
}

TEST(long_line_not_held_whole)
{
    /* A 3 MB line under the default 1 MB limit: skipped, the next read. */
    size_t big = 3u << 20;
    char *in = malloc(big + 64);
    memset(in, 'x', big);
    int n = (int)big;
    n += sprintf(in + n, "\n{\"text\": \"next\"}\n");
    in[0] = '{';
    sr_reader *r = open_fmt(write_file("huge.jsonl", in, (size_t)n), SR_FORMAT_AUTO);
    free(in);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    step s = next(r);
    CHECK_INT(s.st, SR_EBADRECORD);
    CHECK_HAS(s.err.message, "3145728 bytes");
    s = next(r);
    CHECK_STR(s.rec ? s.rec->text : NULL, "next");
    CHECK_INT(s.rec ? s.rec->line : 0, 2);
    sr_record_free(s.rec);
    sr_reader_free(r);
}

/* ------------------------------------------------------------ shared data */

TEST(shared_validation_file)
{
    const char *path = harness_shared_path("ud-petrarch-validation/PETR_Validate_records_2_02.xml");
    if (!path)
        SKIP("UD-PETRARCH validation records absent");
    sr_reader *r = open_fmt(path, SR_FORMAT_AUTO);
    if (!r) {
        CHECK(r != NULL);
        return;
    }
    CHECK_INT(sr_reader_format(r), SR_FORMAT_PETRARCH);
    int good = 0, bad = 0, noeval = 0, with_parse = 0, demo = 0, with_options = 0;
    size_t gold_lines = 0;
    for (;;) {
        step s = next(r);
        if (s.st == SR_EBADRECORD) {
            fprintf(stderr, "  %s:%zu: %s\n", s.err.file, s.err.line, s.err.message);
            bad++;
            continue;
        }
        if (s.st != SR_OK)
            break;
        sr_record *rec = s.rec;
        good++;
        noeval += !rec->evaluate;
        with_parse += rec->parse != NULL && !rec->parse_is_penn;
        with_options += rec->options != NULL;
        demo += rec->category && strcmp(rec->category, "DEMO") == 0;
        for (const char *g = rec->gold; g && *g; g++)
            gold_lines += *g == '\n';
        CHECK(rec->date && strlen(rec->date) == 10);
        if (good == 1) {
            CHECK_STR(rec->id, "DEMO-01");
            CHECK_INT(rec->line, 63);
        }
        if (strcmp(rec->id, "DEMO-03") == 0) {
            CHECK_STR(rec->category, "DEMO");
            CHECK_STR(rec->date, "1995-01-03");
            CHECK_INT(rec->evaluate, 1);
            CHECK_STR(rec->gold,
                      "<EventCoding eventcode=\"042\" sourcecode=\"DAGGOV\" targetcode=\"GON\" />\n"
                      "<EventCoding eventcode=\"043\" sourcecode=\"GON\" targetcode=\"DAGGOV\" />\n");
            CHECK(rec->parse && strncmp(rec->parse, "1\tDagolath\t", 11) == 0);
            CHECK(strncmp(rec->text, "Dagolath's first Deputy Prime Minister", 38) == 0);
            CHECK(strchr(rec->text, '\n') == NULL);
        }
        if (strcmp(rec->id, "COMPOUND-03") == 0)
            CHECK_STR(rec->options, "require_dyad=false\n");
        if (strcmp(rec->id, "FINAL-RECORD") == 0)
            CHECK_INT(rec->index, 274);
        sr_record_free(rec);
    }
    sr_reader_free(r);
    /* 275 "<Sentence " in the file, one of them inside the header comment. */
    CHECK_INT(good, 274);
    CHECK_INT(bad, 0);
    CHECK_INT(with_parse, 274);
    CHECK_INT(noeval, 10);       /* evaluate="false" outside comments */
    CHECK_INT(demo, 35);
    CHECK_INT(gold_lines, 349);  /* every <EventCoding outside comments */
    CHECK(with_options > 0 && with_options < 274);
}

TEST(shared_petrarch2_files)
{
    const char *path = harness_shared_path("petrarch2/text/GigaWord.sample.PETR.xml");
    if (!path)
        SKIP("PETRARCH2 text files absent");
    sr_reader *r = open_fmt(path, SR_FORMAT_AUTO);
    int good = 0, bad = 0, penn = 0;
    for (; r;) {
        step s = next(r);
        if (s.st == SR_EBADRECORD) {
            bad++;
            continue;
        }
        if (s.st != SR_OK)
            break;
        good++;
        penn += s.rec->parse_is_penn && !s.rec->parse;
        if (good == 1) {
            CHECK_STR(s.rec->id, "AFP0808020625_4");
            CHECK_STR(s.rec->date, "2008-08-04");
            CHECK_STR(s.rec->source, "AFP");
        }
        sr_record_free(s.rec);
    }
    sr_reader_free(r);
    CHECK_INT(good, 76);
    CHECK_INT(bad, 0);
    CHECK_INT(penn, 76);

    path = harness_shared_path("petrarch2/text/PETR.UnitTest.records.xml");
    if (!path)
        SKIP("PETRARCH2 unit-test records absent");
    r = open_fmt(path, SR_FORMAT_AUTO);
    CHECK(r != NULL);
    if (r) {
        drain(r, &good, &bad);
        CHECK_INT(good, 284);
        CHECK_INT(bad, 0);
    }
}

TEST(shared_voa_jsonl)
{
    const char *path = harness_shared_path("news/voa_stories.jsonl");
    if (!path)
        SKIP("VOA stories absent");
    sr_reader *r = open_fmt(path, SR_FORMAT_AUTO);
    int good = 0, bad = 0, dated = 0;
    for (; r;) {
        step s = next(r);
        if (s.st == SR_EBADRECORD) {
            bad++;
            continue;
        }
        if (s.st != SR_OK)
            break;
        good++;
        const char *d = s.rec->date;
        dated += d && strlen(d) == 10 && d[4] == '-' && d[7] == '-';
        if (good == 1) {
            CHECK_STR(s.rec->id, "8011115");
            CHECK_STR(s.rec->date, "2025-03-14");
            CHECK_STR(s.rec->title, "Iraq says key Islamic State leader is dead");
            CHECK(s.rec->url && strncmp(s.rec->url, "https://www.voanews.com/", 24) == 0);
        }
        CHECK_INT(s.rec->line, (size_t)good);
        sr_record_free(s.rec);
    }
    sr_reader_free(r);
    CHECK_INT(good, 89);
    CHECK_INT(bad, 0);
    CHECK_INT(dated, 89);
}

TEST(shared_ewt_conllu)
{
    const char *path = harness_shared_path("ud-english-ewt/en_ewt-ud-test.conllu");
    if (!path)
        SKIP("UD English EWT absent");
    sr_reader *r = open_fmt(path, SR_FORMAT_AUTO);
    CHECK(r && sr_reader_format(r) == SR_FORMAT_CONLLU);
    int good, bad;
    if (r) {
        drain(r, &good, &bad);
        CHECK_INT(good, 316);   /* the "# newdoc" lines in the file */
        CHECK_INT(bad, 0);
    }
}

int main(void)
{
    RUN(format_names);
    RUN(text_whole_file);
    RUN(text_split_blank_ids);
    RUN(jsonl_fields_and_dates);
    RUN(jsonl_date_forms);
    RUN(petrarch_fixture);
    RUN(petrarch_config_across_lines);
    RUN(conllu_documents);
    RUN(gzip_input);
    RUN(stdin_input);
    RUN(auto_detection_and_override);
    RUN(bad_options);
    RUN(bad_jsonl_invalid_utf8);
    RUN(bad_text_invalid_utf8);
    RUN(bad_jsonl_truncated);
    RUN(bad_jsonl_not_object);
    RUN(bad_jsonl_missing_text);
    RUN(bad_jsonl_date);
    RUN(bad_xml_without_text);
    RUN(bad_record_over_limit);
    RUN(bad_empty_file);
    RUN(bad_binary_file);
    RUN(bad_missing_file);
    RUN(bad_xml_unterminated);
    RUN(bad_xml_nested_comment);
    RUN(bad_xml_invalid_utf8);
    RUN(bad_conllu_line);
    RUN(long_line_not_held_whole);
    RUN(shared_validation_file);
    RUN(shared_petrarch2_files);
    RUN(shared_voa_jsonl);
    RUN(shared_ewt_conllu);
    cleanup();
    return harness_summary();
}
