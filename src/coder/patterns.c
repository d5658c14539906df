/* patterns.c - matching verb patterns against a verb's clause.
 *
 * A pattern "- BEFORE * AFTER [CODE]" is read against two token sequences
 * the driver builds from the dependency parse: the words of the verb's
 * clause before the verb (its subject phrase, auxiliaries, adverbs) and
 * those after it (objects, prepositional phrases, complements), each in
 * text order. Elements match in order and may skip words between them, as
 * in TABARI and PETRARCH, unless joined with '_'. Actor marks ($ + % ^)
 * match a noun phrase and bind its head, which the driver resolves to
 * actors; {...} must match inside one noun phrase and end on its head;
 * (PREP ...) must find the preposition and then the rest inside the phrase
 * it introduces. A synset matches any member, each member's words
 * consecutive.
 *
 * Of all the block's patterns the one with the most literal words matched
 * wins (ties go to the earlier line), so a specific pattern beats a general
 * one whatever their order in the file. The search backtracks over the
 * positions of each element; clauses and patterns are short, so this costs
 * little. */
#include "coder/coder_internal.h"

#include <string.h>

typedef struct mstate {
    int score;
    int32_t source, target, compound;
    int32_t last; /* last token consumed */
} mstate;

typedef struct mseq {
    const int32_t *tok;
    uint32_t n;
    long *budget; /* element trials left for this pattern */
} mseq;

/* Backtracking over where each element starts is polynomial in the clause
 * length with the number of elements as exponent; a pattern that has not
 * matched after this many trials is given up on (a very long sentence
 * must not stall the coder). Real clauses need a few hundred. */
enum { SR_CS_MATCH_BUDGET = 20000 };

/* The head of the noun phrase a token belongs to. */
static int32_t np_head(const sr_cs_sent *cs, int32_t t)
{
    int guard = 0;
    while (t >= 0 && guard++ < 64) {
        sr_cs_rel r = (sr_cs_rel)cs->rel[t];
        if ((r == SR_CS_COMPOUND || r == SR_CS_AMOD || r == SR_CS_POSS || r == SR_CS_DET ||
             r == SR_CS_NUMMOD || r == SR_CS_FLAT) &&
            cs->head[t] >= 0)
            t = cs->head[t];
        else
            break;
    }
    return t;
}

/* The last token of a noun phrase's own words: the head and its
 * modifiers, without the prepositional phrases and clauses after it, which
 * later pattern elements may still match ("{&TIETYPES MEMOS} (FROM)"). */
static int32_t np_core_end(const sr_cs_sent *cs, int32_t h)
{
    int32_t end = h;
    for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        sr_cs_rel r = (sr_cs_rel)cs->rel[c];
        if (c < h || r == SR_CS_NMOD || r == SR_CS_RELCL || r == SR_CS_ACL ||
            r == SR_CS_PUNCT || r == SR_CS_CONJ || r == SR_CS_CC || r == SR_CS_APPOS)
            continue;
        if (cs->hi[c] > end)
            end = cs->hi[c];
    }
    return end;
}

/* May token k stand between two elements of a phrase? Articles always
 * may; inside a noun phrase (tight 2) adjectives may too ("new global
 * economic relations" is {NEW &TIETYPES RELATIONS}) but nouns may not
 * ("economic trade relations" is not {&TIETYPES RELATIONS}). */
static int skippable(const sr_cs_sent *cs, int32_t k, int tight)
{
    return cs->rel[k] == SR_CS_DET || (tight == 2 && cs->rel[k] == SR_CS_AMOD);
}

/* Is token t next after last, with only skippable words between? */
static int next_to(const sr_cs_sent *cs, int32_t last, int32_t t, int tight)
{
    for (int32_t k = last + 1; k < t; k++)
        /* The matched word's own conjuncts do not separate it from what
         * follows: "death and injury toll" is {DEATH TOLL}. */
        if (!skippable(cs, k, tight) && !(last >= 0 && k <= cs->hi[last]))
            return 0;
    return t > last;
}

