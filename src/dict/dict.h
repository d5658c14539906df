/* dict.h - CAMEO dictionaries in the PETRARCH2 formats, loaded for the coder.
 *
 * This module reads the five kinds of PETRARCH2 dictionary file (verbs with
 * their synonym sets, patterns and transformations; actors; agents;
 * discards; issues) and the [Dictionaries] section of a PETR_config.ini,
 * and builds read-only lookup structures the event coder queries: verb
 * forms by word, patterns parsed into element trees, and longest-match
 * phrase lookup for actors, agents, discards and issues. The grammar of
 * each file, and what sitrep does with each construct, is in
 * docs/dictionaries.md.
 *
 * It does not match patterns against parses (that is the coder's job), it
 * does not tokenize text, and it never prints: a malformed entry becomes a
 * diagnostic ("file:line: message") in an sr_dict_diags list that the caller
 * may show, and the entry is skipped. Only an unreadable file or config
 * fails a load call.
 *
 * Ownership: everything an sr_dict hands out (entries, strings, arrays)
 * lives in the dict and is released by sr_dict_free. After loading, the
 * dict is not modified by lookups, so several threads may query it at once.
 *
 * Words: dictionaries are upper case with '_' joining the words of a
 * phrase. Lookups take words as the text has them; ASCII letters are
 * compared without regard to case, other bytes must be equal.
 */
#ifndef SR_DICT_DICT_H
#define SR_DICT_DICT_H

#include "sitrep.h"

#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------- diagnostics */

typedef enum sr_dict_severity {
    SR_DIAG_ERROR = 0,  /* the entry (or part of it) was skipped */
    SR_DIAG_WARNING     /* the entry was loaded, but looks wrong */
} sr_dict_severity;

typedef struct sr_dict_diag {
    sr_dict_severity severity;
    char *file;         /* the dictionary file, as given to the load call */
    size_t line;        /* 1-based */
    char *message;
} sr_dict_diag;

/* A list the load calls append to. Start it zeroed (SR_DICT_DIAGS_INIT);
 * release it with sr_dict_diags_free. */
typedef struct sr_dict_diags {
    sr_dict_diag *items;
    size_t n, cap;
    size_t nerrors, nwarnings;
} sr_dict_diags;

#define SR_DICT_DIAGS_INIT {0, 0, 0, 0, 0}

void sr_dict_diags_free(sr_dict_diags *l);
/* Writes "file:line: error: message" (or "warning:") into out. */
void sr_dict_diag_format(const sr_dict_diag *dg, char *out, size_t size);

/* ---------------------------------------------------------------- codes */

/* A CAMEO event code as written in the dictionary: 1 to 7 letters or
 * digits ("0233", "075A"), NUL-terminated; "" means absent. */
enum { SR_CAMEO_MAX = 8 };
typedef struct sr_cameo {
    char s[SR_CAMEO_MAX];
} sr_cameo;

/* Parses s[0..len) into *out. Returns 0, or -1 when it is not a code. */
int sr_cameo_parse(const char *s, size_t len, sr_cameo *out);

typedef enum sr_code_kind {
    SR_CODE_EVENT = 0,  /* an event code, possibly paired */
    SR_CODE_NULL,       /* [---]: the phrase generates nothing */
    SR_CODE_DISCARD,    /* [###]: discard the sentence */
    SR_CODE_COMPLEX     /* [+++]: set the sentence aside as complex */
} sr_code_kind;

/* The code of a verb, block or pattern. A paired code "042:043" has the
 * forward code (source acts on target) in code and the reverse event
 * (target acts on source) in paired; either half may be empty (":173").
 * A trailing '!' marks a dominant code, '?' a subordinate one. */
typedef struct sr_verb_code {
    sr_code_kind kind;
    sr_cameo code;
    sr_cameo paired;
    uint8_t is_paired;
    uint8_t dominant;
    uint8_t subordinate;
} sr_verb_code;

/* Parses the text between '[' and ']'. Returns 0, or -1 with *why set to a
 * static explanation. */
int sr_verb_code_parse(const char *s, size_t len, sr_verb_code *out, const char **why);
/* Writes the code as the dictionary would ("042:043", "---", "111!").
 * Returns the length it needed, like snprintf. */
size_t sr_verb_code_format(const sr_verb_code *c, char *out, size_t size);

