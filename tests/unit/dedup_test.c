/* Tests of one event per happening within a record (src/attr/dedup): which
 * events merge, which stay apart, which mention is kept, how tolls combine.
 * Events are built by hand, as the engine leaves them after attributes. */
#include "harness.h"
#include "attr/dedup.h"
#include "base/arena.h"

static sr_arena arena;

/* An event of sentence `sent` with no place and no toll. */
static sr_event ev(uint32_t sent, const char *date, const char *src, const char *tgt,
                   const char *code)
{
    sr_event e;
    memset(&e, 0, sizeof e);
    e.sent = sent;
    e.date = date;
    e.source = src;
    e.target = tgt;
    e.code = code;
    e.killed = e.injured = e.killed_low = e.killed_high = -1;
    return e;
}

static void place(sr_event *e, const char *name, int64_t geonameid)
{
    e->location.known = 1;
    e->location.name = name;
    e->location.geonameid = geonameid;
}

static uint32_t run(sr_event *e, uint32_t n)
{
    sr_dedup_mentions(e, &n, "2024-11-30", 1, &arena);
    return n;
}

TEST(same_happening_in_two_sentences_is_one_event)
{
    sr_event e[2] = {ev(0, "2024-11-30", "RUSMIL", "SYRREB", "195"),
                     ev(3, "2024-11-30", "RUSMIL", "SYRREB", "195")};
    CHECK_INT(run(e, 2), 1);
    CHECK_INT(e[0].mentions, 2);
    CHECK_INT(e[0].sent, 0);
}

TEST(unmerged_events_count_one_mention)
{
    sr_event e[2] = {ev(0, NULL, "RUSMIL", "SYRREB", "195"), ev(1, NULL, "TUR", "RUS", "111")};
    CHECK_INT(run(e, 2), 2);
    CHECK_INT(e[0].mentions, 1);
    CHECK_INT(e[1].mentions, 1);
}

TEST(different_date_target_source_or_root_stay_apart)
{
    sr_event e[5] = {ev(0, "2024-11-30", "RUSMIL", "SYRREB", "195"),
                     ev(1, "2024-11-29", "RUSMIL", "SYRREB", "195"),
                     ev(2, "2024-11-30", "RUSMIL", "TURMIL", "195"),
                     ev(3, "2024-11-30", "SYRMIL", "SYRREB", "195"),
                     ev(4, "2024-11-30", "RUSMIL", "SYRREB", "180")};
    CHECK_INT(run(e, 5), 5);
    for (int i = 0; i < 5; i++)
        CHECK_INT(e[i].mentions, 1);
}

TEST(no_date_of_its_own_means_the_record_date)
{
    sr_event e[2] = {ev(0, NULL, "RUSMIL", "SYRREB", "195"),
                     ev(2, "2024-11-30", "RUSMIL", "SYRREB", "195")};
    CHECK_INT(run(e, 2), 1);
    CHECK_INT(e[0].mentions, 2);
}

TEST(root_190_and_195_merge_keeping_195)
{
    sr_event e[3] = {ev(0, NULL, "RUSMIL", "SYRREB", "190"),
                     ev(1, NULL, "RUSMIL", "SYRREB", "195"),
                     ev(2, NULL, "RUSMIL", "SYRREB", "19")};
    CHECK_INT(run(e, 3), 1);
    CHECK_STR(e[0].code, "195");
    CHECK_INT(e[0].sent, 1);
    CHECK_INT(e[0].mentions, 3);
}

TEST(tolls_of_one_happening_are_not_added)
{
    sr_event e[3] = {ev(0, NULL, "RUSMIL", "SYRREB", "195"),
                     ev(1, NULL, "RUSMIL", "SYRREB", "195"),
                     ev(2, NULL, "RUSMIL", "SYRREB", "195")};
    e[0].killed = e[0].killed_low = 12;
    e[1].killed = 20;
    e[1].injured = 4;
    CHECK_INT(run(e, 3), 1);
    CHECK_INT(e[0].killed, 20);
    CHECK_INT(e[0].injured, 4);
    CHECK_INT(e[0].killed_low, 12);
    CHECK_INT(e[0].killed_high, -1);
    /* Same rank (code, no place): the first mention with a toll is kept. */
    CHECK_INT(e[0].sent, 0);
}

