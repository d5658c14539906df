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

/* A past year that dates the noun headed by n itself: a year among its
 * own dependents ("the 2004 bombing", "The single biggest attack, in
 * 2009,", "The government in 2016"), or the year of a month among them
 * ("the attack in March 2019"). Deeper words are not read: "the 2015
 * deal's signatories" are not dated by the deal's year. */
static int32_t noun_year(const sr_sentence *s, uint32_t n, int32_t pub_year)
{
    for (uint32_t c = 0; c < s->ntokens; c++) {
        const sr_token *t = &s->tokens[c];
        if (t->head != (int32_t)n + 1 || !t->deprel)
            continue;
        if (strcmp(t->deprel, "nummod") != 0 && strcmp(t->deprel, "nmod") != 0 &&
            strcmp(t->deprel, "compound") != 0 && strcmp(t->deprel, "amod") != 0)
            continue;
        int32_t y = sr_attr_year_of(t->form);
        if (y && y < pub_year)
            return y;
        if (!t->upos || strcmp(t->upos, "PROPN") != 0)
            continue;
        for (uint32_t g = 0; g < s->ntokens; g++) {
            const sr_token *u = &s->tokens[g];
            if (u->head != (int32_t)c + 1 || !u->deprel || strcmp(u->deprel, "nummod") != 0)
                continue;
            y = sr_attr_year_of(u->form);
            if (y && y < pub_year)
                return y;
        }
    }
    return 0;
}

static int deprel_is(const sr_token *t, const char *rel)
{
    return t->deprel && strncmp(t->deprel, rel, strlen(rel)) == 0 &&
           (t->deprel[strlen(rel)] == '\0' || t->deprel[strlen(rel)] == ':');
}

int32_t sr_attr_subject_year(const sr_sentence *s, uint32_t verb, int32_t pub_year)
{
    if (!s || verb >= s->ntokens)
        return 0;
    /* a verb joined to another without a subject of its own shares that
     * verb's subject ("killed 25 people and injured 60 others") */
    for (int hops = 0; hops < 8; hops++) {
        int has_subject = 0;
        for (uint32_t c = 0; c < s->ntokens; c++)
            if (s->tokens[c].head == (int32_t)verb + 1 && deprel_is(&s->tokens[c], "nsubj"))
                has_subject = 1;
        const sr_token *v = &s->tokens[verb];
        if (has_subject || !deprel_is(v, "conj") || v->head <= 0 ||
            (uint32_t)v->head > s->ntokens)
            break;
        verb = (uint32_t)v->head - 1;
    }
    /* the subject nearest the verb: a parse that gives the verb two (an
     * opening "Since the 2021 coup, the military has killed ...") has read
     * the farther one wrongly */
    uint32_t subj = UINT32_MAX;
    for (uint32_t c = 0; c < s->ntokens; c++) {
        const sr_token *t = &s->tokens[c];
        if (t->head != (int32_t)verb + 1 || !deprel_is(t, "nsubj"))
            continue;
        if (subj == UINT32_MAX || (c < verb && c > subj) || (subj > verb && c < subj))
            subj = c;
    }
    if (subj != UINT32_MAX) {
        const sr_token *t = &s->tokens[subj];
        /* a relative pronoun stands for the noun the clause hangs on */
        if (!t->upos || strcmp(t->upos, "PRON") != 0)
            return noun_year(s, subj, pub_year);
    }
    /* a relative clause recounts an act of the noun it hangs on, or of
     * that noun's "of" head: "the 2004 bombing of a military base that
     * killed ..." */
    const sr_token *v = &s->tokens[verb];
    if (!v->deprel || strcmp(v->deprel, "acl:relcl") != 0)
        return 0;
    int32_t h = v->head;
    for (int hops = 0; hops < 3 && h > 0 && (uint32_t)h <= s->ntokens; hops++) {
        int32_t y = noun_year(s, (uint32_t)h - 1, pub_year);
        if (y)
            return y;
        const sr_token *n = &s->tokens[h - 1];
        if (!n->deprel || strcmp(n->deprel, "nmod") != 0)
            break;
        h = n->head;
    }
    return 0;
}

/* The past year that an adverbial clause of verb names as its own
 * date ("When he took office in 2017, he promised ...", "If you remember
 * in 1950, the secretary said ..."): the clause sets the verb's time. */
static int32_t clause_year(const sr_sentence *s, uint32_t verb, int32_t pub_year)
{
    for (uint32_t c = 0; c < s->ntokens; c++) {
        const sr_token *t = &s->tokens[c];
        if (t->head != (int32_t)verb + 1 || !deprel_is(t, "advcl"))
            continue;
        for (uint32_t g = 0; g < s->ntokens; g++) {
            const sr_token *u = &s->tokens[g];
            if (u->head != (int32_t)c + 1 || !deprel_is(u, "obl"))
                continue;
            int32_t y = sr_attr_year_of(u->form);
            if (y && y < pub_year && !(g > 0 && sr_attr_word_is(s->tokens[g - 1].form, "since", 0)))
                return y;
        }
    }
    return 0;
}

/* The past year that a relative "when" of verb refers back to: "...
 * ousted in a coup in 2013, when both countries withdrew their
 * ambassadors". The "when" of verb's own clause right after a year and a
 * comma takes its time from that year, wherever the parser hangs the
 * year. */
static int32_t when_year(const sr_sentence *s, uint32_t verb, int32_t pub_year)
{
    for (uint32_t c = 2; c < s->ntokens; c++) {
        const sr_token *t = &s->tokens[c];
        if (t->head != (int32_t)verb + 1 || !sr_attr_word_is(t->form, "when", 0) ||
            !s->tokens[c - 1].form || strcmp(s->tokens[c - 1].form, ",") != 0)
            continue;
        int32_t y = sr_attr_year_of(s->tokens[c - 2].form);
        if (y && y < pub_year)
            return y;
    }
    return 0;
}

int sr_attr_is_history_of(const sr_sentence *s, uint32_t verb, sr_event_date d,
                          int32_t pubdate, int32_t *year)
{
    int r = sr_attr_is_history_in(s, d, pubdate, year);
    if (r || !s || d.first_token != UINT32_MAX || !sr_attr_date_valid(pubdate))
        return r;
    int32_t y = sr_attr_subject_year(s, verb, pubdate / 10000);
    if (!y && verb < s->ntokens)
        y = clause_year(s, verb, pubdate / 10000);
    if (!y && verb < s->ntokens)
        y = when_year(s, verb, pubdate / 10000);
    if (!y)
        return 0;
    if (year)
        *year = y;
    return 4;
}
