/* read_jsonl.c - JSON Lines: one article object per line, parsed with
 * jansson one line at a time so the input is never held whole. */
#include "text/reader_impl.h"
#include "base/json_kind.h"
#include "base/alloc.h"
#include "base/buf.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* Where the publication date may be, in order of preference. */
static const char *const date_keys[] = {"date", "published", "pubdate", "timestamp"};

static int blank(const sr_line *l)
{
    for (size_t i = 0; i < l->len; i++)
        if (l->text[i] != ' ' && l->text[i] != '\t' && l->text[i] != '\r')
            return 0;
    return 1;
}

static char *optional_string(const json_t *obj, const char *key)
{
    const json_t *v = json_object_get(obj, key);
    if (!json_is_string(v))
        return NULL;
    return sr_xstrndup(json_string_value(v), json_string_length(v));
}

/* Fills rec->date from the first date field present. Returns 0 and fills
 * err when the field is there but is not a date. */
static int read_date(const sr_reader *r, const json_t *obj, size_t line, size_t n,
                     sr_record *rec, sr_error *err)
{
    for (size_t k = 0; k < sizeof date_keys / sizeof date_keys[0]; k++) {
        const json_t *v = json_object_get(obj, date_keys[k]);
        if (!v || json_is_null(v) || (json_is_string(v) && json_string_length(v) == 0))
            continue;
        char date[11];
        if (json_is_string(v)) {
            if (!sr_reader_parse_date(json_string_value(v), json_string_length(v), date)) {
                sr_reader_fail(r, err, SR_EBADRECORD, line, n,
                               "field \"%s\": cannot read \"%.80s\" as a date "
                               "(expected YYYY-MM-DD, optionally with a time)",
                               date_keys[k], json_string_value(v));
                return 0;
            }
        } else if (json_is_integer(v) && strcmp(date_keys[k], "timestamp") == 0) {
            json_int_t t = json_integer_value(v);
            time_t tt = (time_t)t;
            struct tm tm;
            if ((json_int_t)tt != t || !gmtime_r(&tt, &tm) || tm.tm_year + 1900 < 1 ||
                tm.tm_year + 1900 > 9999) {
                sr_reader_fail(r, err, SR_EBADRECORD, line, n,
                               "field \"timestamp\": %" JSON_INTEGER_FORMAT
                               " is out of range for a Unix time", t);
                return 0;
            }
            /* The range check above keeps this to ten characters. */
            char wide[32];
            snprintf(wide, sizeof wide, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                     tm.tm_mday);
            memcpy(date, wide, sizeof date - 1);
            date[sizeof date - 1] = '\0';
        } else {
            sr_reader_fail(r, err, SR_EBADRECORD, line, n,
                           "field \"%s\" is %s, expected a date string%s",
                           date_keys[k], sr_json_kind(v),
                           strcmp(date_keys[k], "timestamp") == 0 ? " or a Unix time" : "");
            return 0;
        }
        rec->date = sr_xstrdup(date);
        return 1;
    }
    return 1;
}

static sr_status record_from_object(sr_reader *r, const json_t *obj, size_t line,
                                    size_t n, sr_record **out, sr_error *err)
{
    const json_t *text = json_object_get(obj, "text");
    if (!text)
        return sr_reader_fail(r, err, SR_EBADRECORD, line, n,
                              "no \"text\" field");
    if (!json_is_string(text))
        return sr_reader_fail(r, err, SR_EBADRECORD, line, n,
                              "field \"text\" is %s, expected a string",
                              sr_json_kind(text));
    const json_t *id = json_object_get(obj, "id");
    if (id && !json_is_null(id) && !json_is_string(id) && !json_is_number(id))
        return sr_reader_fail(r, err, SR_EBADRECORD, line, n,
                              "field \"id\" is %s, expected a string or a number",
                              sr_json_kind(id));
    sr_record *rec = sr_reader_record_new(r, line);
    if (!read_date(r, obj, line, n, rec, err)) {
        sr_record_free(rec);
        return SR_EBADRECORD;
    }
    rec->text_len = json_string_length(text);
    rec->text = sr_xstrndup(json_string_value(text), rec->text_len);
    if (json_is_string(id)) {
        rec->id = sr_xstrndup(json_string_value(id), json_string_length(id));
    } else if (json_is_number(id)) {
        char *s = json_dumps(id, JSON_ENCODE_ANY);
        rec->id = sr_xstrdup(s ? s : "");
        free(s);
    } else {
        sr_buf b = SR_BUF_INIT;
        sr_buf_printf(&b, "%s#%zu", r->name, n);
        rec->id = sr_buf_detach(&b);
    }
    rec->title = optional_string(obj, "title");
    rec->url = optional_string(obj, "url");
    rec->source = optional_string(obj, "source");
    *out = rec;
    return SR_OK;
}

static sr_status jsonl_next(sr_reader *r, sr_record **out, sr_error *err)
{
    sr_line line;
    for (;;) {
        sr_status st = sr_lines_next(r->in, r->opt.max_record, &line, err);
        if (st != SR_OK)
            return st;
        if (!blank(&line))
            break;
    }
    size_t n = ++r->nrecords;
    if (line.full_len > line.len)
        return sr_reader_too_long(r, err, line.number, n, "record", line.full_len);
    if (!sr_reader_check_utf8(r, line.text, line.len, line.number, 1, n, err))
        return SR_EBADRECORD;
    json_error_t je;
    json_t *root = json_loadb(line.text, line.len, JSON_DECODE_ANY, &je);
    if (!root)
        return sr_reader_fail(r, err, SR_EBADRECORD, line.number, n,
                              "invalid JSON at column %d: %s", je.column,
                              je.text);
    sr_status st;
    if (!json_is_object(root))
        st = sr_reader_fail(r, err, SR_EBADRECORD, line.number, n,
                            "the line is %s, expected a JSON object",
                            sr_json_kind(root));
    else
        st = record_from_object(r, root, line.number, n, out, err);
    json_decref(root);
    return st;
}

static const sr_reader_ops jsonl_ops = {jsonl_next, NULL};

void sr_read_jsonl_init(sr_reader *r)
{
    r->state = NULL;
    r->ops = &jsonl_ops;
}
