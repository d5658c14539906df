#include "nlp/tagger.h"
#include "nlp/tagset.h"
#include "base/alloc.h"

#include <stdio.h>
#include <string.h>

static sr_status names_error(sr_error *err, const char *path, const char *section,
                             unsigned line, const char *what)
{
    if (err) {
        err->code = SR_EMODEL;
        snprintf(err->file, sizeof err->file, "%s", path);
        err->line = 0;
        snprintf(err->message, sizeof err->message,
                 "corrupt model file: section %s, entry %u: %s", section, line, what);
    }
    return SR_EMODEL;
}

sr_status sr_tagger_read_names(const char *data, size_t size, const char *section,
                               const char *path, const char ***first,
                               const char ***second, uint32_t *n, sr_error *err)
{
    *first = NULL;
    if (second)
        *second = NULL;
    *n = 0;
    if (!data || size == 0)
        return names_error(err, path, section, 0, "missing or empty");
    size_t lines = 0;
    for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';
    if (lines == 0 || lines > SR_TAGGER_MAX_CLASSES || data[size - 1] != '\n')
        return names_error(err, path, section, 0, "bad number of entries");
    const char **a = sr_xcalloc(lines, sizeof *a);
    const char **b = second ? sr_xcalloc(lines, sizeof *b) : NULL;
    const char *p = data, *end = data + size;
    unsigned k = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *tab = memchr(p, '\t', (size_t)(nl - p));
        char x[64], y[64];
        size_t xl = (size_t)((tab ? tab : nl) - p);
        size_t yl = tab ? (size_t)(nl - tab - 1) : 0;
        const char *why = NULL;
        if (xl >= sizeof x || yl >= sizeof y || (second && !tab) || (!second && tab))
            why = "malformed entry";
        if (!why) {
            memcpy(x, p, xl);
            x[xl] = '\0';
            a[k] = sr_tagset_find(second ? SR_TAGSET_UPOS : SR_TAGSET_DEPREL, x);
            if (!a[k])
                why = second ? "unknown UPOS tag" : "unknown dependency relation";
        }
        if (!why && second) {
            memcpy(y, tab + 1, yl);
            y[yl] = '\0';
            b[k] = sr_tagset_find(SR_TAGSET_XPOS, y);
            if (!b[k])
                why = "unknown XPOS tag";
        }
        if (why) {
            free(a);
            free(b);
            return names_error(err, path, section, k + 1, why);
        }
        k++;
        p = nl + 1;
    }
    *first = a;
    if (second)
        *second = b;
    *n = k;
    return SR_OK;
}

enum { DICT_SLOT = 16, DICT_HEAD = 16 };

static uint64_t slot_hash(const unsigned char *p)
{
    uint64_t h;
    memcpy(&h, p, sizeof h); /* model files are little-endian, as is the host */
    return h;
}

int sr_tag_dict_find(const sr_tag_dict *d, uint64_t h)
{
    if (!d->slots)
        return -1;
    h = sr_tag_dict_key(h);
    for (uint64_t i = h & d->mask, probes = 0; probes <= d->mask; i = (i + 1) & d->mask, probes++) {
        const unsigned char *s = d->slots + i * DICT_SLOT;
        uint64_t got = slot_hash(s);
        if (got == h)
            return s[8] | s[9] << 8;
        if (got == 0)
            return -1;
    }
    return -1;
}

void sr_tag_dict_write(sr_buf *b, const uint64_t *hash, const uint16_t *cls, size_t n)
{
    uint64_t nslots = 16;
    while (nslots < n * 2)
        nslots *= 2;
    unsigned char *slots = sr_xcalloc(nslots, DICT_SLOT);
    for (size_t k = 0; k < n; k++) {
        uint64_t h = sr_tag_dict_key(hash[k]);
        uint64_t i = h & (nslots - 1);
        while (slot_hash(slots + i * DICT_SLOT) != 0)
            i = (i + 1) & (nslots - 1);
        unsigned char *s = slots + i * DICT_SLOT;
        for (int j = 0; j < 8; j++)
            s[j] = (unsigned char)(h >> (8 * j));
        s[8] = (unsigned char)(cls[k] & 0xff);
        s[9] = (unsigned char)(cls[k] >> 8);
    }
    sr_model_put_u32(b, (uint32_t)nslots);
    static const char pad[DICT_HEAD - 4] = { 0 };
    sr_buf_append(b, pad, sizeof pad);
    sr_buf_append(b, (const char *)slots, nslots * DICT_SLOT);
    free(slots);
}

