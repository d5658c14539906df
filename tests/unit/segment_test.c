/* segment_test - sentence splitting, tokenisation and normalisation.
 *
 * The sentences are written for these tests in the style of wire copy. Most
 * checks compare a rendering of the result: token forms separated by single
 * spaces, sentences separated by " | ". */
#include "harness.h"
#include "text/abbrev.h"
#include "text/segment.h"
#include "text/segment_eval.h"
#include "base/buf.h"

#include <stdint.h>
#include <time.h>

static sr_arena arena = SR_ARENA_INIT;
static sr_sentence *sents;
static uint32_t nsents;
static sr_buf shown = SR_BUF_INIT;

static const char *seg(const char *text)
{
    sr_arena_reset(&arena);
    sr_segment(text, strlen(text), &arena, &sents, &nsents);
    sr_buf_clear(&shown);
    sr_buf_puts(&shown, "");
    for (uint32_t s = 0; s < nsents; s++) {
        if (s)
            sr_buf_puts(&shown, " | ");
        for (uint32_t i = 0; i < sents[s].ntokens; i++) {
            if (i)
                sr_buf_putc(&shown, ' ');
            sr_buf_puts(&shown, sents[s].tokens[i].form);
        }
    }
    return shown.data;
}

/* The i-th token of the whole text, across sentences. */
static const sr_token *tok(uint32_t i)
{
    for (uint32_t s = 0; s < nsents; s++) {
        if (i < sents[s].ntokens)
            return &sents[s].tokens[i];
        i -= sents[s].ntokens;
    }
    return NULL;
}

TEST(abbreviations_do_not_end_sentences)
{
    CHECK_STR(seg("Gen. Mark Ruiz met Lt. Col. Dana Obi and Sgt. Lee on Sept. 4. They spoke "
                  "for an hour."),
              "Gen. Mark Ruiz met Lt. Col. Dana Obi and Sgt. Lee on Sept. 4 . | They spoke "
              "for an hour .");
    CHECK_STR(seg("Mr. Haddad and Dr. Osei of Acme Corp. arrived at 9 a.m. on Aug. 2."),
              "Mr. Haddad and Dr. Osei of Acme Corp. arrived at 9 a.m. on Aug. 2 .");
    CHECK_STR(seg("The U.N. envoy and U.K. diplomats met No. 10 staff."),
              "The U.N. envoy and U.K. diplomats met No. 10 staff .");
    CHECK_STR(seg("Delta Shipping Ltd., a Greek firm, denied it."),
              "Delta Shipping Ltd. , a Greek firm , denied it .");
}

TEST(abbreviation_can_end_a_sentence)
{
    CHECK_STR(seg("The shipment reached the U.S. The buyers paid in cash."),
              "The shipment reached the U.S. | The buyers paid in cash .");
    CHECK_STR(seg("Shares fell at Orbit Inc. Analysts had warned of it."),
              "Shares fell at Orbit Inc. Analysts had warned of it .");
    CHECK_STR(seg("Shares fell at Orbit Inc. The board met."),
              "Shares fell at Orbit Inc. | The board met .");
    /* Openers from both ends and the middle of the list in sentence.c. */
    CHECK_STR(seg("Troops left the U.S. A convoy followed."),
              "Troops left the U.S. | A convoy followed .");
    CHECK_STR(seg("It closed on Jan. You can see why."),
              "It closed on Jan. | You can see why .");
    CHECK_STR(seg("Aid went to Ore. Those who stayed waited."),
              "Aid went to Ore. | Those who stayed waited .");
}

TEST(initials_stay_in_the_sentence)
{
    CHECK_STR(seg("Former President George W. Bush visited Kabul."),
              "Former President George W. Bush visited Kabul .");
    CHECK_STR(seg("J. R. Okafor leads the team."), "J. R. Okafor leads the team .");
}

TEST(a_letter_after_a_lower_case_word_is_no_initial)
{
    /* The platform named by one letter, and the like, end their sentence. */
    CHECK_STR(seg("The ministry replied in a post on X. Rebels shelled the town."),
              "The ministry replied in a post on X . | Rebels shelled the town .");
    CHECK_STR(seg("The aid included vitamin C. The convoy left."),
              "The aid included vitamin C . | The convoy left .");
    CHECK_STR(seg("The envoy met Malcolm X. Okafor on Monday."),
              "The envoy met Malcolm X. Okafor on Monday .");
}

