/* The pattern language of verb dictionaries: "- BEFORE * AFTER [CODE]"
 * bodies and synset members, parsed into sr_pat_elem trees. See
 * docs/dictionaries.md for the grammar. */
#include "dict/dict_internal.h"

#include "base/alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef enum tkind {
    T_END, T_WORD, T_SYN, T_LP, T_RP, T_LB, T_RB, T_STAR, T_SRC, T_TGT, T_CMP, T_SKIP,
    T_BAD
} tkind;

typedef struct tok {
    tkind k;
    const char *s;
    size_t len;
    int joined;
} tok;

typedef struct pstate {
    sr_dict *d;
    const char *s;
    size_t len, pos;
    int is_pattern;
    char *why;
    size_t whysize;
    tok peeked;
    int has_peek;
} pstate;

typedef struct evec {
    sr_pat_elem *v;
    size_t n, cap;
} evec;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int fail(pstate *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->why, p->whysize, fmt, ap);
    va_end(ap);
    return -1;
}

static int blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Characters that end a word. '_' joins words; '/' stays inside a word and
 * is split later into alternatives. */
static int delim(char c)
{
    return blank(c) || c == '(' || c == ')' || c == '{' || c == '}' || c == '*' ||
           c == '_' || c == '[' || c == ']';
}

static tok lex(pstate *p)
{
    tok t = {T_END, NULL, 0, 0};
    const char *s = p->s;
    size_t n = p->len;
    while (p->pos < n) {
        char c = s[p->pos];
        if (blank(c)) {
            t.joined = 0;
            p->pos++;
        } else if (c == '_') {
            /* "A_B" joins; a '_' before a blank only marks an exact word. */
            int after_tok = p->pos > 0 && !blank(s[p->pos - 1]);
            int before_tok = p->pos + 1 < n && !blank(s[p->pos + 1]) && s[p->pos + 1] != '_';
            t.joined = after_tok && before_tok;
            p->pos++;
        } else {
            break;
        }
    }
    if (p->pos >= n)
        return t;
    char c = s[p->pos];
    t.s = s + p->pos;
    t.len = 1;
    switch (c) {
    case '(': t.k = T_LP; break;
    case ')': t.k = T_RP; break;
    case '{': t.k = T_LB; break;
    case '}': t.k = T_RB; break;
    case '*': t.k = T_STAR; break;
    case '$': t.k = T_SRC; break;
    case '+': t.k = T_TGT; break;
    case '%': t.k = T_CMP; break;
    case '^': t.k = T_SKIP; break;
    case '[': case ']': t.k = T_BAD; break;
    case '&': {
        size_t e = p->pos + 1;
        while (e < n && !blank(s[e]) && s[e] != '(' && s[e] != ')' && s[e] != '{' &&
               s[e] != '}' && s[e] != '*')
            e++;
        t.k = T_SYN;
        t.s = s + p->pos + 1;
        t.len = e - p->pos - 1;
        while (t.len && t.s[t.len - 1] == '_')
            t.len--;
        p->pos = e;
        return t;
    }
    default: {
        size_t e = p->pos;
        while (e < n && !delim(s[e]))
            e++;
        t.k = T_WORD;
        t.len = e - p->pos;
        p->pos = e;
        return t;
    }
    }
    p->pos++;
    return t;
}

static tok next(pstate *p)
{
    if (p->has_peek) {
        p->has_peek = 0;
        return p->peeked;
    }
    return lex(p);
}

static tok peek(pstate *p)
{
    if (!p->has_peek) {
        p->peeked = lex(p);
        p->has_peek = 1;
    }
    return p->peeked;
}

static void push(evec *v, const sr_pat_elem *e)
{
    SR_GROW(v->v, v->cap, v->n + 1);
    v->v[v->n++] = *e;
}

static sr_pat_elem *to_arena(sr_dict *d, evec *v)
{
    sr_pat_elem *out = NULL;
    if (v->n) {
        out = sr_arena_alloc(&d->arena, v->n * sizeof *out);
        memcpy(out, v->v, v->n * sizeof *out);
    }
    free(v->v);
    v->v = NULL;
    v->cap = 0;
    return out;
}

static int word_elem(pstate *p, const tok *t, sr_pat_elem *e)
{
    memset(e, 0, sizeof *e);
    e->joined = (uint8_t)t->joined;
    if (!memchr(t->s, '/', t->len)) {
        e->kind = SR_PAT_WORD;
        e->word = sr_dict_upper_dup(p->d, t->s, t->len);
        return 0;
    }
    evec alts = {0};
    size_t i = 0;
    while (i <= t->len) {
        size_t j = i;
        while (j < t->len && t->s[j] != '/')
            j++;
        if (j == i) {
            free(alts.v);
            return fail(p, "empty alternative in \"%.*s\"", (int)t->len, t->s);
        }
        sr_pat_elem w = {SR_PAT_WORD, 0, sr_dict_upper_dup(p->d, t->s + i, j - i), NULL,
                         NULL, 0};
        push(&alts, &w);
        i = j + 1;
    }
    e->kind = SR_PAT_ALTERNATIVES;
    e->nitems = (uint32_t)alts.n;
    e->items = to_arena(p->d, &alts);
    return 0;
}

