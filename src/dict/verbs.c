/* Verb dictionaries: synonym sets, verb blocks with their forms and
 * patterns, and transformations (docs/dictionaries.md, "Verbs").
 *
 * Synset references are resolved once the whole file is read, since
 * PETRARCH2 dictionaries may define a synset after a pattern uses it. A
 * pattern whose synset is undefined is reported and left out. */
#include "dict/dict_internal.h"

#include "base/alloc.h"

#include <stdio.h>
#include <string.h>

enum { WORD_MAX = 256 };

typedef struct pending {
    sr_verb_pattern *pat;
    sr_block_impl *block;
} pending;

typedef struct vstate {
    sr_dict *d;
    sr_dict_reader *r;
    sr_block_impl *block;      /* current block, NULL before the first header */
    sr_verb_code header_code;  /* code of the last header */
    sr_synset_impl *synset;    /* collecting members, or NULL */
    pending *pend;
    size_t npend, pend_cap;
    sr_verb_transform **xf;
    size_t nxf, xf_cap;
    sr_synset_impl **touched;  /* synsets defined or extended by this file */
    size_t ntouched, touched_cap;
    char why[256];
} vstate;

static int blank(char c)
{
    return c == ' ' || c == '\t';
}

/* ---------------------------------------------------------------- blocks */

static sr_block_impl *block_for(vstate *v, const char *name, size_t len, size_t line,
                                const sr_verb_code *code)
{
    sr_dict *d = v->d;
    char *upper = sr_dict_upper_dup(d, name, len);
    uint32_t node = sr_trie_add(&d->blocks, SR_TRIE_ROOT, upper, len);
    sr_block_impl *b = d->blocks.value[node];
    if (b)
        return b; /* PETRARCH2 keys patterns by block name: same name, same block */
    b = sr_arena_alloc(&d->arena, sizeof *b);
    b->pub.name = upper;
    b->pub.code = *code;
    b->pub.file = v->r->file;
    b->pub.line = (uint32_t)line;
    d->blocks.value[node] = b;
    SR_GROW(d->block_list, d->block_cap, d->nblocks + 1);
    d->block_list[d->nblocks++] = b;
    d->stats.verb_blocks++;
    return b;
}

/* "--- NAME [CODE] ---" */
static void header(vstate *v, char *s, size_t len, size_t line)
{
    while (len && *s == '-') {
        s++;
        len--;
    }
    while (len && s[len - 1] == '-')
        len--;
    s = sr_dict_trim(s, &len);
    size_t n = 0;
    while (n < len && !blank(s[n]) && s[n] != '[')
        n++;
    if (n == 0) {
        sr_dict_report(v->r, line, SR_DIAG_ERROR, "block header without a name; block skipped");
        v->block = NULL;
        return;
    }
    sr_verb_code code;
    memset(&code, 0, sizeof code);
    code.kind = SR_CODE_NULL;
    char *rest = s + n;
    size_t rlen = len - n;
    rest = sr_dict_trim(rest, &rlen);
    if (rlen) {
        /* "[CODE]", then only the decorative dashes. */
        const char *why = NULL;
        char *close = rest[0] == '[' ? memchr(rest, ']', rlen) : NULL;
        int tail_ok = close != NULL;
        for (char *p = close ? close + 1 : rest; tail_ok && p < rest + rlen; p++)
            tail_ok = *p == '-' || blank(*p);
        if (!tail_ok) {
            sr_dict_report(v->r, line, SR_DIAG_ERROR,
                           "block header \"%.*s\": expected \"--- NAME [CODE] ---\"; "
                           "block skipped", (int)n, s);
            v->block = NULL;
            return;
        }
        if (sr_verb_code_parse(rest + 1, (size_t)(close - rest - 1), &code, &why) != 0) {
            sr_dict_report(v->r, line, SR_DIAG_ERROR,
                           "block %.*s: bad code [%.*s]: %s; block skipped", (int)n, s,
                           (int)(close - rest - 1), rest + 1, why);
            v->block = NULL;
            return;
        }
    }
    v->header_code = code;
    v->block = block_for(v, s, n, line, &code);
}

