/* targets.c - which noun phrases a verb's source and target come from.
 *
 * Given a verb and its roles (verbs.c), this builds the clause the pattern
 * matcher reads (the subject phrase before the verb, the verb's own
 * subtree after it) and picks the default target when no pattern mark
 * names one: the object, else the first indirect object or prepositional
 * argument naming an actor, else the first noun phrase after the verb, in
 * the verb's clause, that names an actor other than the source. For a
 * statement verb it also finds the topic, the first actor of the reported
 * clause, which CAMEO prefers to the listener. It resolves phrases
 * through actors.c but codes nothing itself. */
#include "coder/targets.h"

#include <string.h>

/* Is c, a conjunct of verb v, a second object the parser hung on the verb
 * ("is providing aerial photographs and other intelligence to Gondor",
 * with "intelligence" a conjunct of "providing")? A noun joined by "and"
 * or "or" after v's object, with no subject and no preposition of its
 * own, is more of what v does, not a clause of its own, and its phrase
 * belongs to v's clause. */
static int object_conjunct(const sr_cs_sent *cs, int32_t v, int32_t c)
{
    const char *up = cs->s->tokens[c].upos;
    if (cs->rel[c] != SR_CS_CONJ || !up || (strcmp(up, "NOUN") && strcmp(up, "PROPN")))
        return 0;
    int32_t o = sr_coder_child(cs, v, SR_CS_OBJ);
    return o >= 0 && o < c && sr_coder_child(cs, c, SR_CS_CC) >= 0 &&
           sr_coder_child(cs, c, SR_CS_CASE) < 0 && sr_coder_child(cs, c, SR_CS_NSUBJ) < 0 &&
           sr_coder_child(cs, c, SR_CS_NSUBJPASS) < 0;
}

void sr_coder_clause_build(const sr_cs_sent *cs, int32_t v, int32_t first, int32_t last,
                           const sr_cs_roles *roles, sr_arena *a, sr_cs_clause_space *space,
                           sr_cs_clause *cl)
{
    if (!space->before) {
        space->before = sr_arena_alloc(a, cs->n * sizeof *space->before);
        space->after = sr_arena_alloc(a, cs->n * sizeof *space->after);
        space->stack = sr_arena_alloc(a, cs->n * sizeof *space->stack);
        space->marked = sr_arena_alloc(a, cs->n * sizeof *space->marked);
        space->mark = sr_arena_alloc(a, cs->n);
    }
    int32_t *before = space->before, *after = space->after;
    uint32_t nb = 0, na = 0, nmarked = 0;
    int32_t subj = roles->passive ? roles->object : roles->subject;
    int32_t slo = -1, shi = -1;
    /* Before the verb, patterns read the subject phrase only: "HEAVILY *"
     * is not "was heavily criticized", nor "RECENTLY *" "recently
     * allowed". Coordinators are left out ("Neither X nor Y"). */
    if (subj >= 0) {
        slo = cs->lo[subj];
        shi = cs->hi[subj];
    }
    for (int32_t t = slo > 0 ? slo : 0; t < first && t <= shi; t++)
        if (cs->rel[t] != SR_CS_CC && cs->rel[t] != SR_CS_PUNCT)
            before[nb++] = t;
    /* The clause is v's subtree without its conjoined and parenthetical
     * clauses: mark it with one walk down, then read it in text order. */
    uint8_t *mark = space->mark;
    int32_t *stack = space->stack, *marked = space->marked;
    uint32_t sp = 0;
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        sr_cs_rel r = (sr_cs_rel)cs->rel[c];
        if (!(r == SR_CS_CONJ || r == SR_CS_PARATAXIS || r == SR_CS_PUNCT || r == SR_CS_CC))
            stack[sp++] = c;
        else if (object_conjunct(cs, v, c)) {
            /* Its own words, not the clauses hung on it ("to Gondor,
             * which is preparing an offensive"). */
            mark[c] = 1;
            marked[nmarked++] = c;
            for (uint32_t j = cs->kid_start[c]; j < cs->kid_start[c + 1]; j++) {
                int32_t d = (int32_t)cs->kids[j];
                sr_cs_rel rd = (sr_cs_rel)cs->rel[d];
                if (rd != SR_CS_ADVCL && rd != SR_CS_ACL && rd != SR_CS_RELCL &&
                    rd != SR_CS_CCOMP && rd != SR_CS_PARATAXIS && rd != SR_CS_CONJ)
                    stack[sp++] = d;
            }
        }
    }
    while (sp) {
        int32_t t = stack[--sp];
        if (!mark[t])
            marked[nmarked++] = t;
        mark[t] = 1;
        for (uint32_t k = cs->kid_start[t]; k < cs->kid_start[t + 1]; k++)
            stack[sp++] = (int32_t)cs->kids[k];
    }
    for (int32_t t = last + 1; t <= cs->hi[v]; t++)
        if (mark[t])
            after[na++] = t;
    while (nmarked)
        mark[marked[--nmarked]] = 0;
    cl->verb = v;
    cl->verb_first = first;
    cl->verb_last = last;
    cl->before = before;
    cl->nbefore = nb;
    cl->after = after;
    cl->nafter = na;
}

int sr_coder_phrase_has_actor(const sr_cs_phrase *p)
{
    for (uint32_t i = 0; i < p->n; i++)
        if (p->a[i].actor || p->a[i].from_story)
            return 1;
    return 0;
}

