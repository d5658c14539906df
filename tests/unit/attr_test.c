/* attr_test.c - event dates and casualty figures (src/attr) on hand-written
 * news sentences. tests/data/attr/{dates,tolls}.parser.conllu hold sitrep's
 * own parses of them, as the parser gave them; {dates,tolls}.conllu are the
 * same parses checked and corrected by hand where an arc that matters was
 * wrong (docs/attributes.md lists the corrections). Each case names a
 * sentence by sent_id and its event verb by form (and occurrence), and the
 * figure the module must return. The cases must all pass on the corrected
 * parses; on the parser's own they are counted against a floor. The program
 * prints both counts, and the cost per call. */
#include "harness.h"
#include "base/file.h"
#include "attr/dates.h"
#include "attr/history.h"
#include "attr/tolls.h"
#include "text/conllu.h"

#include <stdint.h>
#include <time.h>

#define FIX "tests/data/attr/"

static sr_arena arena;

typedef struct corpus {
    sr_conllu_sentence *sents;
    uint32_t n;
} corpus;

static corpus dates_corpus, tolls_corpus, parser_dates, parser_tolls;

static int load(const char *path, corpus *c)
{
    char *data;
    size_t len;
    sr_error err;
    if (sr_file_read_all(path, &data, &len, &err) != SR_OK) {
        fprintf(stderr, "  %s: %s (run from the repository root)\n", path, err.message);
        return 0;
    }
    char *text = sr_arena_strndup(&arena, data, len);
    free(data);
    if (sr_conllu_parse(text, len, 1, &arena, &c->sents, &c->n, &err) != SR_OK) {
        fprintf(stderr, "  %s:%zu: %s\n", path, err.line, err.message);
        return 0;
    }
    return 1;
}

static const sr_sentence *find_sentence(const corpus *c, const char *id)
{
    for (uint32_t i = 0; i < c->n; i++)
        if (c->sents[i].sent_id && strcmp(c->sents[i].sent_id, id) == 0)
            return &c->sents[i].s;
    return NULL;
}

/* The occ-th (1-based) token with this form. */
static uint32_t find_token(const sr_sentence *s, const char *form, int occ)
{
    for (uint32_t i = 0; i < s->ntokens; i++)
        if (strcmp(s->tokens[i].form, form) == 0 && --occ == 0)
            return i;
    return UINT32_MAX;
}

/* ---------------------------------------------------------------- calendar */

TEST(calendar_days)
{
    CHECK_INT(sr_attr_date_to_days(19700101), 0);
    CHECK_INT(sr_attr_date_to_days(19691231), -1);
    CHECK_INT(sr_attr_days_to_date(0), 19700101);
    CHECK_INT(sr_attr_date_to_days(20000301) - sr_attr_date_to_days(20000228), 2);
    CHECK_INT(sr_attr_date_to_days(19000301) - sr_attr_date_to_days(19000228), 1);
    /* every day of four centuries round-trips and advances by one */
    int64_t d0 = sr_attr_date_to_days(18991231);
    int32_t prev = 18991231;
    int ok = 1;
    for (int64_t d = d0 + 1; d < d0 + 146097 * 1 + 1; d++) {
        int32_t ymd = sr_attr_days_to_date(d);
        if (!sr_attr_date_valid(ymd) || sr_attr_date_to_days(ymd) != d || ymd <= prev)
            ok = 0;
        prev = ymd;
    }
    CHECK(ok);
}

TEST(calendar_arithmetic)
{
    CHECK_INT(sr_attr_date_add_days(20250101, -1), 20241231);
    CHECK_INT(sr_attr_date_add_days(20240301, -1), 20240229);
    CHECK_INT(sr_attr_date_add_days(20230301, -1), 20230228);
    CHECK_INT(sr_attr_date_add_days(20241130, 1), 20241201);
    CHECK_INT(sr_attr_date_add_days(20240101, -7), 20231225);
    CHECK_INT(sr_attr_date_add_days(20000228, 1), 20000229);
    CHECK_INT(sr_attr_date_add_days(21000228, 1), 21000301);
    CHECK_INT(sr_attr_date_add_months(20240331, -1), 20240229);
    CHECK_INT(sr_attr_date_add_months(20250115, -1), 20241215);
    CHECK_INT(sr_attr_date_add_months(20241130, -12), 20231130);
    CHECK_INT(sr_attr_date_add_months(20240229, 12), 20250228);
    CHECK(sr_attr_date_valid(20240229));
    CHECK(!sr_attr_date_valid(20230229));
    CHECK(!sr_attr_date_valid(20241301));
    CHECK(!sr_attr_date_valid(20241100));
    CHECK(!sr_attr_date_valid(0));
    CHECK_INT(sr_attr_weekday(20241130), 5);  /* a Saturday */
    CHECK_INT(sr_attr_weekday(20241202), 0);  /* a Monday */
    CHECK_INT(sr_attr_weekday(19700101), 3);  /* a Thursday */
    CHECK_INT(sr_attr_weekday(20000229), 1);  /* a Tuesday */
    CHECK_STR(sr_attr_precision_name(SR_DATE_WEEK), "week");
}

/* ---------------------------------------------------------------- dates */

typedef struct date_case {
    const char *id, *verb;
    int occ;
    int32_t pub, ymd;
    sr_date_precision prec;
    const char *first;   /* form of the expression's first token; NULL: kept */
} date_case;

