/* error.h - filling an sr_error (internal helper for every module).
 *
 * Every module reports the same way: status, input file, line, a message.
 * These fill the struct in one place so that no module forgets to clear
 * a field left from an earlier error. */
#ifndef SR_BASE_ERROR_H
#define SR_BASE_ERROR_H

#include "sitrep.h"

#include <stdarg.h>

/* Clears *err and sets code, file (may be NULL), line and the formatted
 * message. Does nothing when err is NULL. Returns code. */
#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
sr_status sr_error_set(sr_error *err, sr_status code, const char *file, size_t line,
                       const char *fmt, ...);
sr_status sr_error_setv(sr_error *err, sr_status code, const char *file, size_t line,
                        const char *fmt, va_list ap);

#endif
