/* Every reader over arbitrary bytes: the first byte picks the format (and
 * a small record limit now and then), the rest is the file. Every record
 * must come back valid UTF-8 with a location; nothing may crash or hang. */
#include "fuzz.h"
#include "sitrep.h"
#include "text/utf8.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    sr_read_options opt = sr_read_options_default();
    opt.format = (sr_format)(data[0] % 5);
    opt.split_blank = (data[0] >> 3) & 1;
    if (data[0] & 0x80)
        opt.max_record = 64;
    const char *path = fuzz_temp_file(data + 1, size - 1);
    sr_reader *r;
    sr_error err;
    if (sr_reader_open(path, &opt, &r, &err) != SR_OK)
        return 0;
    for (int guard = 0; guard < 100000; guard++) {
        sr_record *rec;
        sr_status st = sr_reader_next(r, &rec, &err);
        if (st == SR_END || (st != SR_OK && st != SR_EBADRECORD))
            break;
        if (st == SR_EBADRECORD) {
            FUZZ_CHECK(err.message[0] != '\0');
            continue;
        }
        FUZZ_CHECK(rec->text != NULL);
        FUZZ_CHECK(strlen(rec->text) == rec->text_len);
        FUZZ_CHECK(sr_utf8_valid(rec->text, rec->text_len, NULL));
        FUZZ_CHECK(rec->id != NULL && rec->line > 0 && rec->index > 0);
        FUZZ_CHECK(rec->text_len <= opt.max_record);
        sr_record_free(rec);
    }
    sr_reader_free(r);
    return 0;
}
