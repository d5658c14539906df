/* cameo_facts.h - what a CAMEO event code means: Goldstein score,
 * QuadClass, PLOVER 2021 event type and a short name.
 *
 * The facts are a table compiled into the library (cameo_table.def), one
 * row per code of the CAMEO code list, so nothing is read at run time and
 * the table is safe to share between threads. Codes stay strings. Codes
 * that dictionaries use but the list lacks ("075A", "1951", "1213") are
 * answered by their longest known prefix (4, 3, then 2 characters), and
 * the answer says so. docs/cameo-facts.md explains where every column
 * comes from and the PLOVER decisions for CAMEO 01x and 02x.
 *
 * It does not parse verb-dictionary code syntax ("042:043", "---", "111!"):
 * src/dict does that and hands over plain codes. */
#ifndef SR_CODER_CAMEO_FACTS_H
#define SR_CODER_CAMEO_FACTS_H

#include <stddef.h>

/* Longest code string accepted by sr_cameo_facts_lookup. The table itself
 * has at most 4 characters; the slack admits suffixed dictionary variants. */
#define SR_CAMEO_FACTS_CODE_MAX 8

typedef struct sr_cameo_facts {
    const char *code;      /* the code found in the table (may be a prefix of the one asked) */
    const char *name;      /* short name, our words */
    double goldstein;      /* -10 (most conflictual) .. +10 */
    int quad;              /* 1..4 */
    const char *plover;    /* NULL when PLOVER has no type */
    int from_prefix;       /* 1 when the code asked was not in the table and a prefix answered */
} sr_cameo_facts;

/* Facts for a code; NULL when not even its two-digit root is known.
 * A code is 2 to SR_CAMEO_FACTS_CODE_MAX ASCII letters or digits starting
 * with two digits; anything else ("", "abc", "99", "04 ") gives NULL.
 * The result points into static read-only storage: never free it.
 * O(log n): at most three binary searches over the sorted table. */
const sr_cameo_facts *sr_cameo_facts_lookup(const char *code);

/* The table rows in code order, for listings and checks; i < count. */
size_t sr_cameo_facts_count(void);
const sr_cameo_facts *sr_cameo_facts_at(size_t i);

/* The QuadClass of a two-digit CAMEO root (1..20): 1 verbal cooperation
 * (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
 * 4 material conflict (14-20); 0 for any other number. */
int sr_cameo_quad_of_root(int root);

/* The PLOVER 2021 name for a PLOVER event-type label of the 2016 or 2021
 * drafts, compared without regard to ASCII case: DEMAND -> REQUEST,
 * DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT, a 2021 name ->
 * itself. NULL for anything else, including the 2016 CRIME, which has no
 * 2021 type. For evaluating against gold data labelled with 2016 names. */
const char *sr_cameo_plover_2021(const char *label);

#endif
