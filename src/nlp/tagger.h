/* tagger.h - greedy left-to-right part-of-speech tagger.
 *
 * One averaged-perceptron classifier predicts, for each word, a joint class
 * that stands for a (UPOS, XPOS) pair seen in training, so the two tag sets
 * always agree with each other. Features are those of sr_feat_tagger (the
 * word, its affixes and shape, neighbouring words, the two previous
 * classes). A second pass, when the model has one, tags again with the
 * first pass's classes of the following words as extra features. The class inventory is stored in the model as "tgnames", one
 * "UPOS<TAB>XPOS" line per class, and resolved to the static names of
 * tagset.h when the model is bound. Tagging allocates nothing. */
#ifndef SR_NLP_TAGGER_H
#define SR_NLP_TAGGER_H

#include "nlp/features.h"
#include "nlp/weights.h"

enum { SR_TAGGER_MAX_CLASSES = 256 };

/* Frequent words that always took one class in training skip the model:
 * an open-addressed table of (form hash, class) slots, 16 bytes each, in
 * section "tgdict" (uint32 slot count, a power of two, then 12 bytes of
 * padding, then the slots). A zero hash marks an empty slot. */
typedef struct sr_tag_dict {
    const unsigned char *slots;
    uint64_t mask;
} sr_tag_dict;

/* Keys drop the low byte of the hash (so a trainer can pack a class there
 * while counting) and are never zero. */
static inline uint64_t sr_tag_dict_key(uint64_t h) { return (h & ~(uint64_t)0xff) | 1; }
/* The class of a word with form hash h, or -1 when the word is not in it. */
int sr_tag_dict_find(const sr_tag_dict *d, uint64_t h);
/* Builds the section from n (hash, class) pairs. */
void sr_tag_dict_write(sr_buf *b, const uint64_t *hash, const uint16_t *cls, size_t n);
sr_status sr_tag_dict_bind(sr_tag_dict *d, const void *data, size_t size, const char *path,
                           sr_error *err);

typedef struct sr_tagger {
    sr_tag_dict dict;
    sr_weights w;
    sr_weights w2;               /* second pass ("t2"), when two_pass */
    int two_pass;
    uint32_t nclasses;
    const char **upos, **xpos;   /* [nclasses], static strings */
    uint8_t finite[SR_TAGGER_MAX_CLASSES];  /* see sr_tagger_finite */
} sr_tagger;

/* Marks the classes whose XPOS is a finite verb or modal (VBD, VBP, VBZ,
 * MD) in finite[0..n). */
void sr_tagger_finite(const char *const *xpos, uint32_t n, uint8_t *finite);

/* Binds the tagger to the sections of a model ("tg" weights, "tgnames"). */
sr_status sr_tagger_bind(sr_tagger *t, sr_section_fn fn, const void *ctx,
                         const char *path, sr_error *err);
void sr_tagger_release(sr_tagger *t);

/* Chooses a class for each of the n words into tags[0..n); work[0..n) is
 * scratch for the first pass. */
void sr_tagger_tag(const sr_tagger *t, const sr_feat_word *w, uint32_t n, uint16_t *tags,
                   uint16_t *work);
/* When a sentence that reads as a statement (long enough, ending in a full
 * stop) was given no finite verb, retags as one the word that loses least
 * by it under the model's scores; first holds the first pass's classes
 * (ignored by a one-pass model). See finite.c. */
void sr_tagger_require_finite(const sr_tagger *t, const sr_token *tokens, const sr_feat_word *w,
                              uint32_t n, const uint16_t *first, uint16_t *tags);

/* One pass: the first (first == NULL, weights w) or the second given the
 * first pass's classes (weights w2). For trainers. */
void sr_tagger_pass(const sr_tagger *t, const sr_feat_word *w, uint32_t n,
                    const uint16_t *first, uint16_t *tags);

/* Parses a class list ("A\tB\n" lines, or "A\n" lines when xpos is NULL)
 * into static names; used by the tagger and the labeller. On failure
 * returns SR_EMODEL naming the section and line. */
sr_status sr_tagger_read_names(const char *data, size_t size, const char *section,
                               const char *path, const char ***first,
                               const char ***second, uint32_t *n, sr_error *err);

#endif
