/* actors.c - from a noun phrase in the parse to actor codes.
 *
 * A phrase is resolved in two tiers. The first is the head noun and its
 * close modifiers (compounds, adjectives, possessives, names): "Syrian
 * rebels", "Gondor's government", "the Calenardhon Congresses". Actors are
 * found there by longest match over consecutive words, agents likewise, and
 * each actor takes the agents ("SYR" + "REB" -> "SYRREB"; an agent written
 * [NGO~] goes in front). Only when the first tier names no actor does the
 * second tier, the head's nominal modifiers ("activists of Amnesty
 * International", "soldiers in Arnor"), supply one; the first tier's agents
 * still apply. A thing's modifier lends no actor ("a summit in Britain"),
 * except through "of" and "between": see lends_actor. Coordination gives
 * several actors: conjuncts of the head ("Arnor and Gondor") and
 * coordinated modifiers ("Russian and Syrian forces") are each resolved
 * and share the head's agents.
 *
 * Actor codes depend on the record's date (sr_dict_actor_code_at). A
 * pronoun or "the group" subject takes the most recent single actor of the
 * story, which is PETRARCH's within-story reference at its simplest. */
#include "coder/coder_internal.h"

#include <string.h>

/* Relations that keep a modifier inside the first tier of its head. */
static int close_modifier(sr_cs_rel r)
{
    switch (r) {
    case SR_CS_COMPOUND:
    case SR_CS_AMOD:
    case SR_CS_POSS:
    case SR_CS_DET:
    case SR_CS_NUMMOD:
    case SR_CS_FLAT:
    case SR_CS_DEP:
    case SR_CS_CASE:
    case SR_CS_ADVMOD:
        return 1;
    default:
        return 0;
    }
}

/* Marks the first tier of h in in[]. Conjuncts and coordinators below a
 * modifier belong to it ("Russian and Syrian" under "forces"), those of the
 * head itself do not: they are separate actors. */
/* Is c the first word of "X-backed", "X-led", "X-held": a word joined by
 * a hyphen to the participle t that modifies the phrase? The parser hangs
 * such a word off the participle in many ways (compound, obl, npadvmod);
 * the hyphen says it belongs to the phrase. */
int sr_coder_hyphen_prefix(const sr_cs_sent *cs, int32_t t, int32_t c)
{
    const char *x = cs->s->tokens[t].xpos;
    return c + 2 == t && x && (!strcmp(x, "VBN") || !strcmp(x, "VBD")) &&
           !strcmp(cs->words[c + 1], "-") && cs->rel[t] == SR_CS_AMOD;
}

/* The sentence's one token mask for marking a phrase (cx->scratch),
 * zeroed on first use. Each user marks inside one subtree, scans it and
 * clears that subtree's span with clear_mask before anything else can
 * mark: a mask of the sentence's length per phrase made memory grow with
 * the square of the sentence's length. */
static uint8_t *phrase_mask(sr_cs_ctx *cx)
{
    if (!cx->scratch)
        cx->scratch = sr_arena_alloc(cx->arena, cx->cs->n);
    return cx->scratch;
}

static void clear_mask(const sr_cs_sent *cs, int32_t h, uint8_t *in)
{
    memset(in + cs->lo[h], 0, (size_t)(cs->hi[h] - cs->lo[h] + 1));
}

