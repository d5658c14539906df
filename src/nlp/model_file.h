/* model_file.h - the binary container that holds a trained model.
 *
 * A model file is a header, a table of named sections and the section bytes,
 * all little-endian, sections aligned to 16 bytes so that arrays can be used
 * in place once the file is mapped into memory:
 *
 *   0  magic "SRNLPMDL"        8 bytes
 *   8  format version           uint32 (SR_MODEL_FORMAT_VERSION)
 *  12  section count            uint32
 *  16  file size in bytes       uint64 (a shorter file is truncated)
 *  24  CRC-32 of bytes 64..end  uint32 (zlib crc32)
 *  28  reserved, zero           uint32
 *  32  kind, NUL-padded         8 bytes ("tagger", "parser")
 *  40  reserved, zero           24 bytes
 *  64  section table: per section an 8-byte NUL-padded name, a uint64
 *      offset from the start of the file and a uint64 size
 *
 * The trainer adds a section "about" with a readable build description
 * (program, version, training data, settings).
 *
 * This module checks the container (magic, version, kind, size, checksum,
 * section bounds) and hands out section pointers; it knows nothing about
 * what the sections mean. Files are opened with mmap, so loading costs one
 * checksum pass and no copying; the mapping is read-only and can be shared
 * between threads. */
#ifndef SR_NLP_MODEL_FILE_H
#define SR_NLP_MODEL_FILE_H

#include "sitrep.h"
#include "base/buf.h"

#include <stddef.h>
#include <stdint.h>

enum { SR_MODEL_FORMAT_VERSION = 1 };

typedef struct sr_model_file sr_model_file;

/* Maps path and checks it is a model of the given kind. On failure returns
 * SR_EMODEL (SR_EIO when the file cannot be opened) with err->file set to
 * path and a message saying what is wrong. */
sr_status sr_model_file_open(const char *path, const char *kind,
                             sr_model_file **out, sr_error *err);
void sr_model_file_free(sr_model_file *mf);

/* Finds section name; returns its bytes and size, or NULL when absent. The
 * pointer stays valid until sr_model_file_free and is 16-byte aligned. */
const void *sr_model_file_section(const sr_model_file *mf, const char *name,
                                  size_t *size);
const char *sr_model_file_path(const sr_model_file *mf);

/* Building a file: sections are appended in order, then saved at once. */
typedef struct sr_model_writer {
    char kind[8];
    char (*names)[8];
    sr_buf *data;
    size_t n, cap;
} sr_model_writer;

void sr_model_writer_init(sr_model_writer *w, const char *kind);
/* Copies size bytes into a new section called name (at most 8 bytes). */
void sr_model_writer_add(sr_model_writer *w, const char *name, const void *data,
                         size_t size);
/* Returns the buffer of a new section for the caller to fill in. */
sr_buf *sr_model_writer_begin(sr_model_writer *w, const char *name);
sr_status sr_model_writer_save(const sr_model_writer *w, const char *path,
                               sr_error *err);
void sr_model_writer_free(sr_model_writer *w);

/* Copies name into an 8-byte NUL-padded field (truncating longer names). */
void sr_model_name8(char out[8], const char *name);

/* Fixed-width little-endian appenders for section contents. */
void sr_model_put_u32(sr_buf *b, uint32_t v);
void sr_model_put_f32(sr_buf *b, float v);
uint32_t sr_model_get_u32(const unsigned char *p);
float sr_model_get_f32(const unsigned char *p);

#endif
