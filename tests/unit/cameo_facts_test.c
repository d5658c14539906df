/* Tests of the CAMEO facts table (src/coder/cameo_facts.h): spot checks,
 * the QuadClass rule, the prefix fallback, garbage codes, and agreement
 * with the shared CAMEO and PLOVER files when ../shared/data is there. */
#include "harness.h"
#include "coder/cameo_facts.h"

#include <ctype.h>
#include <math.h>

static const char *const plover_2021[] = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
};

static int is_plover_2021(const char *s)
{
    for (size_t i = 0; i < sizeof plover_2021 / sizeof plover_2021[0]; i++)
        if (strcmp(s, plover_2021[i]) == 0)
            return 1;
    return 0;
}

/* The QuadClass rule of docs/cameo-facts.md, restated here so that the
 * library cannot pass by agreeing with itself. */
static int expected_quad(const char *code)
{
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root >= 1 && root <= 5)
        return 1;
    if (root >= 6 && root <= 8)
        return 2;
    if (root >= 9 && root <= 13)
        return 3;
    if (root >= 14 && root <= 20)
        return 4;
    return 0;
}

static void check_facts(const char *ask, const char *code, double gs, int quad,
                        const char *plover, int from_prefix)
{
    const sr_cameo_facts *f = sr_cameo_facts_lookup(ask);
    CHECK(f != NULL);
    if (!f) {
        fprintf(stderr, "    (no facts for \"%s\")\n", ask);
        return;
    }
    CHECK_STR(f->code, code);
    CHECK(fabs(f->goldstein - gs) < 1e-9);
    CHECK_INT(f->quad, quad);
    if (plover)
        CHECK_STR(f->plover, plover);
    else
        CHECK(f->plover == NULL);
    CHECK_INT(f->from_prefix, from_prefix);
    CHECK(f->name && f->name[0]);
}

TEST(spot_checks)
{
    check_facts("195", "195", -10.0, 4, "ASSAULT", 0);
    check_facts("042", "042", 1.9, 1, "CONSULT", 0);
    check_facts("0874", "0874", 10.0, 2, "RETREAT", 0);
    check_facts("0233", "0233", 3.4, 1, "REQUEST", 0);
    check_facts("1011", "1011", -5.0, 3, "REQUEST", 0);
    check_facts("106", "106", -5.0, 3, "REQUEST", 0);
    check_facts("09", "09", -2.0, 3, "ACCUSE", 0);
    check_facts("163", "163", -8.0, 4, "COERCE", 0);
    check_facts("1712", "1712", -9.2, 4, "ASSAULT", 0);
    check_facts("0813", "0813", 5.0, 2, "RETREAT", 0);
    check_facts("083", "083", 5.0, 2, "CONCEDE", 0);
    check_facts("057", "057", 8.0, 1, "SUPPORT", 0);
    check_facts("2042", "2042", -10.0, 4, "ASSAULT", 0);
    CHECK_STR(sr_cameo_facts_lookup("195")->name, "aerial weapons attack");
}

/* 01x and 02x have no crosswalk rows; docs/cameo-facts.md gives the reasons. */
TEST(statement_and_appeal_decisions)
{
    static const char *const none[] = {"01", "010", "011", "012", "013", "014", "015", "017"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        const sr_cameo_facts *f = sr_cameo_facts_lookup(none[i]);
        CHECK(f && f->plover == NULL);
    }
    check_facts("016", "016", -2.0, 1, "REJECT", 0);
    check_facts("018", "018", 3.4, 1, "SUPPORT", 0);
    check_facts("019", "019", 3.4, 1, "SUPPORT", 0);
    size_t appeals = 0;
    for (size_t i = 0; i < sr_cameo_facts_count(); i++) {
        const sr_cameo_facts *f = sr_cameo_facts_at(i);
        if (strncmp(f->code, "02", 2) == 0) {
            appeals++;
            CHECK_STR(f->plover, "REQUEST");
        }
    }
    CHECK_INT(appeals, 28);
}

