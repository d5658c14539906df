#include "nlp/model_file.h"
#include "base/error.h"
#include "base/alloc.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

enum { HEADER_SIZE = 64, SECTION_ENTRY = 24, SECTION_ALIGN = 16 };

static const char model_magic[8] = { 'S', 'R', 'N', 'L', 'P', 'M', 'D', 'L' };

struct sr_model_file {
    char *path;
    const unsigned char *map;
    size_t size;
    uint32_t nsections;
};

#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
static void fail(sr_error *err, sr_status code, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sr_error_setv(err, code, path, 0, fmt, ap);
    va_end(ap);
}

void sr_model_name8(char out[8], const char *name)
{
    size_t len = strlen(name);
    memset(out, 0, 8);
    memcpy(out, name, len < 8 ? len : 8);
}

uint32_t sr_model_get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

static uint64_t get_u64(const unsigned char *p)
{
    return (uint64_t)sr_model_get_u32(p) | (uint64_t)sr_model_get_u32(p + 4) << 32;
}

float sr_model_get_f32(const unsigned char *p)
{
    uint32_t u = sr_model_get_u32(p);
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static int host_is_little_endian(void)
{
    const uint16_t one = 1;
    unsigned char c;
    memcpy(&c, &one, 1);
    return c == 1;
}

sr_status sr_model_file_open(const char *path, const char *kind,
                             sr_model_file **out, sr_error *err)
{
    *out = NULL;
    if (!host_is_little_endian()) {
        /* The weight arrays are used in place; a big-endian host would need
         * a byte-swapping loader, which nobody has asked for yet. */
        fail(err, SR_EMODEL, path, "model files are little-endian and this host is not");
        return SR_EMODEL;
    }
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        fail(err, SR_EMODEL, path, "cannot open model file: %s", strerror(errno));
        return SR_EMODEL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        fail(err, SR_EMODEL, path, "not a regular file");
        return SR_EMODEL;
    }
    size_t size = (size_t)st.st_size;
    if (size < HEADER_SIZE) {
        close(fd);
        fail(err, SR_EMODEL, path,
             "truncated model file: %lu bytes, shorter than the %d-byte header",
             (unsigned long)size, HEADER_SIZE);
        return SR_EMODEL;
    }
    void *m = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (m == MAP_FAILED) {
        fail(err, SR_EMODEL, path, "cannot map model file: %s", strerror(errno));
        return SR_EMODEL;
    }
    const unsigned char *p = m;
    char want_kind[8] = { 0 };
    sr_model_name8(want_kind, kind);
    char got_kind[9] = { 0 };
    memcpy(got_kind, p + 32, 8);
    uint32_t version = sr_model_get_u32(p + 8);
    uint32_t nsec = sr_model_get_u32(p + 12);
    uint64_t fsize = get_u64(p + 16);
    uint32_t crc = sr_model_get_u32(p + 24);
    int bad = 0;
    sr_status st_code = SR_EMODEL;
    if (memcmp(p, model_magic, sizeof model_magic) != 0) {
        fail(err, st_code, path, "not a sitrep model file (bad magic)");
        bad = 1;
    } else if (version != SR_MODEL_FORMAT_VERSION) {
        fail(err, st_code, path, "model format version %lu, expected %d",
             (unsigned long)version, SR_MODEL_FORMAT_VERSION);
        bad = 1;
    } else if (memcmp(p + 32, want_kind, 8) != 0) {
        fail(err, st_code, path, "wrong kind of model: %s model, expected %s", got_kind,
             kind);
        bad = 1;
    } else if (fsize != size) {
        fail(err, st_code, path,
             "%s model file: %lu bytes, header says %lu",
             fsize > size ? "truncated" : "damaged", (unsigned long)size,
             (unsigned long)fsize);
        bad = 1;
    } else if ((uint64_t)nsec * SECTION_ENTRY > size - HEADER_SIZE) {
        fail(err, st_code, path, "corrupt model file: section table of %lu entries "
             "does not fit", (unsigned long)nsec);
        bad = 1;
    } else {
        uint32_t got = (uint32_t)crc32(0L, p + HEADER_SIZE, (uInt)(size - HEADER_SIZE));
        if (got != crc) {
            fail(err, st_code, path, "corrupt model file: checksum %08lx, expected %08lx",
                 (unsigned long)got, (unsigned long)crc);
            bad = 1;
        }
    }
    if (!bad) {
        for (uint32_t i = 0; i < nsec; i++) {
            const unsigned char *e = p + HEADER_SIZE + (size_t)i * SECTION_ENTRY;
            uint64_t off = get_u64(e + 8), len = get_u64(e + 16);
            if (off > size || len > size - off || off % SECTION_ALIGN) {
                fail(err, st_code, path, "corrupt model file: section %lu out of bounds",
                     (unsigned long)i);
                bad = 1;
                break;
            }
        }
    }
    if (bad) {
        munmap(m, size);
        return st_code;
    }
    sr_model_file *mf = sr_xcalloc(1, sizeof *mf);
    mf->path = sr_xstrdup(path);
    mf->map = p;
    mf->size = size;
    mf->nsections = nsec;
    *out = mf;
    return SR_OK;
}

void sr_model_file_free(sr_model_file *mf)
{
    if (!mf)
        return;
    munmap((void *)mf->map, mf->size);
    free(mf->path);
    free(mf);
}

