/* Issue lists (docs/dictionaries.md, "Issues"): "phrase [CODE]" lines in
 * <ISSUE CATEGORY="..."> sections, "~phrase" and "~~phrase" exclusions,
 * and the expansions n: (noun plural), v: (verb forms) and '+' (blank or
 * hyphen). */
#include "dict/dict_internal.h"

#include "base/alloc.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

enum { FORMS_MAX = 64, ISSUE_MAX = 512 };

typedef struct forms {
    char text[FORMS_MAX][ISSUE_MAX];
    size_t len[FORMS_MAX];
    size_t n;
    int overflow;
} forms;

static void add_form(forms *f, const char *s, size_t len)
{
    if (f->n == FORMS_MAX || len >= ISSUE_MAX) {
        f->overflow = 1;
        return;
    }
    memcpy(f->text[f->n], s, len);
    f->text[f->n][len] = '\0';
    f->len[f->n++] = len;
}

/* '-' counts because "pre+n:school" becomes "pre-n:school" before its
 * n: is expanded. */
static int word_start(const char *s, size_t i)
{
    return i == 0 || s[i - 1] == ' ' || s[i - 1] == '+' || s[i - 1] == '\t' ||
           s[i - 1] == '-';
}

/* Replaces s[at..at+cut) by rep and recurses on the result. */
static void expand(forms *f, const char *s, size_t len, int depth);

static void splice(forms *f, const char *s, size_t len, size_t at, size_t cut,
                   const char *rep, size_t rl, int depth)
{
    char buf[ISSUE_MAX];
    if (len - cut + rl >= sizeof buf) {
        f->overflow = 1;
        return;
    }
    memcpy(buf, s, at);
    memcpy(buf + at, rep, rl);
    memcpy(buf + at + rl, s + at + cut, len - at - cut);
    expand(f, buf, len - cut + rl, depth + 1);
}

static void expand(forms *f, const char *s, size_t len, int depth)
{
    if (f->overflow)
        return; /* stop exploring: the line is rejected anyway */
    if (depth > 16) {
        f->overflow = 1;
        return;
    }
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '+') {
            splice(f, s, len, i, 1, " ", 1, depth);
            splice(f, s, len, i, 1, "-", 1, depth);
            return;
        }
        if ((s[i] == 'N' || s[i] == 'V') && i + 1 < len && s[i + 1] == ':' && word_start(s, i)) {
            size_t b = i + 2, e = b;
            while (e < len && s[e] != ' ' && s[e] != '\t' && s[e] != '+')
                e++;
            char out[ISSUE_MAX];
            size_t n;
            splice(f, s, len, i, e - i, s + b, e - b, depth);
            if (s[i] == 'N') {
                n = sr_inflect_plural(s + b, e - b, out, sizeof out);
                if (n)
                    splice(f, s, len, i, e - i, out, n, depth);
            } else {
                size_t (*fn[3])(const char *, size_t, char *, size_t) = {
                    sr_inflect_3sg, sr_inflect_past, sr_inflect_ing};
                for (int k = 0; k < 3; k++) {
                    n = fn[k](s + b, e - b, out, sizeof out);
                    if (n)
                        splice(f, s, len, i, e - i, out, n, depth);
                }
            }
            return;
        }
    }
    add_form(f, s, len);
}

/* sitrep's tokenizer splits most hyphenated words ("cease-fire" is
 * CEASE - FIRE) but keeps some whole ("anti-government"), and other
 * tokenizers differ again, so a form with a hyphen inside a word is also
 * stored split, pointing at the same entry. The split spelling is the same
 * phrase read another way: it is not counted in the stats, and it never
 * replaces an entry written out in the file. */
static void add_split_spelling(sr_dict *d, sr_issue *x, const char *text, size_t len)
{
    size_t hyphens = 0;
    for (size_t i = 1; i + 1 < len; i++)
        if (text[i] == '-' && text[i - 1] != ' ' && text[i + 1] != ' ')
            hyphens++;
    if (!hyphens)
        return;
    char *split = sr_arena_alloc(&d->arena, len + 2 * hyphens + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && i + 1 < len && text[i] == '-' && text[i - 1] != ' ' && text[i + 1] != ' ') {
            memcpy(split + n, " - ", 3);
            n += 3;
        } else {
            split[n++] = text[i];
        }
    }
    uint32_t node = sr_trie_add_phrase(&d->issues, &d->arena, split, n, 0);
    if (node && !d->issues.value[node])
        d->issues.value[node] = x;
}

