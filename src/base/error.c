#include "base/error.h"

#include <stdio.h>
#include <string.h>

const char *sr_version(void)
{
    return SITREP_VERSION;
}

const char *sr_status_name(sr_status s)
{
    switch (s) {
    case SR_OK: return "ok";
    case SR_END: return "end of input";
    case SR_EBADRECORD: return "bad record";
    case SR_EIO: return "I/O error";
    case SR_EFORMAT: return "format error";
    case SR_EUSAGE: return "usage error";
    case SR_EMODEL: return "model error";
    case SR_EDICT: return "dictionary error";
    }
    return "unknown status";
}

void sr_error_format(const sr_error *e, char *out, size_t size)
{
    char where[320] = "";
    size_t n = 0;
    if (e->file[0])
        n += (size_t)snprintf(where + n, sizeof where - n, "%s", e->file);
    if (e->line && n < sizeof where)
        n += (size_t)snprintf(where + n, sizeof where - n, "%s%zu", n ? ":" : "line ", e->line);
    else if (e->record && n < sizeof where)
        snprintf(where + n, sizeof where - n, "%srecord %zu", n ? ": " : "", e->record);
    if (where[0])
        snprintf(out, size, "%s: %s", where, e->message[0] ? e->message : sr_status_name(e->code));
    else
        snprintf(out, size, "%s", e->message[0] ? e->message : sr_status_name(e->code));
}

sr_status sr_error_setv(sr_error *err, sr_status code, const char *file, size_t line,
                        const char *fmt, va_list ap)
{
    if (!err)
        return code;
    memset(err, 0, sizeof *err);
    err->code = code;
    if (file)
        snprintf(err->file, sizeof err->file, "%s", file);
    err->line = line;
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    return code;
}

sr_status sr_error_set(sr_error *err, sr_status code, const char *file, size_t line,
                       const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sr_error_setv(err, code, file, line, fmt, ap);
    va_end(ap);
    return code;
}
