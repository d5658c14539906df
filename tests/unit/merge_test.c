/* Tests of the cross-record merger (sr_merger, src/pipeline/merge*.c) and
 * of the string table under it (src/base/strmap): grouping on date,
 * source, target, root and place; sources and records; bad lines. */
#include "harness.h"
#include "sitrep.h"
#include "base/strmap.h"

#include <jansson.h>

/* An event line as `sitrep code` writes it, with the keys the merger
 * reads; rest is spliced in before the closing brace. */
static char *line(const char *id, const char *date, const char *src, const char *tgt,
                  const char *code, const char *rest)
{
    static char buf[1024];
    snprintf(buf, sizeof buf,
             "{\"id\":\"%s\",\"sent\":0,\"date\":\"%s\",\"source\":\"%s\",\"target\":\"%s\","
             "\"code\":\"%s\",\"location\":null,\"killed\":null%s}",
             id, date, src, tgt, code, rest);
    return buf;
}

static sr_status add(sr_merger *m, const char *text, sr_error *err)
{
    return sr_merger_add_line(m, text, strlen(text), "in.jsonl", 7, err);
}

/* Writes the merged events and reads them back as an array. */
static json_t *written(sr_merger *m)
{
    char *data = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&data, &size);
    CHECK_INT(sr_merger_write(m, f, NULL), SR_OK);
    fclose(f);
    json_t *all = json_array();
    for (char *p = data; p && *p;) {
        char *nl = strchr(p, '\n');
        json_t *o = json_loadb(p, nl ? (size_t)(nl - p) : strlen(p), 0, NULL);
        CHECK(o != NULL);
        if (o)
            json_array_append_new(all, o);
        p = nl ? nl + 1 : p + strlen(p);
    }
    free(data);
    return all;
}

static long long int_of(json_t *o, const char *key)
{
    return json_integer_value(json_object_get(o, key));
}

TEST(same_event_from_two_outlets_is_written_once)
{
    sr_merger *m = sr_merger_new();
    CHECK_INT(add(m, line("a-1", "2024-11-30", "RUSMIL", "SYR", "190", ",\"mentions\":2"), NULL),
              SR_OK);
    CHECK_INT(add(m, line("b-7", "2024-11-30", "RUSMIL", "SYR", "195", ""), NULL), SR_OK);
    CHECK_INT(add(m, line("a-2", "2024-11-30", "TUR", "RUS", "111", ""), NULL), SR_OK);
    json_t *out = written(m);
    CHECK_INT(json_array_size(out), 2);
    json_t *e = json_array_get(out, 0);
    CHECK_STR(json_string_value(json_object_get(e, "code")), "195");
    CHECK_STR(json_string_value(json_object_get(e, "id")), "b-7");
    CHECK_INT(int_of(e, "mentions"), 3);
    CHECK_INT(int_of(e, "sources"), 2);
    json_t *recs = json_object_get(e, "records");
    CHECK_INT(json_array_size(recs), 2);
    CHECK_STR(json_string_value(json_array_get(recs, 0)), "a-1");
    CHECK_STR(json_string_value(json_array_get(recs, 1)), "b-7");
    CHECK_INT(int_of(json_array_get(out, 1), "sources"), 1);
    size_t events, merged;
    sr_merger_counts(m, &events, NULL, &merged);
    CHECK_INT(events, 3);
    CHECK_INT(merged, 2);
    json_decref(out);
    sr_merger_free(m);
}

TEST(outlets_count_as_sources_when_given)
{
    sr_merger *m = sr_merger_new();
    add(m, line("a-1", "2024-11-30", "RUSMIL", "SYR", "195", ",\"outlet\":\"Wire A\""), NULL);
    add(m, line("a-2", "2024-11-30", "RUSMIL", "SYR", "195", ",\"outlet\":\"Wire A\""), NULL);
    add(m, line("b-1", "2024-11-30", "RUSMIL", "SYR", "195", ",\"outlet\":\"Wire B\""), NULL);
    /* The same record twice (two files holding it) is one record. */
    add(m, line("b-1", "2024-11-30", "RUSMIL", "SYR", "195", ",\"outlet\":\"Wire B\""), NULL);
    json_t *out = written(m);
    CHECK_INT(json_array_size(out), 1);
    json_t *e = json_array_get(out, 0);
    CHECK_INT(int_of(e, "sources"), 2);
    CHECK_INT(json_array_size(json_object_get(e, "records")), 3);
    CHECK_INT(int_of(e, "mentions"), 4);
    json_decref(out);
    sr_merger_free(m);
}