/* Is h a noun phrase the verb's clause can hold, rather than the
 * predicate of a clause of its own ("allowed that Mordor isn't the
 * neatest place": "place" heads a clause)? */
static int argument_phrase(const sr_cs_sent *cs, int32_t h)
{
    switch ((sr_cs_rel)cs->rel[h]) {
    case SR_CS_CCOMP:
    case SR_CS_XCOMP:
    case SR_CS_ADVCL:
    case SR_CS_ACL:
    case SR_CS_RELCL:
    case SR_CS_PARATAXIS:
    case SR_CS_ROOT:
    case SR_CS_CSUBJ:
        return 0;
    default:
        return 1;
    }
}

static uint32_t pos_after(const mseq *q, uint32_t from, int32_t tok)
{
    while (from < q->n && q->tok[from] <= tok)
        from++;
    return from;
}

static int word_matches_form(const sr_pat_elem *e, const char *form);

/* A pattern word matches the form or the lemma ("* EFFORT" finds
 * "efforts"), when the parse has lemmas. */
static int word_matches(const sr_cs_sent *cs, const sr_pat_elem *e, int32_t t)
{
    return word_matches_form(e, cs->upper[t]) ||
           (cs->ulemma[t][0] && word_matches_form(e, cs->ulemma[t]));
}

/* form is upper case already (sr_cs_sent.upper). */
static int word_matches_form(const sr_pat_elem *e, const char *form)
{
    if (e->kind == SR_PAT_WORD)
        return e->word[0] == form[0] && strcmp(e->word, form) == 0;
    if (e->kind == SR_PAT_ALTERNATIVES) {
        for (uint32_t i = 0; i < e->nitems; i++)
            if (word_matches_form(&e->items[i], form))
                return 1;
    }
    return 0;
}

static int32_t synset_at(const sr_cs_sent *cs, const sr_synset *ss, int32_t t, int depth,
                         int *words);
static int32_t synset_scan(const sr_cs_sent *cs, const sr_synset *ss, int32_t t, int depth,
                           int *words);

/* Matches items consecutively from sentence token t; returns the last token
 * used, or -1. */
static int32_t items_consecutive(const sr_cs_sent *cs, const sr_pat_elem *it, uint32_t n,
                                 int32_t t, int depth, int *words)
{
    int32_t last = t - 1;
    for (uint32_t i = 0; i < n; i++) {
        int32_t at = last + 1;
        if (at >= (int32_t)cs->n)
            return -1;
        const sr_pat_elem *e = &it[i];
        if (e->kind == SR_PAT_WORD || e->kind == SR_PAT_ALTERNATIVES) {
            if (!word_matches(cs, e, at))
                return -1;
            last = at;
            (*words)++;
        } else if (e->kind == SR_PAT_SYNSET && e->synset) {
            int32_t l = synset_at(cs, e->synset, at, depth + 1, words);
            if (l < 0)
                return -1;
            last = l;
        } else if (e->kind == SR_PAT_PREP_PHRASE || e->kind == SR_PAT_NOUN_PHRASE) {
            int32_t l = items_consecutive(cs, e->items, e->nitems, at, depth + 1, words);
            if (l < 0)
                return -1;
            last = l;
        } else {
            return -1;
        }
    }
    return last;
}

/* The longest member of ss starting at token t; returns its last token. */
static sr_cs_synmemo *memo_slot(const sr_cs_sent *cs, const sr_synset *ss, int32_t t,
                                int *found)
{
    uint32_t h = (uint32_t)((uintptr_t)ss >> 4) * 2654435761u ^ (uint32_t)(t + 1) * 40503u;
    uint32_t i = h & cs->synmemo_mask;
    for (uint32_t probes = 0; probes <= cs->synmemo_mask; probes++) {
        sr_cs_synmemo *m = &cs->synmemo[i];
        if (!m->synset) {
            *found = 0;
            return m;
        }
        if (m->synset == ss && m->t == t) {
            *found = 1;
            return m;
        }
        i = (i + 1) & cs->synmemo_mask;
    }
    *found = 0;
    return NULL; /* full: work without the memo */
}

