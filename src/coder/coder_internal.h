/* coder_internal.h - the shared view of one sentence inside the coder.
 *
 * The coder's files (relations.c, actors.c, patterns.c, verbs.c, explain.c,
 * coder.c) work on a sr_cs_sent: the sentence's tokens with their dependency
 * relations normalised to one small enum whatever the UD version of the
 * parse, children lists, and the options in force for the record. It is
 * built once per sentence in the caller's arena, so later passes never
 * re-scan strings or allocate from the heap.
 *
 * Nothing here is exported from the library; the public entry points are in
 * coder.h. */
#ifndef SR_CODER_INTERNAL_H
#define SR_CODER_INTERNAL_H

#include "coder/coder.h"
#include "base/arena.h"
#include "base/buf.h"
#include "dict/dict.h"

#include <stdint.h>

/* Relations after normalisation. UD v1 and v2 names map onto the same
 * value: dobj/obj -> SR_CS_OBJ, nsubjpass/nsubj:pass -> SR_CS_NSUBJPASS, nmod on
 * a predicate -> SR_CS_OBL, a "by" oblique of a passive verb -> SR_CS_AGENT. */
typedef enum sr_cs_rel {
    SR_CS_OTHER = 0,
    SR_CS_ROOT,
    SR_CS_NSUBJ,
    SR_CS_NSUBJPASS,
    SR_CS_CSUBJ,
    SR_CS_OBJ,
    SR_CS_IOBJ,
    SR_CS_OBL,   /* prepositional argument or adjunct of a predicate */
    SR_CS_AGENT, /* the "by" phrase of a passive */
    SR_CS_TMOD,  /* bare temporal noun: "on Saturday" has case, "Saturday" not */
    SR_CS_NMOD,  /* nominal modifier of a noun: "president of Gondor" */
    SR_CS_POSS,
    SR_CS_CASE,
    SR_CS_MARK,
    SR_CS_AUX,
    SR_CS_AUXPASS,
    SR_CS_COP,
    SR_CS_NEG,
    SR_CS_CONJ,
    SR_CS_CC,
    SR_CS_COMPOUND,
    SR_CS_PRT,
    SR_CS_AMOD,
    SR_CS_DET,
    SR_CS_NUMMOD,
    SR_CS_APPOS,
    SR_CS_ACL,
    SR_CS_RELCL,
    SR_CS_ADVCL,
    SR_CS_CCOMP,
    SR_CS_XCOMP,
    SR_CS_PARATAXIS,
    SR_CS_ADVMOD,
    SR_CS_FLAT,
    SR_CS_PUNCT,
    SR_CS_DEP
} sr_cs_rel;

/* Coding options of a record (PETRARCH's <Config> settings). */
typedef struct sr_cs_options {
    int require_dyad; /* drop events that lack a source or a target */
} sr_cs_options;


/* One remembered synset match: many patterns of a block name the same
 * synset at the same places. t == -1 records whether the synset can occur
 * in the sentence at all. */
typedef struct sr_cs_synmemo {
    const void *synset; /* NULL: empty slot */
    int32_t t;
    int32_t last; /* last token of the longest member, or -1 */
    int32_t words;
} sr_cs_synmemo;

enum { SR_CS_PREFIX_BITS = 1024 };

