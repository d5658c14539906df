#include "base/strmap.h"
#include "base/alloc.h"

#include <string.h>

/* FNV-1a: short keys dominate here (actor codes, ids), where it is fast and
 * spreads well enough for linear probing at half load. */
static uint32_t hash_bytes(const void *key, size_t len)
{
    const unsigned char *p = key;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 16777619u;
    }
    return h;
}

static size_t find_slot(const sr_strmap *m, const void *key, size_t len, uint32_t h)
{
    size_t mask = m->nslots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t s = m->slots[i];
        if (s == 0)
            return i;
        const sr_strmap_entry *e = &m->entries[s - 1];
        if (e->hash == h && e->len == len && memcmp(e->key, key, len) == 0)
            return i;
    }
}

/* Keeps the load at most one half, so probe runs stay short. */
static void rehash(sr_strmap *m)
{
    size_t nslots = m->nslots ? m->nslots * 2 : 64;
    free(m->slots);
    m->slots = sr_xcalloc(nslots, sizeof *m->slots);
    m->nslots = nslots;
    for (size_t k = 0; k < m->n; k++) {
        const sr_strmap_entry *e = &m->entries[k];
        size_t i = find_slot(m, e->key, e->len, e->hash);
        m->slots[i] = (uint32_t)(k + 1);
    }
}

uint32_t sr_strmap_put(sr_strmap *m, const void *key, size_t len, uint32_t value, int *added)
{
    if ((m->n + 1) * 2 > m->nslots)
        rehash(m);
    uint32_t h = hash_bytes(key, len);
    size_t i = find_slot(m, key, len, h);
    if (m->slots[i]) {
        if (added)
            *added = 0;
        return m->entries[m->slots[i] - 1].value;
    }
    SR_GROW(m->entries, m->cap, m->n + 1);
    sr_strmap_entry *e = &m->entries[m->n];
    e->key = sr_arena_strndup(&m->keys, key, len);
    e->len = (uint32_t)len;
    e->hash = h;
    e->value = value;
    m->slots[i] = (uint32_t)(++m->n);
    if (added)
        *added = 1;
    return value;
}

uint32_t sr_strmap_get(const sr_strmap *m, const void *key, size_t len, uint32_t missing)
{
    if (!m->nslots)
        return missing;
    size_t i = find_slot(m, key, len, hash_bytes(key, len));
    return m->slots[i] ? m->entries[m->slots[i] - 1].value : missing;
}

void sr_strmap_free(sr_strmap *m)
{
    free(m->entries);
    free(m->slots);
    sr_arena_free(&m->keys);
    memset(m, 0, sizeof *m);
}
