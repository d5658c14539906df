/* Tests of the engine (src/pipeline): given parses, token alignment to the
 * record text, refusing records without a parse when the models are
 * missing, and the data folder lookup. */
#include "harness.h"
#include "sitrep.h"

static const char parse[] =
    "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\ttown\ttown\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

static sr_record make_record(char *text, char *given)
{
    sr_record r;
    memset(&r, 0, sizeof r);
    r.id = "r1";
    r.text = text;
    r.text_len = strlen(text);
    r.parse = given;
    r.file = "mem";
    r.line = 7;
    r.index = 1;
    return r;
}

TEST(given_parse_is_kept_and_aligned_to_the_text)
{
    sr_engine_options o = sr_engine_options_default();
    o.default_dicts = 0;
    o.load_parser = 0;
    o.use_given_parse = 1;
    sr_engine *e;
    CHECK_INT(sr_engine_new(&o, &e, NULL), SR_OK);
    char text[] = "  Troops  shelled the\ntown.";
    sr_record r = make_record(text, (char *)parse);
    sr_doc *d;
    CHECK_INT(sr_engine_analyze(e, &r, &d, NULL), SR_OK);
    CHECK_INT(d->nsentences, 1);
    const sr_token *t = d->sentences[0].tokens;
    CHECK_STR(t[1].deprel, "root");
    CHECK_INT(t[3].head, 2);
    CHECK_INT(t[0].start, 2);
    CHECK_INT(t[1].start, 10);
    CHECK_INT(t[3].start, 22);
    CHECK_INT(t[4].start, 26);
    CHECK_INT(d->sentences[0].end, 27);
    CHECK_INT(d->nevents, 0);
    sr_doc_free(d);
    sr_engine_free(e);
}

TEST(malformed_given_parse_is_a_bad_record_with_its_line)
{
    sr_engine_options o = sr_engine_options_default();
    o.default_dicts = 0;
    o.load_parser = 0;
    o.use_given_parse = 1;
    sr_engine *e;
    CHECK_INT(sr_engine_new(&o, &e, NULL), SR_OK);
    char text[] = "Troops shelled.";
    char bad[] = "1\tTroops\t_\t_\t_\t_\t0\troot\t_\t_\n2\tshelled\n";
    sr_record r = make_record(text, bad);
    sr_doc *d = NULL;
    sr_error err;
    CHECK_INT(sr_engine_analyze(e, &r, &d, &err), SR_EBADRECORD);
    CHECK(d == NULL);
    CHECK_INT(err.line, 8);              /* second line of a record at line 7 */
    CHECK(strstr(err.message, "r1") != NULL);
    sr_engine_free(e);
}

TEST(missing_models_refuse_only_records_without_a_parse)
{
    sr_engine_options o = sr_engine_options_default();
    o.default_dicts = 0;
    o.data_dir = "/nonexistent-sitrep-data";
    o.use_given_parse = 1;
    sr_engine *e;
    /* No error struct: the engine must not need one to remember why. */
    CHECK_INT(sr_engine_new(&o, &e, NULL), SR_OK);
    char text[] = "Troops shelled the town.";
    sr_record with = make_record(text, (char *)parse), without = make_record(text, NULL);
    sr_doc *d;
    sr_error err;
    CHECK_INT(sr_engine_analyze(e, &with, &d, &err), SR_OK);
    sr_doc_free(d);
    CHECK_INT(sr_engine_analyze(e, &without, &d, &err), SR_EBADRECORD);
    CHECK(strstr(err.message, "no CoNLL-U parse") != NULL);
    CHECK(strstr(err.message, "/nonexistent-sitrep-data") != NULL);
    sr_engine_free(e);

    o.use_given_parse = 0;
    CHECK_INT(sr_engine_new(&o, &e, &err), SR_EMODEL);
    char msg[1024];
    sr_error_format(&err, msg, sizeof msg);
    CHECK(strstr(msg, "/nonexistent-sitrep-data/models/") != NULL);
}

TEST(data_dir_prefers_the_option_then_the_environment)
{
    char out[512];
    CHECK(sr_data_dir("/opt/x", out, sizeof out));
    CHECK_STR(out, "/opt/x");
    setenv("SITREP_DATA", "/srv/sitrep", 1);
    CHECK(sr_data_dir(NULL, out, sizeof out));
    CHECK_STR(out, "/srv/sitrep");
    unsetenv("SITREP_DATA");
    CHECK(!sr_data_dir("/opt/x", out, 4)); /* does not fit */
}

