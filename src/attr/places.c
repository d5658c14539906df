/* Place mentions and the choice of an event's place; see places.h and
 * docs/attributes.md (Locations). */
#include "attr/places.h"
#include "attr/words.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

/* A run of capitalised words longer than this is a title or a list, not a
 * place name; tokens count hyphens and particles ("Deir ez - Zor"). */
enum { MAX_WORDS = 4, MAX_SPAN_TOKENS = 7 };
/* Below this population a one-word place is believed only when it lies in
 * a country of the event or the story: most such names are also ordinary
 * words or surnames ("Hope", "Police", "Mission"). */
enum { SMALL_PLACE = 20000 };
/* How far into the record a dateline may start, and how long it may be. */
enum { DATELINE_SCAN = 600, DATELINE_MAX = 120 };

#define LIST_END NULL

static const char *const calendar_words[] = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", LIST_END};
/* Continents and broad regions: not in the gazetteer (it holds populated
 * places, admin1 regions and countries), yet each shares its name with
 * some town ("Africa" is also a village in Mexico). */
static const char *const world_regions[] = {
    "africa", "europe", "asia", "america", "americas", "oceania", "caucasus", "balkans",
    "mideast", "sahel", "maghreb", "levant", "arctic", "scandinavia", "siberia", LIST_END};
static const char *const admin_words[] = {
    "province", "governorate", "governate", "region", "state", "oblast", "prefecture",
    LIST_END};
static const char *const speech_verbs[] = {
    "said", "says", "say", "told", "tells", "added", "stated", "announced", "claimed",
    "warned", "wrote", "reported", "insisted", "argued", LIST_END};
/* Prepositions that put a place at the scene of the clause's event. */
static const char *const scene_preps[] = {
    "in", "at", "near", "on", "outside", "around", "across", "of", "inside", "throughout",
    "within", "over", LIST_END};
/* Prepositions of a destination ("travel to Washington"). */
static const char *const destination_preps[] = {
    "to", "into", "toward", "towards", LIST_END};
/* Lower-case words allowed inside a multi-word name ("Deir ez-Zor", "Bab
 * al-Hawa", "Saint-Étienne", "Stratford upon Avon"). */
static const char *const name_particles[] = {
    "al", "el", "ez", "es", "ed", "ad", "as", "ash", "an", "ar", "de", "du", "la", "le",
    "di", "da", "del", "der", "den", "van", "von", "of", "upon", "on", "sur", "am", "im",
    "bin", "ibn", "-", LIST_END};

static int in_list(const char *form, const char *const *list)
{
    if (!form)
        return 0;
    for (; *list; list++)
        if (sr_attr_word_is(form, *list, 0))
            return 1;
    return 0;
}

static int is(const char *s, const char *want)
{
    return s && strcmp(s, want) == 0;
}

/* Whether s begins with want followed by nothing or a ':' subtype. */
static int rel_is(const char *s, const char *want)
{
    if (!s)
        return 0;
    size_t n = strlen(want);
    return strncmp(s, want, n) == 0 && (s[n] == 0 || s[n] == ':');
}

static int32_t head_of(const sr_sentence *s, uint32_t k)
{
    int32_t h = s->tokens[k].head;
    return h >= 1 && (uint32_t)h <= s->ntokens ? h - 1 : -1;
}

/* First letter upper case, in any script ("Łódź", "Île-de-France"). */
static int capitalised(const char *form)
{
    if (!form || !form[0])
        return 0;
    unsigned char c = (unsigned char)form[0];
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)form, -1, &cp) <= 0)
        return 0;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static int has_lower_ascii(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] >= 'a' && p[i] <= 'z')
            return 1;
    return 0;
}

/* The name the tokens first..last spell, with a space where the text had
 * one ("Tall Rifat", "Deir ez-Zor"). Returns its length, 0 when it does not
 * fit. */
static size_t span_name(const sr_sentence *s, uint32_t first, uint32_t last, char *buf,
                        size_t size)
{
    size_t n = 0;
    for (uint32_t k = first; k <= last; k++) {
        const sr_token *t = &s->tokens[k];
        if (!t->form)
            return 0;
        if (k > first) {
            const sr_token *p = &s->tokens[k - 1];
            /* Offsets decide; a given parse that could not be aligned has
             * empty spans, and then SpaceAfter does. */
            int space = p->start == p->end || t->start == t->end ? p->space_after
                                                                 : p->end < t->start;
            if (space) {
                if (n + 1 >= size)
                    return 0;
                buf[n++] = ' ';
            }
        }
        size_t len = strlen(t->form);
        if (n + len >= size)
            return 0;
        memcpy(buf + n, t->form, len);
        n += len;
    }
    buf[n] = 0;
    return n;
}

/* ---------------------------------------------------------------- story */

/* The weight of a country the story is about, or 0. Only the main
 * countries count, those mentioned at least half as often as the most
 * mentioned one: a Paris story that names Britain once is still not a
 * British story. */
static uint32_t story_weight(const sr_places *p, const char *code)
{
    uint32_t max = 0, w = 0;
    for (uint32_t i = 0; i < p->ncountries; i++) {
        if (p->countries[i].weight > max)
            max = p->countries[i].weight;
        if (strcmp(p->countries[i].code, code) == 0)
            w = p->countries[i].weight;
    }
    return 2 * w >= max ? w : 0;
}

