#include "text/conllu.h"
#include "base/alloc.h"
#include "base/buf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CONLLU_COLUMNS = 10 };

static void set_error(sr_error *err, size_t line, const char *msg, const char *detail)
{
    if (!err)
        return;
    err->code = SR_EBADRECORD;
    err->line = line;
    snprintf(err->message, sizeof err->message, "CoNLL-U: %s%s%s", msg,
             detail ? ": " : "", detail ? detail : "");
}

static const char *column_or_null(sr_arena *a, const char *s, size_t len)
{
    if (len == 1 && s[0] == '_')
        return NULL;
    return sr_arena_strndup(a, s, len);
}

/* Splits one line into its ten tab-separated columns. */
static int split_columns(const char *line, size_t len, const char **col, size_t *collen)
{
    int n = 0;
    const char *p = line, *end = line + len;
    while (n < CONLLU_COLUMNS) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        const char *stop = tab ? tab : end;
        col[n] = p;
        collen[n] = (size_t)(stop - p);
        n++;
        if (!tab)
            break;
        p = tab + 1;
    }
    return n;
}

static int parse_uint(const char *s, size_t len, long *out)
{
    if (len == 0 || len > 9)
        return 0;
    long v = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

static int is_blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return 0;
    return 1;
}

static const char *comment_value(const char *line, size_t len, const char *key)
{
    size_t k = strlen(key);
    if (len < k || memcmp(line, key, k) != 0)
        return NULL;
    return line + k;
}

typedef struct builder {
    sr_token *tokens;
    size_t ntokens, cap;
    sr_conllu_sentence *sents;
    size_t nsents, scap;
    const char *sent_id, *text, *newdoc;
    size_t first_line;
} builder;

static void finish_sentence(builder *b, sr_arena *a)
{
    if (b->ntokens == 0)
        return;
    SR_GROW(b->sents, b->scap, b->nsents + 1);
    sr_conllu_sentence *cs = &b->sents[b->nsents++];
    memset(cs, 0, sizeof *cs);
    cs->s.tokens = sr_arena_alloc(a, b->ntokens * sizeof(sr_token));
    memcpy(cs->s.tokens, b->tokens, b->ntokens * sizeof(sr_token));
    cs->s.ntokens = (uint32_t)b->ntokens;
    cs->sent_id = b->sent_id;
    cs->text = b->text;
    cs->newdoc_id = b->newdoc;
    cs->line = b->first_line;
    b->ntokens = 0;
    b->sent_id = b->text = b->newdoc = NULL;
    b->first_line = 0;
}

/* Heads are checked when a sentence ends, since a head may point forward. */
static int heads_in_range(const builder *b, size_t sent_line, sr_error *err)
{
    for (size_t i = 0; i < b->ntokens; i++)
        if (b->tokens[i].head > (int32_t)b->ntokens) {
            char d[64];
            snprintf(d, sizeof d, "token %zu", i + 1);
            set_error(err, sent_line, "HEAD points past the end of the sentence", d);
            return 0;
        }
    return 1;
}