static const date_case date_cases[] = {
    {"d01", "attacked", 1, 20241130, 20241130, SR_DATE_DAY, "Saturday"},
    {"d02", "blocked", 1, 20241202, 20241130, SR_DATE_DAY, "Saturday"},
    {"d02", "said", 1, 20241202, 20241202, SR_DATE_DAY, NULL},
    {"d03", "met", 1, 20241202, 20241202, SR_DATE_DAY, "Monday"},
    {"d04", "opened", 1, 20250101, 20241231, SR_DATE_DAY, "yesterday"},
    {"d05", "shelled", 1, 20240301, 20240229, SR_DATE_DAY, "yesterday"},
    {"d06", "arrested", 1, 20230301, 20230228, SR_DATE_DAY, "yesterday"},
    {"d07", "resumed", 1, 20241130, 20241130, SR_DATE_DAY, "today"},
    {"d08", "fired", 1, 20241130, 20241129, SR_DATE_DAY, "last"},
    {"d09", "bombed", 1, 20241130, 20241129, SR_DATE_DAY, "overnight"},
    {"d10", "recaptured", 1, 20241130, 20241127, SR_DATE_DAY, "Nov."},
    {"d11", "seized", 1, 20250103, 20241230, SR_DATE_DAY, "December"},
    {"d12", "expelled", 1, 20241130, 20241112, SR_DATE_DAY, "12"},
    {"d13", "signed", 1, 20241130, 20231127, SR_DATE_DAY, "Nov"},
    {"d14", "evacuated", 1, 20241130, 20241123, SR_DATE_WEEK, "last"},
    {"d15", "detained", 1, 20241130, 20241130, SR_DATE_MONTH, "earlier"},
    {"d16", "imposed", 1, 20241130, 20241001, SR_DATE_MONTH, "last"},
    {"d17", "cut", 1, 20241130, 20160101, SR_DATE_YEAR, "2016"},
    {"d18", "raided", 1, 20241130, 20241128, SR_DATE_DAY, "two"},
    {"d19", "stormed", 1, 20241204, 20241202, SR_DATE_DAY, "Monday"},
    {"d20", "attacked", 1, 20241130, 20241123, SR_DATE_WEEK, "last"},
    {"d20", "said", 1, 20241130, 20241129, SR_DATE_DAY, "Friday"},
    {"d21", "killed", 1, 20241130, 20241130, SR_DATE_DAY, NULL},
    {"d21", "said", 1, 20241130, 20241128, SR_DATE_DAY, "Thursday"},
    {"d22", "fled", 1, 20241130, 20241130, SR_DATE_WEEK, "this"},
    {"d23", "visit", 1, 20241130, 20241203, SR_DATE_DAY, "Tuesday"},
    {"d24", "killed", 1, 20241130, 20241127, SR_DATE_DAY, "Wednesday"},
    {"d24", "attacked", 1, 20241130, 20241127, SR_DATE_DAY, "Wednesday"},
    {"d25", "boycotted", 1, 20241130, 20241130, SR_DATE_DAY, NULL},
    {"d25", "took", 1, 20241130, 20240301, SR_DATE_MONTH, "March"},
    {"d26", "attacked", 1, 20241130, 20241130, SR_DATE_DAY, NULL},
    {"d27", "controlled", 1, 20241130, 20241130, SR_DATE_DAY, NULL},
    {"d28", "clashed", 1, 20250102, 20241201, SR_DATE_MONTH, "last"},
    {"d29", "shot", 1, 20241130, 20241128, SR_DATE_DAY, "Thursday"},
    {"d30", "seized", 1, 20240303, 20240225, SR_DATE_WEEK, "a"},
    {"d31", "ambushed", 1, 20241130, 20230301, SR_DATE_MONTH, "March"},
    {"d32", "killing", 1, 20241130, 20241124, SR_DATE_DAY, "Sunday"},
    {"d32", "launched", 1, 20241130, 20241124, SR_DATE_DAY, "Sunday"},
    {"d33", "withdrew", 1, 20241130, 20241126, SR_DATE_DAY, "Tuesday"},
    {"d33", "shelled", 1, 20241130, 20241125, SR_DATE_DAY, "Monday"},
    {"d34", "tried", 1, 20241130, 20241129, SR_DATE_DAY, "Friday"},
    {"d34", "storm", 1, 20241130, 20241129, SR_DATE_DAY, "Friday"},
    {"d35", "protested", 1, 20240101, 20231225, SR_DATE_WEEK, "last"},
    {"d36", "sentenced", 1, 20250305, 20240229, SR_DATE_DAY, "29"},
    {"d37", "held", 1, 20241130, 20241130, SR_DATE_DAY, NULL},
    /* Issue 6, failures seen on the gold set (eval/attributes): a date in
     * the subject, "next week", "next Monday", "over the weekend", and a
     * date hung on an infinitive the parser made an advcl. */
    {"d38", "wounded", 1, 20241130, 20241126, SR_DATE_DAY, "Tuesday"},
    {"d39", "visit", 1, 20241130, 20241207, SR_DATE_WEEK, "next"},
    {"d40", "resume", 1, 20241130, 20241202, SR_DATE_DAY, "next"},
    {"d41", "displaced", 1, 20241202, 20241130, SR_DATE_WEEK, "the"},
    {"d42", "fired", 1, 20241130, 20241124, SR_DATE_DAY, "Sunday"},
};

static int dates_exact, dates_total, parser_dates_exact;

/* Runs every date case over corpus c; with strict, each miss fails the test
 * and is described. Returns the number of exact cases. */
static int run_dates(const corpus *c, int strict)
{
    int exact = 0;
    for (size_t i = 0; i < sizeof date_cases / sizeof date_cases[0]; i++) {
        const date_case *dc = &date_cases[i];
        const sr_sentence *s = find_sentence(c, dc->id);
        uint32_t v = s ? find_token(s, dc->verb, dc->occ) : UINT32_MAX;
        if (v == UINT32_MAX) {
            fprintf(stderr, "  %s: no sentence or verb \"%s\"\n", dc->id, dc->verb);
            CHECK(v != UINT32_MAX);
            continue;
        }
        sr_event_date d = sr_attr_event_date(s, v, dc->pub);
        const char *first = d.first_token == UINT32_MAX ? NULL : s->tokens[d.first_token].form;
        int ok = d.ymd == dc->ymd && d.precision == dc->prec &&
                 (dc->first ? first && strcmp(first, dc->first) == 0 : first == NULL) &&
                 (first == NULL) == (d.last_token == UINT32_MAX) &&
                 (first == NULL || d.last_token >= d.first_token);
        if (!ok)
            fprintf(stderr, "  %s%s %s: got %d %s from \"%s\", want %d %s from \"%s\"\n",
                    strict ? "" : "(own parse) ", dc->id, dc->verb, (int)d.ymd,
                    sr_attr_precision_name(d.precision), first ? first : "(kept)",
                    (int)dc->ymd, sr_attr_precision_name(dc->prec),
                    dc->first ? dc->first : "(kept)");
        if (strict)
            CHECK(ok);
        exact += ok;
    }
    return exact;
}

/* Background: a period the text names that ended more than a year before
 * publication. */
TEST(history_is_a_period_over_a_year_gone)
{
    sr_event_date in2015 = {20150101, SR_DATE_YEAR, 3, 4};
    sr_event_date last_year = {20240101, SR_DATE_YEAR, 3, 4};
    sr_event_date june2023 = {20230601, SR_DATE_MONTH, 3, 4};
    sr_event_date dec30 = {20241230, SR_DATE_DAY, 3, 4};
    sr_event_date day_over_a_year = {20240105, SR_DATE_DAY, 3, 4};
    sr_event_date kept_pub = {20150101, SR_DATE_DAY, UINT32_MAX, UINT32_MAX};
    CHECK_INT(sr_attr_is_history(in2015, 20250314), 1);
    CHECK_INT(sr_attr_is_history(last_year, 20250314), 0);  /* ended 2024-12-31 */
    CHECK_INT(sr_attr_is_history(last_year, 20260102), 1);  /* 367 days on */
    CHECK_INT(sr_attr_is_history(june2023, 20240629), 0);   /* ended 2023-06-30: 365 days on */
    CHECK_INT(sr_attr_is_history(june2023, 20240701), 1);
    CHECK_INT(sr_attr_is_history(dec30, 20250102), 0);
    CHECK_INT(sr_attr_is_history(day_over_a_year, 20250314), 1);
    CHECK_INT(sr_attr_is_history(kept_pub, 20250314), 0);   /* no date in the text */
    CHECK_INT(sr_attr_is_history(in2015, 0), 0);            /* no publication date */
}

TEST(dates_cases)
{
    if (!dates_corpus.n)
        SKIP("tests/data/attr/dates.conllu did not load");
    dates_total = (int)(sizeof date_cases / sizeof date_cases[0]);
    dates_exact = run_dates(&dates_corpus, 1);
}

