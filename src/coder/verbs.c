/* verbs.c - finding event verbs and their arguments in the parse.
 *
 * A token is an event verb when the verb dictionary lists its form. For a
 * multi-word verb ("cordon off", "re-surround") the other words must stand
 * next to the verb word or, for a particle, hang off it as compound:prt.
 * The arguments come from the verb's dependents: its subject, or, when it
 * has none, the subject it shares with the verb it depends on (xcomp:
 * "Arnor is about to restore ties", conj: "... met and agreed", an adverbial
 * clause); the head noun of a participle or relative clause ("crowds
 * trashing its embassy", "troops who attacked"). A passive swaps the roles:
 * the by-phrase is the doer and the passive subject the one done to. A
 * bare past participle after a clause is passive ("is dead, killed in a
 * raid"), and a verb with an object but neither "be" nor "get" is active
 * whatever passive labels the parser gave it.
 *
 * Negation follows PETRARCH: a verb with "not", "n't" or "never" codes
 * nothing. Modal auxiliaries do not change the code. */
#include "coder/verbs.h"

#include <string.h>

static int is_verb_token(const sr_token *t)
{
    if (t->upos && !strcmp(t->upos, "VERB"))
        return 1;
    /* A tagger may call a participle an adjective ("the ARMED men"), but
     * only verbs carry events; the Penn tag is the tie-breaker. */
    return t->xpos && t->xpos[0] == 'V' && t->xpos[1] == 'B' && t->upos &&
           strcmp(t->upos, "AUX") != 0;
}

/* Do the extra words of a multi-word form stand around token v? Returns 1
 * and sets the span when they do. */
static int form_fits(const sr_cs_sent *cs, const sr_verb_form *f, int32_t v, int32_t *first,
                     int32_t *last)
{
    int32_t lo = v, hi = v;
    for (uint32_t k = 0; k < f->npre; k++) {
        int32_t at = v - (int32_t)f->npre + (int32_t)k;
        if (at < 0 || !sr_coder_word_eq(f->pre[k], cs->words[at]))
            return 0;
    }
    lo = v - (int32_t)f->npre;
    for (uint32_t k = 0; k < f->npost; k++) {
        int32_t at = v + 1 + (int32_t)k;
        if (at < (int32_t)cs->n && sr_coder_word_eq(f->post[k], cs->words[at])) {
            hi = at;
            continue;
        }
        /* A particle may stand apart: "cut the supplies off". */
        int ok = 0;
        if (f->npost == 1)
            for (uint32_t c = cs->kid_start[v]; c < cs->kid_start[v + 1]; c++) {
                int32_t d = (int32_t)cs->kids[c];
                if (cs->rel[d] == SR_CS_PRT && sr_coder_word_eq(f->post[k], cs->words[d])) {
                    ok = 1;
                    break;
                }
            }
        if (!ok)
            return 0;
    }
    *first = lo;
    *last = hi;
    return 1;
}

const sr_verb_form *sr_coder_verb_find(const sr_cs_ctx *cx, int32_t v, int32_t *first,
                                       int32_t *last)
{
    const sr_cs_sent *cs = cx->cs;
    const sr_token *t = &cs->s->tokens[v];
    if (!is_verb_token(t))
        return NULL;
    const char *w = cs->words[v];
    const sr_verb_form *f = sr_dict_verb_lookup(cx->dict, w, strlen(w));
    for (; f; f = f->next)
        if (form_fits(cs, f, v, first, last))
            return f;
    return NULL;
}

/* "no passengers were killed", "no ransom was paid", "reported no
 * casualties": a subject or object that "no" determines denies the act.
 * So does one that is "nothing", "nobody" or "none" ("have said nothing
 * about the eight Uyghurs", "nobody was hurt"). */
static int denied_by_no(const sr_cs_sent *cs, int32_t v)
{
    static const char *const none[] = {"NOTHING", "NOBODY", "NONE"};
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (cs->rel[c] != SR_CS_NSUBJ && cs->rel[c] != SR_CS_NSUBJPASS && cs->rel[c] != SR_CS_OBJ)
            continue;
        if (SR_CS_WORD_AMONG(none, cs->words[c]))
            return 1;
        int32_t d = sr_coder_child(cs, c, SR_CS_DET);
        if (d >= 0 && sr_coder_word_eq("NO", cs->words[d]))
            return 1;
    }
    return 0;
}

int sr_coder_verb_negated(const sr_cs_sent *cs, int32_t v)
{
    /* Only the verb's own negation counts: in "didn't clash over the
     * efforts to deal with ..." the dealing is still reported. "failed to
     * reach an agreement" is negated too: nothing was reached. */
    if (sr_coder_child(cs, v, SR_CS_NEG) >= 0 || denied_by_no(cs, v))
        return 1;
    int32_t h = cs->head[v];
    if (h < 0 || cs->rel[v] != SR_CS_XCOMP)
        return 0;
    static const char *const fail[] = {"FAIL", "FAILS", "FAILED", "FAILING"};
    return SR_CS_WORD_AMONG(fail, cs->words[h]);
}

