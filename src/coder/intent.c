/* intent.c - "will send troops" is a promise, not a deployment.
 *
 * CAMEO codes what an actor says it will do apart from what it does: the
 * 03 codes are intentions to cooperate (033 "express intent to provide
 * material aid" beside 07 "provide aid"), the 13 codes threats (138
 * "threaten with military force" beside 19 "fight"). A verb dictionary
 * lists verbs in their plain sense, so an event verb under "will",
 * "would" or "shall", or after "willing", "ready" or "prepared to", is
 * read here as the intention its code stands for. Statements keep their
 * code ("would not comment" is said); the coder drops other codes with no
 * intention counterpart (a future appeal or accusation is not yet made).
 *
 * What is only possible or only required ("could impose", "might
 * strike", "may close", "should withdraw", "must stop detaining", "can
 * provide", "is due to meet", "was supposed to sign", "if Gondor attacks",
 * "whether Gondor attacked") did not happen and is not an event; a demand
 * or appeal that something should happen is coded by the verb that makes
 * it ("urged", "said ... must"), not by this one.
 *
 * Nor did what another word keeps from happening: the infinitive of a
 * negated, wanted, expected, pushed or refused verb ("does not want to
 * meet", "is expected to discuss") or of a noun of threat, plan, offer or
 * power ("Trump's threat to impose tariffs"), nor what an accusation
 * alleges ("accused Paris of aiding rebels") or a belief or claim holds
 * ("believe rebels have retreated"). sr_coder_unrealised_by
 * finds that word; the coder drops the infinitive's events. The word
 * lists are forms, not lemmas, since sitrep's own parser gives none. */
#include "coder/coder_internal.h"

#include <stdio.h>
#include <string.h>

static int has_own_subject(const sr_cs_sent *cs, int32_t v);
static int is_unrealising_verb(const sr_cs_sent *cs, int32_t t);

static int is_future_aux(const char *w)
{
    static const char *const aux[] = {"WILL", "WOULD", "SHALL", "'LL", "WO"};
    return SR_CS_WORD_AMONG(aux, w);
}

static int is_readiness(const char *w)
{
    static const char *const adj[] = {"WILLING", "READY", "PREPARED"};
    return SR_CS_WORD_AMONG(adj, w);
}

static int32_t own_hypothetical(const sr_cs_sent *cs, int32_t v)
{
    /* "can provide": an ability, not a deed; "must stop": only required. */
    static const char *const aux[] = {"COULD", "MIGHT", "MAY", "SHOULD", "MUST", "CAN", "CANNOT"};
    static const char *const mark[] = {"IF", "UNLESS", "WHETHER"};
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (cs->rel[c] == SR_CS_AUX) {
            for (size_t i = 0; i < sizeof aux / sizeof *aux; i++)
                if (sr_coder_word_eq(aux[i], cs->words[c]))
                    return c;
        } else if (sr_coder_word_eq("DUE", cs->words[c]) && c + 2 == v &&
                   sr_coder_word_eq("TO", cs->words[c + 1])) {
            /* "is due to meet", which parsers read with "due to" as a
             * preposition on the verb: scheduled, not yet done (as "is
             * expected to meet", sr_coder_unrealised_by). */
            return c;
        } else if (cs->rel[c] == SR_CS_MARK) {
            /* "if the U.K. imposes restrictions": a condition */
            for (size_t i = 0; i < sizeof mark / sizeof *mark; i++)
                if (sr_coder_word_eq(mark[i], cs->words[c]))
                    return c;
        }
    }
    int32_t h = cs->head[v];
    if (h >= 0 && cs->rel[v] == SR_CS_XCOMP && sr_coder_word_eq("SUPPOSED", cs->words[h]))
        return h;
    /* "in what way the United States will defend its ally", "what role
     * Beijing would play": a clause in the future on a noun that "what"
     * or "which" asks about is an indirect question. */
    if (h >= 0 && (cs->rel[v] == SR_CS_ACL || cs->rel[v] == SR_CS_RELCL) && cs->nominal[h] &&
        has_own_subject(cs, v)) {
        int32_t what = -1;
        for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
            int32_t c = (int32_t)cs->kids[k];
            if (cs->rel[c] == SR_CS_DET && c < h &&
                (sr_coder_word_eq("WHAT", cs->words[c]) || sr_coder_word_eq("WHICH", cs->words[c])))
                what = c;
        }
        for (uint32_t k = cs->kid_start[v]; what >= 0 && k < cs->kid_start[v + 1]; k++) {
            int32_t c = (int32_t)cs->kids[k];
            if (cs->rel[c] == SR_CS_AUX && is_future_aux(cs->words[c]))
                return what;
        }
    }
    /* "a deal that would end the war", "an alliance that would consider
     * sharing weapons": "would" in a relative clause tells what the noun
     * would do if it came about; and "villages where they will be
     * protected by troops": a place described by what awaits those
     * there, in the passive, is no one's pledge ("Putin will fly to
     * Beijing, where he will meet Xi", active, still states his plan). */
    if (cs->rel[v] == SR_CS_RELCL || sr_coder_child(cs, v, SR_CS_ADVMOD) >= 0) {
        int32_t where = -1;
        for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
            int32_t c = (int32_t)cs->kids[k];
            if (cs->rel[c] == SR_CS_ADVMOD && c < v && sr_coder_word_eq("WHERE", cs->words[c]))
                where = c;
        }
        for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
            int32_t c = (int32_t)cs->kids[k];
            if (cs->rel[c] != SR_CS_AUX)
                continue;
            if (cs->rel[v] == SR_CS_RELCL && sr_coder_word_eq("WOULD", cs->words[c]))
                return c;
            if (where >= 0 && cs->rel[v] != SR_CS_ROOT && is_future_aux(cs->words[c]) &&
                sr_coder_child(cs, v, SR_CS_AUXPASS) >= 0)
                return c;
        }
    }
    /* "One critical question about whether Washington's ties with Russia
     * will loosen the pact ...", parsed with "whether" on a noun of the
     * verb's subject: a "whether" inside the subject before the verb
     * opens the clause the verb is the predicate of. */
    int32_t subj = sr_coder_child(cs, v, SR_CS_NSUBJ);
    for (int32_t t = 0; subj >= 0 && t < v; t++) {
        if (cs->rel[t] != SR_CS_MARK || !sr_coder_word_eq("WHETHER", cs->words[t]))
            continue;
        int32_t a = cs->head[t];
        for (int step = 0; step < 8 && a >= 0 && a != v; step++, a = cs->head[a])
            if (a == subj)
                return t;
    }
    return -1;
}

