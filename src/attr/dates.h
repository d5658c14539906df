/* dates.h - when did an event happen: time expressions of one clause.
 *
 * Given one parsed sentence, the token of an event's verb and the record's
 * publication date, finds the time expression that belongs to the verb's
 * clause ("on Saturday", "yesterday", "on Nov. 27", "last week", "in 2016",
 * "two days ago") and resolves it to a calendar date with a precision. It
 * reads only the tree of that one sentence: it does not carry dates across
 * sentences, does not know time zones, and never allocates. When the clause
 * has no time expression the publication date is kept (precision DAY).
 * The rules and the decisions behind them are in docs/attributes.md.
 *
 * The calendar helpers below work on proleptic Gregorian dates written as
 * YYYYMMDD integers, and are exact across months, years and leap years. */
#ifndef SR_ATTR_DATES_H
#define SR_ATTR_DATES_H

#include <stdint.h>

#include "sitrep.h"

typedef enum sr_date_precision {
    SR_DATE_DAY = 0,
    SR_DATE_WEEK,
    SR_DATE_MONTH,
    SR_DATE_YEAR
} sr_date_precision;

typedef struct sr_event_date {
    int32_t ymd;                    /* YYYYMMDD */
    sr_date_precision precision;
    uint32_t first_token, last_token; /* the expression, 0-based token
                                         indices; both UINT32_MAX when the
                                         publication date was kept */
} sr_event_date;

/* The date of the event whose verb is token `verb` (0-based) in s, resolved
 * against pubdate (YYYYMMDD). Looks for a time expression (under obl, obl:*,
 * nmod:tmod, nmod:npmod and advmod, and near the object or the subject)
 * attached to the verb, then to its xcomp children (and infinitives parsed
 * as an advcl), then to the clauses it continues (as a
 * conj, an xcomp or a participle advcl), then to its subjectless conj
 * children; falls back to the publication date with precision DAY and both
 * token fields UINT32_MAX. Never fails: an out-of-range verb or an invalid
 * pubdate also gives the fallback (with pubdate as given). Work is one pass
 * over the tokens, plus a pass per clause head when the sentence holds a
 * time word at all. */
sr_event_date sr_attr_event_date(const sr_sentence *s, uint32_t verb, int32_t pubdate);

/* 1 when some token of s is a word that can anchor a time expression (a
 * year, a month's or a day's name, "today", "ago", "week", "month",
 * "year", ...): s may tell a time somewhere, even where no event's date
 * reaches it. 0 for a sentence with no such word. */
int sr_attr_has_time_word(const sr_sentence *s);

/* Name of a precision: "day", "week", "month", "year". */
const char *sr_attr_precision_name(sr_date_precision p);

/* 1 when ymd is a real calendar date (year 1..9999). */
int sr_attr_date_valid(int32_t ymd);
/* The year a token spells in four digits, from 1900 to 2099, or 0. */
int sr_attr_year_of(const char *form);
/* 1-12 for a capitalised month name or abbreviation ("Nov", "Nov."),
 * or 0. */
int sr_attr_month_of(const char *form);
/* Days since 1970-01-01 (negative before); ymd must be valid. */
int64_t sr_attr_date_to_days(int32_t ymd);
int32_t sr_attr_days_to_date(int64_t days);
/* ymd moved by n days (n may be negative). */
int32_t sr_attr_date_add_days(int32_t ymd, int32_t n);
/* ymd moved by n months, the day clamped to the end of the target month
 * (2024-03-31 minus one month is 2024-02-29). */
int32_t sr_attr_date_add_months(int32_t ymd, int32_t n);
/* 0 = Monday ... 6 = Sunday. */
int sr_attr_weekday(int32_t ymd);

#endif