TEST(numbers_stay_whole)
{
    CHECK_STR(seg("About 1,500 people paid $5 each at 3:30 in the 1990s; 25.5% voted."),
              "About 1,500 people paid $ 5 each at 3:30 in the 1990s ; 25.5 % voted .");
    CHECK_STR(seg("Growth slowed to 2.5 percent. Exports fell 3.75 percent."),
              "Growth slowed to 2.5 percent . | Exports fell 3.75 percent .");
    CHECK_STR(seg("The 9/11 panel met on 11/28/2001 at 10am."),
              "The 9/11 panel met on 11/28/2001 at 10 am .");
    CHECK_STR(seg("Call 713-555-0134 about the 5-10 seats."),
              "Call 713-555-0134 about the 5 - 10 seats .");
}

TEST(quotes_belong_to_their_sentence)
{
    CHECK_STR(seg("\"We will not retreat,\" the commander said. \"The town is ours.\""),
              "\" We will not retreat , \" the commander said . | \" The town is ours . \"");
    CHECK_STR(seg("\"Is it over?\" she asked. Nobody answered."),
              "\" Is it over ? \" she asked . | Nobody answered .");
    CHECK_STR(seg("He replied \"no.\" Then he left the room."),
              "He replied \" no . \" | Then he left the room .");
    CHECK_STR(seg("(The vote was close.) Turnout was high."),
              "( The vote was close . ) | Turnout was high .");
}

TEST(datelines_and_bylines)
{
    CHECK_STR(seg("KYIV, Ukraine \xE2\x80\x94 Drones struck a power plant overnight, officials said."),
              "KYIV , Ukraine -- Drones struck a power plant overnight , officials said .");
    CHECK_STR(seg("DAMASCUS, Syria (AP) \xE2\x80\x94 Syrian forces shelled two villages on Monday."),
              "DAMASCUS , Syria ( AP ) -- Syrian forces shelled two villages on Monday .");
    CHECK_STR(seg("By Amina Yusuf\nLAGOS, Nigeria \xE2\x80\x94 Fuel prices rose again."),
              "By Amina Yusuf | LAGOS , Nigeria -- Fuel prices rose again .");
}

TEST(line_breaks)
{
    CHECK_STR(seg("Floods Kill Dozens in Northern Province\n\nHeavy rain burst the river banks."),
              "Floods Kill Dozens in Northern Province | Heavy rain burst the river banks .");
    CHECK_STR(seg("The minister said the talks\nwould resume next week."),
              "The minister said the talks would resume next week .");
    CHECK_STR(seg("First paragraph without a stop\r\n \r\nSecond one"),
              "First paragraph without a stop | Second one");
    /* One paragraph per line: a line break ends the headline. */
    CHECK_STR(seg("Rescuers Search Rubble After Quake\n"
                  "ANTAKYA, Turkey (AP) -- Rescue teams worked through the night on Tuesday to "
                  "reach people trapped under collapsed buildings, officials said.\n"
                  "More than 40 aftershocks shook the region, the disaster agency said, "
                  "and many families slept in their cars\n"
                  "Aid groups appealed for tents."),
              "Rescuers Search Rubble After Quake | ANTAKYA , Turkey ( AP ) -- Rescue teams "
              "worked through the night on Tuesday to reach people trapped under collapsed "
              "buildings , officials said . | More than 40 aftershocks shook the region , the "
              "disaster agency said , and many families slept in their cars | Aid groups "
              "appealed for tents .");
    /* Hard-wrapped copy: short lines, no break at the line ends. */
    CHECK_STR(seg("Rescue teams worked through the night to reach people\n"
                  "trapped under collapsed buildings, officials said on\n"
                  "Tuesday."),
              "Rescue teams worked through the night to reach people trapped under collapsed "
              "buildings , officials said on Tuesday .");
}

TEST(ellipses)
{
    CHECK_STR(seg("He paused... then went on."), "He paused ... then went on .");
    CHECK_STR(seg("The talks failed... Nobody was surprised."),
              "The talks failed ... | Nobody was surprised .");
    CHECK_STR(seg("It ended\xE2\x80\xA6 Later it resumed."),
              "It ended ... | Later it resumed .");
}

