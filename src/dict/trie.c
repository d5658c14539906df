/* The word trie behind every phrase lookup (see dict_internal.h). */
#include "dict/dict_internal.h"

#include "base/alloc.h"

#include <string.h>

static unsigned char up(unsigned char c)
{
    return (c >= 'a' && c <= 'z') ? (unsigned char)(c - 'a' + 'A') : c;
}

/* FNV-1a over the upper-cased word, then mixed with the parent so that the
 * same word under different parents lands in different places. */
static uint32_t hash_word(uint32_t parent, const char *w, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= up((unsigned char)w[i]);
        h *= 16777619u;
    }
    h ^= parent * 0x9E3779B1u;
    h ^= h >> 15;
    h *= 0x2C1B3C6Du;
    h ^= h >> 12;
    return h;
}

static int same_word(const char *stored, const char *w, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)stored[i] != up((unsigned char)w[i]))
            return 0;
    return 1;
}

static uint32_t new_node(sr_trie *t)
{
    size_t id = t->nnodes + 1;
    if (id >= t->ncap) {
        size_t ncap = t->ncap ? t->ncap * 2 : 256;
        t->value = sr_xrealloc(t->value, ncap * sizeof *t->value);
        t->flags = sr_xrealloc(t->flags, ncap);
        t->ncap = ncap;
    }
    t->value[id] = NULL;
    t->flags[id] = 0;
    t->nnodes = id;
    return (uint32_t)id;
}

/* The filter has SR_TRIE_FILTER_BITS bits per slot, so with the table at
 * most half full a missing child passes it about one time in eight. */
static size_t filter_mask(const sr_trie *t)
{
    return t->cap * SR_TRIE_FILTER_BITS - 1;
}

static void filter_set(sr_trie *t, uint32_t h)
{
    size_t b = h & filter_mask(t);
    t->filter[b / 64] |= (uint64_t)1 << (b % 64);
}

static int filter_has(const sr_trie *t, uint32_t h)
{
    size_t b = h & filter_mask(t);
    return (int)(t->filter[b / 64] >> (b % 64) & 1);
}

void sr_trie_init(sr_trie *t)
{
    memset(t, 0, sizeof *t);
    t->cap = 1024;
    t->slots = sr_xcalloc(t->cap, sizeof *t->slots);
    t->filter = sr_xcalloc(t->cap * SR_TRIE_FILTER_BITS / 64, sizeof *t->filter);
    new_node(t); /* the root */
}

void sr_trie_free(sr_trie *t)
{
    free(t->slots);
    free(t->filter);
    free(t->value);
    free(t->flags);
    memset(t, 0, sizeof *t);
}

uint32_t sr_trie_step(const sr_trie *t, uint32_t node, const char *w, size_t len)
{
    if (!node || !t->slots)
        return 0;
    uint32_t h = hash_word(node, w, len);
    if (!filter_has(t, h))
        return 0;
    size_t mask = t->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const sr_trie_slot *s = &t->slots[i];
        if (!s->child)
            return 0;
        if (s->hash == h && s->parent == node && s->len == len && same_word(s->word, w, len))
            return s->child;
    }
}

static void grow_table(sr_trie *t)
{
    size_t cap = t->cap * 2;
    sr_trie_slot *slots = sr_xcalloc(cap, sizeof *slots);
    for (size_t i = 0; i < t->cap; i++) {
        sr_trie_slot *s = &t->slots[i];
        if (!s->child)
            continue;
        size_t j = s->hash & (cap - 1);
        while (slots[j].child)
            j = (j + 1) & (cap - 1);
        slots[j] = *s;
    }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
    free(t->filter);
    t->filter = sr_xcalloc(cap * SR_TRIE_FILTER_BITS / 64, sizeof *t->filter);
    for (size_t i = 0; i < cap; i++)
        if (slots[i].child)
            filter_set(t, slots[i].hash);
}

uint32_t sr_trie_add(sr_trie *t, uint32_t node, const char *w, size_t len)
{
    uint32_t found = sr_trie_step(t, node, w, len);
    if (found)
        return found;
    /* Keep the load factor under 1/2 so probes stay short. */
    if ((t->used + 1) * 2 > t->cap)
        grow_table(t);
    uint32_t h = hash_word(node, w, len);
    size_t mask = t->cap - 1, i = h & mask;
    while (t->slots[i].child)
        i = (i + 1) & mask;
    uint32_t child = new_node(t);
    t->slots[i] = (sr_trie_slot){h, node, child, (uint32_t)len, w};
    filter_set(t, h);
    t->used++;
    return child;
}

void *sr_trie_longest(const sr_trie *t, const char *const *words, size_t nwords,
                      size_t start, unsigned flags, size_t *matched)
{
    void *best = NULL;
    size_t best_len = 0;
    uint32_t node = SR_TRIE_ROOT;
    for (size_t i = start; i < nwords && node; i++) {
        const char *w = words[i];
        size_t len = strlen(w);
        /* The tokenizer splits "Barad-dur" into "Barad", "-", "dur", but a
         * dictionary may write the name as one word (PETRARCH's BARAD-DUR,
         * Phoenix's hyphenated names): where the three words join into a
         * word the trie has at this point, the joined word is taken. */
        size_t l2;
        if (i + 2 < nwords && !strcmp(words[i + 1], "-") &&
            len + 1 + (l2 = strlen(words[i + 2])) < 128 && len && l2) {
            char joined[128];
            memcpy(joined, w, len);
            joined[len] = '-';
            memcpy(joined + len + 1, words[i + 2], l2);
            uint32_t c = sr_trie_step(t, node, joined, len + 1 + l2);
            if (c) {
                node = c;
                i += 2;
                if (t->value[node]) {
                    best = t->value[node];
                    best_len = i - start + 1;
                }
                continue;
            }
        }
        if ((flags & SR_MATCH_STEMS) && len > 1) {
            /* A stem can only be a phrase's last word, so a stem match ends
             * the phrase here; longer prefixes are tried first. */
            for (size_t k = len - 1; k > 0; k--) {
                uint32_t c = sr_trie_step(t, node, w, k);
                if (c && t->value[c] && (t->flags[c] & SR_TRIE_STEM)) {
                    best = t->value[c];
                    best_len = i - start + 1;
                    break;
                }
            }
        }
        node = sr_trie_step(t, node, w, len);
        if (node && t->value[node]) {
            best = t->value[node];
            best_len = i - start + 1;
        }
    }
    if (matched)
        *matched = best_len;
    return best;
}

uint32_t sr_trie_add_phrase(sr_trie *t, sr_arena *a, const char *phrase, size_t len,
                            int stems)
{
    uint32_t node = SR_TRIE_ROOT;
    size_t i = 0, nwords = 0;
    int last_exact = 0;
    while (i < len) {
        while (i < len && (phrase[i] == ' ' || phrase[i] == '\t' || phrase[i] == '_'))
            i++;
        size_t s = i;
        while (i < len && phrase[i] != ' ' && phrase[i] != '\t' && phrase[i] != '_')
            i++;
        if (i == s)
            break;
        char *w = sr_arena_alloc(a, i - s + 1);
        for (size_t k = s; k < i; k++)
            w[k - s] = (char)up((unsigned char)phrase[k]);
        node = sr_trie_add(t, node, w, i - s);
        nwords++;
        last_exact = i < len && phrase[i] == '_';
    }
    if (!nwords)
        return 0;
    if (stems && !last_exact)
        t->flags[node] |= SR_TRIE_STEM;
    return node;
}