/* The same cases on the parser's uncorrected output: a figure, with a floor
 * so that a regression in the rules' tolerance of parse errors shows. */
TEST(dates_on_own_parses)
{
    if (!parser_dates.n)
        SKIP("tests/data/attr/dates.parser.conllu did not load");
    parser_dates_exact = run_dates(&parser_dates, 0);
    CHECK(parser_dates_exact * 10 >= dates_total * 8);
}

TEST(dates_bad_input)
{
    const sr_sentence *s = find_sentence(&dates_corpus, "d01");
    if (!s)
        SKIP("tests/data/attr/dates.conllu did not load");
    sr_event_date d = sr_attr_event_date(s, 9999, 20241130);
    CHECK_INT(d.ymd, 20241130);
    CHECK_INT(d.first_token, UINT32_MAX);
    d = sr_attr_event_date(NULL, 0, 20241130);
    CHECK_INT(d.ymd, 20241130);
    /* an impossible publication date is handed back untouched */
    d = sr_attr_event_date(s, 1, 20241341);
    CHECK_INT(d.ymd, 20241341);
    CHECK_INT(d.last_token, UINT32_MAX);
    /* a sentence without a parse (head -1) and one whose heads form a cycle */
    sr_token t[4];
    memset(t, 0, sizeof t);
    const char *forms[4] = {"Rebels", "attacked", "on", "Saturday"};
    for (int i = 0; i < 4; i++) {
        t[i].form = forms[i];
        t[i].head = -1;
    }
    sr_sentence bare = {0, 0, t, 4};
    CHECK_INT(sr_attr_event_date(&bare, 1, 20241130).first_token, UINT32_MAX);
    t[0].head = 2, t[1].head = 4, t[2].head = 4, t[3].head = 2;
    t[0].deprel = "nsubj", t[1].deprel = "obl", t[2].deprel = "case", t[3].deprel = "obl";
    d = sr_attr_event_date(&bare, 1, 20241130);
    CHECK_INT(d.ymd, 20241130);
    CHECK_INT(sr_attr_toll(&bare, 1).killed, -1);
}

/* ---------------------------------------------------------------- tolls */

typedef struct toll_case {
    const char *id, *verb;
    int occ;
    int32_t killed, injured, low, high;
} toll_case;

static const toll_case toll_cases[] = {
    {"t01", "killed", 1, 25, -1, 25, -1},
    {"t02", "killed", 1, 25, -1, 25, -1},
    {"t02", "exploded", 1, -1, -1, -1, -1},
    {"t03", "left", 1, 24, -1, -1, -1},
    {"t04", "wounded", 1, -1, 41, -1, -1},
    {"t05", "attacked", 1, 3, -1, -1, -1},
    {"t06", "reported", 1, 12, -1, -1, -1},
    {"t07", "killed", 1, 200, -1, 200, -1},
    {"t08", "killed", 1, -1, -1, -1, -1},
    {"t09", "killed", 1, -1, -1, -1, -1},
    {"t10", "killed", 1, 0, -1, -1, -1},
    {"t11", "hurt", 1, -1, 0, -1, -1},
    {"t12", "killed", 1, 12, 30, -1, -1},
    {"t13", "killed", 1, 9, -1, -1, -1},
    {"t13", "killed", 2, 4, -1, -1, -1},
    {"t14", "killed", 1, 10, -1, 10, 15},
    {"t15", "died", 1, 12, -1, -1, 12},
    {"t16", "killed", 1, 3, -1, -1, -1},
    {"t17", "fired", 1, 11, 24, -1, -1},
    {"t18", "injured", 1, -1, 24, -1, -1},
    {"t19", "died", 1, 24, -1, -1, -1},
    {"t20", "launched", 1, 17, -1, -1, -1},
    {"t21", "came", 1, -1, -1, -1, -1},
    {"t22", "killed", 1, 1500, -1, -1, -1},
    {"t23", "died", 1, 7, 20, -1, -1},
    {"t24", "killed", 1, 25, -1, -1, -1},
    {"t25", "rose", 1, 43, -1, -1, -1},
    {"t26", "killed", 1, -1, -1, -1, -1},
    {"t27", "killed", 1, 15, -1, -1, -1},
    {"t28", "killed", 1, 3, -1, -1, -1},
    {"t28", "killed", 2, -1, -1, -1, -1},
    {"t29", "killed", 1, 14, -1, -1, -1},
    {"t30", "clashed", 1, -1, 41, -1, -1},
    {"t31", "killed", 1, 2000, -1, 2000, -1},
    {"t32", "arrested", 1, -1, -1, -1, -1},
    {"t33", "kidnapped", 1, -1, -1, -1, -1},
    {"t34", "killed", 1, 24, -1, 24, -1},
    {"t35", "ended", 1, -1, -1, -1, -1},
    {"t35", "killed", 1, -1, -1, -1, -1},
    {"t36", "killed", 1, -1, -1, -1, -1},
    {"t37", "killed", 1, 5, -1, -1, -1},
    {"t38", "killed", 1, 4, -1, -1, -1},
    /* Issue 6, failures seen on the gold set (eval/attributes). "leaving N
     * dead and M wounded"; "shot dead", "hacked to death" (but a death
     * sentence is no toll); a count straight after the verb; a figure in
     * a report about the event, but not in a statement of its own;
     * "including" names part of a group; "a family of four"; victims in
     * the singular; a war's total in the past tense; a year's total; a
     * subordinate clause is another event. */
    {"t39", "exploded", 1, 6, 31, 6, -1},
    {"t40", "shot", 1, 4, -1, -1, -1},
    {"t41", "hacked", 1, 9, -1, -1, -1},
    {"t42", "sentenced", 1, -1, -1, -1, -1},
    {"t43", "bombed", 1, 20, -1, 20, 30},
    {"t44", "ambushed", 1, 7, -1, -1, -1},
    {"t45", "blocked", 1, -1, -1, -1, -1},
    {"t46", "killed", 1, 18, -1, -1, -1},
    {"t47", "killed", 1, 4, -1, -1, -1},
    {"t48", "killed", 1, 2, -1, -1, -1},
    {"t49", "killed", 1, -1, -1, -1, -1},
    {"t50", "killed", 1, -1, -1, -1, -1},
    {"t51", "retaliated", 1, -1, -1, -1, -1},
    {"t51", "killed", 1, 12, -1, -1, -1},
};

static int tolls_exact, tolls_total, tolls_spurious, tolls_none, parser_tolls_exact,
    parser_tolls_spurious;

