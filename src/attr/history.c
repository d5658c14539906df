/* history.c - see history.h. */
#include "attr/history.h"
#include "attr/words.h"

#include <string.h>

/* The last day of the period that starts at ymd with precision p. */
static int32_t period_end(int32_t ymd, sr_date_precision p)
{
    switch (p) {
    case SR_DATE_DAY: return ymd;
    case SR_DATE_WEEK: return sr_attr_date_add_days(ymd, 6);
    case SR_DATE_MONTH: return sr_attr_date_add_days(sr_attr_date_add_months(ymd, 1), -1);
    case SR_DATE_YEAR: return ymd / 10000 * 10000 + 1231;
    }
    return ymd;
}

int sr_attr_is_history(sr_event_date d, int32_t pubdate)
{
    if (d.first_token == UINT32_MAX || !sr_attr_date_valid(d.ymd) ||
        !sr_attr_date_valid(pubdate))
        return 0;
    int32_t end = period_end(d.ymd, d.precision);
    if (!sr_attr_date_valid(end))
        return 0;
    return sr_attr_date_to_days(pubdate) - sr_attr_date_to_days(end) > SR_HISTORY_DAYS;
}

/* The sentence's opening "In YEAR,": the year, or 0. */
static int32_t opening_year(const sr_sentence *s)
{
    if (s->ntokens < 4 || !sr_attr_word_is(s->tokens[0].form, "in", 0) ||
        !s->tokens[2].form || strcmp(s->tokens[2].form, ",") != 0)
        return 0;
    return sr_attr_year_of(s->tokens[1].form);
}

/* The number of tokens of an opening span phrase, the comma excluded, or
 * 0: "Since 2009", "In the past two years", "Over the last 15 months",
 * "In recent years", "For years", "For decades". Such a phrase frames the
 * sentence as a tally or a state that has lasted, not as the day's act.
 * Weeks and days are left alone: "In the past week, ..." is recent news. */
static uint32_t opening_span(const sr_sentence *s, int32_t pub_year)
{
    const sr_token *t = s->tokens;
    uint32_t n = s->ntokens;
    /* a quotation that opens the sentence opens the frame as well */
    if (n && t[0].form && (strcmp(t[0].form, "\"") == 0 || strcmp(t[0].form, "'") == 0)) {
        t++;
        n--;
    }
    if (n < 4)
        return 0;
    if (sr_attr_word_is(t[0].form, "since", 0)) {
        int32_t y = sr_attr_year_of(t[1].form);
        return y && y < pub_year && t[2].form && strcmp(t[2].form, ",") == 0 ? 2 : 0;
    }
    uint32_t i = 1;
    if (sr_attr_word_is(t[0].form, "for", 0)) {
        if (i + 1 < n && t[i].upos && strcmp(t[i].upos, "NUM") == 0)
            i++;
    } else if (sr_attr_word_is(t[0].form, "in", 0) || sr_attr_word_is(t[0].form, "over", 0) ||
               sr_attr_word_is(t[0].form, "during", 0)) {
        if (sr_attr_word_is(t[i].form, "recent", 0)) {
            i++;
        } else {
            if (!sr_attr_word_is(t[i].form, "the", 0))
                return 0;
            i++;
            if (i >= n || !(sr_attr_word_is(t[i].form, "past", 0) ||
                            sr_attr_word_is(t[i].form, "last", 0)))
                return 0;
            i++;
            /* the count, when there is one: "two", "15", "several" */
            if (i + 1 < n && !sr_attr_word_is(t[i].form, "months", 0) &&
                !sr_attr_word_is(t[i].form, "years", 0) &&
                !sr_attr_word_is(t[i].form, "decades", 0))
                i++;
        }
    } else {
        return 0;
    }
    if (i >= n || !(sr_attr_word_is(t[i].form, "months", 0) ||
                    sr_attr_word_is(t[i].form, "years", 0) ||
                    sr_attr_word_is(t[i].form, "decades", 0)))
        return 0;
    /* "For years," but not "for years to come" or "In the past months the
     * army said": the comma closes the frame */
    if (i + 1 >= n || !t[i + 1].form || strcmp(t[i + 1].form, ",") != 0)
        return 0;
    return i + 1;
}

static int named_year(int32_t y, int32_t pub_year, int32_t *year)
{
    if (!y || y >= pub_year)
        return 0;
    if (year)
        *year = y;
    return 2;
}

int sr_attr_is_history_in(const sr_sentence *s, sr_event_date d, int32_t pubdate,
                          int32_t *year)
{
    if (sr_attr_is_history(d, pubdate))
        return 1;
    if (!s || !sr_attr_date_valid(pubdate))
        return 0;
    int32_t pub_year = pubdate / 10000;
    if (d.first_token == UINT32_MAX) {
        int r = named_year(opening_year(s), pub_year, year);
        return r ? r : opening_span(s, pub_year) ? 3 : 0;
    }
    if (d.precision != SR_DATE_YEAR || d.last_token >= s->ntokens || d.first_token > d.last_token)
        return 0;
    for (uint32_t t = d.first_token; t <= d.last_token; t++) {
        int r = named_year(sr_attr_year_of(s->tokens[t].form), pub_year, year);
        if (r)
            return r;
    }
    return 0;
}