/* Does an actor code carry the media agent as one of its three-letter
 * parts after the first ("FRAMED", "USAMEDGOV")? */
static int has_media_part(const char *c, size_t len)
{
    for (size_t i = 3; i + 3 <= len; i += 3)
        if (memcmp(c + i, "MED", 3) == 0)
            return 1;
    return 0;
}

static int same_actors(const sr_cs_phrase *a, const sr_cs_phrase *b)
{
    if (a->n == 0 || a->n != b->n)
        return 0;
    for (uint32_t i = 0; i < a->n; i++)
        if (strcmp(a->a[i].code, b->a[i].code) != 0)
            return 0;
    return 1;
}

/* Is h a clause that gives the content of a noun of fear, report or
 * claim, the noun being no object but an oblique or modifier ("turned
 * them down for fear that China might retaliate", "acted amid reports
 * that Gondor had sent troops")? Its subject is the party of that feared
 * or reported act, a reason or circumstance of the verb, not whom the
 * verb was aimed at, unlike the subject of the verb's own complement
 * ("believes Dagolath can cope"). As an object the noun is what the verb
 * says ("expressed hope that cooperation with Ukraine could resume":
 * the hope is about Ukraine) and the clause stays. Parsers hang such a
 * clause on the noun as acl or relcl. */
static int content_clause_of_noun(const sr_cs_sent *cs, int32_t h)
{
    static const char *const noun[] = {
        "FEAR",        "FEARS",       "CONCERN",   "CONCERNS",   "WORRY",     "WORRIES",
        "HOPE",        "HOPES",       "CLAIM",     "CLAIMS",     "REPORT",    "REPORTS",
        "ALLEGATION",  "ALLEGATIONS", "ACCUSATION", "ACCUSATIONS", "SUSPICION", "SUSPICIONS",
        "RUMOR",       "RUMORS",      "RUMOUR",    "RUMOURS",    "BELIEF",    "SPECULATION",
        "EXPECTATION", "EXPECTATIONS", "WARNING",  "WARNINGS",   "DANGER",    "RISK",
        "RISKS",       "THREAT",      "POSSIBILITY", "PROSPECT", "NEWS",      "SIGNS"};
    if (cs->rel[h] != SR_CS_ACL && cs->rel[h] != SR_CS_RELCL)
        return 0;
    int32_t n = cs->head[h];
    return n >= 0 && (cs->rel[n] == SR_CS_OBL || cs->rel[n] == SR_CS_NMOD) &&
           SR_CS_WORD_AMONG(noun, cs->words[n]);
}

/* May t stand for the verb's target? Not when it sits inside another
 * clause with a subject of its own, unless it is that subject: in "said
 * he is adding a levy on electricity sold to customers" the customers
 * belong to the adding, but in "believes Dagolath can cope" Dagolath is
 * what the believing is about; nor when that clause gives the content of
 * a noun of fear or report in an oblique (content_clause_of_noun). */
static int reachable(const sr_cs_sent *cs, int32_t v, int32_t t, int no_clauses)
{
    int32_t prev = -1;
    int guard = 0;
    for (int32_t h = t; h >= 0 && h != v && guard++ < 64; prev = h, h = cs->head[h]) {
        /* An adjective as xcomp is a secondary predicate of the verb's own
         * clause ("was shot dead in Osgiliath": the parser often hangs
         * the place on "dead"), not a clause of its own. */
        if (no_clauses && cs->rel[h] == SR_CS_XCOMP && cs->s->tokens[h].upos &&
            !strcmp(cs->s->tokens[h].upos, "ADJ"))
            continue;
        if (no_clauses && (cs->rel[h] == SR_CS_XCOMP || cs->rel[h] == SR_CS_CCOMP ||
                           cs->rel[h] == SR_CS_ADVCL || cs->rel[h] == SR_CS_ACL ||
                           cs->rel[h] == SR_CS_RELCL))
            return 0;
        if (h == t)
            continue;
        int32_t s = sr_coder_child(cs, h, SR_CS_NSUBJ);
        if (s < 0)
            s = sr_coder_child(cs, h, SR_CS_NSUBJPASS);
        /* A participle with a by-phrase has its own doer too: "prevented
         * the demonstration staged by students ... to protest the sending
         * of troops to Iraq" is not aimed at Iraq. */
        if (s < 0 && (cs->rel[h] == SR_CS_ACL || cs->rel[h] == SR_CS_RELCL))
            s = sr_coder_child(cs, h, SR_CS_AGENT);
        if (s >= 0 && s != prev)
            return 0;
        if (s >= 0 && content_clause_of_noun(cs, h))
            return 0;
    }
    return 1;
}

/* Is c where verb v happened: an oblique of v introduced by "in" ("held
 * talks with Russian officials in Riyadh")? The default target prefers
 * any other argument to it; it is still a candidate as the first actor
 * after the verb, which the validation expects ("criticized the closure
 * of guest houses in Bree"). "at" is not a place here: "fired shells at
 * Seoul" names the target. */