/* ---------------------------------------------------------------- the dict */

typedef struct sr_dict sr_dict;

sr_dict *sr_dict_new(void);
void sr_dict_free(sr_dict *d);

/* Each load call reads one file and adds its entries to d. A missing or
 * unreadable file returns SR_EIO (err names the path) and adds nothing.
 * Otherwise it returns SR_OK; malformed entries are appended to diags (may
 * be NULL) and skipped. Several files of a kind may be loaded (actors
 * usually are); a phrase defined again replaces the earlier definition,
 * except verb forms, where the first definition stays (as in PETRARCH2).
 * Complexity: linear in the file size. */
sr_status sr_dict_load_verbs(sr_dict *d, const char *path, sr_dict_diags *diags,
                             sr_error *err);
sr_status sr_dict_load_actors(sr_dict *d, const char *path, sr_dict_diags *diags,
                              sr_error *err);
sr_status sr_dict_load_agents(sr_dict *d, const char *path, sr_dict_diags *diags,
                              sr_error *err);
sr_status sr_dict_load_discards(sr_dict *d, const char *path, sr_dict_diags *diags,
                                sr_error *err);
sr_status sr_dict_load_issues(sr_dict *d, const char *path, sr_dict_diags *diags,
                              sr_error *err);

/* The dictionary file names of a PETR_config.ini [Dictionaries] section,
 * resolved against a directory. Strings are owned by the struct. */
typedef struct sr_petrarch_config {
    char *verbs;       /* verbfile_name */
    char **actors;     /* actorfile_list, split on commas */
    size_t nactors;
    char *agents;      /* agentfile_name, or NULL when absent */
    char *discards;    /* discardfile_name, or NULL */
    char *issues;      /* issuefile_name, or NULL */
    int require_dyad;  /* [Options] require_dyad: 1 true, 0 false, -1 absent */
} sr_petrarch_config;

/* Reads ini_path. Names are resolved against dict_dir, or against the
 * directory of ini_path when dict_dir is NULL; absolute names are kept.
 * Fails with SR_EIO when the file cannot be read and SR_EFORMAT (err gives
 * file:line) when it has no [Dictionaries] section, lacks verbfile_name or
 * actorfile_list, or has a line that is neither a section, a key = value
 * pair, a continuation nor a comment, or a require_dyad that is neither
 * true nor false. Free the result with
 * sr_petrarch_config_free. */
sr_status sr_petrarch_config_read(const char *ini_path, const char *dict_dir,
                                  sr_petrarch_config *out, sr_error *err);
void sr_petrarch_config_free(sr_petrarch_config *c);

/* Reads the config and loads every file it names. Stops at the first file
 * that cannot be read. */
sr_status sr_dict_load_petrarch_config(sr_dict *d, const char *ini_path,
                                       const char *dict_dir, sr_dict_diags *diags,
                                       sr_error *err);

/* Entry counts, for reports and tests. */
typedef struct sr_dict_stats {
    size_t verb_blocks;     /* "--- NAME [code] ---" blocks (merged by name) */
    size_t verb_forms;      /* listed and generated verb forms */
    size_t verb_patterns;   /* patterns as written (synsets not expanded) */
    size_t verb_pattern_variants; /* the same with each synset expanded into
                                     its members, as PETRARCH2 stores them */
    size_t synsets;
    size_t synset_members;  /* including generated plurals */
    size_t transforms;
    size_t actors;          /* actor entries (a root and its synonyms) */
    size_t actor_phrases;   /* roots and synonyms */
    size_t actor_codes;
    size_t agents;          /* agent phrases incl. plurals and substitutions */
    size_t discards;
    size_t issues;          /* issue phrases incl. generated forms */
    size_t redefined;       /* phrases defined more than once */
} sr_dict_stats;

sr_dict_stats sr_dict_get_stats(const sr_dict *d);

/* ---------------------------------------------------------------- verbs */

typedef struct sr_synset sr_synset;
typedef struct sr_verb_block sr_verb_block;

