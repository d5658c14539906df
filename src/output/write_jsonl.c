/* write_jsonl.c - one JSON object per event (the contract in docs/jsonl.md).
 *
 * Keys are written in a fixed order and every contract key is present, with
 * null where the value is unknown, so that consumers can rely on the shape.
 * jansson does the escaping and number formatting. */
#include "output/writer_impl.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static json_t *string_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *location_json(const sr_location *loc)
{
    if (!loc->known)
        return json_null();
    json_t *o = json_object();
    json_object_set_new(o, "name", string_or_null(loc->name));
    json_object_set_new(o, "country", string_or_null(loc->country));
    json_object_set_new(o, "admin1", string_or_null(loc->admin1));
    json_object_set_new(o, "lat", json_real(loc->lat));
    json_object_set_new(o, "lon", json_real(loc->lon));
    json_object_set_new(o, "geonameid",
                        loc->geonameid > 0 ? json_integer(loc->geonameid) : json_null());
    json_object_set_new(o, "kind", string_or_null(loc->kind));
    return o;
}

static json_t *count_or_null(int32_t n)
{
    return n >= 0 ? json_integer(n) : json_null();
}

/* "line\nline" as an array of strings, one per line. */
static json_t *lines_json(const char *text)
{
    json_t *a = json_array();
    while (text && *text) {
        const char *nl = strchr(text, '\n');
        size_t len = nl ? (size_t)(nl - text) : strlen(text);
        if (len)
            json_array_append_new(a, json_stringn(text, len));
        text = nl ? nl + 1 : NULL;
    }
    return a;
}

/* [{"code": ..., "count": ...}, ...]; empty when the sentence has none. */
static json_t *issues_json(const sr_event *ev)
{
    json_t *a = json_array();
    for (uint32_t i = 0; ev->issues && i < ev->nissues; i++) {
        json_t *o = json_object();
        json_object_set_new(o, "code", json_string(ev->issues[i].code));
        json_object_set_new(o, "count", json_integer(ev->issues[i].count));
        json_array_append_new(a, o);
    }
    return a;
}

static void put_line(json_t *o, sr_buf *out)
{
    char *line = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
    sr_buf_puts(out, line);
    sr_buf_putc(out, '\n');
    free(line);
    json_decref(o);
}

/* With --explain, a sentence that coded nothing gets a line of its own that
 * says why; it has "code": null so event consumers can tell it apart. */
static void write_note(const sr_doc *doc, const sr_note *note, sr_buf *sentence, sr_buf *out)
{
    json_t *o = json_object();
    json_object_set_new(o, "id", string_or_null(doc->record ? doc->record->id : NULL));
    json_object_set_new(o, "sent", json_integer(note->sent));
    json_object_set_new(o, "code", json_null());
    json_object_set_new(o, "explain", lines_json(note->text));
    sr_buf_clear(sentence);
    sr_output_sentence_text(doc, note->sent, sentence);
    json_object_set_new(o, "sentence",
                        json_stringn(sentence->data ? sentence->data : "", sentence->len));
    put_line(o, out);
}

static void write_jsonl(void *state, const sr_doc *doc, sr_buf *out)
{
    (void)state;
    const sr_record *rec = doc->record;
    sr_buf sentence = SR_BUF_INIT;
    for (uint32_t i = 0; i < doc->nevents; i++) {
        const sr_event *ev = &doc->events[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", string_or_null(rec ? rec->id : NULL));
        json_object_set_new(o, "sent", json_integer(ev->sent));
        json_object_set_new(o, "date", string_or_null(ev->date ? ev->date : rec ? rec->date : NULL));
        json_object_set_new(o, "date_precision", string_or_null(ev->date_precision));
        json_object_set_new(o, "pubdate", string_or_null(rec ? rec->date : NULL));
        json_object_set_new(o, "source", json_string(ev->source ? ev->source : "---"));
        json_object_set_new(o, "target", json_string(ev->target ? ev->target : "---"));
        json_object_set_new(o, "code", string_or_null(ev->code));
        json_object_set_new(o, "plover", string_or_null(ev->plover));
        json_object_set_new(o, "goldstein",
                            ev->goldstein_known ? json_real(ev->goldstein) : json_null());
        json_object_set_new(o, "quad", ev->quad > 0 ? json_integer(ev->quad) : json_null());
        json_object_set_new(o, "issues", issues_json(ev));
        json_object_set_new(o, "source_text", string_or_null(ev->source_text));
        json_object_set_new(o, "target_text", string_or_null(ev->target_text));
        json_object_set_new(o, "verb_text", string_or_null(ev->verb_text));
        json_object_set_new(o, "location", location_json(&ev->location));
        json_object_set_new(o, "killed", count_or_null(ev->killed));
        json_object_set_new(o, "injured", count_or_null(ev->injured));
        json_object_set_new(o, "killed_low", count_or_null(ev->killed_low));
        json_object_set_new(o, "killed_high", count_or_null(ev->killed_high));
        json_object_set_new(o, "mentions", json_integer(ev->mentions ? ev->mentions : 1));
        json_object_set_new(o, "outlet", string_or_null(rec ? rec->source : NULL));
        sr_buf_clear(&sentence);
        sr_output_sentence_text(doc, ev->sent, &sentence);
        json_object_set_new(o, "sentence",
                            json_stringn(sentence.data ? sentence.data : "", sentence.len));
        if (ev->explain)
            json_object_set_new(o, "explain", lines_json(ev->explain));
        put_line(o, out);
    }
    for (uint32_t i = 0; i < doc->nnotes; i++)
        write_note(doc, &doc->notes[i], &sentence, out);
    sr_buf_free(&sentence);
}

const sr_writer_ops sr_write_jsonl_ops = {write_jsonl, NULL, NULL, NULL};
