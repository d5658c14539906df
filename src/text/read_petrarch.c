/* read_petrarch.c - PETRARCH XML records and UD-PETRARCH validation files.
 *
 * These files are XML in spirit only: comments nest (a header comment quotes
 * "<!-- ... -->"), PLOVER events are written as "<PLEvent {json}>" pseudo-
 * tags, and <Config .../> settings sit between records. So this is not an
 * XML parser: a scanner walks the lines, counting comment depth, and cuts
 * out each <Sentence>...</Sentence> at depth 0; a second pass reads the
 * parts of that one record. A record that cannot be read is reported and
 * skipped; the scan goes on from the next <Sentence>. Memory is bounded by
 * max_record: a record past the limit is scanned to its end but not kept. */
#include "text/reader_impl.h"
#include "text/conllu.h"
#include "base/alloc.h"
#include "base/arena.h"
#include "base/buf.h"

#include <stdio.h>
#include <string.h>

typedef struct petr_state {
    sr_line line;          /* current line, valid until the next read */
    int have_line;
    size_t pos;            /* scan position in line */
    int depth;             /* comment nesting outside records */
    size_t comment_line;   /* where the outermost open comment began */
    int reported_open;     /* the unclosed comment at the end was reported */
    int in_record;
    int rec_depth;         /* comment nesting inside the record */
    size_t rec_line, rec_col, rec_index, rec_size;
    int over;              /* the record passed max_record */
    sr_buf raw;            /* the record's bytes, lines joined with "\n" */
    int in_config;         /* inside a <Config tag that spans lines */
    size_t config_line;
    sr_buf tag;
    char **names, **values;  /* <Config> settings so far, in order */
    size_t noptions, cap;
} petr_state;

static int has_prefix(const char *s, size_t len, size_t i, const char *p)
{
    size_t k = strlen(p);
    return len - i >= k && memcmp(s + i, p, k) == 0;
}

/* "<Name" at i followed by a character that ends a tag name. */
static int tag_at(const char *s, size_t len, size_t i, const char *name)
{
    if (!has_prefix(s, len, i, name))
        return 0;
    size_t k = i + strlen(name);
    return k == len || s[k] == ' ' || s[k] == '\t' || s[k] == '>' || s[k] == '/' ||
           s[k] == '\r' || s[k] == '\n';
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* ------------------------------------------------------------ entities */

static void put_utf8(sr_buf *b, unsigned long cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    sr_buf_append(b, u, n);
}

/* Length of the entity at s (starting with '&') and its decoding, or 0
 * when it is not one we know; such text is kept as it stands. */
static size_t entity(const char *s, size_t len, sr_buf *out)
{
    static const struct { const char *name; char c; } named[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''},
    };
    for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
        if (has_prefix(s, len, 0, named[k].name)) {
            sr_buf_putc(out, named[k].c);
            return strlen(named[k].name);
        }
    }
    if (len < 4 || s[1] != '#')
        return 0;
    int hex = s[2] == 'x' || s[2] == 'X';
    size_t i = hex ? 3 : 2, start = i;
    unsigned long cp = 0;
    while (i < len && i - start < 8) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            break;
        cp = cp * (hex ? 16 : 10) + (unsigned long)d;
        i++;
    }
    if (i == start || i >= len || s[i] != ';')
        return 0;
    /* NUL, surrogates and values past Unicode would make invalid UTF-8. */
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return 0;
    put_utf8(out, cp);
    return i + 1;
}

static void decode(const char *s, size_t len, sr_buf *out)
{
    for (size_t i = 0; i < len;) {
        const char *amp = memchr(s + i, '&', len - i);
        size_t stop = amp ? (size_t)(amp - s) : len;
        sr_buf_append(out, s + i, stop - i);
        i = stop;
        if (i < len) {
            size_t n = entity(s + i, len - i, out);
            if (n == 0) {
                sr_buf_putc(out, '&');
                n = 1;
            }
            i += n;
        }
    }
}

static char *decoded_string(const char *s, size_t len)
{
    sr_buf b = SR_BUF_INIT;
    decode(s, len, &b);
    return sr_buf_detach(&b);
}