/* ---------------------------------------------------------------- verb forms */

static int same_words(const char *const *a, uint32_t na, const char *const *b, uint32_t nb)
{
    if (na != nb)
        return 0;
    for (uint32_t i = 0; i < na; i++)
        if (strcmp(a[i], b[i]) != 0)
            return 0;
    return 1;
}

static void add_form(vstate *v, sr_verb_form *f)
{
    sr_dict *d = v->d;
    uint32_t node = sr_trie_add(&d->verbs, SR_TRIE_ROOT, f->word, strlen(f->word));
    sr_verb_form *head = d->verbs.value[node];
    for (sr_verb_form *e = head; e; e = (sr_verb_form *)e->next) {
        if (!same_words(e->pre, e->npre, f->pre, f->npre) ||
            !same_words(e->post, e->npost, f->post, f->npost))
            continue;
        d->stats.redefined++;
        if (e->generated && !f->generated) {
            /* A form someone wrote down beats one sitrep guessed. */
            const sr_verb_form *keep = e->next;
            *e = *f;
            e->next = keep;
        } else if (!e->generated && !f->generated && e->block != f->block) {
            sr_dict_report(v->r, f->line, SR_DIAG_WARNING,
                           "verb form %s (block %s) is already in block %s (line %u); the "
                           "first definition is kept", f->word, f->block->name,
                           e->block->name, (unsigned)e->line);
        }
        return;
    }
    /* Multi-word forms go first, longest first, so the coder tries them
     * before the bare word. */
    uint32_t nw = f->npre + f->npost;
    sr_verb_form **link = (sr_verb_form **)&d->verbs.value[node];
    while (*link && (*link)->npre + (*link)->npost >= nw)
        link = (sr_verb_form **)&(*link)->next;
    f->next = *link;
    *link = f;
    d->stats.verb_forms++;
}

/* Splits a verb phrase "RE_+ARREST" / "+CORDON_OFF" / "ACCEPT" and adds it.
 * Returns 0, or -1 with v->why set. */
static int verb_phrase(vstate *v, const char *s, size_t len, int generated, size_t line,
                       const sr_verb_code *code, sr_verb_form *out_template)
{
    sr_dict *d = v->d;
    const char *words[32];
    size_t lens[32], n = 0, verb = (size_t)-1;
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && s[j] != '_')
            j++;
        if (j > i) {
            if (n == 32) {
                snprintf(v->why, sizeof v->why, "too many words in \"%.*s\"", (int)len, s);
                return -1;
            }
            words[n] = s + i;
            lens[n] = j - i;
            if (s[i] == '+') {
                if (verb != (size_t)-1) {
                    snprintf(v->why, sizeof v->why, "two '+' in \"%.*s\"", (int)len, s);
                    return -1;
                }
                verb = n;
                words[n]++;
                lens[n]--;
                if (lens[n] == 0) {
                    snprintf(v->why, sizeof v->why, "'+' without a word in \"%.*s\"",
                             (int)len, s);
                    return -1;
                }
            }
            n++;
        }
        i = j + 1;
    }
    if (n == 0) {
        snprintf(v->why, sizeof v->why, "empty verb");
        return -1;
    }
    if (verb == (size_t)-1) {
        if (n > 1) {
            snprintf(v->why, sizeof v->why,
                     "multi-word verb \"%.*s\" needs '+' before its verb word", (int)len, s);
            return -1;
        }
        verb = 0;
    }
    sr_verb_form *f = sr_arena_alloc(&d->arena, sizeof *f);
    *f = *out_template;
    f->word = sr_dict_upper_dup(d, words[verb], lens[verb]);
    if (verb) {
        const char **pre = sr_arena_alloc(&d->arena, verb * sizeof *pre);
        for (size_t k = 0; k < verb; k++)
            pre[k] = sr_dict_upper_dup(d, words[k], lens[k]);
        f->pre = pre;
        f->npre = (uint32_t)verb;
    }
    if (n - verb - 1) {
        const char **post = sr_arena_alloc(&d->arena, (n - verb - 1) * sizeof *post);
        for (size_t k = verb + 1; k < n; k++)
            post[k - verb - 1] = sr_dict_upper_dup(d, words[k], lens[k]);
        f->post = post;
        f->npost = (uint32_t)(n - verb - 1);
    }
    f->code = *code;
    f->generated = (uint8_t)generated;
    f->line = (uint32_t)line;
    add_form(v, f);
    return 0;
}

