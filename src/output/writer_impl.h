/* writer_impl.h - what each output format implements.
 *
 * sr_writer (writer.c) dispatches to one of these; each format lives in its
 * own write_<format>.c. A format sees whole documents so that it can print
 * record-level fields (id, dates, sentence text) beside each event. */
#ifndef SR_OUTPUT_WRITER_IMPL_H
#define SR_OUTPUT_WRITER_IMPL_H

#include "sitrep.h"
#include "base/buf.h"

typedef struct sr_writer_ops {
    /* Appends the rendering of doc to out (the caller writes out to the
     * stream). May keep rows back in state, as the table does. */
    void (*write)(void *state, const sr_doc *doc, sr_buf *out);
    /* Appends anything held back. May be NULL. */
    void (*finish)(void *state, sr_buf *out);
    void *(*new_state)(void);
    void (*free_state)(void *state);
} sr_writer_ops;

extern const sr_writer_ops sr_write_jsonl_ops;
extern const sr_writer_ops sr_write_tsv_ops;
extern const sr_writer_ops sr_write_table_ops;
extern const sr_writer_ops sr_write_conllu_ops;

/* Shared helpers for formats. */

/* The text of sentence `sent` of doc, whitespace runs folded to one space,
 * appended to out. */
void sr_output_sentence_text(const sr_doc *doc, uint32_t sent, sr_buf *out);
/* "YYYYMMDD" from "YYYY-MM-DD" (PETRARCH2's date form); "" for NULL. */
void sr_output_compact_date(const char *date, char out[9]);

#endif