static int place_of(const sr_cs_sent *cs, int32_t v, int32_t c)
{
    /* "in defiance of", "in retaliation for", "in support of": a
     * preposition of several words, whose object is whom the act answers
     * or serves, not where it happened. */
    static const char *const stance[] = {"DEFIANCE", "RETALIATION", "RESPONSE", "REPLY",
                                         "REACTION", "SUPPORT",     "SOLIDARITY", "PROTEST"};
    if (cs->head[c] != v || cs->rel[c] != SR_CS_OBL || SR_CS_WORD_AMONG(stance, cs->words[c]))
        return 0;
    int32_t p = sr_coder_case_of(cs, c);
    return p >= 0 && sr_coder_word_eq("IN", cs->words[p]);
}

/* Is c, an oblique of v, a measured time: "three months after the fall of
 * President Assad", "two days before the vote"? The time counts from what
 * the phrase names; that is not the target. */
static int dated_oblique(const sr_cs_sent *cs, int32_t v, int32_t c)
{
    static const char *const prep[] = {"AFTER", "BEFORE", "SINCE", "UNTIL"};
    static const char *const unit[] = {"HOURS", "DAYS",    "WEEKS",   "MONTHS", "YEARS",
                                       "DECADES", "HOUR", "DAY", "WEEK", "MONTH", "YEAR"};
    if (cs->head[c] != v || cs->rel[c] != SR_CS_OBL)
        return 0;
    int32_t p = sr_coder_case_of(cs, c);
    if (p < 0 || !SR_CS_WORD_AMONG(prep, cs->words[p]))
        return 0;
    for (uint32_t k = cs->kid_start[c]; k < cs->kid_start[c + 1]; k++)
        if (SR_CS_WORD_AMONG(unit, cs->words[cs->kids[k]]))
            return 1;
    return 0;
}

/* Is c, a verb's oblique, the subject of a clause of its own that the
 * parser hung on the verb, its subordinator read as a preposition ("eased
 * the measures in Gondor, as authorities in Rohan cracked down on ...":
 * "as", tagged SCONJ, the case of "authorities")? Those are the parties
 * of another act, not the verb's argument. */
static int clause_subject(const sr_cs_sent *cs, int32_t c)
{
    int32_t p = sr_coder_case_of(cs, c);
    const char *up = p >= 0 ? cs->s->tokens[p].upos : NULL;
    return up && !strcmp(up, "SCONJ");
}

int sr_coder_place_noun(const sr_cs_sent *cs, int32_t t)
{
    static const char *const places[] = {
        "TOWN", "TOWNS", "CITY", "CITIES", "VILLAGE", "VILLAGES", "PROVINCE", "PROVINCES",
        "STATE", "REGION", "REGIONS", "DISTRICT", "DISTRICTS", "COUNTY", "CAPITAL",
        "COUNTRY", "AREA", "AREAS", "BORDER", "NORTH", "SOUTH", "EAST", "WEST",
        "NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST", "SUBURB", "NEIGHBORHOOD",
        "TOWNSHIP", "STREETS", "STREET", "SQUARE"};
    const char *up = cs->s->tokens[t].upos;
    return !(up && !strcmp(up, "PROPN")) && SR_CS_WORD_AMONG(places, cs->words[t]);
}

/* Is token t a place: a proper noun, or a place noun? */
static int place_word(const sr_cs_sent *cs, int32_t t)
{
    const char *up = cs->s->tokens[t].upos;
    return (up && !strcmp(up, "PROPN")) || sr_coder_place_noun(cs, t);
}

/* Is token t, with every noun it hangs on up to v, a place named under
 * "in", "at", "near" and the like on v, described as a place by a common
 * noun ("were killed Friday in the central town of Aungban in eastern
 * Shan state")? It says where the act happened, not who did it. A bare
 * name ("shot dead in Gondor") may stand for the state and is left as a
 * candidate, as PETRARCH reads it; "in a gun battle with police" and "in
 * a U.S. airstrike" pass through an incident and are not places. */
static int place_of_the_act(const sr_cs_sent *cs, int32_t v, int32_t t)
{
    static const char *const locative[] = {"IN", "AT", "NEAR", "ACROSS", "THROUGHOUT",
                                           "INSIDE", "OUTSIDE", "AROUND"};
    int guard = 0, common = 0;
    while (t >= 0 && guard++ < 64) {
        if (!place_word(cs, t))
            return 0;
        const char *up = cs->s->tokens[t].upos;
        common |= !(up && !strcmp(up, "PROPN"));
        if (cs->head[t] == v)
            break;
        t = cs->head[t];
    }
    if (!common || t < 0 || cs->head[t] != v || cs->rel[t] != SR_CS_OBL)
        return 0;
    int32_t p = sr_coder_case_of(cs, t);
    return p >= 0 && SR_CS_WORD_AMONG(locative, cs->words[p]);
}

/* Is token t an argument of what was not done or chosen, a clause or
 * phrase that "instead of" or "rather than" marks ("said instead of
 * calling for an Asian alliance, Gondor will ...", "blamed Rohan rather
 * than Mordor")? The first clause head or phrase on the way up from t
 * decides: a clause of its own with a subject inside the alternative
 * ("Gondor will ...", a misparse hung on it) is reached past it. */