TEST(every_row_is_well_formed)
{
    size_t n = sr_cameo_facts_count();
    CHECK(n >= 300);
    CHECK(sr_cameo_facts_at(n) == NULL);
    for (size_t i = 0; i < n; i++) {
        const sr_cameo_facts *f = sr_cameo_facts_at(i);
        size_t len = strlen(f->code);
        int digits = 1;
        for (size_t k = 0; k < len; k++)
            digits &= isdigit((unsigned char)f->code[k]) != 0;
        if (!digits || len < 2 || len > 4) {
            fprintf(stderr, "    bad code \"%s\"\n", f->code);
            CHECK(0);
            continue;
        }
        if (i > 0 && strcmp(sr_cameo_facts_at(i - 1)->code, f->code) >= 0) {
            fprintf(stderr, "    out of order: %s after %s\n", f->code,
                    sr_cameo_facts_at(i - 1)->code);
            CHECK(0);
        }
        CHECK(f->goldstein >= -10.0 && f->goldstein <= 10.0);
        CHECK(f->plover == NULL || is_plover_2021(f->plover));
        CHECK(f->name && f->name[0] && strlen(f->name) < 60);
        CHECK_INT(f->from_prefix, 0);
        /* Every row is reachable, and exactly, by its own code. */
        CHECK(sr_cameo_facts_lookup(f->code) == f);
        if (len > 2) {
            char parent[5];
            memcpy(parent, f->code, len - 1);
            parent[len - 1] = '\0';
            const sr_cameo_facts *p = sr_cameo_facts_lookup(parent);
            CHECK(p && p->from_prefix == 0);
        }
    }
}

TEST(quad_follows_the_root_rule)
{
    for (size_t i = 0; i < sr_cameo_facts_count(); i++) {
        const sr_cameo_facts *f = sr_cameo_facts_at(i);
        if (f->quad != expected_quad(f->code)) {
            fprintf(stderr, "    %s: quad %d, rule says %d\n", f->code, f->quad,
                    expected_quad(f->code));
            CHECK(0);
        }
    }
    CHECK_INT(sr_cameo_quad_of_root(5), 1);
    CHECK_INT(sr_cameo_quad_of_root(6), 2);
    CHECK_INT(sr_cameo_quad_of_root(8), 2);
    CHECK_INT(sr_cameo_quad_of_root(9), 3);
    CHECK_INT(sr_cameo_quad_of_root(13), 3);
    CHECK_INT(sr_cameo_quad_of_root(14), 4);
    CHECK_INT(sr_cameo_quad_of_root(20), 4);
    CHECK_INT(sr_cameo_quad_of_root(0), 0);
    CHECK_INT(sr_cameo_quad_of_root(21), 0);
    CHECK_INT(sr_cameo_quad_of_root(-3), 0);
}

TEST(prefix_fallback)
{
    check_facts("075A", "075", 7.0, 2, "AID", 1);
    check_facts("1951", "195", -10.0, 4, "ASSAULT", 1);
    check_facts("19511", "195", -10.0, 4, "ASSAULT", 1);
    check_facts("1213", "121", -4.0, 3, "REJECT", 1);
    check_facts("102b", "102", -5.0, 3, "REQUEST", 1);
    check_facts("174K", "174", -5.0, 4, "COERCE", 1);
    check_facts("065", "06", 6.0, 2, "COOPERATE", 1);
    check_facts("0999", "09", -2.0, 3, "ACCUSE", 1);
    check_facts("01x", "01", 0.0, 1, NULL, 1);
    /* A prefix answer and the exact answer describe the same row. */
    const sr_cameo_facts *a = sr_cameo_facts_lookup("1951"), *b = sr_cameo_facts_lookup("195");
    CHECK(a && b && a != b && strcmp(a->name, b->name) == 0);
}

