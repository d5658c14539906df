/* coder.h - who did what to whom: CAMEO events from parsed sentences.
 *
 * The coder walks the dependency parse of each sentence, finds verbs that
 * the verb dictionary knows, matches their patterns, finds the source and
 * target phrases and resolves them to actor codes (actors, agents, date
 * restrictions), and emits sr_event records. It honours the dictionaries'
 * discards and the per-record <Config> options of validation files
 * (sr_record.options). With explanations on, every event says which pattern
 * (file:line), actor and agent entries and parse path produced it, and every
 * sentence that coded nothing says why (sr_doc.notes).
 *
 * It does not tokenise, tag or parse (the engine has done that, or the input
 * carried a parse), and it does not geolocate or date events.
 *
 * The coder is read-only after sr_coder_new and may be shared by threads;
 * everything it produces for a document lives in the arena passed in. */
#ifndef SR_CODER_CODER_H
#define SR_CODER_CODER_H

#include "sitrep.h"
#include "base/arena.h"
#include "dict/dict.h"

typedef struct sr_coder_options {
    int explain;           /* fill sr_event.explain and sr_doc.notes */
    int plain_modals;      /* no intention codes for "will" (intent.c) */
    int require_dyad;      /* events need a source and a target, unless a
                              record's options say otherwise */
    int agents_alone;      /* agents with no actor keep no country ("---MIL"),
                              as in PETRARCH2; 0 gives them the country of
                              their owner, place or story (story.c) */
} sr_coder_options;

typedef struct sr_coder sr_coder;

/* The coder borrows dict: keep it alive until sr_coder_free. */
sr_coder *sr_coder_new(const sr_dict *dict, const sr_coder_options *opt);
void sr_coder_free(sr_coder *c);

/* Codes every sentence of doc (tokens with upos, head and deprel filled in;
 * UD v1 or v2 relation names) and sets doc->events / nevents (and notes).
 * Allocates only from arena. Never fails: a sentence it cannot use is
 * noted, not an error. */
void sr_coder_code(const sr_coder *c, sr_doc *doc, sr_arena *arena);

#endif