typedef struct sr_cs_sent {
    const sr_sentence *s;
    uint32_t n;
    const char **words;  /* token forms, for the phrase lookups */
    const char **upper;  /* forms in upper case, for pattern words */
    const char **ulemma; /* lemmas in upper case ("" when absent) */
    uint32_t *wordset;   /* hashes of upper and ulemma, open addressing */
    uint32_t wordset_mask;
    /* The first two letters of the same words, one bit each (see
     * sr_coder_sent_has_word), so most absent words are refused before
     * they are hashed. */
    uint8_t prefixes[SR_CS_PREFIX_BITS / 8];
    struct sr_cs_synmemo *synmemo; /* synset matches by (synset, token);
                                    allocated (synmemo_mask + 1 slots) and
                                    filled lazily by patterns.c, NULL before */
    uint32_t synmemo_mask;
    int32_t *head;       /* 0-based head, -1 for the root or none */
    uint8_t *rel;        /* sr_cs_rel */
    uint8_t *nominal;    /* NOUN, PROPN, PRON, NUM (or X/SYM heads of args) */
    uint32_t *kid_start; /* children of i: kids[kid_start[i] .. kid_start[i+1]) */
    uint32_t *kids;      /* in text order */
    int32_t *lo, *hi;    /* first and last token of each subtree */
    uint8_t *attrib;     /* 1: the token only says who reported the
                            sentence (attribution.c) */
    uint32_t body;       /* the first token after a glued subheading
                            (heading.c); 0 when there is none */
} sr_cs_sent;

/* Builds the view of s in arena. Returns 0, or -1 when the sentence carries
 * no usable dependency parse (heads missing or out of range, or a cycle);
 * *why then names the problem. */
int sr_coder_sent_build(sr_cs_sent *cs, const sr_sentence *s, sr_arena *arena,
                        const char **why);

/* Marks cs->attrib: the closing ", police said." and "according to X"
 * (attribution.c). One pass over the words. */
void sr_coder_attribution_mark(sr_cs_sent *cs, sr_arena *a);

/* Sets cs->body: where a subheading run into the sentence ends
 * (heading.c). Reads only the first few words. */
void sr_coder_heading_mark(sr_cs_sent *cs);

/* Is t part of an attribution that verb v is not part of? Such a phrase
 * names who reported v's event, never its target or doer. */
int sr_coder_attribution_apart(const sr_cs_sent *cs, int32_t v, int32_t t);

/* The normalised relation name, for explanations. */
const char *sr_coder_rel_name(sr_cs_rel r);

/* Does the sentence hold word (upper case) as a form or lemma? A quick
 * filter: no false negatives, rare false positives. */
int sr_coder_sent_has_word(const sr_cs_sent *cs, const char *word);

/* Case-insensitive equality of an ASCII-upper dictionary word and a form. */
int sr_coder_word_eq(const char *dict_word, const char *form);
/* Is form one of the n dictionary words of list (sr_coder_word_eq)? */
int sr_coder_word_among(const char *const *list, size_t n, const char *form);
#define SR_CS_WORD_AMONG(list, form) sr_coder_word_among((list), sizeof(list) / sizeof *(list), (form))

/* The last token of the noun phrase headed by h: its subtree without the
 * clauses, conjuncts and appositions hanging off it. */
int32_t sr_coder_np_end(const sr_cs_sent *cs, int32_t h);

/* The first child of i with relation r, or -1. */
int32_t sr_coder_child(const sr_cs_sent *cs, int32_t i, sr_cs_rel r);
/* The preposition of a nominal (its SR_CS_CASE child), or -1. */
int32_t sr_coder_case_of(const sr_cs_sent *cs, int32_t i);

/* ---------------------------------------------------------------- actors */

enum { SR_CS_MAX_ACTORS = 8, SR_CS_STORY_COUNTRIES = 16 };

/* One resolved actor of a phrase: the code with agents applied, and the
 * dictionary entries that produced it (for explanations). */
typedef struct sr_cs_actor {
    const char *code;      /* arena string, e.g. "SYRREB" */
    const char *base;      /* the actor's code before agents, "SYR" */
    const sr_actor *actor; /* NULL when only agents were found */
    const sr_actor_code *acode;
    const sr_agent *agents[4];
    uint32_t nagents;
    int32_t tok; /* first token of the actor phrase */
    int from_story; /* no actor in the text; the country was supplied
                       (story.c), for the reason in origin */
    int from_owner; /* that country is the owner "its"/"their" refers to */
    int group;      /* remembered from a noun for no one person ("the
                       population", "ships"): no "he" or "she" (coder.c) */
    const char *origin;
} sr_cs_actor;

