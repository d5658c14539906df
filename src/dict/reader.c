/* Line reader shared by the dictionary loaders (see dict_internal.h). */
#include "dict/dict_internal.h"

#include "base/alloc.h"
#include "base/file.h"
#include "text/utf8.h"

#include <stdio.h>
#include <string.h>

sr_status sr_dict_reader_open(sr_dict_reader *r, sr_dict *d, const char *path,
                              sr_dict_diags *diags, sr_error *err)
{
    memset(r, 0, sizeof *r);
    char *buf;
    size_t len;
    if (sr_file_read_all(path, &buf, &len, err) != SR_OK)
        return SR_EIO;
    r->path = path;
    r->file = sr_dict_intern_file(d, path);
    r->buf = buf;
    r->len = len;
    r->next_lineno = 1;
    r->d = d;
    r->diags = diags;
    return SR_OK;
}

void sr_dict_reader_close(sr_dict_reader *r)
{
    if (r->suppressed && r->diags) {
        /* Past the cap: one last line says how many were left out. */
        size_t n = r->suppressed;
        r->nreported = 0;
        r->suppressed = 0;
        sr_dict_report(r, r->lineno, SR_DIAG_WARNING,
                       "%zu further diagnostics for this file not listed (is it the right "
                       "kind of dictionary?)", n);
        r->diags->nwarnings--; /* the summary is not a finding of its own */
    }
    free(r->buf);
    r->buf = NULL;
}

/* Removes comments from s (NUL-terminated, length *len), in place. */
static char *strip_comments(sr_dict_reader *r, char *s, size_t *len)
{
    if (r->in_comment) {
        char *end = strstr(s, "-->");
        if (!end) {
            *len = 0;
            return s;
        }
        r->in_comment = 0;
        s = end + 3;
        *len = strlen(s);
    }
    int depth = 0;
    for (size_t i = 0; i < *len; i++) {
        char c = s[i];
        if (c == '[')
            depth++;
        else if (c == ']' && depth > 0)
            depth--;
        else if (c == '<' && strncmp(s + i, "<!--", 4) == 0) {
            char *end = strstr(s + i + 4, "-->");
            if (!end) {
                r->in_comment = 1;
                s[i] = '\0';
                *len = i;
                return s;
            }
            size_t rest = strlen(end + 3);
            memmove(s + i, end + 3, rest + 1);
            *len = i + rest;
            i--; /* look at what moved into place */
        } else if ((c == '#' || (c == ';' && r->semicolons)) && depth == 0) {
            s[i] = '\0';
            *len = i;
            return s;
        }
    }
    return s;
}

int sr_dict_reader_next(sr_dict_reader *r, char **line, size_t *len)
{
    while (r->pos < r->len) {
        char *s = r->buf + r->pos;
        char *nl = memchr(s, '\n', r->len - r->pos);
        size_t n = nl ? (size_t)(nl - s) : r->len - r->pos;
        r->pos += n + (nl ? 1 : 0);
        r->lineno = r->next_lineno++;
        s[n] = '\0';
        if (n && s[n - 1] == '\r')
            s[--n] = '\0';
        if (memchr(s, '\0', n)) {
            sr_dict_report(r, r->lineno, SR_DIAG_ERROR, "NUL byte in line; line skipped");
            continue;
        }
        size_t lead = 0;
        while (lead < n && (s[lead] == ' ' || s[lead] == '\t'))
            lead++;
        /* PETRARCH2 drops any line that starts with "<!", even a malformed
         * "<! -- ... -->"; a real "<!--" without "-->" still runs on. */
        if (!r->in_comment && strncmp(s + lead, "<!", 2) == 0 &&
            strncmp(s + lead, "<!--", 4) != 0)
            continue;
        s = strip_comments(r, s, &n);
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
            s[--n] = '\0';
        size_t k = 0;
        while (k < n && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (k == n)
            continue;
        size_t bad;
        if (!sr_utf8_valid(s, n, &bad)) {
            sr_dict_report(r, r->lineno, SR_DIAG_ERROR,
                         "invalid UTF-8 at byte %zu; line skipped", bad + 1);
            continue;
        }
        *line = s;
        *len = n;
        return 1;
    }
    return 0;
}
