/* The whole pipeline over arbitrary text: split, tokenize, tag, parse,
 * code and write JSONL, twice: with the coder test's small dictionaries
 * and with sitrep's own (./dict), whose verbs reach the coder's rules,
 * both with explanations on. Run from the repository root: the models come
 * from ./models. Every event must point at a sentence and token that
 * exist. */
#include "fuzz.h"
#include "sitrep.h"
#include "text/utf8.h"

#include <string.h>

static sr_engine *engine(int own)
{
    static sr_engine *e[2];
    if (!e[own]) {
        sr_engine_options o = sr_engine_options_default();
        o.data_dir = ".";
        static const char *actors[] = {"tests/data/coder/actors.txt"};
        if (!own) {
            o.verbs = "tests/data/coder/verbs.txt";
            o.actors = actors;
            o.nactors = 1;
            o.agents = "tests/data/coder/agents.txt";
        }
        o.explain = 1;
        sr_error err;
        FUZZ_CHECK(sr_engine_new(&o, &e[own], &err) == SR_OK);
        FUZZ_CHECK(sr_engine_codes_events(e[own]));
    }
    return e[own];
}

static void analyze(int own, const sr_record *rec)
{
    sr_doc *doc;
    sr_error err;
    FUZZ_CHECK(sr_engine_analyze(engine(own), rec, &doc, &err) == SR_OK);
    for (uint32_t i = 0; i < doc->nevents; i++) {
        const sr_event *ev = &doc->events[i];
        FUZZ_CHECK(ev->sent < doc->nsentences);
        FUZZ_CHECK(ev->verb_token < doc->sentences[ev->sent].ntokens);
        FUZZ_CHECK(ev->code && ev->source && ev->target && ev->date && ev->explain);
    }
    FILE *out = fopen("/dev/null", "w");
    sr_writer *w = sr_writer_new(SR_OUTPUT_JSONL, out);
    FUZZ_CHECK(sr_writer_write(w, doc, &err) == SR_OK);
    FUZZ_CHECK(sr_writer_finish(w, &err) == SR_OK);
    sr_writer_free(w);
    fclose(out);
    sr_doc_free(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!sr_utf8_valid((const char *)data, size, NULL) || memchr(data, 0, size))
        return 0;
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    sr_record rec;
    memset(&rec, 0, sizeof rec);
    rec.id = "fuzz";
    rec.date = "2024-11-30";
    rec.text = text;
    rec.text_len = size;
    rec.file = "fuzz";
    rec.line = rec.index = 1;
    analyze(0, &rec);
    analyze(1, &rec);
    free(text);
    return 0;
}
