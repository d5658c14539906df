#include "base/file.h"
#include "base/alloc.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static sr_status io_error(sr_error *err, const char *path, int code)
{
    if (err) {
        memset(err, 0, sizeof *err);
        err->code = SR_EIO;
        snprintf(err->file, sizeof err->file, "%s", path);
        snprintf(err->message, sizeof err->message, "cannot read: %s",
                 strerror(code ? code : EIO));
    }
    return SR_EIO;
}

sr_status sr_file_read_all(const char *path, char **data, size_t *len, sr_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return io_error(err, path, errno);
    size_t cap = 1 << 16, n = 0;
    char *buf = sr_xmalloc(cap);
    for (;;) {
        if (n + 1 >= cap) {
            cap *= 2;
            buf = sr_xrealloc(buf, cap);
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    int bad = ferror(f), saved = errno;
    fclose(f);
    if (bad) {
        free(buf);
        return io_error(err, path, saved);
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return SR_OK;
}
