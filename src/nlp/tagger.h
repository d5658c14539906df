/* tagger.h - greedy left-to-right part-of-speech tagger.
 *
 * One averaged-perceptron classifier predicts, for each word, a joint class
 * that stands for a (UPOS, XPOS) pair seen in training, so the two tag sets
 * always agree with each other. Features are those of sr_feat_tagger (the
 * word, its affixes and shape, neighbouring words, the two previous
 * classes). A second pass, when the model has one, tags again with the
 * first pass's classes of the following words as extra features. The class inventory is stored in the model as "tgnames", one
 * "UPOS<TAB>XPOS" line per class, and resolved to the static names of
 * tagset.h when the model is bound. Binding also builds the runtime forms
 * that make tagging cheaper without changing a tag (a re-indexed tag
 * dictionary, compiled weight tables, the bias row summed once); they are
 * freed by sr_tagger_release. Tagging allocates only from the scratch
 * arena it is given. */
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

/* The tag dictionary as the tagger reads it: the file's table probes from
 * the hash's low bits, which the key format fixes (sr_tag_dict_key), so
 * its probe chains run long. sr_tagger_bind copies every entry the file's
 * lookup can reach into this table, indexed by higher bits; a lookup here
 * answers exactly as sr_tag_dict_find does, in a probe or two. */
typedef struct sr_tag_index_slot {
    uint64_t key;                /* sr_tag_dict_key of the form; 0 = empty */
    uint32_t cls;
} sr_tag_index_slot;

typedef struct sr_tag_index {
    sr_tag_index_slot *slots;    /* owned; freed by sr_tagger_release */
    uint64_t mask;
} sr_tag_index;

/* The class of a word with form hash h, or -1: sr_tag_dict_find's answer. */
static inline int sr_tag_index_find(const sr_tag_index *x, uint64_t h)
{
    uint64_t key = sr_tag_dict_key(h);
    for (uint64_t i = (key >> 8) & x->mask;; i = (i + 1) & x->mask) {
        if (x->slots[i].key == key)
            return (int)x->slots[i].cls;
        if (x->slots[i].key == 0)
            return -1;
    }
}

/* Fills x from the file's table d (sr_tagger_bind does this); x->slots is
 * the caller's to free (sr_tag_index_free). */
void sr_tag_index_build(sr_tag_index *x, const sr_tag_dict *d);
void sr_tag_index_free(sr_tag_index *x);

typedef struct sr_tagger {
    sr_tag_dict dict;
    sr_tag_index index;          /* dict, re-indexed (see sr_tag_index) */
    sr_weights w;
    sr_weights w2;               /* second pass ("t2"), when two_pass */
    int two_pass;
    uint32_t nclasses;
    const char **upos, **xpos;   /* [nclasses], static strings */
    uint8_t finite[SR_TAGGER_MAX_CLASSES];  /* see sr_tagger_finite */
    /* Every word has the bias feature (sr_feat_tagger_bias), whose bucket
     * holds a weight for nearly every class; its row is summed once at
     * bind time per pass (0: w, 1: w2) and copied in as a word's starting
     * scores instead of being walked again for every word. */
    uint32_t bias_bucket[2];
    int32_t bias_scores[2][SR_TAGGER_MAX_CLASSES];
    int context_count;           /* sr_feat_tagger_context's count for a word */
} sr_tagger;

/* Marks the classes whose XPOS is a finite verb or modal (VBD, VBP, VBZ,
 * MD) in finite[0..n). */
void sr_tagger_finite(const char *const *xpos, uint32_t n, uint8_t *finite);

/* Binds the tagger to the sections of a model ("tg" weights, "tgnames"). */
sr_status sr_tagger_bind(sr_tagger *t, sr_section_fn fn, const void *ctx,
                         const char *path, sr_error *err);
void sr_tagger_release(sr_tagger *t);

/* The score of each class for word i, given tags[0..i) as its history
 * (and, for a two-pass model, the first pass's tags and their count of
 * finite verbs): what the tagger would say if asked again after a repair
 * changed an earlier tag. Used by the finite-verb and infinitive
 * repairs. */
void sr_tagger_score_word(const sr_tagger *t, const sr_feat_word *w, uint32_t n, uint32_t i,
                          const uint16_t *first, uint32_t nfinite, const uint16_t *tags,
                          int32_t *scores);

/* Chooses a class for each of the n words into tags[0..n); work[0..n) is
 * scratch for the first pass. The first pass's context hashes are kept in
 * scratch for the second (about 200 bytes a word). */
void sr_tagger_tag(const sr_tagger *t, const sr_feat_word *w, uint32_t n, uint16_t *tags,
                   uint16_t *work, sr_arena *scratch);
/* When a sentence that reads as a statement (long enough, ending in a full
 * stop) was given no finite verb, retags as one the word that loses least
 * by it under the model's scores; first holds the first pass's classes
 * (ignored by a one-pass model). See finite.c. */
void sr_tagger_require_finite(const sr_tagger *t, const sr_token *tokens, const sr_feat_word *w,
                              uint32_t n, const uint16_t *first, uint16_t *tags);

/* Retags as a proper noun a word written in capitals (two to five
 * letters, not the first word) that the tagger took for a verb right
 * before a noun ("IS fighters"), unless the sentence is mostly in
 * capitals. See acronyms.c. */
void sr_tagger_fix_acronyms(const sr_tagger *t, const sr_token *tokens, uint32_t n,
                            uint16_t *tags);

/* The class of the (upos, xpos) pair, or -1 when the model has none. */
int sr_tagger_class(const sr_tagger *t, const char *upos, const char *xpos);

/* Retags as past tense (VBD) a past participle (VBN) that "and", "or" or
 * "but" joins to an earlier past-tense verb with no auxiliary between
 * them ("condemned the attack and promised aid"). See conjuncts.c. */
void sr_tagger_fix_conjuncts(const sr_tagger *t, const sr_token *tokens, uint32_t n,
                             uint16_t *tags);

/* Retags as TO + VB a "to" tagged as a preposition and the bare singular
 * noun after it ("was known to break into"), when the tagger's own scores
 * lose little by it; first holds the first pass's classes. See
 * infinitive.c. */
void sr_tagger_fix_infinitives(const sr_tagger *t, const sr_token *tokens,
                               const sr_feat_word *w, uint32_t n, const uint16_t *first,
                               uint16_t *tags);

/* Retags as a proper noun a capitalised word tagged as a common noun
 * (singular), adverb or foreign word right before a capitalised proper
 * noun that is not a day or a month ("Hamfast Gamgee", "the Hermit
 * Kingdom"), unless the tag dictionary knows the word or the sentence is
 * in title case. See names.c. */
void sr_tagger_join_names(const sr_tagger *t, const sr_token *tokens, const sr_feat_word *w,
                          uint32_t n, uint16_t *tags);

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
