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
#include <stdint.h>

typedef struct sr_arena_block sr_arena_block;

typedef struct sr_arena {
    sr_arena_block *head;   /* block being filled; older blocks chain behind */
    size_t block_size;      /* size of ordinary blocks; 0 picks a default */
} sr_arena;

/* A zeroed sr_arena is ready to use. */
#define SR_ARENA_INIT {0, 0}

/* Returns zeroed memory aligned for any type, valid until reset or free. */
void *sr_arena_alloc(sr_arena *a, size_t size);
/* Makes room for one more element in an arena array of n elements and
 * capacity *cap (elements of elem_size bytes), doubling from first. The
 * arena cannot grow a block in place, so the array moves; the copies left
 * behind stay smaller than the final array. Returns the array to use. */
void *sr_arena_grow(sr_arena *a, void *items, uint32_t n, uint32_t *cap, size_t elem_size,
                    uint32_t first);
#define SR_ARENA_GROW(a, arr, n, cap, first) \
    ((arr) = sr_arena_grow((a), (arr), (n), &(cap), sizeof *(arr), (first)))

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
