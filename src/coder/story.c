/* story.c - the country a story is about, for actors the text leaves
 * without one.
 *
 * News names the country once and then speaks of "government troops",
 * "the rebels", "police" or "protesters". PETRARCH2 codes such a phrase
 * as an agent with no actor ("---MIL") and, requiring a dyad, drops the
 * event. A reader knows better: in a story about Syria, government troops
 * are Syria's. So each sentence's actor names are counted by country as
 * the story goes, and a phrase with agents but no actor takes the country
 * the story has named most often so far, this sentence included. When two
 * countries are level the story is about both and nothing is taken: a
 * wrong country is worse than none. Codes that are not countries
 * (IGO, NGO, regions) are not counted. */
#include "coder/coder_internal.h"

#include <stdio.h>
#include <ctype.h>
#include <string.h>

/* CAMEO's three-letter codes that are not countries: international and
 * transnational actors and world regions. CAF and NAM are not here: they
 * are the Central African Republic and Namibia (Central Africa is CFR,
 * North America NMR). */
static const char *const not_countries[] = {
    "IGO", "NGO", "NGM", "MNC", "UIS", "UAF", "AFR", "ASA", "BLK", "BAL", "CAS",
    "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT", "MEA",
    "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST",
    "---",
};

int sr_coder_is_country(const char *code)
{
    if (!code)
        return 0;
    for (int i = 0; i < 3; i++)
        if (code[i] < 'A' || code[i] > 'Z')
            return 0;
    for (size_t i = 0; i < sizeof not_countries / sizeof *not_countries; i++)
        if (memcmp(code, not_countries[i], 3) == 0)
            return 0;
    return 1;
}

static void count_in(sr_cs_tally *t, uint32_t *n, const char *code)
{
    if (!sr_coder_is_country(code))
        return;
    for (uint32_t i = 0; i < *n; i++)
        if (memcmp(t[i].country, code, 3) == 0) {
            t[i].mentions++;
            return;
        }
    if (*n == SR_CS_STORY_COUNTRIES)
        return; /* a story naming this many countries has no one country */
    memcpy(t[*n].country, code, 3);
    t[*n].country[3] = '\0';
    t[(*n)++].mentions = 1;
}

static void count(sr_cs_ctx *cx, const char *code)
{
    count_in(cx->story, &cx->nstory, code);
}

/* The country of a tally named strictly most often, or NULL. */
static const char *most(const sr_cs_tally *t, uint32_t n)
{
    const char *best = NULL;
    uint32_t top = 0, second = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (t[i].mentions > top) {
            second = top;
            top = t[i].mentions;
            best = t[i].country;
        } else if (t[i].mentions > second) {
            second = t[i].mentions;
        }
    }
    return top > second ? best : NULL;
}

/* Does the name ending at token t say where something is: its phrase
 * under "in", "at", "near" or "inside" ("in Afghanistan", "in the Afghan
 * capital"), or under "of" in such a phrase ("in a region of
 * Afghanistan")? */
static int names_a_place(const sr_cs_sent *cs, int32_t t)
{
    static const char *const at[] = {"IN", "AT", "NEAR", "INSIDE"};
    int32_t h = t;
    for (int guard = 0; guard < 8 && h >= 0 &&
                        (cs->rel[h] == SR_CS_COMPOUND || cs->rel[h] == SR_CS_FLAT ||
                         cs->rel[h] == SR_CS_AMOD || cs->rel[h] == SR_CS_POSS);
         guard++)
        h = cs->head[h];
    if (h < 0)
        return 0;
    int32_t p = sr_coder_case_of(cs, h);
    if (p >= 0 && sr_coder_word_eq("OF", cs->words[p]) && cs->rel[h] == SR_CS_NMOD &&
        cs->head[h] >= 0) {
        h = cs->head[h];
        p = sr_coder_case_of(cs, h);
    }
    return p >= 0 && SR_CS_WORD_AMONG(at, cs->words[p]);
}

/* Is code a non-state armed group's: a country or group code followed by
 * a REB or RAD part (SOMREBRAD, AFGREB)? A state's forces (MIL, COP) and
 * a party (OPP) are not. */
static int armed_code(const char *code)
{
    size_t n = strlen(code);
    for (size_t i = 3; i + 3 <= n; i += 3)
        if (!memcmp(code + i, "REB", 3) || !memcmp(code + i, "RAD", 3))
            return 1;
    return 0;
}