/* The grammatical number verb v shows by its finite word: 1 singular
 * ("says", "has been deployed", "is", "was"), 2 plural ("say", "have
 * been deployed", "are", "were"), 0 when it shows none (a past tense, a
 * modal, an infinitive). The finite word is the first auxiliary before
 * the verb, else the verb itself. */
static int verb_number(const sr_cs_sent *cs, int32_t v)
{
    static const char *const sing[] = {"HAS", "IS", "DOES", "WAS"};
    static const char *const plur[] = {"HAVE", "ARE", "DO", "WERE"};
    int32_t fin = v;
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (c < v && (cs->rel[c] == SR_CS_AUX || cs->rel[c] == SR_CS_AUXPASS ||
                      cs->rel[c] == SR_CS_COP)) {
            fin = c;
            break;
        }
    }
    if (fin != v) {
        if (SR_CS_WORD_AMONG(sing, cs->words[fin]))
            return 1;
        if (SR_CS_WORD_AMONG(plur, cs->words[fin]))
            return 2;
        return 0;
    }
    const char *x = cs->s->tokens[v].xpos;
    if (x && !strcmp(x, "VBZ"))
        return 1;
    if (x && !strcmp(x, "VBP"))
        return 2;
    return 0;
}

static int is_relative_pronoun(const sr_cs_sent *cs, int32_t t)
{
    static const char *const w[] = {"WHO", "WHICH", "THAT", "WHOM", NULL};
    for (int i = 0; w[i]; i++)
        if (sr_coder_word_eq(w[i], cs->words[t]))
            return 1;
    return 0;
}

static int has_aux(const sr_cs_sent *cs, int32_t v)
{
    return sr_coder_child(cs, v, SR_CS_AUX) >= 0 || sr_coder_child(cs, v, SR_CS_AUXPASS) >= 0;
}

/* "Passengers of a train held hostage in the province shared ...": the
 * active puts the captive between the verb and "hostage" ("gunmen held
 * the passengers hostage"), so "held", "taken" or "kept" as a participle
 * with no auxiliary and no object, right before "hostage", "captive" or
 * "prisoner", is passive, whatever subject the parser gave it: its noun
 * is the captive, and the captor is unknown. */
static int held_hostage(const sr_cs_sent *cs, int32_t v)
{
    static const char *const verbs[] = {"HELD", "TAKEN", "KEPT"};
    static const char *const captive[] = {"HOSTAGE", "HOSTAGES", "CAPTIVE", "CAPTIVES",
                                          "PRISONER", "PRISONERS"};
    const char *x = cs->s->tokens[v].xpos;
    return x && !strcmp(x, "VBN") && (uint32_t)v + 1 < cs->n && cs->head[v + 1] == v &&
           SR_CS_WORD_AMONG(verbs, cs->words[v]) && SR_CS_WORD_AMONG(captive, cs->words[v + 1]) &&
           !has_aux(cs, v) && sr_coder_child(cs, v, SR_CS_OBJ) < 0;
}

/* A past participle standing alone after a clause ("is dead, killed in a
 * raid", "Backed by Gondor, the rebels ...", "were arrested and
 * detained") is passive: with no auxiliary of its own it cannot be the
 * perfect, and a participle with no object is not the active past that a
 * tagger may have mislabelled. A conjunct is passive when the verb it
 * joins is, or when that is no verb ("is dead, killed"). The walk is
 * bounded: parses may chain conjuncts. Returns 2 for a participle that
 * the parse joined to a finite verb it cannot be coordinated with. */