static void add_country(sr_places *p, const char *code, uint32_t w)
{
    for (uint32_t i = 0; i < p->ncountries; i++)
        if (strcmp(p->countries[i].code, code) == 0) {
            p->countries[i].weight += w;
            return;
        }
    if (p->ncountries == SR_PLACES_MAX_COUNTRIES)
        return;
    sr_story_country *c = &p->countries[p->ncountries++];
    snprintf(c->code, sizeof c->code, "%s", code);
    c->weight = w;
}

/* ---------------------------------------------------------------- choice */

/* The countries an event's actors belong to: CAMEO actor codes start with
 * an ISO alpha-3 code (SYRREB, RUSMIL); IGO, NGO and sector codes do not
 * name a country and are left out by the gazetteer's country table. Each
 * keeps the words it was coded from. */
typedef struct context {
    const char *actors[2];
    const char *texts[2];
    size_t nactors;
    int use_actors;   /* 0 for a destination: a traveller's home says nothing of it */
} context;

static void add_actor(const sr_gazetteer *g, const char *code, const char *text, context *cx)
{
    if (!code || strlen(code) < 3)
        return;
    char c3[4];
    for (int i = 0; i < 3; i++) {
        if (code[i] < 'A' || code[i] > 'Z')
            return;
        c3[i] = code[i];
    }
    c3[3] = 0;
    sr_gazetteer_place p;
    if (sr_gazetteer_country(g, c3, &p) && strcmp(p.country, c3) == 0) {
        cx->texts[cx->nactors] = text;
        cx->actors[cx->nactors++] = p.country;
    }
}

/* Whether code is an actor's country. An actor coded from the very words
 * of the mention ("the northern city of Tripoli" as LBY) is the
 * dictionary's guess about the same name, not evidence about it. */
static int actor_country(const context *cx, const char *code, const char *name)
{
    for (size_t i = 0; cx && cx->use_actors && i < cx->nactors; i++)
        if (strcmp(cx->actors[i], code) == 0 &&
            !(name && name[0] && cx->texts[i] && strstr(cx->texts[i], name)))
            return 1;
    return 0;
}

/* Whether place c agrees with the qualifying mention q ("Aleppo,
 * Pennsylvania"): q names c's country or c's admin1 region. */
static int agrees(const sr_gazetteer *g, const sr_place_mention *q,
                  const sr_gazetteer_place *c)
{
    for (uint8_t i = 0; i < q->ncand; i++) {
        sr_gazetteer_place d;
        if (!sr_gazetteer_get(g, q->cand[i], &d) || strcmp(d.country, c->country) != 0)
            continue;
        if (d.kind == SR_GAZ_COUNTRY)
            return 1;
        if (d.kind == SR_GAZ_ADMIN1 && c->kind == SR_GAZ_CITY && strcmp(d.name, c->admin1) == 0)
            return 1;
    }
    return 0;
}

/* Ordering key of one candidate: a qualifier's agreement, then the actors'
 * countries, then the story's, then whether the place is called so in its
 * own name rather than in an alternate one ("Islamabad" is also an old
 * name of the larger Chattogram), then population. */
typedef struct cand_key {
    int agree, actor;
    uint32_t story;
    int own;
    uint64_t population;
} cand_key;

static int key_better(const cand_key *a, const cand_key *b)
{
    if (a->agree != b->agree)
        return a->agree > b->agree;
    if (a->actor != b->actor)
        return a->actor > b->actor;
    if (a->story != b->story)
        return a->story > b->story;
    if (a->own != b->own)
        return a->own > b->own;
    return a->population > b->population;
}

static size_t mention_name(const sr_doc *doc, const sr_place_mention *m, char *buf, size_t size)
{
    if (m->sent != UINT32_MAX)
        return span_name(&doc->sentences[m->sent], m->first, m->last, buf, size);
    size_t n = m->end - m->start;
    if (!doc->record->text || n >= size)
        return 0;
    memcpy(buf, doc->record->text + m->start, n);
    buf[n] = 0;
    return n;
}

static int kind_allowed(const sr_place_mention *m, const sr_gazetteer_place *p)
{
    if (p->coord == SR_GAZ_COORD_NONE)
        return 0;
    return !(m->flags & SR_PLACE_ADMIN1) || p->kind == SR_GAZ_ADMIN1;
}

/* Whether the folded name f[0..flen) is p's own name, or the name of p's
 * admin1 region ("Geneva" for Genève, whose canton is Geneva), rather than
 * only one of its alternate names. */
static int named_so(const sr_gazetteer_place *p, const char *f, size_t flen)
{
    char buf[SR_GAZETTEER_NAME_MAX * 4 + 8];
    if (flen == (size_t)-1)
        return 0;
    if (sr_gazetteer_fold(p->name, strlen(p->name), buf, sizeof buf) == flen &&
        memcmp(buf, f, flen) == 0)
        return 1;
    return p->kind == SR_GAZ_CITY && p->admin1[0] &&
           sr_gazetteer_fold(p->admin1, strlen(p->admin1), buf, sizeof buf) == flen &&
           memcmp(buf, f, flen) == 0;
}

