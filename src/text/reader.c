/* reader.c - opening an input, detecting its format, dispatching to the
 * format readers, and the helpers they share (see reader_impl.h). */
#include "text/reader_impl.h"
#include "base/error.h"
#include "text/utf8.h"
#include "base/alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Past this many control bytes per hundred in the first bytes, an input is
 * taken as binary rather than as text with a few stray bytes. */
enum { BINARY_CONTROL_PERCENT = 10 };

/* How far past the first SR_READER_SNIFF bytes we look for something other
 * than white space before calling an input empty. */
enum { EMPTY_SCAN_MAX = 1 << 24 };

SR_EXPORT void sr_record_free(sr_record *r)
{
    if (!r)
        return;
    free(r->id);
    free(r->date);
    free(r->title);
    free(r->url);
    free(r->source);
    free(r->text);
    free(r->parse);
    free(r->category);
    free(r->gold);
    free(r->options);
    /* r->file lives in the same allocation as r. */
    free(r);
}

static const char *const format_names[] = {
    [SR_FORMAT_AUTO] = "auto",
    [SR_FORMAT_TEXT] = "text",
    [SR_FORMAT_JSONL] = "jsonl",
    [SR_FORMAT_PETRARCH] = "petrarch",
    [SR_FORMAT_CONLLU] = "conllu",
};

SR_EXPORT sr_status sr_format_parse(const char *name, sr_format *out)
{
    if (!name || !out)
        return SR_EUSAGE;
    for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++) {
        if (strcmp(name, format_names[i]) == 0) {
            *out = (sr_format)i;
            return SR_OK;
        }
    }
    return SR_EUSAGE;
}

SR_EXPORT const char *sr_format_name(sr_format f)
{
    if ((size_t)f >= sizeof format_names / sizeof format_names[0])
        return "unknown";
    return format_names[f];
}

SR_EXPORT sr_read_options sr_read_options_default(void)
{
    sr_read_options o;
    memset(&o, 0, sizeof o);
    o.format = SR_FORMAT_AUTO;
    o.max_record = SR_DEFAULT_MAX_RECORD;
    return o;
}

/* ------------------------------------------------------------ helpers */

sr_record *sr_reader_record_new(const sr_reader *r, size_t line)
{
    size_t nlen = strlen(r->name);
    sr_record *rec = sr_xcalloc(1, sizeof *rec + nlen + 1);
    char *file = (char *)(rec + 1);
    memcpy(file, r->name, nlen + 1);
    rec->file = file;
    rec->line = line;
    rec->index = r->nrecords;
    return rec;
}

sr_status sr_reader_fail(const sr_reader *r, sr_error *err, sr_status code,
                         size_t line, size_t record, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sr_error_setv(err, code, r->name, line, fmt, ap);
    va_end(ap);
    if (err)
        err->record = record;
    return code;
}

int sr_reader_check_utf8(const sr_reader *r, const char *s, size_t len,
                         size_t first_line, size_t first_col, size_t record,
                         sr_error *err)
{
    size_t bad;
    const char *nul = memchr(s, '\0', len);
    int valid = sr_utf8_valid(s, len, &bad);
    if (valid && !nul)
        return 1;
    /* A NUL would silently cut the text short for anyone using it as a C
     * string, so it is as unreadable as a bad UTF-8 byte. */
    if (nul && (valid || (size_t)(nul - s) < bad))
        bad = (size_t)(nul - s);
    size_t line = first_line, line_start = 0;
    for (size_t i = 0; i < bad; i++) {
        if (s[i] == '\n') {
            line++;
            line_start = i + 1;
        }
    }
    size_t col = bad - line_start + (line == first_line ? first_col : 1);
    if (s[bad] == '\0')
        sr_reader_fail(r, err, SR_EBADRECORD, line, record,
                       "NUL byte at line %zu, column %zu", line, col);
    else
        sr_reader_fail(r, err, SR_EBADRECORD, line, record,
                       "invalid UTF-8 at line %zu, column %zu (byte 0x%02X)",
                       line, col, (unsigned)(unsigned char)s[bad]);
    return 0;
}

sr_status sr_reader_too_long(const sr_reader *r, sr_error *err, size_t line,
                             size_t record, const char *what, size_t size)
{
    return sr_reader_fail(r, err, SR_EBADRECORD, line, record,
                          "%s of %zu bytes exceeds the limit of %zu bytes (max_record)",
                          what, size, r->opt.max_record);
}