static int bare_participle_passive(const sr_cs_sent *cs, int32_t v)
{
    if (held_hostage(cs, v))
        return 1;
    /* A participle that completes the object of a verb with a subject of
     * its own ("adjourned the case of a journalist arrested over his
     * interviews", "found the villagers killed", "rescued the passengers
     * freed so far") says what was done to that object: it is passive,
     * and the object is the one done to, not the doer. An xcomp the
     * tagger gave the past tense is such a participle too, as a finite
     * verb is no complement. Not when the object is a pronoun that can
     * be a subject ("indicated it deplored"): the parse may have taken a
     * clause's subject for the object. */
    if (cs->rel[v] == SR_CS_XCOMP) {
        static const char *const accusative[] = {"HIM", "HER", "THEM", "ME", "US"};
        const sr_token *t = &cs->s->tokens[v];
        int32_t h = cs->head[v];
        int32_t o = h >= 0 ? sr_coder_child(cs, h, SR_CS_OBJ) : -1;
        if (o < 0 || o > v || sr_coder_child(cs, h, SR_CS_NSUBJ) < 0 || !t->xpos ||
            (strcmp(t->xpos, "VBN") != 0 && strcmp(t->xpos, "VBD") != 0) || has_aux(cs, v) ||
            sr_coder_child(cs, v, SR_CS_OBJ) >= 0 || sr_coder_child(cs, v, SR_CS_NSUBJ) >= 0 ||
            sr_coder_child(cs, v, SR_CS_MARK) >= 0)
            return 0;
        const char *ou = cs->s->tokens[o].upos;
        return !(ou && !strcmp(ou, "PRON") && !SR_CS_WORD_AMONG(accusative, cs->words[o]));
    }
    for (int guard = 0; guard < 8; guard++) {
        const sr_token *t = &cs->s->tokens[v];
        if (!t->xpos || strcmp(t->xpos, "VBN") != 0 || has_aux(cs, v) ||
            sr_coder_child(cs, v, SR_CS_OBJ) >= 0 || sr_coder_child(cs, v, SR_CS_NSUBJ) >= 0)
            return 0;
        if (cs->rel[v] == SR_CS_ADVCL)
            return 1;
        if (cs->rel[v] != SR_CS_CONJ || cs->head[v] < 0)
            return 0;
        int32_t h = cs->head[v];
        const sr_token *ht = &cs->s->tokens[h];
        /* One of a list of states a verb's subject is in, headed by an
         * adjective ("civilians remain unseen, unprotected, bombed"): what
         * was done to the subject. A participle alone as the complement is
         * not read so: taggers give "rescinded" in "unless Israel
         * rescinded" as a participle. */
        if (ht->upos && !strcmp(ht->upos, "ADJ") && cs->rel[h] == SR_CS_XCOMP)
            return 1;
        if (sr_coder_child(cs, h, SR_CS_AUXPASS) >= 0 ||
            sr_coder_child(cs, h, SR_CS_NSUBJPASS) >= 0 || sr_coder_child(cs, h, SR_CS_AGENT) >= 0)
            return 1;
        if (!ht->upos || (strcmp(ht->upos, "VERB") != 0 && strcmp(ht->upos, "AUX") != 0))
            return sr_coder_child(cs, h, SR_CS_COP) >= 0;
        /* A finite verb in the simple tense with no auxiliary ("officials
         * told VOA that detainees ... incarcerated at the base") does not
         * coordinate with a bare participle: "told and incarcerated" would
         * take the same tense. Without a coordinator of its own ("and
         * insisted" is a finite verb the tagger took for a participle),
         * the parse has joined a participle that modifies a noun to the
         * wrong verb, so it shares nothing with that verb (2). */
        if (ht->xpos && !has_aux(cs, h) && sr_coder_child(cs, v, SR_CS_CC) < 0 &&
            (!strcmp(ht->xpos, "VBD") || !strcmp(ht->xpos, "VBZ") || !strcmp(ht->xpos, "VBP")))
            return 2;
        v = h;
    }
    return 0;
}

/* Is t a day's name or "today", "yesterday", "tomorrow"? */
static int is_day_word(const sr_cs_sent *cs, int32_t t)
{
    static const char *const days[] = {"MONDAY", "TUESDAY",  "WEDNESDAY", "THURSDAY",
                                       "FRIDAY", "SATURDAY", "SUNDAY",    "TODAY",
                                       "YESTERDAY", "TOMORROW"};
    return SR_CS_WORD_AMONG(days, cs->words[t]);
}

/* Does a quotation end right before v ('...," said', '..." said')? */
static int after_quotation(const sr_cs_sent *cs, int32_t v)
{
    static const char *const quotes[] = {"\"", "''", "\u201D", "'", "\u2019", "``", "\u201C"};
    for (int32_t i = v - 1; i >= 0 && i >= v - 2; i--) {
        if (SR_CS_WORD_AMONG(quotes, cs->words[i]))
            return 1;
        if (strcmp(cs->words[i], ",") != 0)
            return 0;
    }
    return 0;
}

/* Has v an auxiliary "be" or "get", the only ones that make a passive? */
static int be_or_get_aux(const sr_cs_sent *cs, int32_t v)
{
    static const char *const forms[] = {"BE",  "IS",   "ARE",  "WAS",    "WERE",
                                        "BEEN", "BEING", "AM", "'S",     "'RE",
                                        "GET", "GETS", "GOT",  "GOTTEN", "GETTING"};
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (cs->rel[c] != SR_CS_AUX && cs->rel[c] != SR_CS_AUXPASS)
            continue;
        for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
            if (sr_coder_word_eq(forms[i], cs->words[c]))
                return 1;
    }
    return 0;
}

/* Has v "have", "has" or "had" as its own auxiliary? The perfect of a
 * passive has "been" too ("have been called"), so with "have" and
 * neither "be" nor "get" the verb is active even without an object:
 * "the U.S. and other Western nations have repeatedly called for ..."
 * parsed with "nations" as a passive subject made the call Syria's. */
static int perfect_aux(const sr_cs_sent *cs, int32_t v)
{
    static const char *const have[] = {"HAVE", "HAS", "HAD", "'VE", "HAVING"};
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if ((cs->rel[c] == SR_CS_AUX || cs->rel[c] == SR_CS_AUXPASS) &&
            SR_CS_WORD_AMONG(have, cs->words[c]))
            return 1;
    }
    return 0;
}

/* A parser may call the subject of a perfect with an object passive
 * ("Kenyan authorities have since banned civilians", "the U.N. has urged
 * Somali leaders"), or "having" a passive auxiliary ("having treated 385
 * survivors"): with neither "be" nor "get" and no by-phrase, a verb that
 * has an object is active whatever the labels say. */