/* The best candidate of m for an event in context cx (NULL: no event, as
 * when counting the story's countries). Returns 0 when m has none usable,
 * and for a weak mention, when its best place lies outside the event's and
 * the story's countries. */
static int pick(const sr_gazetteer *g, const sr_places *pl, const sr_doc *doc,
                const sr_place_mention *m, const context *cx, sr_gazetteer_place *out)
{
    const sr_place_mention *q =
        m->qualifier != UINT32_MAX ? &pl->mentions[m->qualifier] : NULL;
    cand_key best = {0, 0, 0, 0, 0};
    int found = 0, any_context = 0;
    /* Folded only when there is a choice to make. */
    char folded[SR_GAZETTEER_NAME_MAX * 4 + 8];
    char name[SR_GAZETTEER_NAME_MAX];
    size_t flen = (size_t)-1, len = 0;
    if (m->ncand > 1 || (cx && cx->nactors)) {
        len = mention_name(doc, m, name, sizeof name);
        if (len && m->ncand > 1)
            flen = sr_gazetteer_fold(name, len, folded, sizeof folded);
    }
    if (!len)
        name[0] = 0;
    for (uint8_t i = 0; i < m->ncand; i++) {
        sr_gazetteer_place c;
        if (!sr_gazetteer_get(g, m->cand[i], &c))
            continue;
        int own = named_so(&c, folded, flen);
        cand_key k = {q ? agrees(g, q, &c) : 0, actor_country(cx, c.country, name),
                      story_weight(pl, c.country), own, c.population};
        any_context |= k.agree || k.actor || k.story;
        if (!found || key_better(&k, &best)) {
            best = k;
            *out = c;
            found = 1;
        }
    }
    /* A name borne by more places than were kept: the one in a country of
     * the event or the story may be among those left out. */
    if ((m->flags & SR_PLACE_MORE) && !any_context && (pl->ncountries || (cx && cx->nactors))) {
        const char *codes[2 + SR_PLACES_MAX_COUNTRIES];
        size_t n = 0;
        for (size_t i = 0; cx && i < cx->nactors; i++)
            if (actor_country(cx, cx->actors[i], name))
                codes[n++] = cx->actors[i];
        for (uint32_t i = 0; i < pl->ncountries; i++)
            if (story_weight(pl, pl->countries[i].code))
                codes[n++] = pl->countries[i].code;
        if (!len)
            len = mention_name(doc, m, name, sizeof name);
        sr_gazetteer_place more[4];
        size_t got = len && n ? sr_gazetteer_find_in(g, name, len, codes, n, more, 4) : 0;
        for (size_t i = 0; i < got && i < 4; i++)
            if (kind_allowed(m, &more[i])) {
                *out = more[i];
                return 1;
            }
    }
    if (found && (m->flags & SR_PLACE_WEAK) && !best.actor && !best.story && !best.agree)
        return 0;
    return found;
}

static const char *case_of(const sr_sentence *s, uint32_t a)
{
    for (uint32_t k = 0; k < s->ntokens; k++)
        if (head_of(s, k) == (int32_t)a && is(s->tokens[k].deprel, "case"))
            return s->tokens[k].form;
    return NULL;
}

static int clause_head(const sr_sentence *s, uint32_t k)
{
    const char *rel = s->tokens[k].deprel;
    if (rel_is(rel, "xcomp"))
        return 0;   /* "tried to storm the town": one event over two verbs */
    return is(s->tokens[k].upos, "VERB") || rel_is(rel, "advcl") || rel_is(rel, "acl") ||
           rel_is(rel, "ccomp") || rel_is(rel, "csubj") || rel_is(rel, "parataxis");
}

/* Where mention m stands relative to the event verb: 3 in its clause after
 * a scene preposition (in, at, near, ...) or as a bare object; 2 in its
 * clause otherwise ("to Damascus", "Syria's"); 1 elsewhere in the
 * sentence; 0 the verb's subject (an actor, not a place). *depth is the
 * number of arcs from the mention up to the verb. */
static int clause_tier(const sr_sentence *s, uint32_t verb, uint32_t h, uint32_t *depth,
                       const char **prep)
{
    *depth = UINT32_MAX;
    *prep = NULL;
    if (!s->tokens[h].deprel)
        return 1;
    /* A name inside a coordination, compound or apposition takes the
     * preposition of the phrase it belongs to ("around Idlib and Aleppo",
     * "in Aleppo province"). */
    uint32_t a = h;
    for (uint32_t steps = 0; steps < s->ntokens; steps++) {
        const char *rel = s->tokens[a].deprel;
        int32_t up = head_of(s, a);
        if (up < 0 || (uint32_t)up == verb || clause_head(s, (uint32_t)up) ||
            !(rel_is(rel, "conj") || rel_is(rel, "compound") || rel_is(rel, "flat") ||
              rel_is(rel, "appos")))
            break;
        a = (uint32_t)up;
    }
    const char *arel = s->tokens[a].deprel;
    if (head_of(s, a) == (int32_t)verb &&
        ((rel_is(arel, "nsubj") && !is(arel, "nsubj:pass")) || rel_is(arel, "csubj")))
        return 0;
    uint32_t t = h, d = 0;
    int inside = 0;
    for (uint32_t steps = 0; steps < s->ntokens; steps++) {
        int32_t up = head_of(s, t);
        if (up < 0)
            break;
        d++;
        if ((uint32_t)up == verb) {
            inside = 1;
            break;
        }
        if (clause_head(s, (uint32_t)up))
            break;
        t = (uint32_t)up;
    }
    if (!inside)
        return 1;
    *depth = d;
    const char *c = case_of(s, a);
    *prep = c;
    const char *rel = s->tokens[a].deprel;
    if (c ? in_list(c, scene_preps)
          : rel_is(rel, "obj") || rel_is(rel, "obl") || rel_is(rel, "iobj") ||
                is(rel, "nsubj:pass") || (rel_is(rel, "nmod") && !is(rel, "nmod:poss")))
        return 3;
    return 2;
}