const char *sr_model_file_path(const sr_model_file *mf)
{
    return mf->path;
}

const void *sr_model_file_section(const sr_model_file *mf, const char *name,
                                  size_t *size)
{
    char key[8] = { 0 };
    sr_model_name8(key, name);
    for (uint32_t i = 0; i < mf->nsections; i++) {
        const unsigned char *e = mf->map + HEADER_SIZE + (size_t)i * SECTION_ENTRY;
        if (memcmp(e, key, 8) == 0) {
            *size = (size_t)get_u64(e + 16);
            return mf->map + get_u64(e + 8);
        }
    }
    *size = 0;
    return NULL;
}

void sr_model_put_u32(sr_buf *b, uint32_t v)
{
    unsigned char c[4] = { (unsigned char)v, (unsigned char)(v >> 8),
                           (unsigned char)(v >> 16), (unsigned char)(v >> 24) };
    sr_buf_append(b, (const char *)c, 4);
}

void sr_model_put_f32(sr_buf *b, float v)
{
    uint32_t u;
    memcpy(&u, &v, sizeof u);
    sr_model_put_u32(b, u);
}

static void put_u64(sr_buf *b, uint64_t v)
{
    sr_model_put_u32(b, (uint32_t)v);
    sr_model_put_u32(b, (uint32_t)(v >> 32));
}

void sr_model_writer_init(sr_model_writer *w, const char *kind)
{
    memset(w, 0, sizeof *w);
    sr_model_name8(w->kind, kind);
}

sr_buf *sr_model_writer_begin(sr_model_writer *w, const char *name)
{
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 8;
        w->names = sr_xrealloc(w->names, cap * sizeof *w->names);
        w->data = sr_xrealloc(w->data, cap * sizeof *w->data);
        w->cap = cap;
    }
    sr_model_name8(w->names[w->n], name);
    sr_buf *b = &w->data[w->n++];
    memset(b, 0, sizeof *b);
    return b;
}

void sr_model_writer_add(sr_model_writer *w, const char *name, const void *data,
                         size_t size)
{
    sr_buf *b = sr_model_writer_begin(w, name);
    sr_buf_append(b, data, size);
}

sr_status sr_model_writer_save(const sr_model_writer *w, const char *path, sr_error *err)
{
    sr_buf out = SR_BUF_INIT;
    size_t table_end = HEADER_SIZE + w->n * SECTION_ENTRY;
    size_t off = (table_end + SECTION_ALIGN - 1) / SECTION_ALIGN * SECTION_ALIGN;
    sr_buf head = SR_BUF_INIT;
    size_t *offs = sr_xcalloc(w->n ? w->n : 1, sizeof *offs);
    for (size_t i = 0; i < w->n; i++) {
        offs[i] = off;
        off += w->data[i].len;
        off = (off + SECTION_ALIGN - 1) / SECTION_ALIGN * SECTION_ALIGN;
    }
    size_t total = off;
    /* Body first (everything after the header) so its checksum is known. */
    for (size_t i = 0; i < w->n; i++) {
        sr_buf_append(&out, w->names[i], 8);
        put_u64(&out, offs[i]);
        put_u64(&out, w->data[i].len);
    }
    static const char zeros[SECTION_ALIGN] = { 0 };
    for (size_t i = 0; i < w->n; i++) {
        size_t at = HEADER_SIZE + out.len;
        if (at < offs[i])
            sr_buf_append(&out, zeros, offs[i] - at);
        if (w->data[i].len)
            sr_buf_append(&out, w->data[i].data, w->data[i].len);
    }
    if (HEADER_SIZE + out.len < total)
        sr_buf_append(&out, zeros, total - HEADER_SIZE - out.len);
    uint32_t crc = (uint32_t)crc32(0L, (const Bytef *)(out.data ? out.data : ""),
                                   (uInt)out.len);
    sr_buf_append(&head, model_magic, 8);
    sr_model_put_u32(&head, SR_MODEL_FORMAT_VERSION);
    sr_model_put_u32(&head, (uint32_t)w->n);
    put_u64(&head, total);
    sr_model_put_u32(&head, crc);
    sr_model_put_u32(&head, 0);
    sr_buf_append(&head, w->kind, 8);
    sr_buf_append(&head, zeros, 16);
    sr_buf_append(&head, zeros, 8);
    free(offs);

    sr_status st = SR_OK;
    FILE *f = fopen(path, "wb");
    if (!f) {
        fail(err, SR_EIO, path, "cannot create model file: %s", strerror(errno));
        st = SR_EIO;
    } else {
        int ok = fwrite(head.data, 1, head.len, f) == head.len &&
                 (out.len == 0 || fwrite(out.data, 1, out.len, f) == out.len);
        if (fclose(f) != 0)
            ok = 0;
        if (!ok) {
            fail(err, SR_EIO, path, "cannot write model file: %s", strerror(errno));
            st = SR_EIO;
        }
    }
    sr_buf_free(&head);
    sr_buf_free(&out);
    return st;
}

void sr_model_writer_free(sr_model_writer *w)
{
    for (size_t i = 0; i < w->n; i++)
        sr_buf_free(&w->data[i]);
    free(w->names);
    free(w->data);
    memset(w, 0, sizeof *w);
}