/* The -S, -ED and -ING forms of phrase s, inflecting the '+' word (or the
 * only word). */
static void regular_forms(vstate *v, const char *s, size_t len, size_t line,
                          const sr_verb_code *code, sr_verb_form *tmpl)
{
    size_t vs = 0, ve;
    const char *plus = memchr(s, '+', len);
    if (plus)
        vs = (size_t)(plus - s) + 1;
    ve = vs;
    while (ve < len && s[ve] != '_')
        ve++;
    size_t (*fn[3])(const char *, size_t, char *, size_t) = {
        sr_inflect_3sg, sr_inflect_past, sr_inflect_ing};
    char up[WORD_MAX], form[WORD_MAX], phrase[3 * WORD_MAX];
    if (ve - vs >= WORD_MAX || len >= WORD_MAX)
        return;
    for (size_t k = vs; k < ve; k++)
        up[k - vs] = (s[k] >= 'a' && s[k] <= 'z') ? (char)(s[k] - 32) : s[k];
    for (int k = 0; k < 3; k++) {
        size_t fl = fn[k](up, ve - vs, form, sizeof form);
        if (!fl)
            continue;
        int pl = snprintf(phrase, sizeof phrase, "%.*s%s%.*s", (int)vs, s, form,
                          (int)(len - ve), s + ve);
        if (pl > 0 && (size_t)pl < sizeof phrase)
            verb_phrase(v, phrase, (size_t)pl, 1, line, code, tmpl);
    }
}

/* "WORD {FORM FORM ...} [CODE]" */
static void verb_line(vstate *v, char *s, size_t len, size_t line)
{
    if (!v->block) {
        sr_dict_report(v->r, line, SR_DIAG_ERROR,
                     "verb \"%.*s\" outside a \"--- NAME [CODE] ---\" block; line skipped",
                     (int)len, s);
        return;
    }
    size_t hl = 0;
    while (hl < len && s[hl] != '{' && s[hl] != '[')
        hl++;
    size_t hlen = hl;
    char *head = sr_dict_trim(s, &hlen);
    for (size_t i = 0; i < hlen; i++) {
        if (blank(head[i])) {
            sr_dict_report(v->r, line, SR_DIAG_ERROR,
                         "verb \"%.*s\" is not one word (pattern lines start with '-'); "
                         "line skipped", (int)hlen, head);
            return;
        }
    }
    if (hlen == 0) {
        sr_dict_report(v->r, line, SR_DIAG_ERROR, "verb line without a verb; line skipped");
        return;
    }
    char *forms = NULL;
    size_t flen = 0;
    size_t i = hl;
    if (i < len && s[i] == '{') {
        char *close = memchr(s + i, '}', len - i);
        if (!close) {
            sr_dict_report(v->r, line, SR_DIAG_ERROR, "verb %.*s: missing '}'; line skipped",
                         (int)hlen, head);
            return;
        }
        forms = s + i + 1;
        flen = (size_t)(close - forms);
        i = (size_t)(close - s) + 1;
    }
    while (i < len && blank(s[i]))
        i++;
    sr_verb_code code = v->header_code;
    if (i < len) {
        char *close = s[i] == '[' ? memchr(s + i, ']', len - i) : NULL;
        size_t after = close ? (size_t)(close - s) + 1 : len;
        while (after < len && blank(s[after]))
            after++;
        if (!close || after != len) {
            sr_dict_report(v->r, line, SR_DIAG_ERROR,
                         "verb %.*s: unexpected \"%.*s\" (expected {FORMS} and [CODE]); "
                         "line skipped", (int)hlen, head, (int)(len - i), s + i);
            return;
        }
        const char *why = NULL;
        if (sr_verb_code_parse(s + i + 1, (size_t)(close - s - i - 1), &code, &why) != 0) {
            sr_dict_report(v->r, line, SR_DIAG_ERROR, "verb %.*s: bad code [%.*s]: %s; "
                         "line skipped", (int)hlen, head, (int)(close - s - i - 1), s + i + 1,
                         why);
            return;
        }
    }
    sr_verb_form tmpl;
    memset(&tmpl, 0, sizeof tmpl);
    tmpl.block = &v->block->pub;
    tmpl.file = v->r->file;
    if (verb_phrase(v, head, hlen, 0, line, &code, &tmpl) != 0) {
        sr_dict_report(v->r, line, SR_DIAG_ERROR, "%s; line skipped", v->why);
        return;
    }
    if (!forms) {
        regular_forms(v, head, hlen, line, &code, &tmpl);
        return;
    }
    size_t k = 0;
    /* Forms are separated by blanks; a few dictionaries also use commas. */
    while (k < flen) {
        while (k < flen && (blank(forms[k]) || forms[k] == ','))
            k++;
        size_t b = k;
        while (k < flen && !blank(forms[k]) && forms[k] != ',')
            k++;
        if (k > b && verb_phrase(v, forms + b, k - b, 0, line, &code, &tmpl) != 0)
            sr_dict_report(v->r, line, SR_DIAG_ERROR, "%s; form skipped", v->why);
    }
}