const char *sr_places_kind_name(sr_gazetteer_kind kind)
{
    switch (kind) {
    case SR_GAZ_CITY: return "city";
    case SR_GAZ_ADMIN1: return "admin1";
    case SR_GAZ_COUNTRY: return "country";
    }
    return "city";
}

/* One contender for an event's place, and what ranks it. */
typedef struct contender {
    int have, strong, tier, kind;
    uint32_t depth;
    sr_gazetteer_place place;
} contender;

/* Order: a likely place over a weak one, then clause tier, then a city or
 * region over a country, then fewer arcs to the verb, then text order. */
static void consider(contender *best, const contender *c)
{
    int better = !best->have;
    if (!better && c->strong != best->strong)
        better = c->strong > best->strong;
    else if (!better && c->tier != best->tier)
        better = c->tier > best->tier;
    else if (!better && c->kind != best->kind)
        better = c->kind > best->kind;
    else if (!better)
        better = c->depth < best->depth;
    if (better)
        *best = *c;
}

sr_place_reason sr_places_choose(const sr_gazetteer *g, const sr_places *pl,
                                 const sr_doc *doc, const sr_event *ev,
                                 sr_gazetteer_place *out)
{
    if (!g || !pl || !doc || !ev)
        return SR_PLACE_NONE;
    context cx = {{NULL, NULL}, {NULL, NULL}, 0, 1};
    add_actor(g, ev->source, ev->source_text, &cx);
    add_actor(g, ev->target, ev->target_text, &cx);

    /* A country that is one of the event's actors ("sanctions on Russia",
     * "Iran's foreign ministry summoned") says who, not where: it is kept
     * apart and used only when neither a place nor a dateline is found. */
    contender best = {0, 0, 0, 0, 0, {0}}, actor_land = best;
    if (ev->sent < doc->nsentences && ev->verb_token < doc->sentences[ev->sent].ntokens) {
        const sr_sentence *s = &doc->sentences[ev->sent];
        for (uint32_t i = 0; i < pl->n; i++) {
            const sr_place_mention *m = &pl->mentions[i];
            if (m->sent != ev->sent ||
                (m->flags & (SR_PLACE_SUBJECT | SR_PLACE_DATELINE | SR_PLACE_QUALIFIER)))
                continue;
            contender c = {1, !(m->flags & SR_PLACE_WEAK), 0, 0, 0, {0}};
            const char *prep;
            c.tier = clause_tier(s, ev->verb_token, m->head, &c.depth, &prep);
            if (c.tier == 0)
                continue;
            context mcx = cx;
            mcx.use_actors = !(prep && in_list(prep, destination_preps));
            if (!pick(g, pl, doc, m, &mcx, &c.place))
                continue;
            c.kind = c.place.kind != SR_GAZ_COUNTRY;
            /* A country named outside the clause is too loose a guess. */
            if (c.tier == 1 && !c.kind)
                continue;
            if (!c.kind && actor_country(&cx, c.place.country, NULL))
                consider(&actor_land, &c);
            else
                consider(&best, &c);
        }
    }
    if (best.have) {
        *out = best.place;
        return best.tier >= 2 ? SR_PLACE_CLAUSE : SR_PLACE_SENTENCE;
    }
    if (pl->dateline != UINT32_MAX && pick(g, pl, doc, &pl->mentions[pl->dateline], &cx, out))
        return SR_PLACE_FROM_DATELINE;
    if (actor_land.have) {
        *out = actor_land.place;
        return actor_land.tier >= 2 ? SR_PLACE_CLAUSE : SR_PLACE_SENTENCE;
    }
    return SR_PLACE_NONE;
}

/* ---------------------------------------------------------------- finding */

typedef struct finder {
    const sr_gazetteer *g;
    const sr_doc *doc;
    sr_arena *arena;
    sr_places *out;
    uint32_t cap;
} finder;

static sr_place_mention *push(finder *f)
{
    sr_places *p = f->out;
    SR_ARENA_GROW(f->arena, p->mentions, p->n, f->cap, 16);
    sr_place_mention *m = &p->mentions[p->n++];
    memset(m, 0, sizeof *m);
    m->qualifier = UINT32_MAX;
    return m;
}