static int in_alternative(const sr_cs_sent *cs, int32_t v, int32_t t)
{
    static const char *const alt[] = {"INSTEAD", "RATHER"};
    int guard = 0;
    for (int32_t h = t; h >= 0 && h != v && guard++ < 64; h = cs->head[h]) {
        int clause = cs->rel[h] == SR_CS_ADVCL || cs->rel[h] == SR_CS_ACL ||
                     cs->rel[h] == SR_CS_XCOMP || cs->rel[h] == SR_CS_CCOMP ||
                     cs->rel[h] == SR_CS_RELCL;
        if (!clause && cs->head[h] != v)
            continue;
        for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
            int32_t c = (int32_t)cs->kids[k];
            if ((cs->rel[c] == SR_CS_MARK || cs->rel[c] == SR_CS_CASE ||
                 cs->rel[c] == SR_CS_ADVMOD || cs->rel[c] == SR_CS_CC) &&
                c < h && SR_CS_WORD_AMONG(alt, cs->words[c]))
                return 1;
        }
        return 0;
    }
    return 0;
}

/* Is token t inside the standard of a comparison, a phrase under "than"
 * ("China's presence in Russia remains smaller than that of Europe or
 * the U.S.", "a bigger threat than Rohan")? What something is measured
 * against is no party to the act. "more than", "fewer than" and the like
 * right before the phrase count people ("killed more than 20 Gondorian
 * soldiers", "no fewer than 30 activists"), as does a phrase with a
 * number of its own: those are left alone. */
static int in_comparison(const sr_cs_sent *cs, int32_t v, int32_t t)
{
    static const char *const amount[] = {"MORE", "LESS", "FEWER", "OVER", "UNDER"};
    int guard = 0;
    for (int32_t h = t; h >= 0 && h != v && guard++ < 64; h = cs->head[h]) {
        int than = 0, number = 0;
        for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
            int32_t c = (int32_t)cs->kids[k];
            if (cs->rel[c] == SR_CS_CASE && c < h && sr_coder_word_eq("THAN", cs->words[c]) &&
                !(c > 0 && SR_CS_WORD_AMONG(amount, cs->words[c - 1])))
                than = 1;
            if (cs->rel[c] == SR_CS_NUMMOD)
                number = 1;
        }
        if (than && !number)
            return 1;
    }
    return 0;
}

/* Is token t inside the role of a tenure: a phrase under "as" right after
 * a noun of a term in office ("during his term as prime minister of
 * Gondor", "in her years as envoy to Rohan", "his time as mayor")? The
 * role says when, and who someone was then; the office's country or
 * body is no party to the act, whether the parser hangs the "as" phrase
 * on the tenure noun or beside it on the predicate. */
static int in_role_of_a_tenure(const sr_cs_sent *cs, int32_t v, int32_t t)
{
    static const char *const tenure[] = {"TERM", "TERMS", "TENURE", "STINT", "TIME",
                                         "YEARS", "DAYS", "TERM'S"};
    int guard = 0;
    for (int32_t h = t; h >= 0 && h != v && guard++ < 64; h = cs->head[h]) {
        if (cs->rel[h] != SR_CS_OBL && cs->rel[h] != SR_CS_NMOD)
            continue;
        int32_t q = sr_coder_case_of(cs, h);
        if (q > 0 && q < h && sr_coder_word_eq("AS", cs->words[q]) &&
            SR_CS_WORD_AMONG(tenure, cs->words[q - 1]))
            return 1;
    }
    return 0;
}

/* Is token t the listener of another verb of telling than v, or inside
 * that listener's phrase ("rejected the warrant, telling journalists in
 * Banja Luka that ...", "denied the charge and told reporters")? Whom a
 * speaker told about the act is the audience of that telling, not the
 * party the act was done to. */
static int listener_of_a_telling(const sr_cs_sent *cs, int32_t v, int32_t t)
{
    static const char *const tell[] = {"TELL", "TELLS", "TELLING", "TOLD", "INFORM",
                                       "INFORMS", "INFORMING", "INFORMED", "BRIEFING", "BRIEFED"};
    int guard = 0;
    for (int32_t h = t; h >= 0 && guard++ < 64; h = cs->head[h]) {
        int32_t g = cs->head[h];
        if (g < 0 || g == v)
            return 0;
        if ((cs->rel[h] == SR_CS_OBJ || cs->rel[h] == SR_CS_IOBJ) &&
            SR_CS_WORD_AMONG(tell, cs->words[g]))
            return 1;
    }
    return 0;
}

/* Is token t inside a measured-time oblique of v (dated_oblique)? */
static int in_dated_oblique(const sr_cs_sent *cs, int32_t v, int32_t t)
{
    int guard = 0;
    while (t >= 0 && cs->head[t] != v && guard++ < 64)
        t = cs->head[t];
    return t >= 0 && cs->head[t] == v && dated_oblique(cs, v, t);
}

/* Is token t inside the means or occasion of a passive killing or
 * wounding: an "in" oblique of the passive v whose head is an attack or a
 * fight ("was killed in an airstrike targeting his location", "were
 * killed in the attack and the ensuing battle with militants")? The
 * airstrike is how the victim died, and who fought in the battle are the
 * killers, not the victims; the victim is the passive's subject. Only a
 * phrase hung on the incident by "on" or "against" names the side hit
 * ("killed in an attack on a Gondorian convoy"), and it stays a
 * candidate. Only the target search skips these: the search for a
 * passive's doer (no_clauses set, coder.c) rightly finds the other side
 * of the fight ("killed in a gun battle with police"). */