/* Is v a clause of means, "by" with a gerund ("retaliate by imposing
 * tariffs")? */
static int by_means(const sr_cs_sent *cs, int32_t v)
{
    int32_t m = sr_coder_child(cs, v, SR_CS_MARK);
    return m >= 0 && sr_coder_word_eq("BY", cs->words[m]);
}

/* Is v a time clause told in the present or the present perfect ("after
 * the virus has been suppressed", "once the troops leave", "when he
 * returns"): English tells a time still to come so, and under a verb
 * only possible it is only possible too ("the border may be reopened
 * after the outbreak has been suppressed"). A time clause in the past
 * ("could face charges after they attacked the embassy") tells what
 * happened and is left alone. */
static int future_time_clause(const sr_cs_sent *cs, int32_t v)
{
    static const char *const sub[] = {"AFTER", "BEFORE", "WHEN", "ONCE", "UNTIL"};
    if (cs->rel[v] != SR_CS_ADVCL || cs->head[v] < 0)
        return 0;
    int32_t m = sr_coder_child(cs, v, SR_CS_MARK);
    if (m < 0 || !SR_CS_WORD_AMONG(sub, cs->words[m]))
        return 0;
    const char *x = cs->s->tokens[v].xpos;
    int present = x && (!strcmp(x, "VBZ") || !strcmp(x, "VBP"));
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t a = (int32_t)cs->kids[k];
        if (cs->rel[a] != SR_CS_AUX && cs->rel[a] != SR_CS_AUXPASS)
            continue;
        const char *ax = cs->s->tokens[a].xpos;
        if (!ax || !strcmp(ax, "VBD") || !strcmp(ax, "MD"))
            return 0; /* "had", "was", "did"; a modal of its own is read there */
        if (!strcmp(ax, "VBZ") || !strcmp(ax, "VBP"))
            present = 1; /* "has been suppressed", "is lifted" */
    }
    return present;
}

int32_t sr_coder_hypothetical(const sr_cs_sent *cs, int32_t v)
{
    /* "may be arrested and detained": a conjunct with no subject of its
     * own shares the first verb's mood. So does a complement clause
     * ("may overreach and start threatening military actions": the
     * threatening happens only if the starting does), so the walk goes
     * up both, a few steps at most. */
    int32_t cur = v;
    for (int step = 0; step < 4 && cur >= 0; step++) {
        int32_t w = own_hypothetical(cs, cur);
        if (w >= 0)
            return w;
        int32_t h = cs->head[cur];
        if (h < 0)
            break;
        if (cs->rel[cur] == SR_CS_CONJ && sr_coder_child(cs, cur, SR_CS_NSUBJ) < 0 &&
            sr_coder_child(cs, cur, SR_CS_NSUBJPASS) < 0)
            cur = h;
        else if (cs->rel[cur] == SR_CS_XCOMP)
            cur = h;
        else if (cs->rel[cur] == SR_CS_ADVCL && by_means(cs, cur))
            cur = h; /* "should respond by committing to ...": the means of
                      * an act only possible is only possible too */
        else if (future_time_clause(cs, cur))
            cur = h; /* "may be restored after the virus has been
                      * suppressed": a time to come under a verb only
                      * possible (issue 5, round 44) */
        else
            break;
    }
    return -1;
}

static int32_t own_future_aux(const sr_cs_sent *cs, int32_t v)
{
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (cs->rel[c] == SR_CS_AUX && is_future_aux(cs->words[c]))
            return c;
    }
    return -1;
}

/* "will continue to help the army", "would keep fighting": the act goes
 * on now, and only its going on is to come. */
static int is_continuing(const sr_cs_sent *cs, int32_t h)
{
    static const char *const forms[] = {"CONTINUE", "KEEP", "REMAIN"};
    return SR_CS_WORD_AMONG(forms, cs->words[h]);
}

/* The future auxiliary of the verb that v completes: "will try to meet",
 * "would like to visit", "the trip will include meeting": the complement
 * is as future as its verb, unless that verb only continues it ("will
 * continue to help"). Up the chain of complements, and from a
 * conjunct without a subject of its own to its first verb ("will cede
 * the islands and lease back the base"), a few steps at most. */
static int32_t governing_future_aux(const sr_cs_sent *cs, int32_t v)
{
    int32_t cur = v;
    for (int step = 0; step < 4; step++) {
        int32_t h = cs->head[cur];
        if (h < 0)
            return -1;
        if (cs->rel[cur] == SR_CS_CONJ && !has_own_subject(cs, cur))
            cur = h;
        else if (cs->rel[cur] == SR_CS_XCOMP && !cs->nominal[h] && !is_continuing(cs, h))
            cur = h;
        else
            return -1;
        /* "will refuse to meet", "will not try to meet", "would want to
         * meet": the complement is kept from happening, not intended
         * (sr_coder_unrealised_by drops it). */
        if (sr_coder_child(cs, cur, SR_CS_NEG) >= 0 || is_unrealising_verb(cs, cur) ||
            own_hypothetical(cs, cur) >= 0)
            return -1;
        int32_t a = own_future_aux(cs, cur);
        if (a >= 0)
            return a;
    }
    return -1;
}

