/* Tests of the writers (src/output): the JSONL contract, PETRARCH2's TSV
 * column order, the aligned table and CoNLL-U. */
#include "harness.h"
#include "sitrep.h"

#include <jansson.h>

/* A record with one two-sentence text and two events, built by hand. */
static const char article[] =
    "Russian and Syrian warplanes struck\n  rebel-held Idlib on Wednesday. Aid groups said so.";

static sr_record rec;
static sr_token tokens[2];
static sr_sentence sents[2];
static sr_event events[2];
static const sr_event_issue issues[2] = {{"WMD", 2}, {"TERROR", 1}};
static sr_doc doc;

static void build_doc(void)
{
    memset(&rec, 0, sizeof rec);
    rec.id = "voa-1";
    rec.date = "2024-11-28";
    rec.url = "https://example.org/a";
    rec.text = (char *)article;
    rec.text_len = strlen(article);
    sents[0].start = 0;
    sents[0].end = (uint32_t)(strstr(article, " Aid") - article);
    sents[1].start = sents[0].end + 1;
    sents[1].end = (uint32_t)rec.text_len;
    tokens[0] = (sr_token){0, 7, "Russian", NULL, "ADJ", "JJ", "amod", 3, 1};
    tokens[1] = (sr_token){8, 11, "and", NULL, "CCONJ", "CC", "cc", 1, 0};
    sents[0].tokens = tokens;
    sents[0].ntokens = 2;
    memset(events, 0, sizeof events);
    events[0] = (sr_event){0};
    events[0].sent = 0;
    events[0].source = "RUSMIL";
    events[0].target = "SYRREB";
    events[0].code = "195";
    events[0].plover = "ASSAULT";
    events[0].goldstein = -10.0;
    events[0].goldstein_known = 1;
    events[0].quad = 4;
    events[0].source_text = "Russian warplanes";
    events[0].target_text = "rebel-held Idlib";
    events[0].verb_text = "struck";
    events[0].location = (sr_location){"Idlib", "SYR", "Idlib", 35.93, 36.63, 169389, 1, "city"};
    events[0].killed = 25;
    events[0].injured = -1;
    events[0].killed_low = 25;
    events[0].killed_high = -1;
    events[0].date_precision = "day";
    events[0].issues = issues;
    events[0].nissues = 2;
    events[1].sent = 1;
    events[1].source = "NGO";
    events[1].target = NULL;
    events[1].code = "010";
    events[1].killed = events[1].injured = events[1].killed_low = events[1].killed_high = -1;
    memset(&doc, 0, sizeof doc);
    doc.record = &rec;
    doc.sentences = sents;
    doc.nsentences = 2;
    doc.events = events;
    doc.nevents = 2;
}

/* Renders doc in a format into a malloc'd string. */
static char *render(sr_output format)
{
    char *data = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&data, &size);
    sr_writer *w = sr_writer_new(format, f);
    sr_error err;
    CHECK_INT(sr_writer_write(w, &doc, &err), SR_OK);
    CHECK_INT(sr_writer_finish(w, &err), SR_OK);
    sr_writer_free(w);
    fclose(f);
    return data;
}