static int mislabelled_active(const sr_cs_sent *cs, int32_t v)
{
    return (sr_coder_child(cs, v, SR_CS_NSUBJPASS) >= 0 ||
            sr_coder_child(cs, v, SR_CS_AUXPASS) >= 0) &&
           (sr_coder_child(cs, v, SR_CS_OBJ) >= 0 || perfect_aux(cs, v)) &&
           sr_coder_child(cs, v, SR_CS_AGENT) < 0 && !be_or_get_aux(cs, v);
}

/* "Israel is opposed to the plan", "Gondor is committed to the talks":
 * these participles with "be" and a "to" phrase, and no by-phrase, say
 * what the subject itself holds; they are no passives, and the subject
 * is the one who opposes or commits. */
static int stative_to(const sr_cs_sent *cs, int32_t v)
{
    static const char *const stative[] = {"OPPOSED", "COMMITTED"};
    if (!SR_CS_WORD_AMONG(stative, cs->words[v]) || sr_coder_child(cs, v, SR_CS_AGENT) >= 0 ||
        !be_or_get_aux(cs, v))
        return 0;
    /* "to" right after the participle, marking a phrase or clause of it
     * ("opposed to French mediation", "committed to holding talks"). */
    int32_t to = v + 1;
    if (to >= (int32_t)cs->n || !sr_coder_word_eq("TO", cs->words[to]))
        return 0;
    int32_t c = cs->head[to];
    return c > to && (c == v || cs->head[c] == v);
}

/* v opens with "where" or "when" and has a subject of its own before
 * it: "..., where security forces clashed with fighters". */
static int where_clause_with_subject(const sr_cs_sent *cs, int32_t v)
{
    static const char *const wh[] = {"WHERE", "WHEN"};
    int32_t s = sr_coder_child(cs, v, SR_CS_NSUBJ);
    if (s < 0 || s > v || !cs->nominal[s])
        return 0;
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (c < s && cs->rel[c] == SR_CS_ADVMOD && SR_CS_WORD_AMONG(wh, cs->words[c]))
            return 1;
    }
    return 0;
}

/* A participle on a noun with a bare name right after it, hung on the
 * participle with no preposition ("a Bosnian court sentenced Dodik to
 * one year", parsed with "sentenced" as a participle on "court" and the
 * name as its adverb): a passive participle has no object, so the name
 * is what the verb was done to and the tagger mistook a past tense for
 * a participle. Not after a verb of naming or appointing ("a group
 * called Hamas", "a man named Ali", "the general appointed U.N. envoy"),
 * whose name is the noun's own or its new office, nor a day or a month
 * ("the journalist arrested Tuesday", "arrested March 3"). */
static int name_after_participle(const sr_cs_sent *cs, int32_t v)
{
    static const char *const naming[] = {
        "CALLED",     "NAMED",   "DUBBED",    "KNOWN",    "NICKNAMED",  "TITLED",
        "ENTITLED",   "LABELED", "LABELLED",  "BRANDED",  "RENAMED",    "STYLED",
        "APPOINTED",  "ELECTED", "NOMINATED", "DECLARED", "PROCLAIMED", "CROWNED",
        "CONSIDERED", "DEEMED",  "VOTED"};
    static const char *const months[] = {"JANUARY", "FEBRUARY", "MARCH",     "APRIL",
                                         "MAY",     "JUNE",     "JULY",      "AUGUST",
                                         "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
                                         "JAN.",    "FEB.",     "AUG.",      "SEPT.",
                                         "OCT.",    "NOV.",     "DEC."};
    int32_t n = v + 1;
    if (n >= (int32_t)cs->n || SR_CS_WORD_AMONG(naming, cs->words[v]) || is_day_word(cs, n) ||
        SR_CS_WORD_AMONG(months, cs->words[n]))
        return 0;
    const char *up = cs->s->tokens[n].upos;
    if (!up || strcmp(up, "PROPN") != 0)
        return 0;
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (cs->lo[c] == n && sr_coder_case_of(cs, c) < 0)
            return 1;
    }
    return 0;
}

static int passive(const sr_cs_sent *cs, int32_t v)
{
    if (mislabelled_active(cs, v) || stative_to(cs, v))
        return 0;
    /* A by-phrase agent is found only with passives, even when the parser
     * missed the rest ("the soldiers backed by African Union troops"
     * parsed with "soldiers" as a plain subject). */
    if (sr_coder_child(cs, v, SR_CS_AUXPASS) >= 0 ||
        sr_coder_child(cs, v, SR_CS_NSUBJPASS) >= 0 || sr_coder_child(cs, v, SR_CS_AGENT) >= 0)
        return 1;
    /* A bare past participle on a noun: "the embassy attacked by crowds".
     * One with a subject of its own before it and "where" or "when"
     * opening it is a relative clause whose past tense was tagged a
     * participle ("the region, where security forces clashed with
     * fighters"): a participle on a noun has no subject, and the noun is
     * the place or time, not the one done to. */
    const sr_token *t = &cs->s->tokens[v];
    return cs->rel[v] == SR_CS_ACL && t->xpos && !strcmp(t->xpos, "VBN") &&
           sr_coder_child(cs, v, SR_CS_OBJ) < 0 && !where_clause_with_subject(cs, v) &&
           !name_after_participle(cs, v);
}

