/* The CoNLL-U parser over arbitrary bytes: it either reports a line or
 * returns sentences whose heads point inside them. */
#include "fuzz.h"
#include "base/arena.h"
#include "text/conllu.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sr_arena arena = SR_ARENA_INIT;
    sr_conllu_sentence *s;
    uint32_t n;
    sr_error err;
    memset(&err, 0, sizeof err);
    sr_status st = sr_conllu_parse((const char *)data, size, 1, &arena, &s, &n, &err);
    if (st == SR_OK) {
        for (uint32_t i = 0; i < n; i++)
            for (uint32_t k = 0; k < s[i].s.ntokens; k++)
                FUZZ_CHECK(s[i].s.tokens[k].head <= (int32_t)s[i].s.ntokens);
        size_t len;
        sr_conllu_doc_text(s, n, &arena, &len);
    } else {
        FUZZ_CHECK(st == SR_EBADRECORD && err.line >= 1 && err.message[0]);
    }
    sr_arena_free(&arena);
    return 0;
}
