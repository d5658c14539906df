/* segment_eval.h - scores sr_segment against a UD treebank.
 *
 * Rebuilds the running text of every document of a CoNLL-U file ("# newdoc"
 * starts one; its "# text =" lines are joined with single spaces), runs
 * sr_segment on it and compares by byte offsets. A predicted sentence
 * boundary counts when a gold sentence ends at the same byte (the end of a
 * document is not counted: it is given); a predicted sentence counts when
 * its whole span equals a gold sentence's span; a predicted token counts when
 * its span equals a gold surface token's span. Gold surface tokens are the
 * word lines outside multiword ranges plus the multiword tokens themselves
 * ("don't" is one), found by searching each form in the sentence text from
 * left to right. Predicted pieces glued together (no space between) that
 * exactly cover one gold multiword token count as that one token.
 *
 * Shared by tools/text/eval_segment and the unit test, so that both report
 * the same figures. It reads the file itself and writes nothing unless the
 * caller passes a log stream. */
#ifndef SR_TEXT_SEGMENT_EVAL_H
#define SR_TEXT_SEGMENT_EVAL_H

#include <stdio.h>

#include "sitrep.h"

typedef struct sr_segment_score {
    size_t docs;
    size_t gold_sents, pred_sents, match_sents;     /* whole sentence spans */
    size_t gold_bounds, pred_bounds, match_bounds;  /* sentence ends inside a
                                                       document */
    size_t gold_toks, pred_toks, match_toks;
    size_t unplaced;   /* gold forms not found in their sentence's text */
} sr_segment_score;

/* Scores the CoNLL-U file at path. When log is not NULL, every missed gold
 * token and sentence and every spurious prediction is written to it, one per
 * line, for tuning. Fails with SR_EIO when the file cannot be read and
 * SR_EFORMAT (with the line) when a line is not CoNLL-U. */
sr_status sr_segment_eval_conllu(const char *path, FILE *log, sr_segment_score *out,
                                 sr_error *err);

/* Precision, recall and F1 of matched out of predicted and gold (0 when a
 * denominator is 0). */
void sr_segment_prf(size_t match, size_t pred, size_t gold, double *p, double *r,
                    double *f1);

#endif