void sr_coder_story_count(sr_cs_ctx *cx)
{
    const sr_cs_sent *cs = cx->cs;
    cx->nnamed = 0;
    memcpy(cx->armed_before, cx->armed, sizeof cx->armed);
    cx->armed_tok = -1;
    for (uint32_t i = 0; i < cs->n;) {
        /* Countries are named with capitals ("Syria", "Syrian", "the
         * Kremlin" at its second word): looking up only capitalised words
         * skips most of the sentence at the cost of a lower-case entry. */
        unsigned char c0 = (unsigned char)cs->words[i][0];
        /* Arabic names keep a lower-case article ("al-Shabab",
         * "al-Qaida", split "al" "-" "Shabab"). */
        int article = !strcmp(cs->words[i], "al") && i + 1 < cs->n &&
                      !strcmp(cs->words[i + 1], "-");
        if (!(c0 >= 'A' && c0 <= 'Z') && !article) {
            i++;
            continue;
        }
        size_t m = 0;
        const sr_actor *a = sr_dict_actor_match(cx->dict, cs->words, cs->n, i, 0, &m);
        if (!a || !m || sr_coder_names_ethnicity(cx, (int32_t)i, a)) {
            i += a && m ? (uint32_t)m : 1;
            continue;
        }
        const sr_actor_code *c = sr_dict_actor_code_at(a, cx->date);
        /* A name with a lower-case article is read only for the armed
         * group memory below, not counted: the story counts stay as the
         * capitalised names give them. */
        if (c && !article)
            count(cx, c->code);
        if (c && !article && names_a_place(cs, (int32_t)(i + m - 1)))
            count_in(cx->places, &cx->nplaces, c->code);
        if (c && armed_code(c->code) && strlen(c->code) < sizeof cx->armed) {
            memcpy(cx->armed, c->code, strlen(c->code) + 1);
            cx->armed_tok = (int32_t)i;
        }
        if (c && !article && cx->nnamed < SR_CS_NAMED && strlen(c->code) >= 3) {
            cx->named[cx->nnamed].tok = (int32_t)i;
            memcpy(cx->named[cx->nnamed].code, c->code, 3);
            cx->named[cx->nnamed++].code[3] = '\0';
        }
        i += (uint32_t)m;
    }
}

const char *sr_coder_story_country(const sr_cs_ctx *cx)
{
    return most(cx->story, cx->nstory);
}

/* "A local provincial official told VOA ..." in a story about a U.S.
 * plane that crashed in Afghanistan: local, provincial, district and
 * municipal officials (and police, elders) belong to the country where
 * the story happens, the one it names most as a place, which need not
 * be the one it is most about. NULL when the story names no such place
 * more than any other. */
static const char *local_country(const sr_cs_ctx *cx, int32_t head)
{
    static const char *const local[] = {"LOCAL", "PROVINCIAL", "DISTRICT", "MUNICIPAL"};
    const sr_cs_sent *cs = cx->cs;
    if (head < 0 || (uint32_t)head >= cs->n)
        return NULL;
    int found = 0;
    for (uint32_t k = cs->kid_start[head]; k < cs->kid_start[head + 1] && !found; k++) {
        int32_t c = (int32_t)cs->kids[k];
        found = c < head && (cs->rel[c] == SR_CS_AMOD || cs->rel[c] == SR_CS_COMPOUND) &&
                SR_CS_WORD_AMONG(local, cs->words[c]);
    }
    return found ? most(cx->places, cx->nplaces) : NULL;
}

/* Is the word at head part of an agent phrase ("troops", "government
 * troops")? Only then does the phrase name a kind of actor; an agent word
 * merely modifying a thing ("an official visit", "a military operation")
 * does not make the thing an actor. */
static int agent_covers(const sr_cs_ctx *cx, int32_t t)
{
    const sr_cs_sent *cs = cx->cs;
    for (int32_t start = t >= 3 ? t - 3 : 0; start <= t; start++) {
        size_t m = 0;
        if (sr_dict_agent_match(cx->dict, cs->words, cs->n, (size_t)start, 0, &m) && m &&
            start + (int32_t)m - 1 >= t)
            return 1;
    }
    return 0;
}

/* A phrase also stands for the agent of a hyphenated participle on its
 * head: "rebel-held areas" are where the rebels are, and an airstrike on
 * them strikes the rebels. And a person's name under a title is the
 * title's agent: "President Abdelaziz Bouteflicka", "Judge Alejandro
 * Rivera" (a title is a compound of the name, not a modifier of a thing
 * as in "an official visit"). */
