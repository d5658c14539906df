/* train.h - training the tagger, parser and labeller from a treebank.
 *
 * Used by tools/train/train_nlp (and the unit test); the runtime never
 * calls it. It lives in the library only because each tool is one file.
 * The steps:
 *   1. class and relation inventories; headline copies of some sentences;
 *   2. the tagger's first pass (averaged perceptron, greedy decoding with
 *      its own predictions as history), keeping the pass over the data that
 *      tags dev best, then jackknifing: the training set is cut into folds
 *      and each fold is tagged by a tagger trained on the others, so later
 *      steps learn from tags as noisy as those at runtime;
 *   3. the same for the second tagging pass, on the first pass's tags;
 *   4. the labeller, on gold trees, keeping its best pass on dev;
 *   5. the parser, with the arc-eager dynamic oracle: after the first pass
 *      it follows its own mistakes with probability explore and learns the
 *      best move from there; the pass with the best dev LAS is kept.
 * Everything is deterministic for a given seed (own generator, fixed
 * orders). Weight tables are large while training (the tagger's reserve
 * 1.3 GB, of which about 1 GB is touched) and are exported averaged and
 * quantised (weights.h). */
#ifndef SR_NLP_TRAIN_H
#define SR_NLP_TRAIN_H

#include "nlp/model_file.h"
#include "text/conllu.h"

typedef struct sr_train_options {
    uint64_t seed;
    int tagger_epochs, label_epochs, parser_epochs;   /* maxima */
    int folds;                                        /* jackknife folds, 0 = none */
    unsigned tagger_bits, label_bits, parser_bits;    /* log2 of buckets */
    double explore;
    int two_pass;                                     /* second tagging pass */
    /* Tag dictionary: words seen at least dict_min_count times, with one
     * class in at least dict_min_share of them, skip the tagger. */
    int dict_min_count;
    double dict_min_share;
    /* Headline copies: every augment_title-th training sentence is added
     * again in headline title case, every augment_upper-th in capitals
     * (0 = none), so that capitals in headlines do not read as names. */
    int augment_title, augment_upper;
    /* Progress lines for the caller to show; may be NULL. */
    void (*progress)(void *ctx, const char *line);
    void *ctx;
} sr_train_options;

sr_train_options sr_train_options_default(void);

typedef enum sr_recase {
    SR_RECASE_NONE = 0,
    SR_RECASE_TITLE,     /* "Rebels Seize Town in North" */
    SR_RECASE_UPPER      /* "REBELS SEIZE TOWN IN NORTH" */
} sr_recase;

/* The form as a headline would write it (ASCII letters only; short
 * function words stay lower case in title case unless first). Returns
 * form itself for SR_RECASE_NONE, else a copy in the arena. */
const char *sr_train_recase(const char *form, int first, sr_recase mode, sr_arena *a);

/* Trains on train and selects on dev; fills the two writers with the
 * tagger and parser models. Fails with SR_EFORMAT when the treebank has a
 * tag or relation that tagset.h does not know, a missing column or too many
 * classes (err names the sentence's line). */
sr_status sr_nlp_train(const sr_conllu_sentence *train, uint32_t ntrain,
                       const sr_conllu_sentence *dev, uint32_t ndev,
                       const sr_train_options *opt, sr_model_writer *tagger_out,
                       sr_model_writer *parser_out, sr_error *err);

#endif