int32_t sr_coder_intent_marker(const sr_cs_sent *cs, int32_t v)
{
    int32_t a = own_future_aux(cs, v);
    if (a >= 0)
        return a;
    int32_t h = cs->head[v];
    if (h >= 0 && cs->rel[v] == SR_CS_XCOMP && is_readiness(cs->words[h]))
        return h;
    if (h >= 0 && cs->rel[v] == SR_CS_XCOMP)
        return governing_future_aux(cs, v);
    return -1;
}

int sr_coder_announced_decision(const sr_cs_sent *cs, int32_t v, int32_t marker,
                                const char *code)
{
    /* "announced that it would cease military aid", "will expel the
     * envoys": cutting relations, aid or talks announced as what will be
     * done is the decision itself (16x), not a threat (131x); a
     * condition ("will impose tariffs if Europe ...") makes it one. */
    if (marker < 0 || strncmp(code, "16", 2) != 0 || !is_future_aux(cs->words[marker]) ||
        cs->head[marker] != v)
        return 0;
    static const char *const cond[] = {"IF", "UNLESS"};
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        /* any clause of the verb: parsers also label an "unless"
         * clause a complement */
        int32_t mk = sr_coder_child(cs, c, SR_CS_MARK);
        if (mk >= 0 && SR_CS_WORD_AMONG(cond, cs->words[mk]))
            return 0;
    }
    return 1;
}

/* The intention code of a realised code, or NULL when CAMEO has none. */
static const char *intention_of(const char *code)
{
    /* Longest prefix first within each root. */
    static const struct {
        const char *prefix, *intent;
    } map[] = {
        {"04", "036"},                                   /* consult: meet, negotiate */
        {"05", "032"},                                   /* diplomatic cooperation */
        {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"06", "031"},
        {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},
        {"081", "0351"}, {"082", "0352"}, {"083", "034"},  {"084", "0353"}, {"085", "0354"},
        {"086", "0355"}, {"087", "0356"}, {"08", "035"},
        {"14", "133"},                                   /* protest: threaten dissent */
        {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"16", "131"},
        {"172", "132"},  {"17", "137"},                  /* coercion: threaten repression */
        {"191", "1381"}, {"192", "1382"}, {"18", "1383"}, {"19", "1384"}, {"20", "1383"},
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strncmp(code, map[i].prefix, strlen(map[i].prefix)))
            return map[i].intent;
    return NULL;
}

int sr_coder_intent_code(sr_verb_code *vc)
{
    const char *fwd = vc->code.s[0] ? intention_of(vc->code.s) : NULL;
    if (!fwd)
        return 0;
    snprintf(vc->code.s, sizeof vc->code.s, "%s", fwd);
    /* The other side of a paired code ("host" and "visit") intends
     * nothing: only the subject has spoken. */
    vc->is_paired = 0;
    vc->paired.s[0] = '\0';
    return 1;
}

/* Verbs whose infinitive is wanted, planned, pushed, asked for or
 * refused, not done: "wants to strengthen ties", "is expected to
 * discuss", "pushes to broker", "urged Gondor to cooperate", "were asked
 * to share", "refusing to meet", the adjectives of wish ("eager to
 * meet"), a schedule ("is due to travel", with "due" heading the
 * clause as UD has it), "looking to repair ties" (sought, as "seeking
 * to"), and "a law that authorizes firing on foreign vessels" (a
 * permission, not the firing). An appeal's own record says so too, but
 * not always (a long quote whose "we" names no actor left none). Forms,
 * since sitrep's own parser gives no lemmas. */
static int is_unrealising_verb(const sr_cs_sent *cs, int32_t t)
{
    static const char *const forms[] = {
        "WANT",    "WANTS",    "WANTED",   "WANTING",
        "HOPE",    "HOPES",    "HOPED",    "HOPING",
        "WISH",    "WISHES",   "WISHED",   "WISHING",
        "EXPECT",  "EXPECTS",  "EXPECTED", "EXPECTING",
        "PLAN",    "PLANS",    "PLANNED",  "PLANNING",
        "INTEND",  "INTENDS",  "INTENDED", "INTENDING",
        "AIM",     "AIMS",     "AIMED",    "AIMING",
        "SEEK",    "SEEKS",    "SOUGHT",   "SEEKING",
        "PUSH",    "PUSHES",   "PUSHED",   "PUSHING",
        "REFUSE",  "REFUSES",  "REFUSED",  "REFUSING",
        "DECLINE", "DECLINES", "DECLINED", "DECLINING",
        "URGE",    "URGES",    "URGED",    "URGING",
        "EAGER",   "KEEN",     "ANXIOUS",
        "ASK",     "ASKS",     "ASKED",    "ASKING",
        "SCHEDULED", "SLATED",     "DUE",
        "LOOK",    "LOOKS",    "LOOKED",   "LOOKING",
        "AUTHORIZE", "AUTHORIZES", "AUTHORIZED", "AUTHORIZING",
        "AUTHORISE", "AUTHORISES", "AUTHORISED", "AUTHORISING",
        "NEGOTIATE", "NEGOTIATES", "NEGOTIATED", "NEGOTIATING"};
    return SR_CS_WORD_AMONG(forms, cs->words[t]);
}

/* Verbs of ordering, whose infinitive is what someone was told to do,
 * not what was done: "told the ministries to draft rules", "ordered the
 * troops to withdraw", "instructed officials to stop". Only with the
 * one told named as an object: "told reporters that ..." has a clause,
 * and an infinitive without an object of the verb is a purpose ("the
 * minister ordered a review to settle the matter" is still read as
 * before). */
