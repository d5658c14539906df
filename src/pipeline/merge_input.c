/* merge_input.c - event lines into the merger: checking and reading.
 *
 * The merger reads what `sitrep code` writes (docs/jsonl.md), so a line
 * must be a JSON object with the keys that make a happening: id, date,
 * source, target, code and location. Anything else is refused with the
 * line and the reason, and changes nothing; a line of --explain output for
 * a sentence without an event ("code": null) is not an event and is passed
 * over, counted. Documents from the engine go through the JSONL writer and
 * the same check, so `code --merge` and `code | sitrep merge` agree. */
#include "pipeline/merge.h"
#include "base/json_kind.h"
#include "base/alloc.h"
#include "base/buf.h"
#include "base/error.h"
#include "output/writer_impl.h"

#include <assert.h>
#include <string.h>

/* An event line with a long sentence and explanation stays far below
 * this; a longer line is not sitrep output. */
enum { MAX_LINE = 16 << 20 };

/* The string value of key, which must be present; NULL (with err set)
 * otherwise. With null_ok, a null value gives "" in *out. */
static sr_status string_key(json_t *o, const char *key, int null_ok, const char **out,
                            const char *file, size_t line, sr_error *err)
{
    json_t *v = json_object_get(o, key);
    if (!v)
        return sr_error_set(err, SR_EBADRECORD, file, line, "event has no \"%s\" key", key);
    if (null_ok && json_is_null(v)) {
        *out = NULL;
        return SR_OK;
    }
    if (!json_is_string(v))
        return sr_error_set(err, SR_EBADRECORD, file, line, "\"%s\" is %s, expected a string%s",
                            key, sr_json_kind(v), null_ok ? " or null" : "");
    *out = json_string_value(v);
    return SR_OK;
}

/* An optional count: absent or null is -1. */
static sr_status count_key(json_t *o, const char *key, int32_t *out, const char *file,
                           size_t line, sr_error *err)
{
    json_t *v = json_object_get(o, key);
    *out = -1;
    if (!v || json_is_null(v))
        return SR_OK;
    if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > INT32_MAX)
        return sr_error_set(err, SR_EBADRECORD, file, line,
                            "\"%s\" is %s, expected a count (an integer from 0) or null", key,
                            json_is_integer(v) ? "out of range" : sr_json_kind(v));
    *out = (int32_t)json_integer_value(v);
    return SR_OK;
}

static sr_status check(json_t *o, sr_merge_mention *mm, const char *file, size_t line,
                       sr_error *err)
{
    memset(mm, 0, sizeof *mm);
    mm->obj = o;
    sr_status st;
    if ((st = string_key(o, "id", 0, &mm->id, file, line, err)) != SR_OK ||
        (st = string_key(o, "date", 1, &mm->date, file, line, err)) != SR_OK ||
        (st = string_key(o, "source", 0, &mm->source, file, line, err)) != SR_OK ||
        (st = string_key(o, "target", 0, &mm->target, file, line, err)) != SR_OK ||
        (st = string_key(o, "code", 0, &mm->code, file, line, err)) != SR_OK)
        return st;
    if (!*mm->code)
        return sr_error_set(err, SR_EBADRECORD, file, line, "\"code\" is empty");
    json_t *loc = json_object_get(o, "location");
    if (!loc)
        return sr_error_set(err, SR_EBADRECORD, file, line, "event has no \"location\" key");
    if (!json_is_null(loc) && !json_is_object(loc))
        return sr_error_set(err, SR_EBADRECORD, file, line,
                            "\"location\" is %s, expected an object or null", sr_json_kind(loc));
    mm->location = json_is_object(loc) ? loc : NULL;
    if ((st = count_key(o, "killed", &mm->toll.killed, file, line, err)) != SR_OK ||
        (st = count_key(o, "injured", &mm->toll.injured, file, line, err)) != SR_OK ||
        (st = count_key(o, "killed_low", &mm->toll.killed_low, file, line, err)) != SR_OK ||
        (st = count_key(o, "killed_high", &mm->toll.killed_high, file, line, err)) != SR_OK)
        return st;
    json_t *n = json_object_get(o, "mentions");
    mm->mentions = 1;
    if (n && !json_is_null(n)) {
        if (!json_is_integer(n) || json_integer_value(n) < 1)
            return sr_error_set(err, SR_EBADRECORD, file, line,
                                "\"mentions\" is %s, expected an integer from 1",
                                json_is_integer(n) ? "below 1" : sr_json_kind(n));
        mm->mentions = (uint64_t)json_integer_value(n);
    }
    json_t *outlet = json_object_get(o, "outlet");
    if (outlet && !json_is_null(outlet)) {
        if (!json_is_string(outlet))
            return sr_error_set(err, SR_EBADRECORD, file, line,
                                "\"outlet\" is %s, expected a string or null", sr_json_kind(outlet));
        mm->outlet = json_string_value(outlet);
    }
    json_t *recs = json_object_get(o, "records");
    if (recs) {
        size_t i;
        json_t *r;
        if (!json_is_array(recs) || json_array_size(recs) == 0)
            return sr_error_set(err, SR_EBADRECORD, file, line,
                                "\"records\" is %s, expected a non-empty array of ids",
                                json_is_array(recs) ? "empty" : sr_json_kind(recs));
        json_array_foreach(recs, i, r)
            if (!json_is_string(r))
                return sr_error_set(err, SR_EBADRECORD, file, line,
                                    "\"records\" item %zu is %s, expected a string", i + 1,
                                    sr_json_kind(r));
        mm->records = recs;
    }
    json_t *outlets = json_object_get(o, "outlets");
    if (outlets) {
        size_t i;
        json_t *r;
        if (!json_is_array(outlets))
            return sr_error_set(err, SR_EBADRECORD, file, line,
                                "\"outlets\" is %s, expected an array of names",
                                sr_json_kind(outlets));
        json_array_foreach(outlets, i, r)
            if (!json_is_string(r))
                return sr_error_set(err, SR_EBADRECORD, file, line,
                                    "\"outlets\" item %zu is %s, expected a string", i + 1,
                                    sr_json_kind(r));
        mm->outlets = json_array_size(outlets) ? outlets : NULL;
    }
    return SR_OK;
}