static int in_means_of_passive(const sr_cs_sent *cs, int32_t v, int32_t t)
{
    static const char *const incident[] = {
        "AIRSTRIKE", "AIRSTRIKES", "AIR", "STRIKE", "STRIKES", "ATTACK", "ATTACKS",
        "BOMBING", "BOMBINGS", "BLAST", "BLASTS", "EXPLOSION", "EXPLOSIONS", "RAID",
        "RAIDS", "BATTLE", "BATTLES", "CLASH", "CLASHES", "SHELLING", "FIGHTING",
        "AMBUSH", "SHOOTING", "CROSSFIRE", "FIREFIGHT", "GUNFIGHT", "EXCHANGE"};
    static const char *const hit[] = {"ON", "AGAINST", "TARGETING"};
    if (sr_coder_child(cs, v, SR_CS_NSUBJPASS) < 0)
        return 0;
    int guard = 0, aimed = 0;
    while (t >= 0 && cs->head[t] != v && guard++ < 64) {
        int32_t p = sr_coder_case_of(cs, t);
        if (cs->rel[t] == SR_CS_NMOD && p >= 0 && SR_CS_WORD_AMONG(hit, cs->words[p]))
            aimed = 1;
        t = cs->head[t];
    }
    if (aimed || t < 0 || cs->head[t] != v || cs->rel[t] != SR_CS_OBL)
        return 0;
    int32_t p = sr_coder_case_of(cs, t);
    return p >= 0 && sr_coder_word_eq("IN", cs->words[p]) &&
           SR_CS_WORD_AMONG(incident, cs->words[t]);
}

/* Is token t inside a time clause of v: an adverbial clause opened by
 * "after", "before", "when", "until" or "once" ("said after wrapping up
 * meetings with G7 ministers")? Such a clause dates the act by another
 * event, whose parties are not the act's target. "while" is left out: its
 * clause is often the act itself ("rejected the accusations while
 * responding to the statement by the Taliban chief"). */
static int in_time_clause(const sr_cs_sent *cs, int32_t v, int32_t t)
{
    static const char *const sub[] = {"AFTER", "BEFORE", "WHEN", "UNTIL", "ONCE"};
    int guard = 0;
    while (t >= 0 && cs->head[t] != v && guard++ < 64)
        t = cs->head[t];
    if (t < 0 || cs->head[t] != v || cs->rel[t] != SR_CS_ADVCL)
        return 0;
    int32_t m = sr_coder_child(cs, t, SR_CS_MARK);
    return m >= 0 && SR_CS_WORD_AMONG(sub, cs->words[m]);
}

/* Is token t inside the infinitive complement of v when v also has an
 * object ("encourage AI companies to harness the technology to compete
 * with the United States", "urged the groups to stop trading with
 * Gondor")? The object is whom v acts on, and the complement says what
 * the object is to do: its parties are the object's business, not v's
 * target. Only read when the object itself names no actor, since an
 * object with one is the default target already. */
static int in_object_complement(const sr_cs_sent *cs, int32_t v, int32_t t)
{
    int guard = 0;
    int32_t o = sr_coder_child(cs, v, SR_CS_OBJ);
    const char *up = o >= 0 ? cs->s->tokens[o].upos : NULL;
    /* A common noun or pronoun: a name as the object is often a day the
     * parser took for one ("Hamas threatened Monday to resume attacks in
     * Israel"). */
    if (!up || (strcmp(up, "NOUN") != 0 && strcmp(up, "PRON") != 0))
        return 0;
    while (t >= 0 && cs->head[t] != v && guard++ < 64)
        t = cs->head[t];
    return t >= 0 && cs->head[t] == v && cs->rel[t] == SR_CS_XCOMP;
}

/* Is h a place inside a country, named by a common noun of area under a
 * preposition of place ("in Pakistan's restive Balochistan province",
 * "in the Somali city of Beledweyne", "in Iraq's Anbar desert")? The
 * country its possessor or "of" phrase names is where the act happened,
 * not whom it was done to. A place named by its own name ("targets in
 * Jericho") is left to the dictionaries, which know its country. */
static int area_of_a_country(const sr_cs_sent *cs, int32_t h)
{
    static const char *const area[] = {
        "PROVINCE", "PROVINCES", "REGION",  "REGIONS", "DISTRICT", "DISTRICTS", "CITY",
        "CITIES",   "TOWN",      "TOWNS",   "VILLAGE", "VILLAGES", "DESERT",    "AREA",
        "AREAS",    "COUNTY",    "COUNTIES", "HIGHLANDS", "COAST",  "VALLEY"};
    static const char *const at[] = {"IN", "NEAR", "AT", "ACROSS", "THROUGHOUT", "OUTSIDE"};
    const char *up = cs->s->tokens[h].upos;
    if (!up || strcmp(up, "NOUN") != 0 || !SR_CS_WORD_AMONG(area, cs->words[h]))
        return 0;
    int32_t p = sr_coder_case_of(cs, h);
    return p >= 0 && SR_CS_WORD_AMONG(at, cs->words[p]);
}

