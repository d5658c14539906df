/* The sr_dict object: creation, release, counts, and the lookups that are
 * plain trie walks. The readers that fill it live in verbs.c, actors.c,
 * agents.c, discards.c and issues.c. */
#include "dict/dict_internal.h"

#include "base/alloc.h"

#include <string.h>

sr_dict *sr_dict_new(void)
{
    sr_dict *d = sr_xcalloc(1, sizeof *d);
    /* The Phoenix set needs several megabytes; big blocks mean few mallocs. */
    d->arena.block_size = 1 << 20;
    sr_trie_init(&d->verbs);
    sr_trie_init(&d->blocks);
    sr_trie_init(&d->synsets);
    sr_trie_init(&d->actors);
    sr_trie_init(&d->agents);
    sr_trie_init(&d->discards);
    sr_trie_init(&d->issues);
    return d;
}

void sr_dict_free(sr_dict *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->nblocks; i++)
        free(d->block_list[i]->pats);
    free(d->block_list);
    for (size_t i = 0; i < d->nsynsets; i++)
        free(d->synset_list[i]->mem);
    free(d->synset_list);
    free(d->xforms);
    sr_trie_free(&d->verbs);
    sr_trie_free(&d->blocks);
    sr_trie_free(&d->synsets);
    sr_trie_free(&d->actors);
    sr_trie_free(&d->agents);
    sr_trie_free(&d->discards);
    sr_trie_free(&d->issues);
    sr_arena_free(&d->arena);
    free(d);
}

sr_dict_stats sr_dict_get_stats(const sr_dict *d)
{
    return d->stats;
}

char *sr_dict_upper_dup(sr_dict *d, const char *s, size_t len)
{
    char *p = sr_arena_alloc(&d->arena, len + 1);
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        p[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
    }
    return p;
}

const char *sr_dict_intern_file(sr_dict *d, const char *path)
{
    return sr_arena_strdup(&d->arena, path);
}

char *sr_dict_trim(char *s, size_t *len)
{
    size_t n = *len;
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    *len = n;
    return s;
}

const sr_verb_form *sr_dict_verb_lookup(const sr_dict *d, const char *word, size_t len)
{
    uint32_t node = sr_trie_step(&d->verbs, SR_TRIE_ROOT, word, len);
    return node ? d->verbs.value[node] : NULL;
}

const sr_synset *sr_dict_synset(const sr_dict *d, const char *name)
{
    if (name[0] == '&')
        name++;
    size_t len = strlen(name);
    while (len && name[len - 1] == '_')
        len--;
    uint32_t node = sr_trie_step(&d->synsets, SR_TRIE_ROOT, name, len);
    return node ? d->synsets.value[node] : NULL;
}

size_t sr_dict_transforms(const sr_dict *d, const sr_verb_transform *const **out)
{
    if (out)
        *out = d->xforms;
    return d->nxforms;
}

const sr_actor *sr_dict_actor_match(const sr_dict *d, const char *const *words,
                                    size_t nwords, size_t start, unsigned flags,
                                    size_t *matched)
{
    return sr_trie_longest(&d->actors, words, nwords, start, flags, matched);
}

const sr_agent *sr_dict_agent_match(const sr_dict *d, const char *const *words,
                                    size_t nwords, size_t start, unsigned flags,
                                    size_t *matched)
{
    return sr_trie_longest(&d->agents, words, nwords, start, flags, matched);
}

const sr_discard *sr_dict_discard_match(const sr_dict *d, const char *const *words,
                                        size_t nwords, size_t start, unsigned flags,
                                        size_t *matched)
{
    return sr_trie_longest(&d->discards, words, nwords, start, flags, matched);
}

const sr_issue *sr_dict_issue_match(const sr_dict *d, const char *const *words,
                                    size_t nwords, size_t start, unsigned flags,
                                    size_t *matched)
{
    return sr_trie_longest(&d->issues, words, nwords, start, flags, matched);
}
