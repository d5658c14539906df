/* Diagnostics for malformed dictionary entries: a list the caller owns. */
#include "dict/dict_internal.h"

#include "base/alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void sr_dict_diags_free(sr_dict_diags *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++) {
        free(l->items[i].file);
        free(l->items[i].message);
    }
    free(l->items);
    memset(l, 0, sizeof *l);
}

void sr_dict_diag_format(const sr_dict_diag *dg, char *out, size_t size)
{
    snprintf(out, size, "%s:%zu: %s: %s", dg->file ? dg->file : "?", dg->line,
             dg->severity == SR_DIAG_ERROR ? "error" : "warning",
             dg->message ? dg->message : "");
}

void sr_dict_report(sr_dict_reader *r, size_t line, sr_dict_severity sev,
                  const char *fmt, ...)
{
    sr_dict_diags *l = r->diags;
    if (!l)
        return;
    if (r->nreported >= SR_DICT_DIAGS_PER_FILE) {
        r->suppressed++;
        if (sev == SR_DIAG_ERROR)
            l->nerrors++;
        else
            l->nwarnings++;
        return;
    }
    r->nreported++;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    SR_GROW(l->items, l->cap, l->n + 1);
    sr_dict_diag *dg = &l->items[l->n++];
    dg->severity = sev;
    dg->file = sr_xstrdup(r->path);
    dg->line = line;
    dg->message = sr_xstrdup(msg);
    if (sev == SR_DIAG_ERROR)
        l->nerrors++;
    else
        l->nwarnings++;
}