static void mark_tier1(const sr_cs_sent *cs, int32_t t, int is_head, uint8_t *in)
{
    in[t] = 1;
    if (!is_head && t >= 2 && cs->head[t - 2] == t && sr_coder_hyphen_prefix(cs, t, t - 2)) {
        in[t - 2] = 1; /* "Iran-backed militias": Iran is the militias' country */
        in[t - 1] = 1;
    }
    for (uint32_t k = cs->kid_start[t]; k < cs->kid_start[t + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        sr_cs_rel r = (sr_cs_rel)cs->rel[c];
        /* A possessive's own case marker ('s) is harmless; the head's case
         * (the preposition) is not part of the phrase. */
        if (r == SR_CS_CASE && is_head)
            continue;
        if (close_modifier(r) || (!is_head && (r == SR_CS_CONJ || r == SR_CS_CC)))
            mark_tier1(cs, c, 0, in);
    }
}

/* Appends code to out unless the code already carries it as one of its
 * three-letter parts (White House "USAGOV" + officials "GOV" = "USAGOV"). */
static int has_part(const char *code, const char *part)
{
    size_t lp = strlen(part), lc = strlen(code);
    for (size_t i = 0; i + lp <= lc; i += 3)
        if (memcmp(code + i, part, lp) == 0)
            return 1;
    return 0;
}

const char *sr_coder_actor_compose(sr_arena *a, const char *base, const sr_agent *const *ag,
                                   uint32_t nag)
{
    char buf[128];
    size_t len = 0;
    buf[0] = 0;
    for (uint32_t i = 0; i < nag; i++)
        if (ag[i]->place == SR_AGENT_BEFORE && !has_part(buf, ag[i]->code) &&
            len + strlen(ag[i]->code) < sizeof buf - 1) {
            memcpy(buf + len, ag[i]->code, strlen(ag[i]->code) + 1);
            len += strlen(ag[i]->code);
        }
    size_t lb = strlen(base);
    if (len + lb < sizeof buf - 1) {
        memcpy(buf + len, base, lb + 1);
        len += lb;
    }
    /* A code that says its holder is out of office (ELI: "former
     * official", a leader after his term) takes no GOV from a title word:
     * "former EU official Michel Barnier" is FRAELI, not FRAELIGOV. */
    int out_of_office = has_part(buf, "ELI");
    for (uint32_t i = 0; i < nag; i++)
        if (ag[i]->place == SR_AGENT_AFTER &&
            !has_part(buf + (len >= lb ? len - lb : 0), ag[i]->code) &&
            !(out_of_office && strcmp(ag[i]->code, "GOV") == 0) &&
            len + strlen(ag[i]->code) < sizeof buf - 1) {
            memcpy(buf + len, ag[i]->code, strlen(ag[i]->code) + 1);
            len += strlen(ag[i]->code);
        }
    return sr_arena_strndup(a, buf, len);
}

typedef struct found {
    const sr_actor *actor[SR_CS_MAX_ACTORS];
    int32_t at[SR_CS_MAX_ACTORS];
    uint32_t nactors;
    const sr_agent *agent[4];
    uint32_t nagents;
    int coordinated; /* a coordinator sits between two actors */
    int ethnic;      /* an actor word after "ethnic" was passed over */
    const sr_actor *ethnic_actor; /* the first such word's actor */
    int32_t ethnic_at;
    int head_of_body; /* a leader word whose GOV a non-state body took away */
} found;

/* Longest-match scan of the marked tokens, left to right. A match starts on
 * a marked token and may run on over the rest of the phrase up to token
 * ext ("the Prince of Dol Amroth" is one actor). */
static int inside(const uint8_t *in, size_t i, size_t m, int32_t ext)
{
    for (size_t k = i; k < i + m; k++)
        if (!in[k] && (int32_t)k > ext)
            return 0;
    return 1;
}

/* "pushed sellers out of business", "doing business in Iraq": the
 * singular "business" after "out of" or a form of "do" is the activity,
 * not the business community, and names no agent. */
static int business_as_activity(const sr_cs_sent *cs, size_t i)
{
    static const char *const doing[] = {"DO", "DOES", "DID", "DOING", "DONE"};
    if (strcmp(cs->words[i], "business") != 0 || i == 0)
        return 0;
    if (SR_CS_WORD_AMONG(doing, cs->words[i - 1]))
        return 1;
    return i >= 2 && sr_coder_word_eq("OF", cs->words[i - 1]) &&
           sr_coder_word_eq("OUT", cs->words[i - 2]);
}

/* "Finance Minister Christian Lindner": a faith word is never a title, so
 * one written just before a proper noun is a given name or part of a name
 * ("Christian Aid"), not the person's faith. "Christian groups", "Muslim
 * worshippers" keep their agent. */
static int faith_word_in_a_name(const sr_cs_sent *cs, size_t i, size_t m, const sr_agent *ag)
{
    static const char *const faiths[] = {"MUS", "CHR", "JEW", "BUD", "HIN"};
    if (m != 1 || i + 1 >= cs->n || !SR_CS_WORD_AMONG(faiths, ag->code))
        return 0;
    const char *up = cs->s->tokens[i + 1].upos;
    const char *next = cs->words[i + 1];
    return up && !strcmp(up, "PROPN") && next[0] >= 'A' && next[0] <= 'Z';
}

/* "EU migrant-burden sharing plan": an agent word joined by a hyphen to
 * the noun after it, when that noun only modifies another ("burden"
 * before "sharing plan"), describes that noun: the plan is no migrants'.
 * Participles after the hyphen ("Iran-backed", "rebel-held") are left to
 * the hyphen-prefix reading (story.c). */
static int modifies_a_modifier(const sr_cs_sent *cs, size_t i)
{
    if (i + 2 >= cs->n || strcmp(cs->words[i + 1], "-") != 0)
        return 0;
    int32_t n = cs->head[i];
    const char *up = n >= 0 ? cs->s->tokens[n].upos : NULL;
    return n == (int32_t)i + 2 && up && !strcmp(up, "NOUN") && cs->rel[n] == SR_CS_COMPOUND;
}

/* "reiterating their opposition to any unilateral attempts": the
 * lower-case "opposition" with a "to" phrase of its own is a stance
 * against something, not the political opposition (OPP); "the
 * opposition said", "opposition parties" still are. */
static int opposition_as_stance(const sr_cs_sent *cs, size_t i)
{
    if (strcmp(cs->words[i], "opposition") != 0)
        return 0;
    for (uint32_t k = cs->kid_start[i]; k < cs->kid_start[i + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        int32_t p = sr_coder_case_of(cs, c);
        if (cs->rel[c] == SR_CS_NMOD && p >= 0 && sr_coder_word_eq("TO", cs->words[p]))
            return 1;
    }
    return i + 1 < cs->n && sr_coder_word_eq("TO", cs->words[i + 1]);
}

/* "cooperate in building a new parliament for Mauritius", "rebuilt the
 * ministry": the object of a verb of building is a building, so an
 * institution word there ("parliament", "ministry", "embassy") names the
 * house, not the body sitting in it, and gives no agent. The "for" or
 * "in" phrase is only whom or where it is built. */
static int built_thing(const sr_cs_sent *cs, size_t i)
{
    static const char *const build[] = {
        "BUILD",       "BUILDS",       "BUILDING",  "BUILT",      "REBUILD",
        "REBUILDS",    "REBUILDING",   "REBUILT",   "CONSTRUCT",  "CONSTRUCTS",
        "CONSTRUCTING", "CONSTRUCTED", "RENOVATE",  "RENOVATES",  "RENOVATING",
        "RENOVATED"};
    int32_t v = cs->head[i];
    if (cs->rel[i] != SR_CS_OBJ || v < 0)
        return 0;
    const char *up = cs->s->tokens[v].upos;
    return up && !strcmp(up, "VERB") && SR_CS_WORD_AMONG(build, cs->words[v]);
}

/* Is act a person: an entry with a term of office (a date-restricted
 * code), as the leader files write them? */
static int is_person(const sr_actor *act)
{
    for (uint32_t k = 0; k < act->ncodes; k++)
        if (act->codes[k].restricted)
            return 1;
    return 0;
}

/* Is token t, or the first of the conjuncts it belongs to, the "of"
 * phrase of a word for a settlement or district ("the town of X", "the
 * towns of X and Y")? Such a name is the place's, even when a leader
 * bears it: "between the towns of Bocaranga and Bazoum" names no
 * president of Niger. */
static int names_a_settlement(const sr_cs_sent *cs, int32_t t)
{
    static const char *const place[] = {
        "TOWN",     "TOWNS",     "VILLAGE",   "VILLAGES", "CITY",      "CITIES",
        "DISTRICT", "DISTRICTS", "PROVINCE",  "COUNTY",   "PREFECTURE", "MUNICIPALITY",
        "SUBURB",   "NEIGHBORHOOD", "NEIGHBOURHOOD", "SETTLEMENT", "COMMUNE"};
    for (int k = 0; k < 8 && t >= 0 && cs->rel[t] == SR_CS_CONJ; k++)
        t = cs->head[t];
    if (t < 0 || cs->rel[t] != SR_CS_NMOD || cs->head[t] < 0)
        return 0;
    int32_t p = sr_coder_case_of(cs, t);
    return p >= 0 && sr_coder_word_eq("OF", cs->words[p]) &&
           SR_CS_WORD_AMONG(place, cs->words[cs->head[t]]);
}

static void scan(const sr_cs_ctx *cx, const uint8_t *in, int32_t lo, int32_t hi, int32_t ext,
                 int want_agents, found *f)
{
    const sr_cs_sent *cs = cx->cs;
    size_t n = cs->n;
    /* Only lo..hi can be marked: the phrase is inside its head's subtree. */
    for (size_t i = (size_t)lo; i <= (size_t)hi && i < n; i++) {
        if (!in[i])
            continue;
        size_t m = 0;
        const sr_actor *act = sr_dict_actor_match(cx->dict, cs->words, n, i, 0, &m);
        if (act && m && inside(in, i, m, ext) && sr_coder_names_ethnicity(cx, (int32_t)i, act)) {
            if (!f->ethnic) {
                f->ethnic_actor = act;
                f->ethnic_at = (int32_t)i;
            }
            f->ethnic = 1;
            i += m - 1;
            continue;
        }
        if (act && m && inside(in, i, m, ext) && is_person(act) &&
            names_a_settlement(cs, (int32_t)i)) {
            i += m - 1;
            continue;
        }
        if (act && m) {
            if (inside(in, i, m, ext)) {
                /* "Russian and Syrian forces" names two actors; "Ithilen's
                 * awful and evil minister Calimehtar" one, the first. */
                if (f->nactors > 0 && cs->rel[i] == SR_CS_CONJ)
                    f->coordinated = 1;
                if (f->nactors < SR_CS_MAX_ACTORS) {
                    f->actor[f->nactors] = act;
                    f->at[f->nactors++] = (int32_t)i;
                }
                i += m - 1;
                continue;
            }
        }
        if (!want_agents || business_as_activity(cs, i) || modifies_a_modifier(cs, i) ||
            opposition_as_stance(cs, i) || built_thing(cs, i))
            continue;
        const sr_agent *ag = sr_dict_agent_match(cx->dict, cs->words, n, i, 0, &m);
        if (ag && m && !faith_word_in_a_name(cs, i, m, ag)) {
            if (inside(in, i, m, ext)) {
                if (f->nagents < 4)
                    f->agent[f->nagents++] = ag;
                i += m - 1;
            }
        }
    }
}

/* Is h a reference back to an actor: a personal pronoun or the bare "the
 * group"? Returns how many sentences back its antecedent may be: "it"
 * only within the sentence ("Ethiopia indicated it would act"; a story's
 * "It may take years" names no one), the others also in the sentence
 * before. -1: not a reference. */
int sr_coder_is_reference(const sr_cs_sent *cs, int32_t h)
{
    const char *w = cs->words[h];
    static const char *const pron[] = {"HE", "SHE", "THEY", "HIM", "HER", "THEM", NULL};
    if (sr_coder_word_eq("IT", w))
        return 0;
    for (int i = 0; pron[i]; i++)
        if (sr_coder_word_eq(pron[i], w))
            return 1;
    if (sr_coder_word_eq("GROUP", w)) {
        /* Only the bare "the group": "the Gondor main opposition group"
         * names its own actor. */
        int32_t d = sr_coder_child(cs, h, SR_CS_DET);
        if (d < 0 || !sr_coder_word_eq("THE", cs->words[d]))
            return -1;
        for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
            sr_cs_rel r = (sr_cs_rel)cs->rel[cs->kids[k]];
            if (r != SR_CS_DET && r != SR_CS_PUNCT && r != SR_CS_CASE)
                return -1;
        }
        return 1;
    }
    return -1;
}

/* Is h a personal pronoun (he, she, they and their object forms) rather
 * than "it" or "the group"? */
static int personal(const sr_cs_sent *cs, int32_t h)
{
    return !sr_coder_word_eq("IT", cs->words[h]) && !sr_coder_word_eq("GROUP", cs->words[h]);
}

/* Is the actor a bare country or place: a three-letter code with no
 * sector or agent ("IND" from "India", "CHN" from "Beijing")? Those are
 * "it"; "he" or "they" after "Britain said ..." in news is nearly always
 * a person or group the story named in passing, not the country (issue
 * 4's samples: "Trump said he ..." read as India, "Uyghurs Thailand
 * caught ... as they sought" read as Thailand). */
static int bare_place(const sr_cs_actor *a)
{
    return a->code && strlen(a->code) <= 3;
}

/* Is the actor an organisation with nothing personal about it: an
 * international, non-governmental or business body ("IGO", "NGO",
 * "MNC", "NGM" codes) named by its own entry with one code and no agent
 * ("NATO", "an Asian version of NATO")? People in such bodies have
 * agents ("NATO's chief") or entries with dated codes for their careers
 * ("Antonio Guterres"). "he" and "she" are people, so not such a
 * body: "He said ..." after a sentence about a proposed alliance is the
 * politician who proposed it. */
static int impersonal_body(const sr_cs_actor *a)
{
    static const char *const kinds[] = {"IGO", "NGO", "MNC", "NGM"};
    if (!a->actor || a->nagents || a->actor->ncodes != 1 || !a->code)
        return 0;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (!strncmp(a->code, kinds[i], 3))
            return 1;
    return 0;
}

/* Is h "they" or "them"? Such a word stands for several, never for the
 * one person a leader's entry names ("Freed passengers ... told media
 * they heard a blast" is no word of the prime minister named before). */
static int many_people(const sr_cs_sent *cs, int32_t h)
{
    static const char *const plural[] = {"THEY", "THEM"};
    return SR_CS_WORD_AMONG(plural, cs->words[h]);
}

/* Is h "he", "she", "him" or "her": one person? */
static int one_person(const sr_cs_sent *cs, int32_t h)
{
    static const char *const sing[] = {"HE", "SHE", "HIM", "HER"};
    return SR_CS_WORD_AMONG(sing, cs->words[h]);
}

/* Adds agents to a resolved actor (an outer "activists of" to an inner
 * "Amnesty International"). */
static void with_agents(sr_cs_ctx *cx, sr_cs_actor *x, const sr_agent *const *ag, uint32_t nag)
{
    x->code = sr_coder_actor_compose(cx->arena, x->code, ag, nag);
    for (uint32_t j = 0; j < nag && x->nagents < 4; j++)
        x->agents[x->nagents++] = ag[j];
}

static void add_actor(sr_cs_ctx *cx, sr_cs_phrase *out, const sr_actor *act, int32_t at,
                      const found *ag)
{
    if (out->n >= SR_CS_MAX_ACTORS)
        return;
    const sr_actor_code *ac = act ? sr_dict_actor_code_at(act, cx->date) : NULL;
    if (act && (!ac || !ac->code || !strcmp(ac->code, "---")))
        return; /* the null code: the actor is known and deliberately uncoded */
    const char *base = ac ? ac->code : "---";
    /* A coded compound "ELR/GAL" stays one code, as PETRARCH writes it. */
    sr_cs_actor *x = &out->a[out->n++];
    memset(x, 0, sizeof *x);
    x->actor = act;
    x->acode = ac;
    x->tok = at;
    x->nagents = ag->nagents;
    memcpy(x->agents, ag->agent, ag->nagents * sizeof ag->agent[0]);
    x->base = base;
    x->code = sr_coder_actor_compose(cx->arena, base, ag->agent, ag->nagents);
}

static void resolve_full(sr_cs_ctx *cx, int32_t h, sr_cs_phrase *out, int depth);

/* May the nominal modifier c of head h stand for the phrase's actor? A
 * head that is itself a kind of actor (an agent: "activists of Amnesty
 * International", "lawmakers in Arnor") is who c says it is, and so is a
 * genitive "of" ("the government of Gondor", "one of the rebels");
 * "between" names the parties ("ties between Arnor and Gondor", as the
 * validation's COMPOUND records expect). Other heads are things, and an
 * actor in their prepositional phrase is only what the thing concerns:
 * "a summit in Britain", "its maritime border with Kenya", "the convoy
 * near Marestan" name no actor doing or suffering anything (issue 4's
 * news samples showed these among the commonest wrong actors). */
/* Is h a word for a tie between parties ("relations", "ties")? Its
 * "with" phrase names the other party: "break off relations with Congo",
 * "cut ties with Israel". */
static int names_a_tie(const sr_cs_sent *cs, int32_t h)
{
    static const char *const tie[] = {"RELATIONS", "TIES", "RELATIONSHIP", "LINKS"};
    return SR_CS_WORD_AMONG(tie, cs->words[h]);
}

/* Is h a camp or shelter? Its "for" phrase names the people who live in
 * it, and what is done to the camp is done to them: "shelled a camp for
 * Gondorian refugees", "a shelter for displaced Rohirrim". */
static int names_a_camp(const sr_cs_sent *cs, int32_t h)
{
    static const char *const camp[] = {"CAMP", "CAMPS", "SHELTER", "SHELTERS"};
    return SR_CS_WORD_AMONG(camp, cs->words[h]);
}

static int lends_actor(const sr_cs_sent *cs, int32_t h, int32_t c, const found *f)
{
    /* "demanded the release of political prisoners": the "of" phrase of a
     * release is who would be freed, the act's patient, not the
     * release's party; the demand is made of whoever holds them. */
    static const char *const freeing[] = {"RELEASE", "RELEASES", "FREEING"};
    if (SR_CS_WORD_AMONG(freeing, cs->words[h])) {
        int32_t p = sr_coder_case_of(cs, c);
        if (p >= 0 && sr_coder_word_eq("OF", cs->words[p]))
            return 0;
    }
    if (f->nagents || f->ethnic || f->head_of_body)
        return 1;
    const char *up = cs->s->tokens[h].upos;
    if (up && (!strcmp(up, "PRON") || !strcmp(up, "NUM")))
        return 1;
    int32_t p = sr_coder_case_of(cs, c);
    if (p >= 0 && sr_coder_word_eq("WITH", cs->words[p]) && names_a_tie(cs, h))
        return 1;
    if (p >= 0 && sr_coder_word_eq("FOR", cs->words[p]) && names_a_camp(cs, h))
        return 1;
    return p < 0 || sr_coder_word_eq("OF", cs->words[p]) ||
           sr_coder_word_eq("BETWEEN", cs->words[p]);
}

int sr_coder_names_ethnicity(const sr_cs_ctx *cx, int32_t t, const sr_actor *act)
{
    const sr_cs_sent *cs = cx->cs;
    if (t <= 0 || !sr_coder_word_eq("ETHNIC", cs->words[t - 1]))
        return 0;
    /* Only a bare country: "ethnic Kurdish Peshmerga" is a force with a
     * code of its own. */
    const sr_actor_code *ac = sr_dict_actor_code_at(act, cx->date);
    return ac && ac->code && strlen(ac->code) == 3 && sr_coder_is_country(ac->code);
}

/* People named by their ethnicity alone ("ethnic Albanians") with no
 * place in their phrase: they are the story country's people, as agents
 * with no actor are (story.c). When the story has no leading country the
 * ethnicity's state is all there is, and it is kept. */
static void ethnic_group(sr_cs_ctx *cx, sr_cs_phrase *out, int32_t h, const found *f)
{
    const char *country = sr_coder_story_country(cx);
    if (!country) {
        add_actor(cx, out, f->ethnic_actor, f->ethnic_at, f);
        return;
    }
    if (out->n >= SR_CS_MAX_ACTORS)
        return;
    sr_cs_actor *x = &out->a[out->n++];
    memset(x, 0, sizeof *x);
    char *base = sr_arena_alloc(cx->arena, 4);
    memcpy(base, country, 3);
    base[3] = '\0';
    x->base = x->code = base;
    x->tok = h;
    x->from_story = 1;
    x->origin = "the one the story has named most (the phrase names an ethnic group)";
}

/* Is h a leader word ("president", "head", "chairman") with an "of" or
 * "at" phrase naming a non-state body ("president of a poultry farmers'
 * association", "vice president at the Carnegie Endowment")? Such a
 * leader heads that body, not a government, so the GOV that the agent
 * dictionary gives the bare word does not apply (round 7's review,
 * issue 5). Bodies that are states' own ("the European Union", "the
 * Security Council", "the committee") are left out: their heads are
 * officials. The president or speaker of a legislature ("president of
 * the national assembly", "speaker of parliament") heads the
 * legislature, whose LEG the body's own word gives. */
static const char *const leader_words[] = {"PRESIDENT", "PRESIDENTS", "HEAD", "HEADS",
                                           "CHAIRMAN", "CHAIRWOMAN", "CHAIR", "CHAIRPERSON",
                                           "LEADER", "LEADERS"};

static const char *const private_body[] = {
    "ASSOCIATION", "ASSOCIATIONS", "FEDERATION", "CONFEDERATION", "ENDOWMENT",
    "INSTITUTE", "FOUNDATION", "CHAMBER", "SOCIETY", "CLUB", "COMPANY",
    "CORPORATION", "FIRM", "UNIVERSITY", "COLLEGE", "COOPERATIVE", "SYNDICATE",
    "TANK"};

/* A legislature: its president or speaker heads the legislature (LEG,
 * from the body's own agent word: "national assembly", "parliament"), not
 * the government (issue 5, round 52). "Congress" and "House" are left
 * out: they are also parties' and firms' names. */
static const char *const legislature[] = {"ASSEMBLY", "PARLIAMENT", "SENATE", "LEGISLATURE"};

static int heads_private_body(const sr_cs_sent *cs, int32_t h)
{
    if (!SR_CS_WORD_AMONG(leader_words, cs->words[h]) && !sr_coder_word_eq("SPEAKER", cs->words[h]))
        return 0;
    for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (cs->rel[c] != SR_CS_NMOD || (!SR_CS_WORD_AMONG(private_body, cs->words[c]) &&
                                         !SR_CS_WORD_AMONG(legislature, cs->words[c])))
            continue;
        int32_t p = sr_coder_case_of(cs, c);
        if (p >= 0 && (sr_coder_word_eq("OF", cs->words[p]) || sr_coder_word_eq("AT", cs->words[p])))
            return 1;
    }
    return 0;
}