TEST(many_records_of_one_event_are_each_counted_once)
{
    sr_merger *m = sr_merger_new();
    char id[32], rest[64];
    /* 40 records from 25 outlets, each read twice: past the short list a
     * group keeps before it uses the members table. */
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < 40; i++) {
            snprintf(id, sizeof id, "rec-%d", i);
            snprintf(rest, sizeof rest, ",\"outlet\":\"outlet-%d\"", i % 25);
            CHECK_INT(add(m, line(id, "2024-11-30", "RUSMIL", "SYR", "195", rest), NULL), SR_OK);
        }
    json_t *out = written(m);
    CHECK_INT(json_array_size(out), 1);
    json_t *e = json_array_get(out, 0);
    CHECK_INT(json_array_size(json_object_get(e, "records")), 40);
    CHECK_INT(int_of(e, "sources"), 25);
    CHECK_INT(json_array_size(json_object_get(e, "outlets")), 25);
    CHECK_INT(int_of(e, "mentions"), 80);
    CHECK_STR(json_string_value(json_array_get(json_object_get(e, "records"), 39)), "rec-39");
    json_decref(out);
    sr_merger_free(m);
}

TEST(different_dates_actors_roots_stay_apart)
{
    sr_merger *m = sr_merger_new();
    add(m, line("a", "2024-11-30", "RUSMIL", "SYR", "195", ""), NULL);
    add(m, line("b", "2024-11-29", "RUSMIL", "SYR", "195", ""), NULL);
    add(m, line("c", "2024-11-30", "SYRMIL", "SYR", "195", ""), NULL);
    add(m, line("d", "2024-11-30", "RUSMIL", "TUR", "195", ""), NULL);
    add(m, line("e", "2024-11-30", "RUSMIL", "SYR", "180", ""), NULL);
    json_t *out = written(m);
    CHECK_INT(json_array_size(out), 5);
    json_decref(out);
    sr_merger_free(m);
}

TEST(places_decide_and_an_unknown_place_joins_the_only_one)
{
    const char *idlib = ",\"location\":{\"name\":\"Idlib\",\"geonameid\":169389}";
    const char *aleppo = ",\"location\":{\"name\":\"Aleppo\",\"geonameid\":170063}";
    char buf[1024];
    sr_merger *m = sr_merger_new();
    /* A repeated key in JSON: jansson keeps the last, as the writer would
     * have it; here it replaces the null location of the template. */
    add(m, line("a", "2024-11-30", "RUSMIL", "SYR", "190", ""), NULL);
    snprintf(buf, sizeof buf, "%s", line("b", "2024-11-30", "RUSMIL", "SYR", "190", idlib));
    add(m, buf, NULL);
    snprintf(buf, sizeof buf, "%s", line("c", "2024-11-30", "TUR", "SYR", "190", idlib));
    add(m, buf, NULL);
    snprintf(buf, sizeof buf, "%s", line("d", "2024-11-30", "TUR", "SYR", "190", aleppo));
    add(m, buf, NULL);
    add(m, line("e", "2024-11-30", "TUR", "SYR", "190", ""), NULL);
    json_t *out = written(m);
    /* RUSMIL: a joins b at Idlib. TUR: Idlib, Aleppo, and e stays apart. */
    CHECK_INT(json_array_size(out), 4);
    json_t *rus = json_array_get(out, 0);
    CHECK_INT(int_of(rus, "mentions"), 2);
    CHECK_STR(json_string_value(json_object_get(json_object_get(rus, "location"), "name")),
              "Idlib");
    CHECK_STR(json_string_value(json_array_get(json_object_get(rus, "records"), 0)), "b");
    CHECK_STR(json_string_value(json_array_get(json_object_get(rus, "records"), 1)), "a");
    json_decref(out);
    sr_merger_free(m);
}