/* ---------------------------------------------------------------- patterns */

static void pattern_line(vstate *v, char *s, size_t len, size_t line)
{
    if (!v->block) {
        sr_dict_report(v->r, line, SR_DIAG_ERROR,
                     "pattern outside a \"--- NAME [CODE] ---\" block; pattern skipped");
        return;
    }
    char *open = NULL;
    for (size_t i = len; i-- > 0;)
        if (s[i] == '[') {
            open = s + i;
            break;
        }
    char *close = open ? memchr(open, ']', len - (size_t)(open - s)) : NULL;
    if (!open || !close) {
        sr_dict_report(v->r, line, SR_DIAG_ERROR, "pattern has no [CODE]; pattern skipped");
        return;
    }
    for (char *p = close + 1; p < s + len; p++)
        if (!blank(*p)) {
            sr_dict_report(v->r, line, SR_DIAG_ERROR,
                         "unexpected \"%.*s\" after the pattern's code; pattern skipped",
                         (int)(s + len - p), p);
            return;
        }
    sr_verb_code code;
    const char *why = NULL;
    if (sr_verb_code_parse(open + 1, (size_t)(close - open - 1), &code, &why) != 0) {
        sr_dict_report(v->r, line, SR_DIAG_ERROR, "bad code [%.*s]: %s; pattern skipped",
                     (int)(close - open - 1), open + 1, why);
        return;
    }
    size_t blen = (size_t)(open - s);
    char *body = sr_dict_trim(s, &blen);
    sr_pat_parsed pp;
    if (sr_pat_parse(v->d, body, blen, 1, &pp, v->why, sizeof v->why) != 0) {
        sr_dict_report(v->r, line, SR_DIAG_ERROR, "%s; pattern skipped", v->why);
        return;
    }
    sr_verb_pattern *pat = sr_arena_alloc(&v->d->arena, sizeof *pat);
    pat->block = &v->block->pub;
    pat->before = pp.before;
    pat->nbefore = pp.nbefore;
    pat->after = pp.after;
    pat->nafter = pp.nafter;
    pat->verb_joined_before = pp.joined_before;
    pat->verb_joined_after = pp.joined_after;
    pat->code = code;
    pat->text = sr_arena_strndup(&v->d->arena, body, blen);
    pat->file = v->r->file;
    pat->line = (uint32_t)line;
    SR_GROW(v->pend, v->pend_cap, v->npend + 1);
    v->pend[v->npend++] = (pending){pat, v->block};
}