sr_status sr_tag_dict_bind(sr_tag_dict *d, const void *data, size_t size, const char *path,
                           sr_error *err)
{
    memset(d, 0, sizeof *d);
    if (!data)
        return names_error(err, path, "tgdict", 0, "missing");
    uint32_t nslots = size >= DICT_HEAD ? sr_model_get_u32(data) : 0;
    if (nslots == 0 || (nslots & (nslots - 1)) != 0 ||
        (uint64_t)nslots * DICT_SLOT + DICT_HEAD != size)
        return names_error(err, path, "tgdict", 0, "wrong size");
    d->slots = (const unsigned char *)data + DICT_HEAD;
    d->mask = nslots - 1;
    return SR_OK;
}

/* Copies each key of the file's table with the class sr_tag_dict_find
 * gives it, so that the copy answers as the file does even for a table
 * that holds a key twice or out of its probe chain. Costs one slow lookup
 * per entry, once, at load. */
void sr_tag_index_build(sr_tag_index *x, const sr_tag_dict *d)
{
    uint64_t n = 0;
    for (uint64_t i = 0; i <= d->mask; i++)
        n += slot_hash(d->slots + i * DICT_SLOT) != 0;
    uint64_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    x->slots = sr_xcalloc(cap, sizeof *x->slots);
    x->mask = cap - 1;
    for (uint64_t i = 0; i <= d->mask; i++) {
        uint64_t key = slot_hash(d->slots + i * DICT_SLOT);
        if (key == 0)
            continue;
        key = sr_tag_dict_key(key);
        int cls = sr_tag_dict_find(d, key);
        if (cls < 0 || sr_tag_index_find(x, key) >= 0)
            continue;
        uint64_t j = (key >> 8) & x->mask;
        while (x->slots[j].key != 0)
            j = (j + 1) & x->mask;
        x->slots[j].key = key;
        x->slots[j].cls = (uint32_t)cls;
    }
}

static void bias_build(sr_tagger *t, int pass, const sr_weights *w)
{
    uint64_t f = sr_feat_tagger_bias();
    uint32_t bk, lo = 0, hi = 0;
    sr_weights_fetch(w, &f, 1, &bk);
    sr_weights_locate(w, &bk, 1, &lo, &hi);
    memset(t->bias_scores[pass], 0, sizeof t->bias_scores[pass]);
    sr_weights_add(w, &bk, 1, &lo, &hi, t->bias_scores[pass]);
    t->bias_bucket[pass] = bk;
}

void sr_tag_index_free(sr_tag_index *x)
{
    free(x->slots);
    x->slots = NULL;
}

sr_status sr_tagger_bind(sr_tagger *t, sr_section_fn fn, const void *ctx,
                         const char *path, sr_error *err)
{
    memset(t, 0, sizeof *t);
    sr_status st = sr_weights_bind(&t->w, fn, ctx, "tg", path, err);
    if (st != SR_OK)
        return st;
    size_t size;
    const char *names = fn(ctx, "tgnames", &size);
    st = sr_tagger_read_names(names, size, "tgnames", path, &t->upos, &t->xpos,
                              &t->nclasses, err);
    if (st != SR_OK)
        return st;
    if (t->nclasses != t->w.nclasses) {
        sr_tagger_release(t);
        return names_error(err, path, "tgnames", 0, "class count differs from the weights");
    }
    sr_tagger_finite(t->xpos, t->nclasses, t->finite);
    if (fn(ctx, "t2hdr", &size)) {
        st = sr_weights_bind(&t->w2, fn, ctx, "t2", path, err);
        if (st == SR_OK && t->w2.nclasses != t->nclasses)
            st = names_error(err, path, "t2hdr", 0, "class count differs from the first pass");
        if (st != SR_OK) {
            sr_tagger_release(t);
            return st;
        }
        t->two_pass = 1;
    }
    const void *dict = fn(ctx, "tgdict", &size);
    st = sr_tag_dict_bind(&t->dict, dict, size, path, err);
    if (st == SR_OK) {
        for (uint64_t i = 0; i <= t->dict.mask; i++)
            if (sr_model_get_u32(t->dict.slots + i * DICT_SLOT + 8) >= t->nclasses) {
                st = names_error(err, path, "tgdict", (unsigned)i, "class out of range");
                break;
            }
    }
    if (st == SR_OK) {
        sr_tag_index_build(&t->index, &t->dict);
        sr_weights_compile(&t->w);
        if (t->two_pass)
            sr_weights_compile(&t->w2);
        bias_build(t, 0, &t->w);
        if (t->two_pass)
            bias_build(t, 1, &t->w2);
        /* Every word has as many context features as this one (the
         * templates are unconditional); tag_pass checks it anyway. */
        sr_token one = {0};
        sr_feat_word fw;
        uint64_t f[SR_FEAT_MAX_TAGGER];
        one.form = "word";
        sr_feat_words(&one, 1, &fw);
        t->context_count = sr_feat_tagger_context(&fw, 1, 0, f);
    }
    if (st != SR_OK)
        sr_tagger_release(t);
    return st;
}

