/* strmap.h - a hash table from byte strings to numbers (open addressing).
 *
 * Used where a run must find "the one seen before" among many: merging the
 * same event reported in a million lines needs lookups in constant time, not
 * a scan. Keys are copied into the table's own arena, so callers may pass
 * scratch buffers; values are uint32_t (typically an index into the caller's
 * array). The table only grows: there is no removal, because no caller
 * needs it and it would complicate probing.
 *
 * It does not own or free anything the values refer to. */
#ifndef SR_BASE_STRMAP_H
#define SR_BASE_STRMAP_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"

typedef struct sr_strmap_entry {
    const char *key;   /* a NUL-terminated copy (keys may hold NULs too) */
    uint32_t len;
    uint32_t hash;
    uint32_t value;
} sr_strmap_entry;

typedef struct sr_strmap {
    sr_strmap_entry *entries;  /* in insertion order */
    size_t n, cap;
    uint32_t *slots;           /* entry index + 1; 0 is an empty slot */
    size_t nslots;             /* a power of two, or 0 before first use */
    sr_arena keys;
} sr_strmap;

/* A zeroed sr_strmap is an empty table. */
#define SR_STRMAP_INIT {0, 0, 0, 0, 0, SR_ARENA_INIT}

/* Finds key; when absent, adds it with `value`. Returns the value stored
 * for key (the old one when present). *added (may be NULL) tells which.
 * Amortised O(len); keys longer than 4 GB are not supported. */
uint32_t sr_strmap_put(sr_strmap *m, const void *key, size_t len, uint32_t value, int *added);

/* The value of key, or `missing` when it is not in the table. */
uint32_t sr_strmap_get(const sr_strmap *m, const void *key, size_t len, uint32_t missing);

void sr_strmap_free(sr_strmap *m);

#endif
