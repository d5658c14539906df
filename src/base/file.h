/* file.h - reading a whole file into memory.
 *
 * For inputs that are read whole (dictionaries, treebanks, benchmark
 * corpora); news input is streamed by the readers instead (lines.h). */
#ifndef SR_BASE_FILE_H
#define SR_BASE_FILE_H

#include "sitrep.h"

/* Reads path into a malloc'd buffer with a NUL after the last byte (the
 * caller frees it). On failure returns SR_EIO and fills err (when not NULL)
 * with the path in err->file and the system's reason. */
sr_status sr_file_read_all(const char *path, char **data, size_t *len, sr_error *err);

#endif