typedef struct sr_cs_phrase {
    sr_cs_actor a[SR_CS_MAX_ACTORS];
    uint32_t n;   /* 0: nothing found */
    int32_t head; /* the nominal the phrase was resolved from */
} sr_cs_phrase;

/* Without require_dyad: why an event of code with only one side is not
 * coded, or NULL when it is (coder.c; docs/coder.md "One-sided events").
 * doer_named: sr_coder_doer_is_named of the source phrase. */
const char *sr_coder_one_sided_refusal(const char *code, int has_source, int has_target,
                                       int doer_named);

/* Is code a family whose target-less events are refused when the
 * sentence names another actor (02x, 04x, 05x, 12x, 16x, 19x; coder.c)? */
int sr_coder_needs_named_target(const char *code);

/* Does the source phrase name a doer that is neither an actor nor the
 * attack or weapon itself ("the civil war", "floods")? */
int sr_coder_doer_is_named(const sr_cs_sent *cs, const sr_cs_phrase *source);

/* Is token t a common noun naming a place or a part of one ("town",
 * "cities", "province", "state", "north", "streets"; targets.c)? */
int sr_coder_place_noun(const sr_cs_sent *cs, int32_t t);

enum { SR_CS_NAMED = 16, SR_CS_BODIES = 8 };

/* A country and how often the story has named it (story.c). */
typedef struct {
    char country[4];
    uint32_t mentions;
} sr_cs_tally;

typedef struct sr_cs_ctx {
    const sr_coder *coder;
    const sr_dict *dict;
    sr_cs_sent *cs;
    sr_arena *arena;
    int32_t date; /* YYYYMMDD of the record, 0 unknown */
    sr_cs_options opt;
    int explain;
    int agents_alone; /* sr_coder_options.agents_alone */
    /* Story memory for pronouns and "the group": the last resolved
     * single actors, most recent first. */
    const sr_cs_actor *recent;
    uint32_t nrecent;
    uint32_t sent;        /* the sentence being coded */
    sr_cs_phrase **memo;  /* resolved phrases by head token, this
                                    sentence; NULL entries not yet done */
    uint8_t *scratch;     /* a zeroed token mask for this sentence, or NULL */
    uint32_t recent_sent; /* the sentence recent[0] came from */
    uint32_t named_sent;  /* the sentence that last named recent[0] with
                             its own words, not through a pronoun */
    /* Countries the story has named so far, with how often (story.c). */
    sr_cs_tally story[SR_CS_STORY_COUNTRIES];
    uint32_t nstory;
    /* The actors this sentence names in capitalised words (story.c), for
     * one-sided events: where it is, and its code's first three letters. */
    struct {
        int32_t tok;
        char code[4];
    } named[SR_CS_NAMED];
    uint32_t nnamed;
    /* Bodies other than countries the story has named with an agent word
     * ("the United Nations' highest court": IGOUNO and the agent COURT),
     * most recent first, for a later "the court" (story.c). */
    struct {
        const sr_agent *agent;
        char base[16];
    } bodies[SR_CS_BODIES];
    uint32_t nbodies;
    /* The last non-state armed group the story named in its own words
     * (a code with a REB or RAD part: al-Shabab SOMREBRAD), for a later
     * "the militants" (story.c); armed[0] is '\0' while none has been
     * named. armed_tok is where this sentence named it (-1: an earlier
     * sentence), and armed_before the memory as the sentence began, for
     * a phrase before that name ("The rebels attacked Hamas"). */
    char armed[16];
    char armed_before[16];
    int32_t armed_tok;
    /* Countries the story has named as the place of something ("in
     * Afghanistan", "in the Afghan capital"), with how often, for local
     * officials (story.c). */
    sr_cs_tally places[SR_CS_STORY_COUNTRIES];
    uint32_t nplaces;
} sr_cs_ctx;

/* Does the sentence name an actor outside phrase side, of another country
 * than all of actors (the side's actors)? For an event without a source
 * ("--- -> PAKCVL") it means the doer is most likely there and the parse
 * lost the link ("France responded by destroying Ivory Coast's air
 * force"), so no one-sided event is coded (coder.c). */