/* ------------------------------------------------------------ attributes */

/* Finds name="value" (or 'value', or a bare value) in a start tag; sets
 * *v and *vlen to the raw value. The tag name itself is skipped. */
static int attr_find(const char *tag, size_t len, const char *name, const char **v,
                     size_t *vlen)
{
    size_t i = 1, nlen = strlen(name);
    while (i < len && !is_ws(tag[i]) && tag[i] != '>' && tag[i] != '/')
        i++;
    while (i < len) {
        while (i < len && (is_ws(tag[i]) || tag[i] == '/'))
            i++;
        if (i >= len || tag[i] == '>')
            return 0;
        size_t ns = i;
        while (i < len && !is_ws(tag[i]) && tag[i] != '=' && tag[i] != '>')
            i++;
        size_t ne = i;
        while (i < len && is_ws(tag[i]))
            i++;
        if (i >= len || tag[i] != '=')
            continue;
        i++;
        while (i < len && is_ws(tag[i]))
            i++;
        size_t vs, ve;
        if (i < len && (tag[i] == '"' || tag[i] == '\'')) {
            char q = tag[i++];
            vs = i;
            while (i < len && tag[i] != q)
                i++;
            ve = i;
            if (i < len)
                i++;
        } else {
            vs = i;
            while (i < len && !is_ws(tag[i]) && tag[i] != '>')
                i++;
            ve = i;
        }
        if (ne - ns == nlen && memcmp(tag + ns, name, nlen) == 0) {
            *v = tag + vs;
            *vlen = ve - vs;
            return 1;
        }
    }
    return 0;
}

static char *attr_string(const char *tag, size_t len, const char *name)
{
    const char *v;
    size_t vl;
    if (!attr_find(tag, len, name, &v, &vl))
        return NULL;
    return decoded_string(v, vl);
}

/* End of the tag starting at s[i] (index just past '>'), honouring quotes,
 * or 0 when it does not end within len. */
