/* CAMEO code facts: the table from cameo_table.def and its lookup. */
#include "coder/cameo_facts.h"

#include <string.h>

/* The QuadClass rule, as a macro so that static initialisers can use it. */
#define QUAD_OF_ROOT(r) \
    ((r) >= 1 && (r) <= 5 ? 1 : (r) >= 6 && (r) <= 8 ? 2 : \
     (r) >= 9 && (r) <= 13 ? 3 : (r) >= 14 && (r) <= 20 ? 4 : 0)

/* Rows name their PLOVER type as a bare word so that a misspelt type is a
 * compile error rather than a silent new category. */
#define PLOVER_NONE      NULL
#define PLOVER_AGREE     "AGREE"
#define PLOVER_CONSULT   "CONSULT"
#define PLOVER_SUPPORT   "SUPPORT"
#define PLOVER_CONCEDE   "CONCEDE"
#define PLOVER_COOPERATE "COOPERATE"
#define PLOVER_AID       "AID"
#define PLOVER_RETREAT   "RETREAT"
#define PLOVER_REQUEST   "REQUEST"
#define PLOVER_ACCUSE    "ACCUSE"
#define PLOVER_REJECT    "REJECT"
#define PLOVER_THREATEN  "THREATEN"
#define PLOVER_PROTEST   "PROTEST"
#define PLOVER_SANCTION  "SANCTION"
#define PLOVER_MOBILIZE  "MOBILIZE"
#define PLOVER_COERCE    "COERCE"
#define PLOVER_ASSAULT   "ASSAULT"

#define ROW(code, root, gs, pl, name) \
    { code, name, gs, QUAD_OF_ROOT(root), PLOVER_##pl, ROW_FROM_PREFIX },
#define SR_CAMEO2(a, b, gs, pl, name)       ROW(#a #b, a * 10 + b, gs, pl, name)
#define SR_CAMEO3(a, b, c, gs, pl, name)    ROW(#a #b #c, a * 10 + b, gs, pl, name)
#define SR_CAMEO4(a, b, c, d, gs, pl, name) ROW(#a #b #c #d, a * 10 + b, gs, pl, name)

/* The result carries from_prefix, so a prefix answer cannot be the exact
 * row: the table is expanded twice, identical but for that flag, and both
 * copies stay read-only (no per-call state, safe across threads). */
#define ROW_FROM_PREFIX 0
static const sr_cameo_facts exact_rows[] = {
#include "coder/cameo_table.def"
};
#undef ROW_FROM_PREFIX

#define ROW_FROM_PREFIX 1
static const sr_cameo_facts prefix_rows[] = {
#include "coder/cameo_table.def"
};
#undef ROW_FROM_PREFIX

#define NROWS (sizeof exact_rows / sizeof exact_rows[0])

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_alnum(char c)
{
    return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Index of the row whose code is exactly key[0..len), or -1. */
static long find(const char *key, size_t len)
{
    size_t lo = 0, hi = NROWS;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *code = exact_rows[mid].code;
        size_t clen = strlen(code);
        int cmp = memcmp(key, code, len < clen ? len : clen);
        if (cmp == 0)
            cmp = len < clen ? -1 : len > clen ? 1 : 0;
        if (cmp == 0)
            return (long)mid;
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

const sr_cameo_facts *sr_cameo_facts_lookup(const char *code)
{
    if (!code)
        return NULL;
    size_t len = 0, digits = 0;
    while (code[len]) {
        if (len == SR_CAMEO_FACTS_CODE_MAX || !is_alnum(code[len]))
            return NULL;
        if (digits == len && is_digit(code[len]))
            digits++;
        len++;
    }
    if (digits < 2)
        return NULL;
    long i = find(code, len);
    if (i >= 0)
        return &exact_rows[i];
    /* Table codes are all digits and at most four long, so only a digit
     * prefix of up to four characters can answer. */
    for (size_t n = digits < 4 ? digits : 4; n >= 2; n--) {
        if (n == len)
            continue;
        i = find(code, n);
        if (i >= 0)
            return &prefix_rows[i];
    }
    return NULL;
}

size_t sr_cameo_facts_count(void)
{
    return NROWS;
}

const sr_cameo_facts *sr_cameo_facts_at(size_t i)
{
    return i < NROWS ? &exact_rows[i] : NULL;
}

int sr_cameo_quad_of_root(int root)
{
    return QUAD_OF_ROOT(root);
}

static int same_label(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a >= 'a' && *a <= 'z' ? (char)(*a - 'a' + 'A') : *a;
        if (x != *b)
            return 0;
    }
    return *a == *b;
}

const char *sr_cameo_plover_2021(const char *label)
{
    /* 2016 labels that were renamed or merged in the 2021 manual. */
    static const char *const renamed[][2] = {
        {"DEMAND", PLOVER_REQUEST},     {"DISAPPROVE", PLOVER_ACCUSE},
        {"INVESTIGATE", PLOVER_ACCUSE}, {"FIGHT", PLOVER_ASSAULT},
    };
    static const char *const current[] = {
        PLOVER_AGREE,   PLOVER_CONSULT,  PLOVER_SUPPORT,  PLOVER_CONCEDE,
        PLOVER_COOPERATE, PLOVER_AID,    PLOVER_RETREAT,  PLOVER_REQUEST,
        PLOVER_ACCUSE,  PLOVER_REJECT,   PLOVER_THREATEN, PLOVER_PROTEST,
        PLOVER_SANCTION, PLOVER_MOBILIZE, PLOVER_COERCE,  PLOVER_ASSAULT,
    };
    if (!label)
        return NULL;
    for (size_t i = 0; i < sizeof renamed / sizeof renamed[0]; i++)
        if (same_label(label, renamed[i][0]))
            return renamed[i][1];
    for (size_t i = 0; i < sizeof current / sizeof current[0]; i++)
        if (same_label(label, current[i]))
            return current[i];
    return NULL;
}
