/* explain.h - why an event was coded, or why a verb coded nothing.
 *
 * Dictionary maintainers read these lines to see which verb entry and
 * pattern (file:line) fired, which actor and agent entries resolved each
 * side, and the dependency path that linked the phrase to the verb. The
 * texts go into sr_event.explain and sr_doc.notes, one reason a line. This
 * module only formats; the decisions are made in coder.c. */
#ifndef SR_CODER_EXPLAIN_H
#define SR_CODER_EXPLAIN_H

#include "coder/coder_internal.h"

typedef struct sr_cs_explain_info {
    const sr_verb_form *form;
    const sr_verb_pattern *pat; /* NULL: no pattern matched */
    sr_verb_code code;
    int32_t verb;
    int32_t source_head, target_head;
    const char *how_source, *how_target; /* parse path of each side */
    int32_t intent;       /* the "will" that made the code an intention, or -1 */
    sr_cameo plain;       /* the code before it did */
    int lost_subject;     /* an active clause whose doer the parse lost
                             (coder.c, active_without_subject) */
    int plus_no_party;    /* a demand (10x) whose pattern's + names no
                             actor (coder.c) */
    int demand_of_self;   /* an appeal or demand made of a party with the
                             source's own code (coder.c, demanded_of) */
    int uncodable_responder; /* an appeal, offer or demand answered in a
                                conjoined clause by a party no dictionary
                                codes (coder.c, answered_by) */
    int32_t uncodable_partner; /* the "with" partner of a joint act that
                                  names no actor, or -1 (coder.c,
                                  sr_coder_uncodable_partner) */
} sr_cs_explain_info;

/* The explanation of one event (s or t NULL for a missing side), in arena. */
const char *sr_coder_explain_event(const sr_cs_ctx *cx, const sr_cs_explain_info *info,
                                   const sr_cs_actor *s, const sr_cs_actor *t, int reverse,
                                   sr_arena *arena);

/* Appends to why the reason a coded verb produced no event. */
void sr_coder_explain_why_not(const sr_cs_ctx *cx, const sr_cs_explain_info *info,
                              const sr_cs_phrase *S, const sr_cs_phrase *T, sr_buf *why);

#endif