TEST(a_later_larger_figure_drops_a_stale_upper_bound)
{
    sr_dedup_toll a = {12, -1, -1, 12}, b = {30, -1, 30, -1};
    sr_dedup_toll_merge(&a, &b);
    CHECK_INT(a.killed, 30);
    CHECK_INT(a.killed_low, 30);
    CHECK_INT(a.killed_high, -1);
    sr_dedup_toll c = {10, -1, 10, 15}, d = {12, -1, -1, -1};
    sr_dedup_toll_merge(&c, &d);
    CHECK_INT(c.killed, 12);
    CHECK_INT(c.killed_high, 15);
}

TEST(different_places_stay_apart)
{
    sr_event e[3] = {ev(0, NULL, "RUSMIL", "SYRREB", "195"),
                     ev(1, NULL, "RUSMIL", "SYRREB", "195"),
                     ev(2, NULL, "RUSMIL", "SYRREB", "195")};
    place(&e[0], "Idlib", 169389);
    place(&e[1], "Aleppo", 170063);
    place(&e[2], "Idlib", 169389);
    CHECK_INT(run(e, 3), 2);
    CHECK_STR(e[0].location.name, "Idlib");
    CHECK_INT(e[0].mentions, 2);
    CHECK_STR(e[1].location.name, "Aleppo");
    CHECK_INT(e[1].mentions, 1);
}

TEST(places_without_ids_compare_by_name)
{
    sr_event e[2] = {ev(0, NULL, "RUSMIL", "SYRREB", "195"),
                     ev(1, NULL, "RUSMIL", "SYRREB", "195")};
    place(&e[0], "Idlib", 0);
    place(&e[1], "Idlib", 0);
    CHECK_INT(run(e, 2), 1);
}

/* Idlib the province and Idlib the city share a name, not a place. */
TEST(a_region_and_a_city_of_one_name_stay_apart)
{
    sr_event e[2] = {ev(0, NULL, "RUSMIL", "SYRREB", "195"),
                     ev(1, NULL, "RUSMIL", "SYRREB", "195")};
    place(&e[0], "Idlib", 0);
    e[0].location.kind = "admin1";
    place(&e[1], "Idlib", 0);
    e[1].location.kind = "city";
    CHECK_INT(run(e, 2), 2);
}

TEST(unknown_place_joins_the_one_known_place)
{
    sr_event e[2] = {ev(0, NULL, "RUSMIL", "SYRREB", "190"),
                     ev(4, NULL, "RUSMIL", "SYRREB", "190")};
    place(&e[1], "Idlib", 169389);
    CHECK_INT(run(e, 2), 1);
    CHECK_INT(e[0].mentions, 2);
    /* The mention with the place is the more specific one. */
    CHECK_INT(e[0].sent, 4);
    CHECK(e[0].location.known);
}

TEST(kept_mention_without_place_takes_the_place_of_another)
{
    sr_event e[2] = {ev(0, NULL, "RUSMIL", "SYRREB", "190"),
                     ev(1, NULL, "RUSMIL", "SYRREB", "195")};
    place(&e[0], "Idlib", 169389);
    CHECK_INT(run(e, 2), 1);
    CHECK_STR(e[0].code, "195");
    CHECK(e[0].location.known);
    CHECK_STR(e[0].location.name, "Idlib");
}

TEST(unknown_place_between_two_places_stays_apart)
{
    sr_event e[3] = {ev(0, NULL, "RUSMIL", "SYRREB", "195"),
                     ev(1, NULL, "RUSMIL", "SYRREB", "195"),
                     ev(2, NULL, "RUSMIL", "SYRREB", "195")};
    place(&e[0], "Idlib", 169389);
    place(&e[2], "Aleppo", 170063);
    CHECK_INT(run(e, 3), 3);
}