/* Keeps the usable candidates of found[0..n), the places called name:
 *  - with an admin1 hint, only regions (when there are any);
 *  - without one, a region is dropped when a city of the same country bears
 *    its name, since a bare "Idlib" or "Kyiv" means the city;
 *  - a country's name means the country, not the towns named after it
 *    ("Russia, Ohio", "Belgium, Wisconsin"), except that a city-state's
 *    capital of the same name stands for it ("meet in Luxembourg").
 * Returns how many were kept. */
static uint8_t keep_candidates(sr_place_mention *m, const sr_gazetteer_place *found, size_t n,
                               const char *name, size_t len)
{
    size_t nregions = 0, ncountries = 0;
    for (size_t i = 0; i < n; i++) {
        nregions += found[i].kind == SR_GAZ_ADMIN1 && found[i].coord != SR_GAZ_COORD_NONE;
        ncountries += found[i].kind == SR_GAZ_COUNTRY;
    }
    /* Folded only for the city-state test below, which needs a country. */
    char folded[SR_GAZETTEER_NAME_MAX * 4 + 8];
    size_t flen = ncountries ? sr_gazetteer_fold(name, len, folded, sizeof folded) : (size_t)-1;
    if ((m->flags & SR_PLACE_ADMIN1) && !nregions)
        m->flags &= (uint8_t)~SR_PLACE_ADMIN1;
    m->ncand = 0;
    for (size_t i = 0; i < n; i++) {
        const sr_gazetteer_place *c = &found[i];
        if (!kind_allowed(m, c))
            continue;
        int capital_of_country = 0, country_has_capital = 0;
        for (size_t k = 0; ncountries && k < n; k++) {
            const sr_gazetteer_place *o = &found[k];
            if (strcmp(o->country, c->country) != 0 || k == i)
                continue;
            if (c->kind == SR_GAZ_CITY && o->kind == SR_GAZ_COUNTRY && named_so(c, folded, flen))
                capital_of_country = 1;
            if (c->kind == SR_GAZ_COUNTRY && o->kind == SR_GAZ_CITY && named_so(o, folded, flen))
                country_has_capital = 1;
        }
        if (country_has_capital)
            continue;
        if (ncountries && c->kind == SR_GAZ_CITY && !capital_of_country)
            continue;
        if (!(m->flags & SR_PLACE_ADMIN1) && c->kind == SR_GAZ_ADMIN1) {
            int city = 0;
            for (size_t k = 0; k < n && !city; k++)
                city = found[k].kind == SR_GAZ_CITY && strcmp(found[k].country, c->country) == 0;
            if (city)
                continue;
        }
        m->cand[m->ncand++] = c->id;
    }
    /* Only a list cut short by SR_PLACES_MAX_CANDIDATES may hide the right
     * town; one that the rules above thinned holds all that may be meant. */
    if (m->total > n && !ncountries && !(m->flags & SR_PLACE_ADMIN1))
        m->flags |= SR_PLACE_MORE;
    return m->ncand;
}

static int has_country(const sr_gazetteer *g, const sr_place_mention *m)
{
    for (uint8_t i = 0; i < m->ncand; i++) {
        sr_gazetteer_place p;
        if (sr_gazetteer_get(g, m->cand[i], &p) && p.kind == SR_GAZ_COUNTRY)
            return 1;
    }
    return 0;
}

static int all_small_towns(const sr_gazetteer *g, const sr_place_mention *m)
{
    for (uint8_t i = 0; i < m->ncand; i++) {
        sr_gazetteer_place p;
        if (!sr_gazetteer_get(g, m->cand[i], &p) || p.kind != SR_GAZ_CITY ||
            p.population >= SMALL_PLACE)
            return 0;
    }
    return 1;
}

/* Whether the towns that bear name bear it only as an alternate name:
 * GeoNames lists old, foreign and colloquial names, and one of those that
 * is also an English word or an organisation ("Hamas" for Hamm) is rarely
 * meant. Regions and countries are keyed by short forms of their names, so
 * they never count as alternate-only. */
static int alternate_only(const sr_gazetteer *g, const sr_place_mention *m, const char *name)
{
    char folded[SR_GAZETTEER_NAME_MAX * 4 + 8];
    size_t flen = sr_gazetteer_fold(name, strlen(name), folded, sizeof folded);
    if (flen == (size_t)-1)
        return 0;
    for (uint8_t i = 0; i < m->ncand; i++) {
        sr_gazetteer_place p;
        if (!sr_gazetteer_get(g, m->cand[i], &p) || p.kind != SR_GAZ_CITY ||
            named_so(&p, folded, flen))
            return 0;
    }
    return 1;
}

static int is_word_token(const sr_token *t)
{
    return t->form && !is(t->upos, "PUNCT") &&
           !(t->form[0] && !t->form[1] && strchr("\"'`([{-", t->form[0]));
}

/* Whether the capitalised token k can only be an ordinary word here: a
 * demonym or other adjective, a verb, a pronoun; or a common word that is
 * capitalised only because it opens the sentence. */
