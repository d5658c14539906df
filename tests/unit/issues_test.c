/* issues_test.c - issue coding (src/coder/issues.c): which issue phrases a
 * sentence holds, how they are counted, the two kinds of exclusion, and
 * the issues and explanations the coder attaches to events. Fixture:
 * tests/data/issues/issues.txt (invented topics) with the coder fixtures
 * of tests/data/coder/. */
#include "harness.h"
#include "coder/coder.h"
#include "coder/issues.h"
#include "dict/dict.h"
#include "base/alloc.h"
#include "base/buf.h"
#include "text/conllu.h"

static sr_dict *dict;           /* verbs, actors and the issue fixture */
static sr_coder *coder, *coder_explain;


/* The issues of one sentence as "CODE,N;CODE,N" (PETRARCH2's form), or
 * "-" when none. */
static const char *issues_of(const sr_dict *d, const char *text)
{
    static char out[256];
    const char *w[64];
    size_t n = harness_words(text, w, 64);
    sr_issue_hit *hits = NULL;
    size_t nhits = 0, cap = 0;
    sr_coder_issues_find(d, w, n, 0, &hits, &nhits, &cap);
    sr_event_issue counts[64];
    uint32_t k = nhits ? sr_coder_issues_count(hits, nhits, counts) : 0;
    size_t len = 0;
    out[0] = '\0';
    for (uint32_t i = 0; i < k; i++)
        len += (size_t)snprintf(out + len, sizeof out - len, "%s%s,%u", i ? ";" : "",
                                counts[i].code, counts[i].count);
    free(hits);
    return k ? out : "-";
}

TEST(phrases_are_found_longest_first_and_counted)
{
    CHECK_STR(issues_of(dict, "talks on nuclear weapons opened"), "NUKES,1");
    /* "nuclear weapons" uses its "weapons": no WEAPONS as well. */
    CHECK_STR(issues_of(dict, "nuclear weapons and more weapons and a weapon"),
              "NUKES,1;WEAPONS,2");
    CHECK_STR(issues_of(dict, "WEAPONS weapons Weapons"), "WEAPONS,3");
    CHECK_STR(issues_of(dict, "nothing to see here"), "-");
    CHECK_STR(issues_of(dict, "nuclear talks"), "-");
    /* Codes come in the order first found. */
    CHECK_STR(issues_of(dict, "harbour fees rose as weapons were smuggled"),
              "PORTS,1;WEAPONS,1;SMUGGLING,1");
}

TEST(plural_verb_and_hyphen_forms_match)
{
    CHECK_STR(issues_of(dict, "he smuggles guns"), "SMUGGLING,1");
    CHECK_STR(issues_of(dict, "they were smuggling guns"), "SMUGGLING,1");
    CHECK_STR(issues_of(dict, "the harbour fee"), "PORTS,1");
    CHECK_STR(issues_of(dict, "both cease fires held"), "TRUCE,1");
    /* The hyphenated spelling takes the n: expansion too. */
    CHECK_STR(issues_of(dict, "the cease-fire held"), "TRUCE,1");
    CHECK_STR(issues_of(dict, "the cease-fires held"), "TRUCE,1");
    /* sitrep's tokenizer splits "cease-fire" at the hyphen. */
    CHECK_STR(issues_of(dict, "the cease - fire held"), "TRUCE,1");
    CHECK_STR(issues_of(dict, "the cease - fires held"), "TRUCE,1");
    /* Whole words only. */
    CHECK_STR(issues_of(dict, "the weaponry was old"), "-");
}

TEST(exclusions_empty_the_sentence)
{
    CHECK_STR(issues_of(dict, "nuclear weapons and toy weapons"), "-");
    CHECK_STR(issues_of(dict, "the harbour regatta paid harbour fees"), "-");
    const char *w[8];
    size_t n = harness_words("a harbour regatta", w, 8);
    sr_issue_hit *hits = NULL;
    size_t nhits = 0, cap = 0;
    CHECK_INT(sr_coder_issues_find(dict, w, n, 7, &hits, &nhits, &cap), 1);
    CHECK(nhits == 1 && hits[0].issue->kind == SR_ISSUE_IGNORE_STORY);
    CHECK(nhits == 1 && hits[0].sent == 7 && hits[0].start == 1 && hits[0].len == 2);
    free(hits);
}

