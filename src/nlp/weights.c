#include "nlp/weights.h"
#include "base/alloc.h"

#include <stdlib.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { HDR_SIZE = 24 };

static void section_name(char out[9], const char *prefix, const char *suffix)
{
    snprintf(out, 9, "%.5s%.3s", prefix, suffix);
}

const void *sr_weights_file_section(const void *model_file, const char *name, size_t *size)
{
    return sr_model_file_section(model_file, name, size);
}

const void *sr_weights_writer_section(const void *writer, const char *name, size_t *size)
{
    const sr_model_writer *w = writer;
    char key[8] = { 0 };
    sr_model_name8(key, name);
    for (size_t i = 0; i < w->n; i++)
        if (memcmp(w->names[i], key, 8) == 0) {
            *size = w->data[i].len;
            return w->data[i].data ? w->data[i].data : "";
        }
    *size = 0;
    return NULL;
}

static sr_status bad(sr_error *err, const char *path, const char *section, const char *what)
{
    if (err) {
        err->code = SR_EMODEL;
        snprintf(err->file, sizeof err->file, "%s", path);
        err->line = 0;
        snprintf(err->message, sizeof err->message, "corrupt model file: section %s: %s",
                 section, what);
    }
    return SR_EMODEL;
}

sr_status sr_weights_bind(sr_weights *t, sr_section_fn fn, const void *ctx,
                          const char *prefix, const char *path, sr_error *err)
{
    char name[9];
    size_t size;
    memset(t, 0, sizeof *t);
    section_name(name, prefix, "hdr");
    const unsigned char *h = fn(ctx, name, &size);
    if (!h)
        return bad(err, path, name, "missing");
    if (size != HDR_SIZE)
        return bad(err, path, name, "wrong size");
    uint32_t nclasses = sr_model_get_u32(h);
    uint32_t log2b = sr_model_get_u32(h + 4);
    uint32_t dense = sr_model_get_u32(h + 8);
    uint32_t nentries = sr_model_get_u32(h + 12);
    if (nclasses == 0 || nclasses > 256 || log2b < 4 || log2b > 28 || dense > 1)
        return bad(err, path, name, "impossible table dimensions");
    uint64_t nb = (uint64_t)1 << log2b;
    t->nclasses = nclasses;
    t->mask = nb - 1;
    t->dense = (int)dense;

    section_name(name, prefix, "wts");
    const void *wp = fn(ctx, name, &size);
    uint64_t want = dense ? nb * nclasses * 2 : (uint64_t)nentries * sizeof(sr_wentry);
    if (!wp || size != want)
        return bad(err, path, name, wp ? "wrong size" : "missing");
    if (dense) {
        t->w = wp;
        return SR_OK;
    }
    const sr_wentry *e = wp;
    for (uint32_t k = 0; k < nentries; k++)
        if (e[k].cls >= nclasses)
            return bad(err, path, name, "class out of range");

    section_name(name, prefix, "off");
    const uint32_t *offs = fn(ctx, name, &size);
    if (!offs || size != (nb + 1) * 4)
        return bad(err, path, name, offs ? "wrong size" : "missing");
    /* Offsets must rise and stay within the entries, or a damaged file
     * would send scoring outside the mapping. */
    if (offs[0] != 0 || offs[nb] != nentries)
        return bad(err, path, name, "offsets out of range");
    for (uint64_t b = 0; b < nb; b++)
        if (offs[b + 1] < offs[b])
            return bad(err, path, name, "offsets out of order");
    t->e = e;

    t->offs = offs;
    return SR_OK;
}

/* GNU C vector types (gcc 9+, clang) say what gcc -O2 would leave scalar:
 * add, widen or compare several scores in one operation. Other compilers
 * get the plain loops. */
#if defined(__GNUC__) && defined(__has_builtin)
#if __has_builtin(__builtin_convertvector)
#define VECTORS 1
typedef int32_t v8s32 __attribute__((vector_size(32)));
typedef int16_t v4s16 __attribute__((vector_size(8)));
typedef int32_t v4s32 __attribute__((vector_size(16)));
#endif
#endif

/* On x86-64 Linux the scoring loops below are built twice and the loader
 * picks one build at start-up (target_clones makes an ifunc): with AVX2 a
 * vector of eight scores is one register and one instruction, where plain
 * x86-64 (SSE2) needs two, and tagging and parsing spend a third of their
 * instructions here. The results are the same integers either way. */
#if defined(VECTORS) && defined(__x86_64__) && defined(__linux__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define CLONES __attribute__((target_clones("avx2", "default")))
#endif
#endif
#ifndef CLONES
#define CLONES
#endif

