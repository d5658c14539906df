/* Agent dictionaries (docs/dictionaries.md, "Agents"): "PHRASE {PLURAL}
 * [~CODE]" or "[CODE~]", with regular plurals generated and "!NAME!"
 * substitution markers defined by "!NAME! = A, B, C". */
#include "dict/dict_internal.h"

#include "base/alloc.h"

#include <string.h>
#include <strings.h>

enum { PHRASE_MAX = 1024, MARKERS_MAX = 64 };

typedef struct marker {
    char *name;          /* without the '!' */
    char **alts;
    size_t nalts;
} marker;

typedef struct gstate {
    sr_dict *d;
    sr_dict_reader *r;
    marker markers[MARKERS_MAX];
    size_t nmarkers;
} gstate;

static int blank(char c)
{
    return c == ' ' || c == '\t';
}

static void store(gstate *g, const char *phrase, size_t len, const char *code,
                  sr_agent_place place, int plural, size_t line)
{
    sr_dict *d = g->d;
    uint32_t node = sr_trie_add_phrase(&d->agents, &d->arena, phrase, len, 1);
    if (!node) {
        sr_dict_report(g->r, line, SR_DIAG_ERROR, "empty agent phrase; skipped");
        return;
    }
    sr_agent *a = sr_arena_alloc(&d->arena, sizeof *a);
    a->code = code;
    a->place = place;
    a->phrase = sr_arena_strndup(&d->arena, phrase, len);
    a->plural = (uint8_t)plural;
    a->file = g->r->file;
    a->line = (uint32_t)line;
    if (d->agents.value[node])
        d->stats.redefined++;
    d->agents.value[node] = a;
    d->stats.agents++;
}

static void define_marker(gstate *g, char *s, size_t len, size_t line)
{
    char *b = memchr(s, '!', len);
    char *e = b ? memchr(b + 1, '!', len - (size_t)(b + 1 - s)) : NULL;
    char *eq = e ? memchr(e, '=', len - (size_t)(e - s)) : NULL;
    if (!b || !e || !eq || e == b + 1) {
        sr_dict_report(g->r, line, SR_DIAG_ERROR,
                     "substitution marker definition must look like \"!NAME! = A, B\"; "
                     "line skipped");
        return;
    }
    if (g->nmarkers == MARKERS_MAX) {
        sr_dict_report(g->r, line, SR_DIAG_ERROR, "more than %d substitution markers; skipped",
                     MARKERS_MAX);
        return;
    }
    marker *m = &g->markers[g->nmarkers++];
    memset(m, 0, sizeof *m);
    m->name = sr_dict_upper_dup(g->d, b + 1, (size_t)(e - b - 1));
    size_t cap = 0;
    char *p = eq + 1, *end = s + len;
    while (p <= end) {
        char *c = memchr(p, ',', (size_t)(end - p));
        if (!c)
            c = end;
        size_t l = (size_t)(c - p);
        char *t = sr_dict_trim(p, &l);
        if (l) {
            SR_GROW(m->alts, cap, m->nalts + 1);
            m->alts[m->nalts++] = sr_dict_upper_dup(g->d, t, l);
        }
        p = c + 1;
    }
    if (!m->nalts)
        sr_dict_report(g->r, line, SR_DIAG_WARNING, "substitution marker !%s! has no values",
                     m->name);
}

static const marker *find_marker(const gstate *g, const char *name, size_t len)
{
    for (size_t i = 0; i < g->nmarkers; i++)
        if (strlen(g->markers[i].name) == len &&
            strncasecmp(g->markers[i].name, name, len) == 0)
            return &g->markers[i];
    return NULL;
}

/* Stores phrase with every marker replaced by each of its values. */
static void substitute(gstate *g, const char *phrase, size_t len, const char *code,
                       sr_agent_place place, size_t line, int depth)
{
    const char *b = memchr(phrase, '!', len);
    if (!b) {
        store(g, phrase, len, code, place, 0, line);
        return;
    }
    const char *e = memchr(b + 1, '!', len - (size_t)(b + 1 - phrase));
    if (!e) {
        sr_dict_report(g->r, line, SR_DIAG_ERROR,
                     "substitution marker without its closing '!'; line skipped");
        return;
    }
    const marker *m = find_marker(g, b + 1, (size_t)(e - b - 1));
    if (!m) {
        sr_dict_report(g->r, line, SR_DIAG_ERROR,
                     "substitution marker !%.*s! is not defined above; line skipped",
                     (int)(e - b - 1), b + 1);
        return;
    }
    if (depth > 4) {
        sr_dict_report(g->r, line, SR_DIAG_ERROR, "too many substitution markers; line skipped");
        return;
    }
    char buf[PHRASE_MAX];
    for (size_t i = 0; i < m->nalts; i++) {
        size_t pre = (size_t)(b - phrase), post = len - (size_t)(e + 1 - phrase);
        size_t al = strlen(m->alts[i]);
        if (pre + al + post >= sizeof buf) {
            sr_dict_report(g->r, line, SR_DIAG_ERROR, "agent phrase too long; skipped");
            return;
        }
        memcpy(buf, phrase, pre);
        memcpy(buf + pre, m->alts[i], al);
        memcpy(buf + pre + al, e + 1, post);
        substitute(g, buf, pre + al + post, code, place, line, depth + 1);
    }
}

