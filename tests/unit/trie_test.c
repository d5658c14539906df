/* trie_test - the word trie under every dictionary lookup (src/dict/trie.c).
 *
 * Issue 4: a step first asks a bit filter whether the (parent, word) pair
 * can be stored at all, and the filter is rebuilt each time the table
 * grows. These tests fill a trie past several growths and check that
 * every stored path is still found, that near misses are not, and that
 * case does not matter. */
#include "harness.h"

#include "dict/dict_internal.h"

enum { PHRASES = 5000 };

/* A phrase of two or three words made from i, e.g. "ALPHA17 BRAVO3". */
static size_t phrase_of(unsigned i, char *out, size_t size)
{
    int n = i % 3 == 0 ? snprintf(out, size, "ALPHA%u BRAVO%u CHARLIE%u", i, i % 7, i % 11)
                       : snprintf(out, size, "ALPHA%u BRAVO%u", i, i % 13);
    return (size_t)n;
}

TEST(paths_survive_growth)
{
    sr_trie t;
    sr_arena a = SR_ARENA_INIT;
    sr_trie_init(&t);
    static int tags[PHRASES];
    char buf[96];
    for (unsigned i = 0; i < PHRASES; i++) {
        uint32_t node = sr_trie_add_phrase(&t, &a, buf, phrase_of(i, buf, sizeof buf), 0);
        CHECK(node != 0);
        if (node)
            t.value[node] = &tags[i];
    }
    CHECK(t.cap > 1024); /* the table grew, so the filter was rebuilt */
    size_t missing = 0, wrong = 0;
    for (unsigned i = 0; i < PHRASES; i++) {
        char a1[32], a2[32], a3[32];
        const char *words[3] = { a1, a2, a3 };
        size_t nw = i % 3 == 0 ? 3 : 2;
        /* Lower case: steps fold case as they hash and compare. */
        snprintf(a1, sizeof a1, "alpha%u", i);
        snprintf(a2, sizeof a2, "Bravo%u", i % 3 == 0 ? i % 7 : i % 13);
        snprintf(a3, sizeof a3, "charlie%u", i % 11);
        size_t matched = 0;
        void *v = sr_trie_longest(&t, words, nw, 0, 0, &matched);
        missing += v == NULL;
        wrong += v != NULL && (v != &tags[i] || matched != nw);
    }
    CHECK_INT(missing, 0);
    CHECK_INT(wrong, 0);
    /* Near misses: a word that was never stored, a stored word under the
     * wrong parent, and a prefix of a stored word. */
    CHECK_INT(sr_trie_step(&t, SR_TRIE_ROOT, "ALPHA5000", 9), 0);
    CHECK_INT(sr_trie_step(&t, SR_TRIE_ROOT, "BRAVO1", 6), 0);
    CHECK_INT(sr_trie_step(&t, SR_TRIE_ROOT, "ALPH", 4), 0);
    uint32_t n1 = sr_trie_step(&t, SR_TRIE_ROOT, "ALPHA1", 6);
    CHECK(n1 != 0);
    CHECK(sr_trie_step(&t, n1, "BRAVO1", 6) != 0);
    CHECK_INT(sr_trie_step(&t, n1, "BRAVO2", 6), 0);
    sr_trie_free(&t);
    sr_arena_free(&a);
}

TEST(empty_trie_finds_nothing)
{
    sr_trie t;
    sr_trie_init(&t);
    CHECK_INT(sr_trie_step(&t, SR_TRIE_ROOT, "ANY", 3), 0);
    const char *words[1] = { "ANY" };
    size_t matched = 7;
    CHECK(sr_trie_longest(&t, words, 1, 0, 0, &matched) == NULL);
    CHECK_INT(matched, 0);
    sr_trie_free(&t);
    /* A freed trie answers 0 rather than reading freed memory. */
    CHECK_INT(sr_trie_step(&t, SR_TRIE_ROOT, "ANY", 3), 0);
}

/* A dictionary word written with a hyphen ("OSTMARK-VEY") matches the
 * three words the tokenizer splits it into ("Ostmark", "-", "Vey"), and a
 * phrase written with the hyphen as its own word still matches them too. */
TEST(hyphenated_word_matches_split_tokens)
{
    sr_trie t;
    sr_arena a = SR_ARENA_INIT;
    sr_trie_init(&t);
    static int joined, split, longer;
    const char *p1 = "OSTMARK-VEY", *p2 = "KEL_-_DARRA", *p3 = "OSTMARK-VEY_RIVER";
    t.value[sr_trie_add_phrase(&t, &a, p1, strlen(p1), 0)] = &joined;
    t.value[sr_trie_add_phrase(&t, &a, p2, strlen(p2), 0)] = &split;
    t.value[sr_trie_add_phrase(&t, &a, p3, strlen(p3), 0)] = &longer;
    const char *w1[] = { "from", "Ostmark", "-", "Vey", "today" };
    size_t matched = 0;
    CHECK(sr_trie_longest(&t, w1, 5, 1, 0, &matched) == &joined);
    CHECK_INT(matched, 3);
    const char *w2[] = { "Ostmark", "-", "Vey", "river" };
    CHECK(sr_trie_longest(&t, w2, 4, 0, 0, &matched) == &longer);
    CHECK_INT(matched, 4);
    const char *w3[] = { "Kel", "-", "Darra" };
    CHECK(sr_trie_longest(&t, w3, 3, 0, 0, &matched) == &split);
    CHECK_INT(matched, 3);
    /* Other words around a hyphen do not join. */
    const char *w4[] = { "Ostmark", "-", "Vale" };
    CHECK(sr_trie_longest(&t, w4, 3, 0, 0, &matched) == NULL);
    sr_trie_free(&t);
    sr_arena_free(&a);
}

int main(void)
{
    RUN(paths_survive_growth);
    RUN(empty_trie_finds_nothing);
    RUN(hyphenated_word_matches_split_tokens);
    return harness_summary();
}
