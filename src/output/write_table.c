/* write_table.c - events as an aligned table, for reading on a terminal.
 *
 * Rows are held back and printed in batches so each column is as wide as
 * its widest cell in the batch; long cells are cut with "..." so one wordy
 * actor text cannot push the table off the screen. Widths count code points,
 * not bytes, so names with accents line up. */
#include "output/writer_impl.h"
#include "base/alloc.h"

#include <stdio.h>
#include <string.h>

enum { TABLE_COLUMNS = 11, TABLE_BATCH = 200, TABLE_CELL_MAX = 28 };

static const char *const headers[TABLE_COLUMNS] = {
    "ID", "SENT", "DATE", "SOURCE", "TARGET", "CODE", "PLOVER", "WHERE", "KILLED", "VERB",
    "ISSUES",
};

typedef struct table {
    char **cells;          /* rows * TABLE_COLUMNS owned strings */
    size_t rows, cap;
} table;

static size_t width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

/* Copies s, cut to TABLE_CELL_MAX code points with "..." when longer. */
static char *cell(const char *s)
{
    if (!s || !*s)
        return sr_xstrdup("-");
    size_t cps = 0, i = 0, cut = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (cps == TABLE_CELL_MAX - 3)
                cut = i;
            cps++;
        }
    }
    if (cps <= TABLE_CELL_MAX)
        return sr_xstrdup(s);
    char *c = sr_xmalloc(cut + 4);
    memcpy(c, s, cut);
    memcpy(c + cut, "...", 4);
    return c;
}

static void emit(table *t, sr_buf *out)
{
    if (!t->rows)
        return;
    size_t w[TABLE_COLUMNS];
    for (int c = 0; c < TABLE_COLUMNS; c++)
        w[c] = width(headers[c]);
    for (size_t r = 0; r < t->rows; r++)
        for (int c = 0; c < TABLE_COLUMNS; c++) {
            size_t cw = width(t->cells[r * TABLE_COLUMNS + c]);
            if (cw > w[c])
                w[c] = cw;
        }
    for (size_t r = 0; r <= t->rows; r++) {
        for (int c = 0; c < TABLE_COLUMNS; c++) {
            const char *s = r == 0 ? headers[c] : t->cells[(r - 1) * TABLE_COLUMNS + c];
            sr_buf_puts(out, s);
            if (c + 1 < TABLE_COLUMNS)
                for (size_t pad = width(s); pad < w[c] + 2; pad++)
                    sr_buf_putc(out, ' ');
        }
        sr_buf_putc(out, '\n');
    }
    for (size_t i = 0; i < t->rows * TABLE_COLUMNS; i++)
        free(t->cells[i]);
    t->rows = 0;
}

static void indented(sr_buf *out, const char *label, const char *text)
{
    while (text && *text) {
        const char *nl = strchr(text, '\n');
        size_t len = nl ? (size_t)(nl - text) : strlen(text);
        sr_buf_puts(out, label);
        sr_buf_append(out, text, len);
        sr_buf_putc(out, '\n');
        text = nl ? nl + 1 : NULL;
    }
}

static int has_explanations(const sr_doc *doc)
{
    for (uint32_t i = 0; i < doc->nevents; i++)
        if (doc->events[i].explain)
            return 1;
    return doc->nnotes > 0;
}

/* "WMD(2) TERROR": the codes, with the count where a sentence names an
 * issue more than once. */
static char *issues_cell(const sr_event *ev)
{
    sr_buf b = SR_BUF_INIT;
    for (uint32_t i = 0; ev->issues && i < ev->nissues; i++) {
        if (i)
            sr_buf_putc(&b, ' ');
        sr_buf_puts(&b, ev->issues[i].code);
        if (ev->issues[i].count > 1)
            sr_buf_printf(&b, "(%u)", ev->issues[i].count);
    }
    char *c = cell(b.data);
    sr_buf_free(&b);
    return c;
}

static void add_row(table *t, const sr_doc *doc, const sr_event *ev)
{
    const sr_record *rec = doc->record;
    SR_GROW(t->cells, t->cap, (t->rows + 1) * TABLE_COLUMNS);
    char **row = &t->cells[t->rows * TABLE_COLUMNS];
    char num[32], killed[32];
    snprintf(num, sizeof num, "%u", ev->sent);
    if (ev->killed >= 0)
        snprintf(killed, sizeof killed, "%d", ev->killed);
    else
        killed[0] = '\0';
    row[0] = cell(rec ? rec->id : NULL);
    row[1] = cell(num);
    row[2] = cell(ev->date ? ev->date : rec ? rec->date : NULL);
    row[3] = cell(ev->source);
    row[4] = cell(ev->target);
    row[5] = cell(ev->code);
    row[6] = cell(ev->plover);
    row[7] = cell(ev->location.known ? ev->location.name : NULL);
    row[8] = cell(killed);
    row[9] = cell(ev->verb_text);
    row[10] = issues_cell(ev);
    t->rows++;
}

static void write_table(void *state, const sr_doc *doc, sr_buf *out)
{
    table *t = state;
    if (has_explanations(doc)) {
        /* With --explain each row is printed at once and followed by its
         * reasons, so the reasons stand under the event they explain. */
        emit(t, out);
        for (uint32_t i = 0; i < doc->nevents; i++) {
            add_row(t, doc, &doc->events[i]);
            emit(t, out);
            indented(out, "    why: ", doc->events[i].explain);
        }
        for (uint32_t i = 0; i < doc->nnotes; i++) {
            sr_buf_printf(out, "%s sentence %u: no event\n",
                          doc->record && doc->record->id ? doc->record->id : "-",
                          doc->notes[i].sent);
            indented(out, "    why: ", doc->notes[i].text);
        }
        return;
    }
    for (uint32_t i = 0; i < doc->nevents; i++) {
        add_row(t, doc, &doc->events[i]);
        if (t->rows == TABLE_BATCH)
            emit(t, out);
    }
}

static void finish_table(void *state, sr_buf *out)
{
    emit(state, out);
}

static void *new_table(void)
{
    return sr_xcalloc(1, sizeof(table));
}

static void free_table(void *state)
{
    table *t = state;
    for (size_t i = 0; i < t->rows * TABLE_COLUMNS; i++)
        free(t->cells[i]);
    free(t->cells);
    free(t);
}

const sr_writer_ops sr_write_table_ops = {write_table, finish_table, new_table, free_table};