static int ordinary_word(const sr_sentence *s, uint32_t k, uint32_t first_word)
{
    const char *u = s->tokens[k].upos;
    if (!u)
        return 0;
    if (!(is(u, "PROPN") || is(u, "NOUN") || is(u, "X")))
        return 1;
    return k == first_word && !is(u, "PROPN");
}

static int name_word(const sr_token *t)
{
    return capitalised(t->form) &&
           (is(t->upos, "PROPN") || is(t->upos, "NOUN") || is(t->upos, "ADJ"));
}

/* A capitalised name word right beside the span makes it part of a longer
 * name the gazetteer does not know: a person ("Florence Parly", "President
 * Putin"), an organisation ("Aleppo University", "New York Times", "West
 * African States"). Needs POS tags; "Idlib Province" is not one. */
static int in_longer_name(const sr_sentence *s, uint32_t first, uint32_t last)
{
    if (first > 0 && name_word(&s->tokens[first - 1]))
        return 1;
    return last + 1 < s->ntokens && name_word(&s->tokens[last + 1]) &&
           !in_list(s->tokens[last + 1].form, admin_words);
}

/* "Sino-Russian", "Iran-backed", "pro-Moscow": a name fused into a
 * modifier by a hyphen describes something; it does not place it. */
static int hyphen_compound(const sr_sentence *s, uint32_t first, uint32_t last)
{
    const sr_token *t = &s->tokens[last];
    if (last + 1 < s->ntokens && is(s->tokens[last + 1].form, "-") && t->end == s->tokens[last + 1].start &&
        t->start != t->end)
        return 1;
    if (first == 0)
        return 0;
    const sr_token *p = &s->tokens[first - 1];
    return is(p->form, "-") && p->end == s->tokens[first].start && p->start != p->end;
}

/* "EU", "UN", "NATO": short capitals are acronyms, and a place that shares
 * the letters ("Eu" in France) is not meant. Country codes and names such
 * as "UK" or "UAE" stay. */
static int acronym(const char *form)
{
    size_t n = 0;
    for (; form[n]; n++)
        if (form[n] < 'A' || form[n] > 'Z')
            return 0;
    return n >= 2 && n <= 4;
}

/* An active subject names an actor, a speaker or a government by its
 * capital ("Rubio will join", "Beijing has hinted"), not a scene. A
 * passive subject stays a place ("Aleppo was captured"), and so does a
 * name inside a subject ("officials in Damascus said"). Without a parse,
 * a name right before "said" and the like counts as a subject. */
static int subject(const sr_sentence *s, uint32_t head, uint32_t last)
{
    const char *rel = s->tokens[head].deprel;
    if (!rel)
        return last + 1 < s->ntokens && in_list(s->tokens[last + 1].form, speech_verbs);
    uint32_t a = head;
    for (uint32_t steps = 0; steps < s->ntokens; steps++) {
        rel = s->tokens[a].deprel;
        int32_t up = head_of(s, a);
        if (up < 0 || !(rel_is(rel, "conj") || rel_is(rel, "appos") || rel_is(rel, "flat")))
            break;
        a = (uint32_t)up;
    }
    rel = s->tokens[a].deprel;
    return (rel_is(rel, "nsubj") && !is(rel, "nsubj:pass")) || rel_is(rel, "csubj");
}

static int particle(const sr_token *t)
{
    return t->form && !capitalised(t->form) && in_list(t->form, name_particles);
}

/* Finds the mentions of sentence si. At each capitalised token the longest
 * run the gazetteer knows wins ("Tall Rifat" before "Tall"). */