static int blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return 0;
    return 1;
}

sr_status sr_merger_add_line(sr_merger *m, const char *text, size_t len, const char *file,
                             size_t line, sr_error *err)
{
    /* A blank line holds no data (editors leave one at the end). */
    if (blank(text, len))
        return SR_OK;
    json_error_t je;
    json_t *o = json_loadb(text, len, 0, &je);
    if (!o)
        return sr_error_set(err, SR_EBADRECORD, file, line, "not JSON: %s (column %d)",
                            je.text, je.column);
    sr_status st = SR_OK;
    if (!json_is_object(o))
        st = sr_error_set(err, SR_EBADRECORD, file, line,
                          "not an event: the line is %s, expected a JSON object",
                          sr_json_kind(o));
    else if (json_is_null(json_object_get(o, "code")))
        sr_merge_input_of(m)->passed++;
    else {
        sr_merge_mention mm;
        st = check(o, &mm, file, line, err);
        if (st == SR_OK)
            sr_merge_add(m, &mm);
    }
    json_decref(o);
    return st;
}

void sr_merger_add_doc(sr_merger *m, const sr_doc *doc)
{
    sr_buf out = SR_BUF_INIT;
    sr_write_jsonl_ops.write(NULL, doc, &out);
    const char *p = out.data, *end = out.data + out.len;
    while (p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        sr_status st = sr_merger_add_line(m, p, len, NULL, 0, NULL);
        /* The JSONL writer writes every key the check asks for. */
        assert(st == SR_OK);
        (void)st;
        p += len + 1;
    }
    sr_buf_free(&out);
}

static void close_input(sr_merge_input *in)
{
    if (in->lines)
        sr_lines_close(in->lines);
    in->lines = NULL;
    free(in->path);
    in->path = NULL;
}

sr_status sr_merger_read(sr_merger *m, const char *path, sr_error *err)
{
    sr_merge_input *in = sr_merge_input_of(m);
    const char *name = (!path || strcmp(path, "-") == 0) ? "-" : path;
    if (in->lines && strcmp(in->path, name) != 0)
        close_input(in);
    if (!in->lines) {
        sr_status st = sr_lines_open(path, name, &in->lines, err);
        if (st != SR_OK)
            return st;
        in->path = sr_xstrdup(name);
    }
    for (;;) {
        sr_line l;
        sr_status st = sr_lines_next(in->lines, MAX_LINE, &l, err);
        if (st == SR_END) {
            close_input(in);
            return SR_OK;
        }
        if (st != SR_OK) {
            close_input(in);
            return st;
        }
        if (l.full_len > l.len)
            return sr_error_set(err, SR_EBADRECORD, name, l.number,
                                "line of %zu bytes, longer than the %d bytes an event "
                                "line may have", l.full_len, (int)MAX_LINE);
        st = sr_merger_add_line(m, l.text, l.len, name, l.number, err);
        if (st != SR_OK)
            return st;
    }
}
