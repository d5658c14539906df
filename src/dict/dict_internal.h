/* dict_internal.h - what the dictionary readers share and callers never see.
 *
 * The sr_dict struct itself, the word trie every lookup runs on, the line
 * reader with its diagnostics, and the inflection helpers. Nothing here is
 * meant for the coder: it uses dict.h. */
#ifndef SR_DICT_INTERNAL_H
#define SR_DICT_INTERNAL_H

#include "base/arena.h"
#include "dict/dict.h"

#include <stdint.h>

/* ---------------------------------------------------------------- trie */

/* A trie over words, stored as one open-addressing hash table keyed by
 * (parent node, word), so a step costs one hash probe and no node carries
 * a child table of its own. Node 1 is the root; 0 means "no node". Words
 * are stored upper case in the owner's arena. */
typedef struct sr_trie_slot {
    uint32_t hash;
    uint32_t parent;
    uint32_t child;     /* 0: empty slot */
    uint32_t len;
    const char *word;
} sr_trie_slot;

enum { SR_TRIE_ROOT = 1, SR_TRIE_STEM = 1, SR_TRIE_FILTER_BITS = 4 };

typedef struct sr_trie {
    sr_trie_slot *slots;
    size_t cap, used;         /* cap is a power of two */
    /* One bit per value of the hash's low bits (SR_TRIE_FILTER_BITS per
     * slot), set for every (parent, word) stored: a clear bit means no
     * such child, so a failing step, the commonest kind, usually reads no
     * slot at all. */
    uint64_t *filter;
    void **value;             /* per node; NULL: no entry ends here */
    uint8_t *flags;           /* per node: SR_TRIE_STEM */
    size_t nnodes, ncap;      /* nodes are 1..nnodes */
} sr_trie;

void sr_trie_init(sr_trie *t);
void sr_trie_free(sr_trie *t);
/* The child of node for word w[0..len) (any case), or 0. */
uint32_t sr_trie_step(const sr_trie *t, uint32_t node, const char *w, size_t len);
/* The same, creating the child when missing; w must already be upper case
 * and stay alive as long as the trie (an arena string). */
uint32_t sr_trie_add(sr_trie *t, uint32_t node, const char *w, size_t len);
/* Longest path from words[start] that ends at a node with a value. */
void *sr_trie_longest(const sr_trie *t, const char *const *words, size_t nwords,
                      size_t start, unsigned flags, size_t *matched);
/* Splits phrase on blanks and '_' and adds it; returns the end node, or 0
 * when the phrase has no words. The last word may be matched as a stem
 * unless it was written with a trailing '_' (or stems is 0). */
uint32_t sr_trie_add_phrase(sr_trie *t, sr_arena *a, const char *phrase, size_t len,
                            int stems);

/* ---------------------------------------------------------------- the dict */

typedef struct sr_block_impl {
    sr_verb_block pub;
    const sr_verb_pattern **pats;
    size_t cap;
} sr_block_impl;

typedef struct sr_synset_impl {
    sr_synset pub;
    sr_synset_member *mem;
    size_t cap;
    int mark;            /* cycle check while resolving */
} sr_synset_impl;

struct sr_dict {
    sr_arena arena;
    sr_trie verbs;       /* root children only: word -> first sr_verb_form */
    sr_trie blocks;      /* block name -> sr_block_impl */
    sr_trie synsets;     /* name without '&' -> sr_synset */
    sr_trie actors, agents, discards, issues;
    sr_block_impl **block_list;
    size_t nblocks, block_cap;
    sr_synset_impl **synset_list;
    size_t nsynsets, synset_cap;
    const sr_verb_transform **xforms;
    size_t nxforms, xform_cap;
    sr_dict_stats stats;
};

/* ---------------------------------------------------------------- reading */

/* Reads a dictionary file line by line. Comments are removed the way
 * PETRARCH2 removes them: '#' to the end of the line (but not inside
 * [...], so that the discard code [###] survives), and <!-- ... -->, which
 * may span lines. With semicolons set, ';' also starts a comment (TABARI's
 * comment mark, still found in verb files). Blank lines are skipped. */
typedef struct sr_dict_reader {
    const char *path;         /* as given, for messages */
    const char *file;         /* the same, interned in the dict arena */
    char *buf;
    size_t len, pos;
    size_t lineno;            /* of the line last returned */
    size_t next_lineno;
    int in_comment;
    int semicolons;
    size_t nreported;         /* diagnostics stored for this file */
    size_t suppressed;        /* and those past the cap, only counted */
    sr_dict *d;
    sr_dict_diags *diags;
} sr_dict_reader;

/* A file in the wrong format would yield one diagnostic a line; past this
 * many per file they are counted but not stored. */
enum { SR_DICT_DIAGS_PER_FILE = 1000 };

sr_status sr_dict_reader_open(sr_dict_reader *r, sr_dict *d, const char *path,
                              sr_dict_diags *diags, sr_error *err);
/* Returns 1 with a NUL-terminated, right-trimmed line (writable, valid
 * until close), or 0 at the end. Leading blanks are kept. Lines that are
 * not valid UTF-8 are reported and skipped. */
int sr_dict_reader_next(sr_dict_reader *r, char **line, size_t *len);
void sr_dict_reader_close(sr_dict_reader *r);

#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
void sr_dict_report(sr_dict_reader *r, size_t line, sr_dict_severity sev,
                  const char *fmt, ...);

/* ---------------------------------------------------------------- syntax */

/* A pattern body ("BEFORE * AFTER", without '-' and code) parsed into
 * elements in the dict arena. With is_pattern 0 the text is a synset
 * member: no '*' and no actor slots ($ + % ^); its elements are in before.
 * Returns 0, or -1 with a message in why. Synsets are left unresolved. */
typedef struct sr_pat_parsed {
    sr_pat_elem *before;
    uint32_t nbefore;
    sr_pat_elem *after;
    uint32_t nafter;
    uint8_t joined_before, joined_after;
} sr_pat_parsed;

int sr_pat_parse(sr_dict *d, const char *s, size_t len, int is_pattern,
                 sr_pat_parsed *out, char *why, size_t whysize);

/* A transformation line after its '~'. Verbs are not checked here. */
int sr_xform_parse(sr_dict *d, const char *s, size_t len, sr_verb_transform *out,
                   char *why, size_t whysize);

/* ---------------------------------------------------------------- helpers */

/* ASCII upper-casing copy into the dict arena. */
char *sr_dict_upper_dup(sr_dict *d, const char *s, size_t len);
/* Interns the file name for entries' file fields. */
const char *sr_dict_intern_file(sr_dict *d, const char *path);
/* Trims blanks (space, tab) at both ends of s[0..*len), returns new start. */
char *sr_dict_trim(char *s, size_t *len);

/* Inflections of an upper-case word, written into out (NUL-terminated).
 * Return the length, or 0 when out is too small. */
size_t sr_inflect_plural(const char *w, size_t len, char *out, size_t size);
size_t sr_inflect_3sg(const char *w, size_t len, char *out, size_t size);
size_t sr_inflect_past(const char *w, size_t len, char *out, size_t size);
size_t sr_inflect_ing(const char *w, size_t len, char *out, size_t size);

#endif
