/* places.h - where did an event happen: place mentions and their choice.
 *
 * Two steps over one analysed document. sr_places_find reads every sentence
 * once, finds the runs of up to four capitalised words that the gazetteer
 * knows ("Aleppo", "Tall Rifat", "Idlib province", "the province of Homs",
 * "Syria"), drops the ones that are plainly not places where they stand (a
 * demonym, a month, a sentence-initial common word, a word of a longer
 * name, a one-letter token), sets aside active subjects ("Rubio said"),
 * reads the dateline ("ALEPPO, Syria (AP) —") and counts which countries
 * the story is about. sr_places_choose then picks
 * one place for one event: a place in the clause of the event's verb before
 * any other in the sentence, a city or region before a country, and among
 * places that share a name, the one in the actors' countries, then in the
 * story's, then the larger. Failing that it takes another place in the same
 * sentence, then the dateline, and otherwise reports nothing rather than
 * guess. The rules and their limits are in docs/attributes.md.
 *
 * The module does not load the gazetteer (see gazetteer.h), does not look
 * across sentences other than through the dateline and the story's
 * countries, and knows nothing of addresses, rivers or other non-populated
 * features. Mentions live in the arena the caller passes (the document's);
 * lookups themselves never allocate. */
#ifndef SR_ATTR_PLACES_H
#define SR_ATTR_PLACES_H

#include "attr/gazetteer.h"
#include "base/arena.h"
#include "sitrep.h"

#include <stdint.h>

/* Candidates kept per mention: enough for the common ambiguous names; a
 * name with more is looked up again with a country filter when the story
 * points elsewhere. */
enum { SR_PLACES_MAX_CANDIDATES = 16 };
/* Countries remembered for a story; later ones rarely matter. */
enum { SR_PLACES_MAX_COUNTRIES = 16 };

typedef enum sr_place_flag {
    SR_PLACE_ADMIN1 = 1,     /* "Idlib province", "the province of Idlib" */
    SR_PLACE_WEAK = 2,       /* maybe not a place: believed only in the story's countries */
    SR_PLACE_SUBJECT = 4,    /* an active subject ("Rubio will join", "Beijing has
                                hinted"): names who acted or spoke, not where */
    SR_PLACE_DATELINE = 8,   /* the dateline's place */
    SR_PLACE_QUALIFIER = 16, /* the "Syria" of "Aleppo, Syria": narrows the mention before it */
    SR_PLACE_MORE = 32       /* more towns bear the name than the candidates kept */
} sr_place_flag;

/* One place name in the text. Tokens are 0-based indices into the sentence;
 * the dateline's mention has sent = UINT32_MAX and no tokens. */
typedef struct sr_place_mention {
    uint32_t sent, first, last;  /* tokens first..last, inclusive */
    uint32_t head;               /* the token of the span that hangs outside it */
    uint32_t start, end;         /* bytes of the record text */
    uint32_t qualifier;          /* index of the mention narrowing this one, or UINT32_MAX */
    uint32_t total;              /* places bearing the name (may exceed ncand) */
    uint32_t cand[SR_PLACES_MAX_CANDIDATES]; /* gazetteer entry ids, largest first */
    uint8_t ncand;
    uint8_t flags;               /* sr_place_flag bits */
} sr_place_mention;

typedef struct sr_story_country {
    char code[4];                /* ISO 3166-1 alpha-3 */
    uint32_t weight;             /* mentions that place the story there */
} sr_story_country;

/* The places of one document, in text order. */
typedef struct sr_places {
    sr_place_mention *mentions;
    uint32_t n;
    uint32_t dateline;           /* index of the dateline's mention, or UINT32_MAX */
    sr_story_country countries[SR_PLACES_MAX_COUNTRIES]; /* heaviest first */
    uint32_t ncountries;
} sr_places;

/* Finds the place mentions of doc (its sentences must be tokenised; the
 * rules that use POS tags and the dependency parse are skipped where those
 * are absent) and the dateline of doc->record->text. Mentions are allocated
 * in arena and live as long as it. O(tokens) gazetteer lookups, each
 * O(log names). */
void sr_places_find(const sr_gazetteer *g, const sr_doc *doc, sr_arena *arena,
                    sr_places *out);

/* How a chosen place was found, for explanations and tests. */
typedef enum sr_place_reason {
    SR_PLACE_NONE = 0,        /* nothing fits: the location stays unknown */
    SR_PLACE_CLAUSE,          /* in the clause of the event's verb */
    SR_PLACE_SENTENCE,        /* elsewhere in the event's sentence */
    SR_PLACE_FROM_DATELINE    /* the story's dateline */
} sr_place_reason;

/* Chooses the place of ev (its sentence, verb token and actor codes) from
 * places, filling *out and returning how it was found, or SR_PLACE_NONE
 * with *out untouched. out's strings point into the gazetteer. No
 * allocation; work is linear in the mentions of the event's sentence. */
sr_place_reason sr_places_choose(const sr_gazetteer *g, const sr_places *places,
                                 const sr_doc *doc, const sr_event *ev,
                                 sr_gazetteer_place *out);

/* "city", "admin1" or "country". */
const char *sr_places_kind_name(sr_gazetteer_kind kind);

#endif
