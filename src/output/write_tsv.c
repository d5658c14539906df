/* write_tsv.c - tab-separated events in PETRARCH2's column order.
 *
 * PETRARCH2 writes: date (YYYYMMDD), source, target, code, issues, ids
 * (record id and sentence), url, outlet, and optionally the actor and verb
 * texts. sitrep writes those eight columns first, so PETRARCH2 consumers
 * keep working, then its own: source_text, target_text, verb_text, plover,
 * goldstein, quad, location, country, lat, lon, killed, injured. Tabs and
 * newlines inside fields become spaces. See docs/output-formats.md. */
#include "output/writer_impl.h"

#include <stdio.h>

static void text(sr_buf *out, const char *s)
{
    if (!s)
        return;
    for (; *s; s++)
        sr_buf_putc(out, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

static void field(sr_buf *out, const char *s)
{
    sr_buf_putc(out, '\t');
    text(out, s);
}

static void write_tsv(void *state, const sr_doc *doc, sr_buf *out)
{
    (void)state;
    const sr_record *rec = doc->record;
    for (uint32_t i = 0; i < doc->nevents; i++) {
        const sr_event *ev = &doc->events[i];
        char date[9];
        sr_output_compact_date(ev->date ? ev->date : rec ? rec->date : NULL, date);
        sr_buf_puts(out, date);
        field(out, ev->source ? ev->source : "---");
        field(out, ev->target ? ev->target : "---");
        field(out, ev->code);
        /* PETRARCH2's form: CODE,COUNT;CODE,COUNT */
        sr_buf_putc(out, '\t');
        for (uint32_t k = 0; ev->issues && k < ev->nissues; k++) {
            if (k)
                sr_buf_putc(out, ';');
            text(out, ev->issues[k].code);
            sr_buf_printf(out, ",%u", ev->issues[k].count);
        }
        sr_buf_putc(out, '\t');
        text(out, rec ? rec->id : NULL);
        sr_buf_printf(out, "-%u", ev->sent);
        field(out, rec ? rec->url : NULL);
        field(out, rec && rec->source ? rec->source : "NULL");
        field(out, ev->source_text);
        field(out, ev->target_text);
        field(out, ev->verb_text);
        field(out, ev->plover);
        char num[64];
        if (ev->goldstein_known) {
            snprintf(num, sizeof num, "%.1f", ev->goldstein);
            field(out, num);
        } else
            field(out, NULL);
        if (ev->quad > 0) {
            snprintf(num, sizeof num, "%d", ev->quad);
            field(out, num);
        } else
            field(out, NULL);
        const sr_location *loc = &ev->location;
        field(out, loc->known ? loc->name : NULL);
        field(out, loc->known ? loc->country : NULL);
        if (loc->known) {
            snprintf(num, sizeof num, "%.5f", loc->lat);
            field(out, num);
            snprintf(num, sizeof num, "%.5f", loc->lon);
            field(out, num);
        } else {
            field(out, NULL);
            field(out, NULL);
        }
        if (ev->killed >= 0) {
            snprintf(num, sizeof num, "%d", ev->killed);
            field(out, num);
        } else
            field(out, NULL);
        if (ev->injured >= 0) {
            snprintf(num, sizeof num, "%d", ev->injured);
            field(out, num);
        } else
            field(out, NULL);
        if (ev->explain) {
            /* One column, its lines joined, so each event stays one row. */
            sr_buf_putc(out, '\t');
            for (const char *p = ev->explain; *p; p++)
                if (*p == '\n')
                    sr_buf_puts(out, p[1] ? " | " : "");
                else
                    sr_buf_putc(out, *p == '\t' || *p == '\r' ? ' ' : *p);
        }
        sr_buf_putc(out, '\n');
    }
}

const sr_writer_ops sr_write_tsv_ops = {write_tsv, NULL, NULL, NULL};
