#include "text/segment_eval.h"
#include "base/error.h"
#include "base/file.h"
#include "text/segment.h"
#include "base/alloc.h"
#include "base/arena.h"
#include "base/buf.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct span {
    uint32_t start, end;
    int mwt;                 /* a multiword token ("don't") */
} span;

/* The document being rebuilt from the treebank, and its gold spans. */
typedef struct gold_doc {
    sr_buf text;
    span *sents;
    size_t nsents, csents;
    span *toks;
    size_t ntoks, ctoks;
    size_t cursor;           /* where the next form is searched from */
    size_t sent_end;         /* end of the current sentence's text */
    int has_sentence;
    long mwt_last;           /* last word id covered by the current MWT */
} gold_doc;

static void set_err(sr_error *err, sr_status code, const char *path, size_t line,
                    const char *msg)
{
    sr_error_set(err, code, path, line, "%s", msg);
}

static void push_span(span **arr, size_t *n, size_t *cap, size_t start, size_t end,
                      int mwt)
{
    SR_GROW(*arr, *cap, *n + 1);
    (*arr)[*n].start = (uint32_t)start;
    (*arr)[*n].end = (uint32_t)end;
    (*arr)[*n].mwt = mwt;
    (*n)++;
}

static void log_span(FILE *log, const char *what, const char *text, size_t start,
                     size_t end)
{
    if (log)
        fprintf(log, "%s\t%.*s\n", what, (int)(end - start), text + start);
}

/* Scores one rebuilt document and empties it for the next. */
static void score_doc(gold_doc *d, sr_arena *arena, FILE *log, sr_segment_score *sc)
{
    if (d->text.len == 0)
        goto reset;
    const char *text = d->text.data;
    sr_sentence *sents;
    uint32_t nsents;
    sr_segment(text, d->text.len, arena, &sents, &nsents);
    sc->docs++;

    /* Sentences: both lists are in text order. */
    sc->gold_sents += d->nsents;
    sc->pred_sents += nsents;
    size_t g = 0;
    for (uint32_t p = 0; p < nsents; p++) {
        while (g < d->nsents && d->sents[g].start < sents[p].start) {
            log_span(log, "-sent", text, d->sents[g].start, d->sents[g].end);
            g++;
        }
        if (g < d->nsents && d->sents[g].start == sents[p].start &&
            d->sents[g].end == sents[p].end) {
            sc->match_sents++;
            g++;
        } else {
            log_span(log, "+sent", text, sents[p].start, sents[p].end);
        }
    }
    for (; g < d->nsents; g++)
        log_span(log, "-sent", text, d->sents[g].start, d->sents[g].end);

    /* Boundaries: where one sentence ends and the next begins. The end of
     * the document is not one (it is given), so each list drops its last
     * sentence. A boundary matches when the two sentences end at the same
     * byte; unlike whole spans, one missed boundary costs one miss. */
    size_t gb = d->nsents ? d->nsents - 1 : 0, pb = nsents ? nsents - 1 : 0;
    sc->gold_bounds += gb;
    sc->pred_bounds += pb;
    g = 0;
    for (uint32_t p = 0; p < pb; p++) {
        while (g < gb && d->sents[g].end < sents[p].end)
            g++;
        if (g < gb && d->sents[g].end == sents[p].end) {
            sc->match_bounds++;
            g++;
        }
    }

    /* Tokens: the sentences' token arrays are consecutive in text order. */
    size_t npred = 0;
    for (uint32_t s = 0; s < nsents; s++)
        npred += sents[s].ntokens;
    const sr_token *pred = nsents ? sents[0].tokens : NULL;
    size_t merged = 0, p = 0;
    for (size_t k = 0; k < d->ntoks; k++) {
        const span *gt = &d->toks[k];
        while (p < npred && pred[p].start < gt->start)
            p++;
        int hit = 0;
        if (p < npred && pred[p].start == gt->start) {
            if (pred[p].end == gt->end) {
                hit = 1;
            } else if (gt->mwt) {
                size_t q = p;
                while (q + 1 < npred && pred[q].end < gt->end &&
                       pred[q + 1].start == pred[q].end)
                    q++;
                if (pred[q].end == gt->end) {
                    hit = 1;
                    merged += q - p;
                }
            }
        }
        if (hit) {
            sc->match_toks++;
        } else if (log) {
            fprintf(log, "-tok\t%.*s\t", (int)(gt->end - gt->start), text + gt->start);
            for (size_t q = p > 0 ? p - 1 : 0; q < npred && pred[q].start < gt->end; q++)
                if (pred[q].end > gt->start)
                    fprintf(log, "[%.*s]", (int)(pred[q].end - pred[q].start),
                            text + pred[q].start);
            fputc('\n', log);
        }
    }
    sc->gold_toks += d->ntoks;
    sc->pred_toks += npred - merged;

reset:
    sr_arena_reset(arena);
    sr_buf_clear(&d->text);
    d->nsents = d->ntoks = 0;
    d->cursor = d->sent_end = 0;
    d->has_sentence = 0;
    d->mwt_last = 0;
}