static void find_in_sentence(finder *f, uint32_t si)
{
    const sr_sentence *s = &f->doc->sentences[si];
    uint32_t first_word = 0;
    while (first_word < s->ntokens && !is_word_token(&s->tokens[first_word]))
        first_word++;
    sr_gazetteer_place found[SR_PLACES_MAX_CANDIDATES];
    char name[SR_GAZETTEER_NAME_MAX];
    uint32_t sentence_start = f->out->n;
    for (uint32_t i = 0; i < s->ntokens;) {
        const sr_token *t = &s->tokens[i];
        if (!capitalised(t->form) || in_list(t->form, admin_words)) {
            i++;
            continue;
        }
        uint32_t ends[MAX_SPAN_TOKENS], nends = 0, words = 0;
        for (uint32_t k = i; k < s->ntokens && k - i < MAX_SPAN_TOKENS; k++) {
            if (capitalised(s->tokens[k].form)) {
                if (++words > MAX_WORDS)
                    break;
                ends[nends++] = k;
            } else if (!particle(&s->tokens[k])) {
                break;
            }
        }
        uint32_t last = 0;
        size_t n = 0, total = 0;
        while (nends > 0 && !n) {
            last = ends[--nends];
            size_t len = span_name(s, i, last, name, sizeof name);
            total = len ? sr_gazetteer_find(f->g, name, len, found, SR_PLACES_MAX_CANDIDATES) : 0;
            n = total < SR_PLACES_MAX_CANDIDATES ? total : SR_PLACES_MAX_CANDIDATES;
        }
        if (!n) {
            i++;
            continue;
        }
        int single = last == i;
        if ((single && (strlen(t->form) == 1 || in_list(t->form, calendar_words) ||
                        in_list(t->form, world_regions) || ordinary_word(s, i, first_word))) ||
            in_longer_name(s, i, last) || hyphen_compound(s, i, last)) {
            i++;
            continue;
        }
        sr_place_mention *m = push(f);
        m->sent = si;
        m->first = i;
        m->last = last;
        m->start = t->start;
        m->end = s->tokens[last].end;
        m->total = (uint32_t)total;
        m->head = last;
        for (uint32_t k = i; k <= last; k++) {
            int32_t up = head_of(s, k);
            if (up < (int32_t)i || up > (int32_t)last) {
                m->head = k;
                break;
            }
        }
        if (in_list(s->tokens[last].form, admin_words) ||
            (last + 1 < s->ntokens && in_list(s->tokens[last + 1].form, admin_words)) ||
            (i >= 2 && sr_attr_word_is(s->tokens[i - 1].form, "of", 0) &&
             in_list(s->tokens[i - 2].form, admin_words)))
            m->flags |= SR_PLACE_ADMIN1;
        if (!keep_candidates(m, found, n, name, strlen(name)) ||
            (single && acronym(t->form) && !has_country(f->g, m))) {
            f->out->n--;
            i++;
            continue;
        }
        if (subject(s, m->head, last))
            m->flags |= SR_PLACE_SUBJECT;
        if (!s->tokens[i].upos && i == first_word)
            m->flags |= SR_PLACE_WEAK;
        if (single && (all_small_towns(f->g, m) || alternate_only(f->g, m, name)))
            m->flags |= SR_PLACE_WEAK;
        i = last + 1;
    }
    /* "Aleppo, Syria", "Paris, Texas": the second names the first's
     * country or region. */
    for (uint32_t k = sentence_start; k + 1 < f->out->n; k++) {
        sr_place_mention *a = &f->out->mentions[k], *b = a + 1;
        if (b->first != a->last + 2 || !is(s->tokens[a->last + 1].form, ","))
            continue;
        for (uint8_t c = 0; c < a->ncand; c++) {
            sr_gazetteer_place p;
            if (sr_gazetteer_get(f->g, a->cand[c], &p) && p.kind != SR_GAZ_COUNTRY &&
                agrees(f->g, b, &p)) {
                a->qualifier = k + 1;
                b->flags |= SR_PLACE_QUALIFIER;
                break;
            }
        }
    }
}

/* ---------------------------------------------------------------- dateline */

static const char *find_dash(const char *p, const char *end, size_t *dash_len)
{
    for (const char *q = p; q < end; q++) {
        if ((unsigned char)q[0] == 0xE2 && q + 2 < end && (unsigned char)q[1] == 0x80 &&
            ((unsigned char)q[2] == 0x94 || (unsigned char)q[2] == 0x93)) {
            *dash_len = 3;
            return q;
        }
        if (q[0] == ' ' && q + 2 < end && q[1] == '-' && (q[2] == ' ' || q[2] == '-')) {
            *dash_len = 2;
            return q;
        }
    }
    return NULL;
}

static int name_chars(const char *p, size_t n)
{
    if (!n || !capitalised(p))
        return 0;
    size_t words = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == ' ')
            words++;
        else if (!(c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' ||
                   c == '\'' || c == '-'))
            return 0;
    }
    return words <= MAX_WORDS;
}

static void trim(const char **a, const char **b)
{
    while (*a < *b && (**a == ' ' || **a == '\t'))
        (*a)++;
    while (*b > *a && ((*b)[-1] == ' ' || (*b)[-1] == '\t'))
        (*b)--;
}

/* "ALEPPO, Syria (AP) —", "DAMASCUS —", "Kyiv, Ukraine --": the place a
 * story was filed from, on one of its first lines. A line with a dash but
 * neither capitals nor a ", Country" part is a headline, not a dateline. */