TEST(tolls_take_the_largest_figure)
{
    sr_merger *m = sr_merger_new();
    add(m, line("a", "2024-11-30", "RUSMIL", "SYR", "195", ",\"killed\":12,\"killed_low\":12"),
        NULL);
    add(m, line("b", "2024-11-30", "RUSMIL", "SYR", "195", ",\"killed\":20,\"injured\":3"),
        NULL);
    json_t *out = written(m);
    json_t *e = json_array_get(out, 0);
    CHECK_INT(int_of(e, "killed"), 20);
    CHECK_INT(int_of(e, "injured"), 3);
    CHECK_INT(int_of(e, "killed_low"), 12);
    CHECK(json_is_null(json_object_get(e, "killed_high")));
    json_decref(out);
    sr_merger_free(m);
}

TEST(merged_output_merges_again_to_the_same)
{
    sr_merger *m = sr_merger_new();
    add(m, line("a", "2024-11-30", "RUSMIL", "SYR", "195", ""), NULL);
    add(m, line("b", "2024-11-30", "RUSMIL", "SYR", "195", ""), NULL);
    json_t *out = written(m);
    sr_merger_free(m);
    m = sr_merger_new();
    char *text = json_dumps(json_array_get(out, 0), JSON_COMPACT);
    CHECK_INT(add(m, text, NULL), SR_OK);
    free(text);
    json_decref(out);
    out = written(m);
    json_t *e = json_array_get(out, 0);
    CHECK_INT(int_of(e, "mentions"), 2);
    CHECK_INT(int_of(e, "sources"), 2);
    CHECK_INT(json_array_size(json_object_get(e, "records")), 2);
    json_decref(out);
    sr_merger_free(m);
}

TEST(explanation_lines_are_passed_over)
{
    sr_merger *m = sr_merger_new();
    const char *note = "{\"id\":\"a\",\"sent\":2,\"code\":null,\"explain\":[\"no verb\"]}";
    CHECK_INT(add(m, note, NULL), SR_OK);
    CHECK_INT(add(m, "   ", NULL), SR_OK);
    size_t events, passed, merged;
    sr_merger_counts(m, &events, &passed, &merged);
    CHECK_INT(events, 0);
    CHECK_INT(passed, 1);
    CHECK_INT(merged, 0);
    sr_merger_free(m);
}

/* Each bad line is refused with where and what, and adds nothing. */
static void check_bad(const char *text, const char *want)
{
    sr_merger *m = sr_merger_new();
    sr_error err;
    memset(&err, 0, sizeof err);
    CHECK_INT(add(m, text, &err), SR_EBADRECORD);
    CHECK_STR(err.file, "in.jsonl");
    CHECK_INT(err.line, 7);
    if (!strstr(err.message, want)) {
        fprintf(stderr, "  message \"%s\" lacks \"%s\"\n", err.message, want);
        CHECK(0);
    }
    size_t events;
    sr_merger_counts(m, &events, NULL, NULL);
    CHECK_INT(events, 0);
    sr_merger_free(m);
}

TEST(bad_lines_say_where_and_what)
{
    check_bad("{\"id\": \"a\", ", "not JSON");
    check_bad("[1, 2]", "not an event: the line is an array");
    check_bad("{\"id\":\"a\",\"date\":\"2024-11-30\",\"source\":\"RUS\",\"code\":\"190\","
              "\"location\":null}", "no \"target\" key");
    check_bad(line("a", "2024-11-30", "RUS", "SYR", "190", ",\"killed\":\"many\""),
              "\"killed\" is a string");
    check_bad(line("a", "2024-11-30", "RUS", "SYR", "190", ",\"mentions\":0"),
              "\"mentions\" is below 1");
    check_bad(line("a", "2024-11-30", "RUS", "SYR", "", ""), "\"code\" is empty");
    check_bad("{\"id\":7,\"date\":null,\"source\":\"A\",\"target\":\"B\",\"code\":\"190\","
              "\"location\":null}", "\"id\" is an integer");
    check_bad(line("a", "2024-11-30", "RUS", "SYR", "190", ",\"location\":[]"),
              "\"location\" is an array");
    check_bad(line("a", "2024-11-30", "RUS", "SYR", "190", ",\"records\":[]"),
              "\"records\" is empty");
}

TEST(reading_a_missing_file_is_an_io_error)
{
    sr_merger *m = sr_merger_new();
    sr_error err;
    memset(&err, 0, sizeof err);
    CHECK_INT(sr_merger_read(m, "/nonexistent/events.jsonl", &err), SR_EIO);
    CHECK(strstr(err.file, "events.jsonl") != NULL || strstr(err.message, "events.jsonl"));
    sr_merger_free(m);
}