/* With no dictionary named, the engine loads its own set from the data
 * folder's dict/ (every .txt in verbs/ and actors/, agents.txt), and says
 * which folder when the set is missing or incomplete. */
TEST(own_dictionaries_come_from_the_data_folder)
{
    sr_engine_options o = sr_engine_options_default();
    o.load_parser = 0;
    o.data_dir = "tests/data/own-dict";
    sr_engine *e;
    sr_error err;
    CHECK_INT(sr_engine_new(&o, &e, &err), SR_OK);
    CHECK(sr_engine_codes_events(e));
    sr_engine_free(e);

    o.data_dir = "tests/data/own-dict/no-verbs";
    CHECK_INT(sr_engine_new(&o, &e, &err), SR_EDICT);
    CHECK(strstr(err.message, "tests/data/own-dict/no-verbs/dict holds no verbs") != NULL);

    o.default_dicts = 0;
    CHECK_INT(sr_engine_new(&o, &e, &err), SR_OK);
    CHECK(!sr_engine_codes_events(e));
    sr_engine_free(e);
}

TEST(dictionaries_without_verbs_are_refused)
{
    sr_engine_options o = sr_engine_options_default();
    o.load_parser = 0;
    const char *actors[] = {"tests/data/dict/actors.txt"};
    o.actors = actors;
    o.nactors = 1;
    sr_engine *e;
    sr_error err;
    CHECK_INT(sr_engine_new(&o, &e, &err), SR_EDICT);
    CHECK(strstr(err.message, "verbs") != NULL);
    o.verbs = "tests/data/dict/no-such-verbs.txt";
    CHECK_INT(sr_engine_new(&o, &e, &err), SR_EDICT);
    char msg[1024];
    sr_error_format(&err, msg, sizeof msg);
    CHECK(strstr(msg, "no-such-verbs.txt") != NULL);
}

/* "Valdoria shelled Marestan on Friday, killing at least 12 people." with a
 * hand-checked parse: the event gets the Friday before the publication date
 * and the toll of its own clause. */
static const char toll_parse[] =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\ton\ton\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tFriday\tFriday\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
    "7\tkilling\tkill\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
    "8\tat\tat\tADV\tRB\t_\t10\tadvmod\t_\t_\n"
    "9\tleast\tleast\tADV\tRBS\t_\t8\tfixed\t_\t_\n"
    "10\t12\t12\tNUM\tCD\t_\t11\tnummod\t_\t_\n"
    "11\tpeople\tpeople\tNOUN\tNNS\t_\t7\tobj\t_\tSpaceAfter=No\n"
    "12\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

TEST(events_get_their_date_and_toll)
{
    sr_engine_options o = sr_engine_options_default();
    o.load_parser = 0;
    o.use_given_parse = 1;
    o.verbs = "tests/data/coder/verbs.txt";
    const char *actors[] = {"tests/data/coder/actors.txt"};
    o.actors = actors;
    o.nactors = 1;
    sr_engine *e;
    sr_error err;
    CHECK_INT(sr_engine_new(&o, &e, &err), SR_OK);
    char text[] = "Valdoria shelled Marestan on Friday, killing at least 12 people.";
    sr_record r = make_record(text, (char *)toll_parse);
    r.date = "2024-11-30"; /* a Saturday */
    sr_doc *d;
    CHECK_INT(sr_engine_analyze(e, &r, &d, &err), SR_OK);
    CHECK_INT(d->nevents, 1);
    if (d->nevents == 1) {
        const sr_event *ev = &d->events[0];
        CHECK_STR(ev->source, "VAL");
        CHECK_STR(ev->target, "MAR");
        CHECK_INT(ev->verb_token, 1);
        CHECK_STR(ev->date, "2024-11-29");
        CHECK_STR(ev->date_precision, "day");
        CHECK_INT(ev->killed, 12);
        CHECK_INT(ev->killed_low, 12);
        CHECK_INT(ev->injured, -1);
    }
    sr_doc_free(d);
    sr_engine_free(e);
}

/* The number of events coded from sentence sent of text (parsed as
 * parse) in a story of the given date, with the code code (any when
 * NULL). */