static int run_tolls(const corpus *c, int strict, int *spurious)
{
    int exact = 0;
    for (size_t i = 0; i < sizeof toll_cases / sizeof toll_cases[0]; i++) {
        const toll_case *tc = &toll_cases[i];
        const sr_sentence *s = find_sentence(c, tc->id);
        uint32_t v = s ? find_token(s, tc->verb, tc->occ) : UINT32_MAX;
        if (v == UINT32_MAX) {
            fprintf(stderr, "  %s: no sentence or verb \"%s\"\n", tc->id, tc->verb);
            CHECK(v != UINT32_MAX);
            continue;
        }
        sr_toll t = sr_attr_toll(s, v);
        int ok = t.killed == tc->killed && t.injured == tc->injured &&
                 t.killed_low == tc->low && t.killed_high == tc->high &&
                 (t.killed < 0) == (t.killed_token == UINT32_MAX) &&
                 (t.injured < 0) == (t.injured_token == UINT32_MAX);
        if (!ok)
            fprintf(stderr, "  %s%s %s#%d: got killed %d [%d,%d] injured %d, want %d [%d,%d] %d\n",
                    strict ? "" : "(own parse) ", tc->id, tc->verb, tc->occ, (int)t.killed,
                    (int)t.killed_low, (int)t.killed_high, (int)t.injured, (int)tc->killed,
                    (int)tc->low, (int)tc->high, (int)tc->injured);
        if (strict)
            CHECK(ok);
        exact += ok;
        if (tc->killed < 0 && tc->injured < 0 && (t.killed >= 0 || t.injured >= 0))
            (*spurious)++;
    }
    return exact;
}

TEST(tolls_cases)
{
    if (!tolls_corpus.n)
        SKIP("tests/data/attr/tolls.conllu did not load");
    tolls_total = (int)(sizeof toll_cases / sizeof toll_cases[0]);
    for (int i = 0; i < tolls_total; i++)
        tolls_none += toll_cases[i].killed < 0 && toll_cases[i].injured < 0;
    tolls_exact = run_tolls(&tolls_corpus, 1, &tolls_spurious);
    CHECK_INT(tolls_spurious, 0);
}

TEST(tolls_on_own_parses)
{
    if (!parser_tolls.n)
        SKIP("tests/data/attr/tolls.parser.conllu did not load");
    parser_tolls_exact = run_tolls(&parser_tolls, 0, &parser_tolls_spurious);
    CHECK(parser_tolls_exact * 10 >= tolls_total * 7);
    CHECK_INT(parser_tolls_spurious, 0);
}

TEST(tolls_number_tokens)
{
    const sr_sentence *s = find_sentence(&tolls_corpus, "t01");
    if (!s)
        SKIP("tests/data/attr/tolls.conllu did not load");
    sr_toll t = sr_attr_toll(s, find_token(s, "killed", 1));
    CHECK_STR(s->tokens[t.killed_token].form, "25");
    CHECK_INT(t.injured_token, UINT32_MAX);
    s = find_sentence(&tolls_corpus, "t12");
    t = sr_attr_toll(s, find_token(s, "killed", 1));
    CHECK_STR(s->tokens[t.injured_token].form, "30");
    CHECK_INT(sr_attr_toll(s, 9999).killed, -1);
    CHECK_INT(sr_attr_toll(NULL, 0).killed, -1);
}

/* ---------------------------------------------------------------- numbers */

/* Splits words on spaces into a sentence of bare tokens (forms only). */
static sr_sentence words(const char *text, sr_token *tok, char *store, uint32_t cap)
{
    sr_sentence s = {0, 0, tok, 0};
    strcpy(store, text);
    for (char *p = strtok(store, " "); p && s.ntokens < cap; p = strtok(NULL, " ")) {
        memset(&tok[s.ntokens], 0, sizeof tok[0]);
        tok[s.ntokens].form = p;
        tok[s.ntokens].head = -1;
        s.ntokens++;
    }
    return s;
}

/* Background by a named past year (issue 5, round 5): "In 2024, ..." in
 * a story of March 2025 is a tally of that year, even though the year
 * ended less than 365 days before; "last year" is not caught this way. */
TEST(history_named_past_year)
{
    sr_token tok[24];
    char store[256];
    sr_sentence frame = words("In 2024 , Valdorian rebels killed nearly 300 soldiers in Marestan .",
                              tok, store, 24);
    sr_event_date kept = {20250314, SR_DATE_DAY, UINT32_MAX, UINT32_MAX};
    int32_t year = 0;
    CHECK_INT(sr_attr_is_history_in(&frame, kept, 20250314, &year), 2);
    CHECK_INT(year, 2024);
    CHECK_INT(sr_attr_is_history_in(&frame, kept, 20240314, NULL), 0); /* the current year */
    CHECK_INT(sr_attr_is_history(kept, 20250314), 0);            /* dates alone miss it */
    CHECK_INT(sr_attr_is_history_in(NULL, kept, 20250314, NULL), 0);

    sr_token tok2[24];
    char store2[256];
    sr_sentence own = words("Osterland was sanctioned by Marestan in 2024 for the raids .", tok2,
                            store2, 24);
    sr_event_date in2024 = {20240101, SR_DATE_YEAR, 6, 7};
    CHECK_INT(sr_attr_is_history_in(&own, in2024, 20250314, NULL), 2);

    sr_token tok3[24];
    char store3[256];
    sr_sentence last = words("Marestan sent aid to Valdoria last year .", tok3, store3, 24);
    sr_event_date last_year = {20240101, SR_DATE_YEAR, 5, 6};
    CHECK_INT(sr_attr_is_history_in(&last, last_year, 20250314, NULL), 0);
    CHECK_INT(sr_attr_is_history_in(&last, last_year, 20260102, NULL), 1); /* 367 days on */

    sr_token tok4[24];
    char store4[256];
    sr_sentence late = words("In 2024 the Valdorian army said it was ready .", tok4, store4, 24);
    CHECK_INT(sr_attr_is_history_in(&late, kept, 20250314, NULL), 0); /* no comma: not an opening frame */
}

/* Background by an opening span (issue 5, round 6): "Since 2009,",
 * "In the past two years,", "For years," open a tally or a lasting state,
 * not the day's act, when the event's clause has no date of its own. */
TEST(history_opening_span)
{
    sr_event_date kept = {20250314, SR_DATE_DAY, UINT32_MAX, UINT32_MAX};
    static const char *const background[] = {
        "Since 2011 , Valdorian rebels have killed hundreds of soldiers .",
        "In the past two years , reporters in Marestan have been detained .",
        "Over the last 15 months , Valdoria has expelled 300 traders .",
        "In recent years , Marestan has jailed its critics .",
        "\" For years , he has undermined the courts of Valdoria .",
    };
    for (size_t i = 0; i < sizeof background / sizeof background[0]; i++) {
        sr_token tok[24];
        char store[256];
        sr_sentence s = words(background[i], tok, store, 24);
        CHECK_INT(sr_attr_is_history_in(&s, kept, 20250314, NULL), 3);
    }
    static const char *const news[] = {
        "Since 2025 , Valdorian rebels have killed 40 soldiers .",   /* the current year */
        "In the past week , Marestan has expelled 30 traders .",    /* weeks are news */
        "In the past months the Valdorian army said it was ready .", /* no comma */
        "For years to come , Marestan will buy Valdorian grain .",
        "Valdoria has jailed its critics for years , Marestan said .",
    };
    for (size_t i = 0; i < sizeof news / sizeof news[0]; i++) {
        sr_token tok[24];
        char store[256];
        sr_sentence s = words(news[i], tok, store, 24);
        CHECK_INT(sr_attr_is_history_in(&s, kept, 20250314, NULL), 0);
    }
    /* a date in the event's own clause decides instead */
    sr_token tok[24];
    char store[256];
    sr_sentence dated = words("Since 2011 , Valdoria has raided Marestan , and on Friday it did so again .",
                              tok, store, 24);
    sr_event_date friday = {20250314, SR_DATE_DAY, 13, 14};
    CHECK_INT(sr_attr_is_history_in(&dated, friday, 20250314, NULL), 0);
}

