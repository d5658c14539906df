#include "text/segment.h"
#include "text/normalize.h"
#include "text/sentence.h"
#include "text/tokenize.h"
#include "base/alloc.h"

#include <assert.h>
#include <string.h>

void sr_segment(const char *text, size_t len, sr_arena *arena,
                sr_sentence **out, uint32_t *nout)
{
    *out = NULL;
    *nout = 0;
    /* Offsets are 32-bit (sr_token); readers cap records far below this
     * (SR_DEFAULT_MAX_RECORD), so a longer text is a caller's bug. */
    assert(len <= UINT32_MAX);
    /* Raw tokens are scratch: one heap array per call, grown by doubling.
     * News averages five to six bytes per token; room for one per four
     * bytes means most articles need a single allocation. */
    sr_rawtoks raw = {0, 0, 0};
    SR_GROW(raw.items, raw.cap, len / 4 + 16);
    sr_tokenize(text, len, &raw);
    if (raw.n == 0) {
        sr_rawtoks_free(&raw);
        return;
    }
    sr_sentence_mark(text, raw.items, raw.n);

    size_t nsent = 0, form_bytes = 0;
    for (size_t i = 0; i < raw.n; i++) {
        nsent += (raw.items[i].flags & SR_TOKF_SENT_END) != 0;
        form_bytes += raw.items[i].end - raw.items[i].start + 1;
    }

    /* One block each for sentences, tokens and forms: a form is never
     * longer than its span (normalize.h), so the spans bound the forms. */
    sr_sentence *sents = sr_arena_alloc(arena, nsent * sizeof *sents);
    sr_token *toks = sr_arena_alloc(arena, raw.n * sizeof *toks);
    char *forms = sr_arena_alloc(arena, form_bytes);

    size_t s = 0, first = 0;
    for (size_t i = 0; i < raw.n; i++) {
        const sr_rawtok *r = &raw.items[i];
        sr_token *t = &toks[i];
        size_t n = r->end - r->start;
        t->start = r->start;
        t->end = r->end;
        if (r->flags & SR_TOKF_NONASCII)
            n = sr_norm_form(text + r->start, n, forms);
        else
            memcpy(forms, text + r->start, n);
        forms[n] = '\0';
        t->form = forms;
        forms += n + 1;
        t->head = -1;
        t->space_after = (r->flags & SR_TOKF_SPACE_AFTER) != 0;
        if (r->flags & SR_TOKF_SENT_END) {
            sr_sentence *se = &sents[s++];
            se->tokens = &toks[first];
            se->ntokens = (uint32_t)(i + 1 - first);
            se->start = toks[first].start;
            se->end = t->end;
            first = i + 1;
        }
    }
    sr_rawtoks_free(&raw);
    *out = sents;
    *nout = (uint32_t)nsent;
}