static int is_ordering(const sr_cs_sent *cs, int32_t h)
{
    static const char *const forms[] = {
        "TELL",      "TELLS",      "TOLD",       "TELLING",
        "ORDER",     "ORDERS",     "ORDERED",    "ORDERING",
        "INSTRUCT",  "INSTRUCTS",  "INSTRUCTED", "INSTRUCTING",
        "DIRECT",    "DIRECTS",    "DIRECTED",   "DIRECTING",
        "COMMAND",   "COMMANDS",   "COMMANDED",  "COMMANDING",
        "HIRE",      "HIRES",      "HIRED",      "HIRING",
        "RECRUIT",   "RECRUITS",   "RECRUITED",  "RECRUITING",
        "PAY",       "PAYS",       "PAID",       "PAYING"};
    return SR_CS_WORD_AMONG(forms, cs->words[h]) &&
           (sr_coder_child(cs, h, SR_CS_OBJ) >= 0 || sr_coder_child(cs, h, SR_CS_IOBJ) >= 0);
}

/* Nouns whose infinitive says what is threatened, planned, offered or
 * allowed, not what was done: "Trump's threat to impose tariffs", "a
 * proposal to hold talks", "the authority to impose sanctions". Not
 * "efforts", which are under way, nor "decision". */
static int is_unrealising_noun(const sr_cs_sent *cs, int32_t t)
{
    static const char *const forms[] = {
        "THREAT",     "THREATS",     "PLAN",        "PLANS",      "PROPOSAL",
        "PROPOSALS",  "OFFER",       "OFFERS",      "PROMISE",    "PROMISES",
        "PLEDGE",     "PLEDGES",     "COMMITMENT",  "COMMITMENTS", "VOW",
        "VOWS",       "BID",         "BIDS",
        "PUSH",       "CALL",        "CALLS",       "DEMAND",     "DEMANDS",
        "REQUEST",    "REQUESTS",    "APPEAL",      "APPEALS",    "ULTIMATUM",
        "INTENTION",  "INTENTIONS",  "DESIRE",      "AMBITION",   "AMBITIONS",
        "GOAL",       "GOALS",       "AIM",         "PLOT",       "PLOTS",
        "WILLINGNESS", "READINESS",  "REFUSAL",     "OPPORTUNITY", "CHANCE",
        "ABILITY",    "CAPACITY",    "RIGHT",       "POWER",      "POWERS",
        "AUTHORITY",  "NEED"};
    return SR_CS_WORD_AMONG(forms, cs->words[t]);
}

/* Is v, an adverbial clause of h, what h accuses someone of: "accused
 * Paris of aiding rebels", "suspected of planning", "charged with
 * smuggling", "blamed the rebels for attacking"? The act is alleged, and
 * the accusation is the event (its own verb codes it). */
static int is_accusing(const sr_cs_sent *cs, int32_t h, int32_t v)
{
    static const char *const of[] = {"ACCUSE",  "ACCUSES",  "ACCUSED",   "ACCUSING",
                                     "SUSPECT", "SUSPECTS", "SUSPECTED", "SUSPECTING"};
    static const char *const with[] = {"CHARGE", "CHARGES", "CHARGED", "CHARGING"};
    static const char *const for_[] = {"BLAME", "BLAMES", "BLAMED", "BLAMING"};
    int32_t m = sr_coder_child(cs, v, SR_CS_MARK);
    if (m < 0)
        return 0;
    return (sr_coder_word_eq("OF", cs->words[m]) && SR_CS_WORD_AMONG(of, cs->words[h])) ||
           (sr_coder_word_eq("WITH", cs->words[m]) && SR_CS_WORD_AMONG(with, cs->words[h])) ||
           (sr_coder_word_eq("FOR", cs->words[m]) && SR_CS_WORD_AMONG(for_, cs->words[h]));
}

/* Is h a verb of having or giving time, "they have until Friday to
 * appeal", "gave the government 48 hours to release them", "has 30 days
 * to respond"? Its infinitive is what a deadline allows or demands, not
 * what was done. */
static int deadline_given(const sr_cs_sent *cs, int32_t h)
{
    static const char *const verb[] = {"HAVE",  "HAS",  "HAD",   "HAVING", "GIVE",
                                       "GIVES", "GAVE", "GIVEN", "GIVING"};
    static const char *const span[] = {"MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS",
                                       "HOUR",    "DAY",   "WEEK", "MONTH", "YEAR"};
    if (!SR_CS_WORD_AMONG(verb, cs->words[h]))
        return 0;
    for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (cs->rel[c] != SR_CS_OBJ && cs->rel[c] != SR_CS_OBL && cs->rel[c] != SR_CS_TMOD)
            continue;
        if (SR_CS_WORD_AMONG(span, cs->words[c]))
            return 1;
        for (uint32_t j = cs->kid_start[c]; j < cs->kid_start[c + 1]; j++) {
            int32_t a = (int32_t)cs->kids[j];
            if (cs->rel[a] == SR_CS_CASE && sr_coder_word_eq("UNTIL", cs->words[a]))
                return 1;
        }
    }
    return 0;
}

/* Is v a bare gerund joined to h, a finite verb of accusing ("accuses
 * the group of killing, looting and displacing civilians", with the
 * parser breaking the list and joining its last gerund to "accuses")?
 * A gerund with no auxiliary is no second finite act of the accuser: it
 * is one more of the acts alleged. */
static int accused_gerund(const sr_cs_sent *cs, int32_t h, int32_t v)
{
    static const char *const accuse[] = {"ACCUSE", "ACCUSES", "ACCUSED", "SUSPECT", "SUSPECTS",
                                         "SUSPECTED", "CHARGE", "CHARGES", "CHARGED",
                                         "BLAME", "BLAMES", "BLAMED"};
    const char *x = cs->s->tokens[v].xpos;
    if (!x || strcmp(x, "VBG") != 0 || !SR_CS_WORD_AMONG(accuse, cs->words[h]))
        return 0;
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t a = (int32_t)cs->kids[k];
        if (cs->rel[a] == SR_CS_AUX || cs->rel[a] == SR_CS_AUXPASS)
            return 0;
    }
    return 1;
}