/* Gives the bare tokens of s a parse: heads (1-based) and relations. */
static void parse_as(sr_sentence *s, const int32_t *heads, const char *const *rels)
{
    for (uint32_t i = 0; i < s->ntokens; i++) {
        s->tokens[i].head = heads[i];
        s->tokens[i].deprel = rels[i];
    }
}

/* Background by a year the subject names (issue 5, round 12): "The
 * deadliest raid, in 2019, killed ..." and "the 2015 shelling of a clinic
 * that killed ..." recount a past act though the verb's clause has no
 * date of its own. */
TEST(history_subject_names_a_past_year)
{
    sr_event_date kept = {20250314, SR_DATE_DAY, UINT32_MAX, UINT32_MAX};
    int32_t year = 0;

    sr_token tok[24];
    char store[256];
    sr_sentence raid = words("The deadliest raid , in 2019 , killed 30 villagers and wounded 40 others .",
                             tok, store, 24);
    static const int32_t raid_heads[] = {3, 3, 8, 3, 6, 3, 3, 0, 10, 8, 12, 8, 14, 12, 8};
    static const char *const raid_rels[] = {"det", "amod", "nsubj", "punct", "case", "nmod",
                                            "punct", "root", "nummod", "obj", "cc", "conj",
                                            "nummod", "obj", "punct"};
    parse_as(&raid, raid_heads, raid_rels);
    CHECK_INT(sr_attr_is_history_of(&raid, 7, kept, 20250314, &year), 4);
    CHECK_INT(year, 2019);
    CHECK_INT(sr_attr_is_history_of(&raid, 11, kept, 20250314, NULL), 4); /* the shared subject */
    CHECK_INT(sr_attr_is_history_in(&raid, kept, 20250314, NULL), 0);    /* without the subject */
    CHECK_INT(sr_attr_is_history_of(&raid, 7, kept, 20190614, NULL), 0); /* the current year */
    sr_event_date friday = {20250314, SR_DATE_DAY, 9, 9};
    CHECK_INT(sr_attr_is_history_of(&raid, 7, friday, 20250314, NULL), 0); /* its own date decides */

    sr_token tok2[24];
    char store2[256];
    sr_sentence trial = words("Judges heard the 2015 shelling of a Marestan clinic that killed nine nurses .",
                              tok2, store2, 24);
    static const int32_t trial_heads[] = {2, 0, 5, 5, 2, 9, 9, 9, 5, 11, 9, 13, 11, 2};
    static const char *const trial_rels[] = {"nsubj", "root", "det", "nummod", "obj", "case",
                                             "det", "compound", "nmod", "nsubj", "acl:relcl",
                                             "nummod", "obj", "punct"};
    parse_as(&trial, trial_heads, trial_rels);
    tok2[9].upos = "PRON";
    CHECK_INT(sr_attr_is_history_of(&trial, 10, kept, 20250314, &year), 4);
    CHECK_INT(year, 2015);
    CHECK_INT(sr_attr_is_history_of(&trial, 1, kept, 20250314, NULL), 0); /* the judges' act */

    /* the subject nearest the verb, when a parse gives it two */
    sr_token tok3[24];
    char store3[256];
    sr_sentence coup = words("Since the 2021 coup , the army has killed 600 civilians .", tok3,
                             store3, 24);
    static const int32_t coup_heads[] = {9, 4, 4, 9, 4, 7, 9, 9, 0, 11, 9, 9};
    static const char *const coup_rels[] = {"mark", "det", "nummod", "nsubj", "punct", "det",
                                            "nsubj", "aux", "root", "nummod", "obj", "punct"};
    parse_as(&coup, coup_heads, coup_rels);
    CHECK_INT(sr_attr_is_history_of(&coup, 8, kept, 20250314, NULL), 0);

    /* a year deeper in the subject does not date it */
    sr_token tok4[24];
    char store4[256];
    sr_sentence critics = words("The 2015 accord 's critics protested .", tok4, store4, 24);
    static const int32_t critics_heads[] = {3, 3, 5, 3, 6, 0, 6};
    static const char *const critics_rels[] = {"det", "nummod", "nmod:poss", "case", "nsubj",
                                               "root", "punct"};
    parse_as(&critics, critics_heads, critics_rels);
    CHECK_INT(sr_attr_is_history_of(&critics, 5, kept, 20250314, NULL), 0);

    /* an adverbial clause dated to a past year sets its verb's time */
    sr_token tok5[24];
    char store5[256];
    sr_sentence office = words("When Vesk took office in 2017 , he promised reforms .", tok5, store5,
                               24);
    static const int32_t office_heads[] = {3, 3, 9, 3, 6, 3, 3, 9, 0, 9, 9};
    static const char *const office_rels[] = {"advmod", "nsubj", "advcl", "obj",  "case", "obl",
                                               "punct",  "nsubj", "root",  "obj", "punct"};
    parse_as(&office, office_heads, office_rels);
    tok5[7].upos = "PRON";
    CHECK_INT(sr_attr_is_history_of(&office, 8, kept, 20250314, &year), 4);
    CHECK_INT(year, 2017);
    CHECK_INT(sr_attr_is_history_of(&office, 8, kept, 20170614, NULL), 0); /* the current year */

    /* a relative "when" right after a past year and a comma takes its
     * time from that year (issue 5, helper C of round 18) */
    static const int32_t when_heads[] = {2, 0, 4, 2, 8, 8, 8, 4, 10, 8, 2};
    static const char *const when_rels[] = {"nsubj", "root",  "case",      "obl",
                                            "punct", "advmod", "nsubj",    "acl:relcl",
                                            "nmod:poss", "obj", "punct"};
    sr_token tok6[24];
    char store6[256];
    sr_sentence recalled = words("Talks collapsed in 2013 , when Valdoria recalled its envoy .",
                                 tok6, store6, 24);
    parse_as(&recalled, when_heads, when_rels);
    CHECK_INT(sr_attr_is_history_of(&recalled, 7, kept, 20250314, &year), 4);
    CHECK_INT(year, 2013);
    sr_token tok7[24];
    char store7[256];
    sr_sentence friday_when = words("Talks collapsed on Friday , when Valdoria recalled its envoy .",
                                    tok7, store7, 24);
    parse_as(&friday_when, when_heads, when_rels);
    CHECK_INT(sr_attr_is_history_of(&friday_when, 7, kept, 20250314, NULL), 0);
}

/* Background told as narrative (issue 5, helper H of round 21): an
 * undated clause told in the past and tied to the time before it
 * ("later", "then", "the following year", "fought back", a main clause
 * in the past perfect) belongs to the past year the sentence before
 * names; a recent date before it, a present or perfect clause, or no
 * link word leaves it news. */