/* ------------------------------------------------------------ through the coder */

/* "S V O rest...": word 1 the subject, 2 the verb, 3 its object, the rest
 * loose dependents of the verb, as CoNLL-U. */
static void svo(sr_buf *b, const char *text)
{
    const char *w[64];
    size_t n = harness_words(text, w, 64);
    for (size_t i = 0; i < n; i++) {
        const char *upos = i == 1 ? "VERB" : i == 0 || i == 2 ? "PROPN" : "X";
        const char *rel = i == 0 ? "nsubj" : i == 1 ? "root" : i == 2 ? "obj"
                        : strcmp(w[i], ".") == 0 ? "punct" : "dep";
        sr_buf_printf(b, "%zu\t%s\t%s\t%s\t_\t_\t%d\t%s\t_\t_\n", i + 1, w[i], w[i], upos,
                      i == 1 ? 0 : 2, rel);
    }
    sr_buf_putc(b, '\n');
}

/* Codes the sentences (joined with '|') as one record into d. */
static int code_doc(const char *sentences, int explain, sr_doc *d, sr_arena *a)
{
    sr_buf b = SR_BUF_INIT;
    char copy[1024];
    snprintf(copy, sizeof copy, "%s", sentences);
    for (char *s = copy, *bar; s; s = bar ? bar + 1 : NULL) {
        bar = strchr(s, '|');
        if (bar)
            *bar = '\0';
        svo(&b, s);
    }
    sr_conllu_sentence *cs;
    uint32_t n;
    sr_error err;
    memset(d, 0, sizeof *d);
    int rc = sr_conllu_parse(b.data, b.len, 1, a, &cs, &n, &err) == SR_OK ? 0 : -1;
    sr_buf_free(&b);
    if (rc)
        return rc;
    static sr_record rec;
    memset(&rec, 0, sizeof rec);
    rec.date = (char *)"2024-05-01";
    d->record = &rec;
    d->sentences = sr_arena_alloc(a, n * sizeof *d->sentences);
    for (uint32_t i = 0; i < n; i++)
        d->sentences[i] = cs[i].s;
    d->nsentences = n;
    sr_coder_code(explain ? coder_explain : coder, d, a);
    return 0;
}

static const char *event_issues(const sr_event *e)
{
    static char out[256];
    size_t len = 0;
    out[0] = '\0';
    for (uint32_t i = 0; i < e->nissues; i++)
        len += (size_t)snprintf(out + len, sizeof out - len, "%s%s,%u", i ? ";" : "",
                                e->issues[i].code, e->issues[i].count);
    return e->nissues ? out : "-";
}

TEST(events_carry_their_sentence_issues)
{
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    CHECK_INT(code_doc("Valdoria accused Marestan over nuclear weapons and weapons smuggling ."
                       "|Marestan accused Osterland ."
                       "|Osterland accused Valdoria over smuggled weapons and toy weapons .",
                       0, &d, &a), 0);
    CHECK_INT(d.nevents, 3);
    if (d.nevents == 3) {
        CHECK_STR(d.events[0].source, "VAL");
        CHECK_STR(event_issues(&d.events[0]), "NUKES,1;WEAPONS,1;SMUGGLING,1");
        CHECK_STR(event_issues(&d.events[1]), "-");
        CHECK(d.events[1].issues == NULL);
        CHECK_STR(event_issues(&d.events[2]), "-");  /* "toy weapons" */
        CHECK(d.events[0].explain == NULL);
    }
    sr_arena_free(&a);
}

TEST(story_exclusion_empties_every_sentence)
{
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    /* The exclusion comes after the event and in a sentence without one. */
    CHECK_INT(code_doc("Valdoria accused Marestan over nuclear weapons ."
                       "|Crowds watched the harbour regatta .", 1, &d, &a), 0);
    CHECK_INT(d.nevents, 1);
    if (d.nevents == 1) {
        CHECK_STR(event_issues(&d.events[0]), "-");
        CHECK(d.events[0].explain &&
              strstr(d.events[0].explain, "issues: none: \"harbour regatta\" (sentence 1) "
                                          "excludes the whole story (tests/data/issues/"
                                          "issues.txt:13)\n"));
    }
    sr_arena_free(&a);
}

