/* evaluate.h - scoring the tagger and parser against a gold treebank.
 *
 * Uses gold tokenization: each gold sentence's forms are copied and
 * annotated with sr_nlp_annotate, and every word counts, punctuation
 * included. LAS compares the universal part of the relation (before ':'),
 * as the CoNLL 2018 shared task did. The time reported covers tagging and
 * parsing only, not reading or copying. */
#ifndef SR_NLP_EVALUATE_H
#define SR_NLP_EVALUATE_H

#include "nlp/nlp.h"
#include "text/conllu.h"

typedef struct sr_nlp_scores {
    size_t sentences, words;
    size_t upos, xpos, uas, las;  /* words right */
    size_t las_full;              /* words right with the full relation */
    double seconds;               /* wall time spent in sr_nlp_annotate */
} sr_nlp_scores;

void sr_nlp_evaluate(const sr_nlp *nlp, const sr_conllu_sentence *gold, uint32_t n,
                     sr_nlp_scores *out);
/* The same with the gold tags given to the parser (sr_nlp_annotate_tagged),
 * to measure what tagging errors cost. */
void sr_nlp_evaluate_gold_tags(const sr_nlp *nlp, const sr_conllu_sentence *gold, uint32_t n,
                               sr_nlp_scores *out);

/* Percentage of words, 0 when there are none. */
double sr_nlp_pct(size_t right, size_t words);

#endif