TEST(history_told_as_a_sequel)
{
    static const int32_t seized_heads[] = {2, 3, 0, 3, 6, 3, 3};
    static const char *const seized_rels[] = {"amod", "nsubj", "root", "obj",
                                              "case", "obl",   "punct"};
    sr_sentence sents[3];
    sr_token tok0[16], tok1[16], tok2[16];
    char store0[128], store1[128], store2[128];
    sents[0] = words("Valdorian troops seized Marestan in 2015 .", tok0, store0, 16);
    parse_as(&sents[0], seized_heads, seized_rels);
    tok0[2].upos = "VERB";
    tok0[2].xpos = "VBD";
    sents[1] = words("Months later , rebels retook the town .", tok1, store1, 16);
    static const int32_t later_heads[] = {2, 5, 2, 5, 0, 7, 5, 5};
    static const char *const later_rels[] = {"obl:unmarked", "advmod", "punct", "nsubj",
                                             "root",         "det",    "obj",   "punct"};
    parse_as(&sents[1], later_heads, later_rels);
    tok1[4].upos = "VERB";
    tok1[4].xpos = "VBD";
    CHECK_INT(sr_attr_narrative_year(sents, 2, 1, 4, 20250314), 2015);
    CHECK_INT(sr_attr_narrative_year(sents, 2, 1, 4, 20160314), 0); /* a year back is news */
    CHECK_INT(sr_attr_narrative_year(sents, 1, 1, 4, 20250314), 0);
    CHECK_INT(sr_attr_narrative_year(sents, 2, 0, 2, 20250314), 0); /* no sentence before */

    /* without the link word the sentence is the news told after it */
    tok1[1].deprel = "dep";
    CHECK_INT(sr_attr_narrative_year(sents, 2, 1, 4, 20250314), 0);
    /* the past perfect of a main clause is a link too */
    tok1[1].form = "had";
    tok1[1].deprel = "aux";
    tok1[4].xpos = "VBN";
    CHECK_INT(sr_attr_narrative_year(sents, 2, 1, 4, 20250314), 2015);
    /* a present perfect is not narration */
    tok1[1].form = "has";
    CHECK_INT(sr_attr_narrative_year(sents, 2, 1, 4, 20250314), 0);
    tok1[1].form = "later";
    tok1[1].deprel = "advmod";
    tok1[4].xpos = "VBD";

    /* the time last told, over a sentence that tells none */
    sents[2] = sents[1];
    sents[1] = words("What happened ?", tok2, store2, 16);
    static const int32_t what_heads[] = {2, 0, 2};
    static const char *const what_rels[] = {"nsubj", "root", "punct"};
    parse_as(&sents[1], what_heads, what_rels);
    tok2[1].upos = "VERB";
    tok2[1].xpos = "VBD";
    CHECK_INT(sr_attr_narrative_year(sents, 3, 2, 4, 20250314), 2015);

    /* a recent date before it: the sequel is news */
    tok0[4].form = "on";
    tok0[5].form = "Monday";
    CHECK_INT(sr_attr_narrative_year(sents, 3, 2, 4, 20250314), 0);
}

/* Past the opening sentences, a plain past clause in a sentence with no
 * time word continues the episode the sentence right before dates to a
 * past year (issue 5, helper W of round 37); a time word, a perfect, an
 * opening sentence or a recent year leaves it news. */
TEST(history_plain_past_after_an_old_year)
{
    static const int32_t seized_heads[] = {2, 3, 0, 3, 6, 3, 3};
    static const char *const seized_rels[] = {"amod", "nsubj", "root", "obj",
                                              "case", "obl",   "punct"};
    static const int32_t killed_heads[] = {2, 4, 4, 0, 4};
    static const char *const killed_rels[] = {"nummod", "nsubj:pass", "aux:pass", "root", "punct"};
    sr_sentence sents[4];
    sr_token tok0[16], tok1[16], tok2[16], tok3[16];
    char store0[128], store1[128], store2[128], store3[128];
    sents[0] = words("Valdoria protested .", tok0, store0, 16);
    sents[1] = words("Marestan protested .", tok1, store1, 16);
    sents[2] = words("Valdorian troops seized Marestan in 2015 .", tok2, store2, 16);
    parse_as(&sents[2], seized_heads, seized_rels);
    tok2[2].upos = "VERB";
    tok2[2].xpos = "VBD";
    sents[3] = words("Nine activists were killed .", tok3, store3, 16);
    parse_as(&sents[3], killed_heads, killed_rels);
    tok3[3].upos = "VERB";
    tok3[3].xpos = "VBN";
    CHECK_INT(sr_attr_narrative_year(sents, 4, 3, 3, 20250314), 2015);
    CHECK_INT(sr_attr_narrative_year(sents, 4, 3, 3, 20160314), 0); /* a year back is news */
    /* a perfect is no narration */
    tok3[2].form = "have";
    tok3[2].deprel = "aux";
    CHECK_INT(sr_attr_narrative_year(sents, 4, 3, 3, 20250314), 0);
    tok3[2].form = "were";
    tok3[2].deprel = "aux:pass";
    /* a time word of its own: the sentence tells its own time */
    tok3[0].form = "Today";
    CHECK_INT(sr_attr_narrative_year(sents, 4, 3, 3, 20250314), 0);
    tok3[0].form = "Nine";
    /* in the opening sentences it is the news */
    CHECK_INT(sr_attr_narrative_year(&sents[1], 3, 2, 3, 20250314), 0);
    /* the year must be in the sentence right before */
    sr_sentence far[5] = {sents[0], sents[1], sents[2], sents[1], sents[3]};
    CHECK_INT(sr_attr_narrative_year(far, 5, 4, 3, 20250314), 0);
}

/* A sentence that opens with a time phrase and a comma, the period
 * two months or more before publication, is framed as a recollection
 * (issue 5, helper T of round 34); "Since April," is a span to the day. */
TEST(history_opening_time_months_back)
{
    sr_token tok[16];
    char store[128];
    sr_sentence s = words("In April , the army jailed him .", tok, store, 16);
    sr_event_date d = {20240401, SR_DATE_MONTH, 1, 1};
    CHECK_INT(sr_attr_is_opening_past(&s, 5, d, 20241120), 1);
    CHECK_INT(sr_attr_is_opening_past(&s, 5, d, 20240630), 1); /* April ended two months back */
    CHECK_INT(sr_attr_is_opening_past(&s, 5, d, 20240629), 0);
    CHECK_INT(sr_attr_is_opening_past(&s, 5, d, 20240520), 0); /* last month: news */
    sr_event_date kept = {20241120, SR_DATE_DAY, UINT32_MAX, UINT32_MAX};
    CHECK_INT(sr_attr_is_opening_past(&s, 5, kept, 20241120), 0);
    tok[0].form = "Since";
    CHECK_INT(sr_attr_is_opening_past(&s, 5, d, 20241120), 0);
    tok[0].form = "In";
    tok[2].form = "the"; /* no comma: the phrase does not frame the sentence */
    CHECK_INT(sr_attr_is_opening_past(&s, 5, d, 20241120), 0);
    tok[2].form = ",";
    sr_token tok2[16];
    char store2[128];
    sr_sentence mid = words("The army in April jailed him .", tok2, store2, 16);
    sr_event_date d2 = {20240401, SR_DATE_MONTH, 3, 3};
    CHECK_INT(sr_attr_is_opening_past(&mid, 4, d2, 20241120), 0); /* not an opening */
    CHECK_INT(sr_attr_is_opening_past(NULL, 5, d, 20241120), 0);
    /* "In January, the army will free him": the reader resolves the
     * month to the past, but the clause points ahead */
    sr_token tok3[16];
    char store3[128];
    sr_sentence ahead = words("In January , the army will free him .", tok3, store3, 16);
    tok3[5].head = 7; /* "will" on "free" */
    tok3[5].deprel = "aux";
    tok3[5].xpos = "MD";
    tok3[6].xpos = "VB";
    sr_event_date jan = {20240101, SR_DATE_MONTH, 1, 1};
    CHECK_INT(sr_attr_is_opening_past(&ahead, 6, jan, 20241120), 0);
    tok3[5].deprel = "dep"; /* without its modal it is a recollection */
    tok3[6].xpos = "VBD";
    CHECK_INT(sr_attr_is_opening_past(&ahead, 6, jan, 20241120), 1);
}

