/* weights.h - hashed linear-model weights: training tables and the compact
 * read-only form used at runtime.
 *
 * Features are 64-bit hashes; a feature's bucket is the hash masked to the
 * table size, and each bucket holds one weight per class (feature hashing:
 * no feature dictionary, collisions are tolerated). Training uses an
 * averaged perceptron over float weights (sr_avgp). Export averages the
 * weights, quantises them to int16 with one scale per table and writes them
 * either dense (buckets x classes; one memory access per feature, for few
 * classes) or sparse (per bucket, the list of classes with a non-zero
 * weight; for many classes, where most buckets touch few of them). The
 * runtime form (sr_weights) points straight into a mapped model file;
 * sr_weights_compile may add an owned index beside it for sparse tables
 * (dense rows for full buckets). Scores are integers, so runtime
 * decisions are exact and platform-neutral, whichever form is read. */
#ifndef SR_NLP_WEIGHTS_H
#define SR_NLP_WEIGHTS_H

#include "sitrep.h"
#include "nlp/model_file.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A sparse entry: weight and class side by side, so one cache line
 * serves both. */
typedef struct sr_wentry {
    int16_t w;
    uint8_t cls;
    uint8_t zero;
} sr_wentry;

typedef struct sr_weights {
    uint32_t nclasses;
    uint64_t mask;           /* buckets - 1; buckets is a power of two */
    int dense;
    const int16_t *w;        /* dense: [bucket][class] */
    const uint32_t *offs;    /* sparse: entries of bucket b are offs[b]..offs[b+1] */
    const sr_wentry *e;      /* sparse entries */
    /* The runtime form of a sparse table (sr_weights_compile), owned, NULL
     * until then: per bucket one word, either a cold bucket's entry range
     * (first << SR_WEIGHTS_COUNT_BITS | count) or SR_WEIGHTS_HOT | r for a
     * hot bucket, whose weights are row r of rows (a dense row, stride
     * weights apart, already widened to int32: the rows are few, and
     * adding int32 to int32 scores needs no conversion). */
    uint32_t *slot;
    int32_t *rows;
    uint32_t stride;
} sr_weights;

enum { SR_WEIGHTS_MAX_FEATURES = 128 };

#define SR_WEIGHTS_HOT 0x80000000u
enum {
    SR_WEIGHTS_COUNT_BITS = 9,     /* a bucket holds at most 256 classes */
    SR_WEIGHTS_HOT_MIN = 32        /* entries that make a bucket hot */
};
/* hi[i] of a feature whose bucket is a dense row (lo[i] is the row). */
#define SR_WEIGHTS_ROW 0xffffffffu

/* Scoring is split into three steps so that a caller can run them for
 * different decisions at once: while it sums the rows of one word, the
 * rows of the next words are already on their way from memory. The tables
 * are larger than the caches, so these misses, not the additions, set the
 * speed. Between the steps the caller keeps the buckets (bk) and, for
 * sparse tables, the entry ranges (lo, hi), nf of each. Scores are integer
 * sums, so the order in which features are added never changes a result. */

/* Step 1: computes the bucket of each feature into bk[0..nf) and asks for
 * the memory it needs first (a dense row, or a sparse bucket's offsets).
 * The buckets are kept for the later steps, which also stops gcc from
 * deleting the loop: it removed an earlier version that did nothing but
 * prefetch. */
static inline void sr_weights_fetch(const sr_weights *t, const uint64_t *f, int nf,
                                    uint32_t *bk)
{
    /* The kind of table is tested once, not per feature: gcc -O2 does
     * not move the test out of the loop itself. */
    if (t->dense) {
        for (int i = 0; i < nf; i++) {
            bk[i] = (uint32_t)(f[i] & t->mask);
#if defined(__GNUC__)
            __builtin_prefetch(t->w + (size_t)bk[i] * t->nclasses);
#endif
        }
        return;
    }
    const uint32_t *first = t->slot ? t->slot : t->offs;
    for (int i = 0; i < nf; i++) {
        bk[i] = (uint32_t)(f[i] & t->mask);
#if defined(__GNUC__)
        __builtin_prefetch(first + bk[i]);
#endif
    }
}

/* Step 2: for a sparse table, reads each bucket's entry range into
 * lo[i]..hi[i] and asks for those entries; a dense table needs nothing. */