static void find_dateline(finder *f)
{
    const char *text = f->doc->record->text;
    if (!text)
        return;
    size_t len = f->doc->record->text_len;
    const char *end = text + (len < DATELINE_SCAN ? len : DATELINE_SCAN);
    int lines = 0;
    for (const char *line = text; line < end && lines < 3;) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        const char *le = nl ? nl : end;
        const char *a = line, *b = le;
        trim(&a, &b);
        line = nl ? nl + 1 : end;
        if (a == b)
            continue;
        lines++;
        size_t dl;
        const char *limit = b - a > DATELINE_MAX ? a + DATELINE_MAX : b;
        const char *dash = find_dash(a, limit, &dl);
        if (!dash)
            continue;
        const char *pe = dash;
        trim(&a, &pe);
        if (pe > a && pe[-1] == ')') {
            const char *open = pe;
            while (open > a && *open != '(')
                open--;
            if (*open == '(') {
                pe = open;
                trim(&a, &pe);
            }
        }
        const char *comma = memchr(a, ',', (size_t)(pe - a));
        const char *ce = comma ? comma : pe, *ca = a;
        trim(&ca, &ce);
        const char *ra = comma ? comma + 1 : pe, *re = pe;
        trim(&ra, &re);
        if (!name_chars(ca, (size_t)(ce - ca)) || (ra < re && !name_chars(ra, (size_t)(re - ra))))
            continue;
        if (has_lower_ascii(ca, (size_t)(ce - ca)) && ra == re)
            continue;
        sr_gazetteer_place found[SR_PLACES_MAX_CANDIDATES];
        size_t total = sr_gazetteer_find(f->g, ca, (size_t)(ce - ca), found,
                                         SR_PLACES_MAX_CANDIDATES);
        if (!total)
            continue;
        size_t n = total < SR_PLACES_MAX_CANDIDATES ? total : SR_PLACES_MAX_CANDIDATES;
        sr_place_mention *m = push(f);
        m->sent = m->first = m->last = m->head = UINT32_MAX;
        m->start = (uint32_t)(ca - text);
        m->end = (uint32_t)(ce - text);
        m->total = (uint32_t)total;
        m->flags = SR_PLACE_DATELINE;
        if (!keep_candidates(m, found, n, ca, (size_t)(ce - ca))) {
            f->out->n--;
            return;
        }
        f->out->dateline = f->out->n - 1;
        /* The ", Syria" part narrows the place, as a qualifier does. */
        if (ra < re) {
            sr_gazetteer_place q[SR_PLACES_MAX_CANDIDATES];
            size_t nq = sr_gazetteer_find(f->g, ra, (size_t)(re - ra), q,
                                          SR_PLACES_MAX_CANDIDATES);
            if (nq) {
                sr_place_mention *qm = push(f);
                m = &f->out->mentions[f->out->dateline];   /* push may move the array */
                qm->sent = qm->first = qm->last = qm->head = UINT32_MAX;
                qm->start = (uint32_t)(ra - text);
                qm->end = (uint32_t)(re - text);
                qm->total = (uint32_t)nq;
                qm->flags = SR_PLACE_DATELINE | SR_PLACE_QUALIFIER;
                size_t kept = nq < SR_PLACES_MAX_CANDIDATES ? nq : SR_PLACES_MAX_CANDIDATES;
                if (keep_candidates(qm, q, kept, ra, (size_t)(re - ra)))
                    m->qualifier = f->out->n - 1;
                else
                    f->out->n--;
            }
        }
        return;
    }
}

/* ---------------------------------------------------------------- story */

static int single_country(const sr_gazetteer *g, const sr_place_mention *m, char code[4])
{
    code[0] = 0;
    for (uint8_t i = 0; i < m->ncand; i++) {
        sr_gazetteer_place p;
        if (!sr_gazetteer_get(g, m->cand[i], &p))
            return 0;
        if (!code[0])
            snprintf(code, 4, "%s", p.country);
        else if (strcmp(code, p.country) != 0)
            return 0;
    }
    return code[0] != 0;
}

/* Counts the story's countries: first the dateline and the names that
 * belong to one country only, then the ambiguous names, each resolved with
 * what the first pass found. Weak mentions do not count. */
static void count_countries(finder *f)
{
    sr_places *pl = f->out;
    if (pl->dateline != UINT32_MAX) {
        const sr_place_mention *d = &pl->mentions[pl->dateline];
        sr_gazetteer_place p;
        if (pick(f->g, pl, f->doc, d, NULL, &p))
            add_country(pl, p.country, 2);
        /* The dateline's words are also tokens of the first sentence; they
         * say where the story was filed, not where its events happened. */
        uint32_t from = d->start, to = d->end;
        if (d->qualifier != UINT32_MAX && pl->mentions[d->qualifier].end > to)
            to = pl->mentions[d->qualifier].end;
        for (uint32_t i = 0; i < pl->n; i++) {
            sr_place_mention *m = &pl->mentions[i];
            if (m->sent != UINT32_MAX && m->start >= from && m->end <= to)
                m->flags |= SR_PLACE_DATELINE;
        }
    }
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = 0; i < pl->n; i++) {
            const sr_place_mention *m = &pl->mentions[i];
            if (m->sent == UINT32_MAX || (m->flags & (SR_PLACE_WEAK | SR_PLACE_DATELINE)))
                continue;
            char code[4];
            int one = single_country(f->g, m, code);
            if (pass == 0 && one) {
                add_country(pl, code, 1);
            } else if (pass == 1 && !one) {
                sr_gazetteer_place p;
                if (pick(f->g, pl, f->doc, m, NULL, &p))
                    add_country(pl, p.country, 1);
            }
        }
    /* Heaviest first, stable; the list is short. */
    for (uint32_t i = 1; i < pl->ncountries; i++)
        for (uint32_t k = i; k > 0 && pl->countries[k].weight > pl->countries[k - 1].weight;
             k--) {
            sr_story_country t = pl->countries[k];
            pl->countries[k] = pl->countries[k - 1];
            pl->countries[k - 1] = t;
        }
}

void sr_places_find(const sr_gazetteer *g, const sr_doc *doc, sr_arena *arena,
                    sr_places *out)
{
    memset(out, 0, sizeof *out);
    out->dateline = UINT32_MAX;
    if (!g || !doc)
        return;
    finder f = {g, doc, arena, out, 0};
    if (doc->record)
        find_dateline(&f);
    for (uint32_t si = 0; si < doc->nsentences; si++)
        find_in_sentence(&f, si);
    count_countries(&f);
}