/* Are all actors of the place p bare countries that one of the doers S
 * belongs to? "Militants attacked a train in Pakistan's Balochistan
 * province" in a story about Pakistan: the militants' own country is
 * where they struck, not whom. An area of another country stays the
 * target ("Ukrainian drones hit an oil depot in Russia's Bryansk region",
 * as the attribute gold set codes it: UKR -> RUS). */
static int home_place(const sr_cs_phrase *p, const sr_cs_phrase *S)
{
    if (!p->n || !S->n)
        return 0;
    for (uint32_t i = 0; i < p->n; i++) {
        const char *b = p->a[i].code;
        if (!b || strlen(b) != 3)
            return 0;
        int own = 0;
        for (uint32_t j = 0; j < S->n; j++)
            if (S->a[j].code && !strncmp(S->a[j].code, b, 3))
                own = 1;
        if (!own)
            return 0;
    }
    return 1;
}

/* Is token t inside a phrase of the help an act had ("With support from
 * the UK government, WFP ... have prepositioned food supplies", "with the
 * help of Marestan", "with funding from the EU")? Who helped is a means of
 * the act, not whom it was aimed at or what a statement is about. */
static int in_help_phrase(const sr_cs_sent *cs, int32_t v, int32_t t)
{
    static const char *const help[] = {"SUPPORT", "HELP",    "ASSISTANCE", "BACKING",
                                       "FUNDING", "FINANCING", "AID"};
    int guard = 0;
    for (; t >= 0 && t != v && guard++ < 64; t = cs->head[t]) {
        int32_t p = sr_coder_case_of(cs, t);
        if (p >= 0 && sr_coder_word_eq("WITH", cs->words[p]) && SR_CS_WORD_AMONG(help, cs->words[t]))
            return 1;
    }
    return 0;
}

/* Is token t inside the "of" phrase of a release ("demanded the release
 * of political prisoners")? Those are who would be freed; a demand or
 * appeal for their release is made of whoever holds them, and an act
 * about the release is not aimed at them (lends_actor in actors.c reads
 * the noun's own phrase the same way). */
static int in_released(const sr_cs_sent *cs, int32_t v, int32_t t)
{
    static const char *const freeing[] = {"RELEASE", "RELEASES", "FREEING"};
    int guard = 0;
    for (; t >= 0 && t != v && guard++ < 64; t = cs->head[t]) {
        int32_t h = cs->head[t];
        int32_t p = sr_coder_case_of(cs, t);
        if (h >= 0 && cs->rel[t] == SR_CS_NMOD && p >= 0 && sr_coder_word_eq("OF", cs->words[p]) &&
            SR_CS_WORD_AMONG(freeing, cs->words[h]))
            return 1;
    }
    return 0;
}

/* Is h a conjunct (or an appositive of a conjunct) in the list headed by
 * head? "were deported to Honduras, Venezuela or other countries": once
 * Honduras is the target, Venezuela is more of the same list, not the
 * one who deported. */
static int conjunct_of(const sr_cs_sent *cs, int32_t h, int32_t head)
{
    int guard = 0;
    if (head < 0)
        return 0;
    while (h >= 0 && guard++ < 64 && (cs->rel[h] == SR_CS_CONJ || cs->rel[h] == SR_CS_APPOS)) {
        h = cs->head[h];
        if (h == head)
            return 1;
    }
    return 0;
}

/* Is t inside the phrase headed by head? "said Carl Vesk, a professor at
 * the University of Marestan": the university belongs to the speaker's
 * own phrase and says who he is, not whom he spoke of. Only the verb's
 * own subject counts: a doer taken from elsewhere (the noun a relative
 * clause hangs on, the first actor after a passive) has no phrase of
 * its own that the target could be part of. The climb is bounded like
 * the others here. */
static int in_subject(const sr_cs_sent *cs, int32_t v, int32_t t, int32_t subj)
{
    int guard = 0;
    if (subj < 0 || cs->head[subj] != v || cs->rel[subj] != SR_CS_NSUBJ)
        return 0;
    for (; t >= 0 && guard++ < 64; t = cs->head[t])
        if (t == subj)
            return 1;
    return 0;
}

/* The first noun phrase after the verb, in text order, that names actors
 * other than those of avoid: the target of "Arnor believes Dagolath can
 * cope", "allowed that Mordor isn't ...", "roads leading into Mordor", as
 * TABARI and PETRARCH take the first actor after the verb. Pronouns are
 * passed over here: they name someone already in the clause. */