/* Is v, an adverbial clause of h, what an adjective of wish says is
 * wanted, "interested in encouraging", "keen on holding", or what
 * something is aimed at, "the visit is aimed at boosting cooperation",
 * "efforts aiming at ending the war"? */
static int is_wishing(const sr_cs_sent *cs, int32_t h, int32_t v)
{
    static const char *const adj[] = {"INTERESTED", "KEEN"};
    static const char *const aim[] = {"AIM", "AIMS", "AIMED", "AIMING"};
    int32_t m = sr_coder_child(cs, v, SR_CS_MARK);
    if (m < 0)
        return 0;
    if (SR_CS_WORD_AMONG(aim, cs->words[h]))
        return sr_coder_word_eq("AT", cs->words[m]);
    if (!SR_CS_WORD_AMONG(adj, cs->words[h]))
        return 0;
    return sr_coder_word_eq("IN", cs->words[m]) || sr_coder_word_eq("ON", cs->words[m]);
}

/* Verbs whose complement clause is believed, feared, alleged or claimed,
 * not reported as fact: "displaced people believe rebels have retreated",
 * "the rebels claim that they protect Muslim herders", "alleged that
 * women are being persecuted"; and their infinitive, in the passive
 * above all ("is believed to have fled", "the purchase is deemed to
 * violate the act"). "said" and "reported" are not here: what
 * a source says happened is the news. Forms, as above. */
static int is_believing(const sr_cs_sent *cs, int32_t h)
{
    static const char *const forms[] = {
        "BELIEVE", "BELIEVES", "BELIEVED", "BELIEVING", "THINK",   "THINKS",   "THOUGHT",
        "THINKING", "FEAR",    "FEARS",    "FEARED",    "FEARING", "ALLEGE",   "ALLEGES",
        "ALLEGED", "ALLEGING", "CLAIM",    "CLAIMS",    "CLAIMED", "CLAIMING", "SUSPECT",
        "SUSPECTS", "SUSPECTED", "ASSUME", "ASSUMES",   "ASSUMED", "DOUBT",    "DOUBTS",
        "DOUBTED", "WORRY",    "WORRIES",  "WORRIED",  "DEEM",    "DEEMS",    "DEEMED",
        "DEEMING"};
    return SR_CS_WORD_AMONG(forms, cs->words[h]);
}

/* Is at, a complement clause of h, a forecast: a clause under "will",
 * "would" or "'ll" that analysts, experts, observers or the like say,
 * think or expect ("analysts say Gondor would welcome the move",
 * "experts expect Rohan will retaliate")? Those who comment on a party
 * do not speak for it: what they say it will do is their reading, no
 * intention or threat of the party's. */
static int forecast_by_commentator(const sr_cs_sent *cs, int32_t h, int32_t at)
{
    static const char *const verb[] = {
        "SAY",     "SAYS",     "SAID",     "SAYING",   "THINK",   "THINKS",  "THOUGHT",
        "BELIEVE", "BELIEVES", "BELIEVED", "EXPECT",   "EXPECTS", "EXPECTED", "PREDICT",
        "PREDICTS", "PREDICTED", "ARGUE",  "ARGUES",   "ARGUED",  "NOTE",    "NOTED",
        "NOTES",   "SUGGEST",  "SUGGESTS", "SUGGESTED", "POINT",  "POINTS",  "POINTED"};
    static const char *const who[] = {
        "ANALYST",     "ANALYSTS",     "EXPERT",      "EXPERTS",     "OBSERVER",
        "OBSERVERS",   "COMMENTATOR",  "COMMENTATORS", "SCHOLAR",    "SCHOLARS",
        "ECONOMIST",   "ECONOMISTS",   "RESEARCHER",  "RESEARCHERS", "PUNDITS"};
    if (!SR_CS_WORD_AMONG(verb, cs->words[h]))
        return 0;
    int32_t s = sr_coder_child(cs, h, SR_CS_NSUBJ);
    if (s < 0 || !SR_CS_WORD_AMONG(who, cs->words[s]))
        return 0;
    int aux = 0;
    for (uint32_t k = cs->kid_start[at]; k < cs->kid_start[at + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (cs->rel[c] == SR_CS_AUX && is_future_aux(cs->words[c]))
            return 1;
        if (cs->rel[c] == SR_CS_AUX || cs->rel[c] == SR_CS_AUXPASS)
            aux = 1;
    }
    /* "analysts point out that India backs the base": a standing
     * position as commentators read it, told in the simple present */
    const char *x = cs->s->tokens[at].xpos;
    return !aux && x && (!strcmp(x, "VBZ") || !strcmp(x, "VBP"));
}

/* Is v, an adverbial clause of h, a goal told with "toward": "is
 * reviewing its rights with an eye toward asserting them", "steps
 * towards ending the war"? What is worked toward is not yet done. */
static int toward_goal(const sr_cs_sent *cs, int32_t v)
{
    static const char *const toward[] = {"TOWARD", "TOWARDS"};
    int32_t m = sr_coder_child(cs, v, SR_CS_MARK);
    const char *x = cs->s->tokens[v].xpos;
    return m >= 0 && SR_CS_WORD_AMONG(toward, cs->words[m]) && x && !strcmp(x, "VBG");
}

/* Is v, a gerund clause opened by "in" or "on", the field in which h,
 * "made progress", "made strides", "made headway", claims progress:
 * "have made strides in curbing the flow", "made progress on reducing
 * violence"? Progress told is a self-assessment of an effort still under
 * way, no act done. */
static int progress_in(const sr_cs_sent *cs, int32_t h, int32_t v)
{
    static const char *const make[] = {"MAKE", "MAKES", "MADE", "MAKING"};
    static const char *const progress[] = {"PROGRESS", "STRIDES", "STRIDE", "HEADWAY"};
    static const char *const in[] = {"IN", "ON"};
    int32_t m = sr_coder_child(cs, v, SR_CS_MARK);
    const char *x = cs->s->tokens[v].xpos;
    if (m < 0 || !SR_CS_WORD_AMONG(in, cs->words[m]) || !x || strcmp(x, "VBG") != 0)
        return 0;
    /* "made progress in curbing", parsed with the clause on the noun */
    if (cs->rel[v] == SR_CS_ACL)
        return SR_CS_WORD_AMONG(progress, cs->words[h]) && cs->rel[h] == SR_CS_OBJ &&
               cs->head[h] >= 0 && SR_CS_WORD_AMONG(make, cs->words[cs->head[h]]);
    if (!SR_CS_WORD_AMONG(make, cs->words[h]))
        return 0;
    for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
        int32_t o = (int32_t)cs->kids[k];
        if (cs->rel[o] == SR_CS_OBJ && SR_CS_WORD_AMONG(progress, cs->words[o]))
            return 1;
    }
    return 0;
}

