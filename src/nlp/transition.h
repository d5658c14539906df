/* transition.h - the arc-eager transition system and its dynamic oracle.
 *
 * Words are numbered 1..n; the artificial root is word n+1 and sits at the
 * end of the buffer ("going to the roots", Ballesteros & Nivre 2013), so the
 * root can only take a dependent by LEFT-ARC once everything else is done,
 * and every word ends up with a head. The state keeps, per word, the head
 * and the two outermost children on each side and the child counts, which is
 * what the parser features read. Transitions are unlabelled; the parser
 * gives each new arc a provisional relation (label[], and the sets of
 * relations below each word on either side) so that later decisions can
 * read it, and the labeller relabels the finished tree.
 *
 * The oracle (Goldberg & Nivre 2012) gives the number of gold arcs a
 * transition makes unreachable; a transition of least cost is correct. For a
 * non-projective gold tree the counts are an approximation, and the least
 * cost may be above zero. All state arrays are allocated by the caller
 * (sr_arc_state_init takes them from an arena), so a parse does no malloc. */
#ifndef SR_NLP_TRANSITION_H
#define SR_NLP_TRANSITION_H

#include "base/arena.h"

#include <stdint.h>

enum { SR_T_SHIFT = 0, SR_T_REDUCE, SR_T_LEFT, SR_T_RIGHT, SR_T_COUNT };

typedef struct sr_arc_state {
    int n;            /* words; the root is n + 1 */
    int *stack;
    int sp;           /* stack depth */
    int b;            /* front of the buffer, 1..n+1 */
    int *head;        /* [n+2]; 0 = none yet */
    int *lc1, *lc2;   /* leftmost and second-leftmost child, 0 = none */
    int *rc1, *rc2;   /* rightmost and second-rightmost child */
    uint8_t *nl, *nr; /* number of left and right children (saturating) */
    uint16_t *label;  /* provisional relation of each word's arc, 0 = none */
    uint64_t *lset, *rset; /* relations (bit label-1) of left/right children */
} sr_arc_state;

void sr_arc_state_init(sr_arc_state *s, int n, sr_arena *a);
int sr_arc_state_done(const sr_arc_state *s);
/* Sets valid[t] to 1 for each legal transition. */
void sr_arc_valid(const sr_arc_state *s, int valid[SR_T_COUNT]);
void sr_arc_apply(sr_arc_state *s, int t);
/* Records relation label (1-based; 0 = none) for the arc of dependent d. */
void sr_arc_set_label(sr_arc_state *s, int d, unsigned label);
/* cost[t] for each valid transition; gold[i] is word i's gold head with the
 * root as n+1. O(n) per call. */
/* Rebuilds a finished state from heads[1..n] (root = n+1), as the labeller
 * reads it. */
void sr_arc_state_from_heads(sr_arc_state *s, int n, const int *heads, sr_arena *a);
void sr_arc_costs(const sr_arc_state *s, const int *gold, const int valid[SR_T_COUNT],
                  int cost[SR_T_COUNT]);

#endif
