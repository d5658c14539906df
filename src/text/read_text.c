/* read_text.c - plain text: the whole input is one article, or, with
 * split_blank, blank lines separate articles. Lines are joined with "\n"
 * (CRLF read as LF); blank lines before and after an article are dropped. */
#include "text/reader_impl.h"
#include "base/alloc.h"
#include "base/buf.h"

#include <stdio.h>
#include <string.h>

typedef struct text_state {
    sr_buf text;
    int finished;    /* whole-file mode: the one article was returned */
} text_state;

static int blank(const sr_line *l)
{
    for (size_t i = 0; i < l->len; i++)
        if (l->text[i] != ' ' && l->text[i] != '\t' && l->text[i] != '\r' &&
            l->text[i] != '\f' && l->text[i] != '\v')
            return 0;
    return 1;
}

static char *article_id(const sr_reader *r, size_t n)
{
    sr_buf b = SR_BUF_INIT;
    sr_buf_printf(&b, "%s#%zu", r->opt.id ? r->opt.id : r->name, n);
    return sr_buf_detach(&b);
}

static sr_status text_next(sr_reader *r, sr_record **out, sr_error *err)
{
    text_state *s = r->state;
    size_t cap = r->opt.max_record;
    if (s->finished)
        return SR_END;
    sr_line line;
    sr_status st;
    /* Skip blank lines up to the article's first line. */
    for (;;) {
        st = sr_lines_next(r->in, cap, &line, err);
        if (st != SR_OK) {
            if (st == SR_END)
                s->finished = 1;
            return st;
        }
        if (!blank(&line))
            break;
    }
    size_t first = line.number;
    size_t size = 0, kept_blank = 0;
    int over = 0;
    sr_buf_clear(&s->text);
    for (;;) {
        if (blank(&line)) {
            if (r->opt.split_blank)
                break;
            /* Held back until a following line shows they are inside. */
            kept_blank++;
        } else {
            size += kept_blank + (size ? 1 : 0) + line.full_len;
            if (size > cap || line.full_len > line.len)
                over = 1;
            if (!over) {
                for (; kept_blank; kept_blank--)
                    sr_buf_putc(&s->text, '\n');
                if (s->text.len)
                    sr_buf_putc(&s->text, '\n');
                sr_buf_append(&s->text, line.text, line.len);
            }
            kept_blank = 0;
        }
        st = sr_lines_next(r->in, cap, &line, err);
        if (st == SR_END)
            break;
        if (st != SR_OK)
            return st;
    }
    if (!r->opt.split_blank || st == SR_END)
        s->finished = 1;
    size_t n = ++r->nrecords;
    if (over)
        return sr_reader_too_long(r, err, first, n, "article", size);
    if (!sr_reader_check_utf8(r, s->text.data, s->text.len, first, 1, n, err))
        return SR_EBADRECORD;
    sr_record *rec = sr_reader_record_new(r, first);
    rec->text_len = s->text.len;
    rec->text = sr_buf_detach(&s->text);
    if (r->opt.split_blank)
        rec->id = article_id(r, n);
    else
        rec->id = r->opt.id ? sr_xstrdup(r->opt.id) : article_id(r, 1);
    if (r->opt.date)
        rec->date = sr_xstrdup(r->opt.date);
    *out = rec;
    return SR_OK;
}

static void text_free(void *state)
{
    text_state *s = state;
    sr_buf_free(&s->text);
    free(s);
}

static const sr_reader_ops text_ops = {text_next, text_free};

void sr_read_text_init(sr_reader *r)
{
    r->state = sr_xcalloc(1, sizeof(text_state));
    r->ops = &text_ops;
}