/* v's object, indirect object or passive subject when it is a proper
 * name that resolved to no actor (a person or body the dictionaries
 * lack), or -1: a one-sided event without a target is then refused
 * (coder.c). */
int32_t sr_coder_unknown_name_target(const sr_cs_ctx *cx, int32_t v);
/* A joint act (04x, 06x, 057, 036), and the "with" partner of one that
 * names no actor by a common noun, or -1 (docs/coder.md, round 26). */
int sr_coder_joint_act(const char *code);
int32_t sr_coder_uncodable_partner(sr_cs_ctx *cx, int32_t v);
/* Is v a verb of gathering ("convene", "gather", "assemble") with no
 * object: the subject meets among its own members ("U.S. officials will
 * convene this weekend"), so a meeting or intent to meet (036, 04x)
 * without a target is no event with another party (docs/coder.md, round
 * 44). */
int sr_coder_gathers_among_itself(const sr_cs_sent *cs, int32_t v, const char *code);
/* Does the word at t name a time ("weekend", "Monday", "March"), which
 * the parse may hang on a verb as its object ("will convene this
 * weekend")? */
int sr_coder_is_time_word(const sr_cs_sent *cs, int32_t t);

int sr_coder_names_another_actor(const sr_cs_ctx *cx, const sr_cs_phrase *side,
                                 const sr_cs_phrase *actors);

/* An actor code from a base and agents: agents written [AGT~] go in
 * front, [~AGT] behind, and a part the code already has is not added
 * again. The string lives in a. */
const char *sr_coder_actor_compose(sr_arena *a, const char *base, const sr_agent *const *ag,
                                   uint32_t nag);

/* Is c the word before the hyphen of a participle t modifying a phrase
 * ("Iran-backed", "rebel-held")? */
int sr_coder_hyphen_prefix(const sr_cs_sent *cs, int32_t t, int32_t c);

/* ---------------------------------------------------------------- intent */

/* The word that makes verb v a stated intention ("will", "would",
 * "shall", or the "willing"/"ready"/"prepared" it is the complement of),
 * or -1. */
int32_t sr_coder_intent_marker(const sr_cs_sent *cs, int32_t v);
/* The word that makes verb v only possible ("could", "might", "may",
 * "should", a conditional "if" or "unless", or the "supposed" it is the
 * complement of), or -1. */
int32_t sr_coder_hypothetical(const sr_cs_sent *cs, int32_t v);
/* The word that keeps verb v from having happened although v itself is
 * plain: the verb or noun whose infinitive v is, when that one is negated,
 * wanted, expected, refused or only possible ("does not want to meet",
 * "is expected to discuss", "refusing to meet", "could agree to talk"), or
 * a noun of threat, plan, offer or power ("Trump's threat to impose
 * tariffs"); -1 when there is none. */
int32_t sr_coder_unrealised_by(const sr_cs_sent *cs, int32_t v);
/* Is verb v an infinitive: "to" marks it ("to examine", "in order to
 * help")? (coder.c) */
int sr_coder_infinitive(const sr_cs_sent *cs, int32_t v);
/* 1 when the intention marker of v only says that a reduction of
 * relations (16x) will be carried out, without a condition: an announced
 * decision, which keeps its own code (intent.c). */
int sr_coder_announced_decision(const sr_cs_sent *cs, int32_t v, int32_t marker,
                                const char *code);
/* Rewrites a realised code as CAMEO's intention or threat code (062 ->
 * 0312, 19x -> 1384 ...). Returns 0 and leaves vc alone when CAMEO has
 * none for it. */
int sr_coder_intent_code(sr_verb_code *vc);

/* ---------------------------------------------------------------- story */

/* Is code's first three letters a country (not IGO, NGO, a region)? */
int sr_coder_is_country(const char *code);
/* Counts the countries of the actors the current sentence names. */
void sr_coder_story_count(sr_cs_ctx *cx);
/* The country the story has named most often so far, or NULL when none
 * leads. */
