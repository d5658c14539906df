/* reader_impl.h - what the news readers share (internal to src/text).
 *
 * sr_reader (declared in sitrep.h) is one input opened through the line
 * reader (base/lines.h) plus the state of one format. reader.c opens the
 * input, detects the format and dispatches; each read_<format>.c turns lines
 * into records. The helpers here build records and errors so that every
 * record carries file, line and index and every error carries file, line and
 * record number in the same way.
 *
 * Nothing here prints; nothing keeps global state. */
#ifndef SR_TEXT_READER_IMPL_H
#define SR_TEXT_READER_IMPL_H

#include "sitrep.h"
#include "base/lines.h"

#include <stddef.h>

/* The first bytes inspected for detection and the binary-data check. */
enum { SR_READER_SNIFF = 4096 };

typedef struct sr_reader_ops {
    /* Yields the next record as sr_reader_next does. */
    sr_status (*next)(sr_reader *r, sr_record **out, sr_error *err);
    /* Releases r->state. */
    void (*free)(void *state);
} sr_reader_ops;

struct sr_reader {
    sr_lines *in;
    char *name;              /* file name for messages: path as given, "-" */
    sr_format format;
    sr_read_options opt;     /* date and id point at copies owned here */
    char *opt_date, *opt_id;
    size_t nrecords;         /* records started so far, bad ones included */
    int done;                /* SR_END or a fatal error was returned */
    const sr_reader_ops *ops;
    void *state;
};

/* Format entry points: each sets r->ops and r->state. */
void sr_read_text_init(sr_reader *r);
void sr_read_jsonl_init(sr_reader *r);
void sr_read_petrarch_init(sr_reader *r);
void sr_read_conllu_init(sr_reader *r);

/* A new, zeroed record of r at the given line, numbered r->nrecords; the
 * file name is stored inside the record's own allocation. */
sr_record *sr_reader_record_new(const sr_reader *r, size_t line);

/* Fills err (when not NULL) with code, r's file name, line and record
 * number, and the formatted message; returns code. */
#if defined(__GNUC__)
__attribute__((format(printf, 6, 7)))
#endif
sr_status sr_reader_fail(const sr_reader *r, sr_error *err, sr_status code,
                         size_t line, size_t record, const char *fmt, ...);

/* Checks that s[0..len) is UTF-8. On failure fills err with an
 * SR_EBADRECORD naming the line and byte column of the first bad byte,
 * where s starts at line first_line, column first_col (1-based), and
 * returns 0. */
int sr_reader_check_utf8(const sr_reader *r, const char *s, size_t len,
                         size_t first_line, size_t first_col, size_t record,
                         sr_error *err);

/* Parses an ISO 8601 date, "YYYY-MM-DD" optionally followed by a time
 * ("T" or space, hh:mm[:ss[.fff]], then "Z" or a +hh:mm / +hhmm offset), and
 * writes the calendar date as written (no time-zone shift) into out as
 * "YYYY-MM-DD". Returns 0 when s is not such a date or the day does not
 * exist. */
int sr_reader_parse_date(const char *s, size_t len, char out[11]);

/* A record that is too long: message stating the size and the limit. */
sr_status sr_reader_too_long(const sr_reader *r, sr_error *err, size_t line,
                             size_t record, const char *what, size_t size);

#endif