TEST(clitics_are_split)
{
    CHECK_STR(seg("They don't think it can't be done, we cannot wait, she's sure they'll win."),
              "They do n't think it ca n't be done , we can not wait , she 's sure they 'll "
              "win .");
    CHECK_STR(seg("I'm told we've won't and you'd THEY'RE"),
              "I 'm told we 've wo n't and you 'd THEY 'RE");
    CHECK_STR(seg("Iran's envoy met O'Brien at the rock'n'roll bar; the soldiers' families wait."),
              "Iran 's envoy met O'Brien at the rock'n'roll bar ; the soldiers ' families "
              "wait .");
}

TEST(curly_apostrophes_and_offsets)
{
    /* "The army’s chief doesn’t agree." with U+2019 twice. */
    const char *text = "The army\xE2\x80\x99s chief doesn\xE2\x80\x99t agree.";
    CHECK_STR(seg(text), "The army 's chief does n't agree .");
    const sr_token *t = tok(2);
    CHECK(t != NULL);
    if (t) {
        CHECK_STR(t->form, "'s");
        CHECK_INT(t->start, 8);
        CHECK_INT(t->end, 12);
    }
    t = tok(5);
    CHECK(t != NULL);
    if (t) {
        CHECK_STR(t->form, "n't");
        CHECK_INT(t->start, 23);
        CHECK_INT(t->end, 28);
    }
}

TEST(curly_quotes_are_straightened)
{
    /* “Hold the line,” he said. */
    const char *text = "\xE2\x80\x9CHold the line,\xE2\x80\x9D he said.";
    CHECK_STR(seg(text), "\" Hold the line , \" he said .");
    CHECK_INT(nsents, 1);
    const sr_token *open = tok(0), *close = tok(5);
    CHECK(open && close);
    if (open && close) {
        CHECK_INT(open->start, 0);
        CHECK_INT(open->end, 3);
        CHECK_INT(close->start, 17);
        CHECK_INT(close->end, 20);
        CHECK(memcmp(text + close->start, "\xE2\x80\x9D", 3) == 0);
    }
    CHECK_STR(seg("\xC2\xAB" "Assez\xC2\xBB, dit-il \xE2\x80\x93 en 2019\xE2\x80\x93" "2020."),
              "\" Assez \" , dit - il - en 2019 - 2020 .");
}

TEST(spaces_and_invisible_characters)
{
    /* NBSP and narrow NBSP separate; zero-width characters vanish. */
    const char *text = "The\xC2\xA0president visited Ky\xE2\x80\x8Biv and\xE2\x80\xAF"
                       "Odesa\xEF\xBB\xBF.";
    CHECK_STR(seg(text), "The president visited Kyiv and Odesa .");
    const sr_token *t = tok(3);
    CHECK(t != NULL);
    if (t) {
        CHECK_INT(t->start, 23);
        CHECK_INT(t->end, 30);   /* the span keeps the U+200B bytes */
    }
    CHECK_STR(seg("\xE2\x80\x8B\xE2\x81\xA0" "Aid arrived."), "Aid arrived .");
    CHECK_INT(tok(0)->start, 6);
}

TEST(emoji_sequences_are_one_token)
{
    /* Heart + variation selector; thumbs up + skin tone; a ZWJ family. */
    CHECK_STR(seg("Thanks \xE2\x9D\xA4\xEF\xB8\x8F and \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD "
                  "from \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9!"),
              "Thanks \xE2\x9D\xA4\xEF\xB8\x8F and \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD from "
              "\xF0\x9F\x91\xA8\xF0\x9F\x91\xA9 !");
}

TEST(hyphens_follow_ewt)
{
    CHECK_STR(seg("A search-engine firm e-mailed a non-state group about a U.S.-led, "
                  "state-of-the-art plan."),
              "A search - engine firm e-mailed a non-state group about a U.S. - led , "
              "state - of - the - art plan .");
    CHECK_STR(seg("Militants -- some armed -- fled."), "Militants -- some armed -- fled .");
}

TEST(links_stay_whole)
{
    CHECK_STR(seg("See https://www.voanews.com/a/story-1.html, write to press@example.org or "
                  "follow @VOANews and #Ukraine."),
              "See https://www.voanews.com/a/story-1.html , write to press@example.org or "
              "follow @VOANews and #Ukraine .");
    CHECK_STR(seg("(details at www.example.com.)"), "( details at www.example.com . )");
}

