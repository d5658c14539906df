/* fuzz.h - what every fuzz target shares.
 *
 * Each tests/fuzz/fuzz_<name>.c defines LLVMFuzzerTestOneInput. Built with
 * clang -fsanitize=fuzzer (make fuzz) it is a libFuzzer target; built with
 * replay.c (make test) it replays the seed files of tests/fuzz/seeds/<name>/,
 * so every crash found once stays a regression test. FUZZ_CHECK aborts on a
 * broken invariant, which both drivers report as a failure. */
#ifndef SR_FUZZ_H
#define SR_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CHECK(cond) do { \
    if (!(cond)) { \
        fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond); \
        abort(); \
    } } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Writes data to a private temporary file and returns its path (static
 * storage, reused by the next call), for targets whose API reads files. */
const char *fuzz_temp_file(const uint8_t *data, size_t size);

#endif