void sr_tagger_release(sr_tagger *t)
{
    free(t->upos);
    free(t->xpos);
    sr_tag_index_free(&t->index);
    sr_weights_release(&t->w);
    sr_weights_release(&t->w2);
    t->upos = t->xpos = NULL;
}

int sr_tagger_class(const sr_tagger *t, const char *upos, const char *xpos)
{
    for (uint32_t c = 0; c < t->nclasses; c++)
        if (!strcmp(t->upos[c], upos) && !strcmp(t->xpos[c], xpos))
            return (int)c;
    return -1;
}

void sr_tagger_finite(const char *const *xpos, uint32_t n, uint8_t *finite)
{
    static const char *const names[] = { "VBD", "VBP", "VBZ", "MD" };
    for (uint32_t c = 0; c < n; c++) {
        finite[c] = 0;
        for (size_t k = 0; k < sizeof names / sizeof *names; k++)
            if (xpos[c] && strcmp(xpos[c], names[k]) == 0)
                finite[c] = 1;
    }
}

/* Tagging word i needs the class of word i-1, but most of its features
 * do not: those are hashed and their weights requested a few words ahead
 * (LOCATE_LAG, SCORE_LAG), so the cache misses of several words overlap
 * instead of being paid one word after another. */
enum { LOCATE_LAG = 2, SCORE_LAG = 4, RING = SCORE_LAG + 1 };

typedef struct pending_word {
    int known;               /* class from the tag dictionary, or -1 */
    int nbias;               /* features dropped for falling in the bias bucket */
    int nf;
    uint64_t f[SR_FEAT_MAX_TAGGER];
    uint32_t bk[SR_FEAT_MAX_TAGGER], lo[SR_FEAT_MAX_TAGGER], hi[SR_FEAT_MAX_TAGGER];
} pending_word;

/* Removes from bk[0..nf) the features that fall in bucket b, whose row
 * the caller adds from a precomputed sum; returns the new count and adds
 * the number removed to *dropped. Scores are integer sums, so taking a
 * row's weights from the sum gives the same scores. */
static int drop_bucket(uint32_t *bk, int nf, uint32_t b, int *dropped)
{
    int m = 0;
    for (int i = 0; i < nf; i++) {
        if (bk[i] == b)
            (*dropped)++;
        else
            bk[m++] = bk[i];
    }
    return m;
}

/* What the first pass learnt of every word that the second needs again:
 * its class in the tag dictionary (or -1) and its context hashes (stride
 * apart), which begin the second pass's (sr_feat_tagger2_context_extra).
 * A word whose hashes do not fit is marked NOT_KEPT and hashed again. */
typedef struct context_cache {
    uint64_t *f;
    uint8_t *nf;
    int16_t *known;
    int stride;
} context_cache;

enum { NOT_KEPT = 255 };