TEST(space_after_and_empty_annotations)
{
    seg("Hello, world.");
    CHECK_INT(nsents, 1);
    const sr_token *t0 = tok(0), *t1 = tok(1), *t2 = tok(2), *t3 = tok(3);
    CHECK(t0 && t1 && t2 && t3);
    if (t0 && t1 && t2 && t3) {
        CHECK_INT(t0->space_after, 0);
        CHECK_INT(t1->space_after, 1);
        CHECK_INT(t2->space_after, 0);
        CHECK_INT(t3->space_after, 1);
        CHECK_INT(t0->head, -1);
        CHECK(t0->upos == NULL && t0->xpos == NULL && t0->deprel == NULL &&
              t0->lemma == NULL);
    }
    CHECK_INT(sents[0].start, 0);
    CHECK_INT(sents[0].end, 13);
}

TEST(sentence_offsets)
{
    const char *text = "  Rain fell.  Roads closed.\n";
    seg(text);
    CHECK_INT(nsents, 2);
    if (nsents == 2) {
        CHECK_INT(sents[0].start, 2);
        CHECK_INT(sents[0].end, 12);
        CHECK_INT(sents[1].start, 14);
        CHECK_INT(sents[1].end, 27);
    }
}

TEST(empty_and_blank_input)
{
    CHECK_STR(seg(""), "");
    CHECK_INT(nsents, 0);
    CHECK_STR(seg("  \n\t \xC2\xA0 \xE2\x80\x8B \r\n"), "");
    CHECK_INT(nsents, 0);
}

TEST(no_final_punctuation)
{
    CHECK_STR(seg("Talks continue in Geneva"), "Talks continue in Geneva");
    CHECK_INT(nsents, 1);
    CHECK_INT(sents[0].ntokens, 4);
}

TEST(very_long_sentence)
{
    enum { WORDS = 6000 };
    sr_buf b = SR_BUF_INIT;
    for (int i = 0; i < WORDS; i++)
        sr_buf_puts(&b, i % 10 == 9 ? "delegates, " : "officials ");
    clock_t t0 = clock();
    sr_arena_reset(&arena);
    sr_segment(b.data, b.len, &arena, &sents, &nsents);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK_INT(nsents, 1);
    if (nsents == 1)
        CHECK_INT(sents[0].ntokens, WORDS + WORDS / 10);
    CHECK(secs < 0.5);
    sr_buf_free(&b);
}

/* Repeated patterns that could make a careless scanner quadratic; each is
 * about 300 KB and must go through in well under a second. */
TEST(pathological_runs_are_linear)
{
    static const char *const units[] = {
        ".\"", "a.", "1-", "a-", "a'", "...", "?)", "U.S.", "1,000,", "@a.",
        "http://a.b/", "\xE2\x80\x99", "x\xE2\x80\x8B", "\n", " \n \n",
    };
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        sr_buf b = SR_BUF_INIT;
        while (b.len < 300000)
            sr_buf_puts(&b, units[u]);
        sr_buf_puts(&b, " and then");
        clock_t t0 = clock();
        sr_arena_reset(&arena);
        sr_segment(b.data, b.len, &arena, &sents, &nsents);
        double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
        if (secs >= 0.5)
            fprintf(stderr, "  run of \"%s\" took %.2f s\n", units[u], secs);
        CHECK(secs < 0.5);
        CHECK(nsents >= 1);
        sr_buf_free(&b);
    }
}

/* Invariants on text that mixes every character class the tokenizer knows:
 * spans in order, inside the text, non-empty forms, sentences covering their
 * tokens. The generator is a fixed LCG so failures repeat. */
