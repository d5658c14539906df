#include "fuzz.h"

#include <string.h>
#include <unistd.h>

const char *fuzz_temp_file(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0]) {
        snprintf(path, sizeof path, "/tmp/sitrep-fuzz-%ld", (long)getpid());
    }
    FILE *f = fopen(path, "wb");
    FUZZ_CHECK(f != NULL);
    if (size)
        FUZZ_CHECK(fwrite(data, 1, size, f) == size);
    FUZZ_CHECK(fclose(f) == 0);
    return path;
}
