/* Actor dictionaries (docs/dictionaries.md, "Actors"): a root phrase, its
 * "+" synonyms and its codes, which follow the root on the same line or on
 * indented lines, each code optionally restricted to a date range. */
#include "dict/dict_internal.h"

#include "base/alloc.h"

#include <string.h>

typedef struct phrase_ref {
    const char *s;    /* into the reader's buffer, valid until close */
    size_t len;
    size_t line;
} phrase_ref;

typedef struct astate {
    sr_dict *d;
    sr_dict_reader *r;
    sr_actor *cur;          /* the entry being collected, or NULL */
    phrase_ref *phrases;
    size_t nphrases, pcap;
    sr_actor_code *codes;
    size_t ncodes, ccap;
    int broken;             /* the root had an error: drop the whole entry */
    size_t last_line;       /* last line that went into the entry */
} astate;

static int blank(char c)
{
    return c == ' ' || c == '\t';
}

static void finish_entry(astate *a)
{
    sr_dict *d = a->d;
    sr_actor *e = a->cur;
    if (!e)
        return;
    if (a->broken) {
        /* already reported */
    } else if (!a->ncodes) {
        sr_dict_report(a->r, e->line, SR_DIAG_ERROR, "actor %s has no code; entry skipped",
                     e->name);
    } else {
        sr_actor_code *codes = sr_arena_alloc(&d->arena, a->ncodes * sizeof *codes);
        memcpy(codes, a->codes, a->ncodes * sizeof *codes);
        e->codes = codes;
        e->ncodes = (uint32_t)a->ncodes;
        d->stats.actors++;
        d->stats.actor_codes += a->ncodes;
        for (size_t i = 0; i < a->nphrases; i++) {
            phrase_ref *p = &a->phrases[i];
            uint32_t node = sr_trie_add_phrase(&d->actors, &d->arena, p->s, p->len, 1);
            if (!node) {
                sr_dict_report(a->r, p->line, SR_DIAG_ERROR, "empty actor phrase; skipped");
                continue;
            }
            if (d->actors.value[node])
                d->stats.redefined++;
            /* Later definitions replace earlier ones, as in PETRARCH2. */
            d->actors.value[node] = e;
            d->stats.actor_phrases++;
        }
    }
    a->cur = NULL;
    a->nphrases = 0;
    a->ncodes = 0;
    a->broken = 0;
}

/* One "[CODE restriction]" group, s[0..len) between the brackets. */
static void code_group(astate *a, const char *s, size_t len, size_t line)
{
    size_t i = 0;
    while (i < len && blank(s[i]))
        i++;
    size_t cs = i;
    while (i < len && !blank(s[i]) && s[i] != '<' && s[i] != '>')
        i++;
    size_t ce = i;
    if (ce == cs) {
        sr_dict_report(a->r, line, SR_DIAG_ERROR, "empty actor code []; code skipped");
        return;
    }
    sr_actor_code c;
    memset(&c, 0, sizeof c);
    c.line = (uint32_t)line;
    while (i < len && blank(s[i]))
        i++;
    if (i < len) {
        const char *rs = s + i;
        size_t rl = len - i;
        while (rl && blank(rs[rl - 1]))
            rl--;
        c.restricted = 1;
        int ok;
        if (rs[0] == '<' || rs[0] == '>') {
            size_t k = 1;
            while (k < rl && blank(rs[k]))
                k++;
            int32_t date;
            ok = sr_dict_parse_date(rs + k, rl - k, &date) == 0;
            if (ok) {
                if (rs[0] == '<')
                    c.to = date;
                else
                    c.from = date;
            }
        } else {
            const char *dash = memchr(rs, '-', rl);
            ok = dash != NULL;
            if (ok) {
                size_t l1 = (size_t)(dash - rs), s2 = l1 + 1, l2;
                while (l1 && blank(rs[l1 - 1]))
                    l1--;
                while (s2 < rl && blank(rs[s2]))
                    s2++;
                l2 = rl - s2;
                ok = sr_dict_parse_date(rs, l1, &c.from) == 0 &&
                     sr_dict_parse_date(rs + s2, l2, &c.to) == 0 && c.from <= c.to;
            }
        }
        if (!ok) {
            sr_dict_report(a->r, line, SR_DIAG_ERROR,
                         "actor code %.*s: bad date restriction \"%.*s\" (expected <yymmdd, "
                         ">yymmdd or yymmdd-yymmdd, with yyyymmdd also allowed); code skipped",
                         (int)(ce - cs), s + cs, (int)rl, rs);
            return;
        }
    }
    c.code = sr_arena_strndup(&a->d->arena, s + cs, ce - cs);
    SR_GROW(a->codes, a->ccap, a->ncodes + 1);
    a->codes[a->ncodes++] = c;
}