/* The sector of a body's members: "Cameroon's Association of Poultry
 * Farmers" is the farmers' (CMRAGR), "Kenya's Federation of Trade
 * Unions" the unions' (KENLAB), "the Union of Journalists" the press's.
 * The body's own word names no sector, and the country its possessor or
 * modifier gives would otherwise stand bare, which reads as the state.
 * Only a private body (private_body) with an "of" phrase whose words name
 * agents and no actor of their own: "the Association of Southeast Asian
 * Nations" names states and is left to the dictionaries. Returns the
 * number of agents put in ag (at most 4). */
static uint32_t members_sector(sr_cs_ctx *cx, int32_t h, int depth, const sr_agent **ag)
{
    const sr_cs_sent *cs = cx->cs;
    if (!SR_CS_WORD_AMONG(private_body, cs->words[h]))
        return 0;
    for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        int32_t p = sr_coder_case_of(cs, c);
        if (cs->rel[c] != SR_CS_NMOD || c < h || p < 0 || !sr_coder_word_eq("OF", cs->words[p]))
            continue;
        sr_cs_phrase sub;
        resolve_full(cx, c, &sub, depth + 1);
        if (sub.n != 1 || sub.a[0].actor || !sub.a[0].nagents)
            return 0;
        uint32_t n = sub.a[0].nagents < 4 ? sub.a[0].nagents : 4;
        memcpy(ag, sub.a[0].agents, n * sizeof ag[0]);
        return n;
    }
    return 0;
}

