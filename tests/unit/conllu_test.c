/* Tests of the CoNLL-U parser (src/text/conllu.c). */
#include "harness.h"
#include "base/file.h"
#include "text/conllu.h"

static const char two_sentences[] =
    "# newdoc id = d1\n"
    "# sent_id = s1\n"
    "# text = Rebels seized Aleppo.\n"
    "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tseized\tseize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tAleppo\tAleppo\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = They don't stop.\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n"
    "4\tstop\tstop\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";

TEST(parses_sentences_words_and_columns)
{
    sr_arena a = SR_ARENA_INIT;
    sr_conllu_sentence *s;
    uint32_t n;
    sr_error err;
    memset(&err, 0, sizeof err);
    CHECK_INT(sr_conllu_parse(two_sentences, strlen(two_sentences), 1, &a, &s, &n, &err), SR_OK);
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK_STR(s[0].newdoc_id, "d1");
        CHECK_STR(s[0].sent_id, "s1");
        CHECK_STR(s[0].text, "Rebels seized Aleppo.");
        CHECK_INT(s[0].s.ntokens, 4);
        CHECK_STR(s[0].s.tokens[2].form, "Aleppo");
        CHECK_STR(s[0].s.tokens[2].deprel, "obj");
        CHECK_INT(s[0].s.tokens[2].head, 2);
        CHECK_INT(s[0].s.tokens[2].space_after, 0);
        CHECK_INT(s[0].s.tokens[1].space_after, 1);
        /* The multiword token and the empty node are not words. */
        CHECK_INT(s[1].s.ntokens, 5);
        CHECK_STR(s[1].s.tokens[2].form, "n't");
        CHECK_INT(s[1].line, 9);
    }
    size_t len;
    char *text = sr_conllu_doc_text(s, n, &a, &len);
    CHECK_STR(text, "Rebels seized Aleppo. They do n't stop.");
    CHECK_INT(s[1].s.tokens[0].start, 22);
    sr_arena_free(&a);
}

static sr_status parse_bad(const char *text, sr_error *err)
{
    sr_arena a = SR_ARENA_INIT;
    sr_conllu_sentence *s;
    uint32_t n;
    memset(err, 0, sizeof *err);
    sr_status st = sr_conllu_parse(text, strlen(text), 1, &a, &s, &n, err);
    sr_arena_free(&a);
    return st;
}

TEST(reports_malformed_lines_with_their_line)
{
    sr_error err;
    CHECK_INT(parse_bad("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\n", &err), SR_EBADRECORD);
    CHECK_INT(err.line, 2);
    CHECK(strstr(err.message, "10 tab-separated columns") != NULL);

    CHECK_INT(parse_bad("# c\n1\tA\ta\tX\tX\t_\tzero\troot\t_\t_\n", &err), SR_EBADRECORD);
    CHECK_INT(err.line, 2);
    CHECK(strstr(err.message, "HEAD") != NULL);

    CHECK_INT(parse_bad("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", &err),
              SR_EBADRECORD);
    CHECK_INT(err.line, 2);
    CHECK(strstr(err.message, "out of sequence") != NULL);

    CHECK_INT(parse_bad("1\tA\ta\tX\tX\t_\t7\troot\t_\t_\n", &err), SR_EBADRECORD);
    CHECK(strstr(err.message, "past the end") != NULL);
}

TEST(accepts_crlf_missing_final_blank_and_underscores)
{
    const char *text = "1\tA\t_\t_\t_\t_\t_\t_\t_\t_\r\n2\tB\tb\tX\tX\t_\t1\tdep\t_\t_";
    sr_arena a = SR_ARENA_INIT;
    sr_conllu_sentence *s;
    uint32_t n;
    sr_error err;
    CHECK_INT(sr_conllu_parse(text, strlen(text), 1, &a, &s, &n, &err), SR_OK);
    CHECK_INT(n, 1);
    CHECK(s[0].s.tokens[0].upos == NULL);
    CHECK_INT(s[0].s.tokens[0].head, -1);
    CHECK_STR(s[0].s.tokens[1].form, "B");
    sr_arena_free(&a);
}

TEST(reads_the_whole_ewt_test_set)
{
    const char *path = harness_shared_path("ud-english-ewt/en_ewt-ud-test.conllu");
    if (!path)
        SKIP("UD English EWT not present");
    char *data;
    size_t size;
    CHECK_INT(sr_file_read_all(path, &data, &size, NULL), SR_OK);
    sr_arena a = SR_ARENA_INIT;
    sr_conllu_sentence *s;
    uint32_t n;
    sr_error err;
    CHECK_INT(sr_conllu_parse(data, size, 1, &a, &s, &n, &err), SR_OK);
    CHECK_INT(n, 2077);
    size_t words = 0;
    for (uint32_t i = 0; i < n; i++)
        words += s[i].s.ntokens;
    CHECK_INT(words, 25094);
    sr_arena_free(&a);
    free(data);
}

int main(void)
{
    RUN(parses_sentences_words_and_columns);
    RUN(reports_malformed_lines_with_their_line);
    RUN(accepts_crlf_missing_final_blank_and_underscores);
    RUN(reads_the_whole_ewt_test_set);
    return harness_summary();
}
