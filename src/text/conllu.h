/* conllu.h - CoNLL-U text to sentences of annotated tokens.
 *
 * Reads the ten-column format of Universal Dependencies. Multiword-token
 * lines (1-2) and empty nodes (8.1) are skipped: sitrep works on syntactic
 * words. Comment lines are kept only for "# text =" (the sentence text) and
 * "# sent_id =". Token offsets are given relative to a text rebuilt from the
 * forms and SpaceAfter=No, so every sentence has a text of its own; see
 * sr_conllu_doc_text.
 *
 * All memory comes from the arena passed in. */
#ifndef SR_TEXT_CONLLU_H
#define SR_TEXT_CONLLU_H

#include "sitrep.h"
#include "base/arena.h"

typedef struct sr_conllu_sentence {
    sr_sentence s;           /* tokens with every column filled in */
    const char *sent_id;     /* NULL when absent */
    const char *text;        /* the "# text =" line, NULL when absent */
    const char *newdoc_id;   /* set on the first sentence of a document */
    size_t line;             /* 1-based line of the sentence's first line */
} sr_conllu_sentence;

/* Parses len bytes of CoNLL-U. On a malformed line returns SR_EBADRECORD
 * with err->line set to that line (counted from first_line) and a message
 * naming the fault; nothing is returned then. Sentences are separated by
 * blank lines; a final sentence without a trailing blank line is accepted.
 * Columns given as "_" become NULL (head -1). */
sr_status sr_conllu_parse(const char *text, size_t len, size_t first_line,
                          sr_arena *arena, sr_conllu_sentence **out,
                          uint32_t *nout, sr_error *err);

/* Builds a document text from the sentences' forms (single spaces between
 * tokens unless SpaceAfter=No, one space between sentences) and rewrites
 * every token's and sentence's offsets to point into it. */
char *sr_conllu_doc_text(sr_conllu_sentence *sents, uint32_t n, sr_arena *arena,
                         size_t *len_out);

#endif