sr_status sr_conllu_parse(const char *text, size_t len, size_t first_line,
                          sr_arena *arena, sr_conllu_sentence **out,
                          uint32_t *nout, sr_error *err)
{
    builder b;
    memset(&b, 0, sizeof b);
    sr_status st = SR_OK;
    size_t lineno = first_line ? first_line - 1 : 0;
    size_t sent_line = 0;
    const char *p = text, *end = text + len;

    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        size_t ll = (size_t)(stop - p);
        if (ll && p[ll - 1] == '\r')
            ll--;
        lineno++;
        const char *line = p;
        p = nl ? nl + 1 : end;

        if (is_blank(line, ll)) {
            if (!heads_in_range(&b, sent_line, err)) {
                st = SR_EBADRECORD;
                goto done;
            }
            finish_sentence(&b, arena);
            continue;
        }
        if (b.first_line == 0)
            b.first_line = lineno;
        if (line[0] == '#') {
            const char *v;
            if ((v = comment_value(line, ll, "# text = ")))
                b.text = sr_arena_strndup(arena, v, ll - (size_t)(v - line));
            else if ((v = comment_value(line, ll, "# sent_id = ")))
                b.sent_id = sr_arena_strndup(arena, v, ll - (size_t)(v - line));
            else if ((v = comment_value(line, ll, "# newdoc id = ")))
                b.newdoc = sr_arena_strndup(arena, v, ll - (size_t)(v - line));
            continue;
        }
        const char *col[CONLLU_COLUMNS];
        size_t cl[CONLLU_COLUMNS];
        int n = split_columns(line, ll, col, cl);
        if (n != CONLLU_COLUMNS) {
            char d[64];
            snprintf(d, sizeof d, "found %d columns", n);
            set_error(err, lineno, "expected 10 tab-separated columns", d);
            st = SR_EBADRECORD;
            goto done;
        }
        /* Multiword tokens (3-4) and empty nodes (8.1) are not syntactic words. */
        if (memchr(col[0], '-', cl[0]) || memchr(col[0], '.', cl[0]))
            continue;
        long id;
        if (!parse_uint(col[0], cl[0], &id) || id != (long)b.ntokens + 1) {
            set_error(err, lineno, "token ID out of sequence",
                      sr_arena_strndup(arena, col[0], cl[0]));
            st = SR_EBADRECORD;
            goto done;
        }
        if (b.ntokens == 0)
            sent_line = lineno;
        if (cl[1] == 0) {
            set_error(err, lineno, "empty FORM", NULL);
            st = SR_EBADRECORD;
            goto done;
        }
        SR_GROW(b.tokens, b.cap, b.ntokens + 1);
        sr_token *t = &b.tokens[b.ntokens++];
        memset(t, 0, sizeof *t);
        t->form = sr_arena_strndup(arena, col[1], cl[1]);
        t->lemma = column_or_null(arena, col[2], cl[2]);
        t->upos = column_or_null(arena, col[3], cl[3]);
        t->xpos = column_or_null(arena, col[4], cl[4]);
        t->deprel = column_or_null(arena, col[7], cl[7]);
        long head;
        if (cl[6] == 1 && col[6][0] == '_')
            t->head = -1;
        else if (parse_uint(col[6], cl[6], &head))
            t->head = (int32_t)head;
        else {
            set_error(err, lineno, "HEAD is not a number",
                      sr_arena_strndup(arena, col[6], cl[6]));
            st = SR_EBADRECORD;
            goto done;
        }
        t->space_after = !(cl[9] >= 11 && memmem(col[9], cl[9], "SpaceAfter=No", 13));
    }
    if (!heads_in_range(&b, sent_line, err)) {
        st = SR_EBADRECORD;
        goto done;
    }
    finish_sentence(&b, arena);

done:
    if (st == SR_OK) {
        sr_conllu_sentence *res = sr_arena_alloc(arena, (b.nsents ? b.nsents : 1) * sizeof *res);
        if (b.nsents)
            memcpy(res, b.sents, b.nsents * sizeof *res);
        *out = res;
        *nout = (uint32_t)b.nsents;
    }
    free(b.tokens);
    free(b.sents);
    return st;
}

char *sr_conllu_doc_text(sr_conllu_sentence *sents, uint32_t n, sr_arena *arena,
                         size_t *len_out)
{
    sr_buf b = SR_BUF_INIT;
    for (uint32_t i = 0; i < n; i++) {
        sr_sentence *s = &sents[i].s;
        if (i)
            sr_buf_putc(&b, ' ');
        s->start = (uint32_t)b.len;
        for (uint32_t k = 0; k < s->ntokens; k++) {
            sr_token *t = &s->tokens[k];
            t->start = (uint32_t)b.len;
            sr_buf_puts(&b, t->form);
            t->end = (uint32_t)b.len;
            if (t->space_after && k + 1 < s->ntokens)
                sr_buf_putc(&b, ' ');
        }
        s->end = (uint32_t)b.len;
    }
    char *text = sr_arena_strndup(arena, b.data ? b.data : "", b.len);
    *len_out = b.len;
    sr_buf_free(&b);
    return text;
}