/* Can any member of ss occur in the sentence? Members starting with a
 * plain word are checked against the sentence's words; others are
 * assumed possible. */
static int synset_possible(const sr_cs_sent *cs, const sr_synset *ss)
{
    int found;
    sr_cs_synmemo *m = memo_slot(cs, ss, -1, &found);
    if (m && found)
        return m->last;
    int possible = 0;
    for (size_t i = 0; i < ss->nmembers && !possible; i++) {
        const sr_synset_member *mb = &ss->members[i];
        if (mb->nitems == 0 || mb->items[0].kind != SR_PAT_WORD ||
            sr_coder_sent_has_word(cs, mb->items[0].word))
            possible = 1;
    }
    if (m) {
        m->synset = ss;
        m->t = -1;
        m->last = possible;
    }
    return possible;
}

static int32_t synset_at(const sr_cs_sent *cs, const sr_synset *ss, int32_t t, int depth,
                         int *words)
{
    if (depth > 8 || !synset_possible(cs, ss))
        return -1;
    int found;
    sr_cs_synmemo *m = memo_slot(cs, ss, t, &found);
    if (m && found) {
        if (m->last >= 0)
            *words += m->words;
        return m->last;
    }
    int w = 0;
    int32_t best = synset_scan(cs, ss, t, depth, &w);
    if (best >= 0)
        *words += w;
    if (m) {
        m->synset = ss;
        m->t = t;
        m->last = best;
        m->words = w;
    }
    return best;
}

/* The members of ss tried one by one at t. */
static int32_t synset_scan(const sr_cs_sent *cs, const sr_synset *ss, int32_t t, int depth,
                           int *words)
{
    int32_t best = -1;
    int best_words = 0;
    /* A member that opens with a plain word fails at once unless the token
     * (form or lemma) starts with that word's letter, the first thing
     * word_matches_form compares; testing it here skips most members of a
     * large synset without the call chain. */
    int filter = t >= 0 && t < (int32_t)cs->n;
    char up0 = filter ? cs->upper[t][0] : 0, lem0 = filter ? cs->ulemma[t][0] : 0;
    for (size_t i = 0; i < ss->nmembers; i++) {
        const sr_synset_member *mb = &ss->members[i];
        if (filter && mb->nitems > 0 && mb->items[0].kind == SR_PAT_WORD) {
            char c = mb->items[0].word[0];
            if (c != up0 && (c != lem0 || lem0 == 0))
                continue;
        }
        int w = 0;
        int32_t l =
            items_consecutive(cs, ss->members[i].items, ss->members[i].nitems, t, depth, &w);
        if (l > best) {
            best = l;
            best_words = w;
        }
    }
    if (best >= 0)
        *words += best_words;
    return best;
}

static void bind(mstate *st, sr_pat_kind k, int32_t head)
{
    if (k == SR_PAT_SOURCE && st->source < 0)
        st->source = head;
    else if (k == SR_PAT_TARGET && st->target < 0)
        st->target = head;
    else if (k == SR_PAT_COMPOUND && st->compound < 0)
        st->compound = head;
}

static int is_mark(sr_pat_kind k)
{
    return k == SR_PAT_SOURCE || k == SR_PAT_TARGET || k == SR_PAT_COMPOUND || k == SR_PAT_SKIP;
}

static int match_from(const sr_cs_sent *cs, const sr_pat_elem *e, uint32_t ne, const mseq *q,
                      uint32_t pos, int32_t limit, int first_joined, int tight, mstate *st);

/* Tries element e with its first token at q->tok[j]; on success sets *next
 * (the sequence position after it) and updates st. */