/* An act the text dates two months or more before publication, in its
 * own clause, is context (issue 5, helper W of round 37): a month or a
 * year by calendar months, a day by the same day two months back; a
 * bound ("since", "after", "before") or a possessive dates something
 * else. */
TEST(history_own_date_months_back)
{
    sr_token tok[16];
    char store[128];
    sr_sentence s = words("Valdoria imposed sanctions on Marestan in January .", tok, store, 16);
    tok[1].xpos = "VBD";
    sr_event_date jan = {20250101, SR_DATE_MONTH, 6, 6};
    CHECK_INT(sr_attr_is_months_back(&s, 1, jan, 20250314), 1);
    CHECK_INT(sr_attr_is_months_back(&s, 1, jan, 20250301), 1); /* two calendar months */
    CHECK_INT(sr_attr_is_months_back(&s, 1, jan, 20250228), 0); /* last month: news */
    sr_event_date last_year = {20240101, SR_DATE_YEAR, 6, 6};
    CHECK_INT(sr_attr_is_months_back(&s, 1, last_year, 20250416), 1);
    CHECK_INT(sr_attr_is_months_back(&s, 1, last_year, 20250120), 0); /* weeks ago */
    sr_event_date day = {20250110, SR_DATE_DAY, 6, 6};
    CHECK_INT(sr_attr_is_months_back(&s, 1, day, 20250310), 1);
    CHECK_INT(sr_attr_is_months_back(&s, 1, day, 20250309), 0);
    sr_event_date kept = {20250314, SR_DATE_DAY, UINT32_MAX, UINT32_MAX};
    CHECK_INT(sr_attr_is_months_back(&s, 1, kept, 20250314), 0);
    CHECK_INT(sr_attr_is_months_back(NULL, 1, jan, 20250314), 0);
    /* a bound dates an edge, not the act */
    tok[5].form = "since";
    CHECK_INT(sr_attr_is_months_back(&s, 1, jan, 20250314), 0);
    tok[5].form = "after";
    CHECK_INT(sr_attr_is_months_back(&s, 1, jan, 20250314), 0);
    tok[5].form = "in";
    /* "January's vote": the month dates another event */
    tok[7].form = "'s";
    CHECK_INT(sr_attr_is_months_back(&s, 1, jan, 20250314), 0);
    tok[7].form = "\xe2\x80\x99s";
    CHECK_INT(sr_attr_is_months_back(&s, 1, jan, 20250314), 0);
    tok[7].form = ".";
    CHECK_INT(sr_attr_is_months_back(&s, 1, jan, 20250314), 1);
    /* told ahead or now: "will impose sanctions ... in January" in a
     * November story, where the reader resolves January to the past */
    sr_token tok2[16];
    char store2[128];
    sr_sentence ahead = words("Valdoria will impose sanctions on Marestan in January .", tok2, store2, 16);
    static const int32_t ahead_heads[] = {3, 3, 0, 3, 6, 4, 8, 3, 3};
    static const char *const ahead_rels[] = {"nsubj", "aux", "root", "obj", "case",
                                             "nmod",  "case", "obl", "punct"};
    parse_as(&ahead, ahead_heads, ahead_rels);
    tok2[2].xpos = "VB";
    sr_event_date jan2 = {20250101, SR_DATE_MONTH, 7, 7};
    CHECK_INT(sr_attr_is_months_back(&ahead, 2, jan2, 20251114), 0);
    tok2[1].form = "had"; /* a past perfect is the past */
    tok2[2].xpos = "VBN";
    CHECK_INT(sr_attr_is_months_back(&ahead, 2, jan2, 20251114), 1);
    tok2[1].form = "has"; /* a present perfect is not */
    CHECK_INT(sr_attr_is_months_back(&ahead, 2, jan2, 20251114), 0);
    /* an infinitive takes the tense of the verb it completes: "plans to
     * impose" is ahead, "tried to impose" is past */
    tok2[1].form = "plans";
    tok2[1].deprel = "root";
    tok2[1].head = 0;
    tok2[1].xpos = "VBZ";
    tok2[2].deprel = "xcomp";
    tok2[2].head = 2;
    tok2[2].xpos = "VB";
    CHECK_INT(sr_attr_is_months_back(&ahead, 2, jan2, 20251114), 0);
    tok2[1].form = "tried";
    tok2[1].xpos = "VBD";
    CHECK_INT(sr_attr_is_months_back(&ahead, 2, jan2, 20251114), 1);
}

typedef struct number_case {
    const char *text;
    int64_t value;
    uint32_t n;
    int64_t low, high;
} number_case;

TEST(numbers)
{
    static const number_case cases[] = {
        {"25 people", 25, 1, -1, -1},
        {"1,500 people", 1500, 1, -1, -1},
        {"500,000", 500000, 1, -1, -1},
        {"three soldiers", 3, 1, -1, -1},
        {"Twenty - five", 25, 3, -1, -1},
        {"twenty-five", 25, 1, -1, -1},
        {"forty two", 42, 2, -1, -1},
        {"two dozen dead", 24, 2, -1, -1},
        {"a dozen", 12, 2, -1, -1},
        {"three hundred and twenty", 320, 4, -1, -1},
        {"2.5 million", 2500000, 2, -1, -1},
        {"hundreds killed", 200, 1, 200, -1},
        {"dozens", 24, 1, 24, -1},
        {"hundreds of thousands", 200000, 3, 200000, -1},
        {"at least 25", 25, 3, 25, -1},
        {"more than 40 wounded", 41, 3, 41, -1},
        {"over 100", 101, 2, 101, -1},
        {"up to 12", 12, 3, -1, 12},
        {"as many as 30", 30, 4, -1, 30},
        {"between 10 and 15", 10, 4, 10, 15},
        {"10 to 15 people", 10, 3, 10, 15},
        {"two or three", 2, 3, 2, 3},
        {"about 60", 60, 2, -1, -1},
        {"fewer than ten", 9, 3, -1, 9},
        {"no one", 0, 2, -1, -1},
        {"nobody", 0, 1, -1, -1},
        {"Saturday", -1, 0, -1, -1},
        {"1,50", -1, 0, -1, -1},
        {"2.5 people", -1, 0, -1, -1},
        {"at least", -1, 0, -1, -1},
        {"between 15 and 10", -1, 0, -1, -1},
        {"12abc", -1, 0, -1, -1},
        {"99999999999999999999", -1, 0, -1, -1},
    };
    sr_token tok[16];
    char store[128];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sr_sentence s = words(cases[i].text, tok, store, 16);
        uint32_t n = 77;
        int64_t lo, hi;
        int64_t v = sr_attr_parse_range(&s, 0, &n, &lo, &hi);
        if (v != cases[i].value || n != cases[i].n ||
            (v >= 0 && (lo != cases[i].low || hi != cases[i].high)))
            fprintf(stderr, "  \"%s\": got %lld (%u tokens, [%lld,%lld])\n", cases[i].text,
                    (long long)v, n, (long long)lo, (long long)hi);
        CHECK_INT(v, cases[i].value);
        CHECK_INT(n, cases[i].n);
        CHECK_INT(sr_attr_parse_number(&s, 0, NULL), cases[i].value);
    }
    sr_sentence s = words("killed 12", tok, store, 16);
    CHECK_INT(sr_attr_parse_number(&s, 1, NULL), 12);
    CHECK_INT(sr_attr_parse_number(&s, 2, NULL), -1);
    CHECK_INT(sr_attr_parse_number(NULL, 0, NULL), -1);
}