/* Adds dense row r of a compiled table to scores[0..nclasses). */
static inline void add_row(const sr_weights *t, uint32_t r, int32_t *restrict scores)
{
    const int32_t *restrict row = t->rows + (size_t)r * t->stride;
    uint32_t nc = t->nclasses, c = 0;
#if defined(VECTORS)
    for (; c + 8 <= nc; c += 8) {
        v8s32 w, s;
        memcpy(&w, row + c, sizeof w);
        memcpy(&s, scores + c, sizeof s);
        s += w;
        memcpy(scores + c, &s, sizeof s);
    }
    if (c + 4 <= nc) {
        v4s32 w, s;
        memcpy(&w, row + c, sizeof w);
        memcpy(&s, scores + c, sizeof s);
        s += w;
        memcpy(scores + c, &s, sizeof s);
        c += 4;
    }
#endif
    for (; c < nc; c++)
        scores[c] += row[c];
}

/* The parser's four-class table is summed in one register of four sums:
 * a loop over a class count known only at run time cost more than its
 * loads. */
static inline void add_dense4(const int16_t *w, const uint32_t *bk, int nf,
                              int32_t *restrict scores)
{
#if defined(VECTORS)
    v4s32 acc = { 0, 0, 0, 0 }, s;
    for (int i = 0; i < nf; i++) {
        v4s16 row;
        memcpy(&row, w + (size_t)bk[i] * 4, sizeof row);
        acc += __builtin_convertvector(row, v4s32);
    }
    memcpy(&s, scores, sizeof s);
    s += acc;
    memcpy(scores, &s, sizeof s);
#else
    int32_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (int i = 0; i < nf; i++) {
        const int16_t *row = w + (size_t)bk[i] * 4;
        s0 += row[0];
        s1 += row[1];
        s2 += row[2];
        s3 += row[3];
    }
    scores[0] += s0;
    scores[1] += s1;
    scores[2] += s2;
    scores[3] += s3;
#endif
}

CLONES static void add_clones(const sr_weights *t, const uint32_t *bk, int nf,
                              const uint32_t *lo, const uint32_t *hi,
                              int32_t *restrict scores)
{
    if (t->dense && t->nclasses == 4) {
        add_dense4(t->w, bk, nf, scores);
        return;
    }
    if (t->dense) {
        uint32_t nc = t->nclasses;
        for (int i = 0; i < nf; i++) {
            const int16_t *restrict row = t->w + (size_t)bk[i] * nc;
            for (uint32_t c = 0; c < nc; c++)
                scores[c] += row[c];
        }
        return;
    }
    const sr_wentry *restrict e = t->e;
    for (int i = 0; i < nf; i++) {
        if (hi[i] == SR_WEIGHTS_ROW && t->rows) {
            add_row(t, lo[i], scores);
            continue;
        }
        for (uint32_t k = lo[i]; k < hi[i]; k++)
            scores[e[k].cls] += e[k].w;
    }
}

/* The public names call the clone sets: clang does not let a function
 * that weights.h declares, and sr_weights_score calls, become one. */
void sr_weights_add(const sr_weights *t, const uint32_t *bk, int nf, const uint32_t *lo,
                    const uint32_t *hi, int32_t *restrict scores)
{
    add_clones(t, bk, nf, lo, hi, scores);
}

CLONES static uint32_t argmax_clones(const int32_t *scores, uint32_t n)
{
    uint32_t c = 1;
    int32_t top = scores[0];
#if defined(VECTORS)
    /* The highest score first, eight lanes at a time; then its first
     * occurrence, so ties still go to the lowest class. */
    if (n >= 16) {
        v8s32 m;
        memcpy(&m, scores, sizeof m);
        for (c = 8; c + 8 <= n; c += 8) {
            v8s32 s;
            memcpy(&s, scores + c, sizeof s);
            v8s32 gt = s > m;
            m = (s & gt) | (m & ~gt);
        }
        top = m[0];
        for (int k = 1; k < 8; k++)
            if (m[k] > top)
                top = m[k];
    }
#endif
    for (; c < n; c++)
        if (scores[c] > top)
            top = scores[c];
    uint32_t best = 0;
    while (scores[best] != top)
        best++;
    return best;
}

uint32_t sr_weights_argmax(const int32_t *scores, uint32_t n)
{
    return argmax_clones(scores, n);
}