typedef enum sr_pat_kind {
    SR_PAT_WORD = 0,      /* a literal word */
    SR_PAT_ALTERNATIVES,  /* "A/B/C": any one of the words in items */
    SR_PAT_SYNSET,        /* "&NAME": any member of synset */
    SR_PAT_SOURCE,        /* "$": the source actor is here */
    SR_PAT_TARGET,        /* "+": the target actor is here */
    SR_PAT_COMPOUND,      /* "%": a compound actor, source and target both */
    SR_PAT_SKIP,          /* "^": skip one actor without assigning it */
    SR_PAT_NOUN_PHRASE,   /* "{...}": a noun phrase; its last item is the head */
    SR_PAT_PREP_PHRASE    /* "(...)": items[0] is the preposition, the rest
                             its object */
} sr_pat_kind;

typedef struct sr_pat_elem {
    sr_pat_kind kind;
    uint8_t joined;       /* written with '_' after the previous element:
                             the two must be consecutive words */
    const char *word;     /* WORD: the word, upper case; SYNSET: the name */
    const sr_synset *synset;          /* SYNSET: resolved at load */
    const struct sr_pat_elem *items;  /* ALTERNATIVES, NOUN_ and PREP_PHRASE */
    uint32_t nitems;
} sr_pat_elem;

/* "- BEFORE * AFTER [CODE]". before[] lists the elements in text order. */
typedef struct sr_verb_pattern {
    const sr_verb_block *block;
    const sr_pat_elem *before;
    uint32_t nbefore;
    const sr_pat_elem *after;
    uint32_t nafter;
    uint8_t verb_joined_before; /* "X_*": X immediately precedes the verb */
    uint8_t verb_joined_after;  /* "*_X" */
    sr_verb_code code;
    const char *text;           /* the pattern as written, without the code */
    const char *file;
    uint32_t line;
} sr_verb_pattern;

struct sr_verb_block {
    const char *name;            /* "EXPLAIN_VERBAL" */
    sr_verb_code code;           /* of the first header with this name */
    const sr_verb_pattern *const *patterns;  /* in file order */
    size_t npatterns;
    const char *file;
    uint32_t line;
};

/* One form of a verb. A multi-word verb "+CORDON_OFF" or "WIRE_+TAP" has
 * its other words in pre[] (before the verb word, in text order) and post[]. */
typedef struct sr_verb_form {
    const char *word;            /* the verb word itself, upper case */
    const char *const *pre;
    uint32_t npre;
    const char *const *post;
    uint32_t npost;
    const sr_verb_block *block;  /* whose patterns apply */
    sr_verb_code code;           /* the verb's own code, else its header's */
    uint8_t generated;           /* a regular form sitrep made (-S/-ED/-ING) */
    const char *file;
    uint32_t line;
    const struct sr_verb_form *next;  /* another form with the same word */
} sr_verb_form;

/* The forms whose verb word is word[0..len), multi-word forms first (most
 * words first), then the single word; NULL when the word is not a verb.
 * Follow ->next for the others. O(len). */
const sr_verb_form *sr_dict_verb_lookup(const sr_dict *d, const char *word, size_t len);

typedef struct sr_synset_member {
    const sr_pat_elem *items;    /* words, synsets and phrase groups */
    uint32_t nitems;
    uint8_t plural;              /* a plural sitrep generated */
    uint32_t line;
} sr_synset_member;

struct sr_synset {
    const char *name;            /* "&CURRENCY", without a trailing '_' */
    uint8_t no_plurals;          /* the label ended in '_' */
    const sr_synset_member *members;
    size_t nmembers;
    const char *file;
    uint32_t line;
};

/* name with or without the leading '&'. NULL when undefined. */
const sr_synset *sr_dict_synset(const sr_dict *d, const char *name);

/* A verb transformation "~ a (b . ATTACK) SAY = a b 112": when source a
 * SAYs that (b ATTACKs nobody), code a -> b 112. */
typedef struct sr_xform_event {
    char source;                          /* a variable letter, '.' or '_' */
    char target;                          /* the same, or 0 when nested */
    const struct sr_xform_event *nested;  /* the target is itself an event */
    const char *const *verbs;             /* verb words joined with '_' */
    uint32_t nverbs;                      /* "Q" stands for any verb */
} sr_xform_event;

typedef struct sr_verb_transform {
    sr_xform_event lhs;
    char out_source, out_target;
    sr_verb_code out_code;
    uint8_t out_code_is_q;  /* "Q": keep the code of the nested event */
    const char *text;
    const char *file;
    uint32_t line;
} sr_verb_transform;