int32_t sr_coder_first_actor_after(sr_cs_ctx *cx, const sr_cs_clause *cl,
                                   const sr_cs_phrase *avoid, int no_clauses, sr_cs_phrase *out)
{
    const sr_cs_sent *cs = cx->cs;
    int32_t tried = -1;
    for (uint32_t i = 0; i < cl->nafter; i++) {
        int32_t t = cl->after[i];
        if (!cs->nominal[t] || cs->rel[t] == SR_CS_TMOD ||
            sr_coder_attribution_apart(cs, cl->verb, t) ||
            !reachable(cs, cl->verb, t, no_clauses) || in_dated_oblique(cs, cl->verb, t) ||
            in_time_clause(cs, cl->verb, t) || in_help_phrase(cs, cl->verb, t) ||
            in_released(cs, cl->verb, t) || in_alternative(cs, cl->verb, t) ||
            in_comparison(cs, cl->verb, t) || listener_of_a_telling(cs, cl->verb, t) ||
            in_role_of_a_tenure(cs, cl->verb, t) ||
            (!no_clauses && (in_means_of_passive(cs, cl->verb, t) ||
                             in_object_complement(cs, cl->verb, t))))
            continue;
        const char *up = cs->s->tokens[t].upos;
        if (up && !strcmp(up, "PRON"))
            continue;
        int32_t h = t;
        while ((cs->rel[h] == SR_CS_COMPOUND || cs->rel[h] == SR_CS_AMOD ||
                cs->rel[h] == SR_CS_FLAT || cs->rel[h] == SR_CS_POSS) &&
               cs->head[h] >= 0)
            h = cs->head[h];
        if (h == tried)
            continue;
        tried = h;
        /* A passive's doer is no place the act happened in. */
        if (no_clauses && place_of_the_act(cs, cl->verb, h))
            continue;
        if (!sr_coder_actors_reachable(cx, h) ||
            (avoid && (conjunct_of(cs, h, avoid->head) || in_subject(cs, cl->verb, h, avoid->head))))
            continue;
        sr_coder_actors_resolve(cx, h, out);
        if (!no_clauses && avoid && area_of_a_country(cs, h) && home_place(out, avoid))
            continue;
        if (sr_coder_phrase_has_actor(out) && !(avoid && same_actors(out, avoid)))
            return h;
    }
    memset(out, 0, sizeof *out);
    out->head = -1;
    return -1;
}

static int32_t other_target(sr_cs_ctx *cx, int32_t v, const sr_cs_roles *ro,
                            const sr_cs_clause *cl, const sr_cs_phrase *S, sr_cs_phrase *out,
                            const char **how, int own);

/* Is every actor of p the subject's own, by "its" or "their" ("Syria is
 * willing to withdraw its troops from Lebanon")? What a subject does with
 * its own troops, envoys or citizens is done to whoever else the clause
 * names. */
static int owned_by(const sr_cs_phrase *p, const sr_cs_phrase *S)
{
    if (!S || S->n == 0 || p->n == 0)
        return 0;
    for (uint32_t i = 0; i < p->n; i++) {
        const sr_cs_actor *a = &p->a[i];
        if (!a->from_owner || !a->base || !S->a[0].base || strncmp(a->base, S->a[0].base, 3))
            return 0;
    }
    return 1;
}

/* Is v a form of "discuss"? What is discussed is a topic ("discussed
 * China's role in global security", "discussed the future of Syria",
 * "the situation in Gaza"): whom it concerns is no party to the talks.
 * The other party is the one discussed with. */
static int discussion(const sr_cs_sent *cs, int32_t v)
{
    static const char *const discuss[] = {"DISCUSS", "DISCUSSES", "DISCUSSED", "DISCUSSING"};
    return SR_CS_WORD_AMONG(discuss, cs->words[v]);
}

/* The target of a discussion: the first "with" oblique of v that names
 * an actor; none else. */
static int32_t discussed_with(sr_cs_ctx *cx, int32_t v, sr_cs_phrase *out, const char **how)
{
    const sr_cs_sent *cs = cx->cs;
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        int32_t p = sr_coder_case_of(cs, c);
        if (cs->rel[c] != SR_CS_OBL || p < 0 || !sr_coder_word_eq("WITH", cs->words[p]))
            continue;
        sr_coder_actors_resolve(cx, c, out);
        if (sr_coder_phrase_has_actor(out)) {
            *how = "the party discussed with (what is discussed is a topic)";
            return c;
        }
    }
    memset(out, 0, sizeof *out);
    out->head = -1;
    *how = "none: what is discussed is a topic, not a party";
    return -1;
}

/* The first of object, indirect object and prepositional arguments (in
 * text order) that names an actor; failing those, the first actor after
 * the verb. */
int32_t sr_coder_default_target(sr_cs_ctx *cx, int32_t v, const sr_cs_roles *ro,
                                const sr_cs_clause *cl, const sr_cs_phrase *S,
                                sr_cs_phrase *out, const char **how)
{
    const sr_cs_sent *cs = cx->cs;
    if (discussion(cs, v))
        return discussed_with(cx, v, out, how);
    if (ro->object >= 0 && !sr_coder_attribution_apart(cs, v, ro->object)) {
        sr_coder_actors_resolve(cx, ro->object, out);
        *how = ro->how_object;
        if (sr_coder_phrase_has_actor(out))
            return ro->object;
    }
    return other_target(cx, v, ro, cl, S, out, how, 0);
}

int32_t sr_coder_target_past_own(sr_cs_ctx *cx, int32_t v, const sr_cs_roles *ro,
                                 const sr_cs_clause *cl, const sr_cs_phrase *S, int32_t th,
                                 sr_cs_phrase *T, const char **how)
{
    if (th < 0 || th != ro->object || !owned_by(T, S))
        return th;
    sr_cs_phrase O;
    const char *h2 = "";
    int32_t t = other_target(cx, v, ro, cl, S, &O, &h2, 1);
    if (t < 0 || !sr_coder_phrase_has_actor(&O))
        return th; /* nothing else named: the subject's own after all */
    *T = O;
    *how = "the other party: the object is the subject's own (its/their)";
    return t;
}

/* The default target's search past the object: the first indirect object
 * or prepositional argument that names an actor, then the first actor
 * after the verb outside the object's phrase. */