const char *sr_coder_story_country(const sr_cs_ctx *cx);
/* Gives each agents-only actor of p ("government troops", "---MIL") the
 * story's country, marking it from_story; leaves p alone when the story
 * has no leading country. */
void sr_coder_story_fill(sr_cs_ctx *cx, sr_cs_phrase *p);
/* Whether p names displaced people (a REF agent: refugees, migrants,
 * asylum seekers) and no actor: such people get neither the story's
 * country nor, as the target of coercion, the doer's own. */
int sr_coder_phrase_displaced(const sr_cs_phrase *p);
/* Remembers the actors of p that are bodies other than countries named
 * with an agent word ("the U.N. court"), for a later definite "the court"
 * (sr_coder_story_fill). */
void sr_coder_story_remember_bodies(sr_cs_ctx *cx, const sr_cs_phrase *p);

/* Resolves the noun phrase headed by token h (and its coordinated
 * conjuncts) to actors. Empty when h < 0. */
void sr_coder_actors_resolve(sr_cs_ctx *cx, int32_t h, sr_cs_phrase *out);

/* Is h a pronoun or "the group" standing for an earlier actor? Returns
 * how many sentences back its antecedent may be, or -1. */
int sr_coder_is_reference(const sr_cs_sent *cs, int32_t h);

/* Does actor act, matched at token t, name an ethnicity rather than a
 * state: a bare country after "ethnic" ("ethnic Albanians in Serbia",
 * "ethnic Turks")? Such a word names no actor and counts for no story
 * country; people of that ethnicity belong to the place their phrase
 * names, else to the story's country (actors.c). */
int sr_coder_names_ethnicity(const sr_cs_ctx *cx, int32_t t, const sr_actor *act);

/* May the noun phrase headed by t stand for an actor of the clause it sits
 * in, as "the first actor after the verb"? Not when it hangs three or more
 * things deep in a chain of nominal modifiers ("the road to the camp near
 * the border with Marestan"), nor when an outer phrase of the chain names
 * its own actor. See lends_actor in actors.c. */
int sr_coder_actors_reachable(sr_cs_ctx *cx, int32_t t);

/* ---------------------------------------------------------------- patterns */

/* The result of matching one pattern against a verb's clause. */
typedef struct sr_cs_match {
    const sr_verb_pattern *pat;
    int score;
    int32_t source;   /* nominal token bound by '$', or -1 */
    int32_t target;   /* by '+', or -1 */
    int32_t compound; /* by '%', or -1 */
} sr_cs_match;

/* A verb's clause as the matcher sees it: token sequences before and after
 * the verb, in text order. */
typedef struct sr_cs_clause {
    int32_t verb;
    int32_t verb_last; /* last token of a multi-word verb */
    int32_t verb_first;
    const int32_t *before;
    uint32_t nbefore;
    const int32_t *after;
    uint32_t nafter;
} sr_cs_clause;

/* Finds the best-scoring pattern of block for the clause. Returns 1 and
 * fills *m when one matched. */
int sr_coder_patterns_match(const sr_cs_ctx *cx, const sr_verb_block *block,
                            const sr_cs_clause *cl, sr_cs_match *m);

/* ---------------------------------------------------------------- descriptions */

/* Does a clause describe rather than report an act of the day (a standing
 * state, a habit, a description of a party, a characterisation)? The
 * driver asks these before it codes a verb; each is documented at its
 * definition in describes.c, with the cases it answers and why. */
