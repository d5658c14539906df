/* read_conllu.c - CoNLL-U input, one record per document.
 *
 * A "# newdoc" comment at the start of a sentence opens a document that runs
 * to the next "# newdoc" or the end of the input. Sentences outside any
 * document (a file without newdoc markers, or sentences before the first
 * one) are records of their own. This rule needs no look-ahead, so the input
 * is read one record at a time. Each record is checked with sr_conllu_parse
 * so that a malformed line is reported with its line number. */
#include "text/reader_impl.h"
#include "text/conllu.h"
#include "base/alloc.h"
#include "base/arena.h"
#include "base/buf.h"

#include <stdio.h>
#include <string.h>

typedef struct conllu_state {
    sr_buf raw;           /* the record's lines, each ending in "\n" */
    sr_buf held;          /* a "# newdoc" line that opens the next record */
    size_t held_number;
    int have_held;
} conllu_state;

static int blank(const char *t, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (t[i] != ' ' && t[i] != '\t')
            return 0;
    return 1;
}

static int newdoc(const char *t, size_t len)
{
    return len >= 8 && memcmp(t, "# newdoc", 8) == 0;
}

/* The record text: each sentence's "# text =" line, or its forms when it
 * has none, joined by single spaces. */
static char *record_text(sr_conllu_sentence *sents, uint32_t n, sr_arena *a, size_t *len)
{
    sr_buf b = SR_BUF_INIT;
    for (uint32_t i = 0; i < n; i++) {
        if (b.len)
            sr_buf_putc(&b, ' ');
        if (sents[i].text) {
            sr_buf_puts(&b, sents[i].text);
        } else {
            size_t l;
            const char *t = sr_conllu_doc_text(&sents[i], 1, a, &l);
            sr_buf_append(&b, t, l);
        }
    }
    *len = b.len;
    return sr_buf_detach(&b);
}

static sr_status build(sr_reader *r, size_t first, size_t n, sr_record **out, sr_error *err)
{
    conllu_state *s = r->state;
    if (!sr_reader_check_utf8(r, s->raw.data, s->raw.len, first, 1, n, err))
        return SR_EBADRECORD;
    sr_arena arena = SR_ARENA_INIT;
    sr_conllu_sentence *sents;
    uint32_t ns;
    sr_error cerr;
    memset(&cerr, 0, sizeof cerr);
    if (sr_conllu_parse(s->raw.data, s->raw.len, first, &arena, &sents, &ns, &cerr) != SR_OK) {
        sr_arena_free(&arena);
        return sr_reader_fail(r, err, SR_EBADRECORD, cerr.line, n, "%s",
                              cerr.message);
    }
    if (ns == 0) {
        sr_arena_free(&arena);
        return sr_reader_fail(r, err, SR_EBADRECORD, first, n,
                              "record %zu has comments but no word lines", n);
    }
    sr_record *rec = sr_reader_record_new(r, first);
    rec->index = n;
    if (sents[0].newdoc_id)
        rec->id = sr_xstrdup(sents[0].newdoc_id);
    else if (sents[0].sent_id)
        rec->id = sr_xstrdup(sents[0].sent_id);
    else {
        sr_buf b = SR_BUF_INIT;
        sr_buf_printf(&b, "%s#%zu", r->name, n);
        rec->id = sr_buf_detach(&b);
    }
    rec->text = record_text(sents, ns, &arena, &rec->text_len);
    sr_arena_free(&arena);
    /* The parse keeps the sentence-ending blank lines but not trailing ones. */
    while (s->raw.len >= 2 && s->raw.data[s->raw.len - 1] == '\n' &&
           s->raw.data[s->raw.len - 2] == '\n')
        s->raw.len--;
    s->raw.data[s->raw.len] = '\0';
    rec->parse = sr_xstrndup(s->raw.data, s->raw.len);
    *out = rec;
    return SR_OK;
}

static sr_status conllu_next(sr_reader *r, sr_record **out, sr_error *err)
{
    conllu_state *s = r->state;
    size_t cap = r->opt.max_record;
    size_t first = 0, n = 0, size = 0;
    int is_doc = 0, in_sentence = 0, over = 0;
    sr_buf_clear(&s->raw);
    for (;;) {
        const char *t;
        size_t len, number, full;
        sr_line line;
        if (s->have_held) {
            s->have_held = 0;
            t = s->held.data;
            len = full = s->held.len;
            number = s->held_number;
        } else {
            sr_status st = sr_lines_next(r->in, cap, &line, err);
            if (st == SR_END)
                break;
            if (st != SR_OK)
                return st;
            t = line.text;
            len = line.len;
            full = line.full_len;
            number = line.number;
        }
        if (blank(t, len) && full == len) {
            if (!first)
                continue;
            if (!is_doc)
                break;
            if (!over)
                sr_buf_putc(&s->raw, '\n');
            size++;
            in_sentence = 0;
            continue;
        }
        if (first && is_doc && !in_sentence && newdoc(t, len)) {
            sr_buf_clear(&s->held);
            sr_buf_append(&s->held, t, len);
            s->held_number = number;
            s->have_held = 1;
            break;
        }
        if (!first) {
            first = number;
            n = ++r->nrecords;
            is_doc = newdoc(t, len);
        }
        in_sentence = 1;
        size += full + 1;
        if (size > cap || full > len)
            over = 1;
        if (!over) {
            sr_buf_append(&s->raw, t, len);
            sr_buf_putc(&s->raw, '\n');
        }
    }
    if (!first)
        return SR_END;
    if (over)
        return sr_reader_too_long(r, err, first, n, "record", size);
    return build(r, first, n, out, err);
}

static void conllu_free(void *state)
{
    conllu_state *s = state;
    sr_buf_free(&s->raw);
    sr_buf_free(&s->held);
    free(s);
}

static const sr_reader_ops conllu_ops = {conllu_next, conllu_free};

void sr_read_conllu_init(sr_reader *r)
{
    r->state = sr_xcalloc(1, sizeof(conllu_state));
    r->ops = &conllu_ops;
}