static size_t tag_end(const char *s, size_t len, size_t i)
{
    char q = 0;
    for (; i < len; i++) {
        if (q) {
            if (s[i] == q)
                q = 0;
        } else if (s[i] == '"' || s[i] == '\'') {
            q = s[i];
        } else if (s[i] == '>') {
            return i + 1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------ config */

static void set_option(petr_state *s, char *name, char *value)
{
    for (size_t i = 0; i < s->noptions; i++) {
        if (strcmp(s->names[i], name) == 0) {
            free(s->values[i]);
            s->values[i] = value;
            free(name);
            return;
        }
    }
    size_t cap = s->cap;
    SR_GROW(s->names, cap, s->noptions + 1);
    SR_GROW(s->values, s->cap, s->noptions + 1);
    s->names[s->noptions] = name;
    s->values[s->noptions] = value;
    s->noptions++;
}

static sr_status read_config(sr_reader *r, const char *tag, size_t len, size_t line,
                             sr_error *err)
{
    petr_state *s = r->state;
    char *name = attr_string(tag, len, "option");
    char *value = attr_string(tag, len, "value");
    if (!name || !value || !*name) {
        free(name);
        free(value);
        return sr_reader_fail(r, err, SR_EBADRECORD, line, 0,
                              "<Config> needs option=\"...\" and value=\"...\"; ignored");
    }
    set_option(s, name, value);
    return SR_OK;
}

static char *options_text(const petr_state *s)
{
    if (s->noptions == 0)
        return NULL;
    sr_buf b = SR_BUF_INIT;
    for (size_t i = 0; i < s->noptions; i++)
        sr_buf_printf(&b, "%s=%s\n", s->names[i], s->values[i]);
    return sr_buf_detach(&b);
}

/* ------------------------------------------------------------ one record */

/* Text content: each line break, with the blanks around it, becomes one
 * space; the ends are trimmed; entities are decoded. */
static char *flatten_text(const char *s, size_t len, size_t *out_len)
{
    sr_buf flat = SR_BUF_INIT;
    size_t i = 0;
    while (i < len && is_ws(s[i]))
        i++;
    while (len > i && is_ws(s[len - 1]))
        len--;
    while (i < len) {
        if (s[i] == '\n' || s[i] == '\r') {
            while (flat.len && (flat.data[flat.len - 1] == ' ' || flat.data[flat.len - 1] == '\t'))
                flat.len--;
            while (i < len && is_ws(s[i]))
                i++;
            sr_buf_putc(&flat, ' ');
            continue;
        }
        sr_buf_putc(&flat, s[i++]);
    }
    sr_buf out = SR_BUF_INIT;
    decode(flat.data ? flat.data : "", flat.len, &out);
    sr_buf_free(&flat);
    *out_len = out.len;
    return sr_buf_detach(&out);
}

/* Index just past the comment opened at s[i], nested comments included,
 * or len when it is not closed. */
static size_t skip_comment(const char *s, size_t len, size_t i)
{
    int depth = 0;
    while (i < len) {
        if (has_prefix(s, len, i, "<!--")) {
            depth++;
            i += 4;
        } else if (has_prefix(s, len, i, "-->")) {
            i += 3;
            if (--depth == 0)
                return i;
        } else {
            i++;
        }
    }
    return len;
}

/* Index just past "<PLEvent {...}>": braces and JSON strings are skipped so
 * a '>' inside them does not end the tag. */
static size_t skip_plevent(const char *s, size_t len, size_t i)
{
    int braces = 0, in_str = 0;
    for (; i < len; i++) {
        char c = s[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = 0;
        } else if (c == '"') {
            in_str = 1;
        } else if (c == '{') {
            braces++;
        } else if (c == '}') {
            braces--;
        } else if (c == '>' && braces <= 0) {
            return i + 1;
        }
    }
    return len;
}

static size_t line_at(const char *s, size_t off, size_t first_line)
{
    size_t line = first_line;
    for (size_t i = 0; i < off; i++)
        line += s[i] == '\n';
    return line;
}

/* Appends the <EventCoding> element at raw[i] to gold as one line and
 * returns the index past it (past "</EventCoding>" for the long form). */
static size_t read_gold(const char *raw, size_t len, size_t i, sr_buf *gold)
{
    size_t e = tag_end(raw, len, i);
    if (e == 0)
        e = len;
    if (e >= 2 && raw[e - 2] != '/') {
        size_t k = e;
        while (k < len && is_ws(raw[k]))
            k++;
        if (has_prefix(raw, len, k, "</EventCoding>"))
            e = k + strlen("</EventCoding>");
    }
    for (size_t k = i; k < e; k++)
        sr_buf_putc(gold, (raw[k] == '\n' || raw[k] == '\r' || raw[k] == '\t') ? ' ' : raw[k]);
    sr_buf_putc(gold, '\n');
    return e;
}

/* Reads <Parse> content raw[a..b) into rec: a Penn tree is only flagged
 * (sitrep does not use it); CoNLL-U is decoded and checked so that a broken
 * parse is reported here, with its line, rather than deep in the pipeline. */
static sr_status read_parse(const sr_reader *r, sr_record *rec, const char *raw, size_t a,
                            size_t b, size_t first_line, sr_error *err)
{
    while (a < b && is_ws(raw[a]))
        a++;
    while (b > a && is_ws(raw[b - 1]))
        b--;
    if (a == b)
        return SR_OK;
    if (raw[a] == '(') {
        rec->parse_is_penn = 1;
        return SR_OK;
    }
    sr_buf p = SR_BUF_INIT;
    decode(raw + a, b - a, &p);
    sr_arena arena = SR_ARENA_INIT;
    sr_conllu_sentence *sents;
    uint32_t ns;
    sr_error cerr;
    memset(&cerr, 0, sizeof cerr);
    sr_status st = sr_conllu_parse(p.data, p.len, line_at(raw, a, first_line), &arena, &sents,
                                   &ns, &cerr);
    sr_arena_free(&arena);
    if (st != SR_OK) {
        sr_buf_free(&p);
        return sr_reader_fail(r, err, SR_EBADRECORD, cerr.line, rec->index,
                              "record %s: bad <Parse>: %s", rec->id, cerr.message);
    }
    rec->parse = sr_buf_detach(&p);
    return SR_OK;
}

/* The attributes of the <Sentence> start tag raw[0..head_end). */
static sr_status read_head(const sr_reader *r, sr_record *rec, const char *raw,
                           size_t head_end, sr_error *err)
{
    rec->id = attr_string(raw, head_end, "id");
    if (!rec->id) {
        sr_buf b = SR_BUF_INIT;
        sr_buf_printf(&b, "%s#%zu", r->name, rec->index);
        rec->id = sr_buf_detach(&b);
    }
    char *date = attr_string(raw, head_end, "date");
    if (date) {
        char iso[11], dashed[11];
        size_t dl = strlen(date);
        int ok;
        if (dl == 8 && strspn(date, "0123456789") == 8) {
            snprintf(dashed, sizeof dashed, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
            ok = sr_reader_parse_date(dashed, 10, iso);
        } else {
            ok = sr_reader_parse_date(date, dl, iso);
        }
        if (!ok) {
            sr_status st = sr_reader_fail(r, err, SR_EBADRECORD, rec->line, rec->index,
                                          "record %s: date \"%.40s\" is not a valid YYYYMMDD "
                                          "date", rec->id, date);
            free(date);
            return st;
        }
        rec->date = sr_xstrdup(iso);
        free(date);
    }
    rec->category = attr_string(raw, head_end, "category");
    rec->source = attr_string(raw, head_end, "source");
    char *eval = attr_string(raw, head_end, "evaluate");
    rec->evaluate = eval && (strcmp(eval, "true") == 0 || strcmp(eval, "True") == 0 ||
                             strcmp(eval, "TRUE") == 0);
    free(eval);
    return SR_OK;
}

static sr_status build_record(sr_reader *r, sr_record **out, sr_error *err)
{
    petr_state *s = r->state;
    const char *raw = s->raw.data;
    size_t len = s->raw.len, n = s->rec_index, line = s->rec_line;
    size_t head_end = tag_end(raw, len, 1);
    if (head_end == 0)
        return sr_reader_fail(r, err, SR_EBADRECORD, line, n,
                              "record %zu: the <Sentence> start tag is not closed", n);
    sr_record *rec = sr_reader_record_new(r, line);
    rec->index = n;
    sr_status st = read_head(r, rec, raw, head_end, err);
    sr_buf gold = SR_BUF_INIT;
    int have_text = 0;
    size_t i = head_end;
    while (st == SR_OK && i < len) {
        const char *lt = memchr(raw + i, '<', len - i);
        if (!lt)
            break;
        i = (size_t)(lt - raw);
        if (has_prefix(raw, len, i, "<!--")) {
            i = skip_comment(raw, len, i);
        } else if (tag_at(raw, len, i, "<EventCoding")) {
            i = read_gold(raw, len, i, &gold);
        } else if (tag_at(raw, len, i, "<Text") || tag_at(raw, len, i, "<Parse")) {
            int is_text = raw[i + 1] == 'T';
            const char *close_tag = is_text ? "</Text>" : "</Parse>";
            size_t cs = tag_end(raw, len, i);
            const char *close = cs ? memmem(raw + cs, len - cs, close_tag, strlen(close_tag)) : NULL;
            if (!close) {
                st = sr_reader_fail(r, err, SR_EBADRECORD, line_at(raw, i, line), n,
                                    "record %s: %s is not closed", rec->id,
                                    is_text ? "<Text>" : "<Parse>");
                break;
            }
            size_t ce = (size_t)(close - raw);
            /* Only the first of each counts; the files never repeat them. */
            if (is_text && !have_text) {
                have_text = 1;
                rec->text = flatten_text(raw + cs, ce - cs, &rec->text_len);
            } else if (!is_text && !rec->parse && !rec->parse_is_penn) {
                st = read_parse(r, rec, raw, cs, ce, line, err);
            }
            i = ce + strlen(close_tag);
        } else if (tag_at(raw, len, i, "<PLEvent") || has_prefix(raw, len, i, "<PLEvent{")) {
            i = skip_plevent(raw, len, i);
        } else {
            size_t e = tag_end(raw, len, i);
            i = e ? e : len;
        }
    }
    if (st == SR_OK && !have_text)
        st = sr_reader_fail(r, err, SR_EBADRECORD, line, n,
                            "record %s at line %zu has no <Text>", rec->id, line);
    if (st != SR_OK) {
        sr_buf_free(&gold);
        sr_record_free(rec);
        return st;
    }
    if (gold.len)
        rec->gold = sr_buf_detach(&gold);
    sr_buf_free(&gold);
    rec->options = options_text(s);
    *out = rec;
    return SR_OK;
}

/* ------------------------------------------------------------ the scan */

static void raw_add(petr_state *s, size_t cap, const char *p, size_t n)
{
    s->rec_size += n;
    if (s->rec_size > cap)
        s->over = 1;
    if (!s->over)
        sr_buf_append(&s->raw, p, n);
}

static sr_status finish_record(sr_reader *r, sr_record **out, sr_error *err)
{
    petr_state *s = r->state;
    s->in_record = 0;
    if (s->over)
        return sr_reader_too_long(r, err, s->rec_line, s->rec_index, "record",
                                  s->rec_size);
    if (!sr_reader_check_utf8(r, s->raw.data, s->raw.len, s->rec_line, s->rec_col,
                              s->rec_index, err))
        return SR_EBADRECORD;
    return build_record(r, out, err);
}

static void start_record(sr_reader *r, size_t at)
{
    petr_state *s = r->state;
    s->in_record = 1;
    s->rec_depth = 0;
    s->rec_line = s->line.number;
    s->rec_col = at + 1;
    s->rec_index = ++r->nrecords;
    s->rec_size = 0;
    s->over = 0;
    sr_buf_clear(&s->raw);
    raw_add(s, r->opt.max_record, s->line.text + at, strlen("<Sentence"));
    s->pos = at + strlen("<Sentence");
}

/* Scans the rest of the current line inside a record. Returns 1 when the
 * record ended on this line (pos is then past it). */
static int scan_record(sr_reader *r, int *new_start)
{
    petr_state *s = r->state;
    const char *t = s->line.text;
    size_t len = s->line.len, i = s->pos;
    *new_start = 0;
    while (i < len) {
        if (t[i] == '<') {
            if (has_prefix(t, len, i, "<!--")) {
                s->rec_depth++;
                i += 4;
                continue;
            }
            if (s->rec_depth == 0 && has_prefix(t, len, i, "</Sentence>")) {
                size_t e = i + strlen("</Sentence>");
                raw_add(s, r->opt.max_record, t + s->pos, e - s->pos);
                s->pos = e;
                return 1;
            }
            if (s->rec_depth == 0 && tag_at(t, len, i, "<Sentence")) {
                raw_add(s, r->opt.max_record, t + s->pos, i - s->pos);
                s->pos = i;
                *new_start = 1;
                return 1;
            }
        } else if (t[i] == '-' && s->rec_depth > 0 && has_prefix(t, len, i, "-->")) {
            s->rec_depth--;
            i += 3;
            continue;
        }
        i++;
    }
    raw_add(s, r->opt.max_record, t + s->pos, len - s->pos);
    raw_add(s, r->opt.max_record, "\n", 1);
    s->pos = len;
    return 0;
}

static sr_status petr_next(sr_reader *r, sr_record **out, sr_error *err)
{
    petr_state *s = r->state;
    for (;;) {
        if (!s->have_line || s->pos >= s->line.len) {
            s->have_line = 0;
            sr_status st = sr_lines_next(r->in, r->opt.max_record, &s->line, err);
            if (st == SR_END && s->in_record) {
                s->in_record = 0;
                if (s->rec_depth > 0)
                    return sr_reader_fail(r, err, SR_EBADRECORD, s->rec_line, s->rec_index,
                                          "record %zu: <Sentence> not closed at end of input "
                                          "(a comment inside it is never closed)",
                                          s->rec_index);
                return sr_reader_fail(r, err, SR_EBADRECORD, s->rec_line, s->rec_index,
                                      "record %zu: <Sentence> not closed at end of input",
                                      s->rec_index);
            }
            if (st == SR_END && s->in_config) {
                s->in_config = 0;
                return sr_reader_fail(r, err, SR_EBADRECORD, s->config_line, 0,
                                      "<Config> not closed at end of input; ignored");
            }
            if (st == SR_END && s->depth > 0 && !s->reported_open) {
                /* Whatever followed the comment was swallowed: say so. */
                s->reported_open = 1;
                return sr_reader_fail(r, err, SR_EBADRECORD, s->comment_line, 0,
                                      "comment \"<!--\" not closed at end of input; "
                                      "everything after it was ignored");
            }
            if (st != SR_OK)
                return st;
            s->have_line = 1;
            s->pos = 0;
            if (s->in_config) {
                sr_buf_putc(&s->tag, '\n');
            } else if (s->in_record && s->line.full_len > s->line.len) {
                /* The part past the cap is gone, so the record is too. */
                s->over = 1;
                s->rec_size += s->line.full_len - s->line.len;
            } else if (s->line.full_len > s->line.len) {
                s->have_line = 0;
                return sr_reader_fail(r, err, SR_EBADRECORD, s->line.number, 0,
                                      "line of %zu bytes exceeds the limit of %zu bytes "
                                      "(max_record)", s->line.full_len,
                                      r->opt.max_record);
            }
            if (s->line.len == 0 && s->in_record) {
                raw_add(s, r->opt.max_record, "\n", 1);
                continue;
            }
        }
        const char *t = s->line.text;
        size_t len = s->line.len;
        if (s->in_record) {
            int new_start;
            if (scan_record(r, &new_start)) {
                if (new_start) {
                    s->in_record = 0;
                    return sr_reader_fail(r, err, SR_EBADRECORD, s->rec_line, s->rec_index,
                                          "record %zu: <Sentence> not closed before the next "
                                          "<Sentence> at line %zu",
                                          s->rec_index, s->line.number);
                }
                return finish_record(r, out, err);
            }
            continue;
        }
        if (s->in_config) {
            const char *gt = memchr(t + s->pos, '>', len - s->pos);
            size_t e = gt ? (size_t)(gt - t) + 1 : len;
            if (s->tag.len + (e - s->pos) <= r->opt.max_record)
                sr_buf_append(&s->tag, t + s->pos, e - s->pos);
            s->pos = e;
            if (gt) {
                s->in_config = 0;
                sr_status st = read_config(r, s->tag.data, s->tag.len, s->config_line, err);
                if (st != SR_OK)
                    return st;
            }
            continue;
        }
        size_t i = s->pos;
        while (i < len) {
            if (s->depth > 0) {
                if (has_prefix(t, len, i, "<!--")) {
                    s->depth++;
                    i += 4;
                } else if (has_prefix(t, len, i, "-->")) {
                    s->depth--;
                    i += 3;
                } else {
                    i++;
                }
                continue;
            }
            if (t[i] != '<') {
                i++;
                continue;
            }
            if (has_prefix(t, len, i, "<!--")) {
                s->depth++;
                s->comment_line = s->line.number;
                i += 4;
            } else if (tag_at(t, len, i, "<Sentence")) {
                start_record(r, i);
                break;
            } else if (tag_at(t, len, i, "<Config")) {
                s->in_config = 1;
                s->config_line = s->line.number;
                sr_buf_clear(&s->tag);
                s->pos = i;
                break;
            } else {
                i++;
            }
        }
        if (!s->in_record && !s->in_config)
            s->pos = len;
    }
}

static void petr_free(void *state)
{
    petr_state *s = state;
    for (size_t i = 0; i < s->noptions; i++) {
        free(s->names[i]);
        free(s->values[i]);
    }
    free(s->names);
    free(s->values);
    sr_buf_free(&s->raw);
    sr_buf_free(&s->tag);
    free(s);
}

static const sr_reader_ops petr_ops = {petr_next, petr_free};

void sr_read_petrarch_init(sr_reader *r)
{
    r->state = sr_xcalloc(1, sizeof(petr_state));
    r->ops = &petr_ops;
}
