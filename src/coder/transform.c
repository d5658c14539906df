/* transform.c - PETRARCH's verb transformations: events about events.
 *
 * The verb file may end with lines such as
 *
 *     ~ a (b . ATTACK) SAY = a b 112
 *
 * read as: when a SAYs that b ATTACKed (anyone), code a -> b 112 (a
 * accuses b) instead of a statement and an attack. On a dependency parse
 * "that b attacked" is the clausal complement (ccomp or xcomp) of "said",
 * so a transformation applies to an event of a verb whose head is another
 * dictionary verb of the sentence. A verb named in a transformation stands
 * for its block (its "meaning"): SAY matches "told" when the verb file
 * lists both under one block; Q matches any verb. Lower-case letters are
 * variables bound to actor codes; "." and "_" accept any actor or none.
 * The first transformation that fits wins, in file order. */
#include "coder/coder_internal.h"
#include "coder/cameo_facts.h"
#include "base/buf.h"

#include <string.h>

/* Does the verb file list word w in the same block as form f? */
static int same_meaning(const sr_dict *d, const char *w, const sr_verb_form *f)
{
    if (!strcmp(w, "Q"))
        return 1;
    for (const sr_verb_form *g = sr_dict_verb_lookup(d, w, strlen(w)); g; g = g->next)
        if (g->npre == 0 && g->npost == 0 && g->block == f->block)
            return 1;
    return 0;
}

static int verb_in(const sr_dict *d, const char *const *verbs, uint32_t n,
                   const sr_verb_form *f)
{
    for (uint32_t i = 0; i < n; i++)
        if (same_meaning(d, verbs[i], f))
            return 1;
    return 0;
}

typedef struct bindings {
    const char *code[26];
    const char *text[26];
} bindings;

/* Binds variable c to code; wildcards accept anything. */
static int bind(bindings *b, char c, const char *code, const char *text)
{
    if (c == '.' || c == '_' || c == 0)
        return 1;
    if (c < 'a' || c > 'z' || !code || !strncmp(code, "---", 3))
        return 0;
    int i = c - 'a';
    if (b->code[i])
        return strcmp(b->code[i], code) == 0;
    b->code[i] = code;
    b->text[i] = text;
    return 1;
}

static const char *lookup(const bindings *b, char c, const char **text)
{
    if (c < 'a' || c > 'z')
        return NULL;
    *text = b->text[c - 'a'];
    return b->code[c - 'a'];
}

static void set_code(sr_event *e, const char *code, sr_arena *a)
{
    e->code = sr_arena_strdup(a, code);
    const sr_cameo_facts *f = sr_cameo_facts_lookup(code);
    e->goldstein_known = f != NULL;
    e->goldstein = f ? f->goldstein : 0;
    e->quad = f ? f->quad : 0;
    e->plover = f ? f->plover : NULL;
}

/* Tries transformation t on event e of inner verb r2 governed by r1.
 * Returns 1 when it rewrote e. */
static int apply(const sr_cs_ctx *cx, const sr_verb_transform *t, const sr_cs_verbrec *r1,
                 sr_event *e, sr_arena *a)
{
    const sr_xform_event *in = t->lhs.nested;
    bindings b;
    memset(&b, 0, sizeof b);
    if (!bind(&b, t->lhs.source, r1->source->code, r1->source_text) ||
        !bind(&b, in->source, e->source, e->source_text) ||
        !bind(&b, in->target, e->target, e->target_text))
        return 0;
    const char *st = NULL, *tt = NULL;
    const char *s = lookup(&b, t->out_source, &st), *g = lookup(&b, t->out_target, &tt);
    const char *code = t->out_code_is_q ? e->code : t->out_code.code.s;
    if (!s || !g || !code || !*code || !strcmp(s, g))
        return 0;
    e->source = s;
    e->target = g;
    e->source_text = st;
    e->target_text = tt;
    set_code(e, code, a);
    if (cx->explain) {
        sr_buf x = SR_BUF_INIT;
        sr_buf_printf(&x, "%stransformation: ~ %s (%s:%u), governed by \"%s\"\n",
                      e->explain ? e->explain : "", t->text, t->file, (unsigned)t->line,
                      cx->cs->words[r1->v]);
        e->explain = sr_arena_strndup(a, x.data, x.len);
        sr_buf_free(&x);
    }
    return 1;
}

void sr_coder_transform(const sr_cs_ctx *cx, const sr_cs_verbrec *recs, uint32_t nrec,
                        sr_event *ev, sr_arena *arena)
{
    const sr_verb_transform *const *ts;
    size_t nt = sr_dict_transforms(cx->dict, &ts);
    if (nt == 0)
        return;
    const sr_cs_sent *cs = cx->cs;
    for (uint32_t i = 0; i < nrec; i++) {
        const sr_cs_verbrec *r2 = &recs[i];
        sr_cs_rel rel = (sr_cs_rel)cs->rel[r2->v];
        if (r2->e0 == r2->e1 || (rel != SR_CS_CCOMP && rel != SR_CS_XCOMP))
            continue;
        const sr_cs_verbrec *r1 = NULL;
        for (uint32_t k = 0; k < nrec; k++)
            if (recs[k].v == cs->head[r2->v])
                r1 = &recs[k];
        if (!r1 || !r1->source)
            continue;
        for (size_t k = 0; k < nt; k++) {
            const sr_verb_transform *t = ts[k];
            const sr_xform_event *in = t->lhs.nested;
            if (!in || !verb_in(cx->dict, t->lhs.verbs, t->lhs.nverbs, r1->form) ||
                !verb_in(cx->dict, in->verbs, in->nverbs, r2->form))
                continue;
            int fired = 0;
            for (uint32_t e = r2->e0; e < r2->e1; e++)
                if (ev[e].code && apply(cx, t, r1, &ev[e], arena))
                    fired = 1;
            if (fired) {
                /* The statement is now part of the transformed event. */
                for (uint32_t e = r1->e0; e < r1->e1; e++)
                    ev[e].code = NULL;
                break;
            }
        }
    }
}