TEST(explain_names_each_phrase_with_file_and_line)
{
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    CHECK_INT(code_doc("Valdoria accused Marestan over nuclear weapons and harbour fees .", 1,
                       &d, &a), 0);
    CHECK_INT(d.nevents, 1);
    if (d.nevents == 1) {
        const char *x = d.events[0].explain;
        CHECK(x && strstr(x, "\nissue NUKES: \"nuclear weapons\" "
                             "(tests/data/issues/issues.txt:4)\n"));
        CHECK(x && strstr(x, "issue PORTS: \"harbour fees\" (tests/data/issues/issues.txt:12)\n"));
        /* The coder's own reasons stay first. */
        CHECK(x && strncmp(x, "verb: ", 6) == 0);
    }
    CHECK_INT(code_doc("Valdoria accused Marestan over toy weapons .", 1, &d, &a), 0);
    if (d.nevents == 1)
        CHECK(d.events[0].explain &&
              strstr(d.events[0].explain, "issues: none: \"toy weapons\" excludes this "
                                          "sentence (tests/data/issues/issues.txt:9)\n"));
    sr_arena_free(&a);
}

TEST(no_list_or_an_empty_list_codes_nothing)
{
    sr_dict *bare = sr_dict_new(), *empty = sr_dict_new();
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_error err;
    int ok = 1;
    for (int k = 0; k < 2; k++) {
        sr_dict *d = k ? empty : bare;
        ok &= sr_dict_load_verbs(d, "tests/data/coder/verbs.txt", &diags, &err) == SR_OK;
        ok &= sr_dict_load_actors(d, "tests/data/coder/actors.txt", &diags, &err) == SR_OK;
    }
    ok &= sr_dict_load_issues(empty, "tests/data/issues/empty.txt", &diags, &err) == SR_OK;
    CHECK(ok);
    CHECK_INT(diags.n, 0);
    CHECK_INT(sr_dict_get_stats(empty).issues, 0);
    CHECK_STR(issues_of(empty, "nuclear weapons"), "-");
    sr_coder_options opt = {.explain = 1};
    for (int k = 0; k < 2; k++) {
        sr_coder *c = sr_coder_new(k ? empty : bare, &opt);
        sr_coder *keep = coder_explain;
        coder_explain = c;
        sr_arena a = SR_ARENA_INIT;
        sr_doc d;
        CHECK_INT(code_doc("Valdoria accused Marestan over nuclear weapons .", 1, &d, &a), 0);
        CHECK_INT(d.nevents, 1);
        if (d.nevents == 1) {
            CHECK(d.events[0].issues == NULL && d.events[0].nissues == 0);
            CHECK(d.events[0].explain && !strstr(d.events[0].explain, "issue"));
        }
        sr_arena_free(&a);
        coder_explain = keep;
        sr_coder_free(c);
    }
    sr_dict_diags_free(&diags);
    sr_dict_free(bare);
    sr_dict_free(empty);
}

int main(void)
{
    dict = sr_dict_new();
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_error err;
    if (sr_dict_load_verbs(dict, "tests/data/coder/verbs.txt", &diags, &err) != SR_OK ||
        sr_dict_load_actors(dict, "tests/data/coder/actors.txt", &diags, &err) != SR_OK ||
        sr_dict_load_issues(dict, "tests/data/issues/issues.txt", &diags, &err) != SR_OK) {
        fprintf(stderr, "  cannot load the fixtures: %s\n", err.message);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    for (size_t i = 0; i < diags.n; i++) {
        char msg[512];
        sr_dict_diag_format(&diags.items[i], msg, sizeof msg);
        fprintf(stderr, "  fixture: %s\n", msg);
    }
    sr_coder_options plain = {0}, explain = {.explain = 1};
    coder = sr_coder_new(dict, &plain);
    coder_explain = sr_coder_new(dict, &explain);

    RUN(phrases_are_found_longest_first_and_counted);
    RUN(plural_verb_and_hyphen_forms_match);
    RUN(exclusions_empty_the_sentence);
    RUN(events_carry_their_sentence_issues);
    RUN(story_exclusion_empties_every_sentence);
    RUN(explain_names_each_phrase_with_file_and_line);
    RUN(no_list_or_an_empty_list_codes_nothing);

    sr_coder_free(coder);
    sr_coder_free(coder_explain);
    sr_dict_diags_free(&diags);
    sr_dict_free(dict);
    return harness_summary();
}