TEST(off_leaves_every_mention)
{
    sr_event e[2] = {ev(0, NULL, "RUSMIL", "SYRREB", "195"),
                     ev(1, NULL, "RUSMIL", "SYRREB", "195")};
    e[0].mentions = 7; /* whatever was there before */
    uint32_t n = 2;
    sr_dedup_mentions(e, &n, "2024-11-30", 0, &arena);
    CHECK_INT(n, 2);
    CHECK_INT(e[0].mentions, 1);
    CHECK_INT(e[1].mentions, 1);
}

TEST(explanation_names_the_merged_sentences)
{
    sr_event e[3] = {ev(1, NULL, "RUSMIL", "SYRREB", "190"), ev(2, NULL, "TUR", "RUS", "111"),
                     ev(5, NULL, "RUSMIL", "SYRREB", "195")};
    e[0].explain = "verb BOMB: verbs.txt:3";
    e[1].explain = "verb CONDEMN: verbs.txt:9";
    e[2].explain = "verb BOMB: verbs.txt:4\n";
    CHECK_INT(run(e, 3), 2);
    CHECK_STR(e[0].explain, "verb CONDEMN: verbs.txt:9");
    CHECK_STR(e[1].explain, "verb BOMB: verbs.txt:4\nmerged 2 mentions of one happening "
                            "(sentences 1, 5); kept the one in sentence 5");
}

TEST(kept_events_stay_in_sentence_order)
{
    sr_event e[4] = {ev(0, NULL, "A", "B", "190"), ev(1, NULL, "C", "D", "010"),
                     ev(2, NULL, "A", "B", "195"), ev(3, NULL, "E", "F", "042")};
    CHECK_INT(run(e, 4), 3);
    CHECK_INT(e[0].sent, 1);
    CHECK_INT(e[1].sent, 2);
    CHECK_INT(e[2].sent, 3);
}

TEST(rank_prefers_specific_code_then_place_then_toll)
{
    CHECK(sr_dedup_rank("195", 0, 0) > sr_dedup_rank("190", 1, 1));
    CHECK(sr_dedup_rank("0211", 0, 0) > sr_dedup_rank("021", 1, 1));
    CHECK_INT(sr_dedup_rank("190", 0, 0), sr_dedup_rank("19", 0, 0));
    CHECK(sr_dedup_rank("190", 1, 0) > sr_dedup_rank("190", 0, 1));
    CHECK(sr_dedup_rank("190", 0, 1) > sr_dedup_rank("190", 0, 0));
    CHECK(sr_dedup_same_root("190", "195"));
    CHECK(!sr_dedup_same_root("190", "180"));
    CHECK(!sr_dedup_same_root("190", NULL));
}

int main(void)
{
    RUN(same_happening_in_two_sentences_is_one_event);
    RUN(unmerged_events_count_one_mention);
    RUN(different_date_target_source_or_root_stay_apart);
    RUN(no_date_of_its_own_means_the_record_date);
    RUN(root_190_and_195_merge_keeping_195);
    RUN(tolls_of_one_happening_are_not_added);
    RUN(a_later_larger_figure_drops_a_stale_upper_bound);
    RUN(different_places_stay_apart);
    RUN(places_without_ids_compare_by_name);
    RUN(a_region_and_a_city_of_one_name_stay_apart);
    RUN(unknown_place_joins_the_one_known_place);
    RUN(kept_mention_without_place_takes_the_place_of_another);
    RUN(unknown_place_between_two_places_stays_apart);
    RUN(off_leaves_every_mention);
    RUN(explanation_names_the_merged_sentences);
    RUN(kept_events_stay_in_sentence_order);
    RUN(rank_prefers_specific_code_then_place_then_toll);
    sr_arena_free(&arena);
    return harness_summary();
}