/* Drops the GOV agents of f (see heads_private_body). */
static void drop_gov(found *f)
{
    uint32_t kept = 0;
    for (uint32_t i = 0; i < f->nagents; i++)
        if (strcmp(f->agent[i]->code, "GOV") != 0)
            f->agent[kept++] = f->agent[i];
    if (kept < f->nagents)
        f->head_of_body = 1;
    f->nagents = kept;
}

/* Does code name an armed group or gang that is not a state's (a REB or
 * CRM part: "IMGREBRAD", "SDNREB", "HTICRM")? */
static int non_state_armed(const char *code)
{
    return code && (has_part(code, "REB") || has_part(code, "CRM"));
}

/* Is h a leader word ("leader", "head", "president") and act's code on
 * the record's date an armed group's or gang's? The leader of such a
 * group heads the group, not a government: "the leader of ISIS", "an
 * al-Shabaab leader" are the group's own code, without the GOV the agent
 * dictionary gives the bare word (round 8's review, issue 5). A group's
 * "officials" or "ministry" are no leader words and keep GOV, as the
 * armed-groups file intends for de facto authorities (the Houthis'
 * officials YEMREBGOV). */
/* "the U.S.-based global lender", "the London-based Amnesty
 * International": a place joined by a hyphen to "based" or
 * "headquartered" says where the body sits, not who it is. When the
 * phrase names an actor of its own after the prefix, that actor is the
 * phrase's; the place still lends its country to a bare agent ("a
 * U.S.-based journalist"), which has no actor of its own. */
