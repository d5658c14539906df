/* CoNLL-U parses of any shape through the coder: the input is read as the
 * parse of one record (as `sitrep code --from conllu --use-parse` reads
 * it) and coded with sitrep's own dictionaries (./dict) with explanations
 * on, so trees, labels and tags the parser would never produce reach every
 * coder rule. Run from the repository root. Invariants:
 *
 * - coding never fails on a parse sr_conllu_parse accepted, and every
 *   event points at a sentence and token that exist and carries its code,
 *   actors, date and explanation;
 * - every line the JSONL writer makes of it (events and the --explain
 *   lines of sentences without one) is a JSON object;
 * - the parse repairs of a tree (src/nlp/relabel.c, run on the parser's
 *   output) and of the coder's view (sr_coder_sent_build) keep a tree a
 *   tree: a sentence whose given heads form one rooted tree is never
 *   refused for a cycle or a token headed by itself. */
#include "fuzz.h"
#include "sitrep.h"
#include "base/arena.h"
#include "base/buf.h"
#include "coder/coder_internal.h"
#include "nlp/parser.h"
#include "text/conllu.h"
#include "text/utf8.h"

#include <jansson.h>
#include <string.h>

static sr_engine *engine(void)
{
    static sr_engine *e;
    if (!e) {
        sr_engine_options o = sr_engine_options_default();
        o.data_dir = ".";
        o.load_parser = 0;
        o.use_given_parse = 1;
        o.explain = 1;
        sr_error err;
        FUZZ_CHECK(sr_engine_new(&o, &e, &err) == SR_OK);
        FUZZ_CHECK(sr_engine_codes_events(e));
    }
    return e;
}

/* Heads all in range, none a token's own, and every token reaches a root:
 * a tree (or a forest, which the parser never makes but a file may). */
static int is_forest(const sr_token *t, uint32_t n, sr_arena *a)
{
    uint8_t *state = sr_arena_alloc(a, n + 1); /* 0 new, 1 on path, 2 done */
    memset(state, 0, n + 1);
    for (uint32_t i = 0; i < n; i++) {
        if (t[i].head < 0 || t[i].head > (int32_t)n || t[i].head == (int32_t)i + 1 ||
            !t[i].deprel)
            return 0;
    }
    for (uint32_t i = 0; i < n; i++) {
        uint32_t k = i + 1;
        while (k && state[k] == 0) {
            state[k] = 1;
            k = (uint32_t)t[k - 1].head;
        }
        if (k && state[k] == 1)
            return 0;
        for (k = i + 1; k && state[k] == 1; k = (uint32_t)t[k - 1].head)
            state[k] = 2;
    }
    return 1;
}

static void check_repairs(sr_conllu_sentence *cs, uint32_t ns, sr_arena *a)
{
    for (uint32_t i = 0; i < ns; i++) {
        const sr_sentence *s = &cs[i].s;
        uint32_t n = s->ntokens;
        if (n == 0 || !is_forest(s->tokens, n, a))
            continue;
        /* The parser's repairs, on a copy of a tree with one root (which
         * is what the parser makes). */
        uint32_t roots = 0;
        for (uint32_t k = 0; k < n; k++)
            roots += s->tokens[k].head == 0;
        sr_token *copy = sr_arena_alloc(a, n * sizeof *copy);
        memcpy(copy, s->tokens, n * sizeof *copy);
        if (roots == 1) {
            sr_parse_relabel(copy, n);
            FUZZ_CHECK(is_forest(copy, n, a));
        }
        /* The coder's view of the given tree and of the repaired one. */
        sr_sentence rs = *s;
        for (int pass = 0; pass < 1 + (roots == 1); pass++) {
            sr_cs_sent view;
            const char *why = NULL;
            if (sr_coder_sent_build(&view, pass ? &rs : s, a, &why) != 0) {
                fprintf(stderr, "sentence %u refused: %s\n", i + 1, why ? why : "?");
                abort();
            }
            rs.tokens = copy;
        }
    }
}

/* The record text as the CoNLL-U reader builds it: each sentence's
 * "# text =" line, or its forms, joined by single spaces. */
static char *record_text(sr_conllu_sentence *cs, uint32_t n, sr_arena *a, size_t *len)
{
    sr_buf b = SR_BUF_INIT;
    for (uint32_t i = 0; i < n; i++) {
        if (b.len)
            sr_buf_putc(&b, ' ');
        if (cs[i].text) {
            sr_buf_puts(&b, cs[i].text);
        } else {
            size_t l;
            const char *t = sr_conllu_doc_text(&cs[i], 1, a, &l);
            sr_buf_append(&b, t, l);
        }
    }
    *len = b.len;
    sr_buf_putc(&b, '\0');
    return sr_buf_detach(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!sr_utf8_valid((const char *)data, size, NULL) || memchr(data, 0, size))
        return 0;
    sr_arena arena = SR_ARENA_INIT;
    sr_conllu_sentence *cs;
    uint32_t ns;
    sr_error err;
    memset(&err, 0, sizeof err);
    if (sr_conllu_parse((const char *)data, size, 1, &arena, &cs, &ns, &err) != SR_OK ||
        ns == 0) {
        sr_arena_free(&arena);
        return 0;
    }
    sr_record rec;
    memset(&rec, 0, sizeof rec);
    rec.id = "fuzz";
    rec.date = "2024-11-30";
    rec.text = record_text(cs, ns, &arena, &rec.text_len);
    rec.parse = malloc(size + 1);
    memcpy(rec.parse, data, size);
    rec.parse[size] = '\0';
    rec.file = "fuzz";
    rec.line = rec.index = 1;

    sr_doc *doc;
    FUZZ_CHECK(sr_engine_analyze(engine(), &rec, &doc, &err) == SR_OK);
    FUZZ_CHECK(doc->nsentences == ns);
    for (uint32_t i = 0; i < doc->nevents; i++) {
        const sr_event *ev = &doc->events[i];
        FUZZ_CHECK(ev->sent < doc->nsentences);
        FUZZ_CHECK(ev->verb_token < doc->sentences[ev->sent].ntokens);
        FUZZ_CHECK(ev->code && ev->source && ev->target && ev->date && ev->explain);
    }
    for (uint32_t i = 0; i < doc->nnotes; i++)
        FUZZ_CHECK(doc->notes[i].sent < doc->nsentences && doc->notes[i].text);
    char *json = NULL;
    size_t json_len = 0;
    FILE *out = open_memstream(&json, &json_len);
    sr_writer *w = sr_writer_new(SR_OUTPUT_JSONL, out);
    FUZZ_CHECK(sr_writer_write(w, doc, &err) == SR_OK);
    FUZZ_CHECK(sr_writer_finish(w, &err) == SR_OK);
    sr_writer_free(w);
    FUZZ_CHECK(fclose(out) == 0);
    for (char *line = json, *nl; line < json + json_len; line = nl + 1) {
        nl = memchr(line, '\n', (size_t)(json + json_len - line));
        FUZZ_CHECK(nl != NULL);
        json_error_t jerr;
        json_t *v = json_loadb(line, (size_t)(nl - line), 0, &jerr);
        if (!v || !json_is_object(v)) {
            fprintf(stderr, "not a JSON object: %.*s\n", (int)(nl - line), line);
            abort();
        }
        json_decref(v);
    }
    free(json);
    sr_doc_free(doc);

    check_repairs(cs, ns, &arena);
    free(rec.parse);
    free(rec.text);
    sr_arena_free(&arena);
    return 0;
}