/* A present participle set off by a comma after a noun the clause's verb
 * reaches through an oblique ("a bomber detonated her devices near a
 * military convoy, killing one soldier"): parsers hang it on the noun, but
 * it tells what the clause's act did, so its doer is the clause's subject,
 * not the convoy. Returns that subject, or -1. */
static int32_t comma_participle_doer(const sr_cs_sent *cs, int32_t v)
{
    const sr_token *t = &cs->s->tokens[v];
    if (v < 1 || !t->xpos || strcmp(t->xpos, "VBG") != 0 || cs->rel[v - 1] != SR_CS_PUNCT ||
        strcmp(cs->words[v - 1], ",") != 0)
        return -1;
    int32_t n = cs->head[v];
    int guard = 0;
    while (n >= 0 && guard++ < 8 && (cs->rel[n] == SR_CS_NMOD || cs->rel[n] == SR_CS_CONJ ||
                                     cs->rel[n] == SR_CS_APPOS))
        n = cs->head[n];
    if (n < 0 || cs->rel[n] != SR_CS_OBL || cs->head[n] < 0)
        return -1;
    int32_t s = sr_coder_child(cs, cs->head[n], SR_CS_NSUBJ);
    return s >= 0 && cs->nominal[s] && !is_relative_pronoun(cs, s) ? s : -1;
}

/* "..., taking hundreds hostage": v is a present participle right
 * after a comma, later than the verb h it hangs on, with no subject,
 * auxiliary or subordinator of its own. */
static int comma_participle_clause(const sr_cs_sent *cs, int32_t v, int32_t h)
{
    const sr_token *t = &cs->s->tokens[v];
    if (v < 1 || v <= h || cs->nominal[h] || !t->xpos || strcmp(t->xpos, "VBG") != 0 ||
        cs->rel[v - 1] != SR_CS_PUNCT || strcmp(cs->words[v - 1], ",") != 0)
        return 0;
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        sr_cs_rel r = (sr_cs_rel)cs->rel[cs->kids[k]];
        if (r == SR_CS_NSUBJ || r == SR_CS_NSUBJPASS || r == SR_CS_AUX || r == SR_CS_AUXPASS ||
            r == SR_CS_MARK)
            return 0;
    }
    return 1;
}

/* Words that name a time, which stands before a verb without a
 * preposition ("Last month, Gondor ...") and is never its doer. */
static int is_time_word(const sr_cs_sent *cs, int32_t t)
{
    static const char *const w[] = {
        "HOUR",     "HOURS",    "DAY",       "DAYS",    "WEEK",    "WEEKS",    "WEEKEND",
        "MONTH",    "MONTHS",   "YEAR",      "YEARS",   "DECADE",  "DECADES",  "TIME",
        "MORNING",  "EVENING",  "NIGHT",     "AFTERNOON", "JANUARY", "FEBRUARY", "MARCH",
        "APRIL",    "MAY",      "JUNE",      "JULY",    "AUGUST",  "SEPTEMBER", "OCTOBER",
        "NOVEMBER", "DECEMBER", "SPRING",    "SUMMER",  "AUTUMN",  "FALL",     "WINTER"};
    if (is_day_word(cs, t))
        return 1;
    return SR_CS_WORD_AMONG(w, cs->words[t]);
}

int sr_coder_is_time_word(const sr_cs_sent *cs, int32_t t)
{
    return is_time_word(cs, t);
}

/* "The United Nations will provide ...", with "United" tagged an
 * adjective, is parsed with "Nations" as a compound of the verb: a verb
 * has no compound nouns, so such a noun is the subject the parse lost, when
 * its phrase opens the clause (the sentence's start, a comma, "that" or a
 * subordinator before it, determiners passed over). A compound noun after
 * some other word ("between Gondor and the U.S. demonstrates ...") is left
 * alone: the phrase may belong to that word. */
static int compound_opens_clause(const sr_cs_sent *cs, int32_t c)
{
    int32_t b = cs->lo[c] - 1;
    while (b >= 0 && cs->s->tokens[b].upos && !strcmp(cs->s->tokens[b].upos, "DET"))
        b--;
    if (b < 0)
        return 1;
    const char *u = cs->s->tokens[b].upos;
    if (u && (!strcmp(u, "SCONJ") || !strcmp(u, "PUNCT")))
        return strcmp(cs->words[b], "-") != 0;
    return !strcmp(cs->upper[b], "THAT");
}

/* Is v the verb of a finite clause of its own (tensed, or with an
 * auxiliary), and not a participle, relative clause or infinitive that
 * takes its subject from elsewhere? Only such a verb can have lost a
 * subject that stands before it. */