TEST(reading_goes_on_after_a_bad_line)
{
    char path[] = "/tmp/merge_test_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fprintf(f, "%s\n", line("a", "2024-11-30", "RUS", "SYR", "190", ""));
    fprintf(f, "not json\n");
    fprintf(f, "%s\n", line("b", "2024-11-30", "RUS", "SYR", "193", ""));
    fclose(f);
    sr_merger *m = sr_merger_new();
    sr_error err;
    memset(&err, 0, sizeof err);
    CHECK_INT(sr_merger_read(m, path, &err), SR_EBADRECORD);
    CHECK_INT(err.line, 2);
    CHECK_INT(sr_merger_read(m, path, &err), SR_OK);
    size_t events, merged;
    sr_merger_counts(m, &events, NULL, &merged);
    CHECK_INT(events, 2);
    CHECK_INT(merged, 1);
    sr_merger_free(m);
    remove(path);
}

TEST(jsonl_writes_mentions_and_outlet)
{
    sr_record rec;
    memset(&rec, 0, sizeof rec);
    rec.id = "r1";
    rec.date = "2024-11-30";
    rec.source = "Wire A";
    rec.text = "x";
    rec.text_len = 1;
    sr_sentence s = {0, 1, NULL, 0};
    sr_event e[2];
    memset(e, 0, sizeof e);
    e[0].source = e[1].source = "A";
    e[0].target = e[1].target = "B";
    e[0].code = "190";
    e[1].code = "042";
    e[0].mentions = 3;
    e[0].killed = e[0].injured = e[0].killed_low = e[0].killed_high = -1;
    e[1].killed = e[1].injured = e[1].killed_low = e[1].killed_high = -1;
    sr_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.record = &rec;
    doc.sentences = &s;
    doc.nsentences = 1;
    doc.events = e;
    doc.nevents = 2;
    sr_merger *m = sr_merger_new();
    sr_merger_add_doc(m, &doc);
    json_t *out = written(m);
    CHECK_INT(json_array_size(out), 2);
    CHECK_INT(int_of(json_array_get(out, 0), "mentions"), 3);
    /* Built by hand without a count: one mention. */
    CHECK_INT(int_of(json_array_get(out, 1), "mentions"), 1);
    CHECK_STR(json_string_value(json_object_get(json_array_get(out, 0), "outlet")), "Wire A");
    json_decref(out);
    sr_merger_free(m);
}

TEST(strmap_finds_what_it_holds)
{
    sr_strmap t = SR_STRMAP_INIT;
    char key[32];
    int added;
    for (uint32_t i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "k%u", i);
        CHECK_INT(sr_strmap_put(&t, key, strlen(key), i, &added), i);
        CHECK(added);
    }
    CHECK_INT(sr_strmap_put(&t, "k42", 3, 9999, &added), 42);
    CHECK(!added);
    CHECK_INT(sr_strmap_get(&t, "k4999", 5, UINT32_MAX), 4999);
    CHECK_INT(sr_strmap_get(&t, "k5000", 5, UINT32_MAX), UINT32_MAX);
    /* Keys are bytes: an embedded NUL is part of the key. */
    CHECK_INT(sr_strmap_put(&t, "a\0b", 3, 1, &added), 1);
    CHECK(added);
    CHECK_INT(sr_strmap_get(&t, "a", 1, UINT32_MAX), UINT32_MAX);
    CHECK_INT(t.n, 5001);
    sr_strmap_free(&t);
}

int main(void)
{
    RUN(same_event_from_two_outlets_is_written_once);
    RUN(outlets_count_as_sources_when_given);
    RUN(many_records_of_one_event_are_each_counted_once);
    RUN(different_dates_actors_roots_stay_apart);
    RUN(places_decide_and_an_unknown_place_joins_the_only_one);
    RUN(tolls_take_the_largest_figure);
    RUN(merged_output_merges_again_to_the_same);
    RUN(explanation_lines_are_passed_over);
    RUN(bad_lines_say_where_and_what);
    RUN(reading_a_missing_file_is_an_io_error);
    RUN(reading_goes_on_after_a_bad_line);
    RUN(jsonl_writes_mentions_and_outlet);
    RUN(strmap_finds_what_it_holds);
    return harness_summary();
}