/* Every [...] group in s; anything else between or after them is an error. */
static void code_groups(astate *a, const char *s, size_t len, size_t line)
{
    size_t i = 0;
    while (i < len) {
        if (blank(s[i])) {
            i++;
            continue;
        }
        const char *close = s[i] == '[' ? memchr(s + i, ']', len - i) : NULL;
        if (!close) {
            sr_dict_report(a->r, line, SR_DIAG_WARNING,
                           "text \"%.*s\" after the actor codes (a comment without '#'?) "
                           "ignored", (int)(len - i), s + i);
            return;
        }
        code_group(a, s + i + 1, (size_t)(close - s - i - 1), line);
        i = (size_t)(close - s) + 1;
    }
}

static void phrase_line(astate *a, char *s, size_t len, size_t line, int root)
{
    size_t pl = 0;
    while (pl < len && s[pl] != '[')
        pl++;
    size_t plen = pl;
    const char *p = sr_dict_trim(s, &plen);
    /* Roots on consecutive lines with no code between them share the codes
     * that follow (CountryInfo-generated files list a person's names that
     * way); a blank or comment line ends the entry instead. */
    if (root && a->cur && !a->broken && a->ncodes == 0 && line == a->last_line + 1)
        root = 0;
    a->last_line = line;
    if (root) {
        finish_entry(a);
        sr_actor *e = sr_arena_alloc(&a->d->arena, sizeof *e);
        e->name = sr_arena_strndup(&a->d->arena, p, plen);
        e->file = a->r->file;
        e->line = (uint32_t)line;
        a->cur = e;
    } else if (!a->cur) {
        sr_dict_report(a->r, line, SR_DIAG_ERROR, "synonym \"%.*s\" before any actor; skipped",
                     (int)plen, p);
        return;
    }
    if (plen == 0) {
        sr_dict_report(a->r, line, SR_DIAG_ERROR, "actor line without a phrase; skipped");
        if (root)
            a->broken = 1; /* its code lines go with it */
        return;
    }
    SR_GROW(a->phrases, a->pcap, a->nphrases + 1);
    a->phrases[a->nphrases++] = (phrase_ref){p, plen, line};
    if (pl < len)
        code_groups(a, s + pl, len - pl, line);
}

sr_status sr_dict_load_actors(sr_dict *d, const char *path, sr_dict_diags *diags,
                              sr_error *err)
{
    sr_dict_reader r;
    sr_status st = sr_dict_reader_open(&r, d, path, diags, err);
    if (st != SR_OK)
        return st;
    astate a;
    memset(&a, 0, sizeof a);
    a.d = d;
    a.r = &r;
    char *line;
    size_t len;
    while (sr_dict_reader_next(&r, &line, &len)) {
        size_t ln = r.lineno;
        size_t tl = len;
        char *s = sr_dict_trim(line, &tl);
        if (s[0] == '[') {
            /* A code line belongs to the entry above it, indented or not. */
            if (!a.cur) {
                sr_dict_report(&r, ln, SR_DIAG_ERROR, "actor code before any actor; skipped");
                continue;
            }
            code_groups(&a, s, tl, ln);
            a.last_line = ln;
        } else if (s[0] == '+') {
            phrase_line(&a, s + 1, tl - 1, ln, 0);
        } else {
            phrase_line(&a, s, tl, ln, 1);
        }
    }
    finish_entry(&a);
    free(a.phrases);
    free(a.codes);
    sr_dict_reader_close(&r);
    return SR_OK;
}