static int finite_clause_verb(const sr_cs_sent *cs, int32_t v)
{
    const sr_token *t = &cs->s->tokens[v];
    sr_cs_rel rv = (sr_cs_rel)cs->rel[v];
    if (rv == SR_CS_ACL || rv == SR_CS_RELCL || rv == SR_CS_XCOMP || rv == SR_CS_AMOD)
        return 0;
    int finite = t->xpos && (!strcmp(t->xpos, "VBD") || !strcmp(t->xpos, "VBZ") ||
                             !strcmp(t->xpos, "VBP"));
    return finite || has_aux(cs, v);
}

/* "... as the military completed a rescue operation and killed 33
 * militants": the parser may read a subordinator that is also a
 * preposition ("as", "after", "before", "since", "until") as the case
 * marker of the noun after it, leaving the finite verb of its clause
 * without a subject and the noun as an oblique. A prepositional phrase
 * that ends right before a finite verb it hangs on, with nothing between,
 * is such a clause's subject ("as the talks began" is no oblique of
 * "began"); one set off by a comma ("as president, he signed") is not.
 * p is c's case marker, v the verb. */
static int subordinator_as_case(const sr_cs_sent *cs, int32_t p, int32_t c, int32_t v)
{
    static const char *const subordinators[] = {"AS", "AFTER", "BEFORE", "SINCE", "UNTIL"};
    if (p >= c || cs->hi[c] != v - 1 || !SR_CS_WORD_AMONG(subordinators, cs->words[p]))
        return 0;
    for (int32_t i = p + 1; i < v; i++) {
        const char *u = cs->s->tokens[i].upos;
        if (u && !strcmp(u, "PUNCT"))
            return 0;
    }
    return 1;
}

/* The noun a subordinator read as a preposition hides as the subject of
 * finite verb v (subordinator_as_case), or -1. */
static int32_t subordinated_subject(const sr_cs_sent *cs, int32_t v)
{
    if (v < 1 || !finite_clause_verb(cs, v) || sr_coder_child(cs, v, SR_CS_NSUBJ) >= 0)
        return -1;
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (c >= v)
            break;
        int32_t p = sr_coder_case_of(cs, c);
        if (cs->rel[c] == SR_CS_OBL && cs->nominal[c] && p >= 0 &&
            subordinator_as_case(cs, p, c, v))
            return c;
    }
    return -1;
}

/* "Gondor's foreign minister, in remarks published on Monday, urged ...":
 * a parser that loses the subject across a long interruption hangs the
 * noun on the verb as an oblique, an unmarked noun or a bare dependent.
 * An English finite verb needs a subject and a true oblique before it
 * carries a preposition, so the nearest such noun before a finite verb
 * that has no subject of its own is taken as the subject. Times ("Last
 * month, ..."), hyphen compounds ("U.S.-backed") and participles,
 * relative clauses and infinitives, which take their subject from
 * elsewhere, are passed over. Returns the noun, or -1. */
static int32_t caseless_subject(const sr_cs_sent *cs, int32_t v)
{
    if (!finite_clause_verb(cs, v))
        return -1;
    int32_t best = -1;
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (c >= v)
            break;
        sr_cs_rel rc = (sr_cs_rel)cs->rel[c];
        if (rc != SR_CS_OBL && rc != SR_CS_TMOD && rc != SR_CS_DEP &&
            !(rc == SR_CS_COMPOUND && compound_opens_clause(cs, c)))
            continue;
        const char *u = cs->s->tokens[c].upos;
        if (!u || (strcmp(u, "NOUN") != 0 && strcmp(u, "PROPN") != 0 && strcmp(u, "PRON") != 0))
            continue;
        int32_t p = sr_coder_case_of(cs, c);
        if ((p >= 0 && !subordinator_as_case(cs, p, c, v)) ||
            sr_coder_child(cs, c, SR_CS_MARK) >= 0 || is_time_word(cs, c) ||
            is_relative_pronoun(cs, c))
            continue;
        if ((uint32_t)c + 1 < cs->n && !strcmp(cs->words[c + 1], "-"))
            continue;
        best = c;
    }
    return best;
}

/* "A newspaper based in Beirut has violated a ban": the parser makes
 * "newspaper" the subject of "based" and hangs the participle on the
 * finite verb, which is left without a subject. A bare past participle
 * (no auxiliary) before a finite verb that has no subject, hung on it as
 * an adverbial clause, a parataxis or a clausal modifier, lends the verb
 * its subject: a participle's noun is the noun it describes. */
static int32_t participle_subject(const sr_cs_sent *cs, int32_t v)
{
    if (!finite_clause_verb(cs, v))
        return -1;
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (c >= v)
            break;
        sr_cs_rel rc = (sr_cs_rel)cs->rel[c];
        const char *x = cs->s->tokens[c].xpos;
        if ((rc != SR_CS_ADVCL && rc != SR_CS_PARATAXIS && rc != SR_CS_ACL) || !x ||
            strcmp(x, "VBN") != 0 || has_aux(cs, c) || sr_coder_child(cs, c, SR_CS_MARK) >= 0)
            continue;
        int32_t s = sr_coder_child(cs, c, SR_CS_NSUBJ);
        if (s >= 0 && s < c && cs->nominal[s])
            return s;
    }
    return -1;
}