TEST(rejects_garbage)
{
    static const char *const bad[] = {
        "", "abc", "99", "9", "0", "00", "a12", "1a2", "04 ", " 04", "04-1", "04:043",
        "2100", "21", "345", "---", "111!", "123456789", "\303\25104",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (sr_cameo_facts_lookup(bad[i]) != NULL) {
            fprintf(stderr, "    accepted \"%s\"\n", bad[i]);
            CHECK(0);
        }
    }
    CHECK(sr_cameo_facts_lookup(NULL) == NULL);
    /* Eight characters is the limit, nine is refused. */
    CHECK(sr_cameo_facts_lookup("0423ABCD") != NULL);
    CHECK(sr_cameo_facts_lookup("0423ABCDE") == NULL);
}

TEST(plover_2016_labels)
{
    CHECK_STR(sr_cameo_plover_2021("DEMAND"), "REQUEST");
    CHECK_STR(sr_cameo_plover_2021("DISAPPROVE"), "ACCUSE");
    CHECK_STR(sr_cameo_plover_2021("INVESTIGATE"), "ACCUSE");
    CHECK_STR(sr_cameo_plover_2021("FIGHT"), "ASSAULT");
    CHECK_STR(sr_cameo_plover_2021("fight"), "ASSAULT");
    CHECK_STR(sr_cameo_plover_2021("Consult"), "CONSULT");
    for (size_t i = 0; i < sizeof plover_2021 / sizeof plover_2021[0]; i++)
        CHECK_STR(sr_cameo_plover_2021(plover_2021[i]), plover_2021[i]);
    CHECK(sr_cameo_plover_2021("CRIME") == NULL);
    CHECK(sr_cameo_plover_2021("") == NULL);
    CHECK(sr_cameo_plover_2021("ASSAULTS") == NULL);
    CHECK(sr_cameo_plover_2021("AGRE") == NULL);
    CHECK(sr_cameo_plover_2021(NULL) == NULL);
}

/* Reads the leading code of a line into out (up to 4 digits); its length. */
static size_t leading_code(const char *line, char out[8])
{
    size_t n = 0;
    while (n < 7 && isdigit((unsigned char)line[n])) {
        out[n] = line[n];
        n++;
    }
    out[n] = '\0';
    return n;
}

static FILE *open_shared(const char *rel)
{
    const char *path = harness_shared_path(rel);
    if (!path)
        return NULL;
    FILE *fp = fopen(path, "r");
    if (!fp)
        fprintf(stderr, "  cannot open %s\n", path);
    return fp;
}

static void check_listed(const char *code, const char *where, size_t lineno, size_t *seen)
{
    const sr_cameo_facts *f = sr_cameo_facts_lookup(code);
    if (!f || f->from_prefix) {
        fprintf(stderr, "    %s:%zu: code %s not in the table\n", where, lineno, code);
        CHECK(0);
        return;
    }
    (*seen)++;
}

TEST(every_listed_code_is_present)
{
    FILE *fp = open_shared("cameo/CAMEO.eventcodes.txt");
    if (!fp)
        SKIP("CAMEO code list absent");
    char *line = NULL;
    size_t cap = 0, lineno = 0, seen = 0;
    while (getline(&line, &cap, fp) != -1) {
        lineno++;
        char code[8];
        size_t n = leading_code(line, code);
        if (n < 2 || line[n] != '\t')
            continue; /* header, or a one-digit QuadClass heading */
        check_listed(code, "CAMEO.eventcodes.txt", lineno, &seen);
        /* The file glues some records onto the previous description in the
         * older "CODE:[GOLDSTEIN] text" form; those are codes too. */
        for (const char *p = line + n; (p = strstr(p, ":[")) != NULL; p += 2) {
            const char *s = p;
            while (s > line && isdigit((unsigned char)s[-1]))
                s--;
            if (p - s >= 2 && p - s <= 4) {
                memcpy(code, s, (size_t)(p - s));
                code[p - s] = '\0';
                check_listed(code, "CAMEO.eventcodes.txt", lineno, &seen);
            }
        }
    }
    free(line);
    fclose(fp);
    /* Nothing in the table that the list lacks, and nothing lost. */
    CHECK_INT(seen, sr_cameo_facts_count());
}

