/* harness.h - the unit-test harness: a check macro, a test list, a summary.
 *
 * Each tests/unit/X_test.c is its own program. It defines test functions
 * with TEST(name), lists them in main with RUN(name), and ends with
 * return harness_summary(). Every check counts; a test passes when all of
 * its checks hold. The summary line "N passed, N failed" is what
 * tests/run.sh adds up. Tests that need ../shared/data call
 * harness_shared_path, which says clearly when the data is absent. */
#ifndef SR_TEST_HARNESS_H
#define SR_TEST_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int harness_passed, harness_failed, harness_skipped, harness_current_failed;
static const char *harness_current;

#define CHECK(cond) do { \
    if (!(cond)) { \
        fprintf(stderr, "  %s:%d: %s: check failed: %s\n", __FILE__, __LINE__, \
                harness_current, #cond); \
        harness_current_failed = 1; \
    } } while (0)

#define CHECK_STR(got, want) do { \
    const char *g_ = (got), *w_ = (want); \
    if (!g_ || !w_ || strcmp(g_, w_) != 0) { \
        fprintf(stderr, "  %s:%d: %s: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
                harness_current, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
        harness_current_failed = 1; \
    } } while (0)

#define CHECK_INT(got, want) do { \
    long long g_ = (long long)(got), w_ = (long long)(want); \
    if (g_ != w_) { \
        fprintf(stderr, "  %s:%d: %s: got %lld, want %lld (%s)\n", __FILE__, __LINE__, \
                harness_current, g_, w_, #got); \
        harness_current_failed = 1; \
    } } while (0)

#define TEST(name) static void name(void)

/* Marks the running test as skipped (for missing shared data) and returns. */
#define SKIP(why) do { \
    fprintf(stderr, "  skip %s: %s\n", harness_current, why); \
    harness_current_failed = -1; return; } while (0)

#define RUN(name) do { \
    harness_current = #name; harness_current_failed = 0; \
    name(); \
    if (harness_current_failed < 0) harness_skipped++; \
    else if (harness_current_failed) { harness_failed++; fprintf(stderr, "FAIL %s\n", #name); } \
    else harness_passed++; } while (0)

static inline int harness_summary(void)
{
    if (harness_skipped)
        printf("%d passed, %d failed, %d skipped\n", harness_passed, harness_failed,
               harness_skipped);
    else
        printf("%d passed, %d failed\n", harness_passed, harness_failed);
    return harness_failed ? 1 : 0;
}

/* Path of a file under the shared data folder (SHARED, default
 * ../shared/data), or NULL with a message when it is not there. */
static inline const char *harness_shared_path(const char *rel)
{
    static char path[1024];
    const char *dir = getenv("SHARED");
    snprintf(path, sizeof path, "%s/%s", dir && *dir ? dir : "../shared/data", rel);
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "  shared data absent: %s (set SHARED to ../shared/data)\n", path);
        return NULL;
    }
    return path;
}

/* Splits s on blanks into words, for the dictionary phrase lookups. The
 * words live in a static buffer until the next call. */
static inline size_t harness_words(const char *s, const char **words, size_t max)
{
    static char buf[1024];
    snprintf(buf, sizeof buf, "%s", s);
    size_t n = 0;
    for (char *t = strtok(buf, " "); t && n < max; t = strtok(NULL, " "))
        words[n++] = t;
    return n;
}

#endif
