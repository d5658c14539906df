#include "base/alloc.h"

#include <stdio.h>
#include <string.h>

static void out_of_memory(size_t size)
{
    fprintf(stderr, "sitrep: fatal: out of memory (requested %zu bytes)\n", size);
    abort();
}

void *sr_xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        out_of_memory(size);
    return p;
}

void *sr_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        out_of_memory(n * size);
    return p;
}

void *sr_xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size ? size : 1);
    if (!q)
        out_of_memory(size);
    return q;
}

char *sr_xstrndup(const char *s, size_t len)
{
    char *p = sr_xmalloc(len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *sr_xstrdup(const char *s)
{
    return sr_xstrndup(s, strlen(s));
}

void sr_grow(void **items, size_t *cap, size_t need, size_t elem_size)
{
    if (need <= *cap)
        return;
    size_t n = *cap ? *cap : 8;
    while (n < need)
        n *= 2;
    *items = sr_xrealloc(*items, n * elem_size);
    *cap = n;
}