/* The transformations in file order; returns their count. */
size_t sr_dict_transforms(const sr_dict *d, const sr_verb_transform *const **out);

/* ---------------------------------------------------------------- phrases */

/* Flags for the phrase lookups. By default every word must equal the
 * dictionary word, which is what PETRARCH2 does. With SR_MATCH_STEMS a
 * last dictionary word written without a trailing '_' also matches a text
 * word that begins with it (TABARI's stems: ISRAEL matches ISRAELI). */
enum { SR_MATCH_STEMS = 1 };

/* ---------------------------------------------------------------- actors */

/* One code of an actor, in effect from..to (YYYYMMDD, both inclusive; 0 is
 * open). An unrestricted code has restricted == 0. */
typedef struct sr_actor_code {
    const char *code;       /* "USAGOV", or a coded compound "ELR/GAL" */
    int32_t from, to;
    uint8_t restricted;
    uint32_t line;
} sr_actor_code;

typedef struct sr_actor {
    const char *name;       /* the root phrase as written */
    const sr_actor_code *codes;
    uint32_t ncodes;
    const char *file;
    uint32_t line;
} sr_actor;

/* The longest actor phrase that starts at words[start]; *matched is set to
 * its length in words (0 when none). words are the sentence's tokens. */
const sr_actor *sr_dict_actor_match(const sr_dict *d, const char *const *words,
                                    size_t nwords, size_t start, unsigned flags,
                                    size_t *matched);

/* The code in force on date (YYYYMMDD): the first date-restricted code whose
 * range holds it, else the unrestricted code, else NULL (the null code).
 * date 0 (unknown) selects the unrestricted code. */
const sr_actor_code *sr_dict_actor_code_at(const sr_actor *a, int32_t date);

/* Parses "yymmdd" (00-30 read as 20yy, else 19yy) or "yyyymmdd" into
 * YYYYMMDD. Returns 0, or -1 for anything else or an impossible date. */
int sr_dict_parse_date(const char *s, size_t len, int32_t *out);

/* ---------------------------------------------------------------- agents */

typedef enum sr_agent_place {
    SR_AGENT_AFTER = 0,   /* [~GOV]: appended to the actor code (USA+GOV) */
    SR_AGENT_BEFORE       /* [NGO~]: put in front of the actor code */
} sr_agent_place;

typedef struct sr_agent {
    const char *code;      /* without the '~' */
    sr_agent_place place;
    const char *phrase;    /* the phrase this entry was stored under */
    uint8_t plural;        /* a plural (generated or from {...}) */
    const char *file;
    uint32_t line;
} sr_agent;

const sr_agent *sr_dict_agent_match(const sr_dict *d, const char *const *words,
                                    size_t nwords, size_t start, unsigned flags,
                                    size_t *matched);

/* ---------------------------------------------------------------- discards */

typedef enum sr_discard_scope {
    SR_DISCARD_SENTENCE = 0,  /* skip the sentence */
    SR_DISCARD_STORY          /* "+PHRASE": skip the whole story */
} sr_discard_scope;

typedef struct sr_discard {
    const char *phrase;
    sr_discard_scope scope;
    const char *file;
    uint32_t line;
} sr_discard;

const sr_discard *sr_dict_discard_match(const sr_dict *d, const char *const *words,
                                        size_t nwords, size_t start, unsigned flags,
                                        size_t *matched);

/* ---------------------------------------------------------------- issues */

typedef enum sr_issue_kind {
    SR_ISSUE_CODE = 0,         /* "phrase [CODE]" */
    SR_ISSUE_IGNORE_SENTENCE,  /* "~phrase": no issues from this sentence */
    SR_ISSUE_IGNORE_STORY      /* "~~phrase": none from this story */
} sr_issue_kind;

typedef struct sr_issue {
    sr_issue_kind kind;
    const char *code;       /* NULL for the ignore kinds */
    const char *category;   /* of the enclosing <ISSUE CATEGORY="...">, or NULL */
    const char *phrase;     /* the phrase as stored (one generated form) */
    const char *file;
    uint32_t line;
} sr_issue;

const sr_issue *sr_dict_issue_match(const sr_dict *d, const char *const *words,
                                    size_t nwords, size_t start, unsigned flags,
                                    size_t *matched);

#endif