static void agent_line(gstate *g, char *s, size_t len, size_t line)
{
    char *open = memchr(s, '[', len);
    if (!open) {
        sr_dict_report(g->r, line, SR_DIAG_ERROR, "agent \"%.*s\" has no [CODE]; line skipped",
                     (int)len, s);
        return;
    }
    char *close = memchr(open, ']', len - (size_t)(open - s));
    if (!close) {
        sr_dict_report(g->r, line, SR_DIAG_ERROR, "agent code without its ']'; line skipped");
        return;
    }
    for (char *p = close + 1; p < s + len; p++)
        if (!blank(*p)) {
            sr_dict_report(g->r, line, SR_DIAG_ERROR,
                         "unexpected \"%.*s\" after the agent code; line skipped",
                         (int)(s + len - p), p);
            return;
        }
    size_t cl = (size_t)(close - open - 1);
    char *c = sr_dict_trim(open + 1, &cl);
    sr_agent_place place;
    if (cl >= 2 && c[0] == '~' && c[cl - 1] != '~') {
        place = SR_AGENT_AFTER;
        c++;
        cl--;
    } else if (cl >= 2 && c[cl - 1] == '~' && c[0] != '~') {
        place = SR_AGENT_BEFORE;
        cl--;
    } else {
        sr_dict_report(g->r, line, SR_DIAG_ERROR,
                     "agent code [%.*s] needs one '~', before the code ([~GOV]) or after it "
                     "([NGO~]); line skipped", (int)(close - open - 1), open + 1);
        return;
    }
    for (size_t i = 0; i < cl; i++)
        if (blank(c[i]) || c[i] == '~') {
            sr_dict_report(g->r, line, SR_DIAG_ERROR, "agent code [%.*s] is not one word; "
                         "line skipped", (int)(close - open - 1), open + 1);
            return;
        }
    const char *code = sr_arena_strndup(&g->d->arena, c, cl);
    size_t plen = (size_t)(open - s);
    char *phrase = sr_dict_trim(s, &plen);
    char *brace = memchr(phrase, '{', plen);
    if (memchr(phrase, '!', plen)) {
        /* PETRARCH2 makes no plurals for substituted phrases: the marker
         * values already list the forms wanted. */
        substitute(g, phrase, plen, code, place, line, 0);
        return;
    }
    if (brace) {
        char *end = memchr(brace, '}', plen - (size_t)(brace - phrase));
        if (!end) {
            sr_dict_report(g->r, line, SR_DIAG_ERROR, "agent plural without its '}'; "
                         "line skipped");
            return;
        }
        for (char *p = end + 1; p < phrase + plen; p++)
            if (!blank(*p)) {
                sr_dict_report(g->r, line, SR_DIAG_ERROR, "unexpected text after the agent's "
                             "{plural}; line skipped");
                return;
            }
        size_t sl = (size_t)(brace - phrase);
        char *sing = sr_dict_trim(phrase, &sl);
        size_t pl2 = (size_t)(end - brace - 1);
        char *plural = sr_dict_trim(brace + 1, &pl2);
        store(g, sing, sl, code, place, 0, line);
        if (pl2)
            store(g, plural, pl2, code, place, 1, line);
        return;
    }
    store(g, phrase, plen, code, place, 0, line);
    /* The plural inflects the last word of the phrase. */
    size_t e = plen;
    while (e && phrase[e - 1] == '_')
        e--;
    size_t b = e;
    while (b && !blank(phrase[b - 1]) && phrase[b - 1] != '_')
        b--;
    if (e == b)
        return;
    char up[PHRASE_MAX], pl[PHRASE_MAX], full[PHRASE_MAX];
    if (e - b >= sizeof up)
        return;
    for (size_t i = b; i < e; i++)
        up[i - b] = (phrase[i] >= 'a' && phrase[i] <= 'z') ? (char)(phrase[i] - 32) : phrase[i];
    size_t n = sr_inflect_plural(up, e - b, pl, sizeof pl);
    if (!n || b + n >= sizeof full)
        return;
    memcpy(full, phrase, b);
    memcpy(full + b, pl, n);
    store(g, full, b + n, code, place, 1, line);
}

sr_status sr_dict_load_agents(sr_dict *d, const char *path, sr_dict_diags *diags,
                              sr_error *err)
{
    sr_dict_reader r;
    sr_status st = sr_dict_reader_open(&r, d, path, diags, err);
    if (st != SR_OK)
        return st;
    gstate g;
    memset(&g, 0, sizeof g);
    g.d = d;
    g.r = &r;
    char *line;
    size_t len;
    while (sr_dict_reader_next(&r, &line, &len)) {
        char *s = sr_dict_trim(line, &len);
        if (memchr(s, '!', len) && memchr(s, '=', len))
            define_marker(&g, s, len, r.lineno);
        else
            agent_line(&g, s, len, r.lineno);
    }
    for (size_t i = 0; i < g.nmarkers; i++)
        free(g.markers[i].alts);
    sr_dict_reader_close(&r);
    return SR_OK;
}
