/* lines.h - a bounded line reader over plain or gzip-compressed input.
 *
 * Reads a file (or stdin) one line at a time through zlib, which passes
 * plain files through unchanged, so one code path serves both. Memory stays
 * bounded by the caller's per-line cap: a line longer than the cap is
 * returned cut to the cap, with its full length counted, and the rest of it
 * is read and thrown away rather than buffered. The first bytes of the input
 * can be inspected before any line is read, for format detection.
 *
 * It does not interpret the bytes: no encoding check, no BOM handling beyond
 * dropping one UTF-8 BOM at the very start, no record structure. A trailing
 * CR is dropped from each line so CRLF files read like LF files. */
#ifndef SR_BASE_LINES_H
#define SR_BASE_LINES_H

#include <stddef.h>

#include "sitrep.h"

typedef struct sr_lines sr_lines;

typedef struct sr_line {
    const char *text;   /* the line without its newline; valid until the
                           next call on the reader */
    size_t len;         /* bytes in text (at most the cap) */
    size_t full_len;    /* length of the whole line; > len when cut */
    size_t number;      /* 1-based line number */
} sr_line;

/* Opens path, or stdin when path is NULL or "-". name is used in messages
 * (err->file). Returns SR_EIO with the system's reason when the file cannot
 * be opened or is a directory. */
sr_status sr_lines_open(const char *path, const char *name, sr_lines **out,
                        sr_error *err);

/* Makes up to n bytes from the start of the input available at *p without
 * consuming them (fewer at end of input). Only valid before the first
 * sr_lines_next. Returns SR_EIO on a read or decompression error. */
sr_status sr_lines_peek(sr_lines *l, size_t n, const char **p, size_t *len,
                        sr_error *err);

/* Reads the next line, keeping at most cap bytes of it. Returns SR_OK,
 * SR_END at end of input, or SR_EIO on a read or decompression error
 * (a truncated gzip stream is one). */
sr_status sr_lines_next(sr_lines *l, size_t cap, sr_line *out, sr_error *err);

void sr_lines_close(sr_lines *l);

#endif