static void drop_seat_prefix(const sr_cs_sent *cs, found *f)
{
    static const char *const seat[] = {"BASED", "HEADQUARTERED"};
    if (f->nactors < 2 || f->coordinated)
        return;
    int32_t a = f->at[0];
    for (int32_t p = a + 1; p <= a + 4 && p + 1 < (int32_t)cs->n; p++) {
        if (strcmp(cs->words[p], "-") != 0)
            continue;
        if (!SR_CS_WORD_AMONG(seat, cs->words[p + 1]) || cs->s->tokens[p].space_after ||
            f->at[1] <= p + 1)
            return;
        for (uint32_t i = 1; i < f->nactors; i++) {
            f->actor[i - 1] = f->actor[i];
            f->at[i - 1] = f->at[i];
        }
        f->nactors--;
        return;
    }
}

static int leads_armed_group(const sr_cs_ctx *cx, int32_t h, const char *code)
{
    return SR_CS_WORD_AMONG(leader_words, cx->cs->words[h]) && non_state_armed(code);
}

/* "Russian aircraft including helicopter gunships": people or means
 * named as part of a larger phrase by "including" belong to whom the
 * larger phrase names. The actor of h's governor's own words (first
 * tier), when h is its "including" modifier; else NULL. */
static const sr_actor *including_whole(sr_cs_ctx *cx, int32_t h)
{
    const sr_cs_sent *cs = cx->cs;
    int32_t g = cs->head[h];
    int32_t p = sr_coder_case_of(cs, h);
    if (g < 0 || cs->rel[h] != SR_CS_NMOD || p < 0 || !sr_coder_word_eq("INCLUDING", cs->words[p]))
        return NULL;
    uint8_t *in = phrase_mask(cx);
    mark_tier1(cs, g, 1, in);
    found gf;
    memset(&gf, 0, sizeof gf);
    scan(cx, in, cs->lo[g], cs->hi[g], sr_coder_np_end(cs, g), 0, &gf);
    clear_mask(cs, g, in);
    if (gf.nactors != 1)
        return NULL;
    const sr_actor_code *ac = sr_dict_actor_code_at(gf.actor[0], cx->date);
    return ac && ac->code && strcmp(ac->code, "---") != 0 ? gf.actor[0] : NULL;
}

/* Is h a noun for someone's opponents ("rivals", "critics", "enemies")?
 * Who the possessive or noun modifier before it names is the other side:
 * "Turkey's rival" is not Turkey, "Kremlin critics" are not the Kremlin,
 * "government opponents" are not the government, and the head's "of"
 * phrase lends it no actor ("critics of Gondor"). A name after the head is the opponent
 * itself ("its rival Greece"). Adjectives are left alone: "Afghan rivals"
 * and "Chinese rivals" of a carmaker are mostly Afghans and Chinese
 * firms. */
static int names_opponents(const sr_cs_sent *cs, int32_t h)
{
    static const char *const opp[] = {
        "RIVAL", "RIVALS", "ARCHRIVAL", "ARCHRIVALS", "ARCH-RIVAL", "ARCH-RIVALS",
        "CRITIC", "CRITICS", "OPPONENT", "OPPONENTS", "ENEMY", "ENEMIES", "FOE", "FOES",
        "ADVERSARY", "ADVERSARIES", "DETRACTOR", "DETRACTORS"};
    /* A capitalised one is part of a name ("the Countering America's
     * Adversaries Through Sanctions Act"), and the name stands. */
    const char *up = cs->s->tokens[h].upos;
    if ((up && !strcmp(up, "PROPN")) || (h > 0 && cs->words[h][0] >= 'A' && cs->words[h][0] <= 'Z'))
        return 0;
    return SR_CS_WORD_AMONG(opp, cs->words[h]);
}

/* Clears the subtree of t from the first-tier mask. */
static void unmark(const sr_cs_sent *cs, int32_t t, uint8_t *in)
{
    in[t] = 0;
    for (uint32_t k = cs->kid_start[t]; k < cs->kid_start[t + 1]; k++)
        unmark(cs, (int32_t)cs->kids[k], in);
}

/* Drops from the first tier of the opponents' noun h the possessive and
 * noun modifiers before it (see names_opponents). Returns 1 when h is
 * such a noun. When h is a name with the noun as its modifier ("Turkey's
 * rival Greece"), only the possessive goes: the name is the rival. */
static int unmark_opposed(const sr_cs_sent *cs, int32_t h, uint8_t *in)
{
    int self = names_opponents(cs, h), modifier = 0;
    for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if ((cs->rel[c] == SR_CS_AMOD || cs->rel[c] == SR_CS_COMPOUND) && names_opponents(cs, c))
            modifier = 1;
    }
    if (!self && !modifier)
        return 0;
    for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (c < h && (cs->rel[c] == SR_CS_POSS || (self && cs->rel[c] == SR_CS_COMPOUND)))
            unmark(cs, c, in);
    }
    return self;
}

