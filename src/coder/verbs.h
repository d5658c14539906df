/* verbs.h - event verbs in a parsed sentence and the roles of their
 * dependents.
 *
 * Finds which tokens are dictionary verbs (including multi-word verbs),
 * whether they are negated, and which tokens head their subject and object
 * phrases, following UD conventions of either version. It does not match
 * patterns (patterns.c) or resolve phrases to actors (actors.c). */
#ifndef SR_CODER_VERBS_H
#define SR_CODER_VERBS_H

#include "coder/coder_internal.h"

/* The dictionary form of token v, or NULL when v is not an event verb.
 * Sets the first and last token of a multi-word verb. */
const sr_verb_form *sr_coder_verb_find(const sr_cs_ctx *cx, int32_t v, int32_t *first,
                                       int32_t *last);

/* Is v negated (not, n't, never attached to it)? */
int sr_coder_verb_negated(const sr_cs_sent *cs, int32_t v);

typedef struct sr_cs_roles {
    int32_t subject; /* the doer's phrase head, -1 when none */
    int32_t object;  /* the one done to: object or passive subject */
    int32_t agent;   /* the by-phrase of a passive */
    int passive;
    int bare_participle; /* passive by form alone, with no auxiliary ("is
                            dead, killed in a raid"); without a by-phrase
                            its doer is unknown; 2: joined by the
                            parse to a finite verb, so it borrows no
                            subject from it */
    const char *how_subject; /* the parse path, for explanations */
    const char *how_object;
} sr_cs_roles;

void sr_coder_verb_roles(const sr_cs_sent *cs, int32_t v, sr_cs_roles *r);

#endif