TEST(jsonl_has_every_contract_key)
{
    build_doc();
    char *out = render(SR_OUTPUT_JSONL);
    char *second = strchr(out, '\n');
    CHECK(second != NULL);
    json_error_t je;
    json_t *o = json_loadb(out, (size_t)(second - out), 0, &je);
    CHECK(o != NULL);
    static const char *const keys[] = {
        "id", "sent", "date", "pubdate", "source", "target", "code", "plover",
        "goldstein", "quad", "source_text", "target_text", "verb_text", "location",
        "killed", "injured", "sentence", "date_precision", "killed_low", "killed_high",
        "issues",
    };
    for (size_t i = 0; o && i < sizeof keys / sizeof keys[0]; i++)
        if (!json_object_get(o, keys[i])) {
            fprintf(stderr, "  missing key %s\n", keys[i]);
            CHECK(0);
        }
    /* Issues follow quad, as docs/jsonl.md lists them. */
    CHECK(strstr(out, "\"quad\":4,\"issues\":[{\"code\":\"WMD\",\"count\":2},"
                      "{\"code\":\"TERROR\",\"count\":1}],\"source_text\"") != NULL);
    if (o) {
        CHECK_STR(json_string_value(json_object_get(o, "id")), "voa-1");
        CHECK_STR(json_string_value(json_object_get(o, "code")), "195");
        CHECK_STR(json_string_value(json_object_get(o, "date")), "2024-11-28");
        CHECK_INT(json_integer_value(json_object_get(o, "killed")), 25);
        CHECK(json_is_null(json_object_get(o, "injured")));
        CHECK_INT(json_integer_value(json_object_get(o, "killed_low")), 25);
        CHECK(json_is_null(json_object_get(o, "killed_high")));
        CHECK_STR(json_string_value(json_object_get(o, "date_precision")), "day");
        CHECK_STR(json_string_value(json_object_get(o, "sentence")),
                  "Russian and Syrian warplanes struck rebel-held Idlib on Wednesday.");
        json_t *loc = json_object_get(o, "location");
        CHECK_STR(json_string_value(json_object_get(loc, "country")), "SYR");
        CHECK(json_real_value(json_object_get(loc, "lat")) > 35.9);
        CHECK_INT(json_integer_value(json_object_get(loc, "geonameid")), 169389);
        CHECK_STR(json_string_value(json_object_get(loc, "kind")), "city");
    }
    json_decref(o);
    /* Second event: unknowns are null, a missing target is "---". */
    json_t *o2 = json_loads(second + 1, JSON_DISABLE_EOF_CHECK, &je);
    CHECK(o2 != NULL);
    if (o2) {
        CHECK_STR(json_string_value(json_object_get(o2, "target")), "---");
        CHECK(json_is_null(json_object_get(o2, "location")));
        CHECK(json_is_null(json_object_get(o2, "goldstein")));
        CHECK(json_is_null(json_object_get(o2, "plover")));
        CHECK_STR(json_string_value(json_object_get(o2, "sentence")), "Aid groups said so.");
        /* No issues: an empty array, never null. */
        json_t *iss = json_object_get(o2, "issues");
        CHECK(json_is_array(iss) && json_array_size(iss) == 0);
    }
    json_decref(o2);
    free(out);
}

TEST(tsv_follows_petrarch2_column_order)
{
    build_doc();
    char *out = render(SR_OUTPUT_TSV);
    char *line_end = strchr(out, '\n');
    CHECK(line_end != NULL);
    *line_end = '\0';
    char *cols[32];
    int n = 0;
    for (char *p = out; p && n < 32;) {
        cols[n++] = p;
        char *tab = strchr(p, '\t');
        if (tab)
            *tab = '\0';
        p = tab ? tab + 1 : NULL;
    }
    CHECK_INT(n, 20);
    if (n == 20) {
        CHECK_STR(cols[0], "20241128");
        CHECK_STR(cols[1], "RUSMIL");
        CHECK_STR(cols[2], "SYRREB");
        CHECK_STR(cols[3], "195");
        CHECK_STR(cols[4], "WMD,2;TERROR,1");
        CHECK_STR(cols[5], "voa-1-0");
        CHECK_STR(cols[6], "https://example.org/a");
        CHECK_STR(cols[7], "NULL");
        CHECK_STR(cols[10], "struck");
        CHECK_STR(cols[11], "ASSAULT");
        CHECK_STR(cols[12], "-10.0");
        CHECK_STR(cols[18], "25");
        CHECK_STR(cols[19], "");
    }
    free(out);
}

TEST(table_aligns_columns)
{
    build_doc();
    char *out = render(SR_OUTPUT_TABLE);
    /* Header plus two rows, and every row starts its SOURCE column at the
     * same offset. */
    char *lines[3];
    int n = 0;
    for (char *p = out; *p && n < 3; n++) {
        lines[n] = p;
        char *nl = strchr(p, '\n');
        CHECK(nl != NULL);
        if (!nl)
            break;
        *nl = '\0';
        p = nl + 1;
    }
    CHECK_INT(n, 3);
    if (n == 3) {
        char *h = strstr(lines[0], "SOURCE");
        char *r1 = strstr(lines[1], "RUSMIL");
        char *r2 = strstr(lines[2], "NGO");
        CHECK(h && r1 && r2);
        CHECK(strstr(lines[0], "ISSUES") && strstr(lines[1], "WMD(2) TERROR"));
        if (h && r1 && r2) {
            CHECK_INT(r1 - lines[1], h - lines[0]);
            CHECK_INT(r2 - lines[2], h - lines[0]);
        }
    }
    free(out);
}