/* One element starting with t; inside is 0 at the top level, or the
 * group being read ('{' or '('). */
static int element(pstate *p, const tok *t, int inside, sr_pat_elem *e);

static int group(pstate *p, const tok *open, sr_pat_elem *e)
{
    int np = open->k == T_LB;
    tkind closer = np ? T_RB : T_RP;
    evec items = {0};
    for (;;) {
        tok t = next(p);
        if (t.k == closer)
            break;
        if (t.k == T_END) {
            free(items.v);
            return fail(p, "missing '%c'", np ? '}' : ')');
        }
        sr_pat_elem sub;
        if (element(p, &t, np ? '{' : '(', &sub) != 0) {
            free(items.v);
            return -1;
        }
        push(&items, &sub);
    }
    if (np && items.n == 0) {
        free(items.v);
        return fail(p, "empty noun phrase {}");
    }
    if (np) {
        sr_pat_kind last = items.v[items.n - 1].kind;
        if (last != SR_PAT_WORD && last != SR_PAT_SYNSET && last != SR_PAT_ALTERNATIVES) {
            free(items.v);
            return fail(p, "a noun phrase {...} must end with its head word");
        }
    }
    if (!np && items.n == 0) {
        free(items.v);
        return fail(p, "empty prepositional phrase ()");
    }
    if (!np) {
        sr_pat_kind first = items.v[0].kind;
        if (first != SR_PAT_WORD && first != SR_PAT_SYNSET && first != SR_PAT_ALTERNATIVES) {
            free(items.v);
            return fail(p, "a prepositional phrase (...) must start with its preposition");
        }
    }
    memset(e, 0, sizeof *e);
    e->kind = np ? SR_PAT_NOUN_PHRASE : SR_PAT_PREP_PHRASE;
    e->joined = (uint8_t)open->joined;
    e->nitems = (uint32_t)items.n;
    e->items = to_arena(p->d, &items);
    return 0;
}

static int element(pstate *p, const tok *t, int inside, sr_pat_elem *e)
{
    memset(e, 0, sizeof *e);
    e->joined = (uint8_t)t->joined;
    switch (t->k) {
    case T_WORD:
        return word_elem(p, t, e);
    case T_SYN:
        if (t->len == 0)
            return fail(p, "'&' without a synset name");
        e->kind = SR_PAT_SYNSET;
        e->word = sr_dict_upper_dup(p->d, t->s, t->len);
        return 0;
    case T_SRC: case T_TGT: case T_CMP: case T_SKIP:
        if (!p->is_pattern)
            return fail(p, "'%c' is not allowed in a synset member", *t->s);
        e->kind = t->k == T_SRC ? SR_PAT_SOURCE : t->k == T_TGT ? SR_PAT_TARGET
                : t->k == T_CMP ? SR_PAT_COMPOUND : SR_PAT_SKIP;
        return 0;
    case T_LB:
        if (inside == '{')
            return fail(p, "'{' inside a noun phrase");
        return group(p, t, e);
    case T_LP:
        if (inside)
            return fail(p, "'(' inside a %s", inside == '(' ? "prepositional phrase"
                                                            : "noun phrase");
        return group(p, t, e);
    case T_STAR:
        if (!p->is_pattern)
            return fail(p, "'*' in a synset member");
        return fail(p, "'*' inside a phrase group");
    case T_RP:
        return fail(p, "unmatched ')'");
    case T_RB:
        return fail(p, "unmatched '}'");
    case T_BAD:
        return fail(p, "unexpected '%c'", *t->s);
    case T_END:
        break;
    }
    return fail(p, "unexpected end of pattern");
}

int sr_pat_parse(sr_dict *d, const char *s, size_t len, int is_pattern,
                 sr_pat_parsed *out, char *why, size_t whysize)
{
    pstate p = {d, s, len, 0, is_pattern, why, whysize, {T_END, NULL, 0, 0}, 0};
    evec before = {0}, after = {0};
    int stars = 0;
    memset(out, 0, sizeof *out);
    for (;;) {
        tok t = next(&p);
        if (t.k == T_END)
            break;
        if (t.k == T_STAR && is_pattern) {
            if (++stars > 1) {
                fail(&p, "more than one '*' (the verb) in a pattern");
                goto bad;
            }
            out->joined_before = (uint8_t)t.joined;
            out->joined_after = (uint8_t)peek(&p).joined;
            continue;
        }
        sr_pat_elem e;
        if (element(&p, &t, 0, &e) != 0)
            goto bad;
        push(stars ? &after : &before, &e);
    }
    if (is_pattern && stars == 0) {
        fail(&p, "pattern has no '*' for the verb");
        goto bad;
    }
    if (!is_pattern && before.n == 0) {
        fail(&p, "empty synset member");
        goto bad;
    }
    out->nbefore = (uint32_t)before.n;
    out->before = to_arena(d, &before);
    out->nafter = (uint32_t)after.n;
    out->after = to_arena(d, &after);
    return 0;
bad:
    free(before.v);
    free(after.v);
    return -1;
}
