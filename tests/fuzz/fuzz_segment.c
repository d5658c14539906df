/* The sentence splitter and tokenizer over arbitrary valid UTF-8: offsets
 * must lie inside the text, in order, and never overlap. */
#include "fuzz.h"
#include "base/arena.h"
#include "text/segment.h"
#include "text/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    if (!sr_utf8_valid(text, size, NULL))
        return 0;
    sr_arena arena = SR_ARENA_INIT;
    sr_sentence *sents;
    uint32_t n;
    sr_segment(text, size, &arena, &sents, &n);
    uint32_t last_end = 0;
    for (uint32_t s = 0; s < n; s++) {
        FUZZ_CHECK(sents[s].start >= last_end);
        FUZZ_CHECK(sents[s].start <= sents[s].end && sents[s].end <= size);
        FUZZ_CHECK(sents[s].ntokens > 0);
        for (uint32_t k = 0; k < sents[s].ntokens; k++) {
            const sr_token *t = &sents[s].tokens[k];
            FUZZ_CHECK(t->start >= last_end && t->start < t->end && t->end <= size);
            FUZZ_CHECK(t->start >= sents[s].start && t->end <= sents[s].end);
            FUZZ_CHECK(t->form && t->form[0]);
            last_end = t->end;
        }
    }
    sr_arena_free(&arena);
    return 0;
}