/* ---------------------------------------------------------------- synsets */

static void synset_start(vstate *v, char *s, size_t len, size_t line)
{
    sr_dict *d = v->d;
    s++;
    len--;
    int no_plurals = 0;
    while (len && s[len - 1] == '_') {
        no_plurals = 1;
        len--;
    }
    for (size_t i = 0; i < len; i++)
        if (blank(s[i]) || s[i] == '&' || s[i] == '(' || s[i] == '{' || s[i] == '[') {
            sr_dict_report(v->r, line, SR_DIAG_ERROR,
                         "synset label \"&%.*s\" is not one word; synset skipped", (int)len, s);
            v->synset = NULL;
            return;
        }
    if (len == 0) {
        sr_dict_report(v->r, line, SR_DIAG_ERROR, "'&' without a synset name; synset skipped");
        v->synset = NULL;
        return;
    }
    char *name = sr_dict_upper_dup(d, s, len);
    uint32_t node = sr_trie_add(&d->synsets, SR_TRIE_ROOT, name, len);
    sr_synset_impl *syn = d->synsets.value[node];
    if (!syn) {
        syn = sr_arena_alloc(&d->arena, sizeof *syn);
        char *full = sr_arena_alloc(&d->arena, len + 2);
        full[0] = '&';
        memcpy(full + 1, name, len);
        syn->pub.name = full;
        syn->pub.file = v->r->file;
        syn->pub.line = (uint32_t)line;
        syn->pub.no_plurals = (uint8_t)no_plurals;
        d->synsets.value[node] = syn;
        SR_GROW(d->synset_list, d->synset_cap, d->nsynsets + 1);
        d->synset_list[d->nsynsets++] = syn;
        d->stats.synsets++;
    }
    /* A label defined again adds members, as in PETRARCH2. */
    SR_GROW(v->touched, v->touched_cap, v->ntouched + 1);
    v->touched[v->ntouched++] = syn;
    v->synset = syn;
}

static void add_member(vstate *v, sr_synset_impl *syn, const sr_pat_parsed *pp, int plural,
                       size_t line)
{
    SR_GROW(syn->mem, syn->cap, syn->pub.nmembers + 1);
    sr_synset_member *m = &syn->mem[syn->pub.nmembers++];
    m->items = pp->before;
    m->nitems = pp->nbefore;
    m->plural = (uint8_t)plural;
    m->line = (uint32_t)line;
    syn->pub.members = syn->mem;
    v->d->stats.synset_members++;
}

static void synset_member(vstate *v, char *s, size_t len, size_t line)
{
    s++;
    len--;
    s = sr_dict_trim(s, &len);
    int exact = len && s[len - 1] == '_';
    sr_pat_parsed pp;
    if (sr_pat_parse(v->d, s, len, 0, &pp, v->why, sizeof v->why) != 0) {
        sr_dict_report(v->r, line, SR_DIAG_ERROR, "synset %s: %s; member skipped",
                     v->synset->pub.name, v->why);
        return;
    }
    add_member(v, v->synset, &pp, 0, line);
    if (exact || v->synset->pub.no_plurals)
        return;
    for (uint32_t i = 0; i < pp.nbefore; i++)
        if (pp.before[i].kind != SR_PAT_WORD)
            return; /* plurals only for plain word phrases */
    const char *last = pp.before[pp.nbefore - 1].word;
    char plural[WORD_MAX];
    size_t pl = sr_inflect_plural(last, strlen(last), plural, sizeof plural);
    if (!pl)
        return;
    sr_pat_parsed copy = pp;
    copy.before = sr_arena_alloc(&v->d->arena, pp.nbefore * sizeof *copy.before);
    memcpy(copy.before, pp.before, pp.nbefore * sizeof *copy.before);
    copy.before[pp.nbefore - 1].word = sr_arena_strndup(&v->d->arena, plural, pl);
    add_member(v, v->synset, &copy, 1, line);
}

/* ---------------------------------------------------------------- resolution */

