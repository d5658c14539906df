/* parser.h - greedy arc-eager dependency parser and arc labeller.
 *
 * The parser chooses among four unlabelled transitions (transition.h) with a
 * hashed linear model over the features of sr_feat_parser; with four classes
 * the weights are stored dense, so each feature costs one memory access.
 * If the parse leaves several words under the root, the leftmost stays the
 * root and the others attach to it, since UD trees have one root. A second
 * model, the labeller, then gives each arc its relation (UD v2 names with
 * subtypes) from the features of sr_feat_label over the finished tree;
 * "root" is given to the root's dependent and to no other word. Model
 * sections: "pa" (transitions), "lb" (labeller), "lbnames" (one relation
 * per line). Parsing allocates only from the scratch arena it is given and
 * takes time linear in the sentence length apart from the labeller's scan
 * over the head's dependents. */
#ifndef SR_NLP_PARSER_H
#define SR_NLP_PARSER_H

#include "nlp/features.h"
#include "nlp/weights.h"

typedef struct sr_parser {
    sr_weights trans, label;
    uint32_t nlabels;
    const char **labels;     /* static strings */
    uint32_t root_label;
} sr_parser;

sr_status sr_parser_bind(sr_parser *p, sr_section_fn fn, const void *ctx,
                         const char *path, sr_error *err);
void sr_parser_release(sr_parser *p);

/* Parses words 1..n of pw (see sr_feat_parse_words) into heads[1..n]
 * (0 = root) and labels[1..n] (indexes into p->labels). */
void sr_parser_parse(const sr_parser *p, const sr_feat_pword *pw, int n, int *heads,
                     uint16_t *labels, sr_arena *scratch);

/* Repairs of a finished parse (relabel.c): an obl:agent (nmod:agent)
 * with no "by" among its dependents becomes obl (nmod); a name hung as a
 * compound on a following verb that has no subject becomes its subject;
 * in "was ADV and ADV VBN" the participle heads the clause; a list
 * member labelled as an object or subject of the first is a conjunct; a
 * name labelled as the object of a name before it joins that name; a
 * full verb labelled as the auxiliary of a participle heads the clause. */
void sr_parse_relabel(sr_token *tokens, uint32_t n);

/* The best valid transition in state s under weights t. */
int sr_parser_choose(const sr_weights *t, const sr_arc_state *s, const sr_feat_pword *pw);
/* Applies transition t and, when it makes an arc, gives the arc the
 * labeller's provisional relation (needs only p->label and the names). */
void sr_parser_apply(const sr_parser *p, sr_arc_state *s, const sr_feat_pword *pw, int t);

/* Makes the root unique: every root dependent after the first attaches to
 * the first. heads uses n+1 for the root. */
void sr_parser_single_root(int n, int *heads);

/* Labels every arc of the finished tree s (heads with root n+1). */
void sr_parser_label(const sr_parser *p, const sr_arc_state *s, const sr_feat_pword *pw,
                     uint16_t *labels);

#endif