TEST(goldstein_matches_shared_scale)
{
    FILE *fp = open_shared("cameo/CAMEO.goldsteinscale.txt");
    if (!fp)
        SKIP("Goldstein scale absent");
    char *line = NULL;
    size_t cap = 0, lineno = 0, rows = 0;
    while (getline(&line, &cap, fp) != -1) {
        lineno++;
        char code[8];
        size_t n = leading_code(line, code);
        if (n < 2)
            continue;
        rows++;
        char *end;
        double want = strtod(line + n, &end);
        const sr_cameo_facts *f = sr_cameo_facts_lookup(code);
        if (end == line + n) {
            fprintf(stderr, "    CAMEO.goldsteinscale.txt:%zu: no score after %s\n", lineno, code);
            CHECK(0);
        } else if (!f || f->from_prefix) {
            fprintf(stderr, "    CAMEO.goldsteinscale.txt:%zu: %s not in the table\n", lineno, code);
            CHECK(0);
        } else if (f->goldstein != want) {
            fprintf(stderr, "    CAMEO.goldsteinscale.txt:%zu: %s: want %.1f, table has %.1f\n",
                    lineno, code, want, f->goldstein);
            CHECK(0);
        }
    }
    free(line);
    fclose(fp);
    CHECK_INT(rows, sr_cameo_facts_count());
}

/* Every crosswalk row agrees with the table; codes the list lacks fall back
 * to a listed prefix; every table code outside 01x/02x has a crosswalk row. */
TEST(plover_matches_2021_crosswalk)
{
    FILE *fp = open_shared("plover/CAMEO2PLOVER-2021.txt");
    if (!fp)
        SKIP("CAMEO-PLOVER crosswalk absent");
    size_t n = sr_cameo_facts_count();
    char *covered = calloc(n, 1);
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    while (getline(&line, &cap, fp) != -1) {
        lineno++;
        char code[8], type[16];
        size_t len = leading_code(line, code);
        if (len < 2 || line[len] != ':' || sscanf(line + len + 1, " %15[A-Z]", type) != 1)
            continue;
        const sr_cameo_facts *f = sr_cameo_facts_lookup(code);
        CHECK(f != NULL);
        if (!f || f->from_prefix)
            continue; /* not in the code list (1213, 1214): a prefix answers */
        size_t idx = 0;
        while (strcmp(sr_cameo_facts_at(idx)->code, f->code) != 0)
            idx++;
        /* A root may be listed under two types (08: CONCEDE, then RETREAT);
         * the table keeps the first. */
        if (covered[idx])
            continue;
        covered[idx] = 1;
        if (!f->plover || strcmp(f->plover, type) != 0) {
            fprintf(stderr, "    CAMEO2PLOVER-2021.txt:%zu: %s is %s, table has %s\n", lineno,
                    code, type, f->plover ? f->plover : "(null)");
            CHECK(0);
        }
    }
    free(line);
    fclose(fp);
    for (size_t i = 0; i < n; i++) {
        const char *code = sr_cameo_facts_at(i)->code;
        if (!covered[i] && strncmp(code, "01", 2) != 0 && strncmp(code, "02", 2) != 0) {
            fprintf(stderr, "    %s has no crosswalk row\n", code);
            CHECK(0);
        }
    }
    free(covered);
}

int main(void)
{
    RUN(spot_checks);
    RUN(statement_and_appeal_decisions);
    RUN(every_row_is_well_formed);
    RUN(quad_follows_the_root_rule);
    RUN(prefix_fallback);
    RUN(rejects_garbage);
    RUN(plover_2016_labels);
    RUN(every_listed_code_is_present);
    RUN(goldstein_matches_shared_scale);
    RUN(plover_matches_2021_crosswalk);
    return harness_summary();
}
