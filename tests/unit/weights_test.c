/* weights_test - scoring with hashed weight tables (src/nlp/weights.c).
 *
 * Issue 4 made scoring faster without changing one score: hot buckets of
 * a compiled sparse table are int32 rows added eight classes at a time,
 * the argmax compares eight scores at a time, and both are built twice on
 * x86-64 (AVX2 and plain). These tests hold the fast paths to the plain
 * definitions: the compiled table scores exactly as the file's entries do,
 * and the argmax is the lowest class of the highest score. */
#include "harness.h"

#include "nlp/weights.h"

#include <limits.h>

/* The plain definition of sr_weights_argmax. */
static uint32_t argmax_plain(const int32_t *s, uint32_t n)
{
    uint32_t best = 0;
    for (uint32_t c = 1; c < n; c++)
        if (s[c] > s[best])
            best = c;
    return best;
}

static uint32_t next_random(uint32_t *state)
{
    *state = *state * 1664525u + 1013904223u;
    return *state >> 8;
}

TEST(argmax_is_lowest_of_highest)
{
    int32_t s[300];
    uint32_t seed = 12345, bad = 0;
    for (uint32_t n = 1; n <= 260; n++) {
        for (int round = 0; round < 20; round++) {
            /* Few distinct values, so ties are common, some negative. */
            uint32_t spread = round % 2 ? 5 : 100000;
            for (uint32_t c = 0; c < n; c++)
                s[c] = (int32_t)(next_random(&seed) % spread) - (int32_t)(spread / 2);
            if (round == 3)
                s[n - 1] = INT32_MAX; /* the best in the scalar tail */
            if (round == 4)
                for (uint32_t c = 0; c < n; c++)
                    s[c] = INT32_MIN; /* all equal, at the very bottom */
            bad += sr_weights_argmax(s, n) != argmax_plain(s, n);
        }
    }
    CHECK_INT(bad, 0);
    int32_t tie[20] = { 0 };
    tie[9] = tie[17] = 4;
    CHECK_INT(sr_weights_argmax(tie, 20), 9);
}

/* A sparse table of nclasses classes over 2^log2b buckets: bucket b holds
 * (b % 40) entries, so some buckets are hot (SR_WEIGHTS_HOT_MIN entries or
 * more) and become rows when compiled, the others stay entry lists. */
static void make_table(sr_model_writer *mw, uint32_t nclasses, unsigned log2b)
{
    sr_model_writer_init(mw, "test");
    uint32_t nb = 1u << log2b, nentries = 0, seed = 7;
    sr_buf *wts = sr_model_writer_begin(mw, "xxwts");
    sr_buf offs = SR_BUF_INIT;
    sr_model_put_u32(&offs, 0);
    for (uint32_t b = 0; b < nb; b++) {
        uint32_t count = b % 40 < nclasses ? b % 40 : nclasses;
        for (uint32_t c = 0; c < count; c++) {
            uint32_t cls = (b * 7 + c) % nclasses; /* each class once a bucket */
            int16_t w = (int16_t)((int32_t)(next_random(&seed) % 65535) - 32767);
            unsigned char e[4] = { (unsigned char)((uint16_t)w & 0xff),
                                   (unsigned char)((uint16_t)w >> 8), (unsigned char)cls, 0 };
            sr_buf_append(wts, (const char *)e, 4);
            nentries++;
        }
        sr_model_put_u32(&offs, nentries);
    }
    sr_buf *ob = sr_model_writer_begin(mw, "xxoff");
    *ob = offs;
    sr_buf *hb = sr_model_writer_begin(mw, "xxhdr");
    sr_model_put_u32(hb, nclasses);
    sr_model_put_u32(hb, log2b);
    sr_model_put_u32(hb, 0);
    sr_model_put_u32(hb, nentries);
    sr_model_put_f32(hb, 1.0f);
    sr_model_put_u32(hb, 0);
}

TEST(compiled_rows_score_as_entries)
{
    const uint32_t class_counts[] = { 3, 7, 12, 51, 102 };
    for (size_t t = 0; t < sizeof class_counts / sizeof *class_counts; t++) {
        uint32_t nclasses = class_counts[t];
        sr_model_writer mw;
        make_table(&mw, nclasses, 8);
        sr_weights plain, fast;
        sr_error err;
        CHECK_INT(sr_weights_bind(&plain, sr_weights_writer_section, &mw, "xx", "test", &err),
                  SR_OK);
        CHECK_INT(sr_weights_bind(&fast, sr_weights_writer_section, &mw, "xx", "test", &err),
                  SR_OK);
        sr_weights_compile(&fast);
        CHECK(fast.slot != NULL);
        CHECK(nclasses < SR_WEIGHTS_HOT_MIN || fast.rows != NULL);
        uint32_t seed = 99, bad = 0;
        for (int round = 0; round < 200; round++) {
            uint64_t f[SR_WEIGHTS_MAX_FEATURES];
            int nf = 1 + (int)(next_random(&seed) % 90);
            for (int i = 0; i < nf; i++)
                f[i] = (uint64_t)next_random(&seed) << 20 | next_random(&seed);
            int32_t a[256], b[256];
            memset(a, 0, sizeof a);
            memset(b, 0, sizeof b);
            sr_weights_score(&plain, f, nf, a);
            sr_weights_score(&fast, f, nf, b);
            bad += memcmp(a, b, nclasses * sizeof *a) != 0;
            /* Nothing is written past the classes. */
            for (uint32_t c = nclasses; c < 256; c++)
                bad += b[c] != 0;
        }
        if (bad)
            fprintf(stderr, "  %u classes: %u rounds differ\n", nclasses, bad);
        CHECK_INT(bad, 0);
        sr_weights_release(&fast);
        sr_model_writer_free(&mw);
    }
}

int main(void)
{
    RUN(argmax_is_lowest_of_highest);
    RUN(compiled_rows_score_as_entries);
    return harness_summary();
}