static uint32_t code_events_in(const char *text, const char *parse, const char *date,
                               int keep_history, uint32_t sent, const char *code)
{
    sr_engine_options o = sr_engine_options_default();
    o.load_parser = 0;
    o.use_given_parse = 1;
    o.keep_history = keep_history;
    o.verbs = "tests/data/coder/verbs.txt";
    const char *actors[] = {"tests/data/coder/actors.txt"};
    o.actors = actors;
    o.nactors = 1;
    sr_engine *e;
    sr_error err;
    if (sr_engine_new(&o, &e, &err) != SR_OK)
        return 99;
    char tbuf[512], pbuf[4096];
    snprintf(tbuf, sizeof tbuf, "%s", text);
    snprintf(pbuf, sizeof pbuf, "%s", parse);
    sr_record r = make_record(tbuf, pbuf);
    r.date = (char *)date;
    sr_doc *d;
    uint32_t n = 99;
    if (sr_engine_analyze(e, &r, &d, &err) == SR_OK) {
        n = 0;
        for (uint32_t i = 0; i < d->nevents; i++)
            n += d->events[i].sent == sent && (!code || strcmp(d->events[i].code, code) == 0);
        sr_doc_free(d);
    }
    sr_engine_free(e);
    return n;
}

static uint32_t events_in(const char *text, const char *parse, const char *date, int keep_history,
                          uint32_t sent)
{
    return code_events_in(text, parse, date, keep_history, sent, NULL);
}

/* "Valdoria shelled Marestan." twice, then "In April, Marestan shelled
 * Valdoria." in a story of November: past the lede, a sentence that opens
 * with a time months back is a recollection and is not coded (issue 5,
 * helper T of round 34); --keep-history keeps it. */
static const char april_parse[] =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tIn\tin\tADP\tIN\t_\t2\tcase\t_\t_\n"
    "2\tApril\tApril\tPROPN\tNNP\t_\t5\tobl\t_\tSpaceAfter=No\n"
    "3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "5\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tobj\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n";

/* The number of events coded from the third sentence. */
static uint32_t april_events(int keep_history, const char *date)
{
    return events_in("Valdoria shelled Marestan. Valdoria shelled Marestan. "
                     "In April, Marestan shelled Valdoria.",
                     april_parse, date, keep_history, 2);
}

TEST(a_sentence_opening_months_back_is_background)
{
    CHECK_INT(april_events(0, "2024-11-20"), 0);
    CHECK_INT(april_events(1, "2024-11-20"), 1);
    CHECK_INT(april_events(0, "2024-06-20"), 1); /* April ended weeks back: news */
}

/* "Valdoria shelled Marestan." three times, then "Marestan shelled
 * Valdoria in January." past the story's opening sentences: in a March
 * story the act is two months back, context, and is not coded (issue 5,
 * helper W of round 37); --keep-history keeps it, and so does a February
 * story. */
static const char january_parse[] =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tJanuary\tJanuary\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

/* The number of events coded from the fourth sentence. */
static uint32_t january_events(int keep_history, const char *date)
{
    return events_in("Valdoria shelled Marestan. Valdoria shelled Marestan. "
                     "Valdoria shelled Marestan. Marestan shelled Valdoria in January.",
                     january_parse, date, keep_history, 3);
}

TEST(an_act_dated_months_back_is_background)
{
    CHECK_INT(january_events(0, "2025-03-14"), 0);
    CHECK_INT(january_events(1, "2025-03-14"), 1);
    CHECK_INT(january_events(0, "2025-02-20"), 1); /* last month: news */
}

/* Three opening sentences "Valdoria shelled Marestan." as CoNLL-U, for
 * the tests of issue 5, helper W2 of round 42, which append their own
 * fourth sentence and on. */
#define W2_OPENING                                                                \
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"                     \
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"                           \
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"           \
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"                                     \
    "\n"                                                                         \
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"                     \
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"                           \
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"           \
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"                                     \
    "\n"                                                                         \
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"                     \
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"                           \
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"           \
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"                                     \
    "\n"
#define W2_OPENING_TEXT "Valdoria shelled Marestan. Valdoria shelled Marestan. Valdoria shelled Marestan. "

/* "There," after a sentence dated months back, and the plain past right
 * after it, go on with that episode (issue 5, helper W2 of round 42). */
