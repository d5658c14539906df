/* alloc.h - allocation that aborts on exhaustion.
 *
 * sitrep treats running out of memory as fatal, as cmark and jq do, so that
 * callers need not test every allocation. Bad *input* is never handled this
 * way: it is reported through sr_error. */
#ifndef SR_BASE_ALLOC_H
#define SR_BASE_ALLOC_H

#include <stdlib.h>

void *sr_xmalloc(size_t size);
void *sr_xcalloc(size_t n, size_t size);
void *sr_xrealloc(void *p, size_t size);
char *sr_xstrdup(const char *s);
char *sr_xstrndup(const char *s, size_t len);

/* Grows *items (of *cap elements of elem_size) so it holds at least need. */
void sr_grow(void **items, size_t *cap, size_t need, size_t elem_size);
#define SR_GROW(arr, cap, need) sr_grow((void **)&(arr), &(cap), (need), sizeof *(arr))

#endif
