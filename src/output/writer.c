#include "output/writer_impl.h"
#include "base/alloc.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

struct sr_writer {
    const sr_writer_ops *ops;
    void *state;
    FILE *out;
    sr_buf buf;
};

sr_status sr_output_parse(const char *name, sr_output *out)
{
    static const struct { const char *name; sr_output value; } names[] = {
        {"jsonl", SR_OUTPUT_JSONL}, {"json", SR_OUTPUT_JSONL},
        {"tsv", SR_OUTPUT_TSV},     {"table", SR_OUTPUT_TABLE},
        {"conllu", SR_OUTPUT_CONLLU},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i].name) == 0) {
            *out = names[i].value;
            return SR_OK;
        }
    return SR_EUSAGE;
}

sr_writer *sr_writer_new(sr_output format, FILE *out)
{
    const sr_writer_ops *ops;
    switch (format) {
    case SR_OUTPUT_JSONL: ops = &sr_write_jsonl_ops; break;
    case SR_OUTPUT_TSV: ops = &sr_write_tsv_ops; break;
    case SR_OUTPUT_TABLE: ops = &sr_write_table_ops; break;
    case SR_OUTPUT_CONLLU: ops = &sr_write_conllu_ops; break;
    default: return NULL;
    }
    sr_writer *w = sr_xcalloc(1, sizeof *w);
    w->ops = ops;
    w->state = ops->new_state ? ops->new_state() : NULL;
    w->out = out;
    return w;
}

static sr_status flush(sr_writer *w, sr_error *err)
{
    if (w->buf.len && fwrite(w->buf.data, 1, w->buf.len, w->out) != w->buf.len) {
        if (err) {
            err->code = SR_EIO;
            snprintf(err->message, sizeof err->message, "cannot write output: %s",
                     strerror(errno));
        }
        sr_buf_clear(&w->buf);
        return SR_EIO;
    }
    sr_buf_clear(&w->buf);
    return SR_OK;
}

sr_status sr_writer_write(sr_writer *w, const sr_doc *doc, sr_error *err)
{
    w->ops->write(w->state, doc, &w->buf);
    /* Batch small documents into fewer stdio calls. */
    return w->buf.len >= 64 * 1024 ? flush(w, err) : SR_OK;
}

sr_status sr_writer_finish(sr_writer *w, sr_error *err)
{
    if (w->ops->finish)
        w->ops->finish(w->state, &w->buf);
    sr_status st = flush(w, err);
    if (st == SR_OK && fflush(w->out) != 0) {
        if (err) {
            err->code = SR_EIO;
            snprintf(err->message, sizeof err->message, "cannot write output: %s",
                     strerror(errno));
        }
        return SR_EIO;
    }
    return st;
}

void sr_writer_free(sr_writer *w)
{
    if (!w)
        return;
    if (w->ops->free_state)
        w->ops->free_state(w->state);
    sr_buf_free(&w->buf);
    free(w);
}

void sr_output_sentence_text(const sr_doc *doc, uint32_t sent, sr_buf *out)
{
    if (!doc->record || sent >= doc->nsentences)
        return;
    const sr_sentence *s = &doc->sentences[sent];
    const char *text = doc->record->text;
    int in_space = 0, emitted = 0;
    for (uint32_t i = s->start; i < s->end && i < doc->record->text_len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            in_space = 1;
            continue;
        }
        if (in_space && emitted)
            sr_buf_putc(out, ' ');
        in_space = 0;
        emitted = 1;
        sr_buf_putc(out, (char)c);
    }
}

void sr_output_compact_date(const char *date, char out[9])
{
    size_t n = 0;
    if (date)
        for (const char *p = date; *p && n < 8; p++)
            if (isdigit((unsigned char)*p))
                out[n++] = *p;
    out[n] = '\0';
}