/* ---------------------------------------------------------------- robustness */

static uint32_t next_random(uint64_t *seed)
{
    *seed = *seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(*seed >> 33);
}

/* Random forms from the words the rules react to, with random heads (out of
 * range, self-loops and cycles included) and relations: every call must
 * return within its bounds and give sane fields. Run under ASan/UBSan by
 * make test-asan. */
TEST(random_trees)
{
    static const char *const forms[] = {
        "killed", "killing", "died", "dead", "wounded", "injured", "toll", "death", "no",
        "one", "at", "least", "more", "than", "25", "1,500", "two", "dozen", "hundreds", "of",
        "between", "and", "up", "to", "since", "so", "far", "the", "war", "has", "last",
        "week", "this", "month", "Saturday", "Nov.", "27", "2016", "yesterday", "ago",
        "days", "March", "overnight", "people", "said", "will", "-", "twenty", "five", "",
        NULL};
    static const char *const rels[] = {
        "nsubj", "nsubj:pass", "obj", "obl", "obl:tmod", "advmod", "nmod", "nummod",
        "amod", "conj", "advcl", "xcomp", "acl", "acl:relcl", "det", "case", "aux",
        "aux:pass", "ccomp", "root", NULL};
    static const char *const upos[] = {"VERB", "NOUN", "NUM", "ADJ", "PROPN", NULL};
    enum { NF = sizeof forms / sizeof forms[0], NR = sizeof rels / sizeof rels[0],
           NU = sizeof upos / sizeof upos[0], MAXT = 48 };
    uint64_t seed = 12345;
    sr_token tok[MAXT];
    int ok = 1;
    for (int round = 0; round < 3000; round++) {
        uint32_t n = next_random(&seed) % MAXT;
        for (uint32_t i = 0; i < n; i++) {
            memset(&tok[i], 0, sizeof tok[i]);
            tok[i].form = forms[next_random(&seed) % NF];
            tok[i].deprel = rels[next_random(&seed) % NR];
            tok[i].upos = upos[next_random(&seed) % NU];
            tok[i].head = (int32_t)(next_random(&seed) % (n + 3)) - 1;
        }
        sr_sentence s = {0, 0, tok, n};
        int32_t pub = 20240229;
        for (uint32_t v = 0; v <= n; v++) {
            sr_event_date d = sr_attr_event_date(&s, v, pub);
            if (!sr_attr_date_valid(d.ymd) || (d.first_token != UINT32_MAX && d.first_token >= n))
                ok = 0;
            sr_toll t = sr_attr_toll(&s, v);
            if ((t.killed >= 0 && t.killed_token >= n) || (t.injured >= 0 && t.injured_token >= n))
                ok = 0;
            uint32_t used;
            int64_t num = sr_attr_parse_number(&s, v, &used);
            if (num >= 0 && (used == 0 || v + used > n))
                ok = 0;
        }
    }
    CHECK(ok);
}

/* ---------------------------------------------------------------- speed */

/* Both calls over every token of every test sentence; a loose bound that
 * only catches a blow-up (the real figure is from bench/bench_attr.c). */
TEST(speed)
{
    if (!tolls_corpus.n || !dates_corpus.n)
        SKIP("fixtures did not load");
    struct timespec a, b;
    size_t calls = 0;
    volatile int64_t sink = 0;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int rep = 0; rep < 200; rep++)
        for (int k = 0; k < 2; k++) {
            const corpus *c = k ? &tolls_corpus : &dates_corpus;
            for (uint32_t i = 0; i < c->n; i++)
                for (uint32_t t = 0; t < c->sents[i].s.ntokens; t++) {
                    sink += sr_attr_event_date(&c->sents[i].s, t, 20241130).ymd;
                    sink += sr_attr_toll(&c->sents[i].s, t).killed;
                    calls += 2;
                }
        }
    clock_gettime(CLOCK_MONOTONIC, &b);
    double ns = ((double)(b.tv_sec - a.tv_sec) * 1e9 + (double)(b.tv_nsec - a.tv_nsec)) /
                (double)calls;
    printf("attr: %.0f ns per call over %zu calls (every token as the verb)\n", ns, calls);
    CHECK(sink != 0);
    CHECK(ns < 20000);
}

int main(void)
{
    load(FIX "dates.conllu", &dates_corpus);
    load(FIX "tolls.conllu", &tolls_corpus);
    load(FIX "dates.parser.conllu", &parser_dates);
    load(FIX "tolls.parser.conllu", &parser_tolls);
    RUN(calendar_days);
    RUN(calendar_arithmetic);
    RUN(history_is_a_period_over_a_year_gone);
    RUN(dates_cases);
    RUN(dates_on_own_parses);
    RUN(dates_bad_input);
    RUN(tolls_cases);
    RUN(tolls_on_own_parses);
    RUN(tolls_number_tokens);
    RUN(numbers);
    RUN(history_named_past_year);
    RUN(history_opening_span);
    RUN(history_subject_names_a_past_year);
    RUN(history_told_as_a_sequel);
    RUN(history_opening_time_months_back);
    RUN(history_own_date_months_back);
    RUN(history_plain_past_after_an_old_year);
    RUN(random_trees);
    RUN(speed);
    printf("attr: checked parses: dates %d of %d exact; tolls %d of %d exact; spurious "
           "tolls %d of %d cases with none\n",
           dates_exact, dates_total, tolls_exact, tolls_total, tolls_spurious, tolls_none);
    printf("attr: sitrep's own parses: dates %d of %d exact; tolls %d of %d exact; spurious "
           "tolls %d of %d cases with none\n",
           parser_dates_exact, dates_total, parser_tolls_exact, tolls_total,
           parser_tolls_spurious, tolls_none);
    sr_arena_free(&arena);
    return harness_summary();
}