static int32_t other_target(sr_cs_ctx *cx, int32_t v, const sr_cs_roles *ro,
                            const sr_cs_clause *cl, const sr_cs_phrase *S, sr_cs_phrase *out,
                            const char **how, int own)
{
    const sr_cs_sent *cs = cx->cs;
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        sr_cs_rel r = (sr_cs_rel)cs->rel[c];
        if (c == ro->object || c == ro->subject || !cs->nominal[c])
            continue;
        if ((r != SR_CS_IOBJ && r != SR_CS_OBL && r != SR_CS_OBJ) || place_of(cs, v, c) ||
            dated_oblique(cs, v, c) || clause_subject(cs, c) ||
            sr_coder_attribution_apart(cs, v, c))
            continue;
        sr_coder_actors_resolve(cx, c, out);
        if (sr_coder_phrase_has_actor(out)) {
            *how = sr_coder_rel_name(r);
            return c;
        }
    }
    *how = "first actor after the verb";
    sr_cs_clause sub = *cl;
    if (own) {
        /* Not the object's own words again ("its troops"). */
        int32_t *only = sr_arena_alloc(cx->arena, (cl->nafter + 1) * sizeof *only);
        uint32_t n = 0;
        for (uint32_t i = 0; i < cl->nafter; i++)
            if (cl->after[i] < cs->lo[ro->object] || cl->after[i] > ro->object)
                only[n++] = cl->after[i];
        sub.after = only;
        sub.nafter = n;
    }
    int32_t t = sr_coder_first_actor_after(cx, &sub, S, 0, out);
    if (t < 0 && ro->object >= 0 && !sr_coder_attribution_apart(cs, v, ro->object)) {
        /* Nothing better: the object, even if it names only agents. */
        sr_coder_actors_resolve(cx, ro->object, out);
        *how = ro->how_object;
        return ro->object;
    }
    return t;
}

/* A parser may give a verb two subjects where a list was meant ("Lions,
 * tigers, and Gondor welcomed": nsubj:outer and nsubj): the others join
 * the first as conjuncts would. */
void sr_coder_more_subjects(sr_cs_ctx *cx, int32_t v, int32_t first, sr_cs_phrase *S)
{
    const sr_cs_sent *cs = cx->cs;
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        /* Not from a heading run into the sentence (heading.c). */
        if (c == first || cs->rel[c] != cs->rel[first] ||
            ((uint32_t)v >= cs->body && (uint32_t)c < cs->body))
            continue;
        /* '"...," said X': the subject before an inverted reporting verb
         * is the quotation's (verbs.c). */
        if (first > v && c < v)
            continue;
        sr_cs_phrase more;
        sr_coder_actors_resolve(cx, c, &more);
        for (uint32_t i = 0; i < more.n && S->n < SR_CS_MAX_ACTORS; i++)
            S->a[S->n++] = more.a[i];
    }
}

/* Is t inside the subtree of c? The span check settles most tokens;
 * the walk up is for non-projective parses, whose spans have holes. */
static int within(const sr_cs_sent *cs, int32_t c, int32_t t)
{
    int guard = 0;
    if (t < cs->lo[c] || t > cs->hi[c])
        return 0;
    for (int32_t h = t; h >= 0 && guard++ < 64; h = cs->head[h])
        if (h == c)
            return 1;
    return 0;
}

int32_t sr_coder_statement_topic(sr_cs_ctx *cx, int32_t v, const sr_cs_clause *cl,
                                 const sr_cs_phrase *S, sr_cs_phrase *out)
{
    const sr_cs_sent *cs = cx->cs;
    int32_t c = sr_coder_child(cs, v, SR_CS_CCOMP);
    if (c < 0) {
        memset(out, 0, sizeof *out);
        out->head = -1;
        return -1;
    }
    /* The reported clause's subject first ("told reporters Beijing had
     * agreed"), then its other noun phrases in text order. */
    int32_t s = sr_coder_child(cs, c, SR_CS_NSUBJ);
    if (s < 0)
        s = sr_coder_child(cs, c, SR_CS_NSUBJPASS);
    if (s >= 0) {
        sr_coder_actors_resolve(cx, s, out);
        if (sr_coder_phrase_has_actor(out) && !(S && same_actors(out, S)))
            return s;
    }
    sr_cs_clause sub = *cl;
    int32_t *only = sr_arena_alloc(cx->arena, (cl->nafter + 1) * sizeof *only);
    uint32_t n = 0;
    for (uint32_t i = 0; i < cl->nafter; i++)
        if (within(cs, c, cl->after[i]))
            only[n++] = cl->after[i];
    sub.after = only;
    sub.nafter = n;
    return sr_coder_first_actor_after(cx, &sub, S, 0, out);
}

int sr_coder_code_is_statement(const sr_verb_code *vc)
{
    /* CAMEO 01x: make a public statement, comment, decline to comment. */
    return vc->code.s[0] == '0' && vc->code.s[1] == '1';
}

int sr_coder_phrase_all_media(const sr_cs_phrase *p)
{
    if (p->n == 0)
        return 0;
    for (uint32_t i = 0; i < p->n; i++) {
        const char *c = p->a[i].code;
        size_t len = strlen(c);
        if (len < 6 || !has_media_part(c, len))
            return 0;
    }
    return 1;
}