static int elem_at(const sr_cs_sent *cs, const sr_pat_elem *e, const mseq *q, uint32_t j,
                   int32_t limit, mstate *st, uint32_t *next)
{
    int32_t t = q->tok[j];
    if (t > limit)
        return 0;
    switch (e->kind) {
    case SR_PAT_WORD:
    case SR_PAT_ALTERNATIVES:
        if (!word_matches(cs, e, t))
            return 0;
        st->score += 2;
        st->last = t;
        *next = j + 1;
        return 1;
    case SR_PAT_SYNSET: {
        int w = 0;
        int32_t l = e->synset ? synset_at(cs, e->synset, t, 0, &w) : -1;
        if (l < 0 || l > limit)
            return 0;
        st->score += 2 * w;
        st->last = l;
        *next = pos_after(q, j, l);
        return 1;
    }
    case SR_PAT_SOURCE:
    case SR_PAT_TARGET:
    case SR_PAT_COMPOUND:
    case SR_PAT_SKIP: {
        /* A phrase may open with a modifier: "(WITH +)" on "with Russian
         * President Vladimir Putin" binds the phrase whose first word is
         * the adjective. */
        int opens = cs->rel[t] == SR_CS_AMOD || cs->rel[t] == SR_CS_DET ||
                    cs->rel[t] == SR_CS_NUMMOD || cs->rel[t] == SR_CS_COMPOUND;
        if (!cs->nominal[t] && !(opens && cs->nominal[np_head(cs, t)]))
            return 0;
        int32_t h = np_head(cs, t);
        if (!cs->nominal[h])
            h = t;
        if (!argument_phrase(cs, h))
            return 0;
        bind(st, e->kind, h);
        st->score += 1;
        int32_t end = np_core_end(cs, h);
        if (end < t)
            end = t;
        st->last = end;
        *next = pos_after(q, j, end);
        return 1;
    }
    case SR_PAT_NOUN_PHRASE: {
        if (!cs->nominal[t] && cs->rel[t] != SR_CS_AMOD && cs->rel[t] != SR_CS_COMPOUND &&
            cs->rel[t] != SR_CS_DET && cs->rel[t] != SR_CS_NUMMOD)
            return 0;
        int32_t h = np_head(cs, t);
        /* A participle read as a verb ("improved economic relations")
         * still opens the phrase of the noun after it. */
        for (int32_t k = t + 1; !cs->nominal[h] && k <= t + 4 && k < (int32_t)cs->n; k++)
            if (cs->nominal[k] && cs->lo[k] <= t)
                h = np_head(cs, k);
        if (h < t || h > limit || e->nitems == 0 || !cs->nominal[h] || !argument_phrase(cs, h))
            return 0;
        /* The items run over the phrase up to its head, the last on the
         * head itself. */
        const sr_pat_elem *lastit = &e->items[e->nitems - 1];
        mstate s2 = *st;
        if (is_mark(lastit->kind)) {
            bind(&s2, lastit->kind, h);
            s2.score += 1;
        } else if (lastit->kind == SR_PAT_SYNSET) {
            int w = 0;
            if (!lastit->synset || synset_at(cs, lastit->synset, h, 0, &w) < h)
                return 0;
            s2.score += 2 * w;
        } else if (!word_matches(cs, lastit, h)) {
            return 0;
        } else {
            s2.score += 2;
        }
        if (e->nitems > 1) {
            s2.last = -1;
            if (!match_from(cs, e->items, e->nitems - 1, q, j, h - 1, 0, 2, &s2))
                return 0;
            /* ... the last of them right before the head: "new global
             * economic relations" is {NEW &TIETYPES RELATIONS}, but neither
             * "economic trade relations" nor "cultural secret memos" is
             * {&TIETYPES RELATIONS} or {&TIETYPES MEMOS}. */
            if (!next_to(cs, s2.last, h, 1))
                return 0;
        }
        *st = s2;
        int32_t end = np_core_end(cs, h);
        st->last = end;
        *next = pos_after(q, j, end);
        return 1;
    }
    case SR_PAT_PREP_PHRASE: {
        if (e->nitems == 0)
            return 0;
        mstate s2 = *st;
        uint32_t after_prep;
        if (!elem_at(cs, &e->items[0], q, j, limit, &s2, &after_prep))
            return 0;
        /* The phrase runs to the end of the noun the preposition marks. */
        int32_t obj = cs->rel[t] == SR_CS_CASE ? cs->head[t] : -1;
        int32_t end = obj >= 0 && obj > t ? sr_coder_np_end(cs, obj) : limit;
        if (end > limit)
            end = limit;
        if (e->nitems > 1 &&
            !match_from(cs, e->items + 1, e->nitems - 1, q, after_prep, end, 0, 1, &s2))
            return 0;
        *st = s2;
        /* Move past the phrase's own words, but leave the prepositional
         * phrases hanging off its noun for later elements: "(AT ^) (WITH
         * +)" reads "at Osgiliath with Gondor" however "with" attaches. */
        if (obj >= 0 && s2.last < np_core_end(cs, obj))
            st->last = np_core_end(cs, obj);
        *next = pos_after(q, j, st->last);
        return 1;
    }
    }
    return 0;
}

