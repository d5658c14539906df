#include "base/arena.h"
#include "base/alloc.h"

#include <stdint.h>
#include <string.h>

struct sr_arena_block {
    sr_arena_block *next;
    size_t size;   /* usable bytes in data[] */
    size_t used;
    max_align_t data[];
};

enum { SR_ARENA_DEFAULT_BLOCK = 64 * 1024 };

static size_t align_up(size_t n)
{
    const size_t a = _Alignof(max_align_t);
    return (n + a - 1) / a * a;
}

static sr_arena_block *new_block(size_t size, sr_arena_block *next)
{
    sr_arena_block *b = sr_xmalloc(sizeof *b + size);
    b->next = next;
    b->size = size;
    b->used = 0;
    return b;
}

void *sr_arena_alloc(sr_arena *a, size_t size)
{
    size = align_up(size ? size : 1);
    sr_arena_block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t block = a->block_size ? a->block_size : SR_ARENA_DEFAULT_BLOCK;
        if (b && size > block / 4) {
            /* A large request gets a block of its own behind the current one,
             * so the space left in the current block is not wasted. */
            sr_arena_block *big = new_block(size, b->next);
            b->next = big;
            big->used = size;
            memset(big->data, 0, size);
            return big->data;
        }
        b = new_block(size > block ? size : block, b);
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *sr_arena_strndup(sr_arena *a, const char *s, size_t len)
{
    char *p = sr_arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *sr_arena_strdup(sr_arena *a, const char *s)
{
    return sr_arena_strndup(a, s, strlen(s));
}

void sr_arena_reset(sr_arena *a)
{
    sr_arena_block *b = a->head;
    if (!b)
        return;
    /* Keep the oldest block (the first allocated): the tail of the chain. */
    while (b->next) {
        sr_arena_block *next = b->next;
        free(b);
        b = next;
    }
    b->used = 0;
    a->head = b;
}

void sr_arena_free(sr_arena *a)
{
    sr_arena_block *b = a->head;
    while (b) {
        sr_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

size_t sr_arena_used(const sr_arena *a)
{
    size_t n = 0;
    for (const sr_arena_block *b = a->head; b; b = b->next)
        n += b->used;
    return n;
}

void *sr_arena_grow(sr_arena *a, void *items, uint32_t n, uint32_t *cap, size_t elem_size,
                    uint32_t first)
{
    if (n < *cap)
        return items;
    uint32_t grown = *cap ? *cap * 2 : first;
    void *moved = sr_arena_alloc(a, (size_t)grown * elem_size);
    if (n)
        memcpy(moved, items, (size_t)n * elem_size);
    *cap = grown;
    return moved;
}