void sr_weights_compile(sr_weights *t)
{
    if (t->dense || t->slot || !t->offs)
        return;
    uint64_t nb = t->mask + 1;
    if (t->offs[nb] >= (1u << (32 - 1 - SR_WEIGHTS_COUNT_BITS)))
        return;
    /* Hot buckets first counted, so the rows are one allocation. */
    uint32_t nhot = 0;
    for (uint64_t b = 0; b < nb; b++) {
        uint32_t n = t->offs[b + 1] - t->offs[b];
        if (n >= (1u << SR_WEIGHTS_COUNT_BITS))
            return; /* a class named more than once; keep the file's form */
        nhot += n >= SR_WEIGHTS_HOT_MIN;
    }
    t->stride = (t->nclasses + 7) & ~7u;
    t->slot = sr_xmalloc(nb * sizeof *t->slot);
    t->rows = nhot ? sr_xcalloc((size_t)nhot * t->stride, sizeof *t->rows) : NULL;
    uint8_t seen[256];
    uint32_t r = 0;
    for (uint64_t b = 0; b < nb; b++) {
        uint32_t lo = t->offs[b], hi = t->offs[b + 1];
        t->slot[b] = lo << SR_WEIGHTS_COUNT_BITS | (hi - lo);
        if (hi - lo < SR_WEIGHTS_HOT_MIN)
            continue;
        int repeated = 0;
        memset(seen, 0, sizeof seen);
        for (uint32_t k = lo; k < hi; k++) {
            repeated |= seen[t->e[k].cls];
            seen[t->e[k].cls] = 1;
        }
        if (repeated)
            continue;
        int32_t *row = t->rows + (size_t)r * t->stride;
        for (uint32_t k = lo; k < hi; k++)
            row[t->e[k].cls] = t->e[k].w;
        t->slot[b] = SR_WEIGHTS_HOT | r++;
    }
}

void sr_weights_release(sr_weights *t)
{
    free(t->slot);
    free(t->rows);
    t->slot = NULL;
    t->rows = NULL;
}

void sr_avgp_init(sr_avgp *p, unsigned log2_buckets, uint32_t nclasses)
{
    memset(p, 0, sizeof *p);
    p->nclasses = nclasses;
    p->nbuckets = (uint64_t)1 << log2_buckets;
    p->mask = p->nbuckets - 1;
    p->w = sr_xcalloc(p->nbuckets * nclasses, sizeof *p->w);
    p->u = sr_xcalloc(p->nbuckets * nclasses, sizeof *p->u);
    p->step = 1.0;
}

void sr_avgp_free(sr_avgp *p)
{
    free(p->w);
    free(p->u);
    memset(p, 0, sizeof *p);
}

void sr_avgp_score(const sr_avgp *p, const uint64_t *f, int nf, float *scores)
{
    memset(scores, 0, p->nclasses * sizeof *scores);
    for (int i = 0; i < nf; i++) {
        const float *row = p->w + (size_t)(f[i] & p->mask) * p->nclasses;
        for (uint32_t c = 0; c < p->nclasses; c++)
            scores[c] += row[c];
    }
}

void sr_avgp_update(sr_avgp *p, const uint64_t *f, int nf, uint32_t cls, float delta)
{
    for (int i = 0; i < nf; i++) {
        size_t k = (size_t)(f[i] & p->mask) * p->nclasses + cls;
        p->w[k] += delta;
        p->u[k] += p->step * delta;
    }
}

void sr_avgp_export(const sr_avgp *p, int dense, sr_model_writer *w, const char *prefix)
{
    size_t n = p->nbuckets * p->nclasses;
    double maxabs = 0;
    for (size_t k = 0; k < n; k++) {
        double a = fabs(p->w[k] - p->u[k] / p->step);
        if (a > maxabs)
            maxabs = a;
    }
    double scale = maxabs > 0 ? 32000.0 / maxabs : 1.0;
    char name[9];
    uint32_t nentries = 0;
    unsigned log2b = 0;
    while (((uint64_t)1 << log2b) < p->nbuckets)
        log2b++;

    section_name(name, prefix, "wts");
    sr_buf *wb = sr_model_writer_begin(w, name);
    sr_buf offb = SR_BUF_INIT;
    if (!dense)
        sr_model_put_u32(&offb, 0);
    for (uint64_t b = 0; b < p->nbuckets; b++) {
        for (uint32_t c = 0; c < p->nclasses; c++) {
            size_t k = (size_t)b * p->nclasses + c;
            long q = lround((p->w[k] - p->u[k] / p->step) * scale);
            int16_t s = (int16_t)(q > 32767 ? 32767 : q < -32767 ? -32767 : q);
            if (!dense && s == 0)
                continue;
            unsigned char le[4] = { (unsigned char)((uint16_t)s & 0xff),
                                    (unsigned char)((uint16_t)s >> 8), (unsigned char)c, 0 };
            sr_buf_append(wb, (const char *)le, dense ? 2 : 4);
            nentries += !dense;
        }
        if (!dense)
            sr_model_put_u32(&offb, nentries);
    }
    if (!dense) {
        section_name(name, prefix, "off");
        sr_buf *ob = sr_model_writer_begin(w, name);
        *ob = offb;
    }
    section_name(name, prefix, "hdr");
    sr_buf *hb = sr_model_writer_begin(w, name);
    sr_model_put_u32(hb, p->nclasses);
    sr_model_put_u32(hb, log2b);
    sr_model_put_u32(hb, dense ? 1 : 0);
    sr_model_put_u32(hb, nentries);
    sr_model_put_f32(hb, (float)scale);
    sr_model_put_u32(hb, 0);
}