static inline void sr_weights_locate(const sr_weights *t, const uint32_t *bk, int nf,
                                     uint32_t *lo, uint32_t *hi)
{
    if (t->dense)
        return;
    if (t->slot) {
        for (int i = 0; i < nf; i++) {
            uint32_t s = t->slot[bk[i]];
            if (s & SR_WEIGHTS_HOT) {
                lo[i] = s & ~SR_WEIGHTS_HOT;
                hi[i] = SR_WEIGHTS_ROW;
#if defined(__GNUC__)
                /* Hot rows are few and mostly cached already: the two
                 * ends of the row are asked for, not each of its lines. */
                const int32_t *row = t->rows + (size_t)lo[i] * t->stride;
                __builtin_prefetch(row);
                __builtin_prefetch(row + t->stride - 1);
#endif
                continue;
            }
            lo[i] = s >> SR_WEIGHTS_COUNT_BITS;
            hi[i] = lo[i] + (s & ((1u << SR_WEIGHTS_COUNT_BITS) - 1));
#if defined(__GNUC__)
            __builtin_prefetch(t->e + lo[i]);
            if (hi[i] > lo[i])
                __builtin_prefetch(t->e + hi[i] - 1);
#endif
        }
        return;
    }
    for (int i = 0; i < nf; i++) {
        lo[i] = t->offs[bk[i]];
        hi[i] = t->offs[bk[i] + 1];
#if defined(__GNUC__)
        /* A bucket's entries may straddle two cache lines; ask for both. */
        __builtin_prefetch(t->e + lo[i]);
        if (hi[i] > lo[i])
            __builtin_prefetch(t->e + hi[i] - 1);
#endif
    }
}

/* Step 3: adds the weights of the nf features to scores[0..nclasses).
 * Out of line so that it can be built twice (see weights.c): the sums are
 * integer, so either build gives the same scores. */
void sr_weights_add(const sr_weights *t, const uint32_t *bk, int nf, const uint32_t *lo,
                    const uint32_t *hi, int32_t *restrict scores);

/* The lowest class of highest score in scores[0..n), n >= 1. Built twice
 * like sr_weights_add: the tagger asks it of a hundred classes per word. */
uint32_t sr_weights_argmax(const int32_t *scores, uint32_t n);

/* Adds the weights of nf features (at most SR_WEIGHTS_MAX_FEATURES) to
 * scores[0..nclasses): the three steps above for one decision. */
static inline void sr_weights_score(const sr_weights *t, const uint64_t *f, int nf,
                                    int32_t *scores)
{
    uint32_t bk[SR_WEIGHTS_MAX_FEATURES], lo[SR_WEIGHTS_MAX_FEATURES],
        hi[SR_WEIGHTS_MAX_FEATURES];
    if (nf > SR_WEIGHTS_MAX_FEATURES)
        nf = SR_WEIGHTS_MAX_FEATURES;
    sr_weights_fetch(t, f, nf, bk);
    sr_weights_locate(t, bk, nf, lo, hi);
    sr_weights_add(t, bk, nf, lo, hi, scores);
}

/* Builds the runtime form of a bound sparse table (see sr_weights.slot):
 * buckets of at least SR_WEIGHTS_HOT_MIN entries become dense rows, since
 * adding a whole row costs fewer instructions than walking that many
 * (class, weight) pairs, and every bucket's range is read with one load
 * instead of two. Scores are unchanged: a row holds exactly the bucket's
 * weights, and a bucket that names a class twice stays as it is. Does
 * nothing for dense tables, or when the entries outgrow the slot format.
 * The caller frees the form with sr_weights_release. */
void sr_weights_compile(sr_weights *t);
void sr_weights_release(sr_weights *t);

/* Where sections come from: a mapped file or a writer still in memory. */
typedef const void *(*sr_section_fn)(const void *ctx, const char *name, size_t *size);

/* Binds t to the sections "<prefix>hdr" (uint32 classes, log2 buckets,
 * dense flag, entry count; float scale; uint32 zero), "<prefix>wts" (dense:
 * int16 per bucket and class; sparse: 4-byte sr_wentry per entry) and, for
 * sparse tables, "<prefix>off" (uint32 per bucket, plus one). prefix is at
 * most 5 characters.
 * Checks every size and offset so a damaged file cannot make scoring read
 * outside the mapping; on failure returns SR_EMODEL with a message. */
sr_status sr_weights_bind(sr_weights *t, sr_section_fn fn, const void *ctx,
                          const char *prefix, const char *path, sr_error *err);

/* Section lookups for sr_weights_bind and other table readers. */
const void *sr_weights_file_section(const void *model_file, const char *name,
                                    size_t *size);
const void *sr_weights_writer_section(const void *writer, const char *name,
                                      size_t *size);

/* ------------------------------------------------------------ training */

typedef struct sr_avgp {
    uint32_t nclasses;
    uint64_t nbuckets, mask;
    float *w;                /* current weights */
    double *u;               /* sum of step * delta, for lazy averaging */
    double step;             /* number of training instances seen */
} sr_avgp;

void sr_avgp_init(sr_avgp *p, unsigned log2_buckets, uint32_t nclasses);
void sr_avgp_free(sr_avgp *p);
/* Sets scores[0..nclasses) to the current (not averaged) scores. */
void sr_avgp_score(const sr_avgp *p, const uint64_t *f, int nf, float *scores);
/* Adds delta to the weight of class for every feature. */
void sr_avgp_update(sr_avgp *p, const uint64_t *f, int nf, uint32_t cls, float delta);
/* Call once per training instance (after any update). */
static inline void sr_avgp_tick(sr_avgp *p) { p->step += 1.0; }
/* Writes the averaged, quantised weights as sections "<prefix>...". */
void sr_avgp_export(const sr_avgp *p, int dense, sr_model_writer *w, const char *prefix);

#endif