static const char there_parse[] =
    W2_OPENING
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tJanuary\tJanuary\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tThere\tthere\tADV\tRB\t_\t4\tadvmod\t_\tSpaceAfter=No\n"
    "2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tNambera\tNambera\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorians\tValdorian\tPROPN\tNNPS\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";
static const char there_text[] = W2_OPENING_TEXT
    "Marestan shelled Valdoria in January. There, Osterland shelled Nambera. "
    "Marestan expelled Valdorians.";

TEST(there_after_a_sentence_months_back_is_background)
{
    CHECK_INT(events_in(there_text, there_parse, "2025-03-14", 0, 4), 0);
    CHECK_INT(events_in(there_text, there_parse, "2025-03-14", 0, 5), 0);
    CHECK_INT(events_in(there_text, there_parse, "2025-03-14", 1, 4), 1);
    CHECK_INT(events_in(there_text, there_parse, "2025-03-14", 1, 5), 1);
    /* January in a February story is last month: all news */
    CHECK_INT(events_in(there_text, there_parse, "2025-02-20", 0, 4), 1);
    CHECK_INT(events_in(there_text, there_parse, "2025-02-20", 0, 5), 1);
    /* "Still," in its place: the fifth sentence tells its own news,
     * and so does the plain past after it */
    char parse[sizeof there_parse];
    memcpy(parse, there_parse, sizeof parse);
    char *there = strstr(parse, "1\tThere\tthere\t");
    memcpy(there + 2, "Still\tstill", 11);
    char text[sizeof there_text];
    memcpy(text, there_text, sizeof text);
    memcpy(strstr(text, "There,"), "Still", 5);
    CHECK_INT(events_in(text, parse, "2025-03-14", 0, 4), 1);
    CHECK_INT(events_in(text, parse, "2025-03-14", 0, 5), 1);
}

/* A main-clause past perfect after a sentence dated months back steps
 * back into that episode; "Later," does not tie a sequel to it, since a
 * sequel months on may be the news (issue 5, helper W2 of round 42). */
static const char perfect_parse[] =
    W2_OPENING
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tJanuary\tJanuary\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\thad\thave\tAUX\tVBD\t_\t3\taux\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tNambera\tNambera\tPROPN\tNNP\t_\t3\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n";
static const char perfect_text[] = W2_OPENING_TEXT
    "Marestan shelled Valdoria in January. Osterland had shelled Nambera.";
static const char later_parse[] =
    W2_OPENING
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tJanuary\tJanuary\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tLater\tlater\tADV\tRB\t_\t4\tadvmod\t_\tSpaceAfter=No\n"
    "2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tNambera\tNambera\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";
static const char later_text[] = W2_OPENING_TEXT
    "Marestan shelled Valdoria in January. Later, Osterland shelled Nambera.";

TEST(a_past_perfect_after_a_sentence_months_back_is_background)
{
    CHECK_INT(events_in(perfect_text, perfect_parse, "2025-03-14", 0, 4), 0);
    CHECK_INT(events_in(perfect_text, perfect_parse, "2025-03-14", 1, 4), 1);
    CHECK_INT(events_in(perfect_text, perfect_parse, "2025-02-20", 0, 4), 1);
    CHECK_INT(events_in(later_text, later_parse, "2025-03-14", 0, 4), 1);
}

/* A present perfect done "repeatedly" past the opening sentences sums up
 * past acts (issue 5, helper W2 of round 42). */
static const char repeated_parse[] =
    W2_OPENING
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\thas\thave\tAUX\tVBZ\t_\t4\taux\t_\t_\n"
    "3\trepeatedly\trepeatedly\tADV\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tshelled\tshell\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tNambera\tNambera\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";
static const char repeated_text[] = W2_OPENING_TEXT "Osterland has repeatedly shelled Nambera.";