/* Is h a verb of relying ("rely on", "count on", "depend on") whose "on"
 * names the one relied on? What someone is relied on to do ("will rely
 * on Washington to restrict ...", "counts on its allies to supply arms")
 * is expected of him, not done. */
static int relies_on(const sr_cs_sent *cs, int32_t h)
{
    static const char *const rely[] = {"RELY",    "RELIES",   "RELIED",   "RELYING",
                                       "COUNT",   "COUNTS",   "COUNTED",  "COUNTING",
                                       "DEPEND",  "DEPENDS",  "DEPENDED", "DEPENDING"};
    return SR_CS_WORD_AMONG(rely, cs->words[h]);
}

/* The "on" or "upon" that opens noun n's phrase, or -1. */
static int32_t on_case(const sr_cs_sent *cs, int32_t n)
{
    for (uint32_t j = cs->kid_start[n]; j < cs->kid_start[n + 1]; j++) {
        int32_t a = (int32_t)cs->kids[j];
        if (cs->rel[a] == SR_CS_CASE &&
            (sr_coder_word_eq("ON", cs->words[a]) || sr_coder_word_eq("UPON", cs->words[a])))
            return a;
    }
    return -1;
}

/* Is at, an infinitive under h, what the one named by the "on" phrase of
 * a verb of relying is relied on to do? The parse hangs it on the verb
 * ("rely on Gondor to act", xcomp or advcl) or on the noun of the "on"
 * phrase (acl); a tagger may miss the verb ("will rely on Gondor to
 * act" with "rely" read as an adverb), so on a noun the word right
 * before its "on" counts too. Returns the verb of relying or -1. */
static int32_t relied_on_to(const sr_cs_sent *cs, int32_t h, int32_t at)
{
    if (!sr_coder_infinitive(cs, at))
        return -1;
    if (cs->rel[at] == SR_CS_ACL && cs->nominal[h]) {
        int32_t a = on_case(cs, h);
        if (a < 0)
            return -1;
        if (a > 0 && relies_on(cs, a - 1))
            return a - 1;
        if (cs->head[h] >= 0 && relies_on(cs, cs->head[h]))
            return cs->head[h];
        return -1;
    }
    if ((cs->rel[at] == SR_CS_XCOMP || cs->rel[at] == SR_CS_ADVCL) && relies_on(cs, h)) {
        for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
            int32_t c = (int32_t)cs->kids[k];
            if (cs->nominal[c] && c < at && on_case(cs, c) >= 0)
                return h;
        }
    }
    return -1;
}

/* Verbs of seeming, whose infinitive is a surmise, not a report:
 * "Pyongyang appears to be preparing a launch", "the talks seem to have
 * stalled". */
static int is_seeming(const sr_cs_sent *cs, int32_t h)
{
    static const char *const forms[] = {"APPEAR", "APPEARS", "APPEARED", "APPEARING",
                                        "SEEM",   "SEEMS",   "SEEMED",   "SEEMING"};
    return SR_CS_WORD_AMONG(forms, cs->words[h]);
}

static int has_own_subject(const sr_cs_sent *cs, int32_t v)
{
    return sr_coder_child(cs, v, SR_CS_NSUBJ) >= 0 || sr_coder_child(cs, v, SR_CS_NSUBJPASS) >= 0;
}

/* Is h a time clause ("after he returns", "once talks resume") of the
 * verb it hangs on? Under a future verb ("will convene after Witkoff
 * returns") it is as much to come as that verb. */
static int time_clause_of(const sr_cs_sent *cs, int32_t h)
{
    static const char *const sub[] = {"AFTER", "BEFORE", "WHEN", "ONCE", "UNTIL"};
    if (cs->rel[h] != SR_CS_ADVCL || cs->head[h] < 0)
        return 0;
    int32_t m = sr_coder_child(cs, h, SR_CS_MARK);
    return m >= 0 && SR_CS_WORD_AMONG(sub, cs->words[m]);
}

/* "rebels used to attack villages": "used to" with an infinitive and no
 * object of its own is a past habit, not a dated act. Not the passive
 * ("drones were used to attack the port": the attack happened, the
 * drones were its means) nor "used force to disperse" (an object). */
static int is_used_to_habit(const sr_cs_sent *cs, int32_t h)
{
    return sr_coder_word_eq("USED", cs->words[h]) && cs->rel[h] != SR_CS_ACL &&
           sr_coder_child(cs, h, SR_CS_OBJ) < 0 && sr_coder_child(cs, h, SR_CS_AUXPASS) < 0 &&
           sr_coder_child(cs, h, SR_CS_NSUBJPASS) < 0;
}