/* Matches e[0..ne) in order from sequence position pos, tokens up to limit.
 * Backtracks over where each element starts. Inside a phrase (tight) each
 * element must follow the previous one with at most articles between, as
 * "(OVER EFFORTS)" reads "over the efforts" but not "over new efforts". */
static int match_from(const sr_cs_sent *cs, const sr_pat_elem *e, uint32_t ne, const mseq *q,
                      uint32_t pos, int32_t limit, int first_joined, int tight, mstate *st)
{
    if (ne == 0)
        return 1;
    int joined = first_joined || e[0].joined;
    for (uint32_t j = pos; j < q->n && q->tok[j] <= limit; j++) {
        if (--*q->budget < 0)
            return 0;
        if (joined && q->tok[j] != st->last + 1)
            break;
        if (tight && st->last >= 0 && !next_to(cs, st->last, q->tok[j], tight))
            break;
        mstate s2 = *st;
        uint32_t next;
        if (elem_at(cs, &e[0], q, j, limit, &s2, &next) &&
            match_from(cs, e + 1, ne - 1, q, next, limit, 0, tight, &s2)) {
            *st = s2;
            return 1;
        }
        if (joined || (tight && !skippable(cs, q->tok[j], tight)))
            break;
    }
    return 0;
}

/* Is token t, below verb v, inside a clause that a noun after v carries:
 * a relative clause ("killed a leader who masterminded attacks"; one
 * with a "that" mark is a content clause the parse hung as relative,
 * "concerns that the resolution would undermine the talks", and is
 * still read), or, when acl is set, any clause on the noun ("the
 * perfect place to hold criminals")? */
static int in_noun_clause(const sr_cs_sent *cs, int32_t v, int32_t t, int acl)
{
    int guard = 0;
    while (t >= 0 && t != v && guard++ < 64) {
        sr_cs_rel r = (sr_cs_rel)cs->rel[t];
        if (((acl && r == SR_CS_ACL) ||
             (r == SR_CS_RELCL && sr_coder_child(cs, t, SR_CS_MARK) < 0)) &&
            !cs->nominal[t] && cs->head[t] >= 0 &&
            cs->nominal[cs->head[t]])
            return 1;
        t = cs->head[t];
    }
    return 0;
}

/* Does verb v take an object and a noun said of it, "called the
 * center 'the perfect place'", "named him a traitor" (an object and its
 * predicate)? */
static int object_and_predicate(const sr_cs_sent *cs, int32_t v)
{
    int32_t x = sr_coder_child(cs, v, SR_CS_XCOMP);
    return x >= 0 && cs->nominal[x] && sr_coder_child(cs, v, SR_CS_OBJ) >= 0;
}

