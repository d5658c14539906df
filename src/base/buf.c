#include "base/buf.h"
#include "base/alloc.h"

#include <stdio.h>
#include <string.h>

static void reserve(sr_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < need)
            cap *= 2;
        b->data = sr_xrealloc(b->data, cap);
        b->cap = cap;
    }
}

void sr_buf_append(sr_buf *b, const char *s, size_t len)
{
    reserve(b, len);
    memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void sr_buf_puts(sr_buf *b, const char *s)
{
    sr_buf_append(b, s, strlen(s));
}

void sr_buf_putc(sr_buf *b, char c)
{
    reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void sr_buf_printf(sr_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        sr_buf_append(b, small, (size_t)n);
        return;
    }
    reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void sr_buf_clear(sr_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

char *sr_buf_detach(sr_buf *b)
{
    char *p = b->data ? b->data : sr_xstrdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

void sr_buf_free(sr_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