int sr_coder_standing_restriction(const sr_cs_sent *cs, int32_t v, const char *code);
int sr_coder_standing_designation(const sr_cs_sent *cs, int32_t v, const char *code);
int sr_coder_provided_by_law(const sr_cs_sent *cs, int32_t v);
int sr_coder_adjective_conjunct(const sr_cs_sent *cs, int32_t v);
int sr_coder_remaining_state(const sr_cs_sent *cs, int32_t v);
int sr_coder_present_description(const sr_cs_sent *cs, int32_t v, const char *code);
int32_t sr_coder_own_act_hoped(const sr_cs_sent *cs, int32_t v);
int32_t sr_coder_resistance_in_a_fight(const sr_cs_sent *cs, int32_t v);
int sr_coder_asks_a_question(const sr_cs_sent *cs, int32_t v);
int sr_coder_evidence_verb(const sr_cs_sent *cs, int32_t v);
int sr_coder_names_a_thing(const sr_cs_ctx *cx, int32_t h);
int sr_coder_violation_verb(const sr_cs_sent *cs, int32_t v);
int sr_coder_described_statement(const sr_cs_sent *cs, int32_t v);
int sr_coder_years_long(const sr_cs_sent *cs, int32_t v, int32_t date);
int sr_coder_standing_perfect(const sr_cs_sent *cs, int32_t v, const char *code, int32_t date);
int sr_coder_describing_participle(const sr_cs_sent *cs, int32_t v, const char *code);
int sr_coder_object_relative(const sr_cs_sent *cs, int32_t v);
int32_t sr_coder_undated_past_relative(const sr_cs_sent *cs, int32_t v);
int sr_coder_indefinite_relative(const sr_cs_sent *cs, int32_t v);
int sr_coder_speech_party_relative(const sr_cs_sent *cs, int32_t v);
int sr_coder_passive_participle(const sr_cs_sent *cs, int32_t v);
int sr_coder_by_participle(const sr_cs_sent *cs, int32_t v, const char *code);
int sr_coder_already_under_way(const sr_cs_sent *cs, int32_t v);
int sr_coder_standing_stance(const sr_cs_sent *cs, int32_t v);
int sr_coder_observed_by_a_thing(const sr_cs_sent *cs, int32_t v, const char *code,
                                 const sr_cs_phrase *S, int32_t sh);
int sr_coder_habitual_when(const sr_cs_sent *cs, int32_t v);

/* Tests on the parse that the predicates above share with the driver:
 * the tense of a verb, the clause and date a verb belongs to, whether a
 * noun gathers news, the actor a phrase names at a token. Also documented
 * in describes.c. */
int sr_coder_simple_present(const sr_cs_sent *cs, int32_t t);
int32_t sr_coder_shared_conjunct_head(const sr_cs_sent *cs, int32_t v, int hops, sr_cs_rel a,
                                      sr_cs_rel b);
int sr_coder_news_gatherer(const sr_cs_sent *cs, int32_t h);
int sr_coder_actor_named_at(const sr_cs_phrase *p, int32_t t);
int sr_coder_clause_dated(const sr_cs_sent *cs, int32_t c);
int32_t sr_coder_clause_verb(const sr_cs_sent *cs, int32_t v);

/* ---------------------------------------------------------------- transformations */

/* One dictionary verb of a sentence, as the transformations see it. */
typedef struct sr_cs_verbrec {
    int32_t v;
    const sr_verb_form *form;
    const sr_cs_actor *source; /* the subject's first actor, or NULL */
    const char *source_text;
    uint32_t e0, e1; /* its events: ev[e0 .. e1) */
    char root[3];    /* the first two digits of the code the verb took,
                        whether or not it made an event; "" for none */
    uint8_t dominant, subordinate; /* the code's TABARI marks ('!', '?') */
    uint8_t standing; /* a standing state, not coded ("are barred from"):
                         its adverbial clauses are not coded either */
} sr_cs_verbrec;

/* Applies the verb file's transformations ("~ a (b . ATTACK) SAY = a b
 * 112") to the events of one sentence: an event of a verb in the clausal
 * complement of another verb is rewritten, and the governing verb's own
 * events are dropped (their code set to NULL; the caller removes them).
 * See transform.c. */
void sr_coder_transform(const sr_cs_ctx *cx, const sr_cs_verbrec *recs, uint32_t nrec,
                        sr_event *ev, sr_arena *arena);

#endif