/* "Freed passengers told media they heard a blast", "the minister said
 * he would resign": a personal pronoun that is the subject of the clause
 * a verb reports stands for that verb's own subject when they agree in
 * number ("they" and a plural or a list, "he" or "she" and a singular).
 * The story's memory holds only phrases with an actor of their own, so
 * without this an agent-only speaker ("passengers") let the pronoun
 * reach back to someone the story named before. Returns the subject, or
 * -1. */
static int32_t reporting_subject(const sr_cs_sent *cs, int32_t h)
{
    static const char *const plural[] = {"THEY", "THEM"};
    if (cs->rel[h] != SR_CS_NSUBJ || cs->head[h] < 0)
        return -1;
    int32_t c = cs->head[h];
    if (cs->rel[c] != SR_CS_CCOMP || cs->head[c] < 0)
        return -1;
    int32_t m = cs->head[c];
    int32_t s = sr_coder_child(cs, m, SR_CS_NSUBJ);
    if (s < 0 || s > h || !cs->nominal[s] || sr_coder_is_reference(cs, s) >= 0)
        return -1;
    const char *x = cs->s->tokens[s].xpos;
    int many = (x && (!strcmp(x, "NNS") || !strcmp(x, "NNPS"))) ||
               sr_coder_child(cs, s, SR_CS_CONJ) >= 0;
    const char *u = cs->s->tokens[s].upos;
    if (!u || (strcmp(u, "NOUN") != 0 && strcmp(u, "PROPN") != 0))
        return -1;
    return many == SR_CS_WORD_AMONG(plural, cs->words[h]) ? s : -1;
}

/* "our soldiers shot dead two militants, and four of them blew themselves
 * up": "them" counted by a number or quantifier ("four of them", "some
 * of them", "many of them") picks out part of a group the sentence has
 * just named, the nearest noun before it when that is plural, not the
 * last actor of the story's memory (the soldiers' allies of the sentence
 * before).
 * Returns that noun, or -1. */
static int32_t partitive_antecedent(const sr_cs_sent *cs, int32_t h)
{
    static const char *const quant[] = {"SOME", "MANY", "MOST", "ALL", "SEVERAL", "FEW",
                                        "BOTH", "NONE", "EACH", "ONE", "DOZENS", "HUNDREDS"};
    if (!sr_coder_word_eq("THEM", cs->words[h]) || cs->rel[h] != SR_CS_NMOD || cs->head[h] < 0)
        return -1;
    int32_t q = cs->head[h], p = sr_coder_case_of(cs, h);
    const char *qu = cs->s->tokens[q].upos;
    if (p < 0 || !sr_coder_word_eq("OF", cs->words[p]) ||
        !((qu && !strcmp(qu, "NUM")) || SR_CS_WORD_AMONG(quant, cs->words[q])))
        return -1;
    /* The nearest noun before, if it is plural: "ambushed a bus, killing
     * 18 of them" counts the bus's passengers, whom the memory may know
     * better than the rebels further back. */
    for (int32_t t = cs->lo[q] - 1; t >= 0; t--) {
        const char *x = cs->s->tokens[t].xpos;
        if (!cs->nominal[t] || !x || strncmp(x, "NN", 2) != 0)
            continue;
        return !strcmp(x, "NNS") || !strcmp(x, "NNPS") ? t : -1;
    }
    return -1;
}

/* "tariffs on Gondor, Arnor and Rohan to pressure them to act": "them"
 * whose nearest noun before it closes a list of names stands for that
 * list. A list of two or more names is plural as "them" is, and the
 * nearest plural antecedent wins as it does for "four of them"; the
 * story's memory holds single actors, and a bare country there is
 * never "them" (bare_place), so without this the pressured countries
 * were dropped and the act aimed at no one. Only names: a common noun
 * list ("roads and bridges") is a thing as often as a party. Returns the
 * list's first conjunct, or -1. */
static int32_t list_antecedent(const sr_cs_sent *cs, int32_t h)
{
    if (!sr_coder_word_eq("THEM", cs->words[h]) || cs->rel[h] == SR_CS_NSUBJ)
        return -1;
    for (int32_t t = h - 1; t >= 0; t--) {
        const char *x = cs->s->tokens[t].xpos;
        if (!cs->nominal[t] || !x || strncmp(x, "NN", 2) != 0)
            continue;
        if (strncmp(x, "NNP", 3) != 0 || cs->rel[t] != SR_CS_CONJ)
            return -1;
        int32_t first = t;
        while (cs->rel[first] == SR_CS_CONJ && cs->head[first] >= 0)
            first = cs->head[first];
        const char *fx = cs->s->tokens[first].xpos;
        return first < t && cs->nominal[first] && fx && !strncmp(fx, "NNP", 3) ? first : -1;
    }
    return -1;
}

/* Resolves one conjunct (no coordination of the head itself). *lent is set
 * when its actors come from a modifier rather than the head word, so that
 * other conjuncts may share them ("Danish media and government"). */
/* Does an agent entry cover the head h itself ("the rebels", "the
 * National Assembly"), rather than only a modifier of it ("a military
 * solution")? */
static int agent_covers_head(const sr_cs_ctx *cx, int32_t h)
{
    const sr_cs_sent *cs = cx->cs;
    size_t m = 0;
    for (int32_t t = cs->lo[h]; t <= h; t++)
        if (sr_dict_agent_match(cx->dict, cs->words, cs->n, (size_t)t, 0, &m) && m &&
            t + (int32_t)m - 1 >= h)
            return 1;
    return 0;
}

/* Is the second-tier modifier c of the head h a party the thing h goes
 * to or is between, while the agent words of h only modify it (see
 * resolve_one)? Appositives count too: an actor set beside a thing by
 * the parse is no part of it. */
static int recipient_of_a_thing(const sr_cs_ctx *cx, int32_t h, int32_t c)
{
    static const char *const to[] = {"TO", "BETWEEN", "WITH", "FOR", "AGAINST", "TOWARD",
                                     "TOWARDS"};
    const sr_cs_sent *cs = cx->cs;
    if (agent_covers_head(cx, h))
        return 0;
    if (cs->rel[c] == SR_CS_APPOS)
        return 1;
    int32_t p = sr_coder_case_of(cs, c);
    return p >= 0 && SR_CS_WORD_AMONG(to, cs->words[p]);
}

/* "his U.N. mission", "their U.N. delegation": a state's mission or
 * delegation to a body, owned by a pronoun, is the owner's, not the
 * body's; the body in the compound is only where it is sent. Returns the
 * possessive pronoun, or -1. ("Iran's U.N. mission" reads Iran first
 * already; "the U.N. mission in Mali", with no owner, is the U.N.'s.) */
static int32_t mission_owner(const sr_cs_sent *cs, int32_t h)
{
    static const char *const mission[] = {"MISSION", "MISSIONS", "DELEGATION", "DELEGATIONS"};
    if (!SR_CS_WORD_AMONG(mission, cs->words[h]))
        return -1;
    for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        const char *up = cs->s->tokens[c].upos;
        if (cs->rel[c] == SR_CS_POSS && up && !strcmp(up, "PRON"))
            return c;
    }
    return -1;
}

