/* arena.h - region allocator for document- and sentence-lifetime data.
 *
 * Everything built while analysing one record (tokens, sentences, parses,
 * events) lives in one arena and is released at once with sr_arena_reset or
 * sr_arena_free. Allocation never fails: like the rest of sitrep, running out
 * of memory aborts with a message (see sr_xmalloc in alloc.h).
 *
 * An arena is a plain struct owned by its caller; there is no global arena. */
#ifndef SR_BASE_ARENA_H
#define SR_BASE_ARENA_H

#include <stddef.h>

typedef struct sr_arena_block sr_arena_block;

typedef struct sr_arena {
    sr_arena_block *head;   /* block being filled; older blocks chain behind */
    size_t block_size;      /* size of ordinary blocks; 0 picks a default */
} sr_arena;

/* A zeroed sr_arena is ready to use. */
#define SR_ARENA_INIT {0, 0}

/* Returns zeroed memory aligned for any type, valid until reset or free. */
void *sr_arena_alloc(sr_arena *a, size_t size);
/* Copies len bytes and appends a NUL. */
char *sr_arena_strndup(sr_arena *a, const char *s, size_t len);
char *sr_arena_strdup(sr_arena *a, const char *s);
/* Releases every allocation but keeps the first block for reuse, so a
 * per-sentence arena stops touching malloc after warm-up. */
void sr_arena_reset(sr_arena *a);
/* Releases everything; the arena may be used again afterwards. */
void sr_arena_free(sr_arena *a);
/* Bytes handed out since the last reset (for tests and memory figures). */
size_t sr_arena_used(const sr_arena *a);

#endif
