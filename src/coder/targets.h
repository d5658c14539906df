/* targets.h - the clause a verb's patterns read, and its default target.
 *
 * See targets.c. Everything lives in the sentence's arena. */
#ifndef SR_CODER_TARGETS_H
#define SR_CODER_TARGETS_H

#include "coder/coder_internal.h"
#include "coder/verbs.h"

/* The working arrays of sr_coder_clause_build, allocated in the arena on
 * first use and shared by every verb of one sentence: a clause lives
 * only while its verb is coded, and arrays of the sentence's length per
 * verb made memory grow with the square of its length (a 20,000-word
 * "sentence" took a gigabyte). Start each sentence with a zeroed one. */
typedef struct sr_cs_clause_space {
    int32_t *before, *after, *stack, *marked;
    uint8_t *mark; /* all zero between calls */
} sr_cs_clause_space;

/* The token sequences before and after verb v (first..last for a
 * multi-word verb) that patterns are matched against. cl points into
 * space and is valid until the next call with it. */
void sr_coder_clause_build(const sr_cs_sent *cs, int32_t v, int32_t first, int32_t last,
                           const sr_cs_roles *roles, sr_arena *a, sr_cs_clause_space *space,
                           sr_cs_clause *cl);

/* Does the phrase name an actor, not only agents? */
int sr_coder_phrase_has_actor(const sr_cs_phrase *p);

/* The head of the first noun phrase after the verb that names an actor
 * other than avoid's, or -1; no_clauses (the search for a passive's doer)
 * keeps out clausal complements and the places the act happened in. */
int32_t sr_coder_first_actor_after(sr_cs_ctx *cx, const sr_cs_clause *cl,
                                   const sr_cs_phrase *avoid, int no_clauses,
                                   sr_cs_phrase *out);

/* The default target of verb v (see targets.c); *how names the parse
 * path for explanations. Returns the phrase head, or -1. */
int32_t sr_coder_default_target(sr_cs_ctx *cx, int32_t v, const sr_cs_roles *ro,
                                const sr_cs_clause *cl, const sr_cs_phrase *S,
                                sr_cs_phrase *out, const char **how);

/* When th, the default target, is v's object and names only the
 * subject's own people ("withdraw its troops from Lebanon"), the other
 * party the clause names instead (T and *how updated); else th. */
int32_t sr_coder_target_past_own(sr_cs_ctx *cx, int32_t v, const sr_cs_roles *ro,
                                 const sr_cs_clause *cl, const sr_cs_phrase *S, int32_t th,
                                 sr_cs_phrase *T, const char **how);

/* Adds the actors of v's other subjects (a list parsed as two nsubj) to S. */
void sr_coder_more_subjects(sr_cs_ctx *cx, int32_t v, int32_t first, sr_cs_phrase *S);

/* The topic of a statement verb v: the first actor (other than S's) of
 * its reported clause (ccomp), its subject first. -1 when v reports no
 * clause or the clause names no other actor. */
int32_t sr_coder_statement_topic(sr_cs_ctx *cx, int32_t v, const sr_cs_clause *cl,
                                 const sr_cs_phrase *S, sr_cs_phrase *out);

/* Is the code a CAMEO statement (01x)? */
int sr_coder_code_is_statement(const sr_verb_code *vc);

/* Do all the phrase's actors carry the media agent (MED)? */
int sr_coder_phrase_all_media(const sr_cs_phrase *p);

#endif