TEST(a_perfect_done_repeatedly_is_background)
{
    CHECK_INT(events_in(repeated_text, repeated_parse, "2025-03-14", 0, 3), 0);
    CHECK_INT(events_in(repeated_text, repeated_parse, "2025-03-14", 1, 3), 1);
    /* "has also shelled": one act, news */
    char parse[sizeof repeated_parse];
    memcpy(parse, repeated_parse, sizeof parse);
    char *rep = strstr(parse, "3\trepeatedly\trepeatedly");
    memcpy(rep + 2, "xxxxxxxxxx\txxxxxxxxxx", 21);
    char text[sizeof repeated_text];
    memcpy(text, repeated_text, sizeof text);
    memcpy(strstr(text, "repeatedly"), "xxxxxxxxxx", 10);
    CHECK_INT(events_in(text, parse, "2025-03-14", 0, 3), 1);
    /* "had repeatedly shelled": a past perfect is left to the dates */
    memcpy(parse, repeated_parse, sizeof parse);
    memcpy(strstr(parse, "2\thas\thave") + 2, "had", 3);
    memcpy(text, repeated_text, sizeof text);
    memcpy(strstr(text, "has rep"), "had", 3);
    CHECK_INT(events_in(text, parse, "2025-03-14", 0, 3), 1);
}

/* A present perfect "since" a month weeks or months back is a tally or
 * trend: "Osterland has shelled Nambera since May." (issue 5, helper T4
 * of round 51). */
#define SINCE_PARSE(aux, when)                                                   \
    W2_OPENING                                                                   \
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"                   \
    "2\t" aux "\t" aux "\tAUX\tVBZ\t_\t3\taux\t_\t_\n"                           \
    "3\tshelled\tshell\tVERB\tVBN\t_\t0\troot\t_\t_\n"                           \
    "4\tNambera\tNambera\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"                         \
    "5\tsince\tsince\tADP\tIN\t_\t6\tcase\t_\t_\n"                               \
    "6\t" when "\t" when "\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No\n"           \
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
static const char since_parse[] = SINCE_PARSE("has", "May");
static const char since_text[] = W2_OPENING_TEXT "Osterland has shelled Nambera since May.";
static const char since_monday_parse[] = SINCE_PARSE("has", "Monday");
static const char since_monday_text[] = W2_OPENING_TEXT "Osterland has shelled Nambera since Monday.";
static const char since_had_parse[] = SINCE_PARSE("had", "May");
static const char since_had_text[] = W2_OPENING_TEXT "Osterland had shelled Nambera since May.";
/* "since May" inside a clause that describes a noun dates that clause */
static const char since_acl_parse[] =
    W2_OPENING
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\thas\thave\tAUX\tVBZ\t_\t3\taux\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tNambera\tNambera\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\theld\thold\tVERB\tVBN\t_\t4\tacl\t_\t_\n"
    "6\tsince\tsince\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tMay\tMay\tPROPN\tNNP\t_\t5\tobl\t_\tSpaceAfter=No\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n";
static const char since_acl_text[] = W2_OPENING_TEXT "Osterland has shelled Nambera held since May.";

TEST(a_perfect_since_a_month_back_is_a_tally)
{
    CHECK_INT(events_in(since_text, since_parse, "2025-09-10", 0, 3), 0);
    CHECK_INT(events_in(since_text, since_parse, "2025-09-10", 1, 3), 1);
    /* in a story of early June, May is weeks back: the story's days */
    CHECK_INT(events_in(since_text, since_parse, "2025-06-03", 0, 3), 1);
    /* "since Monday": the story's days */
    CHECK_INT(events_in(since_monday_text, since_monday_parse, "2025-09-10", 0, 3), 1);
    /* a past perfect is left to the dates */
    CHECK_INT(events_in(since_had_text, since_had_parse, "2025-09-10", 0, 3), 1);
    /* "Nambera held since May": the span dates the description */
    CHECK_INT(events_in(since_acl_text, since_acl_parse, "2025-09-10", 0, 3), 1);
}

/* "have since" after a sentence dated months back tells an act done at
 * some time in those months: context (issue 5, helper B4 of round 53). */
#define B4_SINCE_PARSE(prep)                                                     \
    W2_OPENING                                                                   \
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"                     \
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"                           \
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"                       \
    "4\t" prep "\t" prep "\tADP\tIN\t_\t5\tcase\t_\t_\n"                         \
    "5\tJanuary\tJanuary\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"             \
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"                                     \
    "\n"                                                                         \
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"                   \
    "2\thas\thave\tAUX\tVBZ\t_\t4\taux\t_\t_\n"                                  \
    "3\tsince\tsince\tADV\tRB\t_\t4\tadvmod\t_\t_\n"                             \
    "4\tshelled\tshell\tVERB\tVBN\t_\t0\troot\t_\t_\n"                           \
    "5\tNambera\tNambera\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No\n"             \
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
static const char have_since_parse[] = B4_SINCE_PARSE("in");
static const char have_since_text[] = W2_OPENING_TEXT
    "Marestan shelled Valdoria in January. Osterland has since shelled Nambera.";