TEST(invariants_on_generated_text)
{
    static const char *const pieces[] = {
        "a", "Z", "7", ".", ",", "'", "\"", "-", "(", ")", " ", "\n", "\n\n", "@",
        "#", "http://x.y", "U.S.", "Mr.", "...", "?", "!", ":)", "$", "%", "&", "/",
        "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x94", "\xC2\xA0", "\xE2\x80\x8B",
        "\xC3\xA9", "\xE2\x80\xA6", "can't", "cannot", "e-mail", "1,000", "3:30", "x@y",
        "\xE4\xB8\xAD", "\xF0\x9F\x98\x80",
    };
    const size_t npieces = sizeof pieces / sizeof pieces[0];
    uint32_t state = 12345;
    sr_buf b = SR_BUF_INIT;
    int bad = 0;
    for (int round = 0; round < 300 && !bad; round++) {
        sr_buf_clear(&b);
        sr_buf_puts(&b, "");
        int n = (int)(state % 60);
        for (int i = 0; i < n; i++) {
            state = state * 1103515245u + 12345u;
            sr_buf_puts(&b, pieces[(state >> 8) % npieces]);
        }
        sr_arena_reset(&arena);
        sr_segment(b.data, b.len, &arena, &sents, &nsents);
        uint32_t prev_end = 0;
        for (uint32_t s = 0; s < nsents && !bad; s++) {
            const sr_sentence *se = &sents[s];
            if (se->ntokens == 0 || se->start != se->tokens[0].start ||
                se->end != se->tokens[se->ntokens - 1].end)
                bad = 1;
            for (uint32_t i = 0; i < se->ntokens && !bad; i++) {
                const sr_token *t = &se->tokens[i];
                if (t->start < prev_end || t->end <= t->start || t->end > b.len ||
                    !t->form || !t->form[0])
                    bad = 1;
                prev_end = t->end;
            }
        }
        if (bad)
            fprintf(stderr, "  invariant broken on: \"%s\"\n", b.data);
    }
    CHECK(!bad);
    sr_buf_free(&b);
}

TEST(abbreviation_table)
{
    size_t n = sr_abbrev_count();
    CHECK(n > 100);
    for (size_t i = 0; i < n; i++) {
        sr_abbrev_kind k;
        const char *w = sr_abbrev_at(i, &k);
        if (sr_abbrev_lookup(w, strlen(w)) != k) {
            fprintf(stderr, "  lookup of \"%s\" fails\n", w);
            CHECK(0);
        }
    }
    CHECK_INT(sr_abbrev_lookup("no.", 3), SR_ABBREV_NONE);
    CHECK_INT(sr_abbrev_lookup("Gen", 3), SR_ABBREV_NONE);
    CHECK_INT(sr_abbrev_lookup("Gen.", 4), SR_ABBREV_TITLE);
    CHECK_INT(sr_abbrev_lookup("Calif.", 6), SR_ABBREV_MAY_END);
}

TEST(scorer_reports_a_missing_file)
{
    sr_segment_score sc;
    sr_error err;
    CHECK_INT(sr_segment_eval_conllu("/nonexistent/ewt.conllu", NULL, &sc, &err), SR_EIO);
    CHECK_STR(err.file, "/nonexistent/ewt.conllu");
}

/* Writes text to a fresh file under /tmp; returns its path (static). */
static const char *write_temp(const char *text)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/segment_test_XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0)
        return NULL;
    FILE *f = fdopen(fd, "w");
    if (!f)
        return NULL;
    fputs(text, f);
    fclose(f);
    return path;
}

/* A two-document treebank small enough to score by hand: doc 1 has two
 * sentences, one with a multiword token ("don't") that sr_segment splits
 * into two pieces; doc 2 has one sentence whose token "ca." the tokenizer
 * splits, and whose gold sentence boundary it misses. */
