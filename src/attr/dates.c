/* Event dates: time expressions of one clause, resolved against the
 * publication date. See dates.h for the contract, docs/attributes.md for
 * the rules. */
#include "attr/dates.h"
#include "attr/words.h"

#include <string.h>

/* ---------------------------------------------------------------- calendar */

static int leap(int32_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int32_t y, int32_t m)
{
    static const unsigned char days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

int sr_attr_date_valid(int32_t ymd)
{
    int32_t y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    return ymd > 0 && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
           d <= month_days(y, m);
}

/* Days are counted in 400-year eras starting on 1 March, so that the leap
 * day is the last day of its year and each era has the same 146097 days. */
int64_t sr_attr_date_to_days(int32_t ymd)
{
    int64_t y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    if (m <= 2)
        y--;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int32_t sr_attr_days_to_date(int64_t days)
{
    days += 719468;
    int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    int64_t doe = days - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    int64_t y = yoe + era * 400 + (m <= 2);
    return (int32_t)(y * 10000 + m * 100 + d);
}

int32_t sr_attr_date_add_days(int32_t ymd, int32_t n)
{
    return sr_attr_days_to_date(sr_attr_date_to_days(ymd) + n);
}

int32_t sr_attr_date_add_months(int32_t ymd, int32_t n)
{
    int32_t y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    int32_t months = y * 12 + (m - 1) + n;
    y = months / 12;
    m = months % 12 + 1;
    if (d > month_days(y, m))
        d = month_days(y, m);
    return y * 10000 + m * 100 + d;
}

int sr_attr_weekday(int32_t ymd)
{
    /* 1970-01-01 was a Thursday (3 when Monday is 0). */
    int64_t w = (sr_attr_date_to_days(ymd) + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

const char *sr_attr_precision_name(sr_date_precision p)
{
    switch (p) {
    case SR_DATE_DAY: return "day";
    case SR_DATE_WEEK: return "week";
    case SR_DATE_MONTH: return "month";
    case SR_DATE_YEAR: return "year";
    }
    return "day";
}

/* ---------------------------------------------------------------- words */

static const char *const month_names[12][3] = {
    {"january", "jan", NULL}, {"february", "feb", NULL}, {"march", "mar", NULL},
    {"april", "apr", NULL},   {"may", NULL, NULL},       {"june", "jun", NULL},
    {"july", "jul", NULL},    {"august", "aug", NULL},   {"september", "sep", "sept"},
    {"october", "oct", NULL}, {"november", "nov", NULL}, {"december", "dec", NULL},
};

static const char *const weekday_names[7] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* 1-12 for a capitalised month name or abbreviation ("Nov", "Nov."). */
static int month_of(const char *f)
{
    if (!f || f[0] < 'A' || f[0] > 'Z')
        return 0;
    char c = (char)(f[0] | 0x20);
    for (int m = 0; m < 12; m++)
        for (int k = 0; k < 3 && month_names[m][k] && month_names[m][0][0] == c; k++)
            if (sr_attr_word_is(f, month_names[m][k], k > 0))
                return m + 1;
    return 0;
}

int sr_attr_month_of(const char *f)
{
    return month_of(f);
}

static int weekday_of(const char *f)
{
    if (!f || f[0] < 'A' || f[0] > 'Z')
        return -1;
    char c = (char)(f[0] | 0x20);
    for (int w = 0; w < 7; w++)
        if (weekday_names[w][0] == c && sr_attr_word_is(f, weekday_names[w], 0))
            return w;
    return -1;
}

/* A day of the month: "27", "27th", "1st". */
static int day_of(const char *f)
{
    if (!f || f[0] < '0' || f[0] > '9')
        return 0;
    int v = 0, i = 0;
    for (; f[i] >= '0' && f[i] <= '9'; i++) {
        v = v * 10 + (f[i] - '0');
        if (v > 31)
            return 0;
    }
    if (f[i] && !sr_attr_word_is(f + i, "st", 0) && !sr_attr_word_is(f + i, "nd", 0) &&
        !sr_attr_word_is(f + i, "rd", 0) && !sr_attr_word_is(f + i, "th", 0))
        return 0;
    return v;
}

int sr_attr_year_of(const char *f)
{
    if (!f || strlen(f) != 4)
        return 0;
    int v = 0;
    for (int i = 0; i < 4; i++) {
        if (f[i] < '0' || f[i] > '9')
            return 0;
        v = v * 10 + (f[i] - '0');
    }
    return v >= 1900 && v <= 2099 ? v : 0;
}

/* A small count before "days ago": digits or a word up to twelve. */
static int count_of(const char *f)
{
    static const char *const words[] = {"a", "one", "two", "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve"};
    if (!f)
        return 0;
    if (f[0] >= '0' && f[0] <= '9') {
        int v = 0;
        for (int i = 0; f[i]; i++) {
            if (f[i] < '0' || f[i] > '9' || v > 1000)
                return 0;
            v = v * 10 + (f[i] - '0');
        }
        return v;
    }
    if (sr_attr_word_is(f, "an", 0))
        return 1;
    for (int i = 0; i < (int)(sizeof words / sizeof words[0]); i++)
        if (sr_attr_word_is(f, words[i], 0))
            return i ? i : 1;
    return 0;
}

/* ---------------------------------------------------------------- matching */

enum { MAX_MEMBERS = 48, WINDOW = 24, MAX_UP = 5, MAX_UP_OBJECT = 3, MAX_HEADS = 12 };

typedef struct match {
    int found;
    int32_t ymd;
    sr_date_precision precision;
    uint32_t first, last;
} match;

typedef struct ctx {
    const sr_sentence *s;
    int32_t pub;
    int future;      /* the verb has "will": weekdays point forward */
} ctx;

static const char *form(const sr_sentence *s, uint32_t i)
{
    return i < s->ntokens ? s->tokens[i].form : NULL;
}

/* The most recent date with this month and day not after pub + 2 days
 * (reports may be dated just after midnight, or name a day just ahead);
 * 0 when no year in the last eight has such a day (29 February). */
static int32_t infer_year(int32_t pub, int m, int d)
{
    int64_t limit = sr_attr_date_to_days(pub) + 2;
    for (int32_t y = pub / 10000; y > pub / 10000 - 8; y--) {
        int32_t ymd = y * 10000 + m * 100 + d;
        if (sr_attr_date_valid(ymd) && sr_attr_date_to_days(ymd) <= limit)
            return ymd;
    }
    return 0;
}

static int32_t weekday_date(const ctx *c, int w, int strictly_before)
{
    int pw = sr_attr_weekday(c->pub);
    if (c->future) {
        int ahead = (w - pw + 7) % 7;
        return sr_attr_date_add_days(c->pub, ahead);
    }
    int back = (pw - w + 7) % 7;
    if (back == 0 && strictly_before)
        back = 7;
    return sr_attr_date_add_days(c->pub, -back);
}

/* The first day of a month or year, or the publication date when that
 * period is the publication's own (the event cannot be later). */
static int32_t period_start(int32_t pub, int32_t ymd, sr_date_precision p)
{
    int32_t start = p == SR_DATE_YEAR ? ymd / 10000 * 10000 + 101 : ymd / 100 * 100 + 1;
    int same = p == SR_DATE_YEAR ? ymd / 10000 == pub / 10000 : ymd / 100 == pub / 100;
    return same ? pub : start;
}

static void set(match *mt, int32_t ymd, sr_date_precision p, uint32_t first, uint32_t last)
{
    mt->found = 1;
    mt->ymd = ymd;
    mt->precision = p;
    mt->first = first;
    mt->last = last;
}

static int is_dot(const char *f)
{
    return f && f[0] == '.' && f[1] == 0;
}

/* Matches at member j of the list; returns 1 with *mt set. */
static int match_at(const ctx *c, const uint32_t *mem, int n, int j, int no_year, match *mt)
{
    const sr_sentence *s = c->s;
    const char *f = form(s, mem[j]);
    const char *f1 = j + 1 < n ? form(s, mem[j + 1]) : NULL;
    uint32_t t = mem[j];
    int32_t pub = c->pub;

    int m = month_of(f);
    if (m) {
        int k = j + 1;
        if (k < n && is_dot(form(s, mem[k])))
            k++;
        const char *nf = k < n ? form(s, mem[k]) : NULL;
        int d = day_of(nf);
        if (d) {
            int kk = k + 1;
            if (kk < n && sr_attr_word_is(form(s, mem[kk]), ",", 0))
                kk++;
            int y = kk < n ? sr_attr_year_of(form(s, mem[kk])) : 0;
            int32_t ymd = y ? y * 10000 + m * 100 + d : infer_year(pub, m, d);
            if (ymd && sr_attr_date_valid(ymd)) {
                set(mt, ymd, SR_DATE_DAY, t, y ? mem[kk] : mem[k]);
                return 1;
            }
            return 0;
        }
        int y = sr_attr_year_of(nf);
        /* "May" and "March" are also a verb: alone they need a proper-noun tag. */
        const char *up = s->tokens[t].upos;
        if (!y && (m == 3 || m == 5) && !(up && strcmp(up, "PROPN") == 0))
            return 0;
        if (!y) {
            int32_t py = pub / 10000;
            y = m <= pub / 100 % 100 ? py : py - 1;
        }
        int32_t ymd = y * 10000 + m * 100 + 1;
        set(mt, period_start(pub, ymd, SR_DATE_MONTH), SR_DATE_MONTH, t,
            sr_attr_year_of(nf) ? mem[k] : t);
        return 1;
    }
    int d = day_of(f);
    if (d && (m = month_of(f1)) != 0) {
        int k = j + 2;
        if (k < n && is_dot(form(s, mem[k])))
            k++;
        int y = k < n ? sr_attr_year_of(form(s, mem[k])) : 0;
        int32_t ymd = y ? y * 10000 + m * 100 + d : infer_year(pub, m, d);
        if (ymd && sr_attr_date_valid(ymd)) {
            set(mt, ymd, SR_DATE_DAY, t, y ? mem[k] : mem[j + 1]);
            return 1;
        }
        return 0;
    }
    int w = weekday_of(f);
    if (w >= 0) {
        uint32_t last = t;
        if (f1 && sr_attr_word_in(f1, SR_ATTR_DAYPARTS))
            last = mem[j + 1];
        set(mt, weekday_date(c, w, 0), SR_DATE_DAY, t, last);
        return 1;
    }
    if (sr_attr_word_is(f, "yesterday", 0)) {
        set(mt, sr_attr_date_add_days(pub, -1), SR_DATE_DAY, t, t);
        return 1;
    }
    if (sr_attr_word_is(f, "today", 0) || sr_attr_word_is(f, "tonight", 0)) {
        set(mt, pub, SR_DATE_DAY, t, t);
        return 1;
    }
    if (sr_attr_word_is(f, "tomorrow", 0)) {
        set(mt, sr_attr_date_add_days(pub, 1), SR_DATE_DAY, t, t);
        return 1;
    }
    /* Overnight events began the evening before a morning report. */
    if (sr_attr_word_is(f, "overnight", 0)) {
        set(mt, sr_attr_date_add_days(pub, -1), SR_DATE_DAY, t, t);
        return 1;
    }
    int last_w = sr_attr_word_is(f, "last", 0) || sr_attr_word_is(f, "past", 0);
    if (last_w && f1) {
        uint32_t e = mem[j + 1];
        if (sr_attr_word_is(f1, "night", 0)) {
            set(mt, sr_attr_date_add_days(pub, -1), SR_DATE_DAY, t, e);
            return 1;
        }
        if ((w = weekday_of(f1)) >= 0) {
            set(mt, weekday_date(c, w, 1), SR_DATE_DAY, t, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "week", 0)) {
            set(mt, sr_attr_date_add_days(pub, -7), SR_DATE_WEEK, t, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "weekend", 0)) {
            set(mt, weekday_date(c, 5, 1), SR_DATE_WEEK, t, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "month", 0)) {
            int32_t ymd = sr_attr_date_add_months(pub, -1);
            set(mt, ymd / 100 * 100 + 1, SR_DATE_MONTH, t, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "year", 0)) {
            set(mt, (pub / 10000 - 1) * 10000 + 101, SR_DATE_YEAR, t, e);
            return 1;
        }
        return 0;
    }
    /* "next week", "next Tuesday": plans and schedules, counted forward
     * from the publication date whatever the tense. */
    if (sr_attr_word_is(f, "next", 0) && f1) {
        uint32_t e = mem[j + 1];
        if ((w = weekday_of(f1)) >= 0) {
            int ahead = (w - sr_attr_weekday(pub) + 7) % 7;
            set(mt, sr_attr_date_add_days(pub, ahead ? ahead : 7), SR_DATE_DAY, t, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "week", 0)) {
            set(mt, sr_attr_date_add_days(pub, 7), SR_DATE_WEEK, t, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "month", 0)) {
            int32_t ymd = sr_attr_date_add_months(pub, 1);
            set(mt, ymd / 100 * 100 + 1, SR_DATE_MONTH, t, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "year", 0)) {
            set(mt, (pub / 10000 + 1) * 10000 + 101, SR_DATE_YEAR, t, e);
            return 1;
        }
        return 0;
    }
    /* "over the weekend", "at the weekend": the latest one, as for "last
     * weekend" but counting a weekend that includes the publication day. */
    if (sr_attr_word_is(f, "weekend", 0) && j > 0 &&
        sr_attr_word_is(form(s, mem[j - 1]), "the", 0)) {
        set(mt, weekday_date(c, 5, 0), SR_DATE_WEEK, mem[j - 1], t);
        return 1;
    }
    if (sr_attr_word_is(f, "this", 0) && f1) {
        uint32_t first = t;
        if (j > 0 && (sr_attr_word_is(form(s, mem[j - 1]), "earlier", 0) ||
                      sr_attr_word_is(form(s, mem[j - 1]), "later", 0)))
            first = mem[j - 1];
        uint32_t e = mem[j + 1];
        if (sr_attr_word_in(f1, SR_ATTR_DAYPARTS) && !sr_attr_word_is(f1, "night", 0)) {
            set(mt, pub, SR_DATE_DAY, first, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "week", 0) || sr_attr_word_is(f1, "weekend", 0)) {
            set(mt, pub, SR_DATE_WEEK, first, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "month", 0)) {
            set(mt, pub, SR_DATE_MONTH, first, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "year", 0)) {
            set(mt, pub, SR_DATE_YEAR, first, e);
            return 1;
        }
        return 0;
    }
    int cnt = count_of(f);
    /* "ago" may hang on the verb beside "two days" rather than above it. */
    uint32_t e = j + 2 < n ? mem[j + 2] : j + 1 < n ? mem[j + 1] + 1 : UINT32_MAX;
    if (cnt && f1 && sr_attr_word_is(form(s, e), "ago", 0)) {
        if (sr_attr_word_is(f1, "day", 0) || sr_attr_word_is(f1, "days", 0)) {
            set(mt, sr_attr_date_add_days(pub, -cnt), SR_DATE_DAY, t, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "week", 0) || sr_attr_word_is(f1, "weeks", 0)) {
            set(mt, sr_attr_date_add_days(pub, -7 * cnt), SR_DATE_WEEK, t, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "month", 0) || sr_attr_word_is(f1, "months", 0)) {
            set(mt, sr_attr_date_add_months(pub, -cnt), SR_DATE_MONTH, t, e);
            return 1;
        }
        if (sr_attr_word_is(f1, "year", 0) || sr_attr_word_is(f1, "years", 0)) {
            set(mt, sr_attr_date_add_months(pub, -12 * cnt), SR_DATE_YEAR, t, e);
            return 1;
        }
        return 0;
    }
    int y = sr_attr_year_of(f);
    /* A bare year names a period, never a plan: a later year is skipped. */
    if (y && y <= pub / 10000 && !no_year) {
        set(mt, period_start(pub, y * 10000 + 101, SR_DATE_YEAR), SR_DATE_YEAR, t, t);
        return 1;
    }
    return 0;
}

/* Whether form could anchor a time expression: every pattern above holds a
 * month or weekday name, a day word, "ago", a period noun or a year. Most
 * sentences have none, and this one pass over them is far cheaper than
 * reading the verb's phrases. */
static int time_anchor(const char *f)
{
    if (!f || !f[0])
        return 0;
    if (f[0] >= '0' && f[0] <= '9')
        return sr_attr_year_of(f) != 0;
    if (f[0] >= 'A' && f[0] <= 'Z' && (month_of(f) || weekday_of(f) >= 0))
        return 1;
    switch (f[0] | 0x20) {
    case 'y':
        return sr_attr_word_is(f, "yesterday", 0) || sr_attr_word_is(f, "year", 0) ||
               sr_attr_word_is(f, "years", 0);
    case 't':
        return sr_attr_word_is(f, "today", 0) || sr_attr_word_is(f, "tonight", 0) ||
               sr_attr_word_is(f, "tomorrow", 0);
    case 'o':
        return sr_attr_word_is(f, "overnight", 0);
    case 'a':
        return sr_attr_word_is(f, "ago", 0) || sr_attr_word_is(f, "afternoon", 0);
    case 'w':
        return sr_attr_word_is(f, "week", 0) || sr_attr_word_is(f, "weeks", 0) ||
               sr_attr_word_is(f, "weekend", 0);
    case 'm':
        return sr_attr_word_is(f, "month", 0) || sr_attr_word_is(f, "months", 0) ||
               sr_attr_word_is(f, "morning", 0);
    case 'n':
        return sr_attr_word_is(f, "night", 0);
    case 'e':
        return sr_attr_word_is(f, "evening", 0);
    case 'd':
        return sr_attr_word_is(f, "days", 0) || sr_attr_word_is(f, "day", 0);
    default:
        return 0;
    }
}

int sr_attr_has_time_word(const sr_sentence *s)
{
    for (uint32_t t = 0; s && t < s->ntokens; t++)
        if (time_anchor(s->tokens[t].form))
            return 1;
    return 0;
}

static int rel_is(const sr_token *t, const char *r)
{
    return t->deprel && strcmp(t->deprel, r) == 0;
}

static int time_deprel(const char *r)
{
    if (!r)
        return 0;
    if (r[0] == 'o')
        return strncmp(r, "obl", 3) == 0;
    if (r[0] == 'a')
        return strcmp(r, "advmod") == 0;
    if (r[0] == 'n')
        return strcmp(r, "nmod:tmod") == 0 || strcmp(r, "nmod:npmod") == 0;
    return 0;
}

/* Relations that open a clause of its own: a time expression below them
 * belongs to that clause, not to the phrase we are reading. */
static int clausal(const char *r)
{
    /* Most relations are rejected on their first letter. */
    if (!r || (r[0] != 'a' && r[0] != 'c' && r[0] != 'p'))
        return 0;
    return strncmp(r, "acl", 3) == 0 || strncmp(r, "advcl", 5) == 0 ||
           strcmp(r, "ccomp") == 0 || strcmp(r, "parataxis") == 0 ||
           strncmp(r, "csubj", 5) == 0;
}

/* Whether token t lies in the phrase of d without crossing a clause. */
static int in_phrase(const sr_sentence *s, uint32_t t, uint32_t d, int max_up)
{
    for (int step = 0; step < max_up; step++) {
        if (t == d)
            return 1;
        const sr_token *tk = &s->tokens[t];
        if (tk->head <= 0 || (uint32_t)tk->head > s->ntokens || clausal(tk->deprel))
            return 0;
        t = (uint32_t)tk->head - 1;
    }
    return t == d;
}

/* Reads the time phrase headed by d. With object set, d is the verb's
 * object or a stray nmod: only words at most three arcs below it count ("an
 * offensive on Sunday", not "an arrival of March 26" deep in the object),
 * and a bare year is not a date ("the 2016 budget"); "since 2011" and "until Friday" bound
 * a period rather than date an event, so they are not taken. */
static void read_phrase(const ctx *c, uint32_t d, int object, match *best)
{
    const sr_sentence *s = c->s;
    uint32_t mem[MAX_MEMBERS];
    int n = 0;
    /* A phrase is a contiguous span around its head in the projective
     * parses sitrep reads, so the span grows outwards from d and stops at
     * the first token outside it. */
    uint32_t lo = d, hi = d;
    int up = object ? MAX_UP_OBJECT : MAX_UP;
    while (lo > 0 && d - (lo - 1) <= WINDOW && in_phrase(s, lo - 1, d, up))
        lo--;
    while (hi + 1 < s->ntokens && hi + 1 - d <= WINDOW && in_phrase(s, hi + 1, d, up))
        hi++;
    for (uint32_t t = lo; t <= hi && n < MAX_MEMBERS; t++) {
        if (sr_attr_word_in(s->tokens[t].form, SR_ATTR_BOUNDS))
            return;
        mem[n++] = t;
    }
    for (int j = 0; j < n; j++) {
        match mt = {0, 0, SR_DATE_DAY, 0, 0};
        if (match_at(c, mem, n, j, object, &mt)) {
            if (!best->found || mt.precision < best->precision)
                *best = mt;
            return;
        }
    }
}

static void read_clause(const ctx *c, uint32_t h, match *best)
{
    const sr_sentence *s = c->s;
    for (uint32_t t = 0; t < s->ntokens; t++) {
        if (s->tokens[t].head != (int32_t)h + 1)
            continue;
        if (time_deprel(s->tokens[t].deprel))
            read_phrase(c, t, 0, best);
        /* Parsers often hang the date on the object ("launched an offensive
         * on Sunday") or make an obl an nmod; it still dates the clause. A
         * subject may carry it too ("An airstrike on Monday killed 12"). */
        else if (rel_is(&s->tokens[t], "obj") || rel_is(&s->tokens[t], "nmod") ||
                 rel_is(&s->tokens[t], "nsubj") || rel_is(&s->tokens[t], "nsubj:pass"))
            read_phrase(c, t, 1, best);
    }
}

static int has_child(const sr_sentence *s, uint32_t h, const char *deprel, int words)
{
    for (uint32_t t = 0; t < s->ntokens; t++) {
        const sr_token *tk = &s->tokens[t];
        if (tk->head != (int32_t)h + 1 || !tk->deprel || strcmp(tk->deprel, deprel) != 0)
            continue;
        if (words < 0 || sr_attr_word_in(tk->form, words))
            return 1;
    }
    return 0;
}

/* An xcomp, or an infinitive the parser made an advcl ("urged both sides
 * to respect the truce last week" often hangs the date on "respect"). */
static int to_complement(const sr_sentence *s, uint32_t t)
{
    if (rel_is(&s->tokens[t], "xcomp"))
        return 1;
    if (!rel_is(&s->tokens[t], "advcl"))
        return 0;
    for (uint32_t k = 0; k < s->ntokens; k++)
        if (s->tokens[k].head == (int32_t)t + 1 && rel_is(&s->tokens[k], "mark"))
            return sr_attr_word_is(s->tokens[k].form, "to", 0);
    return 0;
}

sr_event_date sr_attr_event_date(const sr_sentence *s, uint32_t verb, int32_t pubdate)
{
    sr_event_date out = {pubdate, SR_DATE_DAY, UINT32_MAX, UINT32_MAX};
    if (!s || verb >= s->ntokens || !sr_attr_date_valid(pubdate))
        return out;
    uint32_t t0 = 0;
    while (t0 < s->ntokens && !time_anchor(s->tokens[t0].form))
        t0++;
    if (t0 == s->ntokens)
        return out;
    ctx c = {s, pubdate, has_child(s, verb, "aux", SR_ATTR_FUTURE)};
    match best = {0, 0, SR_DATE_DAY, 0, 0};

    read_clause(&c, verb, &best);
    /* An xcomp shares its governor's time ("tried to storm the town on
     * Friday"). */
    for (uint32_t t = 0; !best.found && t < s->ntokens; t++)
        if (s->tokens[t].head == (int32_t)verb + 1 && to_complement(s, t))
            read_clause(&c, t, &best);
    /* Up the chain of clauses this one continues: a conjunct or xcomp, or a
     * participle clause with no subordinator ("..., killing 25"). */
    uint32_t cur = verb;
    for (int step = 0; !best.found && step < MAX_HEADS; step++) {
        const sr_token *tk = &s->tokens[cur];
        if (tk->head <= 0 || (uint32_t)tk->head > s->ntokens)
            break;
        int up = rel_is(tk, "conj") || rel_is(tk, "xcomp") ||
                 (rel_is(tk, "advcl") && !has_child(s, cur, "mark", -1));
        if (!up)
            break;
        cur = (uint32_t)tk->head - 1;
        read_clause(&c, cur, &best);
    }
    /* Last, a conjunct sharing the subject ("stormed and looted the town on
     * Friday" may hang the date on either verb). */
    for (uint32_t t = 0; !best.found && t < s->ntokens; t++)
        if (s->tokens[t].head == (int32_t)verb + 1 && rel_is(&s->tokens[t], "conj") &&
            !has_child(s, t, "nsubj", -1) && !has_child(s, t, "nsubj:pass", -1))
            read_clause(&c, t, &best);

    if (best.found) {
        out.ymd = best.ymd;
        out.precision = best.precision;
        out.first_token = best.first;
        out.last_token = best.last;
    }
    return out;
}