/* "a plane used to help troops share intelligence", "a law designed to
 * protect investors": a participle that modifies a thing, with an
 * infinitive, says what the thing is for, not what anyone did. */
static int is_function_participle(const sr_cs_sent *cs, int32_t h)
{
    static const char *const forms[] = {"USED", "DESIGNED", "MEANT", "INTENDED"};
    return cs->rel[h] == SR_CS_ACL && SR_CS_WORD_AMONG(forms, cs->words[h]);
}


/* The belief told in parentheses on v's clause ("Rohan shelled the port,
 * I believe, ...", "the envoys, he thinks, met in secret"): a "believe",
 * "think", "suppose" or "guess" in the present set into the clause as a
 * parenthetical, or -1. What is believed is held, not reported, as the
 * complement of "I believe Rohan shelled the port" is (round 8). */
static int32_t parenthetical_belief(const sr_cs_sent *cs, int32_t v)
{
    static const char *const forms[] = {"BELIEVE", "BELIEVES", "THINK",  "THINKS",
                                        "SUPPOSE", "SUPPOSES", "GUESS"};
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t p = (int32_t)cs->kids[k];
        if (cs->rel[p] != SR_CS_PARATAXIS || !SR_CS_WORD_AMONG(forms, cs->words[p]))
            continue;
        const char *x = cs->s->tokens[p].xpos;
        if (!x || (strcmp(x, "VBP") != 0 && strcmp(x, "VBZ") != 0))
            continue;
        if (sr_coder_child(cs, p, SR_CS_NSUBJ) < 0 || sr_coder_child(cs, p, SR_CS_NEG) >= 0)
            continue;
        return p;
    }
    return -1;
}

/* "there are energy companies doing business in Iraq": a participle on
 * the subject of an existential "there is" or "there are" in the present
 * tense describes what exists now, not an act of a day. Returns the
 * existential verb, or -1. ("There were gunmen firing on the crowd", in
 * the past, can report an event and is left alone.) */
static int32_t existential_description(const sr_cs_sent *cs, int32_t v)
{
    static const char *const be[] = {"IS", "ARE", "'S", "'RE"};
    int32_t h = cs->head[v];
    if (cs->rel[v] != SR_CS_ACL || h < 0 || cs->rel[h] != SR_CS_NSUBJ || cs->head[h] < 0)
        return -1;
    int32_t g = cs->head[h];
    int present = SR_CS_WORD_AMONG(be, cs->words[g]);
    int32_t there = -1;
    for (uint32_t k = cs->kid_start[g]; k < cs->kid_start[g + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (cs->rel[c] == SR_CS_COP && SR_CS_WORD_AMONG(be, cs->words[c]))
            present = 1;
        else if (cs->rel[c] == SR_CS_DEP && c < h && sr_coder_word_eq("THERE", cs->words[c]))
            there = c;
    }
    return present && there >= 0 ? g : -1;
}

/* "a grid making it possible for Chinese companies to invest less",
 * "made it harder for aid groups to work": what a thing made possible,
 * easier or harder is enabled or hindered, not done. h is the verb of
 * making; the infinitive under it is not coded. */
static int makes_possible(const sr_cs_sent *cs, int32_t h, int32_t at)
{
    static const char *const make[] = {"MAKE", "MAKES", "MADE", "MAKING"};
    static const char *const adj[] = {"POSSIBLE", "IMPOSSIBLE", "EASIER", "HARDER",
                                      "EASY",     "HARD",       "DIFFICULT", "CHEAPER"};
    if (!SR_CS_WORD_AMONG(make, cs->words[h]))
        return 0;
    for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (c != at && c < at && SR_CS_WORD_AMONG(adj, cs->words[c]))
            return 1;
    }
    return 0;
}

/* Is h a verb of saying whose speaker is a party to a court case that
 * accuses: "prosecutors say the two hired a hitman", "federal
 * prosecutor Jane Roe said Gondor offered to pay", "the lawsuit says the
 * agency denied access"? What a prosecution or a plaintiff tells a court
 * is its case, alleged until judged, as an "alleges" clause is. */