/* Resolves synset references in items; returns the first undefined name or
 * NULL. */
static const char *resolve(sr_dict *d, sr_pat_elem *items, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        sr_pat_elem *e = &items[i];
        if (e->kind == SR_PAT_SYNSET) {
            uint32_t node = sr_trie_step(&d->synsets, SR_TRIE_ROOT, e->word, strlen(e->word));
            sr_synset_impl *s = node ? d->synsets.value[node] : NULL;
            if (!s)
                return e->word;
            e->synset = &s->pub;
        } else if (e->nitems) {
            const char *bad = resolve(d, (sr_pat_elem *)e->items, e->nitems);
            if (bad)
                return bad;
        }
    }
    return NULL;
}

/* Finds synset references in items that lead back to a synset being
 * visited (mark 1). */
static int cyclic(const sr_pat_elem *items, uint32_t n);

static int visit(sr_synset_impl *s)
{
    if (s->mark == 1)
        return 1;
    if (s->mark == 2)
        return 0;
    s->mark = 1;
    int found = 0;
    for (size_t i = 0; i < s->pub.nmembers && !found; i++)
        found = cyclic(s->mem[i].items, s->mem[i].nitems);
    s->mark = 2;
    return found;
}

static int cyclic(const sr_pat_elem *items, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        const sr_pat_elem *e = &items[i];
        if (e->kind == SR_PAT_SYNSET && e->synset &&
            visit((sr_synset_impl *)(void *)e->synset))
            return 1;
        if (e->nitems && cyclic(e->items, e->nitems))
            return 1;
    }
    return 0;
}

static void drop_member(sr_synset_impl *s, size_t i)
{
    memmove(&s->mem[i], &s->mem[i + 1], (s->pub.nmembers - i - 1) * sizeof *s->mem);
    s->pub.nmembers--;
}

/* How many plain patterns the element list stands for once every synset is
 * replaced by each of its members (PETRARCH2 stores them expanded). */
static double variants(const sr_pat_elem *items, uint32_t n)
{
    double total = 1;
    for (uint32_t i = 0; i < n; i++) {
        const sr_pat_elem *e = &items[i];
        if (e->kind == SR_PAT_SYNSET && e->synset) {
            double sum = 0;
            for (size_t k = 0; k < e->synset->nmembers; k++)
                sum += variants(e->synset->members[k].items, e->synset->members[k].nitems);
            total *= sum;
        } else if (e->nitems && e->kind != SR_PAT_ALTERNATIVES) {
            total *= variants(e->items, e->nitems);
        }
    }
    return total;
}