static const char until_parse[] = B4_SINCE_PARSE("until");
static const char until_text[] = W2_OPENING_TEXT
    "Marestan shelled Valdoria until January. Osterland has since shelled Nambera.";

TEST(have_since_after_a_sentence_months_back_is_background)
{
    CHECK_INT(events_in(have_since_text, have_since_parse, "2025-03-14", 0, 4), 0);
    CHECK_INT(events_in(have_since_text, have_since_parse, "2025-03-14", 1, 4), 1);
    /* January in a February story is last month: the act since is news */
    CHECK_INT(events_in(have_since_text, have_since_parse, "2025-02-20", 0, 4), 1);
    /* "has again shelled": no tie to the act months back */
    char parse[sizeof have_since_parse];
    memcpy(parse, have_since_parse, sizeof parse);
    memcpy(strstr(parse, "3\tsince\tsince") + 2, "again\tagain", 11);
    char text[sizeof have_since_text];
    memcpy(text, have_since_text, sizeof text);
    memcpy(strstr(text, "since"), "again", 5);
    CHECK_INT(events_in(text, parse, "2025-03-14", 0, 4), 1);
    /* "until January" dates the edge of a span, not an act: no anchor */
    CHECK_INT(events_in(until_text, until_parse, "2025-03-14", 0, 4), 1);
}

/* An opening time months back frames the clause a dated verb governs:
 * "In January, Valdoria announced Marestan shelled Osterland." (issue 5,
 * helper W2 of round 42). */
static const char governed_parse[] =
    W2_OPENING
    "1\tIn\tin\tADP\tIN\t_\t2\tcase\t_\t_\n"
    "2\tJanuary\tJanuary\tPROPN\tNNP\t_\t5\tobl\t_\tSpaceAfter=No\n"
    "3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "5\tannounced\tannounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
    "7\tshelled\tshell\tVERB\tVBD\t_\t5\tccomp\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\tSpaceAfter=No\n"
    "9\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n";
static const char governed_text[] = W2_OPENING_TEXT "In January, Valdoria announced Marestan shelled Osterland.";

TEST(an_opening_time_frames_the_governed_clause)
{
    CHECK_INT(code_events_in(governed_text, governed_parse, "2025-05-14", 1, 3, "190"), 1);
    CHECK_INT(code_events_in(governed_text, governed_parse, "2025-05-14", 0, 3, "190"), 0);
    /* in a February story January is weeks back: news */
    CHECK_INT(code_events_in(governed_text, governed_parse, "2025-02-20", 0, 3, "190"), 1);
}

/* A bare participle describing a noun of a clause dated months back takes
 * that clause's date: "Marestan sent Valdorian troops in January,
 * shelling Osterland." (issue 5, helper W3 of round 47). */
static const char participle_parse[] =
    W2_OPENING
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tJanuary\tJanuary\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "7\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
    "8\tshelling\tshell\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
    "9\tOsterland\tOsterland\tPROPN\tNNP\t_\t8\tobj\t_\tSpaceAfter=No\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";
static const char participle_text[] = W2_OPENING_TEXT
    "Marestan sent Valdorian troops in January, shelling Osterland.";

TEST(a_participle_takes_the_months_back_date_of_its_clause)
{
    CHECK_INT(code_events_in(participle_text, participle_parse, "2025-05-14", 1, 3, "190"), 1);
    CHECK_INT(code_events_in(participle_text, participle_parse, "2025-05-14", 0, 3, "190"), 0);
    /* in a February story January is weeks back: news */
    CHECK_INT(code_events_in(participle_text, participle_parse, "2025-02-20", 0, 3, "190"), 1);
    /* "who are shelling": a relative clause with its own tense is not
     * read (the auxiliary) */
    char parse[sizeof participle_parse + 64];
    snprintf(parse, sizeof parse, "%s", participle_parse);
    char *aux = strstr(parse, "7\t,\t,\tPUNCT\t,\t_\t8\tpunct");
    memcpy(aux, "7\tis\tbe\tAUX\tVBZ\t_\t8\taux\t", 24);
    CHECK_INT(code_events_in(W2_OPENING_TEXT "Marestan sent Valdorian troops in January is shelling Osterland.",
                             parse, "2025-05-14", 0, 3, "190"),
              1);
}