static int is_adjective(const sr_cs_sent *cs, int32_t h)
{
    const char *up = cs->s->tokens[h].upos;
    return up && !strcmp(up, "ADJ");
}

void sr_coder_verb_roles(const sr_cs_sent *cs, int32_t v, sr_cs_roles *r)
{
    memset(r, 0, sizeof *r);
    r->subject = r->object = r->agent = -1;
    r->bare_participle = bare_participle_passive(cs, v);
    r->passive = r->bare_participle || passive(cs, v);
    r->subject = sr_coder_child(cs, v, r->passive ? SR_CS_NSUBJPASS : SR_CS_NSUBJ);
    /* A parser may mark the passive on the auxiliary only ("was
     * criticized" with a plain nsubj), or the reverse. */
    if (r->subject < 0)
        r->subject = sr_coder_child(cs, v, r->passive ? SR_CS_NSUBJ : SR_CS_NSUBJPASS);
    /* A noun with a preposition of its own is no subject: "Beyond
     * Ukraine, G7 foreign ministers also discussed ..." parsed with
     * "Ukraine" as the subject and the ministers as its conjunct. The
     * conjunct is the subject. */
    if (r->subject >= 0) {
        int32_t p = sr_coder_case_of(cs, r->subject);
        const char *pu = p >= 0 ? cs->s->tokens[p].upos : NULL;
        int32_t c = sr_coder_child(cs, r->subject, SR_CS_CONJ);
        if (pu && !strcmp(pu, "ADP") && c >= 0)
            r->subject = c;
    }
    /* '"... stems from uncertainty," said Daniel Sneider': a reporting
     * verb after a quotation or comma, with a subject right after it, is
     * inverted; the parser may also have made the quotation's own subject
     * a subject of the verb. The one after the verb is the speaker. */
    if (!r->passive && r->subject >= 0 && r->subject < v && after_quotation(cs, v)) {
        for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
            int32_t c = (int32_t)cs->kids[k];
            if (c > v && cs->rel[c] == SR_CS_NSUBJ && cs->lo[c] == v + 1 &&
                !is_day_word(cs, c)) {
                r->subject = c;
                r->how_subject = "nsubj after a reporting verb that follows a quotation";
                break;
            }
        }
    }
    /* "Rebels in the Ivory Coast on Tuesday blocked ..." parsed with
     * "Tuesday" as the subject and the rebels as a passive one: a day is
     * no doer, so the other subject is taken. */
    if (!r->passive && r->subject >= 0 && is_day_word(cs, r->subject)) {
        int32_t other = sr_coder_child(cs, v, SR_CS_NSUBJPASS);
        if (other >= 0)
            r->subject = other;
    }
    if (r->passive)
        r->agent = sr_coder_child(cs, v, SR_CS_AGENT);
    r->how_subject = r->passive ? "nsubj:pass" : "nsubj";
    /* Active verbs only: a verb read as passive has its noun before it
     * as what was done to, and a participle the parser made the root
     * ("Trump contended in a post that ...") can be read so by mistake. */
    if (r->subject < 0 && !r->passive) {
        r->subject = caseless_subject(cs, v);
        if (r->subject >= 0)
            r->how_subject = "a noun without a preposition before the verb";
    }
    if (r->subject < 0 && !r->passive) {
        r->subject = participle_subject(cs, v);
        if (r->subject >= 0)
            r->how_subject = "the noun of a participle before the verb";
    }

    if (r->subject >= 0 && is_relative_pronoun(cs, r->subject) && cs->rel[v] == SR_CS_RELCL &&
        cs->head[v] >= 0) {
        r->subject = cs->head[v];
        r->how_subject = "acl:relcl head";
    }
    /* Borrow a subject along xcomp / conj / advcl chains, and from the noun
     * a participle or relative clause modifies. */
    int32_t at = v;
    int guard = r->bare_participle == 2 ? 8 : 0;
    while (r->subject < 0 && guard++ < 8 && cs->head[at] >= 0) {
        int32_t h = cs->head[at];
        sr_cs_rel rel = (sr_cs_rel)cs->rel[at];
        /* "is inching nearer to accord with Gondor": an infinitive the
         * parser hung on an adjective of the clause completes the
         * adjective, whose subject is the clause's ("ready to talk",
         * "nearer to accord"): the adjective's own subject, else that of
         * the verb it modifies (not of a noun it modifies: "a country
         * ready to talk" is left to the phrase). */
        if (rel == SR_CS_ACL && !cs->nominal[h] && is_adjective(cs, h)) {
            int32_t s = sr_coder_child(cs, h, SR_CS_NSUBJ);
            if (s < 0 && cs->head[h] >= 0 && cs->rel[h] != SR_CS_ACL && cs->rel[h] != SR_CS_AMOD)
                s = sr_coder_child(cs, cs->head[h], SR_CS_NSUBJ);
            if (s >= 0) {
                r->subject = s;
                r->how_subject = "infinitive of an adjective, subject of its clause";
            }
            break;
        }
        if (rel == SR_CS_ACL || rel == SR_CS_RELCL) {
            int32_t d = rel == SR_CS_ACL ? comma_participle_doer(cs, at) : -1;
            if (d >= 0) {
                r->subject = d;
                r->how_subject = "participle after a comma, subject of the clause";
            } else if (cs->nominal[h] && rel == SR_CS_ACL && sr_coder_place_noun(cs, h) &&
                       cs->s->tokens[at].xpos && !strcmp(cs->s->tokens[at].xpos, "VBG")) {
                /* "walking the streets of China's major cities praising
                 * their clean streets": a place does not act; the parser
                 * hung the participle on the nearest noun, and its doer
                 * is further off. A passive participle keeps the place as
                 * what was done to ("towns seized by the rebels"). */
                r->how_subject = "none: the noun a participle hangs on is a place, which does "
                                 "not act";
            } else if (cs->nominal[h]) {
                r->subject = h;
                r->how_subject = rel == SR_CS_ACL ? "acl head" : "acl:relcl head";
            }
            break;
        }
        /* "attacked a passenger train, taking hundreds hostage": a
         * present participle after a comma, with no subject, auxiliary
         * or subordinator of its own, is a free adverbial clause whose
         * doer is the subject of the clause before it, whatever the
         * parser labelled it (here parataxis). */
        if (rel == SR_CS_PARATAXIS && comma_participle_clause(cs, at, h))
            rel = SR_CS_ADVCL;
        if (rel != SR_CS_XCOMP && rel != SR_CS_CONJ && rel != SR_CS_ADVCL)
            break;
        /* "The council says that ... the peacekeepers have been deployed":
         * conjuncts that disagree in number ("says" and "have") cannot
         * share a subject; the parser joined clauses of different ones. */
        if (rel == SR_CS_CONJ) {
            int na = verb_number(cs, at), nh = verb_number(cs, h);
            if (na && nh && na != nh) {
                r->how_subject = "none: the conjunct disagrees in number with the verb it "
                                 "is joined to, so it has another subject";
                break;
            }
        }
        if (rel == SR_CS_XCOMP) {
            /* "urged Gondor to withdraw": the object controls. */
            int32_t o = sr_coder_child(cs, h, SR_CS_OBJ);
            if (o >= 0 && o < at) {
                r->subject = o;
                r->how_subject = "xcomp, object of the governing verb";
                break;
            }
        }
        /* "angered by a Turkish court ruling on Wednesday to continue to
         * imprison ...", "captured by rebels using heavy weapons": an
         * -ing clause right after a passive's by-phrase, with no
         * subordinator, is what the doer in that phrase does (the parser
         * split "court ruling"); the passive's subject is the one done
         * to, and does not do it. */
        if (rel == SR_CS_ADVCL) {
            int32_t ag = sr_coder_child(cs, h, SR_CS_AGENT);
            const char *x = cs->s->tokens[at].xpos;
            if (ag >= 0 && ag < at && cs->hi[ag] == at - 1 && x && !strcmp(x, "VBG") &&
                sr_coder_child(cs, at, SR_CS_MARK) < 0) {
                r->subject = ag;
                r->how_subject = "-ing clause right after a passive's by-phrase: its doer";
                break;
            }
        }
        int32_t s = sr_coder_child(cs, h, SR_CS_NSUBJ);
        if (s < 0)
            s = sr_coder_child(cs, h, SR_CS_NSUBJPASS);
        /* "as the military completed the operation and killed 33
         * militants": the conjunct shares the subject the subordinator
         * hid. */
        if (s < 0 && rel == SR_CS_CONJ)
            s = subordinated_subject(cs, h);
        if (s >= 0) {
            if (is_relative_pronoun(cs, s) && cs->rel[h] == SR_CS_RELCL && cs->head[h] >= 0)
                s = cs->head[h];
            r->subject = s;
            r->how_subject = rel == SR_CS_XCOMP  ? "xcomp, subject of the governing verb"
                             : rel == SR_CS_CONJ ? "conj, shared subject"
                                                 : "advcl, subject of the main clause";
            break;
        }
        at = h;
    }
    /* "China trade with Mauritius on rise While India has ...": a verb
     * of the sentence takes nothing from the heading run into it. */
    if ((uint32_t)v >= cs->body && r->subject >= 0 && (uint32_t)r->subject < cs->body) {
        r->subject = -1;
        r->how_subject = "none: the subject is in a heading run into the sentence";
        for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
            int32_t c = (int32_t)cs->kids[k];
            if ((uint32_t)c >= cs->body &&
                (cs->rel[c] == SR_CS_NSUBJ || cs->rel[c] == SR_CS_NSUBJPASS)) {
                r->subject = c;
                r->how_subject = "nsubj after a heading run into the sentence";
                break;
            }
        }
    }
    if (r->passive) {
        /* Roles: the doer is the by-phrase, the one done to the subject. */
        r->object = r->subject;
        r->subject = r->agent;
        r->how_object = r->how_subject;
        r->how_subject = "obl:agent (passive)";
    } else {
        r->object = sr_coder_child(cs, v, SR_CS_OBJ);
        r->how_object = "obj";
    }
}