static int match_one(const sr_cs_ctx *cx, const sr_verb_pattern *p, const sr_cs_clause *cl,
                     mstate *st)
{
    long left = SR_CS_MATCH_BUDGET;
    long *budget = &left;
    const sr_cs_sent *cs = cx->cs;
    st->score = 0;
    st->source = st->target = st->compound = -1;
    if (p->nbefore) {
        mseq qb = {cl->before, cl->nbefore, budget};
        st->last = -2;
        if (!match_from(cs, p->before, p->nbefore, &qb, 0, cl->verb_first - 1, 0, 0, st))
            return 0;
        if (p->verb_joined_before && st->last != cl->verb_first - 1)
            return 0;
    }
    if (p->nafter) {
        mseq qa = {cl->after, cl->nafter, budget};
        st->last = cl->verb_last;
        if (!match_from(cs, p->after, p->nafter, &qa, 0, (int32_t)cs->n - 1,
                        p->verb_joined_after, 0, st))
            return 0;
    }
    return 1;
}

/* Can the pattern match at all? Its plain words must occur somewhere in
 * the sentence; most of a large block fails here, without a search. */
static int words_present(const sr_cs_sent *cs, const sr_pat_elem *e, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        const sr_pat_elem *x = &e[i];
        if (x->kind == SR_PAT_WORD && !sr_coder_sent_has_word(cs, x->word))
            return 0;
        if ((x->kind == SR_PAT_NOUN_PHRASE || x->kind == SR_PAT_PREP_PHRASE) &&
            !words_present(cs, x->items, x->nitems))
            return 0;
    }
    return 1;
}

int sr_coder_patterns_match(const sr_cs_ctx *cx, const sr_verb_block *block,
                            const sr_cs_clause *cl, sr_cs_match *m)
{
    int found = 0;
    const sr_cs_sent *cs = cx->cs;
    /* The words of a relative clause on a noun after the verb describe
     * that noun, not the act ("killed X, a leader who masterminded ...
     * terrorist attacks" is no bombing). A verb with an object and a noun
     * said of it ("called the center 'the perfect place' to hold
     * criminals slated for removal") gives a name or a judgement: its
     * patterns read that noun, and no clause on a noun after the verb
     * ("criminals" and "removal" are no name given by "called"). */
    int op = object_and_predicate(cs, cl->verb);
    int32_t *tok = sr_arena_alloc(cx->arena, (cl->nafter + 1) * sizeof *tok);
    sr_cs_clause own = *cl;
    own.nafter = 0;
    for (uint32_t i = 0; i < cl->nafter; i++)
        if (!in_noun_clause(cs, cl->verb, cl->after[i], op))
            tok[own.nafter++] = cl->after[i];
    /* "an ICE spokesperson declined comment": a verb the parse read as a
     * modifier of the noun right after it has that noun for its object;
     * its patterns read it ("* COMMENT"). */
    int32_t h = cs->head[cl->verb];
    if (cs->rel[cl->verb] == SR_CS_AMOD && h == cl->verb_last + 1 && cs->nominal[h] &&
        own.nafter == 0)
        tok[own.nafter++] = h;
    own.after = tok;
    cl = &own;
    if (!cx->cs->synmemo) /* see sr_coder_sent_build */
        cx->cs->synmemo =
            sr_arena_alloc(cx->arena, (cx->cs->synmemo_mask + 1) * sizeof *cx->cs->synmemo);
    for (size_t i = 0; i < block->npatterns; i++) {
        const sr_verb_pattern *p = block->patterns[i];
        if (!words_present(cx->cs, p->before, p->nbefore) ||
            !words_present(cx->cs, p->after, p->nafter))
            continue;
        mstate st;
        if (!match_one(cx, p, cl, &st))
            continue;
        if (!found || st.score > m->score) {
            m->pat = p;
            m->score = st.score;
            m->source = st.source;
            m->target = st.target;
            m->compound = st.compound;
            found = 1;
        }
    }
    return found;
}