static int digits(const char *s, size_t n, int *out)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

static int days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

/* "hh:mm[:ss[.fff]]" then an optional zone; the whole of s[0..len). */
static int valid_time(const char *s, size_t len)
{
    int hh, mm, ss;
    if (len < 5 || !digits(s, 2, &hh) || s[2] != ':' || !digits(s + 3, 2, &mm) ||
        hh > 24 || mm > 59)
        return 0;
    size_t i = 5;
    if (i < len && s[i] == ':') {
        if (len < i + 3 || !digits(s + i + 1, 2, &ss) || ss > 60)
            return 0;
        i += 3;
        if (i < len && (s[i] == '.' || s[i] == ',')) {
            size_t start = ++i;
            while (i < len && s[i] >= '0' && s[i] <= '9')
                i++;
            if (i == start)
                return 0;
        }
    }
    if (i == len)
        return 1;
    if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == len)
        return 1;
    if (s[i] != '+' && s[i] != '-')
        return 0;
    i++;
    int zh, zm;
    if (len - i == 2)
        return digits(s + i, 2, &zh) && zh <= 23;
    if (len - i == 4)
        return digits(s + i, 2, &zh) && digits(s + i + 2, 2, &zm) && zh <= 23 && zm <= 59;
    if (len - i == 5)
        return digits(s + i, 2, &zh) && s[i + 2] == ':' && digits(s + i + 3, 2, &zm) &&
               zh <= 23 && zm <= 59;
    return 0;
}

int sr_reader_parse_date(const char *s, size_t len, char out[11])
{
    int y, m, d;
    if (len < 10 || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &m) ||
        s[7] != '-' || !digits(s + 8, 2, &d))
        return 0;
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return 0;
    if (len > 10) {
        if (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
            return 0;
        if (!valid_time(s + 11, len - 11))
            return 0;
    }
    memcpy(out, s, 10);
    out[10] = '\0';
    return 1;
}

/* ------------------------------------------------------------ detection */

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_binary(const char *p, size_t n)
{
    if (memchr(p, '\0', n))
        return 1;
    size_t control = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if ((c < 0x20 && !is_space((char)c) && c != 0x1B) || c == 0x7F)
            control++;
    }
    return control * 100 > n * BINARY_CONTROL_PERCENT;
}

static int starts_with(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && memcmp(s, prefix, k) == 0;
}

/* A CoNLL-U word line: an ID (1, 1-2 or 1.1), a tab, and ten columns in
 * all (or as many tabs as fit when the sniffed bytes end mid-line). */
static int conllu_word_line(const char *s, size_t n, int cut)
{
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == 0)
        return 0;
    if (i < n && (s[i] == '-' || s[i] == '.')) {
        size_t j = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == j)
            return 0;
    }
    if (i >= n || s[i] != '\t')
        return 0;
    size_t tabs = 0;
    for (size_t k = i; k < n; k++)
        tabs += s[k] == '\t';
    return tabs == 9 || (cut && tabs < 9);
}

static sr_format detect(const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && is_space(p[i]))
        i++;
    if (i < n && p[i] == '{')
        return SR_FORMAT_JSONL;
    if (i < n && p[i] == '<')
        return SR_FORMAT_PETRARCH;
    /* CoNLL-U: leading comment lines, one of which is a CoNLL-U comment, or
     * whose first non-comment line is a word line. */
    while (i < n) {
        while (i < n && is_space(p[i]))
            i++;
        const char *nl = memchr(p + i, '\n', n - i);
        size_t len = nl ? (size_t)(nl - (p + i)) : n - i;
        const char *line = p + i;
        if (len && line[len - 1] == '\r')
            len--;
        if (line[0] == '#') {
            if (starts_with(line, len, "# sent_id") || starts_with(line, len, "# text =") ||
                starts_with(line, len, "# newdoc"))
                return SR_FORMAT_CONLLU;
        } else {
            return conllu_word_line(line, len, nl == NULL) ? SR_FORMAT_CONLLU : SR_FORMAT_TEXT;
        }
        if (!nl)
            break;
        i = (size_t)(nl - p) + 1;
    }
    return SR_FORMAT_TEXT;
}

/* ------------------------------------------------------------ the reader */