/* A side with a "then-" title acts in a past term: "Valdoria shelled
 * then-president Nambera." (issue 5, helper W3 of round 47). */
static const char then_parse[] =
    W2_OPENING
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthen\tthen\tADV\tRB\t_\t5\tadvmod\t_\tSpaceAfter=No\n"
    "4\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\tSpaceAfter=No\n"
    "5\tpresident\tpresident\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\tNambera\tNambera\tPROPN\tNNP\t_\t5\tappos\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";
static const char then_text[] = W2_OPENING_TEXT "Valdoria shelled then-president Nambera.";

TEST(a_side_with_a_then_title_is_background)
{
    CHECK_INT(code_events_in(then_text, then_parse, "2025-05-14", 1, 3, "190"), 1);
    CHECK_INT(code_events_in(then_text, then_parse, "2025-05-14", 0, 3, "190"), 0);
    /* "and then shelled": the adverb heads no noun, news */
    char parse[sizeof then_parse];
    memcpy(parse, then_parse, sizeof parse);
    char *then = strstr(parse, "3\tthen\tthen\tADV\tRB\t_\t5\tadvmod");
    memcpy(then, "3\tthen\tthen\tADV\tRB\t_\t2\tadvmod", 29);
    CHECK_INT(code_events_in(then_text, parse, "2025-05-14", 0, 3, "190"), 1);
}

/* A main-clause past perfect progressive past the opening sentences
 * tells a backdrop; a "when" clause on it tells the news (issue 5,
 * helper W3 of round 47). */
static const char progressive_parse[] =
    W2_OPENING
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\thad\thave\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tbeen\tbe\tAUX\tVBN\t_\t4\taux\t_\t_\n"
    "4\tshelling\tshell\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";
static const char progressive_text[] = W2_OPENING_TEXT "Valdoria had been shelling Osterland.";
static const char when_parse[] =
    W2_OPENING
    "1\tNambera\tNambera\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\thad\thave\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tbeen\tbe\tAUX\tVBN\t_\t4\taux\t_\t_\n"
    "4\tsleeping\tsleep\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "5\twhen\twhen\tSCONJ\tWRB\t_\t7\tmark\t_\t_\n"
    "6\tValdoria\tValdoria\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
    "7\tshelled\tshell\tVERB\tVBD\t_\t4\tadvcl\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\tSpaceAfter=No\n"
    "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";
static const char when_text[] = W2_OPENING_TEXT "Nambera had been sleeping when Valdoria shelled Osterland.";

TEST(a_past_perfect_progressive_is_a_backdrop)
{
    CHECK_INT(code_events_in(progressive_text, progressive_parse, "2025-05-14", 1, 3, "190"), 1);
    CHECK_INT(code_events_in(progressive_text, progressive_parse, "2025-05-14", 0, 3, "190"), 0);
    CHECK_INT(code_events_in(when_text, when_parse, "2025-05-14", 0, 3, "190"), 1);
}

int main(void)
{
    RUN(given_parse_is_kept_and_aligned_to_the_text);
    RUN(malformed_given_parse_is_a_bad_record_with_its_line);
    RUN(missing_models_refuse_only_records_without_a_parse);
    RUN(data_dir_prefers_the_option_then_the_environment);
    RUN(own_dictionaries_come_from_the_data_folder);
    RUN(dictionaries_without_verbs_are_refused);
    RUN(events_get_their_date_and_toll);
    RUN(a_sentence_opening_months_back_is_background);
    RUN(an_act_dated_months_back_is_background);
    RUN(there_after_a_sentence_months_back_is_background);
    RUN(a_past_perfect_after_a_sentence_months_back_is_background);
    RUN(a_perfect_done_repeatedly_is_background);
    RUN(a_perfect_since_a_month_back_is_a_tally);
    RUN(have_since_after_a_sentence_months_back_is_background);
    RUN(an_opening_time_frames_the_governed_clause);
    RUN(a_participle_takes_the_months_back_date_of_its_clause);
    RUN(a_side_with_a_then_title_is_background);
    RUN(a_past_perfect_progressive_is_a_backdrop);
    return harness_summary();
}
