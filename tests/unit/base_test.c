/* Tests of the base layer: arena, buffer, UTF-8 validation, error text. */
#include "harness.h"
#include "base/arena.h"
#include "base/buf.h"
#include "text/utf8.h"
#include "sitrep.h"

#include <stdint.h>

TEST(arena_allocates_aligned_zeroed_memory)
{
    sr_arena a = SR_ARENA_INIT;
    for (int i = 1; i < 500; i++) {
        unsigned char *p = sr_arena_alloc(&a, (size_t)i);
        CHECK(((uintptr_t)p % _Alignof(max_align_t)) == 0);
        int zero = 1;
        for (int k = 0; k < i; k++)
            zero &= p[k] == 0;
        CHECK(zero);
        memset(p, 0xAB, (size_t)i);
    }
    sr_arena_free(&a);
}

TEST(arena_large_request_and_reset_reuse)
{
    sr_arena a = SR_ARENA_INIT;
    a.block_size = 1024;
    char *small = sr_arena_alloc(&a, 16);
    char *big = sr_arena_alloc(&a, 100000);
    memset(big, 1, 100000);
    CHECK(small != NULL && big != NULL);
    CHECK(sr_arena_used(&a) >= 100016);
    sr_arena_reset(&a);
    CHECK_INT(sr_arena_used(&a), 0);
    char *again = sr_arena_alloc(&a, 16);
    CHECK(again != NULL);
    sr_arena_free(&a);
    CHECK(a.head == NULL);
}

TEST(arena_strndup_terminates)
{
    sr_arena a = SR_ARENA_INIT;
    char *s = sr_arena_strndup(&a, "Aleppo province", 6);
    CHECK_STR(s, "Aleppo");
    sr_arena_free(&a);
}

TEST(buf_appends_and_formats)
{
    sr_buf b = SR_BUF_INIT;
    sr_buf_puts(&b, "killed ");
    sr_buf_printf(&b, "%d people", 25);
    sr_buf_putc(&b, '.');
    CHECK_STR(b.data, "killed 25 people.");
    CHECK_INT(b.len, 17);
    /* A formatted string longer than the small stack buffer. */
    char long_word[600];
    memset(long_word, 'x', sizeof long_word - 1);
    long_word[sizeof long_word - 1] = '\0';
    sr_buf_clear(&b);
    sr_buf_printf(&b, "<%s>", long_word);
    CHECK_INT(b.len, 601);
    CHECK(b.data[600] == '>');
    char *owned = sr_buf_detach(&b);
    CHECK(b.data == NULL && b.len == 0);
    free(owned);
    sr_buf_free(&b);
}

TEST(utf8_accepts_valid_text)
{
    const char *s = "Idlib \xe2\x80\x94 \xd8\xad\xd9\x84\xd8\xa8 \xf0\x9f\x98\x80 caf\xc3\xa9";
    size_t bad = 99;
    CHECK(sr_utf8_valid(s, strlen(s), &bad));
    CHECK(sr_utf8_valid("", 0, &bad));
}

TEST(utf8_rejects_bad_bytes_at_their_offset)
{
    static const struct { const char *s; size_t off; } cases[] = {
        {"abc\xff", 3},               /* never valid */
        {"ab\xc3", 2},                /* truncated sequence at the end */
        {"a\xc0\xaf", 1},             /* overlong slash */
        {"\xed\xa0\x80x", 0},         /* surrogate */
        {"0123456789\x80", 10},       /* stray continuation after the fast path */
        {"\xf4\x90\x80\x80", 0},      /* past U+10FFFF */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t bad = 99;
        CHECK(!sr_utf8_valid(cases[i].s, strlen(cases[i].s), &bad));
        CHECK_INT(bad, cases[i].off);
    }
}

TEST(error_format_names_file_and_line)
{
    sr_error e;
    memset(&e, 0, sizeof e);
    e.code = SR_EBADRECORD;
    strcpy(e.file, "news.jsonl");
    e.line = 12;
    strcpy(e.message, "truncated JSON");
    char out[256];
    sr_error_format(&e, out, sizeof out);
    CHECK_STR(out, "news.jsonl:12: truncated JSON");
    e.line = 0;
    e.record = 3;
    sr_error_format(&e, out, sizeof out);
    CHECK_STR(out, "news.jsonl: record 3: truncated JSON");
}

int main(void)
{
    RUN(arena_allocates_aligned_zeroed_memory);
    RUN(arena_large_request_and_reset_reuse);
    RUN(arena_strndup_terminates);
    RUN(buf_appends_and_formats);
    RUN(utf8_accepts_valid_text);
    RUN(utf8_rejects_bad_bytes_at_their_offset);
    RUN(error_format_names_file_and_line);
    return harness_summary();
}