TEST(conllu_writes_tokens_and_comments)
{
    build_doc();
    char *out = render(SR_OUTPUT_CONLLU);
    CHECK(strstr(out, "# newdoc id = voa-1\n") != NULL);
    CHECK(strstr(out, "# sent_id = voa-1-1\n# text = Russian and Syrian warplanes struck "
                      "rebel-held Idlib on Wednesday.\n") != NULL);
    CHECK(strstr(out, "1\tRussian\t_\tADJ\tJJ\t_\t3\tamod\t_\t_\n") != NULL);
    CHECK(strstr(out, "2\tand\t_\tCCONJ\tCC\t_\t1\tcc\t_\t_\n") != NULL);
    free(out);
}

TEST(write_failure_is_reported)
{
    build_doc();
    FILE *f = fopen("/dev/full", "w");
    if (!f)
        SKIP("/dev/full not available");
    sr_writer *w = sr_writer_new(SR_OUTPUT_JSONL, f);
    sr_error err;
    memset(&err, 0, sizeof err);
    CHECK_INT(sr_writer_write(w, &doc, &err), SR_OK); /* held in the writer's buffer */
    CHECK_INT(sr_writer_finish(w, &err), SR_EIO);
    CHECK(strstr(err.message, "cannot write") != NULL);
    sr_writer_free(w);
    fclose(f);
}

TEST(explanations_follow_their_event)
{
    build_doc();
    events[0].explain = "verb STRUCK: verbs.txt:12 - $ * +\nsource RUSSIAN: actors.txt:3";
    sr_note note = {1, "no verb in the dictionary"};
    doc.notes = &note;
    doc.nnotes = 1;
    char *out = render(SR_OUTPUT_JSONL);
    CHECK(strstr(out, "\"explain\":[\"verb STRUCK: verbs.txt:12 - $ * +\","
                      "\"source RUSSIAN: actors.txt:3\"]") != NULL);
    CHECK(strstr(out, "{\"id\":\"voa-1\",\"sent\":1,\"code\":null,"
                      "\"explain\":[\"no verb in the dictionary\"]") != NULL);
    free(out);
    out = render(SR_OUTPUT_TABLE);
    char *row = strstr(out, "RUSMIL");
    char *why = strstr(out, "    why: verb STRUCK: verbs.txt:12");
    CHECK(row && why && row < why);
    CHECK(strstr(out, "voa-1 sentence 1: no event\n    why: no verb in the dictionary\n") != NULL);
    free(out);
    out = render(SR_OUTPUT_TSV);
    CHECK(strstr(out, "\tverb STRUCK: verbs.txt:12 - $ * + | source RUSSIAN: actors.txt:3\n") != NULL);
    free(out);
    events[0].explain = NULL;
    doc.notes = NULL;
    doc.nnotes = 0;
}

TEST(output_names_parse)
{
    sr_output o;
    CHECK_INT(sr_output_parse("jsonl", &o), SR_OK);
    CHECK_INT(o, SR_OUTPUT_JSONL);
    CHECK_INT(sr_output_parse("table", &o), SR_OK);
    CHECK_INT(o, SR_OUTPUT_TABLE);
    CHECK_INT(sr_output_parse("xml", &o), SR_EUSAGE);
}

int main(void)
{
    RUN(jsonl_has_every_contract_key);
    RUN(tsv_follows_petrarch2_column_order);
    RUN(table_aligns_columns);
    RUN(conllu_writes_tokens_and_comments);
    RUN(write_failure_is_reported);
    RUN(explanations_follow_their_event);
    RUN(output_names_parse);
    return harness_summary();
}