static int alleged_in_court(const sr_cs_sent *cs, int32_t h)
{
    static const char *const say[] = {"SAY",     "SAYS",     "SAID",    "SAYING",
                                      "ARGUE",   "ARGUES",   "ARGUED",  "ARGUING",
                                      "CONTEND", "CONTENDS", "CONTENDED", "TOLD", "TELL",
                                      "TELLS", "ASSERT", "ASSERTS", "ASSERTED"};
    static const char *const accuser[] = {"PROSECUTOR", "PROSECUTORS", "PLAINTIFF", "PLAINTIFFS",
                                          "INDICTMENT", "LAWSUIT", "LAWSUITS", "COMPLAINT"};
    if (!SR_CS_WORD_AMONG(say, cs->words[h]))
        return 0;
    int32_t s = sr_coder_child(cs, h, SR_CS_NSUBJ);
    if (s < 0)
        return 0;
    if (SR_CS_WORD_AMONG(accuser, cs->words[s]))
        return 1;
    /* "federal prosecutor Jane Roe", "Jane Roe, the lead prosecutor":
     * the title on the name */
    for (uint32_t k = cs->kid_start[s]; k < cs->kid_start[s + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if ((cs->rel[c] == SR_CS_COMPOUND || cs->rel[c] == SR_CS_APPOS || cs->rel[c] == SR_CS_NMOD) &&
            SR_CS_WORD_AMONG(accuser, cs->words[c]))
            return 1;
    }
    return 0;
}

int32_t sr_coder_unrealised_by(const sr_cs_sent *cs, int32_t v)
{
    /* Up the chain of infinitives ("does not want to try to meet"); a
     * conjunct without a subject of its own shares its first verb's place
     * ("refused to meet and to negotiate"). The chain is bounded, as
     * parses may be deep. */
    int32_t at = v;
    int32_t exists = existential_description(cs, v);
    if (exists >= 0)
        return exists;
    for (int32_t c = v, guard = 0; guard < 8; guard++) {
        int32_t p = parenthetical_belief(cs, c);
        if (p >= 0)
            return p;
        if (cs->rel[c] != SR_CS_CONJ || has_own_subject(cs, c) || cs->head[c] < 0)
            break;
        c = cs->head[c];
    }
    for (int guard = 0; guard < 8; guard++) {
        int32_t h = cs->head[at];
        if (h < 0)
            return -1;
        sr_cs_rel r = (sr_cs_rel)cs->rel[at];
        if (r == SR_CS_CONJ && !has_own_subject(cs, at) && accused_gerund(cs, h, at))
            return h;
        /* "analysts say the states look to Washington as China expands
         * its navy", the second clause parsed as a conjunct of the first
         * with a subject of its own: in the simple present, as the
         * first, it is one more reading of the commentators' */
        if (r == SR_CS_CONJ && has_own_subject(cs, at) && cs->rel[h] == SR_CS_CCOMP &&
            cs->head[h] >= 0 && forecast_by_commentator(cs, cs->head[h], h) &&
            forecast_by_commentator(cs, cs->head[h], at))
            return cs->head[h];
        if (r == SR_CS_CONJ && !has_own_subject(cs, at)) {
            at = h;
            continue;
        }
        if ((r == SR_CS_XCOMP || r == SR_CS_ADVCL) && sr_coder_infinitive(cs, at) &&
            is_function_participle(cs, h))
            return h;
        /* "will rely on Gondor to restrict trade": expected of Gondor */
        if (r == SR_CS_ACL || r == SR_CS_XCOMP || r == SR_CS_ADVCL) {
            int32_t rel = relied_on_to(cs, h, at);
            if (rel >= 0)
                return rel;
        }
        if (r == SR_CS_XCOMP) {
            if (sr_coder_child(cs, h, SR_CS_NEG) >= 0 || is_unrealising_verb(cs, h) ||
                own_hypothetical(cs, h) >= 0 || is_believing(cs, h) || is_seeming(cs, h) ||
                (sr_coder_infinitive(cs, at) &&
                 (is_used_to_habit(cs, h) || makes_possible(cs, h, at) || is_ordering(cs, h) ||
                  deadline_given(cs, h))))
                return h;
            at = h;
            continue;
        }
        if (r == SR_CS_ACL && sr_coder_infinitive(cs, at) && cs->nominal[h] && is_unrealising_noun(cs, h))
            return h;
        /* "a proposal made on Monday for the Council to lift sanctions",
         * parsed with the infinitive on the participle that describes the
         * noun: still what the proposal asks for. */
        if (r == SR_CS_ADVCL && sr_coder_infinitive(cs, at) && cs->rel[h] == SR_CS_ACL &&
            !has_own_subject(cs, h) && cs->head[h] >= 0 && cs->nominal[cs->head[h]] &&
            is_unrealising_noun(cs, cs->head[h]))
            return cs->head[h];
        if (r == SR_CS_ADVCL && is_accusing(cs, h, at))
            return h;
        /* "accused the envoy of misrepresenting the facts", parsed with
         * the clause on the accused's noun: still what is alleged. */
        if (r == SR_CS_ACL && cs->rel[h] == SR_CS_OBJ && cs->head[h] >= 0 &&
            is_accusing(cs, cs->head[h], at))
            return cs->head[h];
        /* "told officials to draft rules", parsed as a purpose clause of
         * "told": what is ordered is not yet done. */
        if (r == SR_CS_ADVCL && sr_coder_infinitive(cs, at) &&
            (is_ordering(cs, h) || deadline_given(cs, h)))
            return h;
        /* "will be interested in encouraging", "keen on holding talks":
         * a wish, as "eager to meet" is. */
        if (r == SR_CS_ADVCL && is_wishing(cs, h, at))
            return h;
        if (r == SR_CS_CCOMP &&
            (is_believing(cs, h) || alleged_in_court(cs, h) || forecast_by_commentator(cs, h, at)))
            return h;
        if (r == SR_CS_ADVCL && toward_goal(cs, at))
            return h;
        if ((r == SR_CS_ADVCL || r == SR_CS_ACL) && progress_in(cs, h, at))
            return h;
        /* "would not meet the hostage-takers' demands to release
         * prisoners" with the infinitive parsed as a purpose clause of
         * "meet": what a negated verb would have been done for did not
         * happen either. */
        if (r == SR_CS_ADVCL && sr_coder_infinitive(cs, at) && sr_coder_child(cs, h, SR_CS_NEG) >= 0)
            return h;
        /* "will cede the islands and lease back the base to allow it to
         * remain": the purpose of an act still to come has not been
         * achieved either. */
        if (r == SR_CS_ADVCL && sr_coder_infinitive(cs, at)) {
            int32_t a = own_future_aux(cs, h);
            if (a < 0 && cs->rel[h] == SR_CS_CONJ && !has_own_subject(cs, h))
                a = own_future_aux(cs, cs->head[h]);
            if (a < 0 && time_clause_of(cs, h))
                a = own_future_aux(cs, cs->head[h]);
            if (a >= 0)
                return a;
            /* "said Tehran offered to pay them to plan the murder",
             * "told officials to draft rules to ban the trade": the
             * purpose of an act that did not happen did not happen either;
             * the walk goes on from the act. */
            at = h;
            continue;
        }
        /* "allege that the government overstepped its bounds by denying
         * access": the means of an act alleged, wanted or only possible
         * is no more done than the act. */
        if (r == SR_CS_ADVCL && by_means(cs, at)) {
            at = h;
            continue;
        }
        return -1;
    }
    return -1;
}