SR_EXPORT sr_status sr_reader_open(const char *path, const sr_read_options *opt,
                                   sr_reader **out, sr_error *err)
{
    sr_read_options o = opt ? *opt : sr_read_options_default();
    const char *name = (!path || strcmp(path, "-") == 0) ? "-" : path;
    sr_reader tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.name = (char *)name;
    if (!out)
        return sr_reader_fail(&tmp, err, SR_EUSAGE, 0, 0, "no place for the reader");
    *out = NULL;
    if ((size_t)o.format > SR_FORMAT_CONLLU)
        return sr_reader_fail(&tmp, err, SR_EUSAGE, 0, 0, "unknown input format %d",
                              (int)o.format);
    char date[11];
    if (o.date && (strlen(o.date) != 10 || !sr_reader_parse_date(o.date, 10, date)))
        return sr_reader_fail(&tmp, err, SR_EUSAGE, 0, 0,
                              "invalid date \"%s\": expected an existing day as YYYY-MM-DD",
                              o.date);
    if (o.max_record == 0)
        o.max_record = SR_DEFAULT_MAX_RECORD;

    sr_lines *in;
    sr_status st = sr_lines_open(path, name, &in, err);
    if (st != SR_OK)
        return st;
    const char *p;
    size_t n;
    st = sr_lines_peek(in, SR_READER_SNIFF, &p, &n, err);
    if (st != SR_OK) {
        sr_lines_close(in);
        return st;
    }
    if (is_binary(p, n)) {
        sr_lines_close(in);
        return sr_reader_fail(&tmp, err, SR_EFORMAT, 0, 0, "binary data, not text");
    }
    /* Only white space so far: look further before calling the input empty. */
    size_t want = SR_READER_SNIFF;
    for (;;) {
        size_t i = 0;
        while (i < n && is_space(p[i]))
            i++;
        if (i < n)
            break;
        if (n < want || want >= EMPTY_SCAN_MAX) {
            sr_lines_close(in);
            if (n < want)
                return sr_reader_fail(&tmp, err, SR_EFORMAT, 0, 0, "empty input");
            return sr_reader_fail(&tmp, err, SR_EFORMAT, 0, 0,
                                  "empty input (only white space in the first %zu bytes)", n);
        }
        want *= 4;
        st = sr_lines_peek(in, want, &p, &n, err);
        if (st != SR_OK) {
            sr_lines_close(in);
            return st;
        }
    }

    sr_reader *r = sr_xcalloc(1, sizeof *r);
    r->in = in;
    r->name = sr_xstrdup(name);
    r->opt = o;
    if (o.date)
        r->opt.date = r->opt_date = sr_xstrdup(o.date);
    if (o.id)
        r->opt.id = r->opt_id = sr_xstrdup(o.id);
    if (o.format == SR_FORMAT_AUTO) {
        /* Detect from the first non-blank bytes, wherever they start. */
        size_t i = 0;
        while (i < n && is_space(p[i]))
            i++;
        while (i > 0 && p[i - 1] != '\n')
            i--;
        r->format = detect(p + i, n - i);
    } else {
        r->format = o.format;
    }
    switch (r->format) {
    case SR_FORMAT_JSONL:
        sr_read_jsonl_init(r);
        break;
    case SR_FORMAT_PETRARCH:
        sr_read_petrarch_init(r);
        break;
    case SR_FORMAT_CONLLU:
        sr_read_conllu_init(r);
        break;
    default:
        sr_read_text_init(r);
        break;
    }
    *out = r;
    return SR_OK;
}

SR_EXPORT sr_status sr_reader_next(sr_reader *r, sr_record **out, sr_error *err)
{
    if (!out)
        return SR_EUSAGE;
    *out = NULL;
    if (!r)
        return SR_EUSAGE;
    if (r->done)
        return SR_END;
    sr_status st = r->ops->next(r, out, err);
    if (st != SR_OK && st != SR_EBADRECORD)
        r->done = 1;
    return st;
}

SR_EXPORT sr_format sr_reader_format(const sr_reader *r)
{
    return r ? r->format : SR_FORMAT_AUTO;
}

SR_EXPORT void sr_reader_free(sr_reader *r)
{
    if (!r)
        return;
    if (r->ops && r->ops->free)
        r->ops->free(r->state);
    sr_lines_close(r->in);
    free(r->name);
    free(r->opt_date);
    free(r->opt_id);
    free(r);
}