static void issue_line(sr_dict *d, sr_dict_reader *r, char *s, size_t len,
                       const char *category, forms *f)
{
    sr_issue_kind kind = SR_ISSUE_CODE;
    const char *code = NULL;
    size_t line = r->lineno;
    if (s[0] == '~') {
        kind = SR_ISSUE_IGNORE_SENTENCE;
        s++;
        len--;
        if (len && s[0] == '~') {
            kind = SR_ISSUE_IGNORE_STORY;
            s++;
            len--;
        }
    } else {
        char *open = memchr(s, '[', len);
        char *close = open ? memchr(open, ']', len - (size_t)(open - s)) : NULL;
        if (!open || !close) {
            /* PETRARCH2 passes over such lines without a word. */
            sr_dict_report(r, line, SR_DIAG_WARNING,
                           "issue phrase \"%.*s\" has no [CODE] (exclusions start with '~'); "
                           "ignored", (int)len, s);
            return;
        }
        for (char *p = close + 1; p < s + len; p++)
            if (*p != ' ' && *p != '\t') {
                sr_dict_report(r, line, SR_DIAG_ERROR,
                             "unexpected \"%.*s\" after the issue code; line skipped",
                             (int)(s + len - p), p);
                return;
            }
        size_t cl = (size_t)(close - open - 1);
        char *c = sr_dict_trim(open + 1, &cl);
        if (!cl || memchr(c, ' ', cl) || memchr(c, '\t', cl)) {
            sr_dict_report(r, line, SR_DIAG_ERROR, "issue code [%.*s] is not one word; "
                         "line skipped", (int)(close - open - 1), open + 1);
            return;
        }
        code = sr_dict_upper_dup(d, c, cl);
        len = (size_t)(open - s);
    }
    s = sr_dict_trim(s, &len);
    if (!len) {
        sr_dict_report(r, line, SR_DIAG_ERROR, "issue line without a phrase; line skipped");
        return;
    }
    char *up = sr_dict_upper_dup(d, s, len);
    f->n = 0;
    f->overflow = 0;
    expand(f, up, len, 0);
    if (f->overflow) {
        sr_dict_report(r, line, SR_DIAG_ERROR,
                     "issue phrase expands to too many forms (more than %d) or is too long; "
                     "line skipped", FORMS_MAX);
        return;
    }
    for (size_t i = 0; i < f->n; i++) {
        char *text = sr_arena_strndup(&d->arena, f->text[i], f->len[i]);
        /* Issues match whole words only, so no stems here. */
        uint32_t node = sr_trie_add_phrase(&d->issues, &d->arena, text, f->len[i], 0);
        if (!node)
            continue;
        sr_issue *x = sr_arena_alloc(&d->arena, sizeof *x);
        x->kind = kind;
        x->code = code;
        x->category = category;
        x->phrase = text;
        x->file = r->file;
        x->line = (uint32_t)line;
        if (d->issues.value[node])
            d->stats.redefined++;
        d->issues.value[node] = x;
        d->stats.issues++;
        add_split_spelling(d, x, text, f->len[i]);
    }
}

/* <ISSUE CATEGORY="NAME" ...>: returns the category, or NULL with a
 * diagnostic. */
static const char *open_section(sr_dict *d, sr_dict_reader *r, const char *s, size_t len)
{
    const char *key = "CATEGORY=\"";
    const char *p = NULL;
    for (size_t i = 0; i + 10 <= len; i++)
        if (strncasecmp(s + i, key, 10) == 0) {
            p = s + i + 10;
            break;
        }
    const char *q = p ? memchr(p, '"', len - (size_t)(p - s)) : NULL;
    if (!q) {
        sr_dict_report(r, r->lineno, SR_DIAG_ERROR,
                     "<ISSUE> without CATEGORY=\"...\"; its issues get no category");
        return NULL;
    }
    return sr_dict_upper_dup(d, p, (size_t)(q - p));
}

sr_status sr_dict_load_issues(sr_dict *d, const char *path, sr_dict_diags *diags,
                              sr_error *err)
{
    sr_dict_reader r;
    sr_status st = sr_dict_reader_open(&r, d, path, diags, err);
    if (st != SR_OK)
        return st;
    forms *f = sr_xmalloc(sizeof *f); /* 32 KB: kept off the stack */
    const char *category = NULL;
    char *line;
    size_t len;
    while (sr_dict_reader_next(&r, &line, &len)) {
        char *s = sr_dict_trim(line, &len);
        if (len >= 6 && strncasecmp(s, "<ISSUE", 6) == 0) {
            category = open_section(d, &r, s, len);
        } else if (len >= 7 && strncasecmp(s, "</ISSUE", 7) == 0) {
            category = NULL;
        } else if (s[0] == '<') {
            sr_dict_report(&r, r.lineno, SR_DIAG_ERROR, "unknown tag \"%.*s\"; line skipped",
                         (int)len, s);
        } else {
            issue_line(d, &r, s, len, category, f);
        }
    }
    free(f);
    sr_dict_reader_close(&r);
    return SR_OK;
}