static void resolve_one(sr_cs_ctx *cx, int32_t h, sr_cs_phrase *out, found *f, int *lent,
                        int depth)
{
    const sr_cs_sent *cs = cx->cs;
    memset(f, 0, sizeof *f);
    *lent = 0;
    if (depth > 4)
        return;
    int back = sr_coder_is_reference(cs, h);
    if (back >= 0 && personal(cs, h)) {
        int32_t part_of = partitive_antecedent(cs, h);
        if (part_of >= 0) {
            resolve_full(cx, part_of, out, depth + 1);
            return;
        }
        int32_t speaker = reporting_subject(cs, h);
        if (speaker >= 0) {
            resolve_full(cx, speaker, out, depth + 1);
            return;
        }
        int32_t list = list_antecedent(cs, h);
        if (list >= 0) {
            resolve_full(cx, list, out, depth + 1);
            return;
        }
    }
    if (back >= 0) {
        /* "it" needs an actor this sentence named itself: "She added
         * that when it comes to Ukraine" must not reach through "she" to
         * the previous sentence. */
        uint32_t since = back ? cx->recent_sent : cx->named_sent;
        if (cx->nrecent && since + (uint32_t)back >= cx->sent &&
            out->n < SR_CS_MAX_ACTORS && (!personal(cs, h) || !bare_place(&cx->recent[0])) &&
            !(one_person(cs, h) && (impersonal_body(&cx->recent[0]) || cx->recent[0].group)) &&
            !(many_people(cs, h) && cx->recent[0].actor && is_person(cx->recent[0].actor)))
            out->a[out->n++] = cx->recent[0];
        return;
    }
    int32_t owner = mission_owner(cs, h);
    if (owner >= 0) {
        resolve_full(cx, owner, out, depth + 1);
        return;
    }
    uint8_t *in = phrase_mask(cx);
    mark_tier1(cs, h, 1, in);
    int opposed = unmark_opposed(cs, h, in);
    scan(cx, in, cs->lo[h], cs->hi[h], sr_coder_np_end(cs, h), 1, f);
    clear_mask(cs, h, in);
    drop_seat_prefix(cs, f);
    if (f->nagents && heads_private_body(cs, h))
        drop_gov(f);
    if (f->nagents && f->nactors) {
        const sr_actor_code *ac = sr_dict_actor_code_at(f->actor[0], cx->date);
        if (ac && leads_armed_group(cx, h, ac->code))
            drop_gov(f);
    }
    if (f->nactors) {
        uint32_t take = f->coordinated ? f->nactors : 1;
        const sr_agent *members[4];
        uint32_t nmembers = f->nagents ? 0 : members_sector(cx, h, depth, members);
        for (uint32_t i = 0; i < take; i++) {
            uint32_t before = out->n;
            add_actor(cx, out, f->actor[i], f->at[i], f);
            if (out->n > before && nmembers)
                with_agents(cx, &out->a[before], members, nmembers);
            if (f->at[i] != h)
                *lent = 1;
        }
        return;
    }
    /* Second tier: the head's nominal modifiers and appositions. */
    for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (cs->rel[c] != SR_CS_NMOD && cs->rel[c] != SR_CS_APPOS)
            continue;
        if (cs->rel[c] == SR_CS_NMOD && (opposed || !lends_actor(cs, h, c, f)))
            continue;
        sr_cs_phrase sub;
        resolve_full(cx, c, &sub, depth + 1);
        for (uint32_t i = 0; i < sub.n && out->n < SR_CS_MAX_ACTORS; i++) {
            sr_cs_actor x = sub.a[i];
            if (x.actor && f->nagents && x.nagents) {
                /* "the party of former Prime Minister Imran Khan": the
                 * possessor's ELI says the person is out of office, not
                 * the party or body he leads or owns; the head takes the
                 * possessor's actor without it (PAKOPP, not PAKOPPELI). */
                const sr_agent *own[4];
                uint32_t nown = 0;
                for (uint32_t j = 0; j < x.nagents && nown < 4; j++)
                    if (strcmp(x.agents[j]->code, "ELI") != 0)
                        own[nown++] = x.agents[j];
                if (nown < x.nagents) {
                    x.code = sr_coder_actor_compose(cx->arena, x.base, own, nown);
                    memcpy(x.agents, own, nown * sizeof own[0]);
                    x.nagents = nown;
                }
            }
            /* "there is no military solution to the war, and that both
             * Russia and Ukraine need ...", parsed with Russia as an
             * appositive of "solution": an agent word that only
             * modifies a thing ("military") describes the thing, and is
             * not stacked on an actor its appositive names (RUS, not
             * RUSMIL), nor on whom the thing goes to or is between
             * ("military support to Chinese rivals", "military
             * cooperation between Russia and ..."). A head that is an
             * agent ("the rebels, the Seleka") still lends it, and so
             * does a thing's owner or place ("a military base in Rakhine
             * state" is the army's). */
            if (x.actor && f->nagents && !recipient_of_a_thing(cx, h, c)) {
                const sr_agent *ag[4];
                uint32_t nag = 0;
                int armed = leads_armed_group(cx, h, x.code);
                for (uint32_t j = 0; j < f->nagents && nag < 4; j++)
                    if (!armed || strcmp(f->agent[j]->code, "GOV") != 0)
                        ag[nag++] = f->agent[j];
                with_agents(cx, &x, ag, nag);
            }
            out->a[out->n++] = x;
        }
        if (out->n) {
            *lent = 1;
            return;
        }
    }
    if (f->nagents) {
        const sr_actor *whole = including_whole(cx, h);
        if (whole)
            *lent = 1;
        add_actor(cx, out, whole, h, f);
        return;
    }
    if (f->ethnic)
        ethnic_group(cx, out, h, f);
}

/* Does the appositive c name an actor with its own words (not through a
 * modifier or the story)? */
static int appositive_is_actor(const sr_cs_ctx *cx, int32_t c)
{
    const sr_cs_sent *cs = cx->cs;
    size_t m = 0;
    for (int32_t t = cs->lo[c]; t <= c; t++)
        if (sr_dict_actor_match(cx->dict, cs->words, cs->n, (size_t)t, 0, &m) && m &&
            t + (int32_t)m - 1 >= c)
            return 1;
    return 0;
}

/* Is the conjunct c marked by "including" ("members, including two
 * women", the marker parsed as c's case)? */
static int including_part(const sr_cs_sent *cs, int32_t c)
{
    int32_t p = sr_coder_case_of(cs, c);
    return p >= 0 && sr_coder_word_eq("INCLUDING", cs->words[p]);
}

/* Resolves h and its conjuncts. A conjunct that names no actor of its own
 * shares the actors an earlier conjunct has from a modifier. */
