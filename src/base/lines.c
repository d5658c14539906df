#include "base/lines.h"
#include "base/alloc.h"
#include "base/buf.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

enum {
    LINES_CHUNK = 64 * 1024,     /* bytes asked of zlib per read */
    LINES_GZBUFFER = 128 * 1024  /* zlib's own input buffer */
};

struct sr_lines {
    gzFile gz;
    char *data;          /* bytes read but not yet handed out: [start, end) */
    size_t cap, start, end;
    int eof;
    int bom_checked;
    size_t number;       /* lines handed out so far */
    sr_buf cut;          /* holds the kept part of an over-long line */
    char name[256];
};

static sr_status lines_fail(const sr_lines *l, sr_error *err, const char *fmt,
                            const char *detail)
{
    if (err) {
        memset(err, 0, sizeof *err);
        err->code = SR_EIO;
        snprintf(err->file, sizeof err->file, "%s", l->name);
        err->line = l->number;
        snprintf(err->message, sizeof err->message, fmt, detail);
    }
    return SR_EIO;
}

sr_status sr_lines_open(const char *path, const char *name, sr_lines **out,
                        sr_error *err)
{
    sr_lines *l = sr_xcalloc(1, sizeof *l);
    snprintf(l->name, sizeof l->name, "%s", name ? name : (path ? path : "-"));
    sr_status st = SR_OK;
    struct stat sb;
    int fd;
    if (!path || strcmp(path, "-") == 0) {
        /* gzclose closes the descriptor it was given; stdin must survive. */
        fd = dup(STDIN_FILENO);
        if (fd < 0) {
            st = lines_fail(l, err, "cannot read standard input: %s", strerror(errno));
            goto fail;
        }
    } else if ((fd = open(path, O_RDONLY)) < 0) {
        st = lines_fail(l, err, "cannot open: %s", strerror(errno));
        goto fail;
    } else if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        close(fd);
        st = lines_fail(l, err, "cannot read: %s", strerror(EISDIR));
        goto fail;
    }
    l->gz = gzdopen(fd, "rb");
    if (!l->gz) {
        close(fd);
        st = lines_fail(l, err, "cannot open: %s", "zlib could not start reading");
        goto fail;
    }
    gzbuffer(l->gz, LINES_GZBUFFER);
    l->cap = LINES_CHUNK;
    l->data = sr_xmalloc(l->cap);
    *out = l;
    return SR_OK;
fail:
    free(l);
    return st;
}

/* zlib's message, without the "<fd:N>: " it puts before it for a stream
 * opened with gzdopen (the file name is in err->file already). */
static const char *zlib_message(gzFile gz, int *code)
{
    const char *msg = gzerror(gz, code);
    if (strncmp(msg, "<fd:", 4) == 0) {
        const char *colon = strstr(msg, ": ");
        if (colon)
            msg = colon + 2;
    }
    return msg;
}

/* Reads one more chunk behind the pending bytes, moving them to the front
 * of the buffer first (so offsets relative to start stay valid). */
static sr_status read_more(sr_lines *l, sr_error *err)
{
    if (l->start > 0) {
        memmove(l->data, l->data + l->start, l->end - l->start);
        l->end -= l->start;
        l->start = 0;
    }
    if (l->cap - l->end < LINES_CHUNK / 2) {
        l->cap *= 2;
        l->data = sr_xrealloc(l->data, l->cap);
    }
    size_t want = l->cap - l->end;
    if (want > INT_MAX)
        want = INT_MAX;
    int n = gzread(l->gz, l->data + l->end, (unsigned)want);
    if (n < 0) {
        int code;
        const char *msg = zlib_message(l->gz, &code);
        if (code == Z_ERRNO)
            msg = strerror(errno);
        return lines_fail(l, err, "read error: %s", msg);
    }
    if (n == 0) {
        /* zlib reports a gzip stream cut short only once the data is used
         * up; ask it explicitly so a truncated .gz is never taken as whole. */
        int code;
        const char *msg = zlib_message(l->gz, &code);
        if (code != Z_OK && code != Z_STREAM_END)
            return lines_fail(l, err, "read error: %s", msg);
        l->eof = 1;
    }
    l->end += (size_t)n;
    return SR_OK;
}

static void skip_bom(sr_lines *l)
{
    if (l->bom_checked || (l->end - l->start < 3 && !l->eof))
        return;
    l->bom_checked = 1;
    if (l->end - l->start >= 3 && memcmp(l->data + l->start, "\xEF\xBB\xBF", 3) == 0)
        l->start += 3;
}

sr_status sr_lines_peek(sr_lines *l, size_t n, const char **p, size_t *len,
                        sr_error *err)
{
    while (!l->eof && l->end - l->start < n + 3) {
        sr_status st = read_more(l, err);
        if (st != SR_OK)
            return st;
    }
    skip_bom(l);
    size_t have = l->end - l->start;
    *p = l->data + l->start;
    *len = have < n ? have : n;
    return SR_OK;
}

/* The line is longer than cap: keep its first cap bytes and read the rest
 * away chunk by chunk, counting it but never holding more than a chunk. */
static sr_status cut_line(sr_lines *l, size_t cap, sr_line *out, sr_error *err)
{
    sr_buf_clear(&l->cut);
    sr_buf_append(&l->cut, l->data + l->start, cap);
    size_t full = l->end - l->start;
    l->start = l->end = 0;
    for (;;) {
        sr_status st = read_more(l, err);
        if (st != SR_OK)
            return st;
        char *nl = memchr(l->data, '\n', l->end);
        if (nl) {
            full += (size_t)(nl - l->data);
            l->start = (size_t)(nl - l->data) + 1;
            break;
        }
        full += l->end;
        l->start = l->end = 0;
        if (l->eof)
            break;
    }
    out->text = l->cut.data;
    out->len = cap;
    out->full_len = full;
    out->number = ++l->number;
    return SR_OK;
}

sr_status sr_lines_next(sr_lines *l, size_t cap, sr_line *out, sr_error *err)
{
    size_t scanned = 0;   /* bytes after start already known to hold no LF */
    while (!l->bom_checked) {
        if (!l->eof && l->end - l->start < 3) {
            sr_status st = read_more(l, err);
            if (st != SR_OK)
                return st;
        }
        skip_bom(l);
    }
    for (;;) {
        char *base = l->data + l->start;
        size_t avail = l->end - l->start;
        char *nl = memchr(base + scanned, '\n', avail - scanned);
        if (nl || (l->eof && avail > 0)) {
            size_t len = nl ? (size_t)(nl - base) : avail;
            if (len > cap) {
                sr_buf_clear(&l->cut);
                sr_buf_append(&l->cut, base, cap);
                out->text = l->cut.data;
                out->len = cap;
                out->full_len = len;
                l->start += nl ? len + 1 : len;
                out->number = ++l->number;
                return SR_OK;
            }
            l->start += nl ? len + 1 : len;
            if (len > 0 && base[len - 1] == '\r')
                len--;
            out->text = base;
            out->len = out->full_len = len;
            out->number = ++l->number;
            return SR_OK;
        }
        if (l->eof)
            return SR_END;
        if (avail > cap)
            return cut_line(l, cap, out, err);
        scanned = avail;
        sr_status st = read_more(l, err);
        if (st != SR_OK)
            return st;
    }
}

void sr_lines_close(sr_lines *l)
{
    if (!l)
        return;
    gzclose(l->gz);
    free(l->data);
    sr_buf_free(&l->cut);
    free(l);
}