static void add_sentence(gold_doc *d, const char *s, size_t len)
{
    while (len > 0 && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
        len--;
    if (d->text.len > 0)
        sr_buf_putc(&d->text, ' ');
    size_t start = d->text.len;
    sr_buf_append(&d->text, s, len);
    push_span(&d->sents, &d->nsents, &d->csents, start, start + len, 0);
    d->cursor = start;
    d->sent_end = start + len;
    d->has_sentence = 1;
    d->mwt_last = 0;
}

/* Finds form in the current sentence's text, after the previous token. */
static int place_token(gold_doc *d, const char *form, size_t flen, int mwt)
{
    if (!d->has_sentence || flen == 0)
        return 0;
    const char *base = d->text.data + d->cursor;
    const char *hit = memmem(base, d->sent_end - d->cursor, form, flen);
    if (!hit)
        return 0;
    size_t start = (size_t)(hit - d->text.data);
    push_span(&d->toks, &d->ntoks, &d->ctoks, start, start + flen, mwt);
    d->cursor = start + flen;
    return 1;
}

static int parse_id(const char *s, size_t len, long *a, long *b, int *kind)
{
    char buf[32];
    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    char *end;
    errno = 0;
    *a = strtol(buf, &end, 10);
    if (end == buf || errno)
        return 0;
    if (*end == '\0') {
        *kind = 0;
        return 1;
    }
    if (*end == '.') {
        *kind = 2;   /* empty node */
        return 1;
    }
    if (*end == '-') {
        *b = strtol(end + 1, &end, 10);
        *kind = 1;
        return *end == '\0';
    }
    return 0;
}

sr_status sr_segment_eval_conllu(const char *path, FILE *log, sr_segment_score *out,
                                 sr_error *err)
{
    memset(out, 0, sizeof *out);
    char *data;
    size_t len;
    if (sr_file_read_all(path, &data, &len, err) != SR_OK)
        return SR_EIO;
    gold_doc d;
    memset(&d, 0, sizeof d);
    sr_arena arena = SR_ARENA_INIT;
    sr_status st = SR_OK;
    size_t lineno = 0;
    for (size_t pos = 0; pos < len;) {
        const char *line = data + pos;
        const char *nl = memchr(line, '\n', len - pos);
        size_t ll = nl ? (size_t)(nl - line) : len - pos;
        pos += ll + (nl != NULL);
        lineno++;
        if (ll > 0 && line[ll - 1] == '\r')
            ll--;
        if (ll == 0)
            continue;
        if (line[0] == '#') {
            if (ll >= 8 && memcmp(line, "# newdoc", 8) == 0)
                score_doc(&d, &arena, log, out);
            else if (ll >= 9 && memcmp(line, "# text =", 8) == 0)
                add_sentence(&d, line + 8, ll - 8);
            continue;
        }
        const char *tab1 = memchr(line, '\t', ll);
        const char *tab2 = tab1 ? memchr(tab1 + 1, '\t', ll - (size_t)(tab1 + 1 - line)) : NULL;
        long a, b = 0;
        int kind;
        if (!tab2 || !parse_id(line, (size_t)(tab1 - line), &a, &b, &kind)) {
            set_err(err, SR_EFORMAT, path, lineno,
                    "not a CoNLL-U word line (expected ID<TAB>FORM<TAB>...)");
            st = SR_EFORMAT;
            break;
        }
        const char *form = tab1 + 1;
        size_t flen = (size_t)(tab2 - form);
        int placed = 1;
        if (kind == 1) {
            d.mwt_last = b;
            placed = place_token(&d, form, flen, 1);
        } else if (kind == 0 && a > d.mwt_last) {
            placed = place_token(&d, form, flen, 0);
        }
        if (!placed) {
            out->unplaced++;
            if (log)
                fprintf(log, "unplaced\t%s:%zu\t%.*s\n", path, lineno, (int)flen, form);
        }
    }
    if (st == SR_OK)
        score_doc(&d, &arena, log, out);
    sr_arena_free(&arena);
    sr_buf_free(&d.text);
    free(d.sents);
    free(d.toks);
    free(data);
    return st;
}

void sr_segment_prf(size_t match, size_t pred, size_t gold, double *p, double *r,
                    double *f1)
{
    *p = pred ? (double)match / (double)pred : 0.0;
    *r = gold ? (double)match / (double)gold : 0.0;
    *f1 = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}
