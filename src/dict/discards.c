/* Discard lists (docs/dictionaries.md, "Discards"): one phrase a line; a
 * sentence containing it is not coded, or with a leading '+' the whole
 * story is not. */
#include "dict/dict_internal.h"

#include <string.h>

sr_status sr_dict_load_discards(sr_dict *d, const char *path, sr_dict_diags *diags,
                                sr_error *err)
{
    sr_dict_reader r;
    sr_status st = sr_dict_reader_open(&r, d, path, diags, err);
    if (st != SR_OK)
        return st;
    char *line;
    size_t len;
    while (sr_dict_reader_next(&r, &line, &len)) {
        char *s = sr_dict_trim(line, &len);
        sr_discard_scope scope = SR_DISCARD_SENTENCE;
        if (s[0] == '+') {
            scope = SR_DISCARD_STORY;
            s++;
            len--;
            s = sr_dict_trim(s, &len);
        }
        if (memchr(s, '[', len) || memchr(s, ']', len)) {
            sr_dict_report(&r, r.lineno, SR_DIAG_ERROR,
                         "discard phrases take no [code]; line skipped");
            continue;
        }
        uint32_t node = sr_trie_add_phrase(&d->discards, &d->arena, s, len, 1);
        if (!node) {
            sr_dict_report(&r, r.lineno, SR_DIAG_ERROR, "'+' without a phrase; line skipped");
            continue;
        }
        sr_discard *x = sr_arena_alloc(&d->arena, sizeof *x);
        x->phrase = sr_dict_upper_dup(d, s, len);
        x->scope = scope;
        x->file = r.file;
        x->line = (uint32_t)r.lineno;
        if (d->discards.value[node])
            d->stats.redefined++;
        d->discards.value[node] = x;
        d->stats.discards++;
    }
    sr_dict_reader_close(&r);
    return SR_OK;
}