static int head_is_agent(const sr_cs_ctx *cx, int32_t head)
{
    const sr_cs_sent *cs = cx->cs;
    if (!cs || head < 0 || (uint32_t)head >= cs->n)
        return 0;
    if (agent_covers(cx, head))
        return 1;
    const char *upos = cs->s->tokens[head].upos;
    int name = upos && !strcmp(upos, "PROPN");
    for (uint32_t k = cs->kid_start[head]; k < cs->kid_start[head + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (c >= 2 && sr_coder_hyphen_prefix(cs, c, c - 2) && agent_covers(cx, c - 2))
            return 1;
        if (name && c < head && cs->rel[c] == SR_CS_COMPOUND && agent_covers(cx, c))
            return 1;
        /* A hyphenated title is one token the tagger may take for an
         * adjective ("Vice-President Moody Awori" as amod): capitalised
         * and listed as an agent, it is a title all the same. */
        if (name && c < head && cs->rel[c] == SR_CS_AMOD && strchr(cs->words[c], '-') &&
            cs->words[c][0] >= 'A' && cs->words[c][0] <= 'Z' && agent_covers(cx, c))
            return 1;
    }
    return 0;
}

static const char AMBIGUOUS[] = "";

/* The one country the words of subj up to its head name ("its superpower
 * rival China"), AMBIGUOUS for several, or NULL. */
static const char *subject_names(const sr_cs_ctx *cx, int32_t subj)
{
    const sr_cs_sent *cs = cx->cs;
    const char *found = NULL;
    for (uint32_t i = 0; i < cx->nnamed; i++) {
        int32_t t = cx->named[i].tok;
        if (t < cs->lo[subj] || t > subj || !sr_coder_is_country(cx->named[i].code))
            continue;
        if (found && strcmp(found, cx->named[i].code) != 0)
            return AMBIGUOUS;
        found = cx->named[i].code;
    }
    return found;
}

/* "as its rival China expands its navy": a possessive pronoun in an
 * object or oblique of a verb refers to that verb's own subject more often
 * than to anyone named before; the navy is China's, not that of the
 * country the story names most. The country of the one country the
 * subject's words name (up to its head: not a relative clause after it),
 * or NULL. */
static const char *subject_country(const sr_cs_ctx *cx, int32_t head)
{
    const sr_cs_sent *cs = cx->cs;
    int32_t h = head;
    int guard = 0;
    while (h >= 0 && cs->rel[h] == SR_CS_CONJ && guard++ < 16)
        h = cs->head[h];
    if (h < 0 || (cs->rel[h] != SR_CS_OBJ && cs->rel[h] != SR_CS_OBL && cs->rel[h] != SR_CS_IOBJ))
        return NULL;
    int32_t v = cs->head[h];
    int32_t subj = v >= 0 ? sr_coder_child(cs, v, SR_CS_NSUBJ) : -1;
    const char *found = subj >= 0 ? subject_names(cx, subj) : NULL;
    if (!found || found == AMBIGUOUS)
        return NULL;
    /* "Israel said Hamas attacked its soldiers": in reported speech the
     * pronoun may be the speaker's; when a verb whose complement holds
     * this clause has a subject naming another country, the owner is
     * not clear and the older reading stands. */
    guard = 0;
    for (int32_t c = v; c >= 0 && cs->head[c] >= 0 && guard++ < 16; c = cs->head[c]) {
        if (cs->rel[c] != SR_CS_CCOMP && cs->rel[c] != SR_CS_PARATAXIS)
            continue;
        int32_t s2 = sr_coder_child(cs, cs->head[c], SR_CS_NSUBJ);
        const char *other = s2 >= 0 ? subject_names(cx, s2) : NULL;
        if (other && (other == AMBIGUOUS || strcmp(other, found) != 0))
            return NULL;
    }
    return found;
}

/* "sanctions on Sali Vesk and members of his family": "his" or "her" right
 * after a person's name that names no actor is that person's, whose
 * country the text does not give: neither the actor last remembered
 * (often the speaker's country) nor the story's country is the owner's.
 * The nearest proper noun before the possessive, with no actor's name
 * between, decides; a name the dictionaries know, or one with a title
 * (an agent word) in its phrase, is left to the memory as before. */
static int owned_by_unknown_person(const sr_cs_ctx *cx, int32_t poss)
{
    const sr_cs_sent *cs = cx->cs;
    if (!sr_coder_word_eq("HIS", cs->words[poss]) && !sr_coder_word_eq("HER", cs->words[poss]))
        return 0;
    for (int32_t t = poss - 1; t >= 0; t--) {
        for (uint32_t i = 0; i < cx->nnamed; i++)
            if (cx->named[i].tok == t)
                return 0;
        const char *up = cs->s->tokens[t].upos;
        if (up && !strcmp(up, "PROPN")) {
            int32_t h = t;
            while ((cs->rel[h] == SR_CS_FLAT || cs->rel[h] == SR_CS_COMPOUND) && cs->head[h] >= 0)
                h = cs->head[h];
            for (uint32_t i = 0; i < cx->nnamed; i++)
                if (cx->named[i].tok >= cs->lo[h] && cx->named[i].tok <= cs->hi[h])
                    return 0;
            /* "Prime Minister Kessar and members of his government": a
             * title in the run of capitalised words says whose official
             * he is. */
            int32_t w = t;
            while (w > 0 && isupper((unsigned char)cs->words[w - 1][0]))
                w--;
            for (; w <= t; w++) {
                size_t m = 0;
                if (sr_dict_agent_match(cx->dict, cs->words, cs->n, (size_t)w, 0, &m))
                    return 0;
            }
            return 1;
        }
    }
    return 0;
}

/* "its air force", "their troops": the owner is the last actor named, not
 * the story's country ("the Kremlin said its air force would help the
 * Syrian army" is about Russia's air force in a story about Syria). */
static const char *owner_country(const sr_cs_ctx *cx, int32_t head)
{
    const sr_cs_sent *cs = cx->cs;
    int32_t poss = sr_coder_child(cs, head, SR_CS_POSS);
    if (poss < 0)
        return NULL;
    static const char *const pronouns[] = {"ITS", "THEIR", "HIS", "HER"};
    int is_pronoun = 0;
    for (size_t k = 0; k < sizeof pronouns / sizeof *pronouns; k++)
        is_pronoun |= sr_coder_word_eq(pronouns[k], cs->words[poss]);
    if (!is_pronoun)
        return NULL;
    const char *own = subject_country(cx, head);
    if (own)
        return own;
    if (!cx->nrecent || !sr_coder_is_country(cx->recent[0].base))
        return NULL;
    return cx->recent[0].base;
}

/* Does the oblique or nominal modifier c name a place by a proper noun
 * under "in" ("in Hong Kong")? The country the sentence names there, or
 * NULL. "in defiance of Chinese authorities" is no place: its head is a
 * common noun. */
static const char *place_named(const sr_cs_ctx *cx, int32_t c)
{
    const sr_cs_sent *cs = cx->cs;
    const char *upos = cs->s->tokens[c].upos;
    int32_t p = sr_coder_case_of(cs, c);
    if (!upos || strcmp(upos, "PROPN") != 0 || p < 0 || !sr_coder_word_eq("IN", cs->words[p]))
        return NULL;
    for (uint32_t i = 0; i < cx->nnamed; i++) {
        int32_t t = cx->named[i].tok;
        if (t >= cs->lo[c] && t <= c && sr_coder_is_country(cx->named[i].code))
            return cx->named[i].code;
    }
    return NULL;
}

/* "Hundreds of thousands of people blocked streets in Hong Kong": people
 * whose own clause names the place they act in are that place's, when the
 * story is about two countries or none (here Hong Kong and China, level).
 * Read for the subject of a verb: the verb's "in" oblique, or one on its
 * object. Tried before the story's country, it gave a Botswanan ministry
 * to Britain for "engagements carried out in the U.K.". */
static const char *place_country(const sr_cs_ctx *cx, int32_t head)
{
    const sr_cs_sent *cs = cx->cs;
    if (head < 0 || (uint32_t)head >= cs->n ||
        (cs->rel[head] != SR_CS_NSUBJ && cs->rel[head] != SR_CS_NSUBJPASS) || cs->head[head] < 0)
        return NULL;
    int32_t v = cs->head[head];
    for (uint32_t k = cs->kid_start[v]; k < cs->kid_start[v + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        const char *country = NULL;
        if (cs->rel[c] == SR_CS_OBL)
            country = place_named(cx, c);
        for (uint32_t j = cs->kid_start[c]; !country && cs->rel[c] == SR_CS_OBJ &&
                                            j < cs->kid_start[c + 1]; j++)
            if (cs->rel[cs->kids[j]] == SR_CS_NMOD)
                country = place_named(cx, (int32_t)cs->kids[j]);
        if (country)
            return country;
    }
    return NULL;
}

/* "foreign journalists", "international observers": the phrase says the
 * people are not the story country's own. So does a word of a region
 * wider than a country ("European peacekeepers", "Western diplomats",
 * "African leaders"): a nationality the actors file knows gives the
 * phrase its own actor before this is asked, so what is left names
 * people of many countries, or of one the text does not say. */
static int said_to_be_foreign(const sr_cs_ctx *cx, int32_t head)
{
    static const char *const words[] = {"FOREIGN", "INTERNATIONAL", "OVERSEAS", "EXPATRIATE"};
    static const char *const regions[] = {"EUROPEAN", "WESTERN", "AFRICAN", "ASIAN", "ARAB"};
    const sr_cs_sent *cs = cx->cs;
    /* A region word is read so only on a common noun: on a name it is
     * part of the name ("the European Community", which a dictionary
     * may lack). */
    const char *hu = cs->s->tokens[head].upos;
    int common = hu && !strcmp(hu, "NOUN") &&
                 !(cs->words[head][0] >= 'A' && cs->words[head][0] <= 'Z');
    /* "the three military-led nations", "governments continue talks":
     * several countries are not the story's one. */
    static const char *const polities[] = {"NATIONS", "COUNTRIES", "GOVERNMENTS"};
    if (common && SR_CS_WORD_AMONG(polities, cs->words[head]))
        return 1;
    /* "the foreign ministers", "the prime ministers": an office a country
     * has one of, in the plural, is held in several countries (not when
     * they are former holders: "two former prime ministers"). */
    static const char *const offices[] = {"FOREIGN", "PRIME", "DEFENSE", "DEFENCE", "FINANCE"};
    if (common && sr_coder_word_eq("MINISTERS", cs->words[head])) {
        int office = 0, former = 0;
        for (uint32_t k = cs->kid_start[head]; k < cs->kid_start[head + 1]; k++) {
            int32_t c = (int32_t)cs->kids[k];
            office |= SR_CS_WORD_AMONG(offices, cs->words[c]);
            former |= sr_coder_word_eq("FORMER", cs->words[c]);
        }
        if (office && !former)
            return 1;
    }
    /* The word may hang on the head or, one level down, on a noun that
     * modifies it: parsers attach "international" in "international
     * rights groups" to "rights" (as amod, or as a conjunct when the
     * phrase ends a list), and it still describes the groups. */
    for (int32_t c = cs->lo[head]; c >= 0 && c < head; c++) {
        int32_t h = cs->head[c];
        if (cs->rel[c] != SR_CS_AMOD && cs->rel[c] != SR_CS_COMPOUND &&
            !(cs->rel[c] == SR_CS_CONJ && h > c))
            continue;
        if (h != head && (h < 0 || h >= head || cs->head[h] != head ||
                          cs->rel[h] != SR_CS_COMPOUND))
            continue;
        /* "foreign minister", "Foreign Office": the word is part of a
         * title the agents list, not a nationality. */
        for (size_t i = 0; i < sizeof words / sizeof *words; i++)
            if (sr_coder_word_eq(words[i], cs->words[c]) && !agent_covers(cx, c))
                return 1;
        for (size_t i = 0; common && i < sizeof regions / sizeof *regions; i++)
            if (sr_coder_word_eq(regions[i], cs->words[c]) && !agent_covers(cx, c))
                return 1;
    }
    return 0;
}

/* "Africa's ruling parties", "Across the continent, opposition parties
 * have complained", "global condemnation with many leaders and groups
 * calling for their release": a continent or the world as the phrase's
 * possessor, as the frame of its clause ("across", "around",
 * "throughout"), or a "global", "worldwide" or "international" noun the
 * phrase hangs on, puts the people in many countries, not in the one the
 * story names most. A name with a compound ("South Africa") is a
 * country and gives the phrase its actor before this is asked. */
static int wider_than_a_country(const sr_cs_ctx *cx, int32_t head)
{
    static const char *const wide[] = {"AFRICA", "EUROPE", "ASIA",  "WORLD",
                                       "GLOBE",  "CONTINENT", "AMERICAS"};
    static const char *const frames[] = {"ACROSS", "AROUND", "THROUGHOUT"};
    static const char *const global[] = {"GLOBAL", "WORLDWIDE", "INTERNATIONAL"};
    const sr_cs_sent *cs = cx->cs;
    int32_t poss = sr_coder_child(cs, head, SR_CS_POSS);
    if (poss >= 0 && SR_CS_WORD_AMONG(wide, cs->words[poss]) &&
        sr_coder_child(cs, poss, SR_CS_COMPOUND) < 0 && sr_coder_child(cs, poss, SR_CS_FLAT) < 0)
        return 1;
    int32_t h = head;
    for (int guard = 0; cs->rel[h] == SR_CS_CONJ && cs->head[h] >= 0 && guard < 16; guard++)
        h = cs->head[h];
    int32_t g = cs->head[h];
    if (g < 0)
        return 0;
    if (cs->rel[h] == SR_CS_NSUBJ || cs->rel[h] == SR_CS_NSUBJPASS)
        for (uint32_t k = cs->kid_start[g]; k < cs->kid_start[g + 1]; k++) {
            int32_t c = (int32_t)cs->kids[k];
            int32_t pr = sr_coder_case_of(cs, c);
            if (cs->rel[c] == SR_CS_OBL && pr >= 0 && SR_CS_WORD_AMONG(frames, cs->words[pr]) &&
                SR_CS_WORD_AMONG(wide, cs->words[c]))
                return 1;
        }
    if (cs->rel[h] == SR_CS_NMOD)
        for (uint32_t k = cs->kid_start[g]; k < cs->kid_start[g + 1]; k++) {
            int32_t c = (int32_t)cs->kids[k];
            if (cs->rel[c] == SR_CS_AMOD && SR_CS_WORD_AMONG(global, cs->words[c]))
                return 1;
        }
    return 0;
}

/* "Iberdrola spokesman Eduardo Gonzalez": a name under a spokesperson's
 * title that is itself under a proper noun which names neither an actor
 * nor an agent speaks for that body, one the dictionaries do not know (a
 * company, a club, a party), not for the story country's government. A
 * spokesperson of the state has an agent ("Interior Ministry
 * spokesman") or an actor ("Kremlin spokesman") there. */
static int title_of_unknown_body(const sr_cs_ctx *cx, int32_t head)
{
    const sr_cs_sent *cs = cx->cs;
    const char *hu = cs->s->tokens[head].upos;
    if (!hu || strcmp(hu, "PROPN") != 0)
        return 0;
    int32_t title = -1;
    for (uint32_t k = cs->kid_start[head]; k < cs->kid_start[head + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (c < head && cs->rel[c] == SR_CS_COMPOUND && agent_covers(cx, c)) {
            title = c;
            break;
        }
    }
    /* Only a spokesperson: "Central Java Governor Ganjar Pranowo" holds a
     * state's office in a place the gazetteer, not the actors, knows. */
    static const char *const spokes[] = {"SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON"};
    if (title < 0 || !SR_CS_WORD_AMONG(spokes, cs->words[title]))
        return 0;
    for (int32_t d = cs->lo[head]; d < title; d++) {
        const char *du = cs->s->tokens[d].upos;
        int32_t dh = cs->head[d];
        if (!du || strcmp(du, "PROPN") != 0 || cs->rel[d] != SR_CS_COMPOUND ||
            (dh != head && dh != title) || agent_covers(cx, d))
            continue;
        int actor = 0;
        for (int32_t st = d >= 3 ? d - 3 : 0; st <= d && !actor; st++) {
            size_t m = 0;
            if (sr_dict_actor_match(cx->dict, cs->words, cs->n, (size_t)st, 0, &m) && m &&
                st + (int32_t)m - 1 >= d)
                actor = 1;
        }
        if (!actor)
            return 1;
    }
    return 0;
}

/* "A spokesperson said the State Department does not comment ...": a
 * spokesperson named by the bare word, with nothing saying whose (no
 * modifier, name or "for"/"of" phrase), speaks for a body the story
 * named before, which may be any party to it; the country named most is
 * a guess, so none is given. "Military spokesperson", "a State
 * Department spokesperson", "a spokesman for the president" are not
 * touched. */
static int bare_spokesperson(const sr_cs_ctx *cx, int32_t t)
{
    const sr_cs_sent *cs = cx->cs;
    static const char *const spokes[] = {"SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON"};
    if (t < 0 || !SR_CS_WORD_AMONG(spokes, cs->words[t]))
        return 0;
    for (uint32_t k = cs->kid_start[t]; k < cs->kid_start[t + 1]; k++) {
        sr_cs_rel r = (sr_cs_rel)cs->rel[cs->kids[k]];
        if (r != SR_CS_DET && r != SR_CS_PUNCT)
            return 0;
    }
    return 1;
}

/* Refugees, migrants and asylum seekers have crossed a border: in a
 * story set where they arrived ("refugees in Kenya", "migrants sent to
 * Guantanamo") the country named most is their host, not theirs, so a
 * phrase of such people without an actor of its own takes no country.
 * Migrants are CVL in dict/agents.txt (they are not refugees), so they
 * are known by their agent's phrase (MIGRANT, MIGRANTS and the like). */
static int displaced(const sr_cs_actor *a)
{
    for (uint32_t i = 0; i < a->nagents; i++) {
        const sr_agent *ag = a->agents[i];
        if (!ag)
            continue;
        if (ag->code && strcmp(ag->code, "REF") == 0)
            return 1;
        if (ag->phrase && strncmp(ag->phrase, "MIGRANT", 7) == 0)
            return 1;
    }
    return 0;
}

/* Analysts and academics are quoted for comment from anywhere: a bare
 * "analysts say ..." is no sign of the story's country, and the analysts
 * are not that state's; only a country of their own phrase ("American
 * analysts", "an Italian sinologist") gives them one. An intelligence
 * analyst (SPY) is a state's and is not among them. */
static int commentator(const sr_cs_actor *a)
{
    static const char *const heads[] = {"ANALYST", "POLITICAL_ANALYST", "SINOLOGIST",
                                        "ACADEMIC"};
    for (uint32_t i = 0; i < a->nagents; i++) {
        const sr_agent *ag = a->agents[i];
        if (!ag || !ag->phrase)
            continue;
        for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++)
            if (strncmp(ag->phrase, heads[k], strlen(heads[k])) == 0)
                return 1;
    }
    return 0;
}

int sr_coder_phrase_displaced(const sr_cs_phrase *p)
{
    if (!p->n)
        return 0;
    for (uint32_t i = 0; i < p->n; i++)
        if (p->a[i].actor || !displaced(&p->a[i]))
            return 0;
    return 1;
}

void sr_coder_story_remember_bodies(sr_cs_ctx *cx, const sr_cs_phrase *p)
{
    for (uint32_t i = 0; i < p->n; i++) {
        const sr_cs_actor *a = &p->a[i];
        if (!a->actor || a->from_story || !a->base || sr_coder_is_country(a->base) ||
            !strncmp(a->base, "---", 3) || strlen(a->base) >= sizeof cx->bodies[0].base)
            continue;
        for (uint32_t k = 0; k < a->nagents; k++) {
            const sr_agent *ag = a->agents[k];
            if (!ag)
                continue;
            uint32_t j = 0;
            while (j < cx->nbodies && cx->bodies[j].agent != ag)
                j++;
            if (j == cx->nbodies)
                j = cx->nbodies < SR_CS_BODIES ? cx->nbodies++ : SR_CS_BODIES - 1;
            memmove(&cx->bodies[1], &cx->bodies[0], j * sizeof cx->bodies[0]);
            cx->bodies[0].agent = ag;
            snprintf(cx->bodies[0].base, sizeof cx->bodies[0].base, "%s", a->base);
        }
    }
}

/* Is t introduced by "the"? */
static int definite(const sr_cs_sent *cs, int32_t t)
{
    for (uint32_t k = cs->kid_start[t]; k < cs->kid_start[t + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (cs->rel[c] == SR_CS_DET && sr_coder_word_eq("THE", cs->words[c]))
            return 1;
    }
    return 0;
}

static const char *body_of_agent(const sr_cs_ctx *cx, const sr_agent *ag)
{
    for (uint32_t j = 0; ag && j < cx->nbodies; j++)
        if (cx->bodies[j].agent == ag)
            return cx->bodies[j].base;
    return NULL;
}

/* "The court regrets ...", "The court's president ..." after "the United
 * Nations' highest court": a definite phrase of an agent word the story
 * has already given to a body other than a country refers back to that
 * body; the country the story names most is the party before the court,
 * not the court. Read on the phrase's own head or on its possessor. */
static const char *body_named_before(const sr_cs_ctx *cx, const sr_cs_actor *a, int32_t head)
{
    const sr_cs_sent *cs = cx->cs;
    int32_t t = a->tok;
    if (!cx->nbodies || t < 0 || (uint32_t)t >= cs->n)
        return NULL;
    if (definite(cs, t))
        for (uint32_t i = 0; i < a->nagents; i++) {
            const char *b = body_of_agent(cx, a->agents[i]);
            if (b)
                return b;
        }
    /* The possessor hangs on the phrase's head ("The court's president,
     * Judge Joan Donoghue": the agent is the apposition's title). */
    int32_t poss = sr_coder_child(cs, t, SR_CS_POSS);
    if (poss < 0 && head >= 0 && (uint32_t)head < cs->n)
        poss = sr_coder_child(cs, head, SR_CS_POSS);
    if (poss < 0 || !definite(cs, poss))
        return NULL;
    size_t m = 0;
    const sr_agent *ag = sr_dict_agent_match(cx->dict, cs->words, cs->n, (size_t)poss, 0, &m);
    return ag && m == 1 ? body_of_agent(cx, ag) : NULL;
}

/* Is a an armed group other than a state's forces (an agent coded REB,
 * RAD or UAF: militants, rebels, insurgents, jihadists, gunmen)? */
static int armed_group(const sr_cs_actor *a)
{
    for (uint32_t i = 0; i < a->nagents; i++) {
        const char *c = a->agents[i] ? a->agents[i]->code : NULL;
        if (c && (strstr(c, "REB") || strstr(c, "RAD") || !strcmp(c, "UAF")))
            return 1;
    }
    return 0;
}

/* "militants based in Afghanistan", "fighters hiding in Syria",
 * "militants present on Afghan soil": an armed group that its own
 * participle or adjective places in a country is that country's, not the
 * story's (a story about Pakistan blaming them). The country named under
 * "in", "on", "inside" or "from" in that modifier, or NULL. A state's
 * troops are not read so: "troops stationed in Germany" are still the
 * story country's. */
static const char *placed_by_modifier(const sr_cs_ctx *cx, const sr_cs_actor *a, int32_t head)
{
    const sr_cs_sent *cs = cx->cs;
    static const char *const preps[] = {"IN", "ON", "INSIDE", "FROM"};
    if (!armed_group(a) || head < 0 || (uint32_t)head >= cs->n)
        return NULL;
    for (uint32_t k = cs->kid_start[head]; k < cs->kid_start[head + 1]; k++) {
        int32_t m = (int32_t)cs->kids[k];
        if (m < head || (cs->rel[m] != SR_CS_ACL && cs->rel[m] != SR_CS_AMOD))
            continue;
        for (uint32_t j = cs->kid_start[m]; j < cs->kid_start[m + 1]; j++) {
            int32_t c = (int32_t)cs->kids[j];
            int32_t pr = sr_coder_case_of(cs, c);
            if (cs->rel[c] != SR_CS_OBL || pr < 0 || !SR_CS_WORD_AMONG(preps, cs->words[pr]))
                continue;
            for (uint32_t i = 0; i < cx->nnamed; i++) {
                int32_t t = cx->named[i].tok;
                if (t >= cs->lo[c] && t <= c && sr_coder_is_country(cx->named[i].code))
                    return cx->named[i].code;
            }
        }
    }
    return NULL;
}

/* "Somalia-based al-Shabab has been attacking Kenyan troops ... the
 * militants launched a brazen assault": a definite phrase of an armed
 * group with no actor of its own ("the militants", "the rebels", "the
 * insurgents", "the terror group", "the group's fighters") refers back
 * to the armed group the story named last; the country the story names
 * most is often the one the group fights. Without "the" ("militants
 * attacked", "two gunmen") it is no reference and is left to the story's
 * country. */
static const char *armed_group_named_before(const sr_cs_ctx *cx, const sr_cs_actor *a)
{
    const sr_cs_sent *cs = cx->cs;
    int32_t t = a->tok;
    /* A group this sentence names only after the phrase is no antecedent:
     * in "The rebels attacked Hamas positions" the rebels are others. */
    const char *group = cx->armed_tok < 0 || cx->armed_tok < t ? cx->armed : cx->armed_before;
    if (!group[0] || !armed_group(a) || t < 0 || (uint32_t)t >= cs->n)
        return NULL;
    if (definite(cs, t))
        return group;
    int32_t poss = sr_coder_child(cs, t, SR_CS_POSS);
    if (poss >= 0 && definite(cs, poss) && sr_coder_word_eq("GROUP", cs->words[poss]))
        return group;
    return NULL;
}

void sr_coder_story_fill(sr_cs_ctx *cx, sr_cs_phrase *p)
{
    if (cx->agents_alone)
        return;
    for (uint32_t i = 0; i < p->n; i++) {
        sr_cs_actor *a = &p->a[i];
        if (a->actor || !a->nagents || strncmp(a->base, "---", 3) != 0 ||
            displaced(a) || commentator(a) || !head_is_agent(cx, a->tok) || said_to_be_foreign(cx, a->tok) ||
            wider_than_a_country(cx, a->tok) ||
            title_of_unknown_body(cx, a->tok) || bare_spokesperson(cx, a->tok))
            continue;
        int32_t poss = sr_coder_child(cx->cs, a->tok, SR_CS_POSS);
        if (poss >= 0 && owned_by_unknown_person(cx, poss))
            continue;
        const char *country = owner_country(cx, a->tok);
        a->origin = "the owner its/their refers to";
        a->from_owner = country != NULL;
        if (!country) {
            country = placed_by_modifier(cx, a, p->n == 1 ? p->head : a->tok);
            a->origin = "the place its own modifier puts it in";
        }
        if (!country) {
            country = armed_group_named_before(cx, a);
            a->origin = "the armed group the story named last";
        }
        if (!country) {
            country = body_named_before(cx, a, p->head);
            a->origin = "the body of that kind the story named before";
        }
        if (!country) {
            country = local_country(cx, a->tok);
            a->origin = "the one the story names most as a place, for local people";
        }
        if (!country) {
            country = sr_coder_story_country(cx);
            a->origin = "the one the story has named most";
        }
        if (!country) {
            country = place_country(cx, p->head);
            a->origin = "the place its clause names";
        }
        if (!country)
            continue;
        /* An armed group keeps its whole code (SOMREBRAD, not SOM). */
        size_t len = sr_coder_is_country(country) && country != cx->armed &&
                             country != cx->armed_before
                         ? 3
                         : strlen(country);
        char *base = sr_arena_alloc(cx->arena, len + 1);
        memcpy(base, country, len);
        base[len] = '\0';
        a->base = base;
        a->code = sr_coder_actor_compose(cx->arena, base, a->agents, a->nagents);
        a->from_story = 1;
    }
}
