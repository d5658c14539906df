/* features.h - the feature functions shared by training and runtime.
 *
 * Every model scores hashed features (see weights.h). This module turns a
 * sentence into per-word hashes once (sr_feat_words) and then produces the
 * feature hashes of one decision: a tagging decision for word i, a parser
 * transition in a given state, or the relation of one arc. The trainers in
 * this folder and the runtime call exactly these functions, so the features
 * cannot drift apart. Nothing here allocates; output arrays are sized by the
 * SR_FEAT_MAX_* constants. */
#ifndef SR_NLP_FEATURES_H
#define SR_NLP_FEATURES_H

#include "sitrep.h"
#include "nlp/transition.h"

#include <stdint.h>

enum {
    SR_FEAT_MAX_TAGGER = 56,
    SR_FEAT_MAX_PARSER = 96,
    SR_FEAT_MAX_LABEL = 48,
    SR_FEAT_AFFIX = 4        /* prefixes and suffixes of 1..4 bytes */
};

/* Hashes of one word that several templates read. */
typedef struct sr_feat_word {
    uint64_t form;           /* the form as written */
    uint64_t lower;          /* lower-cased, digits folded to 0 */
    uint64_t shape;          /* Xx-style shape, runs collapsed */
    uint64_t prefix[SR_FEAT_AFFIX], suffix[SR_FEAT_AFFIX];
    uint32_t flags;          /* SR_FEAT_F_* */
} sr_feat_word;

enum {
    SR_FEAT_F_UPPER = 1,     /* starts with an upper-case letter */
    SR_FEAT_F_DIGIT = 2,
    SR_FEAT_F_HYPHEN = 4,
    SR_FEAT_F_ALLCAPS = 8,
    SR_FEAT_F_TITLE_SENT = 16, /* most words of the sentence are capitalised */
    SR_FEAT_F_PUNCT = 32     /* nothing but ASCII punctuation */
};

/* Fills w[0..n) from the tokens' forms (NULL forms count as empty). */
void sr_feat_words(const sr_token *tokens, uint32_t n, sr_feat_word *w);

/* Features for tagging word i of n, given the classes already chosen for
 * the words before it (tags[0..i)). Returns the count. */
int sr_feat_tagger(const sr_feat_word *w, uint32_t n, uint32_t i,
                   const uint16_t *tags, uint64_t *out);

/* Features of the second tagging pass: those of sr_feat_tagger plus the
 * first pass's classes around word i (first[0..n)), which give the right
 * context a left-to-right pass cannot see, and whether another word of the
 * sentence was tagged as a finite verb (finite[c] marks such classes;
 * nfinite counts them in first), which tells a past tense ("Rebels
 * attacked ...") from a participle ("the town attacked by ..."). */
int sr_feat_tagger2(const sr_feat_word *w, uint32_t n, uint32_t i, const uint16_t *tags,
                    const uint16_t *first, const uint8_t *finite, uint32_t nfinite,
                    uint64_t *out);

/* The hash of the tagger's bias feature, the one feature every word of
 * both passes has (the first of sr_feat_tagger_context). */
uint64_t sr_feat_tagger_bias(void);

/* The same features in two parts, for a tagger that works on several
 * words at once: the CONTEXT part reads only the words (and, in the second
 * pass, the first pass's classes), so it is known for every word before
 * tagging starts; the HISTORY part reads the classes chosen for the words
 * to the left. Together the two parts give the same set of hashes as
 * sr_feat_tagger or sr_feat_tagger2, in another order. */
enum { SR_FEAT_CONTEXT = 1, SR_FEAT_HISTORY = 2 };
int sr_feat_tagger_context(const sr_feat_word *w, uint32_t n, uint32_t i, uint64_t *out);
int sr_feat_tagger_history(const sr_feat_word *w, uint32_t n, uint32_t i,
                           const uint16_t *tags, uint64_t *out);
int sr_feat_tagger2_context(const sr_feat_word *w, uint32_t n, uint32_t i,
                            const uint16_t *first, const uint8_t *finite, uint32_t nfinite,
                            uint64_t *out);
int sr_feat_tagger2_history(const sr_feat_word *w, uint32_t n, uint32_t i,
                            const uint16_t *tags, const uint16_t *first,
                            const uint8_t *finite, uint32_t nfinite, uint64_t *out);
/* The CONTEXT part of the second pass is that of the first pass followed
 * by these, in this order; a tagger that kept the first pass's hashes of
 * a word appends these instead of computing them all again. */
int sr_feat_tagger2_context_extra(const sr_feat_word *w, uint32_t n, uint32_t i,
                                  const uint16_t *first, const uint8_t *finite,
                                  uint32_t nfinite, uint64_t *out);

/* What the parser and labeller know about word k (1..n); index 0 and n+1
 * must hold the "none" and "root" values (see sr_feat_parse_words). */
typedef struct sr_feat_pword {
    uint64_t word;           /* lower-cased form hash */
    uint32_t tag;            /* tagger class (joint UPOS+XPOS) */
    uint32_t punct_before;   /* punctuation words before this one */
    uint64_t suffix;         /* 3-byte suffix hash, a back-up for tag errors */
} sr_feat_pword;

/* Fills p[0..n+1] from word hashes and tagger classes. */
void sr_feat_parse_words(const sr_feat_word *w, const uint16_t *tags, uint32_t n,
                         sr_feat_pword *p);

/* Features of the parser state s. Returns the count. */
int sr_feat_parser(const sr_arc_state *s, const sr_feat_pword *p, uint64_t *out);

/* The same features in two parts, in the same order: those of the partial
 * tree (words, tags, heads, children) and those of the provisional
 * relations. A parser can so ask for the first part of the next state
 * while it still chooses the relation of the arc just made. */
int sr_feat_parser_tree(const sr_arc_state *s, const sr_feat_pword *p, uint64_t *out);
int sr_feat_parser_labels(const sr_arc_state *s, const sr_feat_pword *p, uint64_t *out);

/* Features for the relation of word d (1..n) under head h (1..n, or n+1
 * for the root) in a finished tree given as a state. */
int sr_feat_label(const sr_arc_state *s, const sr_feat_pword *p, int d, int h,
                  uint64_t *out);

#endif
