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
    if (st != SR_OK)
        sr_tagger_release(t);
    return st;
}

void sr_tagger_release(sr_tagger *t)
{
    free(t->upos);
    free(t->xpos);
    t->upos = t->xpos = NULL;
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
    int nf;
    uint64_t f[SR_FEAT_MAX_TAGGER];
    uint32_t bk[SR_FEAT_MAX_TAGGER], lo[SR_FEAT_MAX_TAGGER], hi[SR_FEAT_MAX_TAGGER];
} pending_word;

void sr_tagger_pass(const sr_tagger *t, const sr_feat_word *w, uint32_t n,
                    const uint16_t *first, uint16_t *tags)
{
    pending_word ring[RING];
    uint64_t h[SR_FEAT_MAX_TAGGER];
    uint32_t hbk[SR_FEAT_MAX_TAGGER], hlo[SR_FEAT_MAX_TAGGER], hhi[SR_FEAT_MAX_TAGGER];
    int32_t scores[SR_TAGGER_MAX_CLASSES];
    const sr_weights *wt = first ? &t->w2 : &t->w;
    uint32_t nfinite = 0;
    if (first)
        for (uint32_t i = 0; i < n; i++)
            nfinite += t->finite[first[i]];
    for (uint32_t step = 0; step < n + SCORE_LAG; step++) {
        if (step < n) {
            pending_word *p = &ring[step % RING];
            p->known = sr_tag_dict_find(&t->dict, w[step].form);
            if (p->known < 0) {
                p->nf = first ? sr_feat_tagger2_context(w, n, step, first, t->finite,
                                                        nfinite, p->f)
                              : sr_feat_tagger_context(w, n, step, p->f);
                sr_weights_fetch(wt, p->f, p->nf, p->bk);
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
        memset(scores, 0, t->nclasses * sizeof *scores);
        sr_weights_add(wt, p->bk, p->nf, p->lo, p->hi, scores);
        sr_weights_locate(wt, hbk, nh, hlo, hhi);
        sr_weights_add(wt, hbk, nh, hlo, hhi, scores);
        /* The best score stays in a register, so each step waits on no
         * load; ties still go to the lowest class. */
        uint32_t best = 0;
        int32_t top = scores[0];
        for (uint32_t c = 1; c < t->nclasses; c++)
            if (scores[c] > top) {
                top = scores[c];
                best = c;
            }
        tags[i] = (uint16_t)best;
    }
}

void sr_tagger_tag(const sr_tagger *t, const sr_feat_word *w, uint32_t n, uint16_t *tags,
                   uint16_t *work)
{
    if (!t->two_pass) {
        sr_tagger_pass(t, w, n, NULL, tags);
        return;
    }
    sr_tagger_pass(t, w, n, NULL, work);
    sr_tagger_pass(t, w, n, work, tags);
}
