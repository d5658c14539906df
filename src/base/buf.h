/* buf.h - growable, owned byte buffer (always NUL-terminated).
 *
 * Used by writers and readers to build output and to accumulate lines.
 * Borrowed text elsewhere is a pointer plus length into a record's text. */
#ifndef SR_BASE_BUF_H
#define SR_BASE_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct sr_buf {
    char *data;   /* NUL-terminated once anything was appended; may be NULL */
    size_t len;
    size_t cap;
} sr_buf;

#define SR_BUF_INIT {0, 0, 0}

void sr_buf_append(sr_buf *b, const char *s, size_t len);
void sr_buf_puts(sr_buf *b, const char *s);
void sr_buf_putc(sr_buf *b, char c);
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void sr_buf_printf(sr_buf *b, const char *fmt, ...);
/* Empties the buffer, keeping its memory. */
void sr_buf_clear(sr_buf *b);
/* Hands the bytes to the caller (free() them) and empties the buffer. */
char *sr_buf_detach(sr_buf *b);
void sr_buf_free(sr_buf *b);

#endif
