/* history.c - see history.h. */
#include "attr/history.h"
#include "attr/words.h"

#include <stdlib.h>
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

static int clause_tense(const sr_sentence *s, uint32_t v);

int sr_attr_is_opening_past(const sr_sentence *s, uint32_t verb, sr_event_date d, int32_t pubdate)
{
    /* "In January, the ministry will impose ...": the date reader
     * resolves the month to the past, but the clause points ahead */
    if (s && verb < s->ntokens && clause_tense(s, verb) < 0)
        return 0;
    if (!s || d.first_token == UINT32_MAX || d.first_token > 1 || d.last_token + 1 >= s->ntokens ||
        !sr_attr_date_valid(d.ymd) || !sr_attr_date_valid(pubdate))
        return 0;
    const char *comma = s->tokens[d.last_token + 1].form;
    if (!comma || strcmp(comma, ",") != 0)
        return 0;
    /* "Since April," opens a span that runs to the day of the story */
    for (uint32_t t = 0; t <= d.first_token; t++)
        if (sr_attr_word_is(s->tokens[t].form, "since", 0))
            return 0;
    int32_t end = period_end(d.ymd, d.precision);
    return sr_attr_date_valid(end) && end <= sr_attr_date_add_months(pubdate, -SR_OPENING_MONTHS);
}

static int deprel_is(const sr_token *t, const char *rel);

/* 1 when the clause of verb v is told in the past: a simple past, a past
 * perfect or past passive ("had seized", "was fired", "having treated"),
 * a bare past participle ("the summit held in September"); an infinitive
 * or gerund takes the tense of the verb it completes ("tried to storm",
 * not "plans to attack"). A future or modal ("will impose", "would
 * attack"), a present or a present perfect is not: a month the date
 * reader resolves to the past may be one ahead ("will meet in January"
 * in a November story). Returns 1 for the past, -1 for a future or
 * modal, 0 for the rest. */
static int clause_tense(const sr_sentence *s, uint32_t v)
{
    static const char *const modal[] = {"will", "'ll", "shall", "wo", "would", "may", "might",
                                        "could", "should", "must", "can", "ca", "'d"};
    static const char *const past[] = {"had", "was", "were", "having", "did"};
    for (int hops = 0; hops < 4 && v < s->ntokens; hops++) {
        const sr_token *vt = &s->tokens[v];
        int past_aux = 0, other_aux = 0;
        for (uint32_t c = 0; c < s->ntokens; c++) {
            const sr_token *t = &s->tokens[c];
            if (t->head != (int32_t)v + 1 || !(deprel_is(t, "aux") || deprel_is(t, "aux:pass")))
                continue;
            for (size_t k = 0; k < sizeof modal / sizeof *modal; k++)
                if (sr_attr_word_is(t->form, modal[k], 0))
                    return -1;
            int p = 0;
            for (size_t k = 0; k < sizeof past / sizeof *past; k++)
                p |= sr_attr_word_is(t->form, past[k], 0);
            if (p)
                past_aux = 1;
            else if (!sr_attr_word_is(t->form, "been", 0) && !sr_attr_word_is(t->form, "being", 0) &&
                     !sr_attr_word_is(t->form, "to", 0))
                other_aux = 1; /* has, have, is, are, be, do ... */
        }
        if (past_aux)
            return 1;
        if (other_aux || !vt->xpos)
            return 0;
        if (strcmp(vt->xpos, "VBD") == 0 || strcmp(vt->xpos, "VBN") == 0)
            return 1;
        if ((strcmp(vt->xpos, "VB") != 0 && strcmp(vt->xpos, "VBG") != 0) || vt->head <= 0 ||
            (uint32_t)vt->head > s->ntokens ||
            !(deprel_is(vt, "xcomp") || deprel_is(vt, "advcl") || deprel_is(vt, "conj")))
            return 0;
        v = (uint32_t)vt->head - 1;
    }
    return 0;
}

static int past_clause(const sr_sentence *s, uint32_t v)
{
    return clause_tense(s, v) > 0;
}