TEST(scorer_on_a_tiny_treebank)
{
    const char *conllu =
        "# newdoc id = a\n"
        "# text = Troops don't rest.\n"
        "1\tTroops\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\trest\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "\n"
        "# text = Rain fell.\n"
        "1\tRain\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tfell.\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "\n"
        "# newdoc id = b\n"
        "# text = Hello there\n"
        "1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tthere\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "\n"
        "# text = Bye\n"
        "1\tBye\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tgone\t_\t_\t_\t_\t_\t_\t_\t_\n";
    const char *path = write_temp(conllu);
    CHECK(path != NULL);
    if (!path)
        return;
    sr_segment_score sc;
    sr_error err;
    CHECK_INT(sr_segment_eval_conllu(path, NULL, &sc, &err), SR_OK);
    CHECK_INT(sc.docs, 2);
    CHECK_INT(sc.gold_sents, 4);
    CHECK_INT(sc.pred_sents, 3);     /* "Hello there Bye" is one */
    CHECK_INT(sc.match_sents, 2);
    CHECK_INT(sc.gold_bounds, 2);    /* one inside each document */
    CHECK_INT(sc.pred_bounds, 1);
    CHECK_INT(sc.match_bounds, 1);   /* "rest." | "Rain"; "there" | "Bye" missed */
    CHECK_INT(sc.gold_toks, 9);      /* "gone" is not in the text */
    CHECK_INT(sc.unplaced, 1);
    CHECK_INT(sc.pred_toks, 10);     /* "do" + "n't" count once; "fell" "." twice */
    CHECK_INT(sc.match_toks, 8);     /* all but the gold "fell." */
    remove(path);

    path = write_temp("# text = A b\n1\tA\t_\n2 b\n");
    CHECK(path != NULL);
    if (!path)
        return;
    CHECK_INT(sr_segment_eval_conllu(path, NULL, &sc, &err), SR_EFORMAT);
    CHECK_INT(err.line, 3);
    remove(path);
}

/* The issue's targets: token F1 >= 0.97 and sentence-boundary F1 >= 0.80.
 * Whole-span sentence F1 is stricter (one missed boundary spoils two
 * sentences) and is held at a floor below what the rules reach on dev
 * (0.749 when written) to catch regressions; see docs/text.md. */
enum {
    TOKEN_F1_MIN_PERMILLE = 970,
    BOUNDARY_F1_MIN_PERMILLE = 800,
    SPAN_F1_FLOOR_PERMILLE = 730
};

TEST(ewt_dev_scores)
{
    const char *path = harness_shared_path("ud-english-ewt/en_ewt-ud-dev.conllu");
    if (!path)
        SKIP("EWT dev treebank absent");
    sr_segment_score sc;
    sr_error err;
    sr_status st = sr_segment_eval_conllu(path, NULL, &sc, &err);
    CHECK_INT(st, SR_OK);
    if (st != SR_OK)
        return;
    double p, r, span_f1, bound_f1, tok_f1;
    sr_segment_prf(sc.match_sents, sc.pred_sents, sc.gold_sents, &p, &r, &span_f1);
    sr_segment_prf(sc.match_bounds, sc.pred_bounds, sc.gold_bounds, &p, &r, &bound_f1);
    sr_segment_prf(sc.match_toks, sc.pred_toks, sc.gold_toks, &p, &r, &tok_f1);
    fprintf(stderr, "  EWT dev: boundary F1 %.3f, sentence span F1 %.3f, token F1 %.3f\n",
            bound_f1, span_f1, tok_f1);
    CHECK(sc.gold_sents > 1000);
    CHECK_INT(sc.unplaced, 0);
    CHECK(tok_f1 * 1000 >= TOKEN_F1_MIN_PERMILLE);
    CHECK(bound_f1 * 1000 >= BOUNDARY_F1_MIN_PERMILLE);
    CHECK(span_f1 * 1000 >= SPAN_F1_FLOOR_PERMILLE);
}

int main(void)
{
    RUN(abbreviations_do_not_end_sentences);
    RUN(abbreviation_can_end_a_sentence);
    RUN(initials_stay_in_the_sentence);
    RUN(a_letter_after_a_lower_case_word_is_no_initial);
    RUN(numbers_stay_whole);
    RUN(quotes_belong_to_their_sentence);
    RUN(datelines_and_bylines);
    RUN(line_breaks);
    RUN(ellipses);
    RUN(clitics_are_split);
    RUN(curly_apostrophes_and_offsets);
    RUN(curly_quotes_are_straightened);
    RUN(spaces_and_invisible_characters);
    RUN(emoji_sequences_are_one_token);
    RUN(hyphens_follow_ewt);
    RUN(links_stay_whole);
    RUN(space_after_and_empty_annotations);
    RUN(sentence_offsets);
    RUN(empty_and_blank_input);
    RUN(no_final_punctuation);
    RUN(very_long_sentence);
    RUN(pathological_runs_are_linear);
    RUN(invariants_on_generated_text);
    RUN(abbreviation_table);
    RUN(scorer_reports_a_missing_file);
    RUN(scorer_on_a_tiny_treebank);
    RUN(ewt_dev_scores);
    sr_arena_free(&arena);
    sr_buf_free(&shown);
    return harness_summary();
}