static void resolve_full(sr_cs_ctx *cx, int32_t h, sr_cs_phrase *out, int depth)
{
    const sr_cs_sent *cs = cx->cs;
    memset(out, 0, sizeof *out);
    out->head = h;
    if (h < 0)
        return;
    int32_t conj[SR_CS_MAX_ACTORS];
    uint32_t nconj = 0;
    conj[nconj++] = h;
    /* Conjuncts hang off the first (UD) or off each other (some parsers
     * chain them): walk the list breadth first. */
    for (uint32_t q = 0; q < nconj; q++) {
        int32_t at = conj[q];
        for (uint32_t k = cs->kid_start[at];
             k < cs->kid_start[at + 1] && nconj < SR_CS_MAX_ACTORS; k++) {
            int32_t c = (int32_t)cs->kids[k];
            /* A list whose commas the parser read as apposition ("Evil
             * Mordor, the awful Arnor, and good Gondor"): an appositive
             * that is itself an actor joins the list. One that merely
             * describes ("Osgiliath, the state's fiercest foe") does not. */
            if (cs->nominal[c] && (cs->rel[c] == SR_CS_CONJ ||
                                   (cs->rel[c] == SR_CS_APPOS && appositive_is_actor(cx, c))))
                conj[nconj++] = c;
        }
    }
    sr_cs_phrase res[SR_CS_MAX_ACTORS];
    found fs[SR_CS_MAX_ACTORS];
    int lent[SR_CS_MAX_ACTORS];
    int shared = -1;
    for (uint32_t i = 0; i < nconj; i++) {
        memset(&res[i], 0, sizeof res[i]);
        resolve_one(cx, conj[i], &res[i], &fs[i], &lent[i], depth);
        if (shared < 0 && lent[i] && res[i].n && res[i].a[0].actor)
            shared = (int)i;
    }
    for (uint32_t i = 0; i < nconj; i++) {
        int own = 0;
        for (uint32_t j = 0; j < res[i].n; j++)
            if (res[i].a[j].actor)
                own = 1;
        /* "seven militants, including two women": a conjunct that
         * "including" marks and that names no actor of its own is part
         * of the phrase before it, already coded; it is no further
         * member, and its agent is not stacked on the whole's actor
         * (IMGREBRAD + "women" CVL) nor given the story's country.
         * "several states, including Gondor" names its own actor and
         * stays, and so does a part whose whole names no actor ("seven
         * people, including two police officers"). */
        if (!own && i > 0 && including_part(cs, conj[i])) {
            int whole = 0;
            for (uint32_t k = 0; k < i; k++)
                for (uint32_t j = 0; j < res[k].n; j++)
                    if (res[k].a[j].actor)
                        whole = 1;
            if (whole)
                continue;
        }
        /* Forward only: "Danish media and government" are both Danish,
         * but "local clan militias and the U.S. military" does not make
         * the militias American. */
        if (!own && shared >= 0 && nconj > 1 && conj[shared] < conj[i]) {
            for (uint32_t j = 0; j < res[shared].n && out->n < SR_CS_MAX_ACTORS; j++) {
                sr_cs_actor x = res[shared].a[j];
                x.code = x.base;
                x.nagents = 0;
                with_agents(cx, &x, fs[i].agent, fs[i].nagents);
                out->a[out->n++] = x;
            }
            continue;
        }
        for (uint32_t j = 0; j < res[i].n && out->n < SR_CS_MAX_ACTORS; j++)
            out->a[out->n++] = res[i].a[j];
    }
}

/* Three things deep and the actor is scenery ("the road to the camp near
 * the border with Marestan"); one or two deep it may still be what the
 * clause is about ("his march towards adventures in the vicinity of
 * Cirith Ungol", validation DATE-12), so the limit is three. */
int sr_coder_actors_reachable(sr_cs_ctx *cx, int32_t t)
{
    const sr_cs_sent *cs = cx->cs;
    int guard = 0, things = 0;
    while (t >= 0 && cs->rel[t] == SR_CS_NMOD && cs->head[t] >= 0 && guard++ < 16) {
        int32_t h = cs->head[t];
        found f;
        memset(&f, 0, sizeof f);
        /* One scratch mask per sentence, cleared after use: a long
         * sentence asks this for many tokens. */
        uint8_t *in = phrase_mask(cx);
        mark_tier1(cs, h, 1, in);
        scan(cx, in, cs->lo[h], cs->hi[h], sr_coder_np_end(cs, h), 1, &f);
        clear_mask(cs, h, in);
        if (f.nactors)
            return 0; /* the outer phrase names its own actor, tried first */
        if (!lends_actor(cs, h, t, &f) && ++things >= 3)
            return 0;
        t = h;
    }
    return 1;
}

/* "VOA's Korean Service", "the BBC's Persian service": a news outlet's
 * service in a language. The nationality word names the language, not
 * the state, so a statement "told VOA's Korean Service" is not addressed
 * to South Korea. Read when the head is "service" and its possessor names
 * no actor (an outlet the dictionaries do not list as a party);
 * "Russia's Federal Security Service" keeps its actor. */
static int outlet_language_service(sr_cs_ctx *cx, int32_t h, const sr_cs_phrase *p)
{
    const sr_cs_sent *cs = cx->cs;
    if (h < 0 || (uint32_t)h >= cs->n || !p->n ||
        !(sr_coder_word_eq("SERVICE", cs->words[h]) || sr_coder_word_eq("SERVICES", cs->words[h])))
        return 0;
    int32_t poss = sr_coder_child(cs, h, SR_CS_POSS);
    if (poss < 0)
        return 0;
    for (int32_t t = cs->lo[poss]; t <= cs->hi[poss]; t++) {
        size_t m = 0;
        if (sr_dict_actor_match(cx->dict, cs->words, cs->n, (size_t)t, 0, &m) && m)
            return 0;
    }
    for (uint32_t i = 0; i < p->n; i++)
        if (!p->a[i].actor || p->a[i].tok <= cs->hi[poss] || p->a[i].tok >= h)
            return 0;
    return 1;
}

void sr_coder_actors_resolve(sr_cs_ctx *cx, int32_t h, sr_cs_phrase *out)
{
    /* A phrase is looked at several times per sentence (as a subject, as
     * a candidate target of each verb); resolve it once. References are
     * not kept: their answer moves with the story. */
    if (h >= 0 && cx->memo && cx->memo[h]) {
        *out = *cx->memo[h];
        return;
    }
    resolve_full(cx, h, out, 0);
    if (outlet_language_service(cx, h, out))
        out->n = 0;
    sr_coder_story_fill(cx, out);
    if (h >= 0 && sr_coder_is_reference(cx->cs, h) < 0)
        sr_coder_story_remember_bodies(cx, out);
    if (h >= 0 && cx->memo && sr_coder_is_reference(cx->cs, h) < 0) {
        cx->memo[h] = sr_arena_alloc(cx->arena, sizeof **cx->memo);
        *cx->memo[h] = *out;
    }
}