static void finish(vstate *v)
{
    sr_dict *d = v->d;
    for (size_t t = 0; t < v->ntouched; t++) {
        sr_synset_impl *s = v->touched[t];
        for (size_t i = 0; i < s->pub.nmembers;) {
            const char *bad = resolve(d, (sr_pat_elem *)s->mem[i].items, s->mem[i].nitems);
            if (bad) {
                sr_dict_report(v->r, s->mem[i].line, SR_DIAG_ERROR,
                             "synset %s: undefined synset &%s; member skipped", s->pub.name,
                             bad);
                drop_member(s, i);
                d->stats.synset_members--;
                continue;
            }
            i++;
        }
    }
    /* A synset that contains itself, directly or not, would send the coder
     * round in circles: drop the member that closes the loop. */
    for (size_t t = 0; t < v->ntouched; t++) {
        sr_synset_impl *s = v->touched[t];
        for (size_t i = 0; i < s->pub.nmembers;) {
            for (size_t k = 0; k < d->nsynsets; k++)
                d->synset_list[k]->mark = 0;
            s->mark = 1;
            if (cyclic(s->mem[i].items, s->mem[i].nitems)) {
                sr_dict_report(v->r, s->mem[i].line, SR_DIAG_ERROR,
                             "synset %s contains itself; member skipped", s->pub.name);
                drop_member(s, i);
                d->stats.synset_members--;
                continue;
            }
            i++;
        }
    }
    for (size_t i = 0; i < v->npend; i++) {
        sr_verb_pattern *p = v->pend[i].pat;
        const char *bad = resolve(d, (sr_pat_elem *)p->before, p->nbefore);
        if (!bad)
            bad = resolve(d, (sr_pat_elem *)p->after, p->nafter);
        if (bad) {
            sr_dict_report(v->r, p->line, SR_DIAG_ERROR, "undefined synset &%s; pattern skipped",
                         bad);
            continue;
        }
        sr_block_impl *b = v->pend[i].block;
        SR_GROW(b->pats, b->cap, b->pub.npatterns + 1);
        b->pats[b->pub.npatterns++] = p;
        b->pub.patterns = b->pats;
        d->stats.verb_patterns++;
        d->stats.verb_pattern_variants +=
            (size_t)(variants(p->before, p->nbefore) * variants(p->after, p->nafter));
    }
    for (size_t i = 0; i < v->nxf; i++) {
        sr_verb_transform *x = v->xf[i];
        const char *bad = NULL;
        for (const sr_xform_event *e = &x->lhs; e && !bad; e = e->nested)
            for (uint32_t k = 0; k < e->nverbs && !bad; k++)
                if (strcmp(e->verbs[k], "Q") != 0 &&
                    !sr_dict_verb_lookup(d, e->verbs[k], strlen(e->verbs[k])))
                    bad = e->verbs[k];
        if (bad) {
            sr_dict_report(v->r, x->line, SR_DIAG_ERROR,
                         "transformation uses %s, which is not a verb in the dictionary; "
                         "transformation skipped", bad);
            continue;
        }
        SR_GROW(d->xforms, d->xform_cap, d->nxforms + 1);
        d->xforms[d->nxforms++] = x;
        d->stats.transforms++;
    }
}

static void transform_line(vstate *v, char *s, size_t len, size_t line)
{
    sr_verb_transform *x = sr_arena_alloc(&v->d->arena, sizeof *x);
    size_t blen = len - 1;
    char *body = sr_dict_trim(s + 1, &blen);
    if (sr_xform_parse(v->d, body, blen, x, v->why, sizeof v->why) != 0) {
        sr_dict_report(v->r, line, SR_DIAG_ERROR, "transformation: %s; line skipped", v->why);
        return;
    }
    x->text = sr_arena_strndup(&v->d->arena, body, blen);
    x->file = v->r->file;
    x->line = (uint32_t)line;
    SR_GROW(v->xf, v->xf_cap, v->nxf + 1);
    v->xf[v->nxf++] = x;
}

/* ---------------------------------------------------------------- the file */

sr_status sr_dict_load_verbs(sr_dict *d, const char *path, sr_dict_diags *diags,
                             sr_error *err)
{
    sr_dict_reader r;
    sr_status st = sr_dict_reader_open(&r, d, path, diags, err);
    if (st != SR_OK)
        return st;
    r.semicolons = 1;
    vstate v;
    memset(&v, 0, sizeof v);
    v.d = d;
    v.r = &r;
    v.header_code.kind = SR_CODE_NULL;
    char *line;
    size_t len;
    while (sr_dict_reader_next(&r, &line, &len)) {
        char *s = sr_dict_trim(line, &len);
        size_t ln = r.lineno;
        if (s[0] != '+')
            v.synset = NULL;
        if (len >= 3 && memcmp(s, "---", 3) == 0) {
            header(&v, s, len, ln);
        } else if (s[0] == '-') {
            pattern_line(&v, s + 1, len - 1, ln);
        } else if (s[0] == '&') {
            synset_start(&v, s, len, ln);
        } else if (s[0] == '+' && v.synset) {
            synset_member(&v, s, len, ln);
        } else if (s[0] == '~') {
            transform_line(&v, s, len, ln);
        } else {
            verb_line(&v, s, len, ln);
        }
    }
    finish(&v);
    free(v.pend);
    free(v.xf);
    free(v.touched);
    sr_dict_reader_close(&r);
    return SR_OK;
}