int sr_attr_is_months_back(const sr_sentence *s, uint32_t verb, sr_event_date d, int32_t pubdate)
{
    if (!s || verb >= s->ntokens || !past_clause(s, verb) || d.first_token == UINT32_MAX || d.first_token > d.last_token ||
        d.last_token >= s->ntokens || !sr_attr_date_valid(d.ymd) || !sr_attr_date_valid(pubdate))
        return 0;
    int32_t end = period_end(d.ymd, d.precision);
    if (!sr_attr_date_valid(end))
        return 0;
    /* a bound ("since last August", "after last month's vote", "in the
     * weeks before the September summit") or a possessive ("last year's
     * election") dates another event or an edge, not the act */
    for (uint32_t t = d.first_token >= 3 ? d.first_token - 3 : 0; t <= d.last_token; t++) {
        const char *f = s->tokens[t].form;
        if (sr_attr_word_in(f, SR_ATTR_BOUNDS) || sr_attr_word_is(f, "after", 0))
            return 0;
    }
    const char *next = d.last_token + 1 < s->ntokens ? s->tokens[d.last_token + 1].form : NULL;
    if (next && (strcmp(next, "'s") == 0 || strcmp(next, "\xe2\x80\x99s") == 0 ||
                 strcmp(next, "'") == 0))
        return 0;
    if (d.precision == SR_DATE_MONTH || d.precision == SR_DATE_YEAR) {
        int32_t months = (pubdate / 10000 - end / 10000) * 12 + (pubdate / 100 % 100 - end / 100 % 100);
        return months >= SR_BACKGROUND_MONTHS;
    }
    return end <= sr_attr_date_add_months(pubdate, -SR_BACKGROUND_MONTHS);
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

/* A word that ties a clause to the time of what was just told: "later",
 * "then", "afterwards", "fought back". */
static int narrative_word(const char *f)
{
    static const char *const words[] = {"later", "then", "afterwards", "afterward",
                                        "subsequently", "eventually", "thereafter", "back"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (sr_attr_word_is(f, words[i], 0))
            return 1;
    return 0;
}

/* A time noun that points back to the time just told: "the following
 * year", "the next day", "that year", "at the time". */
static int anaphoric_time(const sr_sentence *s, uint32_t n)
{
    static const char *const nouns[] = {"year", "month", "week", "day", "time", "spring",
                                        "summer", "autumn", "fall", "winter"};
    int noun = 0;
    for (size_t i = 0; i < sizeof nouns / sizeof *nouns; i++)
        if (sr_attr_word_is(s->tokens[n].form, nouns[i], 0))
            noun = 1;
    if (!noun)
        return 0;
    for (uint32_t c = 0; c < s->ntokens; c++) {
        const sr_token *t = &s->tokens[c];
        if (t->head != (int32_t)n + 1)
            continue;
        if (sr_attr_word_is(t->form, "following", 0) || sr_attr_word_is(t->form, "next", 0) ||
            sr_attr_word_is(t->form, "that", 0))
            return 1;
    }
    return 0;
}

/* 1 when the clause of verb v is told in the past (a simple past, a past
 * passive, a past perfect) and is linked to the time told before it: a
 * narrative word among its dependents, an anaphoric time phrase, or the
 * past perfect of a main clause. Present, perfect, future and modal
 * clauses are not narration of a past episode. */
static int narrative_link(const sr_sentence *s, uint32_t v)
{
    const sr_token *vt = &s->tokens[v];
    if (!vt->xpos || (strcmp(vt->xpos, "VBD") != 0 && strcmp(vt->xpos, "VBN") != 0))
        return 0;
    int link = 0, had = 0;
    for (uint32_t c = 0; c < s->ntokens; c++) {
        const sr_token *t = &s->tokens[c];
        if (t->head != (int32_t)v + 1 || !t->deprel)
            continue;
        if (deprel_is(t, "aux") || deprel_is(t, "aux:pass")) {
            if (sr_attr_word_is(t->form, "had", 0) || sr_attr_word_is(t->form, "'d", 0))
                had = 1;
            else if (!sr_attr_word_is(t->form, "was", 0) && !sr_attr_word_is(t->form, "were", 0) &&
                     !sr_attr_word_is(t->form, "been", 0) && !sr_attr_word_is(t->form, "did", 0))
                return 0; /* has, have, will, would, may, is ... */
        }
        if (deprel_is(t, "advmod") && narrative_word(t->form))
            link = 1;
        if ((deprel_is(t, "obl") || deprel_is(t, "nmod")) && anaphoric_time(s, c))
            link = 1;
    }
    if (!had && strcmp(vt->xpos, "VBN") == 0 && !link) {
        /* a bare participle with no auxiliary is no finite past */
        return 0;
    }
    if (had && (vt->head == 0 || (deprel_is(vt, "conj") && vt->head > 0 &&
                                  s->tokens[vt->head - 1].head == 0)))
        link = 1;
    return link;
}

/* 1 when the verb v is a simple past ("stormed") or a past passive with
 * "was" or "were" ("were killed"): no other auxiliary, no perfect,
 * future, modal or present. */
static int plain_past(const sr_sentence *s, uint32_t v)
{
    const sr_token *vt = &s->tokens[v];
    int past = vt->xpos && strcmp(vt->xpos, "VBD") == 0;
    for (uint32_t c = 0; c < s->ntokens; c++) {
        const sr_token *t = &s->tokens[c];
        if (t->head != (int32_t)v + 1 || !(deprel_is(t, "aux") || deprel_is(t, "aux:pass")))
            continue;
        if (!sr_attr_word_is(t->form, "was", 0) && !sr_attr_word_is(t->form, "were", 0))
            return 0;
        past = 1;
    }
    return past;
}

/* The time the sentence s tells: 1 when one of its verbs is dated to
 * the past year *year, which is two or more before the publication year,
 * and none to a recent time; -1 when some verb is dated to a recent
 * time; 0 when it tells no time. */
static int told_time(const sr_sentence *s, int32_t pubdate, int32_t *year)
{
    int32_t pub_year = pubdate / 10000, past = 0;
    for (uint32_t v = 0; v < s->ntokens; v++) {
        const sr_token *t = &s->tokens[v];
        if (!t->upos || (strcmp(t->upos, "VERB") != 0 && t->head != 0))
            continue;
        sr_event_date d = sr_attr_event_date(s, v, pubdate);
        int32_t y = 0;
        int r = sr_attr_is_history_of(s, v, d, pubdate, &y);
        if (r == 1)
            y = d.ymd / 10000;
        if (r == 3)
            continue; /* a span ("Since 2009,") tells a state, no time */
        if (!r && d.first_token != UINT32_MAX)
            return -1;
        if (r && y && (!past || y > past))
            past = y;
    }
    if (!past)
        return 0;
    if (past > pub_year - 2)
        return -1;
    *year = past;
    return 1;
}

int32_t sr_attr_narrative_year(const sr_sentence *sents, uint32_t nsents, uint32_t i,
                               uint32_t verb, int32_t pubdate)
{
    if (!sents || i >= nsents || i == 0 || !sr_attr_date_valid(pubdate))
        return 0;
    const sr_sentence *s = &sents[i];
    if (verb >= s->ntokens)
        return 0;
    /* the link may sit on the verb the event's verb continues: "later
     * sentenced him and fined him", "was then attacked, killing ..." */
    int linked = 0;
    uint32_t v = verb;
    for (int hops = 0; hops < 4; hops++) {
        if (narrative_link(s, v)) {
            linked = 1;
            break;
        }
        const sr_token *t = &s->tokens[v];
        if (t->head <= 0 || (uint32_t)t->head > s->ntokens ||
            !(deprel_is(t, "conj") || deprel_is(t, "xcomp") || deprel_is(t, "advcl")))
            break;
        v = (uint32_t)t->head - 1;
    }
    /* a plain past clause in a sentence that names no time at all
     * continues the episode of the sentence just before it ("Commandos
     * stormed the ship in 2010. Nine activists were killed.") */
    if (!linked) {
        int32_t y = 0;
        return i >= SR_BACKGROUND_SENT && plain_past(s, verb) && !sr_attr_has_time_word(s) &&
                       told_time(&sents[i - 1], pubdate, &y) > 0
                   ? y
                   : 0;
    }
    /* the time last told, at most two sentences back */
    for (uint32_t back = 1; back <= 2 && back <= i; back++) {
        int32_t y = 0;
        int r = told_time(&sents[i - back], pubdate, &y);
        if (r > 0)
            return y;
        if (r < 0)
            return 0;
    }
    return 0;
}

/* The time the sentence s tells, read by months: 1 when one of its
 * verbs is dated to a period that ended SR_BACKGROUND_MONTHS calendar
 * months or more before publication (sr_attr_is_months_back, or a year
 * past sr_attr_is_history) and none to a recent time, with *ymd the
 * latest such start; -1 when some verb is dated to a recent time; 0 when
 * it dates none. With skip_bounds, a date under a bound ("until
 * January", "since 2011") dates the edge of a span, not an act, and is
 * passed over. */
static int dated_months_back(const sr_sentence *s, int32_t pubdate, int skip_bounds, int32_t *ymd)
{
    int32_t past = 0;
    for (uint32_t v = 0; v < s->ntokens; v++) {
        const sr_token *t = &s->tokens[v];
        if (!t->upos || (strcmp(t->upos, "VERB") != 0 && t->head != 0))
            continue;
        sr_event_date d = sr_attr_event_date(s, v, pubdate);
        if (d.first_token == UINT32_MAX)
            continue;
        if (skip_bounds) {
            if (d.first_token > d.last_token || d.last_token >= s->ntokens)
                continue;
            int bound = 0;
            for (uint32_t b = d.first_token >= 2 ? d.first_token - 2 : 0; b <= d.last_token; b++)
                if (sr_attr_word_in(s->tokens[b].form, SR_ATTR_BOUNDS) ||
                    sr_attr_word_is(s->tokens[b].form, "after", 0))
                    bound = 1;
            if (bound)
                continue;
        }
        int32_t y = 0;
        int r = sr_attr_is_history_of(s, v, d, pubdate, &y);
        if (r == 3)
            continue; /* a span ("Since 2009,") tells a state, no time */
        if (!r && !sr_attr_is_months_back(s, v, d, pubdate))
            return -1;
        if (!past || d.ymd > past)
            past = d.ymd;
    }
    if (!past)
        return 0;
    *ymd = past;
    return 1;
}

static int told_months_back(const sr_sentence *s, int32_t pubdate, int32_t *ymd)
{
    return dated_months_back(s, pubdate, 0, ymd);
}

/* 1 when the sentence opens with the place adverb "There," (not the
 * existential "There is"): it points back to the place just told. */
static int opens_with_there(const sr_sentence *s)
{
    return s->ntokens > 2 && sr_attr_word_is(s->tokens[0].form, "there", 0) &&
           s->tokens[1].form && strcmp(s->tokens[1].form, ",") == 0;
}

int32_t sr_attr_narrative_months_back(const sr_sentence *sents, uint32_t nsents, uint32_t i,
                                      uint32_t verb, int32_t pubdate)
{
    if (!sents || i >= nsents || i < SR_BACKGROUND_SENT || !sr_attr_date_valid(pubdate))
        return 0;
    const sr_sentence *s = &sents[i];
    if (verb >= s->ntokens || !past_clause(s, verb) || sr_attr_has_time_word(s))
        return 0;
    /* "There," ties it to the place and time just told; a main clause
     * in the past perfect steps back from that time. Not "later" or
     * "then": a sequel months after an episode may be the news. */
    int linked = opens_with_there(s);
    uint32_t v = verb;
    for (int hops = 0; !linked && hops < 4; hops++) {
        const sr_token *t = &s->tokens[v];
        if (t->head == 0 || (deprel_is(t, "conj") && t->head > 0 && (uint32_t)t->head <= s->ntokens &&
                             s->tokens[t->head - 1].head == 0)) {
            for (uint32_t c = 0; c < s->ntokens; c++)
                if (s->tokens[c].head == (int32_t)v + 1 && deprel_is(&s->tokens[c], "aux") &&
                    (sr_attr_word_is(s->tokens[c].form, "had", 0) ||
                     sr_attr_word_is(s->tokens[c].form, "'d", 0)))
                    linked = 1;
            if (linked)
                break;
        }
        if (t->head <= 0 || (uint32_t)t->head > s->ntokens ||
            !(deprel_is(t, "conj") || deprel_is(t, "xcomp") || deprel_is(t, "advcl")))
            break;
        v = (uint32_t)t->head - 1;
    }
    int32_t ymd = 0;
    if (linked)
        return told_months_back(&sents[i - 1], pubdate, &ymd) > 0 ? ymd : 0;
    /* a plain past right after such a "There," sentence goes on with
     * the same scene ("There, Kim asked Trump for relief. Trump denied
     * the request."): one sentence on, not more */
    const sr_sentence *prev = &sents[i - 1];
    return i - 1 >= SR_BACKGROUND_SENT && plain_past(s, verb) && opens_with_there(prev) &&
                   !sr_attr_has_time_word(prev) && told_months_back(&sents[i - 2], pubdate, &ymd) > 0
               ? ymd
               : 0;
}

/* The time the sentence s tells, as the anchor a later "have since"
 * points back to: like told_months_back, but a date under a bound
 * ("until January", "since 2011") dates the edge of a span, not an act,
 * and is passed over. */
static int since_anchor(const sr_sentence *s, int32_t pubdate, int32_t *ymd)
{
    return dated_months_back(s, pubdate, 1, ymd);
}

/* 1 when the verb at token v, or the verb it continues as a conjunct,
 * is a present perfect with the bare adverb "since" right before it
 * ("have since banned", "has since been released"). */
static int since_perfect(const sr_sentence *s, uint32_t verb)
{
    uint32_t v = verb;
    for (int hops = 0; hops < 3; hops++) {
        uint32_t k = v;
        /* "has since been freed": the passive auxiliary sits between */
        if (k >= 1 && sr_attr_word_is(s->tokens[k - 1].form, "been", 0))
            k--;
        if (k >= 2 && sr_attr_word_is(s->tokens[k - 1].form, "since", 0) &&
            (sr_attr_word_is(s->tokens[k - 2].form, "has", 0) ||
             sr_attr_word_is(s->tokens[k - 2].form, "have", 0) ||
             sr_attr_word_is(s->tokens[k - 2].form, "'ve", 0)))
            return 1;
        const sr_token *t = &s->tokens[v];
        if (t->head <= 0 || (uint32_t)t->head > s->ntokens || !deprel_is(t, "conj"))
            return 0;
        v = (uint32_t)t->head - 1;
    }
    return 0;
}

int32_t sr_attr_since_months_back(const sr_sentence *sents, uint32_t nsents, uint32_t i,
                                  uint32_t verb, int32_t pubdate)
{
    if (!sents || i >= nsents || i < SR_BACKGROUND_SENT || !sr_attr_date_valid(pubdate))
        return 0;
    const sr_sentence *s = &sents[i];
    if (verb >= s->ntokens || !since_perfect(s, verb) || sr_attr_has_time_word(s))
        return 0;
    /* "since" points back to the last act the story dated: the nearest
     * sentence before with a time of an act decides */
    for (uint32_t j = i; j-- > 0;) {
        int32_t ymd = 0;
        int r = since_anchor(&sents[j], pubdate, &ymd);
        if (r > 0)
            return ymd;
        if (r < 0)
            return 0;
    }
    return 0;
}

int sr_attr_is_repeated_perfect(const sr_sentence *s, uint32_t verb)
{
    static const char *const adv[] = {"repeatedly", "persistently", "consistently", "constantly",
                                      "continually", "long"};
    if (!s || verb >= s->ntokens)
        return 0;
    uint32_t v = verb;
    for (int hops = 0; hops < 4; hops++) {
        int perfect = 0, often = 0;
        for (uint32_t c = 0; c < s->ntokens; c++) {
            const sr_token *t = &s->tokens[c];
            if (t->head != (int32_t)v + 1)
                continue;
            if (deprel_is(t, "aux") &&
                (sr_attr_word_is(t->form, "has", 0) || sr_attr_word_is(t->form, "have", 0) ||
                 sr_attr_word_is(t->form, "'ve", 0)))
                perfect = 1;
            if (deprel_is(t, "advmod"))
                for (size_t k = 0; k < sizeof adv / sizeof *adv; k++)
                    if (sr_attr_word_is(t->form, adv[k], 0))
                        often = 1;
        }
        const sr_token *vt = &s->tokens[v];
        if (perfect && often && vt->xpos && strcmp(vt->xpos, "VBN") == 0)
            return 1;
        if (perfect || vt->head <= 0 || (uint32_t)vt->head > s->ntokens ||
            !(deprel_is(vt, "conj") || deprel_is(vt, "xcomp") || deprel_is(vt, "advcl")))
            return 0;
        v = (uint32_t)vt->head - 1;
    }
    return 0;
}

uint32_t sr_attr_governing_verb(const sr_sentence *s, uint32_t verb, int32_t pubdate)
{
    static const char *const rels[] = {"ccomp", "xcomp", "conj", "advcl", "parataxis"};
    if (!s || verb >= s->ntokens)
        return UINT32_MAX;
    uint32_t v = verb;
    for (int hops = 0; hops < 4; hops++) {
        const sr_token *t = &s->tokens[v];
        int up = 0;
        for (size_t k = 0; k < sizeof rels / sizeof *rels; k++)
            up |= deprel_is(t, rels[k]);
        if (!up || t->head <= 0 || (uint32_t)t->head > s->ntokens)
            return UINT32_MAX;
        v = (uint32_t)t->head - 1;
        if (sr_attr_event_date(s, v, pubdate).first_token != UINT32_MAX)
            return v;
    }
    return UINT32_MAX;
}

uint32_t sr_attr_participle_governor(const sr_sentence *s, uint32_t verb, int32_t pubdate)
{
    static const char *const rels[] = {"ccomp", "xcomp", "conj", "advcl", "parataxis"};
    if (!s || verb >= s->ntokens)
        return UINT32_MAX;
    uint32_t v = verb;
    int via_noun = 0;
    for (int hops = 0; hops < 4; hops++) {
        const sr_token *t = &s->tokens[v];
        int up = 0;
        for (size_t k = 0; k < sizeof rels / sizeof *rels; k++)
            up |= deprel_is(t, rels[k]);
        /* "airstrikes ..., hitting targets", "books banned by the
         * Taliban": a bare participle describing a noun of the clause
         * (no auxiliary, no relative pronoun) takes that clause's time */
        /* one participle step: a participle of a participle
         * ("a list circulated ... of books banned by") is too far from
         * the dated clause */
        int participle = !up && !via_noun && t->xpos &&
                         (strcmp(t->xpos, "VBG") == 0 || strcmp(t->xpos, "VBN") == 0) &&
                         deprel_is(t, "acl");
        if (participle)
            for (uint32_t c = 0; c < s->ntokens; c++)
                if (s->tokens[c].head == (int32_t)v + 1 &&
                    (deprel_is(&s->tokens[c], "aux") || deprel_is(&s->tokens[c], "aux:pass") ||
                     deprel_is(&s->tokens[c], "mark")))
                    participle = 0;
        if ((!up && !participle) || t->head <= 0 || (uint32_t)t->head > s->ntokens)
            return UINT32_MAX;
        v = (uint32_t)t->head - 1;
        if (participle) {
            /* from the noun up its nominal chain to the verb that holds it */
            via_noun = 1;
            for (int n = 0; n < 4 && v < s->ntokens; n++) {
                const sr_token *nt = &s->tokens[v];
                if (nt->xpos && nt->xpos[0] == 'V')
                    break;
                if (!(deprel_is(nt, "obj") || deprel_is(nt, "nsubj") || deprel_is(nt, "nsubj:pass") ||
                      deprel_is(nt, "obl") || deprel_is(nt, "nmod") || deprel_is(nt, "conj")) ||
                    nt->head <= 0 || (uint32_t)nt->head > s->ntokens)
                    return UINT32_MAX;
                v = (uint32_t)nt->head - 1;
            }
            if (v >= s->ntokens || !s->tokens[v].xpos || s->tokens[v].xpos[0] != 'V')
                return UINT32_MAX;
        }
        if (sr_attr_event_date(s, v, pubdate).first_token != UINT32_MAX)
            return v;
    }
    return UINT32_MAX;
}

/* 1 when token n is "then" marking a former title: "then-president",
 * "then President Trump" (its head a noun, not a verb). */
static int then_title(const sr_sentence *s, uint32_t n)
{
    const sr_token *t = &s->tokens[n];
    if (!sr_attr_word_is(t->form, "then", 0) || t->head <= 0 || (uint32_t)t->head > s->ntokens)
        return 0;
    uint32_t h = (uint32_t)t->head - 1;
    const sr_token *ht = &s->tokens[h];
    if (h <= n || h > n + 3 || !ht->xpos || strncmp(ht->xpos, "NN", 2) != 0)
        return 0;
    /* nothing but a hyphen or title words between: "then-Prime Minister" */
    for (uint32_t k = n + 1; k < h; k++) {
        const sr_token *kt = &s->tokens[k];
        if (!(strcmp(kt->form, "-") == 0 || (kt->xpos && strncmp(kt->xpos, "NN", 2) == 0) ||
              (kt->xpos && strcmp(kt->xpos, "JJ") == 0)))
            return 0;
    }
    return 1;
}

int sr_attr_has_then_title(const sr_sentence *s, uint32_t verb)
{
    if (!s || verb >= s->ntokens)
        return 0;
    for (uint32_t n = 0; n < s->ntokens; n++) {
        if (!then_title(s, n))
            continue;
        /* the title's noun is the verb's argument, or stands in
         * apposition to or compound with one */
        uint32_t h = (uint32_t)s->tokens[n].head - 1;
        for (int up = 0; up < 3 && h < s->ntokens; up++) {
            const sr_token *ht = &s->tokens[h];
            if (ht->head == (int32_t)verb + 1)
                return deprel_is(ht, "obj") || deprel_is(ht, "nsubj") || deprel_is(ht, "nsubj:pass") ||
                       deprel_is(ht, "obl") || deprel_is(ht, "iobj");
            if (!(deprel_is(ht, "appos") || deprel_is(ht, "compound") || deprel_is(ht, "flat") ||
                  deprel_is(ht, "nmod:poss")) ||
                ht->head <= 0)
                break;
            h = (uint32_t)ht->head - 1;
        }
    }
    return 0;
}

int sr_attr_is_past_progressive(const sr_sentence *s, uint32_t verb)
{
    static const char *const rels[] = {"xcomp", "conj", "advcl"};
    if (!s || verb >= s->ntokens)
        return 0;
    uint32_t v = verb;
    for (int hops = 0; hops < 4; hops++) {
        const sr_token *vt = &s->tokens[v];
        int had = 0, been = 0;
        for (uint32_t c = 0; c < s->ntokens; c++) {
            const sr_token *t = &s->tokens[c];
            if (t->head != (int32_t)v + 1 || !deprel_is(t, "aux"))
                continue;
            had |= sr_attr_word_is(t->form, "had", 0) || sr_attr_word_is(t->form, "'d", 0);
            been |= sr_attr_word_is(t->form, "been", 0);
        }
        if (had && been && vt->xpos && strcmp(vt->xpos, "VBG") == 0) {
            if (deprel_is(vt, "root"))
                return 1;
            /* "It was not long ago that ... had been exchanging": a
             * clause hung on a time adverb, not on a speech verb */
            const sr_token *ht = vt->head > 0 && (uint32_t)vt->head <= s->ntokens ? &s->tokens[vt->head - 1] : NULL;
            return ht && deprel_is(vt, "ccomp") && ht->xpos && ht->xpos[0] != 'V';
        }
        int up = 0;
        for (size_t k = 0; k < sizeof rels / sizeof *rels; k++)
            up |= deprel_is(vt, rels[k]);
        /* only a participle adjunct ("..., prompting France to
         * recall"): "had been sleeping when gunmen stormed the village"
         * tells the news in the "when" clause */
        if (up && deprel_is(vt, "advcl")) {
            if (!vt->xpos || (strcmp(vt->xpos, "VBG") != 0 && strcmp(vt->xpos, "VBN") != 0))
                up = 0;
            for (uint32_t c = 0; up && c < s->ntokens; c++)
                if (s->tokens[c].head == (int32_t)v + 1 && deprel_is(&s->tokens[c], "mark"))
                    up = 0;
        }
        if (!up || vt->head <= 0 || (uint32_t)vt->head > s->ntokens)
            return 0;
        v = (uint32_t)vt->head - 1;
    }
    return 0;
}

/* The first day of the time that the "since" at token k opens, read from
 * the words after it up to a comma, the verb stop or twenty words: a month
 * ("since May", "since February 1", "since last August", "since
 * ... held a summit in September"), or "the beginning (start) of the
 * year". 0 for none: an event ("since the coup"), a weekday, a bare year
 * or a relative "since then" is not read. *last gets the last token
 * read. */
static int32_t since_start(const sr_sentence *s, uint32_t k, uint32_t stop, int32_t pubdate,
                           uint32_t *last)
{
    int32_t py = pubdate / 10000, pm = pubdate / 100 % 100;
    int after_last = 0;
    for (uint32_t t = k + 1; t < s->ntokens && t <= k + 20 && t != stop; t++) {
        const char *f = s->tokens[t].form;
        if (!f || strcmp(f, ",") == 0 || strcmp(f, ".") == 0 || strcmp(f, ";") == 0 ||
            sr_attr_word_is(f, "since", 0))
            break;
        *last = t;
        if (sr_attr_word_is(f, "last", 0)) {
            after_last = 1;
            continue;
        }
        if ((sr_attr_word_is(f, "beginning", 0) || sr_attr_word_is(f, "start", 0)) && t + 3 < s->ntokens &&
            sr_attr_word_is(s->tokens[t + 1].form, "of", 0) &&
            (sr_attr_word_is(s->tokens[t + 2].form, "the", 0) ||
             sr_attr_word_is(s->tokens[t + 2].form, "this", 0)) &&
            sr_attr_word_is(s->tokens[t + 3].form, "year", 0)) {
            *last = t + 3;
            return py * 10000 + 101;
        }
        int m = sr_attr_month_of(f);
        if (!m)
            continue;
        int32_t day = 1, y = m < pm || (m == pm && !after_last) ? py : py - 1;
        uint32_t n = t + 1;
        if (n < s->ntokens && s->tokens[n].upos && strcmp(s->tokens[n].upos, "NUM") == 0) {
            int d = atoi(s->tokens[n].form);
            if (d >= 1 && d <= 31 && !sr_attr_year_of(s->tokens[n].form)) {
                day = d;
                *last = n++;
            }
        }
        if (n < s->ntokens && s->tokens[n].form && strcmp(s->tokens[n].form, ",") == 0 && n + 1 < s->ntokens &&
            sr_attr_year_of(s->tokens[n + 1].form))
            n++;
        if (n < s->ntokens && sr_attr_year_of(s->tokens[n].form)) {
            /* "since February 2022": a state or tally of years, left to
             * the year rules */
            return 0;
        }
        int32_t ymd = y * 10000 + m * 100 + day;
        return sr_attr_date_valid(ymd) ? ymd : 0;
    }
    return 0;
}

int32_t sr_attr_perfect_since(const sr_sentence *s, uint32_t verb, sr_event_date d, int32_t pubdate)
{
    if (!s || verb >= s->ntokens || !sr_attr_date_valid(pubdate))
        return 0;
    /* the present perfect: the verb's own, or that of the clause it
     * continues or completes ("has arrested ... and detained") */
    uint32_t v = verb, p = UINT32_MAX;
    for (int hops = 0; hops < 4 && p == UINT32_MAX; hops++) {
        int perfect = 0, aux = 0;
        for (uint32_t c = 0; c < s->ntokens; c++) {
            const sr_token *t = &s->tokens[c];
            if (t->head != (int32_t)v + 1 || !(deprel_is(t, "aux") || deprel_is(t, "aux:pass")))
                continue;
            if (sr_attr_word_is(t->form, "has", 0) || sr_attr_word_is(t->form, "have", 0) ||
                sr_attr_word_is(t->form, "'ve", 0))
                perfect = 1;
            else if (!sr_attr_word_is(t->form, "been", 0))
                aux = 1;
        }
        const sr_token *vt = &s->tokens[v];
        if (perfect && !aux && vt->xpos && strcmp(vt->xpos, "VBN") == 0)
            p = v;
        else if (perfect || aux || vt->head <= 0 || (uint32_t)vt->head > s->ntokens ||
                 !(deprel_is(vt, "conj") || deprel_is(vt, "xcomp") || deprel_is(vt, "advcl")))
            return 0;
        else
            v = (uint32_t)vt->head - 1;
    }
    if (p == UINT32_MAX)
        return 0;
    int32_t gov = s->tokens[p].head > 0 ? s->tokens[p].head - 1 : -1;
    for (uint32_t k = 0; k < s->ntokens; k++) {
        if (!sr_attr_word_is(s->tokens[k].form, "since", 0))
            continue;
        /* the "since" phrase or clause hangs from the perfect (through
         * the words of its clause), or opens the sentence before it and
         * hangs from the verb that governs it: "has assessed that since
         * ... September, Pyongyang has shipped ..." */
        int reaches = 0;
        uint32_t h = k;
        for (int up = 0; up < 6 && !reaches; up++) {
            int32_t hh = s->tokens[h].head;
            if (hh <= 0 || (uint32_t)hh > s->ntokens)
                break;
            /* not through a clause that describes a noun: "has
             * condemned the arrests made since May" */
            if (strncmp(s->tokens[h].deprel ? s->tokens[h].deprel : "", "acl", 3) == 0)
                break;
            h = (uint32_t)hh - 1;
            reaches = h == p || (k < p && gov >= 0 && h == (uint32_t)gov);
        }
        if (!reaches)
            continue;
        uint32_t last = k;
        int32_t start = since_start(s, k, p, pubdate, &last);
        if (!start)
            continue;
        /* a date of the act's own outside the "since" phrase is news */
        if (d.first_token != UINT32_MAX && (d.first_token < k || d.first_token > last))
            return 0;
        if (sr_attr_date_to_days(pubdate) - sr_attr_date_to_days(start) >= SR_TALLY_DAYS)
            return start;
    }
    return 0;
}