/* One pass; with cache, the first pass fills it and the second reads it. */
static void tag_pass(const sr_tagger *t, const sr_feat_word *w, uint32_t n,
                     const uint16_t *first, uint16_t *tags, const context_cache *cache)
{
    pending_word ring[RING];
    uint64_t h[SR_FEAT_MAX_TAGGER];
    uint32_t hbk[SR_FEAT_MAX_TAGGER], hlo[SR_FEAT_MAX_TAGGER], hhi[SR_FEAT_MAX_TAGGER];
    int32_t scores[SR_TAGGER_MAX_CLASSES];
    const sr_weights *wt = first ? &t->w2 : &t->w;
    uint32_t bias_bk = t->bias_bucket[first ? 1 : 0];
    const int32_t *bias = t->bias_scores[first ? 1 : 0];
    uint32_t nfinite = 0;
    if (first)
        for (uint32_t i = 0; i < n; i++)
            nfinite += t->finite[first[i]];
    for (uint32_t step = 0; step < n + SCORE_LAG; step++) {
        if (step < n) {
            pending_word *p = &ring[step % RING];
            if (cache && first) {
                p->known = cache->known[step];
            } else {
                p->known = sr_tag_index_find(&t->index, w[step].form);
                if (cache)
                    cache->known[step] = (int16_t)p->known;
            }
            if (p->known < 0) {
                uint64_t *kept = cache ? cache->f + (size_t)step * cache->stride : NULL;
                if (kept && first && cache->nf[step] == NOT_KEPT)
                    kept = NULL;
                if (!first) {
                    p->nf = sr_feat_tagger_context(w, n, step, p->f);
                    if (kept && p->nf <= cache->stride) {
                        memcpy(kept, p->f, (size_t)p->nf * sizeof *kept);
                        cache->nf[step] = (uint8_t)p->nf;
                    } else if (kept) {
                        cache->nf[step] = NOT_KEPT;
                    }
                } else if (kept) {
                    int m = cache->nf[step];
                    memcpy(p->f, kept, (size_t)m * sizeof *kept);
                    p->nf = m + sr_feat_tagger2_context_extra(w, n, step, first, t->finite,
                                                              nfinite, p->f + m);
                } else {
                    p->nf = sr_feat_tagger2_context(w, n, step, first, t->finite, nfinite,
                                                    p->f);
                }
                sr_weights_fetch(wt, p->f, p->nf, p->bk);
                p->nbias = 0;
                p->nf = drop_bucket(p->bk, p->nf, bias_bk, &p->nbias);
            }
        }
        if (step >= LOCATE_LAG && step - LOCATE_LAG < n) {
            pending_word *p = &ring[(step - LOCATE_LAG) % RING];
            if (p->known < 0)
                sr_weights_locate(wt, p->bk, p->nf, p->lo, p->hi);
        }
        if (step < SCORE_LAG)
            continue;
        uint32_t i = step - SCORE_LAG;
        const pending_word *p = &ring[i % RING];
        if (p->known >= 0) {
            tags[i] = (uint16_t)p->known;
            continue;
        }
        int nh = first ? sr_feat_tagger2_history(w, n, i, tags, first, t->finite, nfinite, h)
                       : sr_feat_tagger_history(w, n, i, tags, h);
        sr_weights_fetch(wt, h, nh, hbk);
        int nbias = p->nbias;
        nh = drop_bucket(hbk, nh, bias_bk, &nbias);
        if (nbias == 1) {
            memcpy(scores, bias, t->nclasses * sizeof *scores);
        } else {
            memset(scores, 0, t->nclasses * sizeof *scores);
            for (int k = 0; k < nbias; k++)
                for (uint32_t c = 0; c < t->nclasses; c++)
                    scores[c] += bias[c];
        }
        sr_weights_add(wt, p->bk, p->nf, p->lo, p->hi, scores);
        sr_weights_locate(wt, hbk, nh, hlo, hhi);
        sr_weights_add(wt, hbk, nh, hlo, hhi, scores);
        tags[i] = (uint16_t)sr_weights_argmax(scores, t->nclasses);
    }
}

void sr_tagger_pass(const sr_tagger *t, const sr_feat_word *w, uint32_t n,
                    const uint16_t *first, uint16_t *tags)
{
    tag_pass(t, w, n, first, tags, NULL);
}

void sr_tagger_tag(const sr_tagger *t, const sr_feat_word *w, uint32_t n, uint16_t *tags,
                   uint16_t *work, sr_arena *scratch)
{
    if (!t->two_pass) {
        tag_pass(t, w, n, NULL, tags, NULL);
        return;
    }
    context_cache cache;
    cache.stride = t->context_count;
    cache.f = sr_arena_alloc(scratch, (size_t)n * (size_t)cache.stride * sizeof *cache.f);
    cache.nf = sr_arena_alloc(scratch, n);
    cache.known = sr_arena_alloc(scratch, n * sizeof *cache.known);
    tag_pass(t, w, n, NULL, work, &cache);
    tag_pass(t, w, n, work, tags, &cache);
}
