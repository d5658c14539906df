/* coder_test.c - the event coder on hand-written parses and tiny fixture
 * dictionaries (tests/data/coder/). Each test codes one or two sentences
 * and compares the events, written "SOURCE>TARGET:CODE" in the order the
 * coder emits them. */
#include "harness.h"
#include "coder/coder.h"
#include "coder/coder_internal.h"
#include "dict/dict.h"
#include "base/buf.h"
#include "text/conllu.h"

#include <time.h>
#include <unistd.h>

static sr_dict *dict;
static sr_coder *coder, *coder_explain;

/* Codes a CoNLL-U text as one record of the given date and options and
 * writes its events into out. Returns the number of events. */
static int code_full(const char *conllu, const char *date, const char *options, int explain,
                     char *out, size_t size, sr_doc *keep, sr_arena *arena)
{
    sr_conllu_sentence *cs;
    uint32_t n;
    sr_error err;
    out[0] = 0;
    if (sr_conllu_parse(conllu, strlen(conllu), 1, arena, &cs, &n, &err) != SR_OK) {
        snprintf(out, size, "parse error: %.200s", err.message);
        return -1;
    }
    static sr_record rec;
    memset(&rec, 0, sizeof rec);
    rec.date = (char *)date;
    rec.options = (char *)options;
    memset(keep, 0, sizeof *keep);
    keep->record = &rec;
    keep->sentences = sr_arena_alloc(arena, (n ? n : 1) * sizeof(sr_sentence));
    for (uint32_t i = 0; i < n; i++)
        keep->sentences[i] = cs[i].s;
    keep->nsentences = n;
    sr_coder_code(explain ? coder_explain : coder, keep, arena);
    size_t len = 0;
    for (uint32_t i = 0; i < keep->nevents; i++) {
        const sr_event *e = &keep->events[i];
        len += (size_t)snprintf(out + len, size - len, "%s%s>%s:%s", i ? " " : "", e->source,
                                e->target, e->code);
        if (len >= size)
            break;
    }
    return (int)keep->nevents;
}

static const char *code(const char *conllu, const char *date)
{
    static char out[512];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    code_full(conllu, date, NULL, 0, out, sizeof out, &d, &a);
    sr_arena_free(&a);
    return out;
}

/* ------------------------------------------------------------ sentences */

static const char *svo = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                         "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                         "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                         "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *passive_v2 = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                                "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
                                "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
                                "4\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                                "5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
                                "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
                                "7\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tobl\t_\t_\n"
                                "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

static const char *passive_v1 = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                                "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t4\tnsubjpass\t_\t_\n"
                                "3\twere\tbe\tAUX\tVBD\t_\t4\tauxpass\t_\t_\n"
                                "4\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                                "5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
                                "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
                                "7\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
                                "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

static const char *compound_subject = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                                      "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                                      "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                                      "4\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                      "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                                      "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

static const char *compound_object = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                     "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                     "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                     "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
                                     "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tconj\t_\t_\n"
                                     "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* "Valdorian and Marestani soldiers": two actors share one agent. */
static const char *compound_modifiers = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
                                        "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                                        "3\tMarestani\tMarestani\tADJ\tJJ\t_\t1\tconj\t_\t_\n"
                                        "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
                                        "5\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                        "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                        "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

static const char *agents = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                            "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                            "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                            "4\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
                            "5\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
                            "6\tpolice\tpolice\tNOUN\tNN\t_\t7\tcompound\t_\t_\n"
                            "7\tstation\tstation\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
                            "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *general = "1\tGeneral\tGeneral\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                             "2\tOrlov\tOrlov\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                             "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                             "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                             "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *negated = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                             "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
                             "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
                             "4\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
                             "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                             "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

static const char *said = "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                          "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                          "3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                          "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
                          "5\taccused\taccuse\tVERB\tVBD\t_\t3\tccomp\t_\t_\n"
                          "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                          "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* The fixture's "~ a (b . ATTACK) SAY = a b 112": saying that someone
 * attacked is accusing them. */
static const char *said_attack = "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                                 "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                                 "3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
                                 "5\ttroops\ttroop\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
                                 "6\tshelled\tshell\tVERB\tVBD\t_\t3\tccomp\t_\t_\n"
                                 "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
                                 "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *discarded = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                               "4\tafter\tafter\tADP\tIN\t_\t7\tcase\t_\t_\n"
                               "5\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
                               "6\tfootball\tfootball\tNOUN\tNN\t_\t7\tcompound\t_\t_\n"
                               "7\tmatch\tmatch\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
                               "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *hosted = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                            "2\thosted\thost\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                            "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                            "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *rumours = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                             "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                             "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                             "4\tof\tof\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
                             "5\tspreading\tspread\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                             "6\trumours\trumour\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
                             "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *near_v2 = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                             "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                             "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                             "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
                             "5\tconvoy\tconvoy\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
                             "6\tnear\tnear\tADP\tIN\t_\t7\tcase\t_\t_\n"
                             "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
                             "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *near_v1 = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                             "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                             "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                             "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
                             "5\tconvoy\tconvoy\tNOUN\tNN\t_\t3\tdobj\t_\t_\n"
                             "6\tnear\tnear\tADP\tIN\t_\t7\tcase\t_\t_\n"
                             "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n"
                             "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *trade_deal = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                "2\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "3\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
                                "4\ttrade\ttrade\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
                                "5\tdeal\tdeal\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                                "6\twith\twith\tADP\tIN\t_\t7\tcase\t_\t_\n"
                                "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                                "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *plain_deal = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                "2\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
                                "4\tdeal\tdeal\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                                "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n"
                                "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                                "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* Two sentences: "they" in the second are the Valdoria of the first. */
static const char *pronoun = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                             "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                             "3\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                             "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                             "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"
                             "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                             "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                             "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                             "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* No heads at all, as a tokenised but unparsed input would be. */
static const char *unparsed = "1\tValdoria\t_\t_\t_\t_\t_\t_\t_\t_\n"
                              "2\taccused\t_\t_\t_\t_\t_\t_\t_\t_\n"
                              "3\tMarestan\t_\t_\t_\t_\t_\t_\t_\t_\n\n";

/* A cycle: 1 -> 2 -> 1. */
static const char *cyclic = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                            "2\taccused\taccuse\tVERB\tVBD\t_\t1\tobj\t_\t_\n"
                            "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n";

/* ------------------------------------------------------------ tests */

TEST(simple_svo)
{
    CHECK_STR(code(svo, "2019-03-01"), "VAL>MAR:112");
}

TEST(passive_by_phrase)
{
    CHECK_STR(code(passive_v2, "2019-03-01"), "MARMIL>VALCVL:1823");
}

TEST(compound_subjects_objects_modifiers)
{
    CHECK_STR(code(compound_subject, NULL), "VAL>MAR:112 OST>MAR:112");
    CHECK_STR(code(compound_object, NULL), "VAL>MAR:112 VAL>OST:112");
    CHECK_STR(code(compound_modifiers, NULL), "VALMIL>OST:190 MARMIL>OST:190");
}

TEST(agents_join_actor_codes)
{
    CHECK_STR(code(agents, NULL), "VALREB>MARCOP:190");
}

/* Agents with no actor take the story's country (src/coder/story.c). */
static const char *troops_of_the_story =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ttroops\ttroop\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* Two countries named once each: the story has no one country, so the
 * second sentence's agents stay without one and code nothing. */
static const char *two_countries_then_agents =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* An agent word modifying a thing does not make the thing an actor: the
 * story is about Valdoria, but "an official convoy" is not Valdoria's
 * government. */
static const char *official_convoy =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tan\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tofficial\tofficial\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tconvoy\tconvoy\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* A name under a title is the title's agent, of the story's country:
 * "Police Chief Orlan Vesk" in a story about Valdoria is VALCOP. */
static const char *titled_name =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tPolice\tpolice\tNOUN\tNN\t_\t4\tcompound\t_\t_\n"
    "2\tChief\tChief\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
    "3\tOrlan\tOrlan\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
    "4\tVesk\tVesk\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "5\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tValdorian\tValdorian\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\trebels\trebel\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

/* "foreign" in a title the agents list ("foreign minister") is no sign
 * that the person is foreign to the story. */
static const char *foreign_minister =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "2\tforeign\tforeign\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "3\tminister\tminister\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
    "4\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

/* Rebels acting on their own country is an event (civil war), and so is
 * the state acting on it; a statement between a country and its own state
 * is not ("Valdorian officials told Valdoria ..."). */
static const char *rebels_take_city =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *officials_tell_own_country =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *soldiers_on_own_country =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* Several countries are not the story's one: "Valdorian rebels attacked
 * governments" gives the governments no country (issue 5, round 9),
 * while one government takes the story's. */
static const char *attacked_governments =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tgovernments\tgovernment\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *attacked_government =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tgovernment\tgovernment\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* "the foreign ministers": an office one per country, in the plural
 * (issue 5, round 9); "the foreign minister" is the story's. */
static const char *attacked_foreign_ministers =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "5\tforeign\tforeign\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tministers\tminister\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *attacked_foreign_minister =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "5\tforeign\tforeign\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tminister\tminister\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* "international aid workers": the parser hangs "international" on "aid",
 * the compound, not on "workers"; as an amod there, or as a conjunct when
 * the phrase ends a list, it still says the workers are not the story
 * country's own (issue 5, helper K). "Valdorian aid workers" are. */
static const char *attacked_international_aid_workers =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tinternational\tinternational\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\taid\taid\tNOUN\tNN\t_\t6\tcompound\t_\t_\n"
    "6\tworkers\tworker\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *attacked_international_aid_workers_conj =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tinternational\tinternational\tADJ\tJJ\t_\t5\tconj\t_\t_\n"
    "5\taid\taid\tNOUN\tNN\t_\t6\tcompound\t_\t_\n"
    "6\tworkers\tworker\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *attacked_local_aid_workers =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tlocal\tlocal\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\taid\taid\tNOUN\tNN\t_\t6\tcompound\t_\t_\n"
    "6\tworkers\tworker\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(foreign_word_on_a_compound_keeps_the_story_country_off)
{
    CHECK_STR(code(attacked_local_aid_workers, NULL), "VALREB>VALNGO:190");
    CHECK_STR(code(attacked_international_aid_workers, NULL), "");
    CHECK_STR(code(attacked_international_aid_workers_conj, NULL), "");
}

/* "The court" after "the Northern Compact's court": a definite phrase of
 * an agent word the story gave to a body other than a country refers to
 * that body, not to the country the story names most (issue 5, helper
 * K). "A court" is not a reference and takes the story's country. */
static const char *compact_court_then_the_court =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "4\tNorthern\tNorthern\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "5\tCompact\tCompact\tPROPN\tNNP\t_\t6\tnmod:poss\t_\t_\n"
    "6\tcourt\tcourt\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tcourt\tcourt\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"
;
static const char *compact_court_then_the_courts_president =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "4\tNorthern\tNorthern\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "5\tCompact\tCompact\tPROPN\tNNP\t_\t6\tnmod:poss\t_\t_\n"
    "6\tcourt\tcourt\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tcourt\tcourt\tNOUN\tNN\t_\t4\tnmod:poss\t_\t_\n"
    "3\t's\t's\tPART\tPOS\t_\t2\tcase\t_\t_\n"
    "4\tpresident\tpresident\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
    "5\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n"
;
static const char *compact_court_then_a_court =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "4\tNorthern\tNorthern\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "5\tCompact\tCompact\tPROPN\tNNP\t_\t6\tnmod:poss\t_\t_\n"
    "6\tcourt\tcourt\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tcourt\tcourt\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"
;

TEST(the_court_refers_to_the_body_named_before)
{
    CHECK_STR(code(compact_court_then_the_court, NULL),
              "VAL>IGONCPJUD:112 IGONCPJUD>VAL:112");
    CHECK_STR(code(compact_court_then_the_courts_president, NULL),
              "VAL>IGONCPJUD:112 IGONCPJUDGOV>VAL:112");
    CHECK_STR(code(compact_court_then_a_court, NULL), "VAL>IGONCPJUD:112 VALJUD>VAL:112");
}

/* "rebels based in Marestan" in a story about Valdoria: an armed group
 * that its own participle places in a country is that country's; a
 * state's soldiers based abroad are still the story country's (issue 5,
 * helper K). */
static const char *rebels_based_abroad =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tbased\tbase\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
;
static const char *soldiers_based_abroad =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tbased\tbase\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
;

TEST(armed_group_placed_by_its_modifier_takes_that_country)
{
    CHECK_STR(code(rebels_based_abroad, NULL), "VAL>VALREB:112 VAL>MARREB:112");
    CHECK_STR(code(soldiers_based_abroad, NULL), "VAL>VALREB:112 VAL>VALMIL:112");
}

/* "told the Herald's Marestani Service": an outlet's service in a
 * language is not the state whose adjective names the language; a
 * service owned by a state ("Marestan's Security Service") is that
 * state's (issue 5, helper K). */
static const char *told_outlet_language_service =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tHerald\tHerald\tPROPN\tNNP\t_\t6\tnmod:poss\t_\t_\n"
    "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
    "5\tMarestani\tMarestani\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
    "6\tService\tService\tPROPN\tNNP\t_\t2\tiobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
;
static const char *told_state_service =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tnmod:poss\t_\t_\n"
    "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
    "5\tSecurity\tSecurity\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
    "6\tService\tService\tPROPN\tNNP\t_\t2\tiobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
;

TEST(an_outlets_language_service_is_no_state)
{
    CHECK_STR(code(told_outlet_language_service, NULL), "");
    CHECK_STR(code(told_state_service, NULL), "VAL>MAR:010");
}

/* "Valdoria expelled the officials": who is expelled or deported is
 * foreign to the country that does it, so the phrase takes neither the
 * story's country nor, as coercion at home, the doer's; named foreigners
 * keep their country (issue 5, helper K). */
static const char *expelled_the_officials =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tofficials\tofficial\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
;
static const char *expelled_named_officials =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestani\tMarestani\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tofficials\tofficial\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
;

TEST(the_expelled_are_not_the_story_countrys)
{
    CHECK_STR(code(expelled_the_officials, NULL), "");
    CHECK_STR(code(expelled_named_officials, NULL), "VAL>MARGOV:174");
}

/* "out of business": the activity, not the business community; "local
 * business" is the community (issue 5, helper K). The parse of the
 * second sentence makes "business" a conjunct of the protest's object,
 * as parsers do with such idioms. */
static const char *attacked_local_business =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tlocal\tlocal\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tbusiness\tbusiness\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
;
static const char *protested_rules_out_of_business =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\trules\trule\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tthat\tthat\tPRON\tWDT\t_\t5\tnsubj\t_\t_\n"
    "5\tput\tput\tVERB\tVBD\t_\t3\tacl:relcl\t_\t_\n"
    "6\ttraders\ttrader\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
    "7\tout\tout\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "8\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tbusiness\tbusiness\tNOUN\tNN\t_\t3\tconj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
;

TEST(out_of_business_names_no_business)
{
    CHECK_STR(code(attacked_local_business, NULL), "VAL>VALBUS:190");
    CHECK_STR(code(protested_rules_out_of_business, NULL), "VAL>VAL:141");
}

TEST(plural_countries_take_no_story_country)
{
    CHECK_STR(code(attacked_foreign_minister, NULL), "VALREB>VALGOV:190");
    CHECK_STR(code(attacked_foreign_ministers, NULL), "");
    CHECK_STR(code(attacked_government, NULL), "VALREB>VALGOV:190");
    CHECK_STR(code(attacked_governments, NULL), "");
}

TEST(agents_without_actor_take_the_story_country)
{
    CHECK_STR(code(troops_of_the_story, NULL), "VALREB>VALMIL:190");
    CHECK_STR(code(two_countries_then_agents, NULL), "VAL>MAR:190");
    CHECK_STR(code(official_convoy, NULL), "VAL>VALREB:190");
    CHECK_STR(code(titled_name, NULL), "VAL>MAR:190 VALCOP>VALREB:112");
    CHECK_STR(code(foreign_minister, NULL), "VAL>VALREB:190 VALGOV>MAR:112");
}

/* With agents_alone, as in PETRARCH2, agents that name no actor keep no
 * country, and a side with none is no side: "the rebels attacked the
 * troops" in a story about Valdoria codes nothing two-sided. */
TEST(agents_alone_keep_no_country)
{
    sr_coder_options alone = {.require_dyad = 1, .agents_alone = 1};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &alone);
    CHECK_STR(code(troops_of_the_story, NULL), "");
    CHECK_STR(code(two_countries_then_agents, NULL), "VAL>MAR:190");
    sr_coder_free(coder);
    coder = saved;
}

TEST(a_part_acting_on_its_own_country_is_an_event)
{
    CHECK_STR(code(rebels_take_city, NULL), "VALREB>VAL:190");
    CHECK_STR(code(soldiers_on_own_country, NULL), "VALMIL>VAL:190");
    CHECK_STR(code(officials_tell_own_country, NULL), "");
}

/* "Valdoria-backed rebels": the word before the hyphen names the phrase's
 * country; "rebel-held villages" stand for the rebels. */
static const char *hyphen_backed =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tobl:unmarked\t_\t_\n"
    "2\t-\t-\tPUNCT\tHYPH\t_\t1\tpunct\t_\t_\n"
    "3\tbacked\tback\tVERB\tVBN\t_\t4\tamod\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
static const char *rebel_held =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\trebel\trebel\tNOUN\tNN\t_\t6\tcompound\t_\t_\n"
    "5\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\t_\n"
    "6\theld\thold\tVERB\tVBN\t_\t7\tamod\t_\t_\n"
    "7\tvillages\tvillage\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
/* "Its soldiers": the owner is the last actor named (Marestan), not the
 * story's most-named country (Valdoria). */
static const char *owner_of_its =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tIts\tits\tPRON\tPRP$\t_\t2\tnmod:poss\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\trebels\trebel\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *no_longer =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\tno\tno\tADV\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\tlonger\tlonger\tADV\tRBR\t_\t4\tadvmod\t_\t_\n"
    "4\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(hyphen_prefixes_and_possessive_owners)
{
    CHECK_STR(code(hyphen_backed, NULL), "VALREB>MAR:190");
    CHECK_STR(code(rebel_held, NULL), "VALMIL>VALREB:190");
    CHECK_STR(code(owner_of_its, NULL), "VAL>VALREB:190 MAR>VAL:190 MARMIL>VALREB:190");
}

/* A possessive pronoun in a verb's object refers to that verb's subject:
 * after a sentence about Marestan, "Valdoria shelled its rebels" is about
 * Valdoria's rebels, not Marestan's (issue 5, helper A: "as its rival
 * China expands its navy" was Australia's navy). A subject that names no
 * country of its own leaves the owner to the last actor named. */
static const char *its_in_the_object =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tits\tits\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* In reported speech the pronoun may be the speaker's: "Valdoria
 * reported Marestan shelled its rebels" does not make the rebels
 * Marestan's ("reported" is no verb of the fixture, so the shelling is
 * coded on its own; with the owner unclear and the story's two countries
 * level, the rebels name no actor and nothing is coded). */
static const char *said_x_shelled_its =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\treported\treport\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\tshelled\tshell\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "5\tits\tits\tPRON\tPRP$\t_\t6\tnmod:poss\t_\t_\n"
    "6\trebels\trebel\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(its_in_the_object_is_the_subjects)
{
    CHECK_STR(code(said_x_shelled_its, NULL), ""); /* MAR>MARREB without the check */
    CHECK_STR(code(its_in_the_object, NULL), "MAR>OST:190 VAL>VALREB:190");
    /* The older test of the last actor named still holds: there the
     * phrase with "its" is the subject. */
    CHECK_STR(code(owner_of_its, NULL), "VAL>VALREB:190 MAR>VAL:190 MARMIL>VALREB:190");
}

/* "denounced the official plan, Marestan ...": the parser made the actor
 * an appositive of a thing; the agent word that only describes the thing
 * ("official") is not stacked on it (MAR, not MARGOV). A head that is an
 * agent itself ("the soldiers, Marestani ...") still lends its agent
 * (issue 5, helper A: "no military solution to the war, and that both
 * Russia and Ukraine need ..." was RUSMIL and UKRMIL). */
static const char *thing_with_appositive =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tofficial\tofficial\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tplan\tplan\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tappos\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *agent_with_appositive =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tofficials\tofficial\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tappos\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* Nor on whom the thing goes to ("provided official support to
 * Marestan" is MAR, not MARGOV), while the thing's owner keeps it ("the
 * official plan of Marestan" is MARGOV's). */
static const char *official_support_to =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tprovided\tprovide\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tofficial\tofficial\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tsupport\tsupport\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *official_plan_of =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tofficial\tofficial\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tplan\tplan\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_things_agent_is_not_stacked_on_its_appositive)
{
    CHECK_STR(code(thing_with_appositive, NULL), "VAL>MAR:111");
    CHECK_STR(code(agent_with_appositive, NULL), "VAL>MARGOV:111 VAL>MAR:111");
    CHECK_STR(code(official_support_to, NULL), "VAL>MAR:070");
    CHECK_STR(code(official_plan_of, NULL), "VAL>MARGOV:111");
}

/* "refused for fear that Marestan might attack": the subject of a clause
 * giving the content of a noun of fear or report in an oblique is the
 * party of that feared act, not whom the refusal is aimed at; as the
 * verb's object ("denounced claims that Marestan might attack") the noun
 * is what the verb is about, and its clause's subject stays the target
 * (issue 5, helper A). */
static const char *refused_for_fear =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\trefused\trefuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tfor\tfor\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tfear\tfear\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
    "5\tthat\tthat\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
    "7\tmight\tmight\tAUX\tMD\t_\t8\taux\t_\t_\n"
    "8\tattack\tattack\tVERB\tVB\t_\t4\tacl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *denounced_claims_that =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tclaims\tclaim\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tthat\tthat\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
    "6\tmight\tmight\tAUX\tMD\t_\t7\taux\t_\t_\n"
    "7\tattack\tattack\tVERB\tVB\t_\t3\tacl\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(the_subject_of_a_feared_act_is_no_target)
{
    CHECK_STR(code(refused_for_fear, NULL), "");
    CHECK_STR(code(denounced_claims_that, NULL), "VAL>MAR:111");
}

/* A country's own state denouncing or backing the country voices no
 * disapproval or support of it, as it makes no statement to it:
 * "Valdorian officials denounced Valdoria and Marestan" is aimed at
 * Marestan only; an attack of the state on its own country stays a
 * domestic event (issue 5, helper A: "North Korea's envoy defended
 * Pyongyang and Moscow's treaty" was PRKGOV -> PRK). */
static const char *officials_denounce_own_country =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tconj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* Nor does it reduce relations with or sanction its own country (16x):
 * "levied tariffs on exports to the U.S." by the U.S. government names
 * the country the goods go to, not a party sanctioned (issue 5, round
 * 32). */
static const char *officials_suspend_own_country =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tsuspended\tsuspend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tconj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_state_voices_no_disapproval_of_its_own_country)
{
    CHECK_STR(code(officials_suspend_own_country, NULL), "VALGOV>MAR:160");
    CHECK_STR(code(officials_denounce_own_country, NULL), "VALGOV>MAR:111");
    CHECK_STR(code(soldiers_on_own_country, NULL), "VALMIL>VAL:190");
}

/* "urged the groups to attack Marestan": the object is whom the appeal
 * is made to, and the infinitive says what the object is to do; its
 * parties are not the appeal's target, even when the object names no
 * actor. An object that names one is the target as before (issue 5,
 * helper A: "encourage AI companies to harness ... to compete with the
 * United States" was aimed at the United States). */
static const char *urged_groups_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tgroups\tgroup\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
    "6\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *urged_osterland_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *urged_monday_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(an_objects_infinitive_gives_no_target)
{
    CHECK_STR(code(urged_groups_to_attack, NULL), "");
    CHECK_STR(code(urged_osterland_to_attack, NULL), "VAL>OST:020");
    /* A name as the object may be a day the parser took for one. */
    CHECK_STR(code(urged_monday_to_attack, NULL), "VAL>MAR:020");
}

/* "many of them were expelled to Marestan by Valdoria": in the passive,
 * whom the expulsion was done to is the subject; Marestan is where they
 * were sent, not whom Valdoria expelled. The active "expelled officials of
 * Osterland to Marestan" keeps its object (issue 5, helper A: "many of
 * whom were deported to Honduras, Venezuela or other countries" was
 * aimed at Honduras and at Venezuela). */
static const char *many_expelled_to =
    "1\tMany\tmany\tADJ\tJJ\t_\t3\tnsubj:pass\t_\t_\n"
    "2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\texpelled\texpel\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
    "6\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *expelled_officials_to =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tofficials\tofficial\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n"
    "6\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(where_the_expelled_were_sent_is_no_target)
{
    CHECK_STR(code(many_expelled_to, NULL), "");
    CHECK_STR(code(expelled_officials_to, NULL), "VAL>OSTGOV:174");
}

/* "Valdorian rebels attacked a depot in Valdoria's northern province":
 * an area of the doers' own country, named by a common noun under "in",
 * is where they struck, not whom; an area of another country stays the
 * target, as the attribute gold set codes a drone strike "in Russia's
 * Bryansk region" (issue 5, helper A: "Militants attacked a ... train
 * Tuesday in Pakistan's restive southwestern Balochistan province" was
 * aimed at Pakistan). */
static const char *depot_in_own_province =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tdepot\tdepot\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\tin\tin\tADP\tIN\t_\t11\tcase\t_\t_\n"
    "7\tValdoria\tValdoria\tPROPN\tNNP\t_\t11\tnmod:poss\t_\t_\n"
    "8\t's\t's\tPART\tPOS\t_\t7\tcase\t_\t_\n"
    "9\tnorthern\tnorthern\tADJ\tJJ\t_\t11\tamod\t_\t_\n"
    "10\tborder\tborder\tNOUN\tNN\t_\t11\tcompound\t_\t_\n"
    "11\tprovince\tprovince\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *depot_in_foreign_province =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tdepot\tdepot\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\tin\tin\tADP\tIN\t_\t11\tcase\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t11\tnmod:poss\t_\t_\n"
    "8\t's\t's\tPART\tPOS\t_\t7\tcase\t_\t_\n"
    "9\tnorthern\tnorthern\tADJ\tJJ\t_\t11\tamod\t_\t_\n"
    "10\tborder\tborder\tNOUN\tNN\t_\t11\tcompound\t_\t_\n"
    "11\tprovince\tprovince\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(an_area_of_the_doers_own_country_is_no_target)
{
    CHECK_STR(code(depot_in_own_province, NULL), "");
    CHECK_STR(code(depot_in_foreign_province, NULL), "VALREB>MAR:190");
}

/* "Valdorian rebels attacked ten villages in northern Valdoria": the
 * doers' own country, named by its own name under a preposition of
 * place, is where an act of force happened, not whom it struck; whom it
 * struck may be named further on ("..., killing civilians"). A foreign
 * country stays the target (round 22: "hit an oil depot in Russia"), and
 * so does the own country of an act other than force ("threatened ...
 * in Valdoria"), as the PLOVER gold set codes a curfew "in Algiers"
 * (issue 5, helper Q2: "3R rebels attacked nearly 10 villages ... in
 * northeastern C.A.R." was aimed at the Central African Republic). */
static const char *villages_in_own_country =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tten\tten\tNUM\tCD\t_\t5\tnummod\t_\t_\n"
    "5\tvillages\tvillage\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tnorthern\tnorthern\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *villages_in_own_country_killing =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tten\tten\tNUM\tCD\t_\t5\tnummod\t_\t_\n"
    "5\tvillages\tvillage\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tnorthern\tnorthern\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n"
    "9\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
    "10\tkilling\tkill\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
    "11\tcivilians\tcivilian\tNOUN\tNNS\t_\t10\tobj\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *villages_in_foreign_country =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tten\tten\tNUM\tCD\t_\t5\tnummod\t_\t_\n"
    "5\tvillages\tvillage\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tnorthern\tnorthern\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *villages_threatened_in_own_country =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tten\tten\tNUM\tCD\t_\t5\tnummod\t_\t_\n"
    "5\tvillages\tvillage\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tnorthern\tnorthern\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(the_doers_own_country_is_only_where_they_struck)
{
    CHECK_STR(code(villages_in_own_country, NULL), "");
    CHECK_STR(code(villages_in_own_country_killing, NULL), "VALREB>VALCVL:190");
    CHECK_STR(code(villages_in_foreign_country, NULL), "VALREB>MAR:190");
    CHECK_STR(code(villages_threatened_in_own_country, NULL), "VALREB>VAL:130");
}

/* "said in a statement from the site of the talks in Marestan": the
 * place of a gathering named deeper in the clause is where it was held,
 * whatever the verb, not what the statement is about; a place on another
 * noun ("the site of the trial in Marestan") is still read (issue 5,
 * helper A: the G7 diplomats' statement "from the site of their talks in
 * Canada" was aimed at Canada). */
static const char *statement_from_talks_in =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tstatement\tstatement\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
    "6\tfrom\tfrom\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
    "8\tsite\tsite\tNOUN\tNN\t_\t5\tnmod\t_\t_\n"
    "9\tof\tof\tADP\tIN\t_\t11\tcase\t_\t_\n"
    "10\tthe\tthe\tDET\tDT\t_\t11\tdet\t_\t_\n"
    "11\ttalks\ttalks\tNOUN\tNN\t_\t8\tnmod\t_\t_\n"
    "12\tin\tin\tADP\tIN\t_\t13\tcase\t_\t_\n"
    "13\tMarestan\tMarestan\tPROPN\tNNP\t_\t11\tnmod\t_\t_\n"
    "14\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *statement_from_trial_in =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tstatement\tstatement\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
    "6\tfrom\tfrom\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
    "8\tsite\tsite\tNOUN\tNN\t_\t5\tnmod\t_\t_\n"
    "9\tof\tof\tADP\tIN\t_\t11\tcase\t_\t_\n"
    "10\tthe\tthe\tDET\tDT\t_\t11\tdet\t_\t_\n"
    "11\ttrial\ttrial\tNOUN\tNN\t_\t8\tnmod\t_\t_\n"
    "12\tin\tin\tADP\tIN\t_\t13\tcase\t_\t_\n"
    "13\tMarestan\tMarestan\tPROPN\tNNP\t_\t11\tnmod\t_\t_\n"
    "14\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(the_place_of_a_gathering_deeper_in_the_clause_is_no_party)
{
    CHECK_STR(code(statement_from_talks_in, NULL), "");
    CHECK_STR(code(statement_from_trial_in, NULL), "VAL>MAR:010");
}

/* "the Marestan refugee-burden sharing plan": an agent word hyphened to
 * a noun that itself only modifies the head describes that noun, and is
 * not stacked on the plan's actor (MAR, not MARREF); an agent word right
 * on the head still is ("the Marestan refugee camp", MARREF) (issue 5,
 * helper A: "EU migrant-burden sharing plan for asylum seekers" was
 * IGOEUREECREF). */
static const char *refugee_burden_plan =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t9\tcompound\t_\t_\n"
    "5\trefugee\trefugee\tNOUN\tNN\t_\t7\tcompound\t_\t_\n"
    "6\t-\t-\tPUNCT\tHYPH\t_\t5\tpunct\t_\t_\n"
    "7\tburden\tburden\tNOUN\tNN\t_\t9\tcompound\t_\t_\n"
    "8\tsharing\tsharing\tNOUN\tNN\t_\t9\tcompound\t_\t_\n"
    "9\tplan\tplan\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *refugee_camp =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
    "5\trefugee\trefugee\tNOUN\tNN\t_\t6\tcompound\t_\t_\n"
    "6\tcamp\tcamp\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(an_agent_hyphened_to_a_modifier_describes_it)
{
    CHECK_STR(code(refugee_burden_plan, NULL), "VAL>MAR:111");
    CHECK_STR(code(refugee_camp, NULL), "VAL>MARREF:111");
}

/* "reiterated its opposition to the plan of Marestan": the lower-case
 * "opposition" with a "to" phrase is a stance, not the political
 * opposition; "the Marestani opposition" still is a party (issue 5,
 * helper A: the G7's "opposition to any unilateral attempts" was the
 * Russian opposition, RUSOPP). */
static const char *opposition_to_the_plan =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tMarestani\tMarestani\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\topposition\topposition\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\tto\tto\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
    "8\tplan\tplan\tNOUN\tNN\t_\t5\tnmod\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *the_opposition =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tMarestani\tMarestani\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\topposition\topposition\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(opposition_to_something_is_a_stance)
{
    CHECK_STR(code(opposition_to_the_plan, NULL), "VAL>MAR:111");
    CHECK_STR(code(the_opposition, NULL), "VAL>MAROPP:111");
}

/* "Valdorian officials said Valdoria was ready for a truce": the speakers'
 * own country is the one said to intend, not whom the intention is for;
 * another country as the subject is read as before (issue 5, helper A:
 * Zelenskyy "added that Ukraine was ready for an air and sea ceasefire"
 * was UKRGOV -> UKR). The fixture's SAY block codes "ready" 0356. */
static const char *said_own_country_ready =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "5\twas\tbe\tAUX\tVBD\t_\t6\tcop\t_\t_\n"
    "6\tready\tready\tADJ\tJJ\t_\t3\tccomp\t_\t_\n"
    "7\tfor\tfor\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "8\ta\ta\tDET\tDT\t_\t9\tdet\t_\t_\n"
    "9\ttruce\ttruce\tNOUN\tNN\t_\t6\tobl\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *said_other_country_ready =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "5\twas\tbe\tAUX\tVBD\t_\t6\tcop\t_\t_\n"
    "6\tready\tready\tADJ\tJJ\t_\t3\tccomp\t_\t_\n"
    "7\tfor\tfor\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "8\ta\ta\tDET\tDT\t_\t9\tdet\t_\t_\n"
    "9\ttruce\ttruce\tNOUN\tNN\t_\t6\tobl\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(the_speakers_own_country_said_to_intend_is_no_target)
{
    CHECK_STR(code(said_own_country_ready, NULL), "");
    CHECK_STR(code(said_other_country_ready, NULL), "VALGOV>MAR:0356");
}

/* "attacked the town with support from Marestan": who helped is a means
 * of the act, not its target; another "with" phrase ("attacked the town
 * with Marestan") is still read (issue 5, helper A: "With support from
 * the UK government, WFP ... have prepositioned food supplies" made the
 * WFP director's statement one about the British government). */
static const char *attacked_with_support_from =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\ttown\ttown\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tsupport\tsupport\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
    "7\tfrom\tfrom\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *attacked_with =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\ttown\ttown\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(who_helped_is_no_target)
{
    CHECK_STR(code(attacked_with_support_from, NULL), "");
    CHECK_STR(code(attacked_with, NULL), "VAL>MAR:190");
}

/* "demanded the release of Marestani soldiers": who would be freed is
 * the release's patient, not whom the demand is made of (the holders,
 * not named here); "the withdrawal of Marestani soldiers" is still asked
 * of the soldiers' side (issue 5, helper A: the BLA's demand for "the
 * release of political prisoners" was aimed at the prisoners, PAKOPP). */
static const char *demanded_release_of =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdemanded\tdemand\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\trelease\trelease\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *demanded_withdrawal_of =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdemanded\tdemand\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\twithdrawal\twithdrawal\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(who_would_be_released_is_no_target)
{
    CHECK_STR(code(demanded_release_of, NULL), "");
    CHECK_STR(code(demanded_withdrawal_of, NULL), "VAL>MARMIL:100");
}

/* "denounced the attacks against Marestan": the "against" phrase of the
 * object is the victim of the act criticised, not whom the criticism is
 * aimed at (the attackers, not named here). The fixture's DENOUNCE block
 * has `- * (AGAINST +) [111]`, written for "spoke out against X"; with
 * "against" on the verb it still gives the target (issue 5, helper A:
 * Stevandic "denounced the moves against the Serb-controlled autonomous
 * republic" was aimed at Serbia). */
static const char *denounced_attacks_against =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tattacks\tattack\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\tagainst\tagainst\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *denounced_against =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tattacks\tattack\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\tagainst\tagainst\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(the_victim_of_the_act_criticised_is_no_target)
{
    CHECK_STR(code(denounced_attacks_against, NULL), "");
    CHECK_STR(code(denounced_against, NULL), "VAL>MAR:111");
}

TEST(no_longer_negates)
{
    CHECK_STR(code(no_longer, NULL), "");
}

/* "will attack" is a threat (1384), "ready to host" an intention to meet
 * (036, the visitor's side intending nothing), "would tell" still a
 * statement; with plain modals, as PETRARCH2 codes them, the verbs keep
 * their own codes (src/coder/intent.c). */
static const char *will_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *ready_to_host =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
    "3\tready\tready\tADJ\tJJ\t_\t0\troot\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\thost\thost\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *could_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tcould\tcould\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *if_attacks =
    "1\tIf\tif\tSCONJ\tIN\t_\t3\tmark\t_\t_\n"
    "2\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "3\tattacks\tattack\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *will_urge =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\turge\turge\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *may_attack_and_shell =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tmay\tmay\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tshell\tshell\tVERB\tVB\t_\t3\tconj\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *asked_whether =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tasked\task\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\twhether\twhether\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *would_tell =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\twould\twould\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\ttell\ttell\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(will_and_ready_make_intentions)
{
    CHECK_STR(code(will_attack, NULL), "VAL>MAR:1384");
    CHECK_STR(code(ready_to_host, NULL), "VAL>MAR:036");
    CHECK_STR(code(would_tell, NULL), "VAL>MAR:010");
    CHECK_STR(code(could_attack, NULL), ""); /* only possible: not an event */
    CHECK_STR(code(if_attacks, NULL), "");   /* a condition */
    CHECK_STR(code(will_urge, NULL), "");    /* an appeal not yet made */
    CHECK_STR(code(may_attack_and_shell, NULL), ""); /* the conjunct shares "may" */
    CHECK(strstr(code(asked_whether, NULL), "VAL>MAR") == NULL); /* a question */
    sr_coder_options plain_modals = {.plain_modals = 1, .require_dyad = 1};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &plain_modals);
    CHECK_STR(code(will_attack, NULL), "VAL>MAR:190");
    CHECK_STR(code(could_attack, NULL), "VAL>MAR:190");
    CHECK_STR(code(ready_to_host, NULL), "VAL>MAR:043 MAR>VAL:042");
    sr_coder_free(coder);
    coder = saved;
}

/* "is prepared to attack" with the infinitive parsed as a clausal
 * subject of "prepared": it is the adjective's complement all the same,
 * so it borrows the subject and is a threat (relations.c). */
static const char *prepared_csubj =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
    "3\tprepared\tprepared\tADJ\tJJ\t_\t0\troot\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tattack\tattack\tVERB\tVB\t_\t3\tcsubj\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* "Valdoria is opposed to Marestan": "opposed to" after "be" says what
 * the subject does (verbs.c, stative_to); with a by-phrase it is
 * a passive as before. */
static const char *opposed_to =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\tis\tbe\tAUX\tVBZ\t_\t3\taux:pass\t_\t_\n"
    "3\topposed\toppose\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *opposed_by =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\tis\tbe\tAUX\tVBZ\t_\t3\taux:pass\t_\t_\n"
    "3\topposed\toppose\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(opposed_to_with_and_without_by)
{
    CHECK_STR(code(opposed_to, NULL), "VAL>MAR:120");
    CHECK_STR(code(opposed_by, NULL), "MAR>VAL:120");
}

/* "Valdoria asked five Marestani soldiers ..." parsed with the numeral
 * as the object and the soldiers hung elsewhere: a pattern's + on the
 * numeral takes the noun it counts (coder.c, counted_noun). */
static const char *asked_five_soldiers =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tasked\task\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tfive\tfive\tNUM\tCD\t_\t2\tobj\t_\t_\n"
    "4\tMarestani\tMarestani\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tsoldiers\tsoldier\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
    "6\tstationed\tstation\tVERB\tVBN\t_\t2\tadvcl\t_\t_\n"
    "7\tthere\tthere\tADV\tRB\t_\t6\tadvmod\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(pattern_target_on_a_numeral_takes_the_counted_noun)
{
    CHECK_STR(code(asked_five_soldiers, NULL), "VAL>MARMIL:021");
}

/* "a US offer": the capitalised proper noun "US" is the United States
 * for actor lookups (relations.c), though the dictionaries leave "US"
 * out for the pronoun; before an amount it is a currency. */
static const char *accused_us_envoy =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tUS\tUS\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "5\tenvoy\tenvoy\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *accused_us_dollar_fund =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "4\tUS\tUS\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
    "5\t$\t$\tSYM\t$\t_\t7\tcompound\t_\t_\n"
    "6\t50\t50\tNUM\tCD\t_\t5\tnummod\t_\t_\n"
    "7\tfund\tfund\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(capitalised_us_is_the_united_states)
{
    CHECK_STR(code(accused_us_envoy, NULL), "VAL>USA:112");
    CHECK_STR(code(accused_us_dollar_fund, NULL), "");
}

/* "Valdorian civilians were killed by a bomb outside the city of
 * Marestan": the name after "of" belongs to the place noun, so the
 * sentence names no other actor that could be the lost doer. */
static const char *killed_outside_the_city_of =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tbomb\tbomb\tNOUN\tNN\t_\t4\tobl\t_\t_\n"
    "8\toutside\toutside\tADP\tIN\t_\t10\tcase\t_\t_\n"
    "9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_\n"
    "10\tcity\tcity\tNOUN\tNN\t_\t4\tobl\t_\t_\n"
    "11\tof\tof\tADP\tIN\t_\t12\tcase\t_\t_\n"
    "12\tMarestan\tMarestan\tPROPN\tNNP\t_\t10\tnmod\t_\t_\n"
    "13\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(name_of_a_city_is_a_place_not_a_lost_doer)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(killed_outside_the_city_of, NULL), "--->VALCVL:1823");
    sr_coder_free(coder);
    coder = saved;
}

/* "Osterland-member Valdoria accused Marestan" parsed with two
 * subjects: the one with a hyphen after it describes the other
 * (relations.c). */
static const char *member_valdoria_accused =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "2\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\t_\n"
    "3\tmember\tmember\tNOUN\tNN\t_\t1\tparataxis\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "5\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(hyphenated_member_prefix_is_no_subject)
{
    CHECK_STR(code(member_valdoria_accused, NULL), "VAL>MAR:112");
}

/* "Valdoria will suspend Marestan": reducing relations announced as what
 * will be done is the decision (160), not a threat; with an "unless"
 * clause it is a threat (131) (intent.c, sr_coder_announced_decision). */
static const char *will_suspend =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tsuspend\tsuspend\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *will_suspend_unless =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tsuspend\tsuspend\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\tunless\tunless\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
    "7\tagrees\tagree\tVERB\tVBZ\t_\t3\tccomp\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(announced_reduction_of_relations_is_a_decision)
{
    CHECK_STR(code(will_suspend, NULL), "VAL>MAR:160");
    CHECK_STR(code(will_suspend_unless, NULL), "VAL>MAR:131");
}

/* "Valdoria will attack Marestan" parsed with "Valdoria" as a compound
 * of the verb: it opens the clause, so it is the subject (verbs.c,
 * compound_opens_clause). */
static const char *compound_will_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
TEST(compound_before_auxiliary_is_the_subject)
{
    CHECK_STR(code(compound_will_attack, NULL), "VAL>MAR:1384");
}

/* "Valdorian soldiers based in Osterland attacked Marestan" parsed with
 * the soldiers as the subject of "based" and "based" an adverbial clause
 * of "attacked": the bare participle modifies the soldiers, who are the
 * verb's subject (relations.c). */
static const char *soldiers_based_in_attacked =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tbased\tbase\tVERB\tVBN\t_\t6\tadvcl\t_\t_\n"
    "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
    "6\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

TEST(bare_participle_clause_gives_its_noun_to_the_verb)
{
    CHECK_STR(code(soldiers_based_in_attacked, NULL), "VALMIL>MAR:190");
}

/* "Valdoria did not sign the deal to attack Marestan": the purpose of a
 * negated verb did not happen either (intent.c, sr_coder_unrealised_by). */
static const char *not_signed_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tsign\tsign\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tdeal\tdeal\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
    "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
    "8\tattack\tattack\tVERB\tVB\t_\t4\tadvcl\t_\t_\n"
    "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(purpose_of_a_negated_verb_is_unrealised)
{
    CHECK_STR(code(not_signed_to_attack, NULL), "");
}

/* "A camp for Valdorian refugees was attacked by Marestan": a camp is its
 * people's (actors.c, lends_actor); a summit "for" someone is not. */
static const char *attacked_camp_for_refugees =
    "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tcamp\tcamp\tNOUN\tNN\t_\t7\tnsubj:pass\t_\t_\n"
    "3\tfor\tfor\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\trefugees\trefugee\tNOUN\tNNS\t_\t2\tnmod\t_\t_\n"
    "6\twas\tbe\tAUX\tVBD\t_\t7\taux:pass\t_\t_\n"
    "7\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "8\tby\tby\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tobl\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";

TEST(camp_for_refugees_is_theirs)
{
    CHECK_STR(code(attacked_camp_for_refugees, NULL), "MAR>VALREF:190");
}

/* "Valdoria will not allow Marestan": not allowing (accepting, agreeing
 * to) is a refusal, made now (coder.c, refusal_when_negated); other
 * negated verbs still code nothing. */
static const char *will_not_allow =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\twill\twill\tAUX\tMD\t_\t4\taux\t_\t_\n"
    "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tallow\tallow\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *did_not_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(negated_allowing_is_a_refusal)
{
    CHECK_STR(code(will_not_allow, NULL), "VAL>MAR:120");
    CHECK_STR(code(did_not_attack, NULL), "");
}

/* "Valdoria must attack Marestan": an obligation or a demand, not an
 * attack (intent.c lists "must" with "could", "may", "should"). */
static const char *must_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tmust\tmust\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(must_is_not_an_act)
{
    CHECK_STR(code(must_attack, NULL), "");
}

TEST(readiness_infinitive_labelled_csubj)
{
    CHECK_STR(code(prepared_csubj, NULL), "VAL>MAR:1384");
}

/* A protest that names no target is aimed at the protesters' own
 * country, and may have one code on both sides. */
static const char *civilians_protest =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *protest_at_home =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(protests_are_aimed_at_home)
{
    CHECK_STR(code(civilians_protest, NULL), "VALCVL>VAL:141");
    CHECK_STR(code(protest_at_home, NULL), "VAL>VAL:141");
}

/* Without require_dyad: a one-sided act is an event; a statement about
 * nothing named is not; an act with no named doer is one only when it is
 * force, and a doer that is named but is no actor (a war) makes none,
 * unless it is the weapon itself. A record's require_dyad still rules. */
static const char *accused_nobody = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *said_nothing = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                  "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                  "3\tso\tso\tADV\tRB\t_\t2\tadvmod\t_\t_\n"
                                  "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *civilians_killed =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *war_killed = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                                "2\twar\twar\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                                "3\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
                                "5\tcivilians\tcivilian\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
                                "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *bomb_killed = "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
                                 "2\tbomb\tbomb\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                                 "3\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
                                 "5\tcivilians\tcivilian\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
                                 "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* "Rebel violence killed ...": the violence is the attack itself, as a
 * bomb is, by an attacker the sentence does not name; "rebel" only says
 * what kind of violence, it names no side (issue 5, round 5). */
static const char *violence_killed = "1\tRebel\trebel\tNOUN\tNN\t_\t2\tcompound\t_\t_\n"
                                     "2\tviolence\tviolence\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                                     "3\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                     "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
                                     "5\tcivilians\tcivilian\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
                                     "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *soldiers_attacked = "1\tForeign\tforeign\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                                      "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                                      "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                      "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                                      "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *officials_told = "1\tForeign\tforeign\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                                   "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                                   "3\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                   "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                                   "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *fired_and_were_killed =
    "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tfired\tfire\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t9\tcc\t_\t_\n"
    "5\ttwo\ttwo\tNUM\tCD\t_\t7\tnummod\t_\t_\n"
    "6\tValdorian\tValdorian\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tsoldiers\tsoldier\tNOUN\tNNS\t_\t9\tnsubj:pass\t_\t_\n"
    "8\twere\tbe\tAUX\tVBD\t_\t9\taux:pass\t_\t_\n"
    "9\tkilled\tkill\tVERB\tVBN\t_\t3\tconj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* A cut in relations needs the party it is aimed at (issue 5, round 24). */
static const char *designated_the_group =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdesignated\tdesignate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tgroup\tgroup\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *designated_marestan =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdesignated\tdesignate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
/* A party that convenes, gathers or assembles with no object meets
 * among its own members ("Valdoria convened this weekend"): no meeting
 * with another party, so no one-sided 040 or 036 (issue 5, round 44);
 * "convened with Marestan" and "convened a summit" keep theirs. */
static const char *convened_this_weekend =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tconvened\tconvene\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthis\tthis\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tweekend\tweekend\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *convened_with_marestan =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tconvened\tconvene\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\twith\twith\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *convened_a_summit =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tconvened\tconvene\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tsummit\tsummit\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
TEST(a_party_gathering_alone_meets_no_one)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(convened_this_weekend, NULL), "");
    CHECK_STR(code(convened_with_marestan, NULL), "VAL>MAR:040");
    CHECK_STR(code(convened_a_summit, NULL), "VAL>---:040");
    sr_coder_free(coder);
    coder = saved;
}

/* A time clause in the present or present perfect under a verb only
 * possible is a time to come and only possible too ("Osterland may
 * protest after Valdoria has shelled Marestan"); in the past ("after
 * Valdoria shelled Marestan") it tells what happened (issue 5, round
 * 44). */
static const char *may_protest_after_has_shelled =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tmay\tmay\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tprotest\tprotest\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tafter\tafter\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
    "5\tValdoria\tValdoria\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
    "6\thas\thave\tAUX\tVBZ\t_\t7\taux\t_\t_\n"
    "7\tshelled\tshell\tVERB\tVBN\t_\t3\tadvcl\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *may_protest_after_shelled =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tmay\tmay\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tprotest\tprotest\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tafter\tafter\tSCONJ\tIN\t_\t6\tmark\t_\t_\n"
    "5\tValdoria\tValdoria\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "6\tshelled\tshell\tVERB\tVBD\t_\t3\tadvcl\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
TEST(a_present_time_clause_under_a_possible_verb_is_to_come)
{
    CHECK_STR(code(may_protest_after_has_shelled, NULL), "");
    CHECK_STR(code(may_protest_after_shelled, NULL), "VAL>MAR:190");
}

/* Resistance told beside a fight is that fight ("Valdorian rebels
 * resisted and clashed with Valdorian police"): the clash codes it, no
 * refusal to yield (124) besides; "resisted the police" alone and
 * "resisted the police and clashed with Marestan" (an object of its own)
 * keep the 124 (issue 5, round 44). */
static const char *resisted_and_clashed =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tresisted\tresist\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tclashed\tclash\tVERB\tVBD\t_\t3\tconj\t_\t_\n"
    "6\twith\twith\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tValdorian\tValdorian\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tpolice\tpolice\tNOUN\tNN\t_\t5\tobl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *resisted_the_police =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tresisted\tresist\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tpolice\tpolice\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *resisted_the_police_and_clashed =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tresisted\tresist\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tpolice\tpolice\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
    "7\tclashed\tclash\tVERB\tVBD\t_\t3\tconj\t_\t_\n"
    "8\twith\twith\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tobl\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
TEST(resistance_beside_a_fight_is_that_fight)
{
    /* without require_dyad, as on news: the bare "resisted" would take
     * the clash's target (shared_argument_targets) */
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(resisted_and_clashed, NULL), "VALREB>VALCOP:190");
    CHECK_STR(code(resisted_the_police, NULL), "VALREB>VALCOP:124");
    CHECK_STR(code(resisted_the_police_and_clashed, NULL), "VALREB>VALCOP:124 VALREB>MAR:190");
    sr_coder_free(coder);
    coder = saved;
}

TEST(one_sided_events_without_require_dyad)
{
    CHECK_STR(code(accused_nobody, NULL), ""); /* this coder requires dyads */
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(accused_nobody, NULL), "VAL>---:112");
    CHECK_STR(code(said_nothing, NULL), "");
    CHECK_STR(code(civilians_killed, NULL), "--->VALCVL:1823");
    CHECK_STR(code(war_killed, NULL), "");
    CHECK_STR(code(bomb_killed, NULL), "--->VALCVL:1823");
    CHECK_STR(code(violence_killed, NULL), "--->VALCVL:1823");
    /* An agent alone ("---MIL") is paired with nothing (issue 5, round
     * 5: such pairs were all wrong in the hand reviews); a doerless event
     * in a sentence that names another country's actor lost its doer. */
    CHECK_STR(code(soldiers_attacked, NULL), "");
    CHECK_STR(code(officials_told, NULL), "");
    CHECK_STR(code(fired_and_were_killed, NULL), "");
    CHECK_STR(code(svo, NULL), "VAL>MAR:112");
    CHECK_STR(code(designated_the_group, NULL), "");
    CHECK_STR(code(designated_marestan, NULL), "VAL>MAR:163");
    char out[256];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    code_full(accused_nobody, NULL, "require_dyad=True\n", 0, out, sizeof out, &d, &a);
    CHECK_STR(out, "");
    sr_arena_free(&a);
    sr_coder_free(coder);
    coder = saved;
}

/* A target-less appeal in a sentence that names another actor lost its
 * addressee to the parse, so it is refused (02x, 04x, 05x, 12x, 16x and
 * 19x); a threat keeps its one side, and so does an appeal when nothing
 * else is named (issue 5, rounds 4 to 7: "named side dropped"). */
static const char *urged_and_other_agreed =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tparties\tparty\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
    "6\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
    "8\tagreed\tagree\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *threatened_and_other_agreed =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tparties\tparty\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
    "6\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
    "8\tagreed\tagree\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *urged_alone = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                 "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                                 "4\tparties\tparty\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                                 "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* An intention (03x) is made to someone too: a target-less offer in a
 * sentence that names another actor lost its counterpart (issue 5, round
 * 40); alone it keeps its row, and an intent to meet (036) is not read so. */
static const char *offered_help_and_other_silent =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\toffered\toffer\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\thelp\thelp\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "6\tremained\tremain\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
    "7\tsilent\tsilent\tADJ\tJJ\t_\t6\txcomp\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *offered_help_alone =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\toffered\toffer\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\thelp\thelp\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(targetless_intention_refused_when_another_actor_is_named)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(offered_help_and_other_silent, NULL), "");
    CHECK_STR(code(offered_help_alone, NULL), "VAL>---:030");
    CHECK(sr_coder_needs_named_target("030"));
    CHECK(sr_coder_needs_named_target("0356"));
    CHECK(!sr_coder_needs_named_target("036"));
    sr_coder_free(coder);
    coder = saved;
}

/* A one-sided offer, appeal or endorsement joined to a verb of the same
 * subject whose event names a party lost that party to the parse: the
 * one-sided row is dropped, the joined event kept (issue 5, round 40:
 * "welcomed the release and reiterated its call to the authorities"). */
static const char *offered_help_and_urged_the_police =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\toffered\toffer\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\thelp\thelp\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "6\turged\turge\tVERB\tVBD\t_\t3\tconj\t_\t_\n"
    "7\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"
    "8\tValdorian\tValdorian\tADJ\tJJ\t_\t9\tamod\t_\t_\n"
    "9\tpolice\tpolice\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
    "10\tto\tto\tPART\tTO\t_\t11\tmark\t_\t_\n"
    "11\tact\tact\tVERB\tVB\t_\t6\txcomp\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
/* the same with a subject of its own on the second verb: two clauses */
static const char *offered_help_and_they_urged_the_police =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\toffered\toffer\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\thelp\thelp\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "5\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_\n"
    "6\tValdorian\tValdorian\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tofficials\tofficial\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
    "8\turged\turge\tVERB\tVBD\t_\t3\tconj\t_\t_\n"
    "9\tthe\tthe\tDET\tDT\t_\t11\tdet\t_\t_\n"
    "10\tValdorian\tValdorian\tADJ\tJJ\t_\t11\tamod\t_\t_\n"
    "11\tpolice\tpolice\tNOUN\tNN\t_\t8\tobj\t_\t_\n"
    "12\tto\tto\tPART\tTO\t_\t13\tmark\t_\t_\n"
    "13\tact\tact\tVERB\tVB\t_\t8\txcomp\t_\t_\n"
    "14\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_one_sided_act_joined_to_a_verb_that_names_its_party_is_dropped)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(offered_help_and_urged_the_police, NULL), "VALGOV>VALCOP:020");
    CHECK_STR(code(offered_help_and_they_urged_the_police, NULL),
              "VALGOV>---:030 VALGOV>VALCOP:020");
    sr_coder_free(coder);
    coder = saved;
}

/* An appeal of a kind ("urged calm", 0256) keeps its one side when
 * nothing else is named (issue 5, round 46: the bare appeal, 020, needs
 * an addressee in any sentence). */
static const char *urged_calm_and_other_agreed =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tcalm\tcalm\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
    "5\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
    "7\tagreed\tagree\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *urged_calm_alone = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                      "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                      "3\tcalm\tcalm\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                                      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(targetless_appeal_refused_when_another_actor_is_named)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(urged_and_other_agreed, NULL), "");
    CHECK_STR(code(urged_calm_and_other_agreed, NULL), "");
    CHECK_STR(code(urged_calm_alone, NULL), "VAL>---:0256");
    CHECK_STR(code(threatened_and_other_agreed, NULL), "VAL>---:130");
    CHECK(sr_coder_needs_named_target("0256"));
    CHECK(sr_coder_needs_named_target("190"));
    CHECK(!sr_coder_needs_named_target("070"));
    CHECK(!sr_coder_needs_named_target("130"));
    sr_coder_free(coder);
    coder = saved;
}

/* An appeal of no particular kind (020) with no addressee is refused
 * even when nothing else is named: "asked for something" is no record
 * (issue 5, round 46: a request whose court was named only in the next
 * clause). An appeal of a kind keeps its one side; with an addressee the
 * bare appeal is coded. */
static const char *requested_more_time =
    "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tlawyers\tlawyer\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\trequested\trequest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tmore\tmore\tADJ\tJJR\t_\t5\tamod\t_\t_\n"
    "5\ttime\ttime\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *urged_valdoria =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_bare_appeal_needs_an_addressee)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(urged_alone, NULL), "");
    CHECK_STR(code(requested_more_time, NULL), "");
    CHECK_STR(code(urged_calm_alone, NULL), "VAL>---:0256");
    CHECK_STR(code(urged_valdoria, NULL), "MAR>VAL:020");
    CHECK(sr_coder_one_sided_refusal("020", 1, 0, 1) != NULL);
    CHECK(sr_coder_one_sided_refusal("0256", 1, 0, 1) == NULL);
    CHECK(sr_coder_one_sided_refusal("020", 1, 1, 1) == NULL);
    sr_coder_free(coder);
    coder = saved;
}

/* A one-sided event whose patient is a name the dictionaries lack is not
 * aimed at nobody: the side is named, only unknown, and the row would
 * misstate the act (issue 5, "one-sided, named side dropped"). A named
 * thing ("the Grand Hotel"), a day and a common noun keep the row. */
static const char *accused_unknown_name =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tZorbek\tZorbek\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *accused_the_parties =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tparties\tparty\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *attacked_particle_name =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tal\tal\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\t_\n"
    "5\tZorbeki\tZorbeki\tPROPN\tNNP\t_\t3\tflat\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *attacked_named_hotel =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tGrand\tGrand\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "5\tHotel\tHotel\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *attacked_named_operation =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOperation\tOperation\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tIron\tIron\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "5\tSwords\tSwords\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *unknown_attacked_by =
    "1\tLater\tlater\tADV\tRB\t_\t4\tadvmod\t_\t_\n"
    "2\tZorbek\tZorbek\tPROPN\tNNP\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tobl:agent\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *protested_against_unknown =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ttogether\ttogether\tADV\tRB\t_\t2\tadvmod\t_\t_\n"
    "4\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tZorbek\tZorbek\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *factions_accused_the_other =
    "1\tBoth\tboth\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "2\tValdorian\tValdorian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "3\tfactions\tfaction\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "4\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tother\tother\tADJ\tJJ\t_\t4\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(a_one_sided_event_of_an_unknown_name_is_refused)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(accused_unknown_name, NULL), "");
    CHECK_STR(code(accused_the_parties, NULL), "VAL>---:112");
    CHECK_STR(code(attacked_particle_name, NULL), "");
    CHECK_STR(code(attacked_named_hotel, NULL), "VAL>---:190");
    CHECK_STR(code(attacked_named_operation, NULL), "VAL>---:190");
    CHECK_STR(code(unknown_attacked_by, NULL), "");
    CHECK_STR(code(protested_against_unknown, NULL), "");
    /* "the other" is a party named before, not nobody */
    CHECK_STR(code(factions_accused_the_other, NULL), "");
    sr_coder_free(coder);
    coder = saved;
}

/* An active clause always has a doer: when the parse gives it none (its
 * subject hung on another word), the doer was lost, not unknown, and the
 * sourceless row is refused; a passive keeps its unknown doer (issue 5,
 * "one-sided, named side dropped"). */
static const char *active_subject_lost =
    "1\tOn\ton\tADP\tIN\t_\t2\tcase\t_\t_\n"
    "2\tSaturday\tSaturday\tPROPN\tNNP\t_\t6\tobl\t_\t_\n"
    "3\tits\tits\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
    "4\tforces\tforce\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\thad\thave\tAUX\tVBD\t_\t6\taux\t_\t_\n"
    "6\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "7\tMarestani\tMarestani\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tsoldiers\tsoldier\tNOUN\tNNS\t_\t6\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
static const char *passive_doer_unknown =
    "1\tOn\ton\tADP\tIN\t_\t2\tcase\t_\t_\n"
    "2\tSaturday\tSaturday\tPROPN\tNNP\t_\t7\tobl\t_\t_\n"
    "3\tMarestani\tMarestani\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t7\tnsubj:pass\t_\t_\n"
    "5\thad\thave\tAUX\tVBD\t_\t7\taux\t_\t_\n"
    "6\tbeen\tbe\tAUX\tVBN\t_\t7\taux:pass\t_\t_\n"
    "7\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";

static const char *fighting_hung_on_month =
    "1\tOver\tover\tADP\tIN\t_\t3\tcase\t_\t_\n"
    "2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "3\tweek\tweek\tNOUN\tNN\t_\t7\tobl\t_\t_\n"
    "4\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
    "5\tfighting\tfight\tVERB\tVBG\t_\t3\tacl\t_\t_\n"
    "6\thas\thave\tAUX\tVBZ\t_\t7\taux\t_\t_\n"
    "7\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "8\tMarestani\tMarestani\tADJ\tJJ\t_\t9\tamod\t_\t_\n"
    "9\tsoldiers\tsoldier\tNOUN\tNNS\t_\t7\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";

TEST(an_active_clause_whose_doer_the_parse_lost_is_refused)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(active_subject_lost, NULL), "");
    CHECK_STR(code(passive_doer_unknown, NULL), "--->MARMIL:190");
    /* the lost subject is the fighting itself, which may stand alone */
    CHECK_STR(code(fighting_hung_on_month, NULL), "--->MARMIL:1823");
    sr_coder_free(coder);
    coder = saved;
}

/* "ambushed Marestani soldiers, killing several": a quantifier as the
 * object counts the people the clause it hangs on named as its object,
 * who are the target (issue 5, "one-sided, named side dropped"). */
static const char *killing_several_of_the_object =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tambushed\tambush\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tMarestani\tMarestani\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
    "7\tkilling\tkill\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
    "8\tseveral\tseveral\tADJ\tJJ\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *killing_18_of_a_bus =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tambushed\tambush\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tbus\tbus\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
    "7\tkilling\tkill\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
    "8\t18\t18\tNUM\tCD\t_\t7\tobj\t_\t_\n"
    "9\tof\tof\tADP\tIN\t_\t10\tcase\t_\t_\n"
    "10\tthem\tthey\tPRON\tPRP\t_\t8\tnmod\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *killing_and_injuring_others =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tdetonated\tdetonate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tbomb\tbomb\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
    "7\tkilling\tkill\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
    "8\tMarestani\tMarestani\tADJ\tJJ\t_\t9\tamod\t_\t_\n"
    "9\tsoldiers\tsoldier\tNOUN\tNNS\t_\t7\tobj\t_\t_\n"
    "10\tand\tand\tCCONJ\tCC\t_\t11\tcc\t_\t_\n"
    "11\tinjuring\tinjure\tVERB\tVBG\t_\t7\tconj\t_\t_\n"
    "12\tfour\tfour\tNUM\tCD\t_\t13\tnummod\t_\t_\n"
    "13\tothers\tother\tNOUN\tNNS\t_\t11\tobj\t_\t_\n"
    "14\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_quantifier_object_counts_the_object_before_it)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(killing_several_of_the_object, NULL), "VALREB>MARMIL:1823");
    /* a bus names no actor: still no target */
    CHECK_STR(code(killing_18_of_a_bus, NULL), "VALREB>---:1823");
    /* "killing soldiers and injuring four others": the first conjunct's
     * object */
    CHECK_STR(code(killing_and_injuring_others, NULL), "VALREB>MARMIL:1823 VALREB>MARMIL:190");
    sr_coder_free(coder);
    coder = saved;
}

/* "ambushed a bus carrying Marestani soldiers, killing 18 of them": the
 * people a vehicle carries are those counted (issue 5, round 26) */
static const char *killing_18_of_a_bus_carrying_soldiers =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tambushed\tambush\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tbus\tbus\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\tcarrying\tcarry\tVERB\tVBG\t_\t5\tacl\t_\t_\n"
    "7\tMarestani\tMarestani\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tsoldiers\tsoldier\tNOUN\tNNS\t_\t6\tobj\t_\t_\n"
    "9\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
    "10\tkilling\tkill\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
    "11\t18\t18\tNUM\tCD\t_\t10\tobj\t_\t_\n"
    "12\tof\tof\tADP\tIN\t_\t13\tcase\t_\t_\n"
    "13\tthem\tthey\tPRON\tPRP\t_\t11\tnmod\t_\t_\n"
    "14\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_quantifier_counts_the_people_a_vehicle_carries)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(killing_18_of_a_bus_carrying_soldiers, NULL), "VALREB>MARMIL:1823");
    sr_coder_free(coder);
    coder = saved;
}

/* "were resisting and fighting with the security forces": two verbs
 * joined with one argument after the second share it, and the first,
 * with nothing of its own after it, takes the second's target (issue 5,
 * "one-sided, named side dropped"). */
static const char *killed_and_shelled_soldiers =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tshelled\tshell\tVERB\tVBD\t_\t3\tconj\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tsoldiers\tsoldier\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *killed_civilians_and_shelled_soldiers =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tmany\tmany\tADJ\tJJ\t_\t3\tobj\t_\t_\n"
    "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "6\tshelled\tshell\tVERB\tVBD\t_\t3\tconj\t_\t_\n"
    "7\tMarestani\tMarestani\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tsoldiers\tsoldier\tNOUN\tNNS\t_\t6\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(joined_verbs_share_the_argument_after_them)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(killed_and_shelled_soldiers, NULL), "VALREB>MARMIL:1823 VALREB>MARMIL:190");
    /* the first verb has an object of its own: nothing is shared */
    CHECK_STR(code(killed_civilians_and_shelled_soldiers, NULL),
              "VALREB>---:1823 VALREB>MARMIL:190");
    sr_coder_free(coder);
    coder = saved;
}

/* A present participle after a comma with nothing of its own before it
 * is a free adverbial clause: its doer is the subject of the clause it
 * follows, also when the parser labelled it parataxis (issue 5, round
 * 26: the hostage-taking of a train attack was coded without its
 * attackers). */
static const char *shelled_town_killing_soldiers =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tbase\tbase\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
    "7\tkilling\tkill\tVERB\tVBG\t_\t3\tparataxis\t_\t_\n"
    "8\tMarestani\tMarestani\tADJ\tJJ\t_\t9\tamod\t_\t_\n"
    "9\tsoldiers\tsoldier\tNOUN\tNNS\t_\t7\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
/* the same with a subject of its own: "..., they killing" is left alone */
static const char *shelled_town_they_killing_soldiers =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tbase\tbase\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
    "7\tMarestani\tMarestani\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tpolice\tpolice\tNOUN\tNN\t_\t9\tnsubj\t_\t_\n"
    "9\tkilling\tkill\tVERB\tVBG\t_\t3\tparataxis\t_\t_\n"
    "10\tValdorian\tValdorian\tADJ\tJJ\t_\t11\tamod\t_\t_\n"
    "11\tsoldiers\tsoldier\tNOUN\tNNS\t_\t9\tobj\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_participle_after_a_comma_shares_the_clauses_subject)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(shelled_town_killing_soldiers, NULL), "VALREB>MARMIL:1823");
    CHECK_STR(code(shelled_town_they_killing_soldiers, NULL), "MARCOP>VALMIL:1823");
    sr_coder_free(coder);
    coder = saved;
}

/* A past participle on a noun is passive ("the town shelled by
 * rebels"), but one with a subject of its own and "where" or "when"
 * before it is a relative clause whose past tense was tagged a
 * participle: its subject is the doer (issue 5, round 26: a clash of
 * security forces with fighters was coded without the forces). */
static const char *valley_where_police_clashed =
    "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tentered\tenter\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tvalley\tvalley\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
    "6\twhere\twhere\tADV\tWRB\t_\t9\tadvmod\t_\t_\n"
    "7\tValdorian\tValdorian\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tpolice\tpolice\tNOUN\tNN\t_\t9\tnsubj\t_\t_\n"
    "9\tclashed\tclash\tVERB\tVBN\t_\t4\tacl\t_\t_\n"
    "10\twith\twith\tADP\tIN\t_\t12\tcase\t_\t_\n"
    "11\tMarestani\tMarestani\tADJ\tJJ\t_\t12\tamod\t_\t_\n"
    "12\tsoldiers\tsoldier\tNOUN\tNNS\t_\t9\tobl\t_\t_\n"
    "13\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_where_clause_with_a_subject_is_active)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(valley_where_police_clashed, NULL), "VALCOP>MARMIL:190");
    sr_coder_free(coder);
    coder = saved;
}

/* A participle on a noun with a bare name right after it is a past
 * tense the tagger mistook ("a court sentenced the leader to a year",
 * parsed with the verb on "court" and the name as its adverb): the noun
 * is the doer and the name the one done to (issue 5, round 40). */
static const char *court_expelled_a_named_leader =
    "1\tLast\tlast\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tweek\tweek\tNOUN\tNN\t_\t13\tobl:unmarked\t_\t_\n"
    "3\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "5\tValdorian\tValdorian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tcourt\tcourt\tNOUN\tNN\t_\t2\tconj\t_\t_\n"
    "7\texpelled\texpel\tVERB\tVBN\t_\t6\tacl\t_\t_\n"
    "8\tKessar\tKessar\tPROPN\tNNP\t_\t7\tadvmod\t_\t_\n"
    "9\tfrom\tfrom\tADP\tIN\t_\t11\tcase\t_\t_\n"
    "10\tthe\tthe\tDET\tDT\t_\t11\tdet\t_\t_\n"
    "11\tcapital\tcapital\tNOUN\tNN\t_\t7\tobl\t_\t_\n"
    "12\tand\tand\tCCONJ\tCC\t_\t13\tcc\t_\t_\n"
    "13\tbarred\tbar\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "14\thim\the\tPRON\tPRP\t_\t13\tobj\t_\t_\n"
    "15\tfrom\tfrom\tADP\tIN\t_\t16\tcase\t_\t_\n"
    "16\toffice\toffice\tNOUN\tNN\t_\t13\tobl\t_\t_\n"
    "17\t.\t.\tPUNCT\t.\t_\t13\tpunct\t_\t_\n\n";
/* A day after the participle is when, not whom: still passive. */
static const char *official_expelled_tuesday =
    "1\tLast\tlast\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tweek\tweek\tNOUN\tNN\t_\t13\tobl:unmarked\t_\t_\n"
    "3\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "5\tValdorian\tValdorian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tofficial\tofficial\tNOUN\tNN\t_\t2\tconj\t_\t_\n"
    "7\texpelled\texpel\tVERB\tVBN\t_\t6\tacl\t_\t_\n"
    "8\tTuesday\tTuesday\tPROPN\tNNP\t_\t7\tadvmod\t_\t_\n"
    "9\tfrom\tfrom\tADP\tIN\t_\t11\tcase\t_\t_\n"
    "10\tthe\tthe\tDET\tDT\t_\t11\tdet\t_\t_\n"
    "11\tcapital\tcapital\tNOUN\tNN\t_\t7\tobl\t_\t_\n"
    "12\tand\tand\tCCONJ\tCC\t_\t13\tcc\t_\t_\n"
    "13\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "14\t.\t.\tPUNCT\t.\t_\t13\tpunct\t_\t_\n\n";

TEST(a_participle_with_a_bare_name_after_it_is_active)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(court_expelled_a_named_leader, "2021-03-01"), "VALJUD>VALGOV:174");
    CHECK_STR(code(official_expelled_tuesday, "2021-03-01"), "--->VALGOV:174");
    sr_coder_free(coder);
    coder = saved;
}

/* A joint act done "with" a party the sentence names by a common noun
 * that no dictionary codes ("attended talks with tribal elders") has a
 * partner: the one-sided row says it was done with no one (issue 5,
 * round 26: "working with the hunting industry", "held the exercise with
 * the other three countries"). */
static const char *attended_talks_with_elders =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattended\tattend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ttalks\ttalk\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "5\twith\twith\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\ttribal\ttribal\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\telders\telder\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *attended_talks_in_the_capital =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattended\tattend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ttalks\ttalk\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tcapital\tcapital\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_joint_act_with_an_uncodable_partner_is_refused)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(attended_talks_with_elders, NULL), "");
    /* no partner named: the one-sided row stays */
    CHECK_STR(code(attended_talks_in_the_capital, NULL), "VALGOV>---:040");
    sr_coder_free(coder);
    coder = saved;
}

/* A threat to end or break something done with a partner the
 * dictionaries cannot code is aimed at that partner: the one-sided row
 * says it threatened no one (issue 5, round 46: a truce "with
 * international forces"). With no partner named the row stays. */
static const char *threatened_to_end_truce_with_elders =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tend\tend\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
    "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\ttruce\ttruce\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
    "8\twith\twith\tADP\tIN\t_\t10\tcase\t_\t_\n"
    "9\ttribal\ttribal\tADJ\tJJ\t_\t10\tamod\t_\t_\n"
    "10\telders\telder\tNOUN\tNNS\t_\t7\tnmod\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *threatened_to_end_truce =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tend\tend\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
    "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\ttruce\ttruce\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_threat_to_a_joint_act_with_an_uncodable_partner_is_refused)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(threatened_to_end_truce_with_elders, NULL), "");
    CHECK_STR(code(threatened_to_end_truce, NULL), "VALGOV>---:130");
    sr_coder_free(coder);
    coder = saved;
}

/* A demand whose pattern puts the one required to act in its + names
 * no party when that phrase names no actor ("required the documents to
 * be signed", "said you must first obtain permission"): refused, not
 * coded as a demand on no one (issue 5, round 26). The fixture's REQUIRE
 * block has "- * + [101]". */
static const char *required_marestan_to_withdraw =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\trequired\trequire\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\twithdraw\twithdraw\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *required_the_documents_signed =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\trequired\trequire\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tdocuments\tdocument\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\tto\tto\tPART\tTO\t_\t7\tmark\t_\t_\n"
    "6\tbe\tbe\tAUX\tVB\t_\t7\taux:pass\t_\t_\n"
    "7\tsigned\tsign\tVERB\tVBN\t_\t2\txcomp\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_demand_whose_plus_names_no_party_is_refused)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(required_marestan_to_withdraw, NULL), "VAL>MAR:101");
    CHECK_STR(code(required_the_documents_signed, NULL), "");
    sr_coder_free(coder);
    coder = saved;
}

/* A verb with an auxiliary is a clause of its own even when the parse
 * hangs it on a noun or a mark as a modifier ("a rebel group known as
 * ..., has relaunched hostilities"): its doer was lost, and the
 * sourceless row is refused (issue 5, round 26). A participle without
 * one ("Marestani soldiers attacked last week") keeps its row. */
static const char *has_attacked_hung_as_amod =
    "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsay\tsay\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "3\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tlocal\tlocal\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tband\tband\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
    "7\thas\thave\tAUX\tVBZ\t_\t8\taux\t_\t_\n"
    "8\tattacked\tattack\tVERB\tVBN\t_\t11\tamod\t_\t_\n"
    "9\tMarestani\tMarestani\tADJ\tJJ\t_\t10\tamod\t_\t_\n"
    "10\tsoldiers\tsoldier\tNOUN\tNNS\t_\t8\tobj\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *soldiers_attacked_as_amod =
    "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsay\tsay\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "3\tMarestani\tMarestani\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBN\t_\t4\tacl\t_\t_\n"
    "6\tlast\tlast\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tweek\tweek\tNOUN\tNN\t_\t5\tobl:tmod\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_modifier_with_an_auxiliary_is_a_clause_whose_doer_was_lost)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(has_attacked_hung_as_amod, NULL), "");
    CHECK_STR(code(soldiers_attacked_as_amod, NULL), "MARGOV>MARMIL:010 --->MARMIL:190");
    sr_coder_free(coder);
    coder = saved;
}

/* A participle completing the object ("found the soldiers killed") is
 * passive: the object is the one done to, not the doer, also when the
 * tagger gave the participle the past tense (issue 5, round 8). */
static const char *found_soldiers_killed =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tpolice\tpolice\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tfound\tfind\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "5\tValdorian\tValdorian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "7\tkilled\tkill\tVERB\tVBN\t_\t3\txcomp\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *found_soldiers_killed_vbd =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tpolice\tpolice\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tfound\tfind\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "5\tValdorian\tValdorian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "7\tkilled\tkill\tVERB\tVBD\t_\t3\txcomp\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(participle_completing_an_object_is_passive)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(found_soldiers_killed, NULL), "--->VALMIL:1823");
    CHECK_STR(code(found_soldiers_killed_vbd, NULL), "--->VALMIL:1823");
    sr_coder_free(coder);
    coder = saved;
}

/* What an appeal asks for is no intention or threat of the one asked:
 * "urged Marestan to threaten Osterland" codes the appeal only (issue 5,
 * round 8: "urged Farmajo to return to talks" was 036 by Farmajo). */
static const char *urged_to_threaten = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                       "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                       "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                       "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                                       "5\tthreaten\tthreaten\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
                                       "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                       "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(what_an_appeal_asks_for_is_not_the_askeds_intention)
{
    CHECK_STR(code(urged_to_threaten, NULL), "VAL>MAR:020");
}

/* A conjunct without a subject of its own is as much what the appeal
 * asks for as the first verb ("requested Marestan to withdraw and attack
 * Osterland"), and an appeal asks for its complement even when it codes
 * nothing itself ("We urge Marestan to attack Osterland, a spokesman
 * said", "we" naming no actor): issue 5, round 10. */
static const char *requested_to_withdraw_and_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\trequested\trequest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\twithdraw\twithdraw\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
    "7\tattack\tattack\tVERB\tVB\t_\t5\tconj\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *we_urge_to_attack = "1\tWe\twe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                                       "2\turge\turge\tVERB\tVBP\t_\t10\tccomp\t_\t_\n"
                                       "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                       "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                                       "5\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
                                       "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                       "7\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
                                       "8\ta\ta\tDET\tDT\t_\t9\tdet\t_\t_\n"
                                       "9\tspokesman\tspokesman\tNOUN\tNN\t_\t10\tnsubj\t_\t_\n"
                                       "10\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                       "11\t.\t.\tPUNCT\t.\t_\t10\tpunct\t_\t_\n\n";

TEST(conjuncts_of_what_an_appeal_asks_for_are_not_coded)
{
    CHECK_STR(code(requested_to_withdraw_and_attack, NULL), "VAL>MAR:020");
    CHECK_STR(code(we_urge_to_attack, NULL), "");
    /* The word itself says so, record or not: "attack" (token 5) is
     * unrealised by "urge" (token 2). */
    sr_arena a = SR_ARENA_INIT;
    sr_conllu_sentence *cs;
    uint32_t n;
    sr_error err;
    CHECK_INT(sr_conllu_parse(we_urge_to_attack, strlen(we_urge_to_attack), 1, &a, &cs, &n, &err),
              SR_OK);
    sr_cs_sent view;
    const char *why = NULL;
    CHECK_INT(sr_coder_sent_build(&view, &cs[0].s, &a, &why), 0);
    CHECK_INT(sr_coder_unrealised_by(&view, 4), 1);
    sr_arena_free(&a);
}

/* What a plan or proposal asks for is not done, also when the parse
 * hangs the infinitive on the participle that describes the noun ("the
 * plan drawn up for Marestan to attack Osterland"): issue 5, round 10. */
static const char *plan_drawn_up_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tplan\tplan\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\tdrawn\tdraw\tVERB\tVBN\t_\t4\tacl\t_\t_\n"
    "6\tup\tup\tADP\tRP\t_\t5\tcompound:prt\t_\t_\n"
    "7\tfor\tfor\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobl\t_\t_\n"
    "9\tto\tto\tPART\tTO\t_\t10\tmark\t_\t_\n"
    "10\tattack\tattack\tVERB\tVB\t_\t5\tadvcl\t_\t_\n"
    "11\tOsterland\tOsterland\tPROPN\tNNP\t_\t10\tobj\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(what_a_plan_described_by_a_participle_asks_for_is_not_done)
{
    /* "attack" (token 9) is unrealised by "plan" (token 3) */
    sr_arena a = SR_ARENA_INIT;
    sr_conllu_sentence *cs;
    uint32_t n;
    sr_error err;
    CHECK_INT(sr_conllu_parse(plan_drawn_up_to_attack, strlen(plan_drawn_up_to_attack), 1, &a, &cs,
                              &n, &err),
              SR_OK);
    sr_cs_sent view;
    const char *why = NULL;
    CHECK_INT(sr_coder_sent_build(&view, &cs[0].s, &a, &why), 0);
    CHECK_INT(sr_coder_unrealised_by(&view, 9), 3);
    sr_arena_free(&a);
}

/* A wish is no deed: "Valdoria is interested in attacking Marestan",
 * "Valdoria is eager to attack Marestan" (issue 5, round 10). */
static const char *interested_in_attacking =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
    "3\tinterested\tinterested\tADJ\tJJ\t_\t0\troot\t_\t_\n"
    "4\tin\tin\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\tattacking\tattack\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *eager_to_attack = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                                     "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
                                     "3\teager\teager\tADJ\tJJ\t_\t0\troot\t_\t_\n"
                                     "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                                     "5\tattack\tattack\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
                                     "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                     "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_wish_is_no_deed)
{
    CHECK_STR(code(interested_in_attacking, NULL), "");
    CHECK_STR(code(eager_to_attack, NULL), "");
}

/* An ability ("can attack") and a schedule ("is due to attack", parsed
 * with "due to" as a preposition on the verb) are not deeds (issue 5,
 * round 8). */
static const char *can_attack = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                                "2\tcan\tcan\tAUX\tMD\t_\t3\taux\t_\t_\n"
                                "3\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
                                "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                                "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *due_to_attack = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
                                   "2\tis\tbe\tAUX\tVBZ\t_\t5\tcop\t_\t_\n"
                                   "3\tdue\tdue\tADJ\tJJ\t_\t5\tcase\t_\t_\n"
                                   "4\tto\tto\tPART\tTO\t_\t3\tfixed\t_\t_\n"
                                   "5\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
                                   "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                   "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

/* The same schedule parsed as UD has it, "due" heading the clause with
 * the infinitive as its xcomp, and "looking to", a wish like "seeking
 * to": what sitrep's parser gives once it tags "to" before a verb as the
 * infinitive marker (src/nlp/infinitive.c). */
static const char *due_xcomp_attack = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                                      "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
                                      "3\tdue\tdue\tADJ\tJJ\t_\t0\troot\t_\t_\n"
                                      "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                                      "5\tattack\tattack\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
                                      "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                      "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *looking_to_attack = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                                       "2\tis\tbe\tAUX\tVBZ\t_\t3\taux\t_\t_\n"
                                       "3\tlooking\tlook\tVERB\tVBG\t_\t0\troot\t_\t_\n"
                                       "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                                       "5\tattack\tattack\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
                                       "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                       "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(abilities_and_schedules_are_not_deeds)
{
    CHECK_STR(code(can_attack, NULL), "");
    CHECK_STR(code(due_to_attack, NULL), "");
    CHECK_STR(code(due_xcomp_attack, NULL), "");
    CHECK_STR(code(looking_to_attack, NULL), "");
    CHECK_STR(code(svo, NULL), "VAL>MAR:112");
}

/* The complement of a future verb is as future as it ("Valdoria will try
 * to attack Marestan": a threat, 1384, not an attack), and the purpose
 * of a future act is not achieved ("Valdoria will move its fleet north
 * to attack Marestan", "... and move its fleet ... to attack", a
 * conjunct sharing the first verb's "will"): issue 5, round 10. */
static const char *will_try_to_attack = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                                        "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
                                        "3\ttry\ttry\tVERB\tVB\t_\t0\troot\t_\t_\n"
                                        "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
                                        "5\tattack\tattack\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
                                        "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                        "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *will_move_to_attack = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                                         "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
                                         "3\tmove\tmove\tVERB\tVB\t_\t0\troot\t_\t_\n"
                                         "4\tits\tits\tPRON\tPRP$\t_\t5\tnmod:poss\t_\t_\n"
                                         "5\tfleet\tfleet\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
                                         "6\tnorth\tnorth\tADV\tRB\t_\t3\tadvmod\t_\t_\n"
                                         "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
                                         "8\tattack\tattack\tVERB\tVB\t_\t3\tadvcl\t_\t_\n"
                                         "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
                                         "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *will_wait_and_move_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\twait\twait\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tmove\tmove\tVERB\tVB\t_\t3\tconj\t_\t_\n"
    "6\tnorth\tnorth\tADV\tRB\t_\t5\tadvmod\t_\t_\n"
    "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
    "8\tattack\tattack\tVERB\tVB\t_\t5\tadvcl\t_\t_\n"
    "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *will_wait_until_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\twait\twait\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tuntil\tuntil\tSCONJ\tIN\t_\t6\tmark\t_\t_\n"
    "5\tValdoria\tValdoria\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "6\tmobilizes\tmobilize\tVERB\tVBZ\t_\t3\tadvcl\t_\t_\n"
    "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
    "8\tattack\tattack\tVERB\tVB\t_\t6\tadvcl\t_\t_\n"
    "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *will_not_try_to_attack = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                                            "2\twill\twill\tAUX\tMD\t_\t4\taux\t_\t_\n"
                                            "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
                                            "4\ttry\ttry\tVERB\tVB\t_\t0\troot\t_\t_\n"
                                            "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
                                            "6\tattack\tattack\tVERB\tVB\t_\t4\txcomp\t_\t_\n"
                                            "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
                                            "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(complement_and_purpose_of_a_future_verb_are_future)
{
    /* but not when the verb in between keeps it from happening */
    CHECK_STR(code(will_not_try_to_attack, NULL), "");
    /* a time clause of a future verb is to come as well ("will wait
     * until Valdoria mobilizes to attack Marestan") */
    CHECK_STR(code(will_wait_until_to_attack, NULL), "");
    CHECK_STR(code(will_try_to_attack, NULL), "VAL>MAR:1384");
    CHECK_STR(code(will_move_to_attack, NULL), "");
    CHECK_STR(code(will_wait_and_move_to_attack, NULL), "");
}

/* A passive's subject is whom the act was done to: when it is a noun
 * that names no actor, the target is not taken from a modifier further
 * on ("workers were killed in the clashes with Marestani soldiers": the
 * soldiers are not the ones killed, and are left as the doers the
 * passive's search after the verb finds); issue 5, round 10. */
static const char *killed_in_clashes_with =
    "1\tFive\tfive\tNUM\tCD\t_\t2\tnummod\t_\t_\n"
    "2\tworkers\tworker\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tclashes\tclash\tNOUN\tNNS\t_\t4\tobl\t_\t_\n"
    "8\twith\twith\tADP\tIN\t_\t10\tcase\t_\t_\n"
    "9\tMarestani\tMarestani\tADJ\tJJ\t_\t10\tamod\t_\t_\n"
    "10\tsoldiers\tsoldier\tNOUN\tNNS\t_\t7\tnmod\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(passive_subject_without_actor_keeps_modifiers_out_of_the_target)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(killed_in_clashes_with, NULL), "MARMIL>---:1823");
    sr_coder_free(coder);
    coder = saved;
}

/* "said nothing about Marestan" denies the statement, as "no" does
 * (issue 5, round 8). */
static const char *said_nothing_about = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                        "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                        "3\tnothing\tnothing\tPRON\tNN\t_\t2\tobj\t_\t_\n"
                                        "4\tabout\tabout\tADP\tIN\t_\t5\tcase\t_\t_\n"
                                        "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n"
                                        "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(nothing_as_object_denies_the_act)
{
    CHECK_STR(code(said_nothing_about, NULL), "");
}

/* What an accusation alleges is no event of its own: "Marestan was
 * accused of shelling Osterland" codes no shelling (issue 5, round 8). */
static const char *accused_of_shelling =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\taccused\taccuse\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tof\tof\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\tshelling\tshell\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(what_an_accusation_alleges_is_not_coded)
{
    CHECK_STR(code(accused_of_shelling, NULL), "");
}

/* A noun with a preposition of its own is no subject: "Beyond Marestan,
 * Valdorian troops attacked Osterland" parsed with Marestan as the
 * subject and the troops as its conjunct (issue 5, round 8). */
static const char *beyond_marestan =
    "1\tBeyond\tbeyond\tADP\tIN\t_\t2\tcase\t_\t_\n"
    "2\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\ttroops\ttroop\tNOUN\tNNS\t_\t2\tconj\t_\t_\n"
    "6\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

TEST(a_noun_with_a_preposition_is_no_subject)
{
    CHECK_STR(code(beyond_marestan, NULL), "VALMIL>OST:190");
}

/* "as", "after", "before", "since" and "until" open a clause: a parser
 * that reads the subordinator as a preposition leaves the noun after it
 * an oblique of the clause's verb, which then borrowed the main clause's
 * subject. A noun phrase that ends right before the finite verb it hangs
 * on is that verb's subject, and its conjunct shares it; set off by a
 * comma it is not (issue 5, round 18, helper D). */
static const char *fled_as_troops_shelled =
    "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tfled\tflee\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tas\tas\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "5\tValdorian\tValdorian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\ttroops\ttroop\tNOUN\tNNS\t_\t7\tobl\t_\t_\n"
    "7\tshelled\tshell\tVERB\tVBD\t_\t3\tadvcl\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\tand\tand\tCCONJ\tCC\t_\t10\tcc\t_\t_\n"
    "10\tattacked\tattack\tVERB\tVBD\t_\t7\tconj\t_\t_\n"
    "11\tMarestan\tMarestan\tPROPN\tNNP\t_\t10\tobj\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *as_allies_comma_shelled =
    "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tfought\tfight\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t9\tcc\t_\t_\n"
    "5\tas\tas\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tValdorian\tValdorian\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tallies\tally\tNOUN\tNNS\t_\t9\tobl\t_\t_\n"
    "8\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
    "9\tshelled\tshell\tVERB\tVBD\t_\t3\tconj\t_\t_\n"
    "10\tOsterland\tOsterland\tPROPN\tNNP\t_\t9\tobj\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_subordinators_noun_before_its_verb_is_the_subject)
{
    CHECK_STR(code(fled_as_troops_shelled, NULL), "VALMIL>OST:190 VALMIL>MAR:190");
    CHECK_STR(code(as_allies_comma_shelled, NULL), "MARREB>OST:190");
}

/* "held hostage" with nothing between the participle and "hostage" is
 * passive: its noun is the captive, the captor unknown; the active puts
 * the captive in between (issue 5, round 18, helper D). */
static const char *civilians_held_hostage =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\theld\thold\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\thostage\thostage\tNOUN\tNN\t_\t3\tobl:unmarked\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *rebels_held_civilians_hostage =
    "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\theld\thold\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tcivilians\tcivilian\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\thostage\thostage\tNOUN\tNN\t_\t3\txcomp\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(held_hostage_is_passive)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(civilians_held_hostage, NULL), "--->VALCVL:181");
    CHECK_STR(code(rebels_held_civilians_hostage, NULL), "MARREB>VALCVL:181");
    sr_coder_free(coder);
    coder = saved;
}

/* "he" and "she" are one person: after "Valdorian rebel boats accused
 * Marestan" (a plural that names things; the actor comes from its
 * modifiers), "He shelled Osterland" does not make the boats the doer,
 * while "They" may; after "Valdorian rebels", "He" may be one of them
 * (issue 5, round 18, helper D). */
#define BOATS_ACCUSED(head, tag)                                                                   \
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"                                          \
    "2\trebel\trebel\tNOUN\tNN\t_\t3\tcompound\t_\t_\n"                                             \
    "3\t" head "\t" head "\tNOUN\t" tag "\t_\t4\tnsubj\t_\t_\n"                                       \
    "4\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"                                             \
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"                                          \
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
#define THEN_SHELLED(pron, lower)                                                                  \
    "1\t" pron "\t" lower "\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"                                           \
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"                                              \
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"                                        \
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
static const char *boats_then_he = BOATS_ACCUSED("boats", "NNS") THEN_SHELLED("He", "he");
static const char *boats_then_they = BOATS_ACCUSED("boats", "NNS") THEN_SHELLED("They", "they");
static const char *boat_then_he = BOATS_ACCUSED("boat", "NN") THEN_SHELLED("He", "he");
static const char *rebels_then_he = BOATS_ACCUSED("rebels", "NNS") THEN_SHELLED("He", "he");

TEST(he_and_she_are_no_plural_or_group)
{
    CHECK_STR(code(boats_then_he, NULL), "VALREB>MAR:112");
    CHECK_STR(code(boats_then_they, NULL), "VALREB>MAR:112 VALREB>OST:190");
    CHECK_STR(code(boat_then_he, NULL), "VALREB>MAR:112 VALREB>OST:190");
    CHECK_STR(code(rebels_then_he, NULL), "VALREB>MAR:112 VALREB>OST:190");
}

/* A statement verb as a participle describing a noun ("land claimed by
 * settlers", "the account told by Marestani officials to Osterland")
 * says what the noun is; no one spoke on the story's day. The same verb
 * in a relative clause with its auxiliary is still coded (issue 5, round
 * 18, helper D). */
#define ACCOUNT_TOLD(aux)                                                                         \
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"                                          \
    "2\tpublished\tpublish\tVERB\tVBD\t_\t0\troot\t_\t_\n"                                          \
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"                                                       \
    "4\taccount\taccount\tNOUN\tNN\t_\t2\tobj\t_\t_\n" aux                                          \
    "6\ttold\ttell\tVERB\tVBN\t_\t4\tacl\t_\t_\n"                                                   \
    "7\tby\tby\tADP\tIN\t_\t9\tcase\t_\t_\n"                                                        \
    "8\tMarestani\tMarestani\tADJ\tJJ\t_\t9\tamod\t_\t_\n"                                          \
    "9\tofficials\tofficial\tNOUN\tNNS\t_\t6\tobl\t_\t_\n"                                          \
    "10\tto\tto\tADP\tIN\t_\t11\tcase\t_\t_\n"                                                      \
    "11\tOsterland\tOsterland\tPROPN\tNNP\t_\t6\tobl\t_\t_\n"                                        \
    "12\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
static const char *account_told = ACCOUNT_TOLD("5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n");
static const char *account_that_was_told = ACCOUNT_TOLD("5\twas\tbe\tAUX\tVBD\t_\t6\taux:pass\t_\t_\n");

TEST(a_statement_verb_describing_a_noun_is_no_statement)
{
    CHECK_STR(code(account_told, NULL), "");
    CHECK_STR(code(account_that_was_told, NULL), "MARGOV>OST:010");
}

/* A perfect with "have" and neither "be" nor "get" is active even with
 * no object: a parser's passive subject of "have protested against" is
 * the one who protests. "have been attacked" stays passive (issue 5,
 * round 18, helper D). */
static const char *have_protested_against =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
    "3\thave\thave\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "4\tprotested\tprotest\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tagainst\tagainst\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *have_been_attacked_in =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t5\tnsubj:pass\t_\t_\n"
    "3\thave\thave\tAUX\tVBP\t_\t5\taux\t_\t_\n"
    "4\tbeen\tbe\tAUX\tVBN\t_\t5\taux:pass\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "6\tby\tby\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tMarestani\tMarestani\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\trebels\trebel\tNOUN\tNNS\t_\t5\tobl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(a_perfect_without_be_is_active)
{
    CHECK_STR(code(have_protested_against, NULL), "VALGOV>MAR:141");
    CHECK_STR(code(have_been_attacked_in, NULL), "MARREB>VALGOV:190");
}

/* A reporter named only by the word gathers the news: "A reporter in
 * Marestan asked Osterland about the war" is no appeal by Marestan's
 * press; a name with the word in it ("Reporters Sans Paix asked ...")
 * is an actor as before (issue 5, round 18, helper D). */
#define ASKED_ABOUT(subject)                                                                       \
    subject "5\tasked\task\tVERB\tVBD\t_\t0\troot\t_\t_\n"                                           \
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"                                       \
    "7\tabout\tabout\tADP\tIN\t_\t9\tcase\t_\t_\n"                                                 \
    "8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"                                                      \
    "9\twar\twar\tNOUN\tNN\t_\t5\tobl\t_\t_\n"                                                     \
    "10\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n"
static const char *reporter_asked = ASKED_ABOUT(
    "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\treporter\treporter\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n");
static const char *reporters_sans_paix_asked = ASKED_ABOUT(
    "1\tReporters\tReporters\tPROPN\tNNPS\t_\t5\tnsubj\t_\t_\n"
    "2\tSans\tSans\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
    "3\tPaix\tPaix\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
    "4\tMonday\tMonday\tPROPN\tNNP\t_\t5\tobl:tmod\t_\t_\n");

TEST(a_reporter_gathers_the_news)
{
    CHECK_STR(code(reporter_asked, NULL), "");
    CHECK_STR(code(reporters_sans_paix_asked, NULL), "NGOMED>OST:021");
}

/* A modifier of one conjunct is shared forward only: "Valdorian media
 * and rebels" are both Valdorian, but in "Rebels and the Valdorian
 * troops" the rebels take nothing from "Valdorian" (issue 5, round 18,
 * helper D). */
static const char *rebels_and_the_valdorian_troops =
    "1\tRebels\trebel\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
    "2\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\ttroops\ttroop\tNOUN\tNNS\t_\t1\tconj\t_\t_\n"
    "6\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
static const char *valdorian_media_and_rebels =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tmedia\tmedia\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
    "3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t2\tconj\t_\t_\n"
    "5\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(a_conjuncts_modifier_is_shared_forward_only)
{
    CHECK_STR(code(rebels_and_the_valdorian_troops, NULL), "VALMIL>OST:190");
    CHECK_STR(code(valdorian_media_and_rebels, NULL), "VAL>OST:190 VALREB>OST:190");
}

/* An -ing clause right after a passive's by-phrase is what the doer in
 * that phrase does: "Osterland was angered by Marestani rebels shelling
 * Valdoria" has the rebels shelling; with a subordinator ("after
 * shelling") the clause keeps the passive's subject (issue 5, round 18,
 * helper D). */
#define ANGERED_BY_REBELS                                                                          \
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"                                 \
    "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"                                                  \
    "3\tangered\tanger\tVERB\tVBN\t_\t0\troot\t_\t_\n"                                              \
    "4\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"                                                        \
    "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"                                          \
    "6\trebels\trebel\tNOUN\tNNS\t_\t3\tobl:agent\t_\t_\n"
static const char *angered_by_rebels_shelling =
    ANGERED_BY_REBELS "7\tshelling\tshell\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
    "8\tValdoria\tValdoria\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *angered_by_rebels_after_shelling =
    ANGERED_BY_REBELS "7\tafter\tafter\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
    "8\tshelling\tshell\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
    "9\tValdoria\tValdoria\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(an_ing_clause_after_a_by_phrase_is_its_doers)
{
    CHECK_STR(code(angered_by_rebels_shelling, NULL), "MARREB>VAL:190");
    CHECK_STR(code(angered_by_rebels_after_shelling, NULL), "OST>VAL:190");
}

/* "suggest" said of a thing is evidence, not a statement: "Valdoria's
 * moves suggest that Marestan attacked Osterland" codes no statement by
 * Valdoria (the attack is coded as the content of any statement is);
 * "The Valdorian officials suggested that ..." is a statement, read as
 * an accusation (issue 5, round 18, helper D). */
#define SUGGEST_ATTACKED(subject, verb)                                                            \
    subject "4\t" verb "\tsuggest\tVERB\tVBD\t_\t0\troot\t_\t_\n"                                    \
    "5\tthat\tthat\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"                                                  \
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"                                         \
    "7\tattacked\tattack\tVERB\tVBD\t_\t4\tccomp\t_\t_\n"                                           \
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"                                         \
    "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
static const char *moves_suggest =
    SUGGEST_ATTACKED("1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
                     "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
                     "3\tmoves\tmove\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n",
                     "suggest");
static const char *officials_suggested =
    SUGGEST_ATTACKED("1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
                     "2\tValdorian\tValdorian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
                     "3\tofficials\tofficial\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n",
                     "suggested");

TEST(what_a_thing_suggests_is_no_statement)
{
    CHECK_STR(code(moves_suggest, NULL), "MAR>OST:190");
    CHECK_STR(code(officials_suggested, NULL), "VALGOV>MAR:112");
}

/* '"Marestan lied," told Valdorian officials Osterland': a reporting
 * verb right after a quotation, with a subject right after it, is
 * inverted; the parser's other subject before it is the quotation's, no
 * speaker (issue 5, round 18, helper D). */
static const char *quote_then_told_officials =
    "1\t\"\t\"\tPUNCT\t``\t_\t6\tpunct\t_\t_\n"
    "2\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "3\tlied\tlie\tVERB\tVBD\t_\t6\tccomp\t_\t_\n"
    "4\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
    "5\t\"\t\"\tPUNCT\t''\t_\t6\tpunct\t_\t_\n"
    "6\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tValdorian\tValdorian\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tofficials\tofficial\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
    "9\tOsterland\tOsterland\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

TEST(the_subject_after_an_inverted_reporting_verb_is_the_speaker)
{
    CHECK_STR(code(quote_then_told_officials, NULL), "VALGOV>OST:010");
}

/* A spokesperson named by the bare word may speak for any party the
 * story named, so takes no story country: after "Valdoria accused
 * Marestan and Valdoria", "A spokesman told Osterland" has no speaker,
 * while "A government spokesman told Osterland" is still Valdoria's
 * (issue 5, round 18, helper D). */
#define ACCUSED_THEN_TOLD(subject)                                                                 \
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"                                        \
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"                                             \
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"                                          \
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"                                                      \
    "5\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tconj\t_\t_\n"                                         \
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n" subject                                               \
    "\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
static const char *bare_spokesman_told =
    ACCUSED_THEN_TOLD("1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
                      "2\tspokesman\tspokesman\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
                      "3")
    "4\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *government_spokesman_told =
    ACCUSED_THEN_TOLD("1\tA\ta\tDET\tDT\t_\t3\tdet\t_\t_\n"
                      "2\tgovernment\tgovernment\tNOUN\tNN\t_\t3\tcompound\t_\t_\n"
                      "3\tspokesman\tspokesman\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
                      "4")
    "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(a_bare_spokesperson_takes_no_story_country)
{
    CHECK_STR(code(bare_spokesman_told, NULL), "VAL>MAR:112");
    CHECK_STR(code(government_spokesman_told, NULL), "VAL>MAR:112 VALGOV>OST:010");
}

/* A personal pronoun as the subject of the clause a verb reports stands
 * for that verb's subject when the number agrees: after "Valdoria
 * accused Osterland and Valdoria", "Rebels said they shelled Marestan"
 * has the rebels (the story's, Valdorian) shelling; "Rebels said he
 * shelled Marestan" does not, and the memory of the story has no one for
 * "he" (issue 5, round 18, helper D). */
#define REBELS_SAID(pron, lower)                                                                   \
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"                                        \
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"                                             \
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"                                         \
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"                                                      \
    "5\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tconj\t_\t_\n"                                         \
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"                                                      \
    "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"                                               \
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"                                                   \
    "3\t" pron "\t" lower "\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"                                           \
    "4\tshelled\tshell\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"                                              \
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"                                           \
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
static const char *rebels_said_they = REBELS_SAID("they", "they");
static const char *rebels_said_he = REBELS_SAID("he", "he");

TEST(a_pronoun_in_a_reported_clause_is_the_speaker)
{
    CHECK_STR(code(rebels_said_they, NULL), "VAL>OST:112 VALREB>MAR:190");
    CHECK_STR(code(rebels_said_he, NULL), "VAL>OST:112");
}

/* A warning or insistence whose content is a state of things ("warned
 * Marestan that the dam is unsafe", "insist their troops are innocent")
 * is a comment (012) or a statement of position, not a threat (130) or a
 * demand (100); with "would" or readiness it stays a threat (issue 5,
 * round 10, helper J). */
static const char *warned_dam_unsafe = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                       "2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                       "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                       "4\tthat\tthat\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
                                       "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                                       "6\tdam\tdam\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
                                       "7\tis\tbe\tAUX\tVBZ\t_\t8\tcop\t_\t_\n"
                                       "8\tunsafe\tunsafe\tADJ\tJJ\t_\t2\tccomp\t_\t_\n"
                                       "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *warned_would_be_hostile =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tthat\tthat\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
    "5\tit\tit\tPRON\tPRP\t_\t8\tnsubj\t_\t_\n"
    "6\twould\twould\tAUX\tMD\t_\t8\taux\t_\t_\n"
    "7\tbe\tbe\tAUX\tVB\t_\t8\tcop\t_\t_\n"
    "8\thostile\thostile\tADJ\tJJ\t_\t2\tccomp\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *warned_ready_to_act =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tthat\tthat\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
    "5\tit\tit\tPRON\tPRP\t_\t7\tnsubj\t_\t_\n"
    "6\tis\tbe\tAUX\tVBZ\t_\t7\tcop\t_\t_\n"
    "7\tready\tready\tADJ\tJJ\t_\t2\tccomp\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *insisted_troops_innocent =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tinsisted\tinsist\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestani\tMarestani\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\ttroops\ttroop\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
    "5\twere\tbe\tAUX\tVBD\t_\t6\tcop\t_\t_\n"
    "6\tguilty\tguilty\tADJ\tJJ\t_\t2\tccomp\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_warning_or_insistence_of_a_state_is_no_threat_or_demand)
{
    CHECK_STR(code(warned_dam_unsafe, NULL), "VAL>MAR:012");
    CHECK_STR(code(warned_would_be_hostile, NULL), "VAL>MAR:130");
    CHECK_STR(code(warned_ready_to_act, NULL), "VAL>MAR:130");
    CHECK_STR(code(insisted_troops_innocent, NULL), "");
}

/* "used to" with an infinitive and no object is a past habit ("rebels
 * used to attack Marestan"), and a participle of use or design on a
 * thing says what the thing is for ("a drone designed to attack
 * Marestan"): neither is a dated act. "used troops to attack" is one
 * (issue 5, round 10, helper J). */
static const char *used_to_attack =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tused\tuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tattack\tattack\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n" "\n";
static const char *used_troops_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tused\tuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
    "6\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" "\n";
static const char *drone_designed_to_attack =
    "1\tA\ta\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "2\tValdorian\tValdorian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "3\tdrone\tdrone\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
    "4\tdesigned\tdesign\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
    "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
    "6\tattack\tattack\tVERB\tVB\t_\t4\tadvcl\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\tcrashed\tcrash\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n" "\n";

TEST(habits_and_functions_are_not_deeds)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(used_to_attack, NULL), "");
    CHECK_STR(code(used_troops_to_attack, NULL), "VALMIL>MAR:190");
    CHECK_STR(code(drone_designed_to_attack, NULL), "");
    sr_coder_free(coder);
    coder = saved;
}

/* A statement, accusation or other verbal act made as a habit
 * ("Valdoria routinely accuses Marestan") is background, not an act of a
 * day; a deed done as a habit ("troops routinely attack Marestan") is
 * still coded (issue 5, round 10, helper J). */
static const char *routinely_accuses =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\troutinely\troutinely\tADV\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\taccuses\taccuse\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n" "\n";
static const char *routinely_attack =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "3\troutinely\troutinely\tADV\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tattack\tattack\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n" "\n";

TEST(verbal_acts_made_as_a_habit_are_not_coded)
{
    CHECK_STR(code(routinely_accuses, NULL), "");
    CHECK_STR(code(routinely_attack, NULL), "VALMIL>MAR:190");
}

/* A participle on the subject of a present "there are" describes what
 * exists ("there are Valdorian troops attacking Marestan"), not an act
 * of a day; in the past ("there were ...") it may report one (issue 5,
 * round 10, helper J). */
static const char *there_are_troops_attacking =
    "1\tThere\tthere\tPRON\tEX\t_\t2\texpl\t_\t_\n"
    "2\tare\tbe\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\ttroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "5\tattacking\tattack\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" "\n";
static const char *there_were_troops_attacking =
    "1\tThere\tthere\tPRON\tEX\t_\t2\texpl\t_\t_\n"
    "2\twere\tbe\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\ttroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "5\tattacking\tattack\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" "\n";

TEST(what_there_is_now_is_a_description)
{
    CHECK_STR(code(there_are_troops_attacking, NULL), "");
    CHECK_STR(code(there_were_troops_attacking, NULL), "VALMIL>MAR:190");
}

/* What something made possible, easier or harder is enabled, not done:
 * "Valdoria made it possible for Marestan to attack Osterland" codes no
 * attack (issue 5, round 10, helper J). */
static const char *made_it_possible_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tmade\tmake\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\t_\n"
    "4\tpossible\tpossible\tADJ\tJJ\t_\t2\txcomp\t_\t_\n"
    "5\tfor\tfor\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
    "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
    "8\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "9\tOsterland\tOsterland\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" "\n";

TEST(what_is_made_possible_is_not_done)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(made_it_possible_to_attack, NULL), "");
    sr_coder_free(coder);
    coder = saved;
}

/* What is authorized is permitted, not done: "Valdoria authorized
 * Valdorian troops to attack Marestan" codes no attack (issue 5, round
 * 10, helper J). */
static const char *authorized_troops_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tauthorized\tauthorize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
    "6\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" "\n";

TEST(what_is_authorized_is_not_done)
{
    CHECK_STR(code(authorized_troops_to_attack, NULL), "");
}

/* A question asserts no act: "Did Valdoria accuse Marestan?" codes
 * nothing (issue 5, round 8: an interviewer's question was coded). */
static const char *did_accuse_question = "1\tDid\tdo\tAUX\tVBD\t_\t3\taux\t_\t_\n"
                                         "2\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                                         "3\taccuse\taccuse\tVERB\tVB\t_\t0\troot\t_\t_\n"
                                         "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                                         "5\t?\t?\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_question_asserts_no_act)
{
    CHECK_STR(code(did_accuse_question, NULL), "");
    CHECK_STR(code(svo, NULL), "VAL>MAR:112");
}

/* Where a meeting is held is no party to it: "Valdoria attended talks
 * in Marestan" (the place as an oblique of the verb, or as a modifier of
 * the talks) has no target, while "talks with Marestan in Osterland"
 * keep Marestan (issue 5, round 9). */
static const char *talks_in_place_obl = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                        "2\tattended\tattend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                        "3\ttalks\ttalk\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                                        "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
                                        "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                                        "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *talks_in_place_nmod = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                         "2\tattended\tattend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                         "3\ttalks\ttalk\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                                         "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
                                         "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n"
                                         "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *talks_with_party = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                      "2\tattended\tattend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                      "3\ttalks\ttalk\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                                      "4\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_\n"
                                      "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n"
                                      "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
                                      "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                                      "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(the_place_of_a_meeting_is_no_party)
{
    CHECK_STR(code(talks_in_place_obl, NULL), "");
    CHECK_STR(code(talks_in_place_nmod, NULL), "");
    CHECK_STR(code(talks_with_party, NULL), "VAL>MAR:040");
}

/* A sanction or restriction in the present passive is a standing state:
 * "Valdoria is expelled by Marestan" codes nothing, "was expelled"
 * codes the expulsion (issue 5, round 9). */
static const char *is_expelled = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
                                 "2\tis\tbe\tAUX\tVBZ\t_\t3\taux:pass\t_\t_\n"
                                 "3\texpelled\texpel\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                                 "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
                                 "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
                                 "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *was_expelled = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
                                  "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
                                  "3\texpelled\texpel\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                                  "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
                                  "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
                                  "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *is_expelled_for_attacking =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\tis\tbe\tAUX\tVBZ\t_\t3\taux:pass\t_\t_\n"
    "3\texpelled\texpel\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tfor\tfor\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\tattacking\tattack\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_restriction_in_the_present_passive_is_a_state)
{
    /* Nor is what it restricts or answers, in its adverbial clause. */
    CHECK_STR(code(is_expelled_for_attacking, NULL), "");
    CHECK_STR(code(is_expelled, NULL), "");
    CHECK_STR(code(was_expelled, NULL), "MAR>VAL:174");
}

/* A designation told in the perfect with no time of its own is a
 * standing status, the background of a story; in the simple past, or in
 * the perfect with a day, it is news (issue 5, round 12). */
static const char *has_designated =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\thas\thave\tAUX\tVBZ\t_\t3\taux\t_\t_\n"
    "3\tdesignated\tdesignate\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "6\thostile\thostile\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tstate\tstate\tNOUN\tNN\t_\t3\txcomp\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *designated =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdesignated\tdesignate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "5\thostile\thostile\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tstate\tstate\tNOUN\tNN\t_\t2\txcomp\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *has_designated_today =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\thas\thave\tAUX\tVBZ\t_\t3\taux\t_\t_\n"
    "3\tdesignated\tdesignate\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "6\thostile\thostile\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tstate\tstate\tNOUN\tNN\t_\t3\txcomp\t_\t_\n"
    "8\ton\ton\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tMonday\tMonday\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_designation_in_the_perfect_is_a_status)
{
    CHECK_STR(code(has_designated, NULL), "");
    CHECK_STR(code(designated, NULL), "VAL>MAR:163");
    CHECK_STR(code(has_designated_today, NULL), "VAL>MAR:163");
}

/* An accusation, sanction or ban in the present perfect with nothing in
 * the sentence tying it to the news, after the story's lead, is a
 * standing position ("Valdoria and others have accused Marestan"); a
 * recency word ("recently", "new", "since", "after ..."), a date or a
 * sentence of the lead keeps it news (issue 5, helper H of round 21). */
#define LEAD_SENTENCES                                                                     \
    "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"                                       \
    "2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t_\t_\n"                                    \
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"                                             \
    "1\tEnvoys\tenvoy\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"                                     \
    "2\tgathered\tgather\tVERB\tVBD\t_\t0\troot\t_\t_\n"                                   \
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
#define HAS_ACCUSED(adv, xpos)                                                             \
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"                               \
    "2\thas\thave\tAUX\tVBZ\t_\t4\taux\t_\t_\n"                                            \
    "3\t" adv "\t" adv "\tADV\tRB\t_\t4\tadvmod\t_\t_\n"                                   \
    "4\taccused\taccuse\tVERB\t" xpos "\t_\t0\troot\t_\t_\n"                               \
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"                                 \
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"

TEST(a_standing_accusation_in_the_perfect_is_no_news)
{
    CHECK_STR(code(LEAD_SENTENCES HAS_ACCUSED("long", "VBN"), NULL), "");
    CHECK_STR(code(LEAD_SENTENCES HAS_ACCUSED("recently", "VBN"), NULL), "VAL>MAR:112");
    CHECK_STR(code(LEAD_SENTENCES HAS_ACCUSED("since", "VBN"), NULL), "VAL>MAR:112");
    CHECK_STR(code(HAS_ACCUSED("long", "VBN"), NULL), "VAL>MAR:112"); /* the lead */
    /* a year anywhere in the sentence (here, for brevity, in the adverb's
     * place): one of the story's or the year before keeps it news, an
     * older one does not */
    CHECK_STR(code(LEAD_SENTENCES HAS_ACCUSED("2024", "VBN"), "2025-03-14"), "VAL>MAR:112");
    CHECK_STR(code(LEAD_SENTENCES HAS_ACCUSED("2019", "VBN"), "2025-03-14"), "");
}

/* Refusals, cooperation and aid stand the same way (issue 5, round 38):
 * "Valdoria has long opposed Marestan", "Valdoria has long provided aid
 * to Marestan" past the lead, with no tie, are standing positions. */
#define HAS_OPPOSED(adv)                                                                   \
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"                               \
    "2\thas\thave\tAUX\tVBZ\t_\t4\taux\t_\t_\n"                                            \
    "3\t" adv "\t" adv "\tADV\tRB\t_\t4\tadvmod\t_\t_\n"                                   \
    "4\topposed\toppose\tVERB\tVBN\t_\t0\troot\t_\t_\n"                                    \
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"                                 \
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
#define HAS_PROVIDED(adv)                                                                  \
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"                               \
    "2\thas\thave\tAUX\tVBZ\t_\t4\taux\t_\t_\n"                                            \
    "3\t" adv "\t" adv "\tADV\tRB\t_\t4\tadvmod\t_\t_\n"                                   \
    "4\tprovided\tprovide\tVERB\tVBN\t_\t0\troot\t_\t_\n"                                  \
    "5\taid\taid\tNOUN\tNN\t_\t4\tobj\t_\t_\n"                                              \
    "6\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_\n"                                               \
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"                                 \
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"

TEST(standing_refusal_or_aid_in_the_perfect_is_no_news)
{
    CHECK_STR(code(LEAD_SENTENCES HAS_OPPOSED("long"), NULL), "");
    CHECK_STR(code(LEAD_SENTENCES HAS_OPPOSED("recently"), NULL), "VAL>MAR:120");
    CHECK_STR(code(HAS_OPPOSED("long"), NULL), "VAL>MAR:120"); /* the lead */
    CHECK_STR(code(LEAD_SENTENCES HAS_PROVIDED("long"), NULL), "");
    CHECK_STR(code(LEAD_SENTENCES HAS_PROVIDED("now"), NULL), "VAL>MAR:070");
}
#undef HAS_PROVIDED
#undef HAS_OPPOSED
#undef HAS_ACCUSED
#undef LEAD_SENTENCES

/* A thing that underlines or shows something is no speaker: "Valdoria's
 * blockade underlines Marestan's weakness" is an observation, not a
 * statement by Valdoria; Valdoria itself, or its report, speaks (issue 5,
 * helper H of round 21; fixture: UNDERLINE in the SAY block). */
#define UNDERLINES(subj, upos, xpos)                                                       \
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"                           \
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"                                             \
    "3\t" subj "\t" subj "\t" upos "\t" xpos "\t_\t4\tnsubj\t_\t_\n"                       \
    "4\tunderlines\tunderline\tVERB\tVBZ\t_\t0\troot\t_\t_\n"                              \
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tnmod:poss\t_\t_\n"                           \
    "6\t's\t's\tPART\tPOS\t_\t5\tcase\t_\t_\n"                                             \
    "7\tweakness\tweakness\tNOUN\tNN\t_\t4\tobj\t_\t_\n"                                   \
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"

TEST(a_thing_that_underlines_makes_no_statement)
{
    CHECK_STR(code(UNDERLINES("blockade", "NOUN", "NN"), NULL), "");
    CHECK_STR(code(UNDERLINES("report", "NOUN", "NN"), NULL), "VAL>MAR:010");
}
#undef UNDERLINES

static const char *valdoria_underlines =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tunderlines\tunderline\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tnmod:poss\t_\t_\n"
    "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
    "5\tweakness\tweakness\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_speaker_that_underlines_makes_a_statement)
{
    CHECK_STR(code(valdoria_underlines, NULL), "VAL>MAR:010");
}

/* A "when" clause without a tense under a verb in the simple present
 * tells a habit: "Marestan retreats when attacked by Valdoria" says what
 * happens each time; "retreated when attacked" tells an attack (issue 5,
 * helper H of round 21). */
#define RETREAT_WHEN(verb, xpos)                                                           \
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"                               \
    "2\t" verb "\tretreat\tVERB\t" xpos "\t_\t0\troot\t_\t_\n"                             \
    "3\twhen\twhen\tADV\tWRB\t_\t4\tadvmod\t_\t_\n"                                        \
    "4\tattacked\tattack\tVERB\tVBN\t_\t2\tadvcl\t_\t_\n"                                  \
    "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"                                               \
    "6\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tobl:agent\t_\t_\n"                           \
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"

TEST(a_when_clause_under_the_present_is_a_habit)
{
    CHECK_STR(code(RETREAT_WHEN("retreats", "VBZ"), NULL), "");
    CHECK_STR(code(RETREAT_WHEN("retreated", "VBD"), NULL), "VAL>MAR:190");
}
#undef RETREAT_WHEN

/* Conjuncts that disagree in number share no subject: "Valdoria says
 * ... and have shelled Osterland" joins clauses of different subjects
 * (a parser's error), so the shelling is not Valdoria's; "has shelled"
 * agrees and shares it (issue 5, round 12). */
static const char *says_and_have_shelled =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsays\tsay\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "6\thave\thave\tAUX\tVBP\t_\t7\taux\t_\t_\n"
    "7\tshelled\tshell\tVERB\tVBN\t_\t2\tconj\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *says_and_has_shelled =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsays\tsay\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "6\thas\thave\tAUX\tVBZ\t_\t7\taux\t_\t_\n"
    "7\tshelled\tshell\tVERB\tVBN\t_\t2\tconj\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(conjuncts_that_disagree_in_number_share_no_subject)
{
    CHECK_STR(code(says_and_have_shelled, NULL), "");
    CHECK_STR(code(says_and_has_shelled, NULL), "VAL>OST:190");
}

/* A noun for someone's opponents names the other side with its
 * possessive or noun modifier: "Marestan's rivals" are not Marestan,
 * "government critics" are not the government, while in "Marestan's
 * rival Osterland" the name is the rival (issue 5, helper M). */
static const char *shelled_marestans_rivals =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tnmod:poss\t_\t_\n"
    "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
    "5\trivals\trival\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *shelled_marestans_rival_osterland =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tnmod:poss\t_\t_\n"
    "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
    "5\trival\trival\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *marestan_shelled_government_critics =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "4\tgovernment\tgovernment\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
    "5\tcritics\tcritic\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* A faith word before a proper noun is a given name ("Christian
 * Gorbag"), not the person's faith; before a common noun it is the faith
 * ("Christian groups"). */
static const char *minister_christian_gorbag_accused =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "2\tForeign\tForeign\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "3\tMinister\tMinister\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "4\tChristian\tChristian\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "5\tGorbag\tGorbag\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "6\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
static const char *christian_groups_accused =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "2\tChristian\tChristian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "3\tgroups\tgroup\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "4\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(a_faith_word_before_a_name_is_a_given_name)
{
    CHECK_STR(code(minister_christian_gorbag_accused, NULL), "VALGOV>MAR:112");
    CHECK_STR(code(christian_groups_accused, NULL), "VALCHR>MAR:112");
}

/* "denounced their opposition to Valdorian raids": "opposition" with
 * "to" after a possessive pronoun is a stance, not the opposition
 * parties (OPP); "the Valdorian opposition" still is (issue 5, helper F). */
static const char *denounced_their_opposition_to =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ttheir\ttheir\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
    "4\topposition\topposition\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tValdorian\tValdorian\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\traids\traid\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *denounced_the_valdorian_opposition =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\topposition\topposition\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(opposition_with_to_after_a_lower_case_word_is_a_stance)
{
    CHECK_STR(code(denounced_their_opposition_to, NULL), "MAR>VAL:111");
    CHECK_STR(code(denounced_the_valdorian_opposition, NULL), "MAR>VALOPP:111");
}

/* "Valdorian rebels were captured": a passive seizure verb whose patient
 * stands before it is matched as if the patient followed it, so the
 * capture of fighters is a fight (190), not the taking of territory
 * (the verb's own 192); "the town was captured" keeps 192 (issue 5,
 * helper F). */
static const char *rebels_were_captured =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tcaptured\tcapture\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tobl\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *valdoria_was_captured =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\tcaptured\tcapture\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_passive_seizure_reads_its_patient_as_the_object)
{
    CHECK_STR(code(rebels_were_captured, NULL), "MARMIL>VALREB:190");
    CHECK_STR(code(valdoria_was_captured, NULL), "MARMIL>VAL:192");
}

/* A warning of what a thing of no party will bring ("warned that
 * Marestan's policies would divide the region", "warned Marestan that
 * the flooding would ruin the harvest") announces no act of the speaker:
 * a criticism of the thing's owner (111) or a comment (012), not a threat
 * (130); "any raid would trigger war" and rebels who would strike stay
 * threats (issue 5, helper F). */
static const char *warned_policies_would_divide =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthat\tthat\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tnmod:poss\t_\t_\n"
    "5\t's\t's\tPART\tPOS\t_\t4\tcase\t_\t_\n"
    "6\tpolicies\tpolicy\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
    "7\twould\twould\tAUX\tMD\t_\t8\taux\t_\t_\n"
    "8\tdivide\tdivide\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
    "9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_\n"
    "10\tregion\tregion\tNOUN\tNN\t_\t8\tobj\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *warned_flooding_would_ruin =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tthat\tthat\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tflooding\tflooding\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
    "7\twould\twould\tAUX\tMD\t_\t8\taux\t_\t_\n"
    "8\truin\truin\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
    "9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_\n"
    "10\tharvest\tharvest\tNOUN\tNN\t_\t8\tobj\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *warned_any_raid_would_trigger =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tthat\tthat\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
    "5\tany\tany\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\traid\traid\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
    "7\twould\twould\tAUX\tMD\t_\t8\taux\t_\t_\n"
    "8\ttrigger\ttrigger\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
    "9\twar\twar\tNOUN\tNN\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *warned_rebels_would_strike =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tthat\tthat\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
    "5\trebels\trebel\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
    "6\twould\twould\tAUX\tMD\t_\t7\taux\t_\t_\n"
    "7\tstrike\tstrike\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_warning_of_what_a_thing_will_bring_is_no_threat)
{
    CHECK_STR(code(warned_policies_would_divide, NULL), "VAL>MAR:111");
    CHECK_STR(code(warned_flooding_would_ruin, NULL), "VAL>MAR:012");
    CHECK_STR(code(warned_any_raid_would_trigger, NULL), "VAL>MAR:130");
    CHECK_STR(code(warned_rebels_would_strike, NULL), "VAL>MAR:130");
}

TEST(opponents_are_not_whom_they_oppose)
{
    CHECK_STR(code(shelled_marestans_rivals, NULL), "");
    CHECK_STR(code(shelled_marestans_rival_osterland, NULL), "VAL>OST:190");
    CHECK_STR(code(marestan_shelled_government_critics, NULL), "MAR>VAL:190");
}

/* The means of a passive killing is no victim: in "Two soldiers were
 * killed in a battle with Marestani troops" the Marestani troops fought
 * and killed; they are not the target, and with no victim named there is
 * no event (issue 5, helper M). */
static const char *killed_in_an_airstrike =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tGeneral\tGeneral\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
    "2\tGorbag\tGorbag\tPROPN\tNNP\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tan\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tairstrike\tairstrike\tNOUN\tNN\t_\t4\tobl\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(the_means_of_a_passive_killing_is_no_victim)
{
    /* The airstrike's side is the doer, the victim (a name with no
     * actor) is unknown; the fixture's coder requires both sides, so the
     * event is only a note saying which side is missing. */
    CHECK_STR(code(killed_in_an_airstrike, NULL), "VAL>VALREB:112");
    char out[512];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    code_full(killed_in_an_airstrike, NULL, NULL, 1, out, sizeof out, &d, &a);
    CHECK_INT(d.nnotes, 1);
    CHECK(d.nnotes == 1 && strstr(d.notes[0].text, "no target actor in \"Gorbag\"") != NULL);
    CHECK(d.nnotes == 1 && strstr(d.notes[0].text, "no source actor") == NULL);
    sr_arena_free(&a);
}

/* "has yet to accuse" says the accusation has not been made, as "has
 * not accused" does; "has yet again accused" is no such phrase (issue 5,
 * helper M). */
static const char *has_yet_to_accuse =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\thas\thave\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tyet\tyet\tADV\tRB\t_\t2\tadvmod\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\taccuse\taccuse\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *has_yet_again_accused =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\thas\thave\tAUX\tVBZ\t_\t4\taux\t_\t_\n"
    "3\tyet\tyet\tADV\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\taccused\taccuse\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(has_yet_to_is_not_done)
{
    CHECK_STR(code(has_yet_to_accuse, NULL), "");
    CHECK_STR(code(has_yet_again_accused, NULL), "VAL>MAR:112");
}

/* What is discussed is a topic: in "Valdoria discussed Marestan's role
 * with Osterland" the talks are with Osterland, and "Valdoria discussed
 * Marestan's role" names no other party (issue 5, helper M). */
static const char *discussed_role_with =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdiscussed\tdiscuss\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tnmod:poss\t_\t_\n"
    "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
    "5\trole\trole\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\twith\twith\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *discussed_role =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdiscussed\tdiscuss\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tnmod:poss\t_\t_\n"
    "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
    "5\trole\trole\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(what_is_discussed_is_no_party)
{
    CHECK_STR(code(discussed_role_with, NULL), "VAL>OST:040");
    CHECK_STR(code(discussed_role, NULL), "");
}

/* "he" and "she" are people: after "The Northern Compact accused
 * Marestan", "He shelled Osterland" does not make the body (an
 * international one, one code, no agent) the shelling's doer, while
 * "They" may still stand for it (issue 5, round 9). */
static const char *compact_then_he =
    "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "2\tNorthern\tNorthern\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "3\tCompact\tCompact\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
    "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *compact_then_they =
    "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "2\tNorthern\tNorthern\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "3\tCompact\tCompact\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(he_and_she_are_no_international_body)
{
    CHECK_STR(code(compact_then_he, NULL), "IGONCP>MAR:112");
    CHECK_STR(code(compact_then_they, NULL), "IGONCP>MAR:112 IGONCP>OST:190");
}

/* What is believed or claimed is not reported as fact: "Valdoria
 * believes Marestan attacked Osterland" codes no attack (issue 5, round
 * 8). */
static const char *believes_attacked = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                       "2\tbelieves\tbelieve\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
                                       "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                                       "4\tattacked\tattack\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
                                       "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                                       "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(what_is_believed_or_claimed_is_not_coded)
{
    CHECK_STR(code(believes_attacked, NULL), "");
}

/* An agent-only side takes the country the text gives it before it would
 * be refused (issue 5, round 5). People whose own clause names the place
 * they act in are that place's when the story names two countries level
 * (here Osterland and Marestan once each); a hyphenated title the tagger
 * took for an adjective ("Vice-President Tarn Holloway") is a title all
 * the same, so its holder takes the story's country. */
static const char *demonstrated_in_osterland =
    "1\tCivilians\tcivilian\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tdemonstrated\tdemonstrate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "5\tagainst\tagainst\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *vice_president_accused =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tVice-President\tvice-president\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "2\tTarn\tTarn\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "3\tHolloway\tHolloway\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(agent_only_sides_take_the_country_the_text_gives)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(demonstrated_in_osterland, NULL), "OSTCVL>MAR:141");
    CHECK_STR(code(vice_president_accused, NULL), "VAL>VALREB:112 VALGOV>MAR:112");
    sr_coder_free(coder);
    coder = saved;
}

/* A demand is made of the subject of the clause it asks for, also when
 * a pattern coded it without a target and the parser took "that" for a
 * second subject. */
static const char *demanded_that =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdemanded\tdemand\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthat\tthat\tPRON\tWDT\t_\t6\tnsubj\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "5\tmust\tmust\tAUX\tMD\t_\t6\taux\t_\t_\n"
    "6\twithdraw\twithdraw\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(demands_are_made_of_the_demanded_clause_subject)
{
    CHECK_STR(code(demanded_that, NULL), "VAL>MAR:1043");
}

/* TABARI's marks: a subordinate code ('?') only when nothing else is
 * coded, a dominant one ('!') alone when present. */
static const char *announced_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tannounced\tannounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthat\tthat\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *announced_alone =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tannounced\tannounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tdeal\tdeal\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *attacked_and_denounced =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "5\tValdoria\tValdoria\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "6\tdenounced\tdenounce\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(dominant_and_subordinate_codes)
{
    CHECK_STR(code(announced_attack, NULL), "MAR>OST:190");
    CHECK_STR(code(announced_alone, NULL), "VAL>MAR:010");
    CHECK_STR(code(attacked_and_denounced, NULL), "VAL>MAR:111");
}

/* A pattern's + may fall on the first word of its phrase, a modifier:
 * "(NEAR +)" on "near Marestani soldiers". */
static const char *attacked_near_soldiers =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tnear\tnear\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "4\tMarestani\tMarestani\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobl\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(pattern_targets_open_with_modifiers)
{
    CHECK_STR(code(attacked_near_soldiers, NULL), "VAL>MARMIL:195");
}

/* "No civilians were killed": a subject or object that "no" determines
 * denies the act, as "not" does. */
static const char *no_civilians_killed =
    "1\tNo\tno\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "2\tValdorian\tValdorian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "3\tcivilians\tcivilian\tNOUN\tNNS\t_\t5\tnsubj:pass\t_\t_\n"
    "4\twere\tbe\tAUX\tVBD\t_\t5\taux:pass\t_\t_\n"
    "5\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "6\tby\tby\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tMarestani\tMarestani\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tsoldiers\tsoldier\tNOUN\tNNS\t_\t5\tobl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(no_before_a_subject_negates)
{
    CHECK_STR(code(no_civilians_killed, NULL), "");
    CHECK_STR(code(passive_v2, NULL), "MARMIL>VALCVL:1823");
}

/* A statement made to the press does not target the press. */
static const char *said_to_newspaper =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tnewspaper\tnewspaper\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(statements_to_the_press_have_no_target)
{
    CHECK_STR(code(said_to_newspaper, NULL), "");
}

/* The same when a pattern's + falls on the press: "concurred with
 * Marestani newspapers" names no target (issue 5, round 7: "echoed this
 * during interviews with the media"); a country there still is one. */
static const char *concurred_with_newspapers =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tconcurred\tconcur\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "4\tMarestani\tMarestani\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tnewspapers\tnewspaper\tNOUN\tNNS\t_\t2\tobl\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *concurred_with_country =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tconcurred\tconcur\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\twith\twith\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(pattern_targets_that_are_only_the_press_are_dropped)
{
    CHECK_STR(code(concurred_with_newspapers, NULL), "");
    CHECK_STR(code(concurred_with_country, NULL), "VAL>MAR:019");
}

/* A by-phrase makes a passive even when the parser gave the patient a
 * plain subject relation. */
static const char *agent_without_aux =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\trebels\trebel\tNOUN\tNNS\t_\t3\tobl:agent\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(by_phrase_marks_a_passive)
{
    CHECK_STR(code(agent_without_aux, NULL), "MARREB>VALMIL:190");
}

/* A compound in a passive's by-phrase does not act on itself: "talks
 * requested by Valdoria and Marestan" are two requests, not requests of
 * each other. */
static const char *requested_by_two =
    "1\tTalks\ttalk\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_\n"
    "2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\trequested\trequest\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n"
    "6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tconj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* Nor may a pattern's + land on the by-phrase that is the source. */
static const char *asked_by_two =
    "1\tTalks\ttalk\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_\n"
    "2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\tasked\task\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n"
    "6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tconj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(passive_compound_agents_are_not_paired)
{
    CHECK_STR(code(requested_by_two, NULL), "");
    CHECK_STR(code(asked_by_two, NULL), "");
}

/* When a pattern's + falls on the passive's by-phrase, which is the
 * source, the passive's own patient is the one done to: "the soldiers,
 * asked by Marestan, ..." is Marestan asking the soldiers (issue 5,
 * one-sided events whose named side was dropped). */
static const char *soldiers_asked_by =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
    "3\tasked\task\tVERB\tVBN\t_\t2\tacl\t_\t_\n"
    "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n"
    "6\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

TEST(a_by_phrase_source_leaves_the_patient_as_target)
{
    CHECK_STR(code(soldiers_asked_by, NULL), "MAR>VALMIL:021");
    /* a compound by-phrase still does not act on itself */
    CHECK_STR(code(asked_by_two, NULL), "");
}

/* A one-sided event that another verb of the sentence codes with both
 * sides is not coded again: "Valdoria granted aid to Marestani
 * police and provided food" is 070 VAL -> MARCOP once, not also with no
 * target; an event aimed at the doer's own country tells no
 * other side (issue 5, one-sided events whose named side was dropped). */
static const char *aid_twice =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tgranted\tgrant\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\taid\taid\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tpolice\tpolice\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
    "7\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_\n"
    "8\tprovided\tprovide\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
    "9\tfood\tfood\tNOUN\tNN\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *aid_twice_at_home =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tgranted\tgrant\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\taid\taid\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "5\tValdorian\tValdorian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tpolice\tpolice\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
    "7\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_\n"
    "8\tprovided\tprovide\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
    "9\tfood\tfood\tNOUN\tNN\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_one_sided_event_told_in_full_is_not_coded_again)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(aid_twice, NULL), "VAL>MARCOP:070");
    CHECK_STR(code(aid_twice_at_home, NULL), "VAL>VALCOP:070 VAL>---:070");
    sr_coder_free(coder);
    coder = saved;
}

/* A compound subject of a reciprocal verb with no target of its own
 * acts on itself: "Valdorian and Marestani soldiers clashed at the
 * frontier" or "Valdoria and Marestan accused each other" is each
 * against the other; "attacked" names no such other side (issue 5,
 * one-sided events whose named side was dropped). */
static const char *soldiers_clashed =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
    "3\tMarestani\tMarestani\tADJ\tJJ\t_\t1\tconj\t_\t_\n"
    "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
    "5\tclashed\tclash\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tat\tat\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
    "8\tfrontier\tfrontier\tNOUN\tNN\t_\t5\tobl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
static const char *two_sides_attacked =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
    "3\tMarestani\tMarestani\tADJ\tJJ\t_\t1\tconj\t_\t_\n"
    "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tat\tat\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
    "8\tfrontier\tfrontier\tNOUN\tNN\t_\t5\tobl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

static const char *accused_each_other =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
    "4\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\teach\teach\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tother\tother\tADJ\tJJ\t_\t4\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

static const char *disputed_islands =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
    "4\tdisputed\tdispute\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tislands\tisland\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *disputed_at_home =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
    "3\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tpolice\tpolice\tNOUN\tNN\t_\t2\tconj\t_\t_\n"
    "6\tdisputed\tdispute\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
    "8\treport\treport\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

TEST(a_compound_subject_of_a_reciprocal_verb_acts_on_itself)
{
    /* "dispute" only between different countries */
    CHECK_STR(code(disputed_islands, NULL), "VAL>MAR:110 MAR>VAL:110");
    CHECK_STR(code(disputed_at_home, NULL), "");
    /* any verb of "each other" */
    CHECK_STR(code(accused_each_other, NULL), "VAL>MAR:112 MAR>VAL:112");
    CHECK_STR(code(soldiers_clashed, NULL), "VALMIL>MARMIL:190 MARMIL>VALMIL:190");
    CHECK_STR(code(two_sides_attacked, NULL), "");
}

/* Coercion that names no target is aimed at home; what failed did not
 * happen; what is urged has not happened yet. */
static const char *police_expel =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tpolice\tpolice\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tcrowd\tcrowd\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *failed_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tfailed\tfail\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
    "4\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *threatened_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
    "4\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *urged_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(home_coercion_failures_and_urged_acts)
{
    CHECK_STR(code(police_expel, NULL), "VALCOP>VAL:174");
    CHECK_STR(code(failed_to_attack, NULL), "");
    CHECK_STR(code(urged_to_attack, NULL), "VAL>MAR:020");
    CHECK_STR(code(threatened_to_attack, NULL), "VAL>MAR:130");
    sr_coder_options plain_modals = {.plain_modals = 1, .require_dyad = 1};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &plain_modals);
    CHECK_STR(code(urged_to_attack, NULL), "VAL>MAR:020 MAR>OST:190");
    sr_coder_free(coder);
    coder = saved;
}

/* "foreign soldiers" are not the story country's own. */
static const char *foreign_soldiers =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tforeign\tforeign\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(foreign_agents_take_no_story_country)
{
    CHECK_STR(code(foreign_soldiers, NULL), "");
}

/* Nor are "Western soldiers": a region wider than a country, which no
 * actor entry turned into a nationality. */
static const char *western_soldiers =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tWestern\tWestern\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* The same soldiers without the region word are the story country's. */
static const char *plain_soldiers =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(region_agents_take_no_story_country)
{
    CHECK_STR(code(western_soldiers, NULL), "");
    CHECK_STR(code(plain_soldiers, NULL), "VAL>VALMIL:190");
}

/* Refugees have crossed a border (issue 5, round 6): in a story about
 * Valdoria, where they arrived, "the refugees" are not Valdoria's. The
 * same sentence with soldiers gives them the story's country. */
static const char *expelled_refugees =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\trefugees\trefugee\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *expelled_soldiers =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
/* Named, they keep their own country. */
static const char *expelled_marestani_refugees =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestani\tMarestani\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\trefugees\trefugee\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* The refugee rule apart from expulsion (whose people take no story
 * country whoever they are, test the_expelled_are_not_the_story_countrys):
 * attacked, the refugees still take none, the soldiers the story's. */
static const char *attacked_the_refugees =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\trefugees\trefugee\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(refugees_take_no_story_country)
{
    CHECK_STR(code(expelled_refugees, NULL), "");
    CHECK_STR(code(expelled_soldiers, NULL), "");
    CHECK_STR(code(attacked_the_refugees, NULL), "");
    CHECK_STR(code(plain_soldiers, NULL), "VAL>VALMIL:190");
    CHECK_STR(code(expelled_marestani_refugees, NULL), "VAL>MARREF:174");
}

/* Migrants are civilians, not refugees (dict/agents.txt), but like
 * refugees they have crossed a border (issue 5, round 52): in a story
 * about Valdoria "the migrants" are not Valdoria's civilians, while "the
 * civilians" are. */
static const char *attacked_the_migrants =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tmigrants\tmigrant\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *attacked_the_civilians =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tcivilians\tcivilian\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *attacked_marestani_migrants =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestani\tMarestani\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tmigrants\tmigrant\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(migrants_take_no_story_country)
{
    CHECK_STR(code(attacked_the_migrants, NULL), "");
    CHECK_STR(code(attacked_the_civilians, NULL), "VAL>VALCVL:190");
    CHECK_STR(code(attacked_marestani_migrants, NULL), "VAL>MARCVL:190");
}

/* Analysts are quoted from anywhere (issue 5, round 52): in a story about
 * Valdoria a bare "analysts accused the rebels" names no country of theirs;
 * "Valdorian analysts" are Valdoria's commentators (EDU), not its state. */
static const char *analysts_accused =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tcivilians\tcivilian\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tAnalysts\tanalyst\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *valdorian_analysts_accused =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tanalysts\tanalyst\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(analysts_take_no_story_country)
{
    CHECK_STR(code(analysts_accused, NULL), "VAL>VALCVL:190");
    CHECK_STR(code(valdorian_analysts_accused, NULL), "VALEDU>MAR:112");
}

/* A speaker's own description is no target (issue 5, round 6): in
 * "..., said General Orlov, a professor from Marestan" Marestan says who
 * the speaker is; the statement names no one it is about. */
static const char *speaker_affiliation =
    "1\tPrices\tprice\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\trise\trise\tVERB\tVB\t_\t5\tccomp\t_\t_\n"
    "4\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
    "5\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tGeneral\tGeneral\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
    "7\tOrlov\tOrlov\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "8\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
    "9\ta\ta\tDET\tDT\t_\t10\tdet\t_\t_\n"
    "10\tprofessor\tprofessor\tNOUN\tNN\t_\t7\tappos\t_\t_\n"
    "11\tfrom\tfrom\tADP\tIN\t_\t12\tcase\t_\t_\n"
    "12\tMarestan\tMarestan\tPROPN\tNNP\t_\t10\tnmod\t_\t_\n"
    "13\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(speaker_affiliation_is_no_target)
{
    CHECK_STR(code(speaker_affiliation, "2024-01-01"), "");
}

/* The president of a farmers' association heads that body, not a
 * government: no GOV from "president" (issue 5, round 7). The president
 * of a country keeps it. */
static const char *head_of_association =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tpresident\tpresident\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
    "3\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "5\tValdorian\tValdorian\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "6\tfarmers\tfarmer\tNOUN\tNNS\t_\t7\tcompound\t_\t_\n"
    "7\tassociation\tassociation\tNOUN\tNN\t_\t2\tnmod\t_\t_\n"
    "8\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";

static const char *head_of_country =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tpresident\tpresident\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
    "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
    "5\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(heads_of_private_bodies_are_no_government)
{
    CHECK_STR(code(head_of_association, "2024-01-01"), "VAL>MAR:112");
    CHECK_STR(code(head_of_country, "2024-01-01"), "VALGOV>MAR:112");
}

/* An armed group's leader heads the group, not a government: the GOV of
 * "leader" is not stacked on the group's REB, whether the group comes in
 * an "of" phrase or before the word; its "officials" keep GOV. */
static const char *leader_of_group =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tleader\tleader\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
    "3\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "5\tRed\tRed\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
    "6\tHand\tHand\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
    "7\tFront\tFront\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
    "8\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "9\tValdoria\tValdoria\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";

static const char *group_leader =
    "1\tA\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "2\tRed\tRed\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
    "3\tHand\tHand\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
    "4\tFront\tFront\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "5\tleader\tleader\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
    "6\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tValdoria\tValdoria\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

static const char *group_officials =
    "1\tRed\tRed\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "2\tHand\tHand\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "3\tFront\tFront\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
    "4\tofficials\tofficial\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
    "5\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(armed_group_leaders_are_no_government)
{
    CHECK_STR(code(leader_of_group, "2024-01-01"), "MARREB>VAL:112");
    CHECK_STR(code(group_leader, "2024-01-01"), "MARREB>VAL:112");
    CHECK_STR(code(group_officials, "2024-01-01"), "MARREBGOV>VAL:112");
}

/* "members, including two civilians": a part named by "including" with
 * no actor of its own is no further target; one that names its own
 * actor ("several states, including Marestan") stays. */
static const char *including_civilians =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tRed\tRed\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "4\tHand\tHand\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "5\tFront\tFront\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
    "6\tmembers\tmember\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "7\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
    "8\tincluding\tinclude\tVERB\tVBG\t_\t10\tcase\t_\t_\n"
    "9\ttwo\ttwo\tNUM\tCD\t_\t10\tnummod\t_\t_\n"
    "10\tcivilians\tcivilian\tNOUN\tNNS\t_\t6\tconj\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *including_a_state =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tseveral\tseveral\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tstates\tstate\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
    "6\tincluding\tinclude\tVERB\tVBG\t_\t7\tcase\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tconj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(including_parts_without_actor_are_no_target)
{
    CHECK_STR(code(including_civilians, "2024-01-01"), "VAL>MARREB:112");
    CHECK_STR(code(including_a_state, "2024-01-01"), "VAL>MAR:112");
}

/* A person out of office (ELI) takes no GOV from a title word: "the
 * former official Baron Vesk" is VALELI, not VALELIGOV. */
static const char *former_official =
    "1\tThe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "2\tformer\tformer\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "3\tofficial\tofficial\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
    "4\tBaron\tBaron\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "5\tVesk\tVesk\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "6\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

/* "Valdoria has been attacking Marestan for years": an act going on for
 * years is a standing conflict, background; "for weeks" is still news
 * (coder.c, years_long). */
static const char *attacking_for_years =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\thas\thave\tAUX\tVBZ\t_\t4\taux\t_\t_\n"
    "3\tbeen\tbe\tAUX\tVBN\t_\t4\taux\t_\t_\n"
    "4\tattacking\tattack\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\tfor\tfor\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tyears\tyear\tNOUN\tNNS\t_\t4\tobl\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *attacking_for_weeks =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\thas\thave\tAUX\tVBZ\t_\t4\taux\t_\t_\n"
    "3\tbeen\tbe\tAUX\tVBN\t_\t4\taux\t_\t_\n"
    "4\tattacking\tattack\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\tfor\tfor\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tweeks\tweek\tNOUN\tNNS\t_\t4\tobl\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

/* the same with "for years" hung on the object, as parsers often do */
static const char *attacking_for_years_on_object =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\thas\thave\tAUX\tVBZ\t_\t4\taux\t_\t_\n"
    "3\tbeen\tbe\tAUX\tVBN\t_\t4\taux\t_\t_\n"
    "4\tattacking\tattack\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\tfor\tfor\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tdecades\tdecade\tNOUN\tNNS\t_\t5\tnmod\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(acts_going_on_for_years_are_background)
{
    CHECK_STR(code(attacking_for_years, NULL), "");
    CHECK_STR(code(attacking_for_years_on_object, NULL), "");
    CHECK_STR(code(attacking_for_weeks, NULL), "VAL>MAR:190");
}

/* What is alleged, believed or wanted is no threat or appeal made either:
 * "Marestan was accused of threatening Osterland", "Valdoria wants to
 * threaten Marestan" code nothing, though an intention or threat code
 * (02, 03, 10, 12, 13) under a verb that itself threatens or vows ("threatened to
 * attack") stays what was threatened (issue 5, helper C of round 18). */
static const char *accused_of_threatening =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\taccused\taccuse\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tof\tof\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\tthreatening\tthreaten\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *wants_to_threaten =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\twants\twant\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
    "4\tthreaten\tthreaten\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(alleged_or_wanted_threats_are_not_made)
{
    CHECK_STR(code(accused_of_threatening, NULL), "");
    CHECK_STR(code(wants_to_threaten, NULL), "");
    CHECK_STR(code(threatened_to_attack, NULL), "VAL>MAR:130");
}

/* A relative clause in the simple present describes its noun ("a company
 * that provides services", "Valdoria, which shells Marestan"): no act of
 * a day; in the past it can report one (issue 5, helper C of round 18). */
static const char *which_shells =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
    "2\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n"
    "3\twhich\twhich\tPRON\tWDT\t_\t4\tnsubj\t_\t_\n"
    "4\tshells\tshell\tVERB\tVBZ\t_\t1\tacl:relcl\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n"
    "7\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";
static const char *which_shelled =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
    "2\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n"
    "3\twhich\twhich\tPRON\tWDT\t_\t4\tnsubj\t_\t_\n"
    "4\tshelled\tshell\tVERB\tVBD\t_\t1\tacl:relcl\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n"
    "7\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";

TEST(a_relative_clause_in_the_present_is_a_description)
{
    CHECK_STR(code(which_shells, NULL), "VAL>OST:112");
    CHECK_STR(code(which_shelled, NULL), "VAL>MAR:190 VAL>OST:112");
}

/* A hope for one's own act is a wish, no optimistic comment: "Valdoria
 * hopes to attack Marestan" codes nothing; "Valdoria hopes Marestan
 * prospers" is 013 (issue 5, helper C of round 18). */
static const char *hopes_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\thopes\thope\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
    "4\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *hopes_marestan_prospers =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\thopes\thope\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\tprospers\tprosper\tVERB\tVBZ\t_\t2\tccomp\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_hope_for_ones_own_act_is_a_wish)
{
    CHECK_STR(code(hopes_to_attack, NULL), "");
    CHECK_STR(code(hopes_marestan_prospers, NULL), "VAL>MAR:013");
}

/* Asking whether or if is a question, no appeal: "Valdoria asked
 * Marestan whether to withdraw" codes nothing, "asked Marestan to
 * withdraw" is an appeal (issue 5, helper C of round 18). */
static const char *asked_marestan_whether =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tasked\task\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\twhether\twhether\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\twithdraw\twithdraw\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *asked_if =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tasked\task\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tif\tif\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\twithdraw\twithdraw\tVERB\tVB\t_\t2\tadvcl\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *asked_to =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tasked\task\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\twithdraw\twithdraw\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(asking_whether_is_no_appeal)
{
    CHECK_STR(code(asked_marestan_whether, NULL), "");
    CHECK_STR(code(asked_if, NULL), "");
    CHECK_STR(code(asked_to, NULL), "VAL>MAR:021");
}

/* What someone is believed or deemed to do is a belief, as a believed
 * clause is: "Valdoria is believed to attack Marestan", "is deemed to
 * attack" code nothing (issue 5, helper C of round 18). */
static const char *believed_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\tis\tbe\tAUX\tVBZ\t_\t3\taux:pass\t_\t_\n"
    "3\tbelieved\tbelieve\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tattack\tattack\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *deemed_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\tis\tbe\tAUX\tVBZ\t_\t3\taux:pass\t_\t_\n"
    "3\tdeemed\tdeeme\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tattack\tattack\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(what_is_believed_or_deemed_to_be_done_is_not_coded)
{
    CHECK_STR(code(believed_to_attack, NULL), "");
    CHECK_STR(code(deemed_to_attack, NULL), "");
}

/* What something appears or seems to do is a surmise: "Valdoria appears
 * to attack Marestan" codes nothing (issue 5, helper C of round 18). */
static const char *appears_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tappears\tappear\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
    "4\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(what_appears_to_be_done_is_a_surmise)
{
    CHECK_STR(code(appears_to_attack, NULL), "");
}

/* Aid, cooperation or yielding told in the simple present in a main
 * clause is a standing policy: "Valdoria provides aid to Marestan" codes
 * nothing, "Valdoria provided aid to Marestan" is aid (issue 5, helper C
 * of round 18). */
static const char *provides_aid =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tprovides\tprovide\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\taid\taid\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *provided_aid =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tprovided\tprovide\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\taid\taid\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(aid_in_the_simple_present_is_a_policy)
{
    CHECK_STR(code(provides_aid, NULL), "");
    CHECK_STR(code(provided_aid, NULL), "VAL>MAR:070");
}

/* The means of an act that is only possible is only possible too:
 * "Valdoria could retaliate by attacking Marestan" codes nothing, while
 * "retaliated by attacking" is an attack (issue 5, helper C of round 18). */
static const char *could_retaliate_by_attacking =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tcould\tcould\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tretaliate\tretaliate\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tby\tby\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\tattacking\tattack\tVERB\tVBG\t_\t3\tadvcl\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *retaliated_by_attacking =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tretaliated\tretaliate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tby\tby\tSCONJ\tIN\t_\t4\tmark\t_\t_\n"
    "4\tattacking\tattack\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(means_of_a_possible_act_are_only_possible)
{
    CHECK_STR(code(could_retaliate_by_attacking, NULL), "");
    CHECK_STR(code(retaliated_by_attacking, NULL), "VAL>MAR:190");
}

/* What something is aimed at is not done: "Valdoria aims at attacking
 * Marestan" codes nothing (issue 5, helper C of round 18). */
static const char *aims_at_attacking =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taims\taim\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tat\tat\tSCONJ\tIN\t_\t4\tmark\t_\t_\n"
    "4\tattacking\tattack\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(what_is_aimed_at_is_not_done)
{
    CHECK_STR(code(aims_at_attacking, NULL), "");
}

/* A bare gerund that the parser joins to a verb of accusing is one more
 * of the acts alleged: "Valdoria accuses Marestan of raiding, and
 * shelling Osterland" codes the accusation only (issue 5, helper C of
 * round 18). */
static const char *accuses_of_raiding_and_shelling =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccuses\taccuse\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tof\tof\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\traiding\traid\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
    "7\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_\n"
    "8\tshelling\tshell\tVERB\tVBG\t_\t2\tconj\t_\t_\n"
    "9\tOsterland\tOsterland\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_gerund_joined_to_an_accusation_is_alleged)
{
    CHECK_STR(code(accuses_of_raiding_and_shelling, NULL), "VAL>MAR:112");
}

/* What someone is ordered to do is not done, nor the purpose of it:
 * "Valdoria ordered Marestan to shell Osterland" codes no shelling
 * ("ordered" is no verb of the fixture; "told", of the SAY block, drops
 * its infinitive as a statement's), and
 * neither does "Valdoria told officials to draft rules to expel
 * Marestani diplomats", parsed with the infinitives as purpose clauses
 * (issue 5, helper L of round 27). */
static const char *told_soldiers_to_shell =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tshell\tshell\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *ordered_marestan_to_shell =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tordered\torder\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tshell\tshell\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *told_to_draft_rules_to_expel =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tofficials\tofficial\tNOUN\tNNS\t_\t2\tiobj\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tdraft\tdraft\tVERB\tVB\t_\t2\tadvcl\t_\t_\n"
    "6\trules\trule\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
    "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
    "8\texpel\texpel\tVERB\tVB\t_\t5\tadvcl\t_\t_\n"
    "9\tMarestani\tMarestani\tADJ\tJJ\t_\t10\tamod\t_\t_\n"
    "10\tdiplomats\tdiplomat\tNOUN\tNNS\t_\t8\tobj\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *drafted_rules_to_expel =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdrafted\tdraft\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\trules\trule\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\texpel\texpel\tVERB\tVB\t_\t2\tadvcl\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tdiplomats\tdiplomat\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(what_is_ordered_is_not_done)
{
    CHECK_STR(code(told_soldiers_to_shell, NULL), "");
    CHECK_STR(code(ordered_marestan_to_shell, NULL), "");
    CHECK_STR(code(told_to_draft_rules_to_expel, NULL), "VAL>MAR:010");
    CHECK_STR(code(drafted_rules_to_expel, NULL), "VAL>MAR:174");
}

/* "Marestani soldiers tried to shell Osterland": "tried to shell" is one
 * multi-word verb of the dictionary, an attempt (185); its last word is
 * no second verb, so no shelling (190) is coded beside the attempt
 * (issue 5, helper Q of round 31). */
static const char *tried_to_shell =
    "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\ttried\ttry\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tshell\tshell\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_word_of_a_multiword_verb_is_not_coded_again)
{
    CHECK_STR(code(tried_to_shell, NULL), "MARMIL>OST:185");
}

/* "Valdoria plans to urge Marestan": the appeal is planned, not made; the
 * plan itself is coded (issue 5, helper Q of round 31). */
static const char *plans_to_urge =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tplans\tplan\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
    "4\turge\turge\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *urged_marestan =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* "Valdoria plans to urge Marestan to seek peace": the de-escalation the
 * plan's pattern finds ("* PEACE", 0356) is what the planned appeal asks
 * of Marestan, no intent of Valdoria's (issue 5, round 44); "plans to
 * seek peace with Marestan", no appeal between, keeps it. */
static const char *plans_to_urge_peace =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tplans\tplan\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
    "4\turge\turge\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\tto\tto\tPART\tTO\t_\t7\tmark\t_\t_\n"
    "7\tseek\tseek\tVERB\tVB\t_\t4\txcomp\t_\t_\n"
    "8\tpeace\tpeace\tNOUN\tNN\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *plans_to_seek_peace =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tplans\tplan\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
    "4\tseek\tseek\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "5\tpeace\tpeace\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
    "6\twith\twith\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_planned_appeal_is_not_made)
{
    CHECK_STR(code(plans_to_urge, NULL), "VAL>MAR:030");
    CHECK_STR(code(urged_marestan, NULL), "VAL>MAR:020");
    CHECK_STR(code(plans_to_urge_peace, NULL), "");
    CHECK_STR(code(plans_to_seek_peace, NULL), "VAL>MAR:0356");
}

/* "Valdoria is negotiating to grant Marestan access": what is negotiated
 * for is not yet done (issue 5, helper Q of round 31). */
static const char *negotiating_to_grant =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tis\tbe\tAUX\tVBZ\t_\t3\taux\t_\t_\n"
    "3\tnegotiating\tnegotiate\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tgrant\tgrant\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tiobj\t_\t_\n"
    "7\taccess\taccess\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(what_is_negotiated_for_is_not_done)
{
    CHECK_STR(code(negotiating_to_grant, NULL), "");
}

/* "Valdoria hired Marestani soldiers to shell Osterland": what someone is
 * hired, recruited or paid to do is not done, as what he is ordered to
 * do (issue 5, helper Q of round 31). */
static const char *hired_soldiers_to_shell =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\thired\thire\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestani\tMarestani\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
    "6\tshell\tshell\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(what_one_is_hired_to_do_is_not_done)
{
    CHECK_STR(code(hired_soldiers_to_shell, NULL), "");
}

/* "Valdoria made headway in expelling Marestani diplomats": progress
 * claimed in an effort still under way, no expulsion told as done; the
 * parse may hang the gerund on the verb or on the noun (issue 5, helper
 * Q of round 31). */
static const char *made_headway_in_expelling =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tmade\tmake\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\theadway\theadway\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tin\tin\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\texpelling\texpel\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tdiplomats\tdiplomat\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *made_progress_in_expelling_on_noun =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tmade\tmake\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tprogress\tprogress\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tin\tin\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\texpelling\texpel\tVERB\tVBG\t_\t3\tacl\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tdiplomats\tdiplomat\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *made_plans_in_expelling =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tmade\tmake\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\thistory\thistory\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tin\tin\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\texpelling\texpel\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tdiplomats\tdiplomat\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(progress_claimed_in_an_effort_is_no_act)
{
    CHECK_STR(code(made_headway_in_expelling, NULL), "");
    CHECK_STR(code(made_progress_in_expelling_on_noun, NULL), "");
    /* any other object of "made" leaves the gerund coded */
    CHECK(strstr(code(made_plans_in_expelling, NULL), ":174") != NULL);
}

/* "Valdoria relies on Marestan to shell Osterland": what one is relied on
 * to do is expected, not done; so with the infinitive on the noun and
 * "rely" tagged as an adverb, as a tagger may have it (issue 5, helper
 * Q of round 31). */
static const char *relies_on_marestan_to_shell =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\trelies\trely\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\ton\ton\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
    "6\tshell\tshell\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *will_rely_on_marestan_to_shell_mistagged =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "2\twill\twill\tAUX\tMD\t_\t5\taux\t_\t_\n"
    "3\trely\trely\tADV\tRB\t_\t5\tadvmod\t_\t_\n"
    "4\ton\ton\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
    "6\tto\tto\tPART\tTO\t_\t7\tmark\t_\t_\n"
    "7\tshell\tshell\tVERB\tVB\t_\t5\tacl\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(what_one_is_relied_on_to_do_is_not_done)
{
    CHECK_STR(code(relies_on_marestan_to_shell, NULL), "");
    CHECK_STR(code(will_rely_on_marestan_to_shell_mistagged, NULL), "");
}

/* "Valdoria accused the Marestani envoy of shelling Osterland", parsed
 * with the gerund on the accused's noun: the shelling is alleged (issue
 * 5, helper L of round 27). */
static const char *accused_envoy_of_shelling =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tMarestani\tMarestani\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tenvoy\tenvoy\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\tof\tof\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
    "7\tshelling\tshell\tVERB\tVBG\t_\t5\tacl\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(an_act_hung_on_the_accused_is_alleged)
{
    CHECK_STR(code(accused_envoy_of_shelling, NULL), "VAL>MAR:112");
}

/* The means of an alleged act are alleged too: "Valdoria alleges that
 * Marestan retaliated by shelling Osterland" codes no shelling; told as
 * fact, "Marestan retaliated by shelling Osterland" does (issue 5,
 * helper L of round 27). */
static const char *alleges_retaliated_by_shelling =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\talleges\tallege\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tthat\tthat\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "5\tretaliated\tretaliate\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "6\tby\tby\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
    "7\tshelling\tshell\tVERB\tVBG\t_\t5\tadvcl\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *retaliated_by_shelling =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tretaliated\tretaliate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tby\tby\tSCONJ\tIN\t_\t4\tmark\t_\t_\n"
    "4\tshelling\tshell\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
    "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(the_means_of_an_alleged_act_are_alleged)
{
    CHECK_STR(code(alleges_retaliated_by_shelling, NULL), "");
    CHECK_STR(code(retaliated_by_shelling, NULL), "MAR>OST:190");
}

/* What prosecutors tell a court is their case: "Prosecutors say
 * Valdoria shelled Osterland" codes no shelling, where "Officials say
 * ..." does (issue 5, helper L of round 27). */
static const char *prosecutors_say_shelled =
    "1\tProsecutors\tprosecutor\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsay\tsay\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\tshelled\tshell\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *lead_prosecutor_said_shelled =
    "1\tprosecutor\tprosecutor\tNOUN\tNN\t_\t2\tnmod:desc\t_\t_\n"
    "2\tDoe\tDoe\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "5\tshelled\tshell\tVERB\tVBD\t_\t3\tccomp\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *officials_say_shelled =
    "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsay\tsay\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\tshelled\tshell\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(what_prosecutors_say_is_alleged)
{
    CHECK_STR(code(prosecutors_say_shelled, NULL), "");
    CHECK_STR(code(lead_prosecutor_said_shelled, NULL), "");
    CHECK_STR(code(officials_say_shelled, NULL), "VAL>OST:190");
}

/* What analysts say a party will do is their forecast, no threat of
 * the party's: "Analysts say Valdoria will attack Marestan" codes
 * nothing, "Officials say ..." the threat; what they say it does, in the
 * simple present, their reading; what they say it did, a report (issue
 * 5, helper L of round 27). */
static const char *analysts_say_will_attack =
    "1\tAnalysts\tanalyst\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsay\tsay\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "4\twill\twill\tAUX\tMD\t_\t5\taux\t_\t_\n"
    "5\tattack\tattack\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *officials_say_will_attack =
    "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsay\tsay\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "4\twill\twill\tAUX\tMD\t_\t5\taux\t_\t_\n"
    "5\tattack\tattack\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *analysts_say_attacks =
    "1\tAnalysts\tanalyst\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsay\tsay\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\tattacks\tattack\tVERB\tVBZ\t_\t2\tccomp\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *analysts_say_attacked =
    "1\tAnalysts\tanalyst\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsay\tsay\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\tattacked\tattack\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* "Analysts say Osterland waits as Valdoria attacks Marestan", the
 * second clause parsed as a conjunct with a subject of its own: in the
 * simple present it is one more reading of theirs (round 38); in the
 * past ("... as Valdoria attacked Marestan") it reports. */
#define ANALYSTS_SAY_WAITS_AS(form, xpos)                                                  \
    "1\tAnalysts\tanalyst\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"                                  \
    "2\tsay\tsay\tVERB\tVBP\t_\t0\troot\t_\t_\n"                                            \
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"                              \
    "4\twaits\twait\tVERB\tVBZ\t_\t2\tccomp\t_\t_\n"                                        \
    "5\tas\tas\tADP\tIN\t_\t6\tcase\t_\t_\n"                                                \
    "6\tValdoria\tValdoria\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"                               \
    "7\t" form "\tattack\tVERB\t" xpos "\t_\t4\tconj\t_\t_\n"                               \
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"                                 \
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"

TEST(what_analysts_say_will_happen_is_a_forecast)
{
    CHECK_STR(code(ANALYSTS_SAY_WAITS_AS("attacks", "VBZ"), NULL), "");
    CHECK_STR(code(ANALYSTS_SAY_WAITS_AS("attacked", "VBD"), NULL), "VAL>MAR:190");
    CHECK_STR(code(analysts_say_attacks, NULL), "");
    CHECK_STR(code(analysts_say_attacked, NULL), "VAL>MAR:190");
    CHECK_STR(code(analysts_say_will_attack, NULL), "");
    CHECK_STR(code(officials_say_will_attack, NULL), "VAL>MAR:1384");
}
#undef ANALYSTS_SAY_WAITS_AS

/* A goal told with "toward" is not done: "Valdoria took steps toward
 * expelling Marestani diplomats" codes no expulsion (issue 5, helper L
 * of round 27). */
static const char *steps_toward_expelling =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\ttook\ttake\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tsteps\tstep\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\ttoward\ttoward\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\texpelling\texpel\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tdiplomats\tdiplomat\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *began_by_expelling =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tbegan\tbegin\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tby\tby\tSCONJ\tIN\t_\t4\tmark\t_\t_\n"
    "4\texpelling\texpel\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
    "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tdiplomats\tdiplomat\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_goal_toward_which_one_works_is_not_done)
{
    CHECK_STR(code(steps_toward_expelling, NULL), "");
    CHECK_STR(code(began_by_expelling, NULL), "VAL>MAR:174");
}

/* What a standing law provides is a rule: "Valdoria's law bans
 * Marestani diplomats" codes nothing; a new law's provisions, and a ban
 * told in the past, are left alone (issue 5, helper L of round 27). The
 * fixture has no BAN verb: EXPEL stands in. */
static const char *law_expels =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tlaw\tlaw\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
    "4\texpels\texpel\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tdiplomats\tdiplomat\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *new_law_expels =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnmod:poss\t_\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tnew\tnew\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tlaw\tlaw\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
    "5\texpels\texpel\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tdiplomats\tdiplomat\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(what_a_standing_law_provides_is_no_act)
{
    CHECK_STR(code(law_expels, NULL), "");
    CHECK_STR(code(new_law_expels, NULL), "VAL>MAR:174");
}

/* A gerund joined to a predicate adjective is one more adjective:
 * "Valdorians are friendly and attacking" codes nothing; "Valdorians
 * are angry and attacked Marestan", with a tense, an attack (issue 5,
 * helper L of round 27). */
static const char *friendly_and_attacking =
    "1\tValdorians\tValdorian\tPROPN\tNNPS\t_\t3\tnsubj\t_\t_\n"
    "2\tare\tbe\tAUX\tVBP\t_\t3\tcop\t_\t_\n"
    "3\tfriendly\tfriendly\tADJ\tJJ\t_\t0\troot\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tattacking\tattack\tVERB\tVBG\t_\t3\tconj\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *angry_and_attacked =
    "1\tValdorians\tValdorian\tPROPN\tNNPS\t_\t3\tnsubj\t_\t_\n"
    "2\tare\tbe\tAUX\tVBP\t_\t3\tcop\t_\t_\n"
    "3\tangry\tangry\tADJ\tJJ\t_\t0\troot\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBD\t_\t3\tconj\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_gerund_joined_to_an_adjective_describes)
{
    CHECK_STR(code(friendly_and_attacking, NULL), "");
    CHECK_STR(code(angry_and_attacked, NULL), "VAL>MAR:190");
}

/* "would" in a relative clause tells what the noun would do if it came
 * about: "Marestan fears a Valdorian force that would attack Osterland"
 * codes nothing, where "... the Valdorian force that attacked Osterland"
 * an attack (with "a", undated, it is a description: round 38); and a place described by what awaits those there, in the
 * future passive, is no one's pledge: "Marestani civilians fled to
 * Osterland, where Valdorian soldiers will be attacked by Marestan"
 * codes no threat (issue 5, helper L of round 27). */
static const char *force_that_would_attack =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tfears\tfear\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tforce\tforce\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\tthat\tthat\tPRON\tWDT\t_\t8\tnsubj\t_\t_\n"
    "7\twould\twould\tAUX\tMD\t_\t8\taux\t_\t_\n"
    "8\tattack\tattack\tVERB\tVB\t_\t5\tacl:relcl\t_\t_\n"
    "9\tOsterland\tOsterland\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *force_that_attacked =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tfears\tfear\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tforce\tforce\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\tthat\tthat\tPRON\tWDT\t_\t7\tnsubj\t_\t_\n"
    "7\tattacked\tattack\tVERB\tVBD\t_\t5\tacl:relcl\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *where_they_will_be_attacked =
    "1\tCivilians\tcivilian\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tfled\tflee\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tto\tto\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\ttowns\ttown\tNOUN\tNNS\t_\t2\tobl\t_\t_\n"
    "5\twhere\twhere\tADV\tWRB\t_\t10\tadvmod\t_\t_\n"
    "6\tValdorian\tValdorian\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tsoldiers\tsoldier\tNOUN\tNNS\t_\t10\tnsubj:pass\t_\t_\n"
    "8\twill\twill\tAUX\tMD\t_\t10\taux\t_\t_\n"
    "9\tbe\tbe\tAUX\tVB\t_\t10\taux:pass\t_\t_\n"
    "10\tattacked\tattack\tVERB\tVBN\t_\t2\tadvcl\t_\t_\n"
    "11\tby\tby\tADP\tIN\t_\t12\tcase\t_\t_\n"
    "12\tMarestan\tMarestan\tPROPN\tNNP\t_\t10\tobl:agent\t_\t_\n"
    "13\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(what_a_noun_would_do_or_awaits_a_place_is_not_done)
{
    CHECK_STR(code(force_that_would_attack, NULL), "");
    CHECK_STR(code(force_that_attacked, NULL), "VAL>OST:190");
    CHECK_STR(code(where_they_will_be_attacked, NULL), "");
}

/* What a deadline allows is not done: "Marestan has until Friday to
 * attack Osterland" and "Valdoria gave Marestan 48 hours to attack
 * Osterland" code no attack (issue 5, helper L of round 27). */
static const char *has_until_friday_to_attack =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\thas\thave\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tuntil\tuntil\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tFriday\tFriday\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
    "6\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *gave_48_hours_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tgave\tgive\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tiobj\t_\t_\n"
    "4\t48\t48\tNUM\tCD\t_\t5\tnummod\t_\t_\n"
    "5\thours\thour\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "6\tto\tto\tPART\tTO\t_\t7\tmark\t_\t_\n"
    "7\tattack\tattack\tVERB\tVB\t_\t2\tadvcl\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(what_a_deadline_allows_is_not_done)
{
    CHECK_STR(code(has_until_friday_to_attack, NULL), "");
    CHECK_STR(code(gave_48_hours_to_attack, NULL), "");
}

/* A future clause on a noun that "what" asks about is an indirect
 * question: "In what way Valdoria will attack Marestan was not made
 * clear" codes no threat; with "the way" it does (issue 5, helper L of
 * round 27). */
static const char *what_way_will_attack =
    "1\tIn\tin\tADP\tIN\t_\t3\tcase\t_\t_\n"
    "2\twhat\twhat\tDET\tWDT\t_\t3\tdet\t_\t_\n"
    "3\tway\tway\tNOUN\tNN\t_\t10\tobl\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "5\twill\twill\tAUX\tMD\t_\t6\taux\t_\t_\n"
    "6\tattack\tattack\tVERB\tVB\t_\t3\tacl\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\twas\tbe\tAUX\tVBD\t_\t10\taux:pass\t_\t_\n"
    "9\tnot\tnot\tPART\tRB\t_\t10\tadvmod\t_\t_\n"
    "10\tmade\tmake\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "11\tclear\tclear\tADJ\tJJ\t_\t10\txcomp\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t10\tpunct\t_\t_\n\n";
static const char *the_way_will_attack =
    "1\tIn\tin\tADP\tIN\t_\t3\tcase\t_\t_\n"
    "2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "3\tway\tway\tNOUN\tNN\t_\t10\tobl\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "5\twill\twill\tAUX\tMD\t_\t6\taux\t_\t_\n"
    "6\tattack\tattack\tVERB\tVB\t_\t3\tacl\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\twas\tbe\tAUX\tVBD\t_\t10\taux:pass\t_\t_\n"
    "9\tnot\tnot\tPART\tRB\t_\t10\tadvmod\t_\t_\n"
    "10\tmade\tmake\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "11\tclear\tclear\tADJ\tJJ\t_\t10\txcomp\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t10\tpunct\t_\t_\n\n";

TEST(a_future_clause_asked_about_by_what_is_a_question)
{
    CHECK_STR(code(what_way_will_attack, NULL), "");
    CHECK_STR(code(the_way_will_attack, NULL), "VAL>MAR:1384");
}

/* "whether" inside the subject, where parsers hang it on a noun, makes
 * the verb the predicate of a question: "The question about whether
 * Valdoria attacked Marestan ..." codes nothing (issue 5, helper C of
 * round 18). */
static const char *question_whether_in_subject =
    "1\tQuestion\tquestion\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
    "2\tabout\tabout\tSCONJ\tIN\t_\t4\tmark\t_\t_\n"
    "3\twhether\twhether\tSCONJ\tIN\t_\t4\tmark\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(whether_in_the_subject_makes_a_question)
{
    CHECK_STR(code(question_whether_in_subject, NULL), "");
}

/* The same since a year two or more before the record's: "Valdoria has
 * been raiding and attacking Marestan since 2015" in 2024 is a standing
 * conflict; "since 2023" is still the news (issue 5, helper C of round
 * 18). */
static const char *attacking_since_2015 =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\thas\thave\tAUX\tVBZ\t_\t4\taux\t_\t_\n"
    "3\tbeen\tbe\tAUX\tVBN\t_\t4\taux\t_\t_\n"
    "4\traiding\traid\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "6\tattacking\tattack\tVERB\tVBG\t_\t4\tconj\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\tsince\tsince\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\t2015\t2015\tNUM\tCD\t_\t6\tobl\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *attacking_since_2023 =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\thas\thave\tAUX\tVBZ\t_\t4\taux\t_\t_\n"
    "3\tbeen\tbe\tAUX\tVBN\t_\t4\taux\t_\t_\n"
    "4\traiding\traid\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "6\tattacking\tattack\tVERB\tVBG\t_\t4\tconj\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\tsince\tsince\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\t2023\t2023\tNUM\tCD\t_\t6\tobl\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(acts_going_on_since_years_ago_are_background)
{
    CHECK_STR(code(attacking_since_2015, "2024-06-01"), "");
    CHECK_STR(code(attacking_since_2023, "2024-06-01"), "VAL>MAR:190");
}

TEST(former_officials_take_no_gov)
{
    CHECK_STR(code(former_official, "2024-01-01"), "VALELI>MAR:112");
}

/* "the faction of former President Andras Kel": the ELI of the
 * possessor's title stays on him and is not lent to his faction. */
static const char *party_of_former =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tfaction\tfaction\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
    "3\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "4\tformer\tformer\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "5\tPresident\tPresident\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
    "6\tAndras\tAndras\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
    "7\tKel\tKel\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
    "8\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";

static const char *former_leader =
    "1\tFormer\tformer\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "2\tPresident\tPresident\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
    "3\tAndras\tAndras\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
    "4\tKel\tKel\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "5\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(possessor_eli_is_not_lent)
{
    CHECK_STR(code(former_leader, "2024-01-01"), "VALOPPELI>MAR:112");
    CHECK_STR(code(party_of_former, "2024-01-01"), "VALOPP>MAR:112");
}

/* "Zelko spokesman Orlan Vesk Brant" speaks for Zelko, a body the
 * dictionaries do not know, not for the story country's government; a
 * "Government spokesman" does. */
static const char *unknown_body_spokesman =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tZelko\tzelko\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "2\tspokesman\tspokesman\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
    "3\tOrlan\tOrlan\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "4\tVesk\tVesk\tPROPN\tNNP\t_\t5\tflat\t_\t_\n"
    "5\tBrant\tBrant\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "6\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tValdorian\tValdorian\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\trebels\trebel\tNOUN\tNNS\t_\t6\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

static const char *government_spokesman =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tGovernment\tgovernment\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "2\tspokesman\tspokesman\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
    "3\tOrlan\tOrlan\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "4\tVesk\tVesk\tPROPN\tNNP\t_\t5\tflat\t_\t_\n"
    "5\tBrant\tBrant\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "6\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tValdorian\tValdorian\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\trebels\trebel\tNOUN\tNNS\t_\t6\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

TEST(spokesmen_of_unknown_bodies_take_no_story_country)
{
    CHECK_STR(code(unknown_body_spokesman, NULL), "VAL>MAR:190");
    CHECK_STR(code(government_spokesman, NULL), "VAL>MAR:190 VALGOV>VALREB:112");
}

/* "two days after the fall of Marestan" says when, not whom. */
static const char *days_after =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ttwo\ttwo\tNUM\tCD\t_\t4\tnummod\t_\t_\n"
    "4\tdays\tday\tNOUN\tNNS\t_\t7\tnmod:unmarked\t_\t_\n"
    "5\tafter\tafter\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tfall\tfall\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
    "8\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tnmod\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(measured_time_phrases_name_no_target)
{
    CHECK_STR(code(days_after, NULL), "");
}

TEST(date_restricted_codes)
{
    CHECK_STR(code(general, "2012-05-01"), "VALMIL>MAR:190");
    CHECK_STR(code(general, "2018-05-01"), "VALGOV>MAR:190");
}

TEST(negation_codes_nothing)
{
    CHECK_STR(code(negated, NULL), "");
    char out[256];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    code_full(negated, NULL, NULL, 1, out, sizeof out, &d, &a);
    CHECK_INT(d.nnotes, 1);
    CHECK(d.nnotes == 1 && strstr(d.notes[0].text, "negated") != NULL);
    sr_arena_free(&a);
}

TEST(said_clause_codes_both_verbs)
{
    CHECK_STR(code(said, NULL), "MARGOV>VAL:010 VAL>OST:112");
}

TEST(transformation_rewrites_said_attack)
{
    CHECK_STR(code(said_attack, NULL), "MARGOV>VALMIL:112");
    char out[256];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    code_full(said_attack, NULL, NULL, 1, out, sizeof out, &d, &a);
    CHECK(d.nevents == 1 && d.events[0].explain &&
          strstr(d.events[0].explain, "transformation: ~ a (b . ATTACK) SAY") != NULL);
    sr_arena_free(&a);
}

TEST(discard_list_skips_sentence)
{
    CHECK_STR(code(discarded, NULL), "");
    char out[256];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    code_full(discarded, NULL, NULL, 1, out, sizeof out, &d, &a);
    CHECK(d.nnotes == 1 && strstr(d.notes[0].text, "FOOTBALL") != NULL);
    sr_arena_free(&a);
}

TEST(paired_code_gives_two_events)
{
    CHECK_STR(code(hosted, NULL), "VAL>MAR:043 MAR>VAL:042");
}

TEST(null_code_pattern_blocks_verb_code)
{
    CHECK_STR(code(rumours, NULL), "");
}

TEST(prepositional_and_noun_phrase_patterns)
{
    CHECK_STR(code(near_v2, NULL), "VALMIL>OST:195");
    CHECK_STR(code(trade_deal, NULL), "VAL>MAR:061");
    CHECK_STR(code(plain_deal, NULL), "VAL>MAR:057");
}

TEST(ud_v1_and_v2_labels_agree)
{
    char a[512], b[512];
    snprintf(a, sizeof a, "%s", code(passive_v1, NULL));
    snprintf(b, sizeof b, "%s", code(passive_v2, NULL));
    CHECK_STR(a, b);
    snprintf(a, sizeof a, "%s", code(near_v1, NULL));
    snprintf(b, sizeof b, "%s", code(near_v2, NULL));
    CHECK_STR(a, b);
    CHECK_STR(a, "VALMIL>OST:195");
}

/* "It" looks back only within its sentence: a story's "It shelled ..."
 * after a sentence about Valdoria is not coded as Valdoria's. */
static const char *pronoun_it = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
                                "1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                                "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(pronoun_refers_within_story)
{
    CHECK_STR(code(pronoun, NULL), "VALGOV>MAR:112 VALGOV>OST:190");
    CHECK_STR(code(pronoun_it, NULL), "VAL>MAR:112");
}

/* Without lemmas (sitrep's own parser) a plural still meets its singular
 * pattern word: "* {TRADE DEAL}" on "trade deals". */
TEST(plural_matches_singular_pattern_word)
{
    static const char *deals = "1\tValdoria\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tsigned\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\ttrade\t_\tNOUN\tNN\t_\t4\tcompound\t_\t_\n"
                               "4\tdeals\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                               "5\twith\t_\tADP\tIN\t_\t6\tcase\t_\t_\n"
                               "6\tMarestan\t_\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n";
    CHECK_STR(code(deals, NULL), "VAL>MAR:061");
}

TEST(require_dyad_option)
{
    /* Osterland shelled, no one named as the doer. */
    static const char *no_subject =
        "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
        "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
        "3\tshelled\tshell\tVERB\tVBN\t_\t0\troot\t_\t_\n"
        "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    char out[256];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    code_full(no_subject, NULL, "require_dyad=True\n", 0, out, sizeof out, &d, &a);
    CHECK_STR(out, "");
    code_full(no_subject, NULL, "require_dyad=false\n", 0, out, sizeof out, &d, &a);
    CHECK_STR(out, "--->OST:190");
    sr_arena_free(&a);
}

TEST(explain_names_pattern_and_entries)
{
    char out[256];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    code_full(near_v2, NULL, NULL, 1, out, sizeof out, &d, &a);
    CHECK_INT(d.nevents, 1);
    if (d.nevents == 1) {
        const char *x = d.events[0].explain;
        CHECK(x && strstr(x, "verbs.txt:10") != NULL); /* the (NEAR +) pattern */
        CHECK(x && strstr(x, "actor OSTERLAND") != NULL);
        CHECK(x && strstr(x, "agent TROOPS") != NULL);
        CHECK(x && strstr(x, "nsubj") != NULL);
        CHECK_STR(d.events[0].verb_text, "attacked");
        CHECK_STR(d.events[0].source_text, "Valdorian troops");
        CHECK_STR(d.events[0].target_text, "Osterland");
        CHECK(d.events[0].goldstein_known);
        CHECK(d.events[0].quad >= 1 && d.events[0].quad <= 4);
    }
    sr_arena_free(&a);
}

TEST(bad_parses_are_noted_not_fatal)
{
    char out[256];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    CHECK_INT(code_full(unparsed, NULL, NULL, 1, out, sizeof out, &d, &a), 0);
    CHECK(d.nnotes == 1 && strstr(d.notes[0].text, "no dependency parse") != NULL);
    CHECK_INT(code_full(cyclic, NULL, NULL, 1, out, sizeof out, &d, &a), 0);
    CHECK(d.nnotes == 1 && strstr(d.notes[0].text, "cycle") != NULL);
    sr_arena_free(&a);
}

/* A 4000-token sentence: a chain 2000 deep, then 2000 nouns under one
 * verb, with a fixture pattern of several actor slots that can never
 * complete. Must code in well under the time limit. */
TEST(pathological_sentence_runs_in_time)
{
    enum { N = 4000 };
    sr_buf b = SR_BUF_INIT;
    sr_buf_printf(&b, "1\tValdoria\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n");
    sr_buf_printf(&b, "2\tattacked\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n");
    for (int i = 3; i <= N; i++) {
        int head = i <= N / 2 ? i + 1 : 2;
        sr_buf_printf(&b, "%d\t%s\t_\tPROPN\tNNP\t_\t%d\t%s\t_\t_\n", i,
                      i % 3 ? "Marestan" : "ferry", head, i <= N / 2 ? "compound" : "obj");
    }
    sr_buf_puts(&b, "\n");
    char out[256];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    clock_t t0 = clock();
    int n = code_full(b.data, NULL, NULL, 1, out, sizeof out, &d, &a);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(n >= 0);
    CHECK(secs < 5.0);
    if (secs >= 5.0)
        fprintf(stderr, "  took %.1f s\n", secs);
    sr_arena_free(&a);
    sr_buf_free(&b);
}

/* A 6000-token "sentence" of 1500 clauses ("Valdoria attacked Marestan,
 * Valdoria attacked Marestan, ..." joined as conjuncts): the coder's
 * memory must grow with its length, not with its square. Each verb's
 * clause and each phrase's mask once took an array of the sentence's
 * length (here about 130 MB); shared per sentence they take a few. */
TEST(long_sentence_memory_is_linear)
{
    enum { CLAUSES = 1500 };
    sr_buf b = SR_BUF_INIT;
    for (int c = 0; c < CLAUSES; c++) {
        int base = 4 * c; /* every clause a conjunct of the first verb */
        sr_buf_printf(&b, "%d\tValdoria\t_\tPROPN\tNNP\t_\t%d\tnsubj\t_\t_\n", base + 1,
                      base + 2);
        sr_buf_printf(&b, "%d\tattacked\t_\tVERB\tVBD\t_\t%d\t%s\t_\t_\n", base + 2,
                      c ? 2 : 0, c ? "conj" : "root");
        sr_buf_printf(&b, "%d\tMarestan\t_\tPROPN\tNNP\t_\t%d\tobj\t_\t_\n", base + 3,
                      base + 2);
        sr_buf_printf(&b, "%d\t,\t_\tPUNCT\t,\t_\t%d\tpunct\t_\t_\n", base + 4,
                      c + 1 < CLAUSES ? base + 6 : 2);
    }
    sr_buf_puts(&b, "\n");
    char out[64];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    int n = code_full(b.data, NULL, NULL, 0, out, sizeof out, &d, &a);
    size_t used = sr_arena_used(&a);
    CHECK(n > 0);
    CHECK(used < (size_t)CLAUSES * 4 * 2048);
    if (used >= (size_t)CLAUSES * 4 * 2048 || getenv("SR_TEST_VERBOSE"))
        fprintf(stderr, "  the arena holds %zu bytes\n", used);
    sr_arena_free(&a);
    sr_buf_free(&b);
}

/* ------------------------------------------------- issue 4: news faults */

/* A statement's target is what it is about, not who heard it. */
static const char *told_topic = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                                "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                                "3\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "4\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                                "5\tthat\tthat\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
                                "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
                                "7\tretreated\tretreat\tVERB\tVBD\t_\t3\tccomp\t_\t_\n"
                                "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *told_listener = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                                   "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                                   "3\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                   "4\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tiobj\t_\t_\n"
                                   "5\tabout\tabout\tADP\tIN\t_\t7\tcase\t_\t_\n"
                                   "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
                                   "7\tharvest\tharvest\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
                                   "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *told_press = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                                "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                                "3\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "4\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
                                "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
                                "6\tnewspaper\tnewspaper\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
                                "7\tthat\tthat\tSCONJ\tIN\t_\t9\tmark\t_\t_\n"
                                "8\tprices\tprice\tNOUN\tNNS\t_\t9\tnsubj\t_\t_\n"
                                "9\tfell\tfall\tVERB\tVBD\t_\t3\tccomp\t_\t_\n"
                                "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(statement_target_is_topic_not_listener)
{
    CHECK_STR(code(told_topic, NULL), "VALGOV>MAR:010");
    /* No reported clause: the one addressed stays the target. */
    CHECK_STR(code(told_listener, NULL), "VALGOV>OST:010");
    /* Telling the press, about no one: no event. */
    CHECK_STR(code(told_press, NULL), "");
    char out[256];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    code_full(told_topic, NULL, NULL, 1, out, sizeof out, &d, &a);
    CHECK(d.nevents == 1 && d.events[0].explain &&
          strstr(d.events[0].explain, "topic of the statement") != NULL);
    sr_arena_free(&a);
}

/* An actor in the prepositional phrase of a thing does not stand for the
 * thing: "the convoy near Marestan" is no one; "soldiers near Marestan"
 * are Marestani soldiers; "officials of Marestan" Marestani officials. */
static const char *convoy_near = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                                 "2\tconvoy\tconvoy\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
                                 "3\tnear\tnear\tADP\tIN\t_\t4\tcase\t_\t_\n"
                                 "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
                                 "5\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                 "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

static const char *soldiers_near = "1\tSoldiers\tsoldier\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
                                   "2\tnear\tnear\tADP\tIN\t_\t3\tcase\t_\t_\n"
                                   "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
                                   "4\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                   "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                                   "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

static const char *convoy_of = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                               "2\tconvoy\tconvoy\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
                               "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
                               "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
                               "5\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                               "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

/* Three things deep, the country is scenery, not the target. */
static const char *deep_target = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                 "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                                 "4\troad\troad\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                                 "5\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_\n"
                                 "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
                                 "7\tcamp\tcamp\tNOUN\tNN\t_\t4\tnmod\t_\t_\n"
                                 "8\tnear\tnear\tADP\tIN\t_\t10\tcase\t_\t_\n"
                                 "9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_\n"
                                 "10\tborder\tborder\tNOUN\tNN\t_\t7\tnmod\t_\t_\n"
                                 "11\twith\twith\tADP\tIN\t_\t12\tcase\t_\t_\n"
                                 "12\tMarestan\tMarestan\tPROPN\tNNP\t_\t10\tnmod\t_\t_\n"
                                 "13\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(actor_inside_phrase_of_a_thing)
{
    CHECK_STR(code(convoy_near, NULL), "");
    CHECK_STR(code(soldiers_near, NULL), "MARMIL>OST:190");
    CHECK_STR(code(convoy_of, NULL), "MAR>OST:190");
    CHECK_STR(code(deep_target, NULL), "");
}

/* A passive without a by-phrase takes its doer from what follows, but not
 * from the rest of the target's own list, nor from a clause modifying a
 * noun. */
static const char *expelled_list = "1\tCivilians\tcivilian\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_\n"
                                   "2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
                                   "3\texpelled\texpel\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                                   "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
                                   "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
                                   "6\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
                                   "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tconj\t_\t_\n"
                                   "8\tor\tor\tCCONJ\tCC\t_\t9\tcc\t_\t_\n"
                                   "9\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tconj\t_\t_\n"
                                   "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *expelled_acl = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                                  "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
                                  "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
                                  "4\texpelled\texpel\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                                  "5\tunder\tunder\tADP\tIN\t_\t6\tcase\t_\t_\n"
                                  "6\trules\trule\tNOUN\tNNS\t_\t4\tobl\t_\t_\n"
                                  "7\twritten\twrite\tVERB\tVBN\t_\t6\tacl\t_\t_\n"
                                  "8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_\n"
                                  "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tobl\t_\t_\n"
                                  "10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

/* An adjective as xcomp is part of the passive's own clause: "were
 * expelled penniless from Marestan" with the parser's "from Marestan" on
 * "penniless" still names the doer. A verb as xcomp is a clause of its
 * own ("were forced to flee to Marestan" names no doer). */
static const char *expelled_adj = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                                  "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
                                  "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
                                  "4\texpelled\texpel\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                                  "5\tpenniless\tpenniless\tADJ\tJJ\t_\t4\txcomp\t_\t_\n"
                                  "6\tfrom\tfrom\tADP\tIN\t_\t7\tcase\t_\t_\n"
                                  "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobl\t_\t_\n"
                                  "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

static const char *expelled_verb = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                                   "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
                                   "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
                                   "4\texpelled\texpel\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                                   "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
                                   "6\tflee\tflee\tVERB\tVB\t_\t4\txcomp\t_\t_\n"
                                   "7\tto\tto\tADP\tIN\t_\t8\tcase\t_\t_\n"
                                   "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobl\t_\t_\n"
                                   "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

/* An infinitive the parser hung on an adjective of the clause ("edging
 * closer to accuse") takes the clause's subject. */
static const char *closer_to = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                               "2\tis\tbe\tAUX\tVBZ\t_\t3\taux\t_\t_\n"
                               "3\tedging\tedge\tVERB\tVBG\t_\t0\troot\t_\t_\n"
                               "4\tcloser\tclose\tADJ\tJJR\t_\t3\tadvmod\t_\t_\n"
                               "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
                               "6\taccuse\taccuse\tVERB\tVB\t_\t4\tacl\t_\t_\n"
                               "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
                               "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(infinitive_of_an_adjective_takes_the_clause_subject)
{
    CHECK_STR(code(closer_to, NULL), "VAL>MAR:112");
}

TEST(passive_doer_not_from_target_list_or_noun_clause)
{
    CHECK_STR(code(expelled_list, NULL), "");
    CHECK_STR(code(expelled_acl, NULL), "");
    CHECK_STR(code(expelled_adj, NULL), "MAR>VALCVL:174");
    CHECK_STR(code(expelled_verb, NULL), "");
}

/* "it" needs an actor its own sentence names: here "she" stands for
 * the Valdorian officials, which is not enough for the "it" after it. */
static const char *it_after_she = "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
                                  "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
                                  "3\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                  "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
                                  "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"
                                  "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                                  "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                  "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                  "4\tbecause\tbecause\tSCONJ\tIN\t_\t6\tmark\t_\t_\n"
                                  "5\tit\tit\tPRON\tPRP\t_\t6\tnsubj\t_\t_\n"
                                  "6\tshelled\tshell\tVERB\tVBD\t_\t2\tadvcl\t_\t_\n"
                                  "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
                                  "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(it_needs_actor_named_in_its_sentence)
{
    CHECK_STR(code(it_after_she, NULL), "VALGOV>MAR:112 VALGOV>OST:112");
}

/* "they" (or "he") is a person or a group, not a bare country: after
 * "Valdoria accused Marestan" it names no one the story coded. */
static const char *they_after_country = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                        "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                        "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                        "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
                                        "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                                        "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                        "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                        "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(personal_pronoun_is_not_a_bare_country)
{
    CHECK_STR(code(they_after_country, NULL), "VAL>MAR:112");
}

/* A long chain of things ("roads near the camp near the camp near ...
 * Marestan") asks the depth check of every noun: it must stay fast, and
 * the country at the far end is not the target. */
TEST(long_modifier_chain_runs_in_time)
{
    enum { N = 4000 };
    sr_buf b = SR_BUF_INIT;
    sr_buf_printf(&b, "1\tValdoria\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n");
    sr_buf_printf(&b, "2\taccused\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n");
    sr_buf_printf(&b, "3\troads\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_\n");
    for (int i = 4; i + 1 <= N; i += 2) {
        sr_buf_printf(&b, "%d\tnear\t_\tADP\tIN\t_\t%d\tcase\t_\t_\n", i, i + 1);
        sr_buf_printf(&b, "%d\t%s\t_\tNOUN\tNN\t_\t%d\tnmod\t_\t_\n", i + 1,
                      i + 1 < N - 1 ? "camp" : "Marestan", i - 1);
    }
    sr_buf_puts(&b, "\n");
    char out[256];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    clock_t t0 = clock();
    int n = code_full(b.data, NULL, NULL, 1, out, sizeof out, &d, &a);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(n >= 0);
    CHECK_STR(out, "");
    CHECK(secs < 5.0);
    if (secs >= 5.0)
        fprintf(stderr, "  took %.1f s\n", secs);
    sr_arena_free(&a);
    sr_buf_free(&b);
}

/* An adverbial clause of a verb that coded an event codes nothing of its
 * own; under a verb that coded nothing it still does. */
static const char *after_shelling = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
                                    "4\tafter\tafter\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
                                    "5\tshelling\tshell\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
                                    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
                                    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *left_after_shelling =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tafter\tafter\tSCONJ\tIN\t_\t4\tmark\t_\t_\n"
    "4\tshelling\tshell\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
    "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(adverbial_clause_yields_to_main_event)
{
    CHECK_STR(code(after_shelling, NULL), "VAL>MAR:112");
    CHECK_STR(code(left_after_shelling, NULL), "VAL>OST:190");
}

/* The mood of "may" reaches a complement of a conjunct that shares it
 * (issue 5, round 5: "Trump may overreach and start threatening military
 * actions"). */
static const char *may_start_attacking =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tmay\tmay\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\tretreat\tretreat\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tstart\tstart\tVERB\tVB\t_\t3\tconj\t_\t_\n"
    "6\tattacking\tattack\tVERB\tVBG\t_\t5\txcomp\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *started_attacking =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tretreated\tretreat\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
    "4\tstarted\tstart\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
    "5\tattacking\tattack\tVERB\tVBG\t_\t4\txcomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(possible_governor_reaches_its_complement)
{
    CHECK_STR(code(may_start_attacking, NULL), "");
    CHECK_STR(code(started_attacking, NULL), "VAL>MAR:190");
}

/* A participle in a list of states after a verb ("civilians fled
 * hungry, shelled") is what was done to the subject, as an adjective
 * there would be: passive (issue 5, round 5). */
static const char *fled_hungry_shelled =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tfled\tflee\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\thungry\thungry\tADJ\tJJ\t_\t3\txcomp\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
    "6\tshelled\tshell\tVERB\tVBN\t_\t4\tconj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* After "remain" or "stay" the same list tells a plight that goes on
 * ("civilians remain hungry, shelled"): a description, no act of the day
 * (issue 5, round 35). */
static const char *remain_hungry_shelled =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tremain\tremain\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "4\thungry\thungry\tADJ\tJJ\t_\t3\txcomp\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
    "6\tshelled\tshell\tVERB\tVBN\t_\t4\tconj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(participle_among_predicate_adjectives_is_passive)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(fled_hungry_shelled, NULL), "--->VALCVL:190");
    sr_coder_free(coder);
    coder = saved;
}

TEST(participle_among_states_after_remain_describes)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(remain_hungry_shelled, NULL), "");
    sr_coder_free(coder);
    coder = saved;
}

/* A thing said to violate a rule ("Valdoria's purchase violated
 * Marestan's law") is a legal characterisation of a deed, no act of its
 * owner against the law's maker; the country itself as the subject
 * violates (issue 5, round 35). */
static const char *purchase_violated =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tpurchase\tpurchase\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
    "4\tviolated\tviolate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tnmod:poss\t_\t_\n"
    "6\t's\t's\tPART\tPOS\t_\t5\tcase\t_\t_\n"
    "7\tlaw\tlaw\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

static const char *valdoria_violated =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tviolated\tviolate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tnmod:poss\t_\t_\n"
    "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
    "5\tlaw\tlaw\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_thing_that_violates_a_rule_is_characterised)
{
    CHECK_STR(code(purchase_violated, NULL), "");
    CHECK_STR(code(valdoria_violated, NULL), "VAL>MAR:128");
}

/* A present participle on a noun that tells support or aid describes the
 * noun ("militias providing aid to Marestan"), no act of the day; force
 * in that shape ("troops shelling Marestan") is the news itself (issue 5,
 * round 38). */
static const char *groups_providing_aid =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tgroups\tgroup\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\tproviding\tprovide\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
    "6\taid\taid\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
    "7\tto\tto\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *troops_shelling =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\tshelling\tshell\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* Coercion short of force in that shape describes its noun too (issue 5,
 * round 48). */
static const char *troops_expelling =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorian\tValdorian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\texpelling\texpel\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_participle_telling_support_describes_its_noun)
{
    CHECK_STR(code(groups_providing_aid, NULL), "OST>VAL:112");
    CHECK_STR(code(troops_expelling, NULL), "OST>VALMIL:112");
    CHECK_STR(code(troops_shelling, NULL), "OST>VALMIL:112 VALMIL>MAR:190");
}

/* A relative clause whose noun is the object it leaves out ("Marestan
 * deeply fears all the ships Valdoria is using to attack Osterland")
 * describes the noun; dated ("... to attack Osterland this week") it
 * tells an act of its day (issue 5, round 38). */
static const char *ships_valdoria_is_using =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tfears\tfear\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tdeeply\tdeeply\tADV\tRB\t_\t2\tadvmod\t_\t_\n"
    "4\tall\tall\tDET\tPDT\t_\t6\tdet:predet\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tships\tship\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "7\tValdoria\tValdoria\tPROPN\tNNP\t_\t9\tnsubj\t_\t_\n"
    "8\tis\tbe\tAUX\tVBZ\t_\t9\taux\t_\t_\n"
    "9\tusing\tuse\tVERB\tVBG\t_\t6\tacl:relcl\t_\t_\n"
    "10\tto\tto\tPART\tTO\t_\t11\tmark\t_\t_\n"
    "11\tattack\tattack\tVERB\tVB\t_\t9\txcomp\t_\t_\n"
    "12\tOsterland\tOsterland\tPROPN\tNNP\t_\t11\tobj\t_\t_\n"
    "13\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *ships_valdoria_is_using_this_week =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tfears\tfear\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tdeeply\tdeeply\tADV\tRB\t_\t2\tadvmod\t_\t_\n"
    "4\tall\tall\tDET\tPDT\t_\t6\tdet:predet\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tships\tship\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "7\tValdoria\tValdoria\tPROPN\tNNP\t_\t9\tnsubj\t_\t_\n"
    "8\tis\tbe\tAUX\tVBZ\t_\t9\taux\t_\t_\n"
    "9\tusing\tuse\tVERB\tVBG\t_\t6\tacl:relcl\t_\t_\n"
    "10\tto\tto\tPART\tTO\t_\t11\tmark\t_\t_\n"
    "11\tattack\tattack\tVERB\tVB\t_\t9\txcomp\t_\t_\n"
    "12\tOsterland\tOsterland\tPROPN\tNNP\t_\t11\tobj\t_\t_\n"
    "13\tthis\tthis\tDET\tDT\t_\t14\tdet\t_\t_\n"
    "14\tweek\tweek\tNOUN\tNN\t_\t11\tobl:tmod\t_\t_\n"
    "15\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_clause_whose_noun_is_its_object_describes_it)
{
    CHECK_STR(code(ships_valdoria_is_using, NULL), "");
    CHECK_STR(code(ships_valdoria_is_using_this_week, NULL), "VAL>OST:190");
}

/* A relative clause in the simple past on a noun brought in by "a" ("a
 * Valdorian force that attacked Osterland") says what kind of group it
 * is; dated, or on "the" noun, it can report the act (issue 5, round
 * 38). */
static const char *a_force_that_attacked =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tfears\tfear\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tforce\tforce\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\tthat\tthat\tPRON\tWDT\t_\t7\tnsubj\t_\t_\n"
    "7\tattacked\tattack\tVERB\tVBD\t_\t5\tacl:relcl\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *a_force_that_attacked_on_sunday =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tfears\tfear\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tforce\tforce\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\tthat\tthat\tPRON\tWDT\t_\t7\tnsubj\t_\t_\n"
    "7\tattacked\tattack\tVERB\tVBD\t_\t5\tacl:relcl\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\ton\ton\tADP\tIN\t_\t10\tcase\t_\t_\n"
    "10\tSunday\tSunday\tPROPN\tNNP\t_\t7\tobl\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *the_force_that_attacked =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tfears\tfear\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tforce\tforce\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\tthat\tthat\tPRON\tWDT\t_\t7\tnsubj\t_\t_\n"
    "7\tattacked\tattack\tVERB\tVBD\t_\t5\tacl:relcl\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_past_clause_on_an_indefinite_noun_describes_it)
{
    CHECK_STR(code(a_force_that_attacked, NULL), "");
    CHECK_STR(code(a_force_that_attacked_on_sunday, NULL), "VAL>OST:190");
    CHECK_STR(code(the_force_that_attacked, NULL), "VAL>OST:190");
}

/* A relative clause in the simple past with no time of its own on the
 * speaker of a statement, set off by commas ("Valdorians, who attacked
 * Marestan, said ..."), or on its topic ("spoke of Valdorians who
 * attacked Marestan") describes them; dated, or without the comma, it is
 * left alone (issue 5, round 43). */
static const char *speaker_who_attacked =
    "1\tValdorians\tValdorian\tPROPN\tNNPS\t_\t7\tnsubj\t_\t_\n"
    "2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
    "3\twho\twho\tPRON\tWP\t_\t4\tnsubj\t_\t_\n"
    "4\tattacked\tattack\tVERB\tVBD\t_\t1\tacl:relcl\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
    "7\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "8\ttalks\ttalk\tNOUN\tNNS\t_\t9\tnsubj\t_\t_\n"
    "9\tfailed\tfail\tVERB\tVBD\t_\t7\tccomp\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";
static const char *speaker_who_attacked_on_sunday =
    "1\tValdorians\tValdorian\tPROPN\tNNPS\t_\t9\tnsubj\t_\t_\n"
    "2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
    "3\twho\twho\tPRON\tWP\t_\t4\tnsubj\t_\t_\n"
    "4\tattacked\tattack\tVERB\tVBD\t_\t1\tacl:relcl\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tSunday\tSunday\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
    "8\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
    "9\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "10\ttalks\ttalk\tNOUN\tNNS\t_\t11\tnsubj\t_\t_\n"
    "11\tfailed\tfail\tVERB\tVBD\t_\t9\tccomp\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_\n\n";
static const char *speaker_who_attacked_no_comma =
    "1\tValdorians\tValdorian\tPROPN\tNNPS\t_\t5\tnsubj\t_\t_\n"
    "2\twho\twho\tPRON\tWP\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t1\tacl:relcl\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\ttalks\ttalk\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
    "7\tfailed\tfail\tVERB\tVBD\t_\t5\tccomp\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
static const char *spoke_of_those_who_attacked =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tValdorians\tValdorian\tPROPN\tNNPS\t_\t2\tobl\t_\t_\n"
    "5\twho\twho\tPRON\tWP\t_\t6\tnsubj\t_\t_\n"
    "6\tattacked\tattack\tVERB\tVBD\t_\t4\tacl:relcl\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *hosted_those_who_attacked =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\thosted\thost\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorians\tValdorian\tPROPN\tNNPS\t_\t2\tobj\t_\t_\n"
    "4\twho\twho\tPRON\tWP\t_\t5\tnsubj\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBD\t_\t3\tacl:relcl\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_past_clause_on_a_speaker_or_topic_describes_it)
{
    CHECK_STR(code(speaker_who_attacked, NULL), "");
    CHECK_STR(code(speaker_who_attacked_on_sunday, NULL), "VAL>MAR:190");
    CHECK_STR(code(speaker_who_attacked_no_comma, NULL), "VAL>MAR:190");
    /* the statement about them stays; what they did is no act */
    CHECK_STR(code(spoke_of_those_who_attacked, NULL), "OST>VAL:010");
}

/* A relative clause on its subject in the simple past with no time of its
 * own, on the object of another verb ("hosted Valdorians who attacked
 * Marestan"), says who that party is; dated it is an act of its day
 * (issue 5, round 43). */
static const char *hosted_those_who_attacked_on_sunday =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\thosted\thost\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorians\tValdorian\tPROPN\tNNPS\t_\t2\tobj\t_\t_\n"
    "4\twho\twho\tPRON\tWP\t_\t5\tnsubj\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBD\t_\t3\tacl:relcl\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\ton\ton\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tSunday\tSunday\tPROPN\tNNP\t_\t5\tobl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_past_clause_on_the_object_of_another_verb_describes_it)
{
    CHECK_STR(code(hosted_those_who_attacked, NULL), "OST>VAL:043 VAL>OST:042");
    CHECK_STR(code(hosted_those_who_attacked_on_sunday, NULL),
              "OST>VAL:043 VAL>OST:042 VAL>MAR:190");
}

/* A past participle with no doer and no time on a noun ("mourned
 * Valdorians killed in fighting") describes what befell them before the
 * news; with "by" or a day it is an act of its own (issue 5, round 43). */
static const char *killed_in =
    "1\tRelatives\trelative\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmourned\tmourn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorians\tValdorian\tPROPN\tNNPS\t_\t2\tobj\t_\t_\n"
    "4\tkilled\tkill\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tfighting\tfighting\tNOUN\tNN\t_\t4\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *killed_by =
    "1\tRelatives\trelative\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmourned\tmourn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorians\tValdorian\tPROPN\tNNPS\t_\t2\tobj\t_\t_\n"
    "4\tkilled\tkill\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobl:agent\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *killed_on_sunday =
    "1\tRelatives\trelative\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmourned\tmourn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorians\tValdorian\tPROPN\tNNPS\t_\t2\tobj\t_\t_\n"
    "4\tkilled\tkill\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tfighting\tfighting\tNOUN\tNN\t_\t4\tobl\t_\t_\n"
    "7\ton\ton\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tSunday\tSunday\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
/* The parser may hang such a participle on the main verb (xcomp) when
 * its noun lies deeper in the verb's object. */
static const char *those_of_the_village_killed =
    "1\tRelatives\trelative\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmourned\tmourn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorians\tValdorian\tPROPN\tNNPS\t_\t2\tobj\t_\t_\n"
    "4\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tvillage\tvillage\tNOUN\tNN\t_\t3\tnmod\t_\t_\n"
    "7\tkilled\tkill\tVERB\tVBN\t_\t2\txcomp\t_\t_\n"
    "8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tfighting\tfighting\tNOUN\tNN\t_\t7\tobl\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
/* A headline whose noun is the root ("Valdorians killed in fighting"):
 * the participle is its news and stays coded. */
static const char *headline_killed =
    "1\tValdorians\tValdorian\tPROPN\tNNPS\t_\t0\troot\t_\t_\n"
    "2\tkilled\tkill\tVERB\tVBN\t_\t1\tacl\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tfighting\tfighting\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";

static const char *one_sided(const char *conllu)
{
    static char out[512];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    code_full(conllu, NULL, "require_dyad=false\n", 0, out, sizeof out, &d, &a);
    sr_arena_free(&a);
    return out;
}

TEST(a_past_participle_without_doer_or_time_describes_its_noun)
{
    CHECK_STR(one_sided(killed_in), "");
    CHECK_STR(one_sided(killed_by), "MAR>VAL:1823");
    CHECK_STR(one_sided(killed_on_sunday), "--->VAL:1823");
    CHECK_STR(one_sided(those_of_the_village_killed), "");
    CHECK(strstr(one_sided(headline_killed), ":1823") != NULL);
}

/* A past participle with a doer and no time on a noun, telling an act
 * short of violence ("mourned Valdorians expelled by Marestan"), describes
 * the noun; with a day of its own it is an act of its own, and a killing
 * by a doer stays coded (issue 5, round 48). */
static const char *expelled_by =
    "1\tRelatives\trelative\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmourned\tmourn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorians\tValdorian\tPROPN\tNNPS\t_\t2\tobj\t_\t_\n"
    "4\texpelled\texpel\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobl:agent\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *expelled_by_on_sunday =
    "1\tRelatives\trelative\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmourned\tmourn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdorians\tValdorian\tPROPN\tNNPS\t_\t2\tobj\t_\t_\n"
    "4\texpelled\texpel\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobl:agent\t_\t_\n"
    "7\ton\ton\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tSunday\tSunday\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* On a subject, only support describes it ("Valdorian soldiers, supported
 * by Marestan, left"); an asking there may be why the subject acts
 * (a_by_phrase_source_leaves_the_patient_as_target). */
static const char *soldiers_supported_by =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
    "3\tsupported\tsupport\tVERB\tVBN\t_\t2\tacl\t_\t_\n"
    "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n"
    "6\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

TEST(a_past_participle_with_a_doer_short_of_violence_describes_its_noun)
{
    CHECK_STR(code(expelled_by, NULL), "");
    CHECK_STR(code(expelled_by_on_sunday, NULL), "MAR>VAL:174");
    CHECK_STR(code(killed_by, NULL), "MAR>VAL:1823");
    CHECK_STR(code(soldiers_supported_by, NULL), "");
    CHECK_STR(code(soldiers_asked_by, NULL), "MAR>VALMIL:021");
}

/* An act told in the past progressive with "already" and "before"
 * ("Valdoria was already attacking Marestan before the truce") is the
 * state of things before another event, background; without "already"
 * it is left alone (issue 5, round 38). */
static const char *already_attacking_before =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\twas\tbe\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\talready\talready\tADV\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tattacking\tattack\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\tbefore\tbefore\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
    "8\ttruce\ttruce\tNOUN\tNN\t_\t4\tobl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *attacking_before =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\twas\tbe\tAUX\tVBD\t_\t3\taux\t_\t_\n"
    "3\tattacking\tattack\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\tbefore\tbefore\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\ttruce\ttruce\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(what_was_already_under_way_before_is_background)
{
    CHECK_STR(code(already_attacking_before, NULL), "");
    CHECK_STR(code(attacking_before, NULL), "VAL>MAR:190");
}

/* A stance in the simple present past the story's lead ("Valdoria
 * opposes Marestan") is a position held, no act; in the lead, or told in
 * the past, it is coded (issue 5, round 38). */
#define TWO_LEAD_SENTENCES                                                                 \
    "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"                                       \
    "2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t_\t_\n"                                    \
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"                                             \
    "1\tEnvoys\tenvoy\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"                                     \
    "2\tgathered\tgather\tVERB\tVBD\t_\t0\troot\t_\t_\n"                                   \
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
#define OPPOSES(form, xpos)                                                                \
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"                               \
    "2\t" form "\toppose\tVERB\t" xpos "\t_\t0\troot\t_\t_\n"                               \
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"                                 \
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"

TEST(a_stance_in_the_present_past_the_lead_is_held)
{
    CHECK_STR(code(TWO_LEAD_SENTENCES OPPOSES("opposes", "VBZ"), NULL), "");
    CHECK_STR(code(OPPOSES("opposes", "VBZ"), NULL), "VAL>MAR:120"); /* the lead */
    CHECK_STR(code(TWO_LEAD_SENTENCES OPPOSES("opposed", "VBD"), NULL), "VAL>MAR:120");
}
#undef OPPOSES
#undef TWO_LEAD_SENTENCES

/* What a speaker says another party does, told in the present (simple,
 * progressive or negated), under "continues to" or as done "repeatedly",
 * characterises the party: the statement is the event, not the act
 * (issue 5, round 39, helper Y). The past reports a deed of the day;
 * the speaker's own side states its stance; an agency's report after an
 * unquoted clause is news. */
static const char *says_is_expelling =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsays\tsay\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "4\tis\tbe\tAUX\tVBZ\t_\t5\taux\t_\t_\n"
    "5\texpelling\texpel\tVERB\tVBG\t_\t2\tccomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *said_expelled =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\texpelled\texpel\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *says_continues_to_expel =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsays\tsay\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\tcontinues\tcontinue\tVERB\tVBZ\t_\t2\tccomp\t_\t_\n"
    "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
    "6\texpel\texpel\tVERB\tVB\t_\t4\txcomp\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *own_officials_say_is_expelling =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tsay\tsay\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "5\tis\tbe\tAUX\tVBZ\t_\t6\taux\t_\t_\n"
    "6\texpelling\texpel\tVERB\tVBG\t_\t3\tccomp\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *quoted_attacks_he_said =
    "1\t\"\t\"\tPUNCT\t``\t_\t3\tpunct\t_\t_\n"
    "2\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "3\tattacks\tattack\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
    "6\t\"\t\"\tPUNCT\t''\t_\t3\tpunct\t_\t_\n"
    "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
    "8\tsaid\tsay\tVERB\tVBD\t_\t3\tparataxis\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *quoted_is_attacking_he_said =
    "1\t\"\t\"\tPUNCT\t``\t_\t4\tpunct\t_\t_\n"
    "2\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "3\tis\tbe\tAUX\tVBZ\t_\t4\taux\t_\t_\n"
    "4\tattacking\tattack\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
    "7\t\"\t\"\tPUNCT\t''\t_\t4\tpunct\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t9\tnsubj\t_\t_\n"
    "9\tsaid\tsay\tVERB\tVBD\t_\t4\tparataxis\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *unquoted_attacks_paper_said =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tis\tbe\tAUX\tVBZ\t_\t3\taux\t_\t_\n"
    "3\tattacking\tattack\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
    "7\tsaid\tsay\tVERB\tVBD\t_\t3\tparataxis\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(what_a_speaker_says_another_party_does_is_a_characterisation)
{
    CHECK_STR(code(says_is_expelling, NULL), "OST>VAL:010");
    CHECK_STR(code(said_expelled, NULL), "OST>VAL:010 VAL>MAR:174");
    CHECK_STR(code(says_continues_to_expel, NULL), "OST>VAL:010");
    CHECK_STR(code(own_officials_say_is_expelling, NULL), "VAL>MAR:174");
    CHECK_STR(code(quoted_attacks_he_said, NULL), "");
    CHECK_STR(code(unquoted_attacks_paper_said, NULL), "VAL>MAR:190");
    /* fighting told as going on is what the speaker sees */
    CHECK_STR(code(quoted_is_attacking_he_said, NULL), "VAL>MAR:190");
}

static const char *svo_attacked =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* A trend told of a growing number ("more and more soldiers are
 * attacking", "a growing number of soldiers have attacked"), or what
 * "many soldiers have" done, is a generalization (issue 5, round 49);
 * the same clause without the quantity, "many" in the past, or a clause
 * with a time of its own is an act. */
static const char *valdorian_soldiers_attacking =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "3\tare\tbe\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "4\tattacking\tattack\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *more_and_more_valdorian_soldiers_attacking =
    "1\tMore\tmore\tADV\tRBR\t_\t7\tadvmod\t_\t_\n"
    "2\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
    "3\tmore\tmore\tADJ\tJJR\t_\t5\tamod\t_\t_\n"
    "4\tValdorian\tValdorian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tsoldiers\tsoldier\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
    "6\tare\tbe\tAUX\tVBP\t_\t7\taux\t_\t_\n"
    "7\tattacking\tattack\tVERB\tVBG\t_\t0\troot\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";
static const char *growing_number_of_valdorian_soldiers_attacked =
    "1\tA\ta\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "2\tgrowing\tgrow\tVERB\tVBG\t_\t3\tamod\t_\t_\n"
    "3\tnumber\tnumber\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
    "4\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "5\tValdorian\tValdorian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnmod\t_\t_\n"
    "7\thave\thave\tAUX\tVBP\t_\t8\taux\t_\t_\n"
    "8\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";

static const char *many_soldiers_have_attacked =
    "1\tMany\tmany\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "2\tValdorian\tValdorian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "3\tsoldiers\tsoldier\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
    "4\thave\thave\tAUX\tVBP\t_\t5\taux\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
static const char *many_soldiers_attacked =
    "1\tMany\tmany\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "2\tValdorian\tValdorian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "3\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "4\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *many_soldiers_have_attacked_since_monday =
    "1\tMany\tmany\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "2\tValdorian\tValdorian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "3\tsoldiers\tsoldier\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
    "4\thave\thave\tAUX\tVBP\t_\t5\taux\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\tsince\tsince\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tMonday\tMonday\tPROPN\tNNP\t_\t5\tobl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(a_trend_of_a_growing_number_is_a_generalization)
{
    CHECK_STR(code(many_soldiers_have_attacked, NULL), "");
    /* "many" in the simple past, or dated, is left alone */
    CHECK_STR(code(many_soldiers_attacked, NULL), "VALMIL>MAR:190");
    CHECK_STR(code(many_soldiers_have_attacked_since_monday, NULL), "VALMIL>MAR:190");
    CHECK_STR(code(valdorian_soldiers_attacking, NULL), "VALMIL>MAR:190");
    CHECK_STR(code(more_and_more_valdorian_soldiers_attacking, NULL), "");
    CHECK_STR(code(growing_number_of_valdorian_soldiers_attacked, NULL), "");
}

/* An act that comes round each year, month or week is a practice, not
 * an act of a day (issue 5, round 49); an act in a clause that only
 * describes a yearly festival is left alone. */
static const char *valdoria_attacked_marestan_each_year =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\teach\teach\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tyear\tyear\tNOUN\tNN\t_\t2\tobl:tmod\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *valdoria_attacked_marestan_annually =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tannually\tannually\tADV\tRB\t_\t2\tadvmod\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *attacked_marestan_at_festival_held_each_year =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tat\tat\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "5\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tfestival\tfestival\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
    "7\theld\thold\tVERB\tVBN\t_\t6\tacl\t_\t_\n"
    "8\teach\teach\tDET\tDT\t_\t9\tdet\t_\t_\n"
    "9\tyear\tyear\tNOUN\tNN\t_\t7\tobl:tmod\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(an_act_that_comes_round_each_year_is_a_practice)
{
    CHECK_STR(code(svo_attacked, NULL), "VAL>MAR:190");
    CHECK_STR(code(valdoria_attacked_marestan_each_year, NULL), "");
    CHECK_STR(code(valdoria_attacked_marestan_annually, NULL), "");
    CHECK_STR(code(attacked_marestan_at_festival_held_each_year, NULL), "VAL>MAR:190");
}

/* "Valdoria attacked Marestan, I believe": a parenthetical belief holds
 * the clause as the complement of "I believe" is (issue 5, round 49);
 * "Osterland said" in the same place reports it. */
static const char *attacked_i_believe =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
    "5\tI\tI\tPRON\tPRP\t_\t6\tnsubj\t_\t_\n"
    "6\tbelieve\tbelieve\tVERB\tVBP\t_\t2\tparataxis\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *attacked_osterland_said =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
    "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "6\tsaid\tsay\tVERB\tVBD\t_\t2\tparataxis\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_parenthetical_belief_holds_the_clause)
{
    CHECK_STR(code(attacked_i_believe, NULL), "");
    CHECK_STR(code(attacked_osterland_said, NULL), "VAL>MAR:190");
}

/* A participle after a comma tells what the clause's act did, even when
 * the parser hangs it on the noun of an oblique (issue 5, round 5: "a
 * bomber detonated her devices near a military convoy, killing one"): the
 * doer is the clause's subject. Without the comma the participle
 * describes the noun ("soldiers killing officials"). */
static const char *near_soldiers_comma_killing =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tgathered\tgather\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tnear\tnear\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tobl\t_\t_\n"
    "7\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
    "8\tkilling\tkill\tVERB\tVBG\t_\t6\tacl\t_\t_\n"
    "9\ttwo\ttwo\tNUM\tCD\t_\t11\tnummod\t_\t_\n"
    "10\tOsterland\tOsterland\tPROPN\tNNP\t_\t11\tcompound\t_\t_\n"
    "11\tofficials\tofficial\tNOUN\tNNS\t_\t8\tobj\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *near_soldiers_killing =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tgathered\tgather\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tnear\tnear\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tobl\t_\t_\n"
    "7\tkilling\tkill\tVERB\tVBG\t_\t6\tacl\t_\t_\n"
    "8\ttwo\ttwo\tNUM\tCD\t_\t10\tnummod\t_\t_\n"
    "9\tOsterland\tOsterland\tPROPN\tNNP\t_\t10\tcompound\t_\t_\n"
    "10\tofficials\tofficial\tNOUN\tNNS\t_\t7\tobj\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(comma_participle_takes_the_clause_subject)
{
    CHECK_STR(code(near_soldiers_comma_killing, NULL), "VALREB>OSTGOV:1823");
    CHECK_STR(code(near_soldiers_killing, NULL), "MARMIL>OSTGOV:1823");
}

/* A time clause dates the act by another event (issue 5, round 5): in
 * "Valdoria said after meeting Marestani officials" the officials are not
 * whom the statement is aimed at, and a statement needs a target. A
 * "while" clause is kept: it is often the act itself. */
static const char *said_after_meeting =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tafter\tafter\tSCONJ\tIN\t_\t4\tmark\t_\t_\n"
    "4\tmeeting\tmeet\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
    "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tofficials\tofficial\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *said_while_meeting =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\twhile\twhile\tSCONJ\tIN\t_\t4\tmark\t_\t_\n"
    "4\tmeeting\tmeet\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
    "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tofficials\tofficial\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(time_clause_gives_no_target)
{
    CHECK_STR(code(said_after_meeting, NULL), "");
    CHECK_STR(code(said_while_meeting, NULL), "VAL>MARGOV:010");
}

/* Where the event happened is not whom it was done to: the "in" oblique
 * gives way to the actor of the other argument. */
static const char *talks_in = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                              "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                              "3\tofficials\tofficial\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                              "4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_\n"
                              "5\tclans\tclan\tNOUN\tNNS\t_\t3\tnmod\t_\t_\n"
                              "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
                              "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                              "8\twith\twith\tADP\tIN\t_\t9\tcase\t_\t_\n"
                              "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                              "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(place_oblique_is_not_the_target)
{
    CHECK_STR(code(talks_in, NULL), "VAL>MAR:112");
}

/* A synset member matches a token's lemma as well as its form, and the
 * lemma may begin with another letter than the form ("better" is "good"
 * in UD lemmas): the matcher's quick test of first letters must look at
 * both. The block lives in its own small file so the shared fixture's
 * line numbers stay put. */
static const char *better_ties = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                 "2\tpromised\tpromise\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "3\tbetter\tgood\tADJ\tJJR\t_\t4\tamod\t_\t_\n"
                                 "4\tties\ttie\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                                 "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n"
                                 "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
                                 "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *better_ties_no_lemma =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tpromised\tpromise\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tbetter\tbetter\tADJ\tJJR\t_\t4\tamod\t_\t_\n"
    "4\tties\ttie\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(synset_member_matches_lemma_with_other_first_letter)
{
    char path[] = "/tmp/sitrep-coder-verbs-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    static const char verbs[] = "--- PROMISE [051] ---\n"
                                "PROMISE {PROMISES PROMISED PROMISING}\n"
                                "- * &FRIENDLY TIES [057]\n"
                                "\n"
                                "&FRIENDLY\n"
                                "+GOOD\n"
                                "+WARM\n";
    CHECK(write(fd, verbs, sizeof verbs - 1) == (ssize_t)(sizeof verbs - 1));
    close(fd);
    sr_dict *d = sr_dict_new();
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_error err;
    CHECK_INT(sr_dict_load_verbs(d, path, &diags, &err), SR_OK);
    CHECK_INT(sr_dict_load_actors(d, "tests/data/coder/actors.txt", &diags, &err), SR_OK);
    unlink(path);
    sr_coder_options plain = {.require_dyad = 1};
    sr_coder *saved = coder;
    coder = sr_coder_new(d, &plain);
    CHECK_STR(code(better_ties, NULL), "VAL>MAR:057");
    CHECK_STR(code(better_ties_no_lemma, NULL), "VAL>MAR:051");
    sr_coder_free(coder);
    coder = saved;
    sr_dict_diags_free(&diags);
    sr_dict_free(d);
}

/* Issue 5: what a verb or noun only asks for, wants, expects or refuses
 * has not happened, whether or not the asking made an event of its own. */
static const char *he_urged =
    "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
static const char *would_urge =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\twould\twould\tAUX\tMD\t_\t3\taux\t_\t_\n"
    "3\turge\turge\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
    "6\tattack\tattack\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
    "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *not_want_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\tdoes\tdo\tAUX\tVBZ\t_\t4\taux\t_\t_\n"
    "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\twant\twant\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
    "6\tattack\tattack\tVERB\tVB\t_\t4\txcomp\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *expected_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\tis\tbe\tAUX\tVBZ\t_\t3\taux:pass\t_\t_\n"
    "3\texpected\texpect\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
    "5\tattack\tattack\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_\n"
    "8\tshell\tshell\tVERB\tVB\t_\t5\tconj\t_\t_\n"
    "9\tOsterland\tOsterland\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
static const char *decided_to_attack =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tdecided\tdecide\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
    "4\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
/* "Osterland condemned Valdoria's threat (decision) to attack Marestan." */
static const char *noun_to_attack =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnmod:poss\t_\t_\n"
    "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
    "5\t%s\t%s\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\tto\tto\tPART\tTO\t_\t7\tmark\t_\t_\n"
    "7\tattack\tattack\tVERB\tVB\t_\t5\tacl\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *code_noun(const char *noun)
{
    char text[1024];
    snprintf(text, sizeof text, noun_to_attack, noun, noun);
    return code(text, NULL);
}

TEST(wanted_refused_and_threatened_acts_are_not_done)
{
    CHECK_STR(code(he_urged, NULL), "");
    CHECK_STR(code(would_urge, NULL), "");
    CHECK_STR(code(not_want_to_attack, NULL), "");
    CHECK_STR(code(expected_to_attack, NULL), "");
    CHECK_STR(code(decided_to_attack, NULL), "VAL>MAR:190");
    CHECK_STR(code_noun("threat"), "");
    CHECK_STR(code_noun("plan"), "");
    CHECK_STR(code_noun("decision"), "VAL>MAR:190");
    char out[256];
    sr_arena a = SR_ARENA_INIT;
    sr_doc d;
    code_full(not_want_to_attack, NULL, NULL, 1, out, sizeof out, &d, &a);
    CHECK_INT((int)d.nnotes, 1);
    CHECK(d.nnotes == 1 && strstr(d.notes[0].text, "verb \"attack\": under \"want\"") != NULL);
    sr_arena_free(&a);
    /* PETRARCH2's reading, as the validation records are scored. */
    sr_coder_options plain_modals = {.plain_modals = 1, .require_dyad = 1};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &plain_modals);
    CHECK_STR(code(he_urged, NULL), "MAR>OST:190");
    CHECK_STR(code(expected_to_attack, NULL), "VAL>MAR:190 VAL>OST:190");
    sr_coder_free(coder);
    coder = saved;
}

/* Issue 5: a past participle with no auxiliary after a clause is passive;
 * what follows it is where it happened, not who did it. */
static const char *dead_killed_in =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "3\tare\tbe\tAUX\tVBP\t_\t4\tcop\t_\t_\n"
    "4\tdead\tdead\tADJ\tJJ\t_\t0\troot\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
    "6\tkilled\tkill\tVERB\tVBN\t_\t4\tconj\t_\t_\n"
    "7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobl\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
static const char *have_attacked_and_shelled =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "3\thave\thave\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "4\tentered\tenter\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "6\tshelled\tshell\tVERB\tVBN\t_\t4\tconj\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
/* A parser's nsubj:pass on the subject of a perfect with an object. */
static const char *has_attacked_mislabelled =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\thas\thave\tAUX\tVBZ\t_\t3\taux\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* The same slip with a day's name read as the subject. */
static const char *tuesday_subject =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t5\tnsubj:pass\t_\t_\n"
    "3\ton\ton\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tTuesday\tTuesday\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(bare_participles_are_passive_and_perfects_active)
{
    CHECK_STR(code(tuesday_subject, NULL), "VALREB>MAR:190");
    CHECK_STR(code(dead_killed_in, NULL), "");
    CHECK_STR(code(have_attacked_and_shelled, NULL), "VALMIL>MAR:190");
    CHECK_STR(code(has_attacked_mislabelled, NULL), "VAL>MAR:190");
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(dead_killed_in, NULL), "--->VALMIL:1823");
    sr_coder_free(coder);
    coder = saved;
}

/* "according to X" says who reported the event: X is neither the target
 * (no obliques of the verb, no first actor after it) nor the doer of a
 * passive, nor a doer the parse lost (src/coder/attribution.c). */
static const char *according_to_newspaper =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tvillages\tvillage\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
    "7\taccording\taccord\tVERB\tVBG\t_\t10\tcase\t_\t_\n"
    "8\tto\tto\tADP\tIN\t_\t7\tfixed\t_\t_\n"
    "9\tMarestani\tMarestani\tADJ\tJJ\t_\t10\tamod\t_\t_\n"
    "10\tnewspaper\tnewspaper\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *according_to_passive =
    "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tvillages\tvillage\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tshelled\tshell\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
    "6\taccording\taccord\tVERB\tVBG\t_\t9\tcase\t_\t_\n"
    "7\tto\tto\tADP\tIN\t_\t6\tfixed\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t9\tcompound\t_\t_\n"
    "9\tofficials\tofficial\tNOUN\tNNS\t_\t4\tobl\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

/* Outside the phrase an actor is still a target. */
static const char *according_to_after_target =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
    "6\taccording\taccord\tVERB\tVBG\t_\t9\tcase\t_\t_\n"
    "7\tto\tto\tADP\tIN\t_\t6\tfixed\t_\t_\n"
    "8\tOsterland\tOsterland\tPROPN\tNNP\t_\t9\tcompound\t_\t_\n"
    "9\tofficials\tofficial\tNOUN\tNNS\t_\t3\tobl\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(according_to_names_neither_side)
{
    CHECK_STR(code(according_to_newspaper, NULL), "");
    CHECK_STR(code(according_to_after_target, NULL), "VALMIL>MAR:190");
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(according_to_newspaper, NULL), "VALMIL>---:190");
    CHECK_STR(code(according_to_passive, NULL), "--->MAR:190");
    sr_coder_free(coder);
    coder = saved;
}

/* "what X called Y": X gave the label and is no party to the shelling
 * (src/coder/attribution.c); the same officials as the subject of
 * "called" keep their own event. */
static const char *what_officials_called =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\twhat\twhat\tPRON\tWP\t_\t7\tobj\t_\t_\n"
    "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
    "6\tofficials\tofficial\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
    "7\tcalled\tcall\tVERB\tVBD\t_\t3\tccomp\t_\t_\n"
    "8\tfarm\tfarm\tNOUN\tNN\t_\t9\tcompound\t_\t_\n"
    "9\tvillages\tvillage\tNOUN\tNNS\t_\t7\txcomp\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* Without "what" the officials are the object of the shelling. */
static const char *shelled_officials =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "5\tofficials\tofficial\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(what_x_called_names_no_target)
{
    CHECK_STR(code(what_officials_called, NULL), "");
    CHECK_STR(code(shelled_officials, NULL), "VALMIL>OSTGOV:190");
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(what_officials_called, NULL), "VALMIL>---:190");
    sr_coder_free(coder);
    coder = saved;
}

/* What an act is compared with is no party to it (src/coder/targets.c,
 * in_comparison); "more than 20 Osterland soldiers" counts the victims. */
static const char *shelled_more_than =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tmore\tmore\tADJ\tJJR\t_\t5\tamod\t_\t_\n"
    "5\tvillages\tvillage\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\tthan\tthan\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
    "8\ttroops\ttroop\tNOUN\tNNS\t_\t5\tnmod\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *shelled_more_than_twenty =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tmore\tmore\tADJ\tJJR\t_\t3\tobj\t_\t_\n"
    "5\tthan\tthan\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "6\t20\t20\tNUM\tCD\t_\t8\tnummod\t_\t_\n"
    "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
    "8\ttroops\ttroop\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(what_an_act_is_compared_with_is_no_target)
{
    CHECK_STR(code(shelled_more_than, NULL), "");
    CHECK_STR(code(shelled_more_than_twenty, NULL), "VALMIL>OSTMIL:190");
}

/* A private body takes the sector of the members its "of" phrase names
 * (src/coder/actors.c, members_sector): the reporters' association is
 * the press's, not the state's. */
static const char *association_of_reporters =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tAssociation\tAssociation\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tReporters\tReporters\tPROPN\tNNPS\t_\t3\tnmod\t_\t_\n"
    "6\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

static const char *association_bare =
    "1\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tAssociation\tAssociation\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "4\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

/* The president or speaker of a legislature heads it, not the government
 * (issue 5, round 52): "the president of the Valdorian parliament" is
 * VALLEG, with no GOV from "president"; the president of Valdoria stays
 * GOV. */
static const char *president_of_parliament =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tpresident\tpresident\tNOUN\tNN\t_\t7\tnsubj\t_\t_\n"
    "3\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "5\tValdorian\tValdorian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tparliament\tparliament\tNOUN\tNN\t_\t2\tnmod\t_\t_\n"
    "7\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";
static const char *president_of_valdoria =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tpresident\tpresident\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
    "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
    "5\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(the_head_of_a_legislature_is_leg)
{
    CHECK_STR(code(president_of_parliament, NULL), "VALLEG>MAR:111");
    CHECK_STR(code(president_of_valdoria, NULL), "VALGOV>MAR:111");
}

TEST(a_body_takes_the_sector_of_its_members)
{
    CHECK_STR(code(association_of_reporters, NULL), "OSTMED>MAR:111");
    CHECK_STR(code(association_bare, NULL), "OST>MAR:111");
}

/* CAF and NAM are countries (the Central African Republic, Namibia), so
 * a story about one gives its rebels its code; they had been read as
 * CAMEO's region codes, which are CFR and NMR. */
static const char *caf_story =
    "1\tCardovia\tCardovia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *nam_story =
    "1\tNambera\tNambera\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(caf_and_nam_are_story_countries)
{
    CHECK_STR(code(caf_story, NULL), "CAF>CAFREB:112");
    CHECK_STR(code(nam_story, NULL), "NAM>NAMREB:112");
}

/* "officials told Osterland that rebels expelled from Valdoria were
 * fleeing", with the participle joined to "told": the officials did not
 * expel anyone. With a coordinator of its own ("and said") the word is a
 * finite verb the tagger took for a participle, and shares the subject. */
static const char *told_that_expelled =
    "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\tofficial\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\ttold\ttell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tiobj\t_\t_\n"
    "5\tthat\tthat\tSCONJ\tIN\t_\t11\tmark\t_\t_\n"
    "6\trebels\trebel\tNOUN\tNNS\t_\t11\tnsubj\t_\t_\n"
    "7\texpelled\texpel\tVERB\tVBN\t_\t3\tconj\t_\t_\n"
    "8\tfrom\tfrom\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tValdoria\tValdoria\tPROPN\tNNP\t_\t7\tobl\t_\t_\n"
    "10\twere\tbe\tAUX\tVBD\t_\t11\taux\t_\t_\n"
    "11\tfleeing\tflee\tVERB\tVBG\t_\t3\tccomp\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *accused_and_said =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tsaid\tsay\tVERB\tVBN\t_\t2\tconj\t_\t_\n"
    "6\tValdoria\tValdoria\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
    "7\tretreated\tretreat\tVERB\tVBD\t_\t5\tccomp\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(participle_joined_to_a_finite_verb_borrows_nothing)
{
    /* No expulsion; and the statement, about rebels of no country, has
     * Osterland only for its audience (round 41), so nothing is coded. */
    CHECK_STR(code(told_that_expelled, NULL), "");
    CHECK_STR(code(accused_and_said, NULL), "MAR>OST:112 MAR>VAL:010");
}

/* "ethnic Valdorians" are people of that ethnicity, not the state of
 * Valdoria: they belong to the place their phrase names, else to the
 * story's country, and only with neither is Valdoria kept. */
static const char *ethnic_in_place =
    "1\tEthnic\tethnic\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tValdorians\tValdorian\tPROPN\tNNPS\t_\t5\tnsubj\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
    "5\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

static const char *ethnic_in_story =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestani\tMarestani\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tEthnic\tethnic\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tValdorians\tValdorian\tPROPN\tNNPS\t_\t3\tnsubj\t_\t_\n"
    "3\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *ethnic_no_story =
    "1\tEthnic\tethnic\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tValdorians\tValdorian\tPROPN\tNNPS\t_\t3\tnsubj\t_\t_\n"
    "3\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tconj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(ethnic_groups_belong_to_their_place)
{
    CHECK_STR(code(ethnic_in_place, NULL), "MAR>OST:112");
    CHECK_STR(code(ethnic_in_story, NULL), "MAR>MARREB:112 MAR>OST:112");
    CHECK_STR(code(ethnic_no_story, NULL), "VAL>OST:112 VAL>MAR:112");
}

/* A subheading run into the sentence ("Valdoria trade on rise While
 * ...") gives the sentence's verb no subject: the parser took "trade"
 * for the subject of "accused", whose doer is Marestan. */
static const char *glued_heading =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
    "2\ttrade\ttrade\tNOUN\tNN\t_\t11\tnsubj\t_\t_\n"
    "3\ton\ton\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\trise\trise\tNOUN\tNN\t_\t2\tnmod\t_\t_\n"
    "5\tWhile\twhile\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
    "6\tties\ttie\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
    "7\tgrew\tgrow\tVERB\tVBD\t_\t11\tadvcl\t_\t_\n"
    "8\t,\t,\tPUNCT\t,\t_\t11\tpunct\t_\t_\n"
    "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t11\tnsubj\t_\t_\n"
    "10\tsoon\tsoon\tADV\tRB\t_\t11\tadvmod\t_\t_\n"
    "11\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "12\tOsterland\tOsterland\tPROPN\tNNP\t_\t11\tobj\t_\t_\n"
    "13\t.\t.\tPUNCT\t.\t_\t11\tpunct\t_\t_\n\n";

/* "by The Times": a capitalised "The" before a name is no new sentence. */
static const char *the_before_a_name =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
    "2\tsoon\tsoon\tADV\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tThe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(glued_heading_gives_no_subject)
{
    CHECK_STR(code(glued_heading, NULL), "MAR>OST:112");
    CHECK_STR(code(the_before_a_name, NULL), "VAL>OST:112");
}

/* A parser that loses the subject across an interruption hangs it on
 * the verb as an oblique without a preposition. */
static const char *caseless_subject_obl =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnmod:poss\t_\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tforeign\tforeign\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tminister\tminister\tNOUN\tNN\t_\t10\tobl\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
    "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tremarks\tremark\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
    "8\tyesterday\tyesterday\tNOUN\tNN\t_\t7\tnmod:tmod\t_\t_\n"
    "9\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
    "10\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "11\tMarestan\tMarestan\tPROPN\tNNP\t_\t10\tobj\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t10\tpunct\t_\t_\n\n";

/* A time before the verb is never its doer. */
static const char *caseless_time_only =
    "1\tLast\tlast\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tmonth\tmonth\tNOUN\tNN\t_\t4\tobl:unmarked\t_\t_\n"
    "3\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
    "4\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

/* "The United Nations will provide ...": a noun the parser hung on the
 * verb as a compound, opening the clause, is its subject. */
static const char *caseless_compound =
    "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
    "2\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "3\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* ... but not one after another word, whose phrase it may end. */
static const char *caseless_compound_inside =
    "1\tonly\tonly\tADV\tRB\t_\t3\tadvmod\t_\t_\n"
    "2\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "3\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* "granted asylum to 12 Marestani soldiers" parsed with the number as the
 * noun of "to" and the soldiers as a second object: the soldiers are what
 * "to" governs, so "(TO +)" finds them. */
static const char *number_after_to =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tgranted\tgrant\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tasylum\tasylum\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\t12\t12\tNUM\tCD\t_\t3\tnmod\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* A range ("from three to 12 ...") is left as parsed. */
static const char *number_range =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tgranted\tgrant\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tasylum\tasylum\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tthree\tthree\tNUM\tCD\t_\t3\tnmod\t_\t_\n"
    "5\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\t12\t12\tNUM\tCD\t_\t3\tnmod\t_\t_\n"
    "7\tMarestani\tMarestani\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(number_after_a_preposition_gives_way_to_its_noun)
{
    CHECK_STR(code(number_after_to, NULL), "VAL>MARMIL:075");
    CHECK(strcmp(code(number_range, NULL), "VAL>MARMIL:075") != 0);
}

/* "US" in capitals, a name, is the United States ("U.S." in the actors
 * file); the pronoun "us" is not. */
static const char *us_in_capitals =
    "1\tUS\tUS\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *us_pronoun =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tus\twe\tPRON\tPRP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* "killed by a bomb near the city of Valdoria": the city of Valdoria is a place, so
 * Valdoria is no doer the parse lost, and the killing is coded without a
 * source. */
static const char *city_of_a_country =
    "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tbomb\tbomb\tNOUN\tNN\t_\t4\tobl:agent\t_\t_\n"
    "8\tnear\tnear\tADP\tIN\t_\t10\tcase\t_\t_\n"
    "9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_\n"
    "10\tcity\tcity\tNOUN\tNN\t_\t4\tobl\t_\t_\n"
    "11\tof\tof\tADP\tIN\t_\t12\tcase\t_\t_\n"
    "12\tValdoria\tValdoria\tPROPN\tNNP\t_\t10\tnmod\t_\t_\n"
    "13\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

/* "A newspaper based in Marestan accused Osterland": the parser made the
 * newspaper the subject of "based" and left "accused" without one. */
static const char *participle_took_the_subject =
    "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tValdorian\tValdorian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "3\tnewspaper\tnewspaper\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
    "4\tbased\tbase\tVERB\tVBN\t_\t8\tadvcl\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
    "7\thas\thave\tAUX\tVBZ\t_\t8\taux\t_\t_\n"
    "8\taccused\taccuse\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "9\tOsterland\tOsterland\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";

TEST(participle_before_the_verb_lends_its_noun)
{
    CHECK_STR(code(participle_took_the_subject, NULL), "VALMED>OST:112");
}

/* "US $50 million" is money, not the United States. */
static const char *us_before_dollars =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tUS\tUS\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
    "4\t$\t$\tSYM\t$\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* "will not accept", listed as NOT_+ACCEPT: a refusal, made now, not a
 * negated or announced event. */
static const char *will_not_accept =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\twill\twill\tAUX\tMD\t_\t4\taux\t_\t_\n"
    "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\taccept\taccept\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

static const char *did_not_accuse =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\taccuse\taccuse\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(negation_written_into_the_verb_is_a_refusal)
{
    CHECK_STR(code(will_not_accept, NULL), "VAL>MAR:120");
    CHECK_STR(code(did_not_accuse, NULL), "");
}

/* obl:agent without "by" ("forced out more than 1,000 refugees") is no
 * by-phrase: the verb is active and the noun its object. */
static const char *agent_label_without_by =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\texpelled\texpel\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tMarestani\tMarestani\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tcivilians\tcivilian\tNOUN\tNNS\t_\t3\tobl:agent\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* "Valdoria expelled Marestani soldiers, an Osterland official said" with
 * both subjects hung on "said": the first is the reported verb's. */
static const char *reported_clause_subject =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
    "2\texpelled\texpel\tVERB\tVBD\t_\t8\tccomp\t_\t_\n"
    "3\tMarestani\tMarestani\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
    "6\tan\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tofficial\tofficial\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
    "8\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";

TEST(parse_repairs_of_agents_and_reported_subjects)
{
    CHECK_STR(code(agent_label_without_by, NULL), "VALMIL>MARCVL:174");
    CHECK(strstr(code(reported_clause_subject, NULL), "VAL>MARMIL:174") != NULL);
}

/* "Valdoria on Monday accused Marestani officials" parsed with "accused"
 * as an adjective of "officials", which carries the subject: the verb is
 * the head. Not with a determiner before the modifier ("the accused
 * officials" is a phrase). */
static const char *verb_read_as_adjective =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
    "2\ton\ton\tADP\tIN\t_\t3\tcase\t_\t_\n"
    "3\tMonday\tMonday\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
    "4\taccused\taccuse\tVERB\tVBD\t_\t6\tamod\t_\t_\n"
    "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tofficials\tofficial\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

static const char *adjective_in_a_phrase =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "2\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "3\taccused\taccuse\tVERB\tVBN\t_\t5\tamod\t_\t_\n"
    "4\tMarestani\tMarestani\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tofficials\tofficial\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(verb_read_as_an_adjective_heads_its_clause)
{
    CHECK_STR(code(verb_read_as_adjective, NULL), "VAL>MARGOV:112");
    CHECK_STR(code(adjective_in_a_phrase, NULL), "");
}

/* "Valdorian jets including helicopters shelled Marestan" parsed with
 * "jets" as the root and "shelled" as a clause on "helicopters": the verb
 * is the main verb and the root noun its subject. */
static const char *verb_under_root_noun =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
    "3\tincluding\tinclude\tVERB\tVBG\t_\t4\tcase\t_\t_\n"
    "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tnmod\t_\t_\n"
    "5\tshelled\tshell\tVERB\tVBD\t_\t4\tacl\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* "Valdorian troops shelled Marestan" with the participle tag and the
 * verb an adjective of "Marestan" hung on the root: with no other verb in
 * the sentence it is the main verb ... */
static const char *participle_under_root_noun =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBN\t_\t4\tamod\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* ... but not when a verb with an auxiliary ("has accused") stands
 * elsewhere: that one is the sentence's verb. */
static const char *participle_and_a_finite_verb =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBN\t_\t4\tamod\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
    "5\thas\thave\tAUX\tVBZ\t_\t6\taux\t_\t_\n"
    "6\taccused\taccuse\tVERB\tVBN\t_\t4\tadvcl\t_\t_\n"
    "7\tOsterland\tOsterland\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(past_tense_under_a_root_noun_is_the_main_verb)
{
    CHECK_STR(code(verb_under_root_noun, NULL), "VALMIL>MAR:190");
    CHECK_STR(code(participle_under_root_noun, NULL), "VALMIL>MAR:190");
    CHECK(strstr(code(participle_and_a_finite_verb, NULL), ":190") == NULL);
}

/* "shelled villages in neighboring Marestan" with "neighboring" tagged a
 * verb, "in" its marker and Marestan its object: Marestan is the place,
 * governed by "in". */
static const char *neighboring_as_a_verb =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\trebels\trebel\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tin\tin\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
    "5\tneighboring\tneighbor\tVERB\tVBG\t_\t3\tacl\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(neighboring_before_a_name_is_an_adjective)
{
    CHECK_STR(code(neighboring_as_a_verb, NULL), "VAL>MARREB:112");
}

/* "accused the march staged by students to praise Marestan": the purpose
 * of a participle with its own doer (a by-phrase) is that doer's; its
 * actors are not the target of "accused". */
static const char *participle_with_its_own_doer =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tmarch\tmarch\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\tstaged\tstage\tVERB\tVBN\t_\t4\tacl\t_\t_\n"
    "6\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tstudents\tstudent\tNOUN\tNNS\t_\t5\tobl:agent\t_\t_\n"
    "8\tto\tto\tPART\tTO\t_\t9\tmark\t_\t_\n"
    "9\tpraise\tpraise\tVERB\tVB\t_\t5\tadvcl\t_\t_\n"
    "10\tMarestan\tMarestan\tPROPN\tNNP\t_\t9\tobj\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(clause_of_a_participle_with_a_doer_is_not_searched)
{
    CHECK_STR(code(participle_with_its_own_doer, NULL), "");
}

TEST(us_in_capitals_named_as_nouns)
{
    CHECK_STR(code(us_in_capitals, NULL), "USAMIL>MAR:190");
    CHECK(strstr(code(us_pronoun, NULL), "USA") == NULL);
    CHECK(strstr(code(us_before_dollars, NULL), "USA") == NULL);
}

TEST(the_city_of_a_country_is_a_place)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(city_of_a_country, NULL), "--->MARMIL:1823");
    sr_coder_free(coder);
    coder = saved;
}

TEST(caseless_noun_before_the_verb_is_its_subject)
{
    CHECK_STR(code(caseless_subject_obl, NULL), "VALGOV>MAR:112");
    CHECK_STR(code(caseless_time_only, NULL), "");
    CHECK_STR(code(caseless_compound, NULL), "VAL>MAR:112");
    CHECK_STR(code(caseless_compound_inside, NULL), "");
}

/* "US" in capitals is the United States (the dictionaries ignore case and
 * cannot list it beside the pronoun); in a text all in capitals it stays
 * a word (issue 5, round 8). */
static const char *us_officials = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                  "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                  "3\tUS\tUS\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
                                  "4\tofficials\tofficial\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                                  "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *us_shouted = "1\tVALDORIA\tVALDORIA\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                "2\tACCUSED\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "3\tUS\twe\tPRON\tPRP\t_\t2\tobj\t_\t_\n"
                                "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* "US $50 million" is money, not an actor. */
static const char *us_dollars = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "3\tUS\tUS\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
                                "4\t$\t$\tSYM\t$\t_\t2\tobj\t_\t_\n"
                                "5\t50\t50\tNUM\tCD\t_\t4\tnummod\t_\t_\n"
                                "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(us_in_capitals_is_the_united_states)
{
    CHECK_STR(code(us_officials, NULL), "VAL>USAGOV:112");
    CHECK_STR(code(us_shouted, NULL), "");
    CHECK_STR(code(us_dollars, NULL), "");
}

/* A name under "of" inside a place is part of the place: "outside of the
 * city of Marestan" names no doer the parse lost, so the sourceless
 * killing is kept (issue 5, round 8). */
static const char *killed_outside_city_of =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tkilled\tkill\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tbomb\tbomb\tNOUN\tNN\t_\t4\tobl:agent\t_\t_\n"
    "8\toutside\toutside\tADP\tIN\t_\t11\tcase\t_\t_\n"
    "9\tof\tof\tADP\tIN\t_\t11\tcase\t_\t_\n"
    "10\tthe\tthe\tDET\tDT\t_\t11\tdet\t_\t_\n"
    "11\tcity\tcity\tNOUN\tNN\t_\t4\tobl\t_\t_\n"
    "12\tof\tof\tADP\tIN\t_\t13\tcase\t_\t_\n"
    "13\tMarestan\tMarestan\tPROPN\tNNP\t_\t11\tnmod\t_\t_\n"
    "14\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(names_under_of_in_a_place_are_the_place)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(killed_outside_city_of, NULL), "--->VALMIL:1823");
    sr_coder_free(coder);
    coder = saved;
}

/* A place joined by a hyphen to "based" says where a body sits: the
 * phrase's own actor after it is who the phrase is ("the Marestan-based
 * Northern Compact" is the Compact), and a bare agent still takes the
 * place's country ("a Marestan-based reporter"): issue 5, round 32. */
static const char *expelled_place_based_body =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobl:unmarked\t_\tSpaceAfter=No\n"
    "5\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\tSpaceAfter=No\n"
    "6\tbased\tbase\tVERB\tVBN\t_\t8\tamod\t_\t_\n"
    "7\tNorthern\tNorthern\tADJ\tNNP\t_\t8\tamod\t_\t_\n"
    "8\tCompact\tCompact\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *expelled_place_based_reporter =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "4\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tobl:unmarked\t_\tSpaceAfter=No\n"
    "5\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\tSpaceAfter=No\n"
    "6\tbased\tbase\tVERB\tVBN\t_\t7\tamod\t_\t_\n"
    "7\treporter\treporter\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_place_based_body_is_the_body)
{
    CHECK_STR(code(expelled_place_based_body, NULL), "VAL>IGONCP:174");
    CHECK_STR(code(expelled_place_based_reporter, NULL), "VAL>MARMED:174");
}

/* A leader's name in the "of" phrase of a word for a town or district
 * ("the towns of Dorn and Kessar") is the place's name, not the leader:
 * issue 5, round 32. The bare name is still the leader. */
static const char *attacked_towns_of_a_leaders_name =
    "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tvillages\tvillage\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "5\tbetween\tbetween\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\ttowns\ttown\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
    "8\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tDorn\tDorn\tPROPN\tNNP\t_\t7\tnmod\t_\t_\n"
    "10\tand\tand\tCCONJ\tCC\t_\t11\tcc\t_\t_\n"
    "11\tKessar\tKessar\tPROPN\tNNP\t_\t9\tconj\t_\t_\n"
    "12\tin\tin\tADP\tIN\t_\t13\tcase\t_\t_\n"
    "13\tValdoria\tValdoria\tPROPN\tNNP\t_\t9\tnmod\t_\tSpaceAfter=No\n"
    "14\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *attacked_town_of_a_leaders_name =
    "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\ttown\ttown\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tKessar\tKessar\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n"
    "8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tValdoria\tValdoria\tPROPN\tNNP\t_\t7\tnmod\t_\tSpaceAfter=No\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *attacked_a_leader =
    "1\tMarestani\tMarestani\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\trebels\trebel\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tKessar\tKessar\tPROPN\tNNP\t_\t3\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(a_leaders_name_for_a_town_is_the_town)
{
    CHECK_STR(code(attacked_towns_of_a_leaders_name, "2020-01-01"), "MARREB>VAL:190");
    CHECK_STR(code(attacked_a_leader, "2020-01-01"), "MARREB>VALGOV:190");
    CHECK_STR(code(attacked_town_of_a_leaders_name, "2020-01-01"), "MARREB>VAL:190");
}

/* "They" stands for several, never for the one person a leader's entry
 * names: after "Kessar accused Marestan", "They shelled Osterland" is no
 * act of President Kessar's (issue 5, round 32). */
static const char *leader_then_they =
    "1\tKessar\tKessar\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(they_is_no_one_person)
{
    CHECK_STR(code(leader_then_they, "2020-01-01"), "VALGOV>MAR:112");
}

/* A number the parser made the head of a pattern's prepositional phrase
 * stands for the noun phrase right after it ("near 3 Marestani posts",
 * with "posts" hung elsewhere): issue 5, round 8. */
static const char *shelled_near_number =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tnear\tnear\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\t3\t3\tNUM\tCD\t_\t7\tnmod\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tposts\tpost\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(pattern_number_stands_for_its_noun)
{
    CHECK_STR(code(shelled_near_number, NULL), "VALMIL>MAR:195");
}

/* "relations" and "ties" name the party of their "with" phrase, which a
 * thing's "with" phrase does not ("its border with Kenya"): the target
 * is Marestan, not the Osterland of the later "eve of an Osterland
 * visit" (issue 5, round 8). */
static const char *ties_with = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                               "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                               "3\tties\ttie\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                               "4\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_\n"
                               "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n"
                               "6\ton\ton\tADP\tIN\t_\t8\tcase\t_\t_\n"
                               "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
                               "8\teve\teve\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
                               "9\tof\tof\tADP\tIN\t_\t12\tcase\t_\t_\n"
                               "10\tan\ta\tDET\tDT\t_\t12\tdet\t_\t_\n"
                               "11\tOsterland\tOsterland\tPROPN\tNNP\t_\t12\tcompound\t_\t_\n"
                               "12\tvisit\tvisit\tNOUN\tNN\t_\t8\tnmod\t_\t_\n"
                               "13\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(ties_name_the_party_they_are_with)
{
    CHECK_STR(code(ties_with, NULL), "VAL>MAR:111");
}

/* "links" are a tie like "relations": "denounced links with Marestan"
 * targets Marestan, not the Osterland of a later phrase (issue 5,
 * round 9). */
static const char *links_with = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                "2\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                "3\tair\tair\tNOUN\tNN\t_\t4\tcompound\t_\t_\n"
                                "4\tlinks\tlink\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
                                "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n"
                                "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
                                "7\ton\ton\tADP\tIN\t_\t9\tcase\t_\t_\n"
                                "8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"
                                "9\teve\teve\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
                                "10\tof\tof\tADP\tIN\t_\t12\tcase\t_\t_\n"
                                "11\tan\ta\tDET\tDT\t_\t12\tdet\t_\t_\n"
                                "12\tOsterland\tOsterland\tPROPN\tNNP\t_\t9\tnmod\t_\t_\n"
                                "13\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(links_name_the_party_they_are_with)
{
    CHECK_STR(code(links_with, NULL), "VAL>MAR:111");
}

/* The object of a verb of building is a building: "help in building a
 * new court for Marestan" targets Marestan, not its judiciary (issue 5,
 * round 36); a court that is not built keeps its agent. */
static const char *built_court = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                 "2\toffered\toffer\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "3\thelp\thelp\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                                 "4\tin\tin\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
                                 "5\tbuilding\tbuild\tVERB\tVBG\t_\t3\tacl\t_\t_\n"
                                 "6\ta\ta\tDET\tDT\t_\t8\tdet\t_\t_\n"
                                 "7\tnew\tnew\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
                                 "8\tcourt\tcourt\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
                                 "9\tfor\tfor\tADP\tIN\t_\t10\tcase\t_\t_\n"
                                 "10\tMarestan\tMarestan\tPROPN\tNNP\t_\t8\tnmod\t_\t_\n"
                                 "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *offered_court = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                   "2\toffered\toffer\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                   "3\thelp\thelp\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                                   "4\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
                                   "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
                                   "6\tcourt\tcourt\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
                                   "7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n"
                                   "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
                                   "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(a_thing_built_is_a_building_not_a_body)
{
    CHECK_STR(code(built_court, NULL), "VAL>MAR:030");
    CHECK_STR(code(offered_court, NULL), "VAL>MARJUD:030");
}

/* "his U.N. mission": a mission owned by a pronoun is the owner's, not
 * the body's it is sent to (issue 5, round 36). Possessive pronouns are
 * not followed to an antecedent, so the accusation loses its source and
 * is not coded, where it was the Compact's; a mission with no owner
 * stays the body's. */
static const char *owned_mission =
    "1\tKessar\tKessar\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\this\the\tPRON\tPRP$\t_\t6\tnmod:poss\t_\t_\n"
    "4\tNorthern\tNorthern\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
    "5\tCompact\tCompact\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
    "6\tmission\tmission\tNOUN\tNN\t_\t7\tnsubj\t_\t_\n"
    "7\taccused\taccuse\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *unowned_mission =
    "1\tThe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "2\tNorthern\tNorthern\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "3\tCompact\tCompact\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
    "4\tmission\tmission\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
    "5\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(a_mission_owned_by_a_pronoun_is_not_the_bodys)
{
    CHECK_STR(code(owned_mission, "2020-01-01"), "");
    CHECK_STR(code(unowned_mission, NULL), "IGONCP>MAR:112");
}

/* A noun joined by "and" after the object, hung by the parser on the
 * verb, is a second object: its "to Marestan" is in the verb's clause
 * (issue 5, round 9). A conjunct with its own preposition is not. */
static const char *granted_second_object =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tgranted\tgrant\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tloans\tloan\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
    "5\tfresh\tfresh\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
    "6\tgrain\tgrain\tNOUN\tNN\t_\t2\tconj\t_\t_\n"
    "7\tto\tto\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *granted_despite =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tgranted\tgrant\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tloans\tloan\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
    "5\tdespite\tdespite\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tMarestani\tMarestani\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tobjections\tobjection\tNOUN\tNNS\t_\t2\tconj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(noun_conjunct_of_the_verb_is_a_second_object)
{
    CHECK_STR(code(granted_second_object, NULL), "VAL>MAR:070");
    CHECK(strstr(code(granted_despite, NULL), ">MAR") == NULL);
}

/* The "for" phrase of a camp names its people: an attack on "a camp for
 * Marestani refugees" targets them (issue 5, round 9). */
static const char *camp_for_refugees =
    "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tcamp\tcamp\tNOUN\tNN\t_\t7\tnsubj:pass\t_\t_\n"
    "3\tfor\tfor\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "4\tMarestani\tMarestani\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\trefugees\trefugee\tNOUN\tNNS\t_\t2\tnmod\t_\t_\n"
    "6\twas\tbe\tAUX\tVBD\t_\t7\taux:pass\t_\t_\n"
    "7\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "8\tby\tby\tADP\tIN\t_\t10\tcase\t_\t_\n"
    "9\tValdorian\tValdorian\tADJ\tJJ\t_\t10\tamod\t_\t_\n"
    "10\tsoldiers\tsoldier\tNOUN\tNNS\t_\t7\tobl:agent\t_\t_\n"
    "11\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";

TEST(a_camp_for_people_is_theirs)
{
    CHECK_STR(code(camp_for_refugees, NULL), "VALMIL>MARREF:190");
}

/* An oblique whose "preposition" is a subordinator the tagger saw as one
 * ("as") is the subject of another clause, not the verb's argument: the
 * "in Marestan" of the act comes first (issue 5, round 9). */
static const char *as_clause_subject =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\twithdrew\twithdraw\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tfrom\tfrom\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tposts\tpost\tNOUN\tNNS\t_\t2\tobl\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
    "7\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
    "8\tas\tas\tSCONJ\tIN\t_\t9\tcase\t_\t_\n"
    "9\tofficials\tofficial\tNOUN\tNNS\t_\t2\tobl\t_\t_\n"
    "10\tin\tin\tADP\tIN\t_\t11\tcase\t_\t_\n"
    "11\tOsterland\tOsterland\tPROPN\tNNP\t_\t9\tnmod\t_\t_\n"
    "12\tprotested\tprotest\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
    "13\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(subordinator_read_as_a_preposition_gives_no_target)
{
    CHECK(strstr(code(as_clause_subject, NULL), "VAL>MAR:0874") != NULL);
}

/* "war-torn Marestan" written with its hyphen, parsed as "torn" a verb
 * whose object is Marestan and "to" left on "war": the noun after the
 * participle heads the phrase, and the "to" phrase is the verb's
 * argument, found before the later "eve of an Osterland visit" (issue 5,
 * round 9). */
static const char *aid_to_war_torn =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tgranted\tgrant\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\taid\taid\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\twar\twar\tNOUN\tNN\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t-\t-\tPUNCT\tHYPH\t_\t7\tpunct\t_\tSpaceAfter=No\n"
    "7\ttorn\ttear\tVERB\tVBN\t_\t2\tadvcl\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\ton\ton\tADP\tIN\t_\t11\tcase\t_\t_\n"
    "10\tthe\tthe\tDET\tDT\t_\t11\tdet\t_\t_\n"
    "11\teve\teve\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
    "12\tof\tof\tADP\tIN\t_\t14\tcase\t_\t_\n"
    "13\tan\ta\tDET\tDT\t_\t14\tdet\t_\t_\n"
    "14\tOsterland\tOsterland\tPROPN\tNNP\t_\t11\tnmod\t_\t_\n"
    "15\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(hyphenated_participle_describes_the_noun_after_it)
{
    CHECK_STR(code(aid_to_war_torn, NULL), "VAL>MAR:070");
}

/* The same repair when the word before the hyphen hangs on something
 * below the noun after the participle ("war" on the apposition
 * "neighbour" of Marestan): moving the noun under the word's head would
 * make the heads loop, and the sentence was then refused whole ("the
 * dependency heads form a cycle"); the repair stands aside instead. */
static const char *war_torn_on_apposition =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tgranted\tgrant\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\taid\taid\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\twar\twar\tNOUN\tNN\t_\t11\tcompound\t_\tSpaceAfter=No\n"
    "6\t-\t-\tPUNCT\tHYPH\t_\t7\tpunct\t_\tSpaceAfter=No\n"
    "7\ttorn\ttear\tVERB\tVBN\t_\t2\tadvcl\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t,\t,\tPUNCT\t,\t_\t11\tpunct\t_\t_\n"
    "10\tits\tits\tPRON\tPRP$\t_\t11\tnmod:poss\t_\t_\n"
    "11\tneighbour\tneighbour\tNOUN\tNN\t_\t8\tappos\t_\t_\n"
    "12\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* The participle hung on its own hyphen. */
static const char *torn_on_its_hyphen =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tgranted\tgrant\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\taid\taid\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\twar\twar\tNOUN\tNN\t_\t7\tcompound\t_\tSpaceAfter=No\n"
    "6\t-\t-\tPUNCT\tHYPH\t_\t2\tpunct\t_\tSpaceAfter=No\n"
    "7\ttorn\ttear\tVERB\tVBN\t_\t6\tacl\t_\t_\n"
    "8\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(hyphen_repair_never_makes_the_heads_loop)
{
    const char *parse[] = {war_torn_on_apposition, torn_on_its_hyphen};
    for (size_t p = 0; p < 2; p++) {
        char out[256];
        sr_arena a = SR_ARENA_INIT;
        sr_doc d;
        code_full(parse[p], NULL, NULL, 1, out, sizeof out, &d, &a);
        for (uint32_t i = 0; i < d.nnotes; i++)
            CHECK(strstr(d.notes[i].text, "cycle") == NULL);
        if (p == 0)
            CHECK_STR(out, "VAL>MAR:070");
        sr_arena_free(&a);
    }
}

/* "is opposed to" says what the subject holds: no passive, whatever the
 * parser's labels (issue 5, round 8). */
static const char *is_opposed_to = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
                                   "2\tis\tbe\tAUX\tVBZ\t_\t3\taux:pass\t_\t_\n"
                                   "3\topposed\toppose\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                                   "4\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
                                   "5\tMarestani\tMarestani\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
                                   "6\tmediation\tmediation\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
                                   "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *was_opposed_by = "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
                                    "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
                                    "3\topposed\toppose\tVERB\tVBN\t_\t0\troot\t_\t_\n"
                                    "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
                                    "5\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n"
                                    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(opposed_to_is_no_passive)
{
    CHECK_STR(code(is_opposed_to, NULL), "VAL>MAR:120");
    CHECK_STR(code(was_opposed_by, NULL), "MAR>VAL:120");
}

/* An object that is only the subject's own people ("its troops", whose
 * owner is the story's last actor) is no target when the clause names
 * another party; alone it still is (issue 5, round 8). */
static const char *withdrew_own_from =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\twithdrew\twithdraw\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tits\tits\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
    "4\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\tfrom\tfrom\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char *withdrew_own =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\twithdrew\twithdraw\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tits\tits\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
    "4\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(own_people_are_no_target_beside_another_party)
{
    CHECK_STR(code(withdrew_own_from, NULL), "VAL>OST:112 VAL>MAR:0874");
    CHECK_STR(code(withdrew_own, NULL), "VAL>OST:112 VAL>VALMIL:0874");
}

/* An agent label without "by" is a parser slip: the noun is the verb's
 * object, and the verb is active (issue 5, round 8). */
static const char *agent_without_by =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tMarestani\tMarestani\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\trefugees\trefugee\tNOUN\tNNS\t_\t3\tobl:agent\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(agent_without_by_is_an_object)
{
    CHECK_STR(code(agent_without_by, NULL), "VALMIL>MARREF:174");
}

/* Both subjects hung on the closing "said": the one before the reported
 * verb, which has none, is its subject (issue 5, round 8). */
static const char *subject_hung_on_said =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
    "2\texpelled\texpel\tVERB\tVBD\t_\t8\tccomp\t_\t_\n"
    "3\tMarestani\tMarestani\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
    "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
    "6\tOsterland\tOsterland\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
    "7\tofficials\tofficial\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
    "8\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "9\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";

TEST(subject_hung_on_the_closing_said_is_the_reported_verbs)
{
    CHECK_STR(code(subject_hung_on_said, NULL), "VAL>MARMIL:174");
}

/* Agents named as part of a larger phrase by "including" belong to whom
 * the larger phrase names ("Valdorian troops including rebels shelling
 * Marestan left"): issue 5, round 8. */
static const char *including_rebels =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\ttroops\ttroop\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
    "3\tincluding\tinclude\tVERB\tVBG\t_\t4\tcase\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t2\tnmod\t_\t_\n"
    "5\tshelling\tshell\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";

TEST(including_members_belong_to_the_whole)
{
    CHECK_STR(code(including_rebels, NULL), "VALREB>MAR:190");
}

/* "in defiance of X" is no place but whom the act answers (issue 5,
 * round 8): the target is Marestan, not Osterland, where it happened. */
static const char *in_defiance_of =
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tcivilians\tcivilian\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tdemonstrated\tdemonstrate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tOsterland\tOsterland\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
    "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tdefiance\tdefiance\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
    "8\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tMarestan\tMarestan\tPROPN\tNNP\t_\t7\tnmod\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(in_defiance_of_is_no_place)
{
    CHECK_STR(code(in_defiance_of, NULL), "VALCVL>MAR:141");
}

/* "Marestan-ally Osterland accused Valdoria" parsed with two subjects:
 * the hyphenated description is Osterland's (issue 5, round 8). */
static const char *hyphen_described_subject =
    "1\tMarestan\tMarestan\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "2\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\t_\n"
    "3\tally\tally\tNOUN\tNN\t_\t1\tparataxis\t_\t_\n"
    "4\tOsterland\tOsterland\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "5\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tValdoria\tValdoria\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

TEST(hyphenated_description_of_a_subject_is_no_subject)
{
    CHECK_STR(code(hyphen_described_subject, NULL), "OST>VAL:112");
}

/* Civilians of an attack take the country of the place the sentence
 * names, not the story's when that is the attackers' own; armed men stay
 * the story country's (issue 5, round 8). */
static const char *killed_civilians_abroad =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tcivilians\tcivilian\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char *killed_rebels_abroad =
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOsterland\tOsterland\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tValdorian\tValdorian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tsoldiers\tsoldier\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\trebels\trebel\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tMarestan\tMarestan\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(civilians_of_an_attack_belong_to_its_place)
{
    CHECK_STR(code(killed_civilians_abroad, NULL), "VAL>OST:112 VALMIL>MARCVL:1823");
    CHECK_STR(code(killed_rebels_abroad, NULL), "VAL>OST:112 VALMIL>VALREB:1823");
}

static sr_status load(sr_status (*fn)(sr_dict *, const char *, sr_dict_diags *, sr_error *),
                      const char *name, sr_dict_diags *diags)
{
    char path[256];
    sr_error err;
    snprintf(path, sizeof path, "tests/data/coder/%s", name);
    sr_status st = fn(dict, path, diags, &err);
    if (st != SR_OK)
        fprintf(stderr, "  cannot load %s: %s\n", path, err.message);
    return st;
}

/* ---------------------------------------------- issue 5, round 22 (helper J) */

#define L(i, w, l, u, x, h, r) i "\t" w "\t" l "\t" u "\t" x "\t_\t" h "\t" r "\t_\t_\n"

#define VALDORIA_TWICE                                                                             \
    L("1", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "nsubj")                                   \
    L("2", "accused", "accuse", "VERB", "VBD", "0", "root")                                        \
    L("3", "Osterland", "Osterland", "PROPN", "NNP", "2", "obj")                                   \
    L("4", "and", "and", "CCONJ", "CC", "5", "cc")                                                 \
    L("5", "Valdoria", "Valdoria", "PROPN", "NNP", "3", "conj")                                    \
    L("6", ".", ".", "PUNCT", ".", "2", "punct") "\n"

/* "the rebels" after the story named an armed group refer to that group:
 * after "Valdoria accused the Red Hand Front" (MARREB), "The rebels
 * attacked Valdoria" is the Front's attack, not the Valdorian rebels' of
 * the story's country; "Rebels attacked" with no "the" is no reference.
 * A name with a lower-case article ("al-Zahir", split "al" "-" "Zahir")
 * is remembered too. */
#define ACCUSED_THE_FRONT                                                                          \
    L("1", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "nsubj")                                   \
    L("2", "accused", "accuse", "VERB", "VBD", "0", "root")                                        \
    L("3", "the", "the", "DET", "DT", "6", "det")                                                  \
    L("4", "Red", "Red", "PROPN", "NNP", "6", "compound")                                          \
    L("5", "Hand", "Hand", "PROPN", "NNP", "6", "compound")                                        \
    L("6", "Front", "Front", "PROPN", "NNP", "2", "obj")                                           \
    L("7", ".", ".", "PUNCT", ".", "2", "punct") "\n"
#define ACCUSED_AL_ZAHIR                                                                           \
    L("1", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "nsubj")                                   \
    L("2", "accused", "accuse", "VERB", "VBD", "0", "root")                                        \
    L("3", "al", "al", "PROPN", "NNP", "2", "obj")                                                 \
    L("4", "-", "-", "PUNCT", "HYPH", "3", "punct")                                                \
    L("5", "Zahir", "Zahir", "PROPN", "NNP", "3", "flat")                                          \
    L("6", ".", ".", "PUNCT", ".", "2", "punct") "\n"
#define THE_REBELS_ATTACKED                                                                        \
    L("1", "The", "the", "DET", "DT", "2", "det")                                                  \
    L("2", "rebels", "rebel", "NOUN", "NNS", "3", "nsubj")                                         \
    L("3", "attacked", "attack", "VERB", "VBD", "0", "root")                                       \
    L("4", "Valdoria", "Valdoria", "PROPN", "NNP", "3", "obj")                                     \
    L("5", ".", ".", "PUNCT", ".", "3", "punct") "\n"
#define REBELS_ATTACKED                                                                            \
    L("1", "Rebels", "rebel", "NOUN", "NNS", "2", "nsubj")                                         \
    L("2", "attacked", "attack", "VERB", "VBD", "0", "root")                                       \
    L("3", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "obj")                                     \
    L("4", ".", ".", "PUNCT", ".", "2", "punct") "\n"

#define THE_REBELS_ATTACKED_THE_FRONT                                                              \
    L("1", "The", "the", "DET", "DT", "2", "det")                                                  \
    L("2", "rebels", "rebel", "NOUN", "NNS", "3", "nsubj")                                         \
    L("3", "attacked", "attack", "VERB", "VBD", "0", "root")                                       \
    L("4", "the", "the", "DET", "DT", "7", "det")                                                  \
    L("5", "Red", "Red", "PROPN", "NNP", "7", "compound")                                          \
    L("6", "Hand", "Hand", "PROPN", "NNP", "7", "compound")                                        \
    L("7", "Front", "Front", "PROPN", "NNP", "3", "obj")                                           \
    L("8", ".", ".", "PUNCT", ".", "3", "punct") "\n"

TEST(the_rebels_refer_to_the_armed_group_named_before)
{
    CHECK_STR(code(ACCUSED_THE_FRONT THE_REBELS_ATTACKED, NULL),
              "VAL>MARREB:112 MARREB>VAL:190");
    CHECK_STR(code(ACCUSED_THE_FRONT REBELS_ATTACKED, NULL), "VAL>MARREB:112 VALREB>VAL:190");
    CHECK_STR(code(ACCUSED_AL_ZAHIR THE_REBELS_ATTACKED, NULL),
              "VAL>MARREBRAD:112 MARREBRAD>VAL:190");
    /* A group named only after the phrase is another party. */
    CHECK_STR(code(VALDORIA_TWICE THE_REBELS_ATTACKED_THE_FRONT, NULL),
              "VAL>OST:112 VALREB>MARREB:190");
}

/* "Valdorian civilians were killed in a town of Marestan": a place
 * described by a common noun under "in" is where the killing happened,
 * not who did it; a bare name ("killed in Marestan") may stand for the
 * state and is still read as the doer. */
#define CIVILIANS_KILLED_IN(...)                                                                   \
    L("1", "Valdorian", "Valdorian", "ADJ", "JJ", "2", "amod")                                     \
    L("2", "civilians", "civilian", "NOUN", "NNS", "4", "nsubj:pass")                              \
    L("3", "were", "be", "AUX", "VBD", "4", "aux:pass")                                            \
    L("4", "killed", "kill", "VERB", "VBN", "0", "root") __VA_ARGS__ "\n"

TEST(a_passives_doer_is_no_place_it_happened_in)
{
    CHECK_STR(code(CIVILIANS_KILLED_IN(
                       L("5", "in", "in", "ADP", "IN", "7", "case")
                       L("6", "a", "a", "DET", "DT", "7", "det")
                       L("7", "town", "town", "NOUN", "NN", "4", "obl")
                       L("8", "of", "of", "ADP", "IN", "9", "case")
                       L("9", "Marestan", "Marestan", "PROPN", "NNP", "7", "nmod")
                       L("10", ".", ".", "PUNCT", ".", "4", "punct")),
                   NULL),
              "");
    CHECK_STR(code(CIVILIANS_KILLED_IN(
                       L("5", "in", "in", "ADP", "IN", "6", "case")
                       L("6", "Marestan", "Marestan", "PROPN", "NNP", "4", "obl")
                       L("7", ".", ".", "PUNCT", ".", "4", "punct")),
                   NULL),
              "MAR>VALCVL:1823");
}

/* In a story about Valdoria, "officials expelled dozens more to
 * Valdoria": whoever sends people to a country is not that country's own,
 * so the officials are not Valdoria's; sent to Marestan, they are. */
#define OFFICIALS_EXPELLED_TO(place)                                                               \
    L("1", "Officials", "official", "NOUN", "NNS", "2", "nsubj")                                   \
    L("2", "expelled", "expel", "VERB", "VBD", "0", "root")                                        \
    L("3", "dozens", "dozen", "NOUN", "NNS", "2", "obj")                                           \
    L("4", "more", "more", "ADJ", "JJR", "3", "amod")                                              \
    L("5", "to", "to", "ADP", "IN", "6", "case")                                                   \
    L("6", place, place, "PROPN", "NNP", "2", "obl")                                               \
    L("7", ".", ".", "PUNCT", ".", "2", "punct") "\n"

TEST(who_deports_to_the_story_country_is_not_its_own)
{
    CHECK_STR(code(VALDORIA_TWICE OFFICIALS_EXPELLED_TO("Valdoria"), NULL), "VAL>OST:112");
    CHECK_STR(code(VALDORIA_TWICE OFFICIALS_EXPELLED_TO("Marestan"), NULL),
              "VAL>OST:112 VALGOV>MAR:174");
}

/* "Across the continent, rebels attacked Marestan", "the world's
 * officials accused Marestan": a continent or the world as the frame or
 * possessor puts the people in many countries, not in the story's one;
 * "Across the border" frames no such thing. */
#define ACROSS_THE(word)                                                                           \
    L("1", "Across", "across", "ADP", "IN", "3", "case")                                           \
    L("2", "the", "the", "DET", "DT", "3", "det")                                                  \
    L("3", word, word, "NOUN", "NN", "6", "obl")                                                   \
    L("4", ",", ",", "PUNCT", ",", "3", "punct")                                                   \
    L("5", "rebels", "rebel", "NOUN", "NNS", "6", "nsubj")                                         \
    L("6", "attacked", "attack", "VERB", "VBD", "0", "root")                                       \
    L("7", "Marestan", "Marestan", "PROPN", "NNP", "6", "obj")                                     \
    L("8", ".", ".", "PUNCT", ".", "6", "punct") "\n"
#define POSSESSOR_OFFICIALS(word)                                                                  \
    L("1", "The", "the", "DET", "DT", "2", "det")                                                  \
    L("2", word, word, "NOUN", "NN", "4", "nmod:poss")                                             \
    L("3", "'s", "'s", "PART", "POS", "2", "case")                                                 \
    L("4", "officials", "official", "NOUN", "NNS", "5", "nsubj")                                   \
    L("5", "accused", "accuse", "VERB", "VBD", "0", "root")                                        \
    L("6", "Marestan", "Marestan", "PROPN", "NNP", "5", "obj")                                     \
    L("7", ".", ".", "PUNCT", ".", "5", "punct") "\n"

TEST(a_continent_or_the_world_takes_no_story_country)
{
    CHECK_STR(code(VALDORIA_TWICE ACROSS_THE("continent"), NULL), "VAL>OST:112");
    CHECK_STR(code(VALDORIA_TWICE ACROSS_THE("border"), NULL), "VAL>OST:112 VALREB>MAR:190");
    CHECK_STR(code(VALDORIA_TWICE POSSESSOR_OFFICIALS("world"), NULL), "VAL>OST:112");
    CHECK_STR(code(VALDORIA_TWICE POSSESSOR_OFFICIALS("army"), NULL),
              "VAL>OST:112 VALGOV>MAR:112");
}

/* "Soldiers found Valdorian rebels, and four of them attacked
 * Marestan": "four of them" are part of the group just named, not the
 * soldiers of the sentence before that the story remembers; a plain
 * "they" still takes the story's memory. */
#define SOLDIERS_SHELLED                                                                           \
    L("1", "Osterland", "Osterland", "PROPN", "NNP", "2", "compound")                              \
    L("2", "soldiers", "soldier", "NOUN", "NNS", "3", "nsubj")                                     \
    L("3", "shelled", "shell", "VERB", "VBD", "0", "root")                                         \
    L("4", "Marestan", "Marestan", "PROPN", "NNP", "3", "obj")                                     \
    L("5", ".", ".", "PUNCT", ".", "3", "punct") "\n"
#define CAPTURED_REBELS(subject)                                                                   \
    L("1", "Soldiers", "soldier", "NOUN", "NNS", "2", "nsubj")                                     \
    L("2", "found", "find", "VERB", "VBD", "0", "root")                                            \
    L("3", "Valdorian", "Valdorian", "ADJ", "JJ", "4", "amod")                                     \
    L("4", "rebels", "rebel", "NOUN", "NNS", "2", "obj")                                           \
    L("5", ",", ",", "PUNCT", ",", "10", "punct")                                                  \
    L("6", "and", "and", "CCONJ", "CC", "10", "cc") subject                                        \
    L("10", "attacked", "attack", "VERB", "VBD", "2", "conj")                                      \
    L("11", "Marestan", "Marestan", "PROPN", "NNP", "10", "obj")                                   \
    L("12", ".", ".", "PUNCT", ".", "2", "punct") "\n"

TEST(four_of_them_are_part_of_the_group_just_named)
{
    CHECK_STR(code(SOLDIERS_SHELLED CAPTURED_REBELS(
                       L("7", "four", "four", "NUM", "CD", "10", "nsubj")
                       L("8", "of", "of", "ADP", "IN", "9", "case")
                       L("9", "them", "they", "PRON", "PRP", "7", "nmod")),
                   NULL),
              "OSTMIL>MAR:190 VALREB>MAR:190");
    CHECK_STR(code(SOLDIERS_SHELLED CAPTURED_REBELS(
                       L("7", "so", "so", "ADV", "RB", "10", "advmod")
                       L("8", "then", "then", "ADV", "RB", "10", "advmod")
                       L("9", "they", "they", "PRON", "PRP", "10", "nsubj")),
                   NULL),
              "OSTMIL>MAR:190 OSTMIL>MAR:190");
}

/* "Rebels toured Marestan's cities accusing Osterland": a participle the
 * parser hung on a place has its doer elsewhere; the cities (Marestan's
 * by their possessor) do not accuse. Hung on the rebels, it is theirs. */
#define TOURED_CITIES_ACCUSING(head)                                                               \
    L("1", "Valdorian", "Valdorian", "ADJ", "JJ", "2", "amod")                                     \
    L("2", "rebels", "rebel", "NOUN", "NNS", "3", "nsubj")                                         \
    L("3", "toured", "tour", "VERB", "VBD", "0", "root")                                           \
    L("4", "Marestan", "Marestan", "PROPN", "NNP", "6", "nmod:poss")                               \
    L("5", "'s", "'s", "PART", "POS", "4", "case")                                                 \
    L("6", "cities", "city", "NOUN", "NNS", "3", "obj")                                            \
    L("7", "accusing", "accuse", "VERB", "VBG", head, "acl")                                       \
    L("8", "Osterland", "Osterland", "PROPN", "NNP", "7", "obj")                                   \
    L("9", ".", ".", "PUNCT", ".", "3", "punct") "\n"

TEST(a_place_does_not_act)
{
    CHECK_STR(code(TOURED_CITIES_ACCUSING("6"), NULL), "");
    CHECK_STR(code(TOURED_CITIES_ACCUSING("2"), NULL), "VALREB>OST:112");
}

/* A story about Valdoria whose events happen in Marestan ("Valdorian
 * soldiers attacked rebels in Marestan"): "local officials" belong to
 * the place, Marestan; plain "officials" still take the story's country. */
#define SOLDIERS_ATTACKED_IN_MARESTAN                                                              \
    L("1", "Valdorian", "Valdorian", "ADJ", "JJ", "2", "amod")                                     \
    L("2", "soldiers", "soldier", "NOUN", "NNS", "3", "nsubj")                                     \
    L("3", "attacked", "attack", "VERB", "VBD", "0", "root")                                       \
    L("4", "rebels", "rebel", "NOUN", "NNS", "3", "obj")                                           \
    L("5", "in", "in", "ADP", "IN", "6", "case")                                                   \
    L("6", "Marestan", "Marestan", "PROPN", "NNP", "3", "obl")                                     \
    L("7", ".", ".", "PUNCT", ".", "3", "punct") "\n"
#define OFFICIALS_ACCUSED(...)                                                                     \
    __VA_ARGS__                                                                                    \
    L("2", "officials", "official", "NOUN", "NNS", "3", "nsubj")                                   \
    L("3", "accused", "accuse", "VERB", "VBD", "0", "root")                                        \
    L("4", "Osterland", "Osterland", "PROPN", "NNP", "3", "obj")                                   \
    L("5", ".", ".", "PUNCT", ".", "3", "punct") "\n"

TEST(local_officials_belong_to_the_place_of_the_story)
{
    CHECK_STR(code(VALDORIA_TWICE SOLDIERS_ATTACKED_IN_MARESTAN OFFICIALS_ACCUSED(
                       L("1", "Local", "local", "ADJ", "JJ", "2", "amod")),
                   NULL),
              "VAL>OST:112 VALMIL>VALREB:190 MARGOV>OST:112");
    CHECK_STR(code(VALDORIA_TWICE SOLDIERS_ATTACKED_IN_MARESTAN OFFICIALS_ACCUSED(
                       L("1", "The", "the", "DET", "DT", "2", "det")),
                   NULL),
              "VAL>OST:112 VALMIL>VALREB:190 VALGOV>OST:112");
}

/* A verb with an object and a noun said of it ("branded Marestan a haven
 * to shelter traitors") gives a name: its patterns read that noun, not
 * the words of the clause hung on it. */
#define BRANDED_MARESTAN(...)                                                                      \
    L("1", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "nsubj")                                   \
    L("2", "branded", "brand", "VERB", "VBD", "0", "root")                                         \
    L("3", "Marestan", "Marestan", "PROPN", "NNP", "2", "obj")                                     \
    L("4", "a", "a", "DET", "DT", "5", "det")                                                      \
    __VA_ARGS__ "\n"

TEST(a_name_given_is_read_without_the_clause_on_it)
{
    CHECK_STR(code(BRANDED_MARESTAN(
                       L("5", "haven", "haven", "NOUN", "NN", "2", "xcomp")
                       L("6", "to", "to", "PART", "TO", "7", "mark")
                       L("7", "shelter", "shelter", "VERB", "VB", "5", "acl")
                       L("8", "traitors", "traitor", "NOUN", "NNS", "7", "obj")
                       L("9", ".", ".", "PUNCT", ".", "2", "punct")),
                   NULL),
              "");
    CHECK_STR(code(BRANDED_MARESTAN(L("5", "traitor", "traitor", "NOUN", "NN", "2", "xcomp")
                                        L("6", ".", ".", "PUNCT", ".", "2", "punct")),
                   NULL),
              "VAL>MAR:111");
}

/* A relative clause on a noun after the verb describes that noun ("killed
 * rebels who ordered an airstrike"): the verb's patterns do not read it,
 * while a phrase of the verb's own still counts ("killed rebels in an
 * airstrike"). */
#define KILLED_REBELS(...)                                                                         \
    L("1", "Valdorian", "Valdorian", "ADJ", "JJ", "2", "amod")                                     \
    L("2", "soldiers", "soldier", "NOUN", "NNS", "3", "nsubj")                                     \
    L("3", "killed", "kill", "VERB", "VBD", "0", "root")                                           \
    L("4", "Marestani", "Marestani", "ADJ", "JJ", "5", "amod")                                     \
    L("5", "rebels", "rebel", "NOUN", "NNS", "3", "obj")                                           \
    __VA_ARGS__ "\n"

TEST(a_relative_clause_on_a_noun_after_the_verb_is_not_its_pattern)
{
    CHECK_STR(code(KILLED_REBELS(L("6", "who", "who", "PRON", "WP", "7", "nsubj")
                                     L("7", "ordered", "order", "VERB", "VBD", "5", "acl:relcl")
                                     L("8", "an", "a", "DET", "DT", "9", "det")
                                     L("9", "airstrike", "airstrike", "NOUN", "NN", "7", "obj")
                                     L("10", ".", ".", "PUNCT", ".", "3", "punct")),
                   NULL),
              "VALMIL>MARREB:1823");
    CHECK_STR(code(KILLED_REBELS(L("6", "in", "in", "ADP", "IN", "8", "case")
                                     L("7", "an", "a", "DET", "DT", "8", "det")
                                     L("8", "airstrike", "airstrike", "NOUN", "NN", "3", "obl")
                                     L("9", ".", ".", "PUNCT", ".", "3", "punct")),
                   NULL),
              "VALMIL>MARREB:195");
}

/* "Valdoria refused comment": the parse read the verb as a modifier of
 * the noun right after it; that noun is its object for the patterns
 * ("* COMMENT", no rejection). */
TEST(a_verb_read_as_modifier_of_the_next_noun_has_it_for_object)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(L("1", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "nsubj")
                       L("2", "refused", "refuse", "VERB", "VBN", "3", "amod")
                       L("3", "comment", "comment", "NOUN", "NN", "0", "root")
                       L("4", ".", ".", "PUNCT", ".", "3", "punct") "\n",
                   NULL),
              "");
    CHECK_STR(code(L("1", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "nsubj")
                       L("2", "refused", "refuse", "VERB", "VBD", "0", "root")
                       L("3", "talks", "talk", "NOUN", "NNS", "2", "obj")
                       L("4", ".", ".", "PUNCT", ".", "2", "punct") "\n",
                   NULL),
              "VAL>---:120");
    sr_coder_free(coder);
    coder = saved;
}

/* "Valdoria massed troops near Marestan and Osterland and shelled
 * them": "them" right after a list of names stands for the list, not
 * for the story's memory (where a bare country is never "them"), so the
 * shelling is aimed at each. A single name before it is no list and
 * leaves "them" to the memory. */
#define MASSED_NEAR(places)                                                                        \
    L("1", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "nsubj")                                   \
    L("2", "massed", "mass", "VERB", "VBD", "0", "root")                                           \
    L("3", "troops", "troop", "NOUN", "NNS", "2", "obj")                                           \
    L("4", "near", "near", "ADP", "IN", "5", "case")                                               \
    L("5", "Marestan", "Marestan", "PROPN", "NNP", "2", "obl") places                              \
    L("8", "and", "and", "CCONJ", "CC", "9", "cc")                                                 \
    L("9", "shelled", "shell", "VERB", "VBD", "2", "conj")                                         \
    L("10", "them", "they", "PRON", "PRP", "9", "obj")                                             \
    L("11", ".", ".", "PUNCT", ".", "2", "punct") "\n"

TEST(them_after_a_list_of_names_stands_for_the_list)
{
    CHECK_STR(code(MASSED_NEAR(L("6", "and", "and", "CCONJ", "CC", "7", "cc")
                                   L("7", "Osterland", "Osterland", "PROPN", "NNP", "5", "conj")),
                   NULL),
              "VAL>MAR:190 VAL>OST:190");
    CHECK_STR(code(MASSED_NEAR(L("6", "'s", "'s", "PART", "POS", "5", "case")
                                   L("7", "towns", "town", "NOUN", "NNS", "2", "obl")),
                   NULL),
              "");
}

/* "Valdoria offered a ceasefire, but Marestan refused": an offer,
 * appeal or demand answered in a conjoined clause was made to whoever
 * answered; when the answer's subject is a phrase no dictionary codes
 * ("the envoys"), the offer's one-sided row is refused. A pronoun
 * stands for a party named elsewhere and leaves the row as it was. */
#define OFFERED_BUT(answerer)                                                                      \
    L("1", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "nsubj")                                   \
    L("2", "offered", "offer", "VERB", "VBD", "0", "root")                                       \
    L("3", "a", "a", "DET", "DT", "4", "det")                                                      \
    L("4", "ceasefire", "ceasefire", "NOUN", "NN", "2", "obj")                                     \
    L("5", ",", ",", "PUNCT", ",", "9", "punct")                                                   \
    L("6", "but", "but", "CCONJ", "CC", "9", "cc") answerer                                        \
    L("9", "refused", "refuse", "VERB", "VBD", "2", "conj")                                        \
    L("10", ".", ".", "PUNCT", ".", "2", "punct") "\n"

TEST(an_offer_answered_in_a_conjoined_clause_was_made_to_who_answered)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(OFFERED_BUT(L("7", "then", "then", "ADV", "RB", "9", "advmod")
                                    L("8", "Marestan", "Marestan", "PROPN", "NNP", "9", "nsubj")),
                   NULL),
              "VAL>MAR:030");
    CHECK_STR(code(OFFERED_BUT(L("7", "the", "the", "DET", "DT", "8", "det")
                                    L("8", "envoys", "envoy", "NOUN", "NNS", "9", "nsubj")),
                   NULL),
              "");
    CHECK_STR(code(OFFERED_BUT(L("7", "then", "then", "ADV", "RB", "9", "advmod")
                                    L("8", "they", "they", "PRON", "PRP", "9", "nsubj")),
                   NULL),
              "VAL>---:030");
    CHECK_STR(code(L("1", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "nsubj")
                   L("2", "offered", "offer", "VERB", "VBD", "0", "root")
                   L("3", "a", "a", "DET", "DT", "4", "det")
                   L("4", "ceasefire", "ceasefire", "NOUN", "NN", "2", "obj")
                   L("5", ".", ".", "PUNCT", ".", "2", "punct") "\n",
                   NULL),
              "VAL>---:030");
    sr_coder_free(coder);
    coder = saved;
}

/* "Marestani rebels demanded that the Red Hand Front disband": a
 * demand made of a party with the source's own code (both MARREB) is a
 * demand the codes cannot tell from its maker, as an act whose source
 * and target are one actor, and its one-sided row is refused. A party of
 * another code is the target; a pronoun keeps the row. */
#define REBELS_DEMANDED(subject)                                                                   \
    L("1", "Marestani", "Marestani", "ADJ", "JJ", "2", "amod")                                     \
    L("2", "rebels", "rebel", "NOUN", "NNS", "3", "nsubj")                                         \
    L("3", "demanded", "demand", "VERB", "VBD", "0", "root")                                       \
    L("4", "that", "that", "SCONJ", "IN", "8", "mark") subject                                     \
    L("8", "disband", "disband", "VERB", "VB", "3", "ccomp")                                       \
    L("9", ".", ".", "PUNCT", ".", "3", "punct") "\n"

TEST(a_demand_made_of_the_sources_own_code_is_refused)
{
    sr_coder_options one_sided = {.require_dyad = 0};
    sr_coder *saved = coder;
    coder = sr_coder_new(dict, &one_sided);
    CHECK_STR(code(REBELS_DEMANDED(L("5", "Red", "Red", "PROPN", "NNP", "7", "compound")
                                       L("6", "Hand", "Hand", "PROPN", "NNP", "7", "compound")
                                       L("7", "Front", "Front", "PROPN", "NNP", "8", "nsubj")),
                   NULL),
              "");
    CHECK_STR(code(REBELS_DEMANDED(L("5", "the", "the", "DET", "DT", "7", "det")
                                       L("6", "Valdorian", "Valdorian", "ADJ", "JJ", "7", "amod")
                                       L("7", "troops", "troop", "NOUN", "NNS", "8", "nsubj")),
                   NULL),
              "MARREB>VALMIL:100");
    CHECK_STR(code(REBELS_DEMANDED(L("5", "all", "all", "DET", "DT", "7", "det")
                                       L("6", "of", "of", "ADP", "IN", "7", "case")
                                       L("7", "them", "they", "PRON", "PRP", "8", "nsubj")),
                   NULL),
              "MARREB>---:100");
    sr_coder_free(coder);
    coder = saved;
}


/* "Valdorian officials said during a visit to Marestan that Osterland had
 * lied": where the speakers went is the occasion of the statement, not
 * what it is about; the target is the actor of what was said, whether
 * the parser hangs the "that" clause on the verb or (wrongly) on the
 * visit noun taken as the verb's complement. With no actor in what was
 * said, no target (issue 5, round 33, helper S). */
#define SAID_ON_A_VISIT(prep, vrel, lrel, lhead, subj)                                             \
    L("1", "Valdorian", "Valdorian", "ADJ", "JJ", "2", "amod")                                     \
    L("2", "officials", "official", "NOUN", "NNS", "3", "nsubj")                                   \
    L("3", "said", "say", "VERB", "VBD", "0", "root")                                              \
    L("4", prep, prep, "ADP", "IN", "6", "case")                                                   \
    L("5", "a", "a", "DET", "DT", "6", "det")                                                      \
    L("6", "visit", "visit", "NOUN", "NN", "3", vrel)                                              \
    L("7", "to", "to", "ADP", "IN", "8", "case")                                                   \
    L("8", "Marestan", "Marestan", "PROPN", "NNP", "6", "nmod")                                    \
    L("9", "that", "that", "SCONJ", "IN", "12", "mark")                                            \
    L("10", subj, subj, "PROPN", "NNP", "12", "nsubj")                                             \
    L("11", "had", "have", "AUX", "VBD", "12", "aux")                                              \
    L("12", "lied", "lie", "VERB", "VBN", lhead, lrel)                                             \
    L("13", ".", ".", "PUNCT", ".", "3", "punct") "\n"

TEST(the_place_of_a_speakers_visit_is_no_target)
{
    CHECK_STR(code(SAID_ON_A_VISIT("during", "ccomp", "acl:relcl", "6", "Osterland"), NULL),
              "VALGOV>OST:010");
    CHECK_STR(code(SAID_ON_A_VISIT("on", "obl", "ccomp", "3", "Osterland"), NULL),
              "VALGOV>OST:010");
    CHECK_STR(code(SAID_ON_A_VISIT("during", "obl", "ccomp", "3", "Frodo"), NULL), "");
    /* Not an occasion: "said of a visit to Marestan that Frodo had lied". */
    CHECK_STR(code(SAID_ON_A_VISIT("of", "obl", "ccomp", "3", "Frodo"), NULL), "VALGOV>MAR:010");
}

/* '"Osterland lied," Valdorian officials said in a letter to Marestan':
 * whom a letter was addressed to is no target when the quotation names
 * what it is about; with no one named there ('"We are worried," ...'),
 * the addressee stays, as the listener of "told" does (issue 5, round
 * 33, helper S). */
#define QUOTE_IN_A_LETTER(subj, pred, noun)                                                        \
    L("1", "\"", "\"", "PUNCT", "``", "3", "punct")                                                  \
    L("2", subj, subj, "PROPN", "NNP", "3", "nsubj")                                               \
    L("3", pred, pred, "VERB", "VBD", "0", "root")                                                 \
    L("4", ",", ",", "PUNCT", ",", "3", "punct")                                                   \
    L("5", "\"", "\"", "PUNCT", "''", "3", "punct")                                                  \
    L("6", "Valdorian", "Valdorian", "ADJ", "JJ", "7", "amod")                                     \
    L("7", "officials", "official", "NOUN", "NNS", "8", "nsubj")                                   \
    L("8", "said", "say", "VERB", "VBD", "3", "parataxis")                                         \
    L("9", "in", "in", "ADP", "IN", "11", "case")                                                  \
    L("10", "a", "a", "DET", "DT", "11", "det")                                                    \
    L("11", noun, noun, "NOUN", "NN", "8", "obl")                                                  \
    L("12", "to", "to", "ADP", "IN", "13", "case")                                                 \
    L("13", "Marestan", "Marestan", "PROPN", "NNP", "11", "nmod")                                  \
    L("14", ".", ".", "PUNCT", ".", "3", "punct") "\n"

TEST(the_addressee_of_a_letter_gives_way_to_its_topic)
{
    CHECK_STR(code(QUOTE_IN_A_LETTER("Osterland", "lied", "letter"), NULL), "VALGOV>OST:010");
    CHECK_STR(code(QUOTE_IN_A_LETTER("Frodo", "lied", "letter"), NULL), "VALGOV>MAR:010");
    /* Not a message: "said in a speech to Marestan" is made to it. */
    CHECK_STR(code(QUOTE_IN_A_LETTER("Osterland", "lied", "speech"), NULL), "VALGOV>MAR:010");
}

/* "Valdorian officials said instead of naming Marestan, Osterland lied":
 * what "instead of" or "rather than" marks was not done, and names no
 * target; the parser's clause hung inside it ("Osterland lied") still
 * does. Under another subordinator ("after naming Marestan") the named
 * party stays the first actor after the verb (issue 5, round 33, helper
 * S). */
#define SAID_INSTEAD_OF(mark)                                                                      \
    L("1", "Valdorian", "Valdorian", "ADJ", "JJ", "2", "amod")                                     \
    L("2", "officials", "official", "NOUN", "NNS", "3", "nsubj")                                   \
    L("3", "said", "say", "VERB", "VBD", "0", "root")                                              \
    L("4", mark, mark, "ADV", "RB", "6", "mark")                                                   \
    L("5", "of", "of", "SCONJ", "IN", "4", "fixed")                                                \
    L("6", "naming", "name", "VERB", "VBG", "3", "advcl")                                          \
    L("7", "Marestan", "Marestan", "PROPN", "NNP", "6", "obj")                                     \
    L("8", ",", ",", "PUNCT", ",", "10", "punct")                                                  \
    L("9", "Osterland", "Osterland", "PROPN", "NNP", "10", "nsubj")                                \
    L("10", "lied", "lie", "VERB", "VBD", "6", "advcl")                                            \
    L("11", ".", ".", "PUNCT", ".", "3", "punct") "\n"

TEST(what_was_done_instead_of_names_no_target)
{
    CHECK_STR(code(SAID_INSTEAD_OF("instead"), NULL), "VALGOV>OST:010");
    CHECK_STR(code(SAID_INSTEAD_OF("ahead"), NULL), "VALGOV>MAR:010");
}

/* "Valdorian officials told Marestan that prices rose": whom a statement
 * was told to is its audience; when the reported clause, with a subject of
 * its own, names no actor and no pronoun that could stand for the
 * listener, the statement is about something else and has no target.
 * "that its prices rose" may be about the listener and keeps it; so does
 * a clause with no subject, which may be the listener's own predicate
 * misparsed (issue 5, round 41, helper Q). */
#define TOLD_THAT(det, subjrel)                                                                    \
    L("1", "Valdorian", "Valdorian", "ADJ", "JJ", "2", "amod")                                     \
    L("2", "officials", "official", "NOUN", "NNS", "3", "nsubj")                                   \
    L("3", "told", "tell", "VERB", "VBD", "0", "root")                                             \
    L("4", "Marestan", "Marestan", "PROPN", "NNP", "3", "obj")                                     \
    L("5", "that", "that", "SCONJ", "IN", "8", "mark")                                             \
    L("6", det, det, "DET", "DT", "7", "det")                                                      \
    L("7", "prices", "price", "NOUN", "NNS", "8", subjrel)                                         \
    L("8", "rose", "rise", "VERB", "VBD", "3", "ccomp")                                            \
    L("9", ".", ".", "PUNCT", ".", "3", "punct") "\n"

TEST(the_audience_of_a_statement_about_something_else_is_no_target)
{
    CHECK_STR(code(TOLD_THAT("the", "nsubj"), NULL), "");
    CHECK_STR(code(TOLD_THAT("its", "nsubj"), NULL), "VALGOV>MAR:010");
    CHECK_STR(code(TOLD_THAT("the", "obj"), NULL), "VALGOV>MAR:010");
}

/* "Valdorian officials told a meeting of Marestan that its prices rose":
 * a gathering as the listener is the forum the words were said at, not
 * whom they were aimed at, even when a pronoun in the reported clause
 * could stand for its members; "the leaders of Marestan" are still a
 * listener who may be what the clause is about (issue 5, helper Q2:
 * "'...,' the UNICEF chief told a meeting of the U.N. Security Council"
 * was coded as a statement aimed at the U.N.). */
#define TOLD_A_GATHERING(noun, lemma)                                                              \
    L("1", "Valdorian", "Valdorian", "ADJ", "JJ", "2", "amod")                                     \
    L("2", "officials", "official", "NOUN", "NNS", "3", "nsubj")                                   \
    L("3", "told", "tell", "VERB", "VBD", "0", "root")                                             \
    L("4", "a", "a", "DET", "DT", "5", "det")                                                      \
    L("5", noun, lemma, "NOUN", "NN", "3", "obj")                                                  \
    L("6", "of", "of", "ADP", "IN", "7", "case")                                                   \
    L("7", "Marestan", "Marestan", "PROPN", "NNP", "5", "nmod")                                    \
    L("8", "that", "that", "SCONJ", "IN", "11", "mark")                                            \
    L("9", "its", "its", "PRON", "PRP$", "10", "nmod:poss")                                        \
    L("10", "prices", "price", "NOUN", "NNS", "11", "nsubj")                                       \
    L("11", "rose", "rise", "VERB", "VBD", "3", "ccomp")                                           \
    L("12", ".", ".", "PUNCT", ".", "3", "punct") "\n"

/* "Speaking to Marestani officials, Valdorian officials said prices
 * rose": the participle says where and to whom the statement of the main
 * clause was made; the listeners under "to" are its audience, no target,
 * and the statement, about prices, is not coded. Without a reported
 * clause on the main verb ("..., Valdorians said so") the speaking keeps
 * its listener (issue 5, helper Q2: "Speaking to British lawmakers last
 * month, Starmer said a deal was vital ..." was aimed at Parliament). */
#define SPEAKING_TO(main, lemma, rest)                                                             \
    L("1", "Speaking", "speak", "VERB", "VBG", "9", "advcl")                                       \
    L("2", "to", "to", "ADP", "IN", "4", "case")                                                   \
    L("3", "Marestani", "Marestani", "ADJ", "JJ", "4", "amod")                                     \
    L("4", "officials", "official", "NOUN", "NNS", "1", "obl")                                     \
    L("5", "on", "on", "ADP", "IN", "6", "case")                                                   \
    L("6", "Monday", "Monday", "PROPN", "NNP", "1", "obl")                                         \
    L("7", ",", ",", "PUNCT", ",", "1", "punct")                                                   \
    L("8", "Valdorians", "Valdorian", "PROPN", "NNPS", "9", "nsubj")                               \
    L("9", main, lemma, "VERB", "VBD", "0", "root") rest

#define PRICES_ROSE                                                                                \
    L("10", "prices", "price", "NOUN", "NNS", "11", "nsubj")                                       \
    L("11", "rose", "rise", "VERB", "VBD", "9", "ccomp")                                           \
    L("12", ".", ".", "PUNCT", ".", "9", "punct") "\n"
#define SAID_SO                                                                                    \
    L("10", "so", "so", "ADV", "RB", "9", "advmod")                                                \
    L("11", ".", ".", "PUNCT", ".", "9", "punct") "\n"

TEST(the_audience_of_a_reported_speech_is_no_target)
{
    CHECK_STR(code(SPEAKING_TO("said", "say", PRICES_ROSE), NULL), "");
    CHECK_STR(code(SPEAKING_TO("said", "say", SAID_SO), NULL), "VAL>MARGOV:010");
}

TEST(a_gathering_told_is_the_forum_not_the_target)
{
    CHECK_STR(code(TOLD_A_GATHERING("meeting", "meeting"), NULL), "");
    CHECK_STR(code(TOLD_A_GATHERING("session", "session"), NULL), "");
    CHECK_STR(code(TOLD_A_GATHERING("leader", "leader"), NULL), "VALGOV>MARGOV:010");
}


/* "Valdoria accused Frodo over his term as envoy to Marestan": a role
 * under "as" right after a noun of a term in office says when, and who
 * Frodo was then; Marestan, the office's country, is no party to the
 * act, whether the parser hangs the role on the tenure noun or beside it
 * on the verb. With nothing else named, the accusation has no target and
 * is not coded. "his work as envoy to Marestan" is no tenure and keeps it
 * (issue 5, round 41, helper Q). */
#define ROLE_OF_A_TENURE(noun, ashead)                                                             \
    L("1", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "nsubj")                                   \
    L("2", "accused", "accuse", "VERB", "VBD", "0", "root")                                        \
    L("3", "Frodo", "Frodo", "PROPN", "NNP", "2", "obj")                                           \
    L("4", "over", "over", "ADP", "IN", "6", "case")                                               \
    L("5", "his", "his", "PRON", "PRP$", "6", "nmod:poss")                                         \
    L("6", noun, noun, "NOUN", "NN", "2", "obl")                                                   \
    L("7", "as", "as", "ADP", "IN", "8", "case")                                                   \
    L("8", "envoy", "envoy", "NOUN", "NN", ashead, "nmod")                                         \
    L("9", "to", "to", "ADP", "IN", "10", "case")                                                  \
    L("10", "Marestan", "Marestan", "PROPN", "NNP", "8", "nmod")                                   \
    L("11", ".", ".", "PUNCT", ".", "2", "punct") "\n"

TEST(the_role_of_a_tenure_is_no_target)
{
    CHECK_STR(code(ROLE_OF_A_TENURE("term", "2"), NULL), "");
    CHECK_STR(code(ROLE_OF_A_TENURE("years", "6"), NULL), "");
    CHECK_STR(code(ROLE_OF_A_TENURE("work", "2"), NULL), "VAL>MAR:112");
    CHECK_STR(code(ROLE_OF_A_TENURE("work", "6"), NULL), "VAL>MAR:112");
}

/* "Osterland protested. Mr. Frodo and his soldiers later attacked
 * Valdoria": "his" right after a bare name that names no actor is that
 * person's, whose country the text does not give; Osterland, the actor
 * last remembered, is not the owner, and the soldiers, of no known
 * country, code no attack. After "President Frodo" (a title) or a name
 * of an actor ("Marestan Frodo"), the older reading stands (issue 5,
 * round 41, helper Q). */
#define HIS_AFTER_A_NAME(w2, u2)                                                                   \
    L("1", "Osterland", "Osterland", "PROPN", "NNP", "2", "nsubj")                                 \
    L("2", "protested", "protest", "VERB", "VBD", "0", "root")                                     \
    L("3", ".", ".", "PUNCT", ".", "2", "punct") "\n"                                              \
    L("1", w2, w2, u2, "NNP", "2", "compound")                                                     \
    L("2", "Frodo", "Frodo", "PROPN", "NNP", "7", "nsubj")                                         \
    L("3", "and", "and", "CCONJ", "CC", "5", "cc")                                                 \
    L("4", "his", "his", "PRON", "PRP$", "5", "nmod:poss")                                         \
    L("5", "soldiers", "soldier", "NOUN", "NNS", "2", "conj")                                      \
    L("6", "later", "later", "ADV", "RB", "7", "advmod")                                           \
    L("7", "attacked", "attack", "VERB", "VBD", "0", "root")                                       \
    L("8", "Valdoria", "Valdoria", "PROPN", "NNP", "7", "obj")                                     \
    L("9", ".", ".", "PUNCT", ".", "7", "punct") "\n"

TEST(his_after_an_unknown_name_is_that_persons)
{
    CHECK_STR(code(HIS_AFTER_A_NAME("Mr.", "PROPN"), NULL), "OST>OST:141");
    CHECK_STR(code(HIS_AFTER_A_NAME("President", "PROPN"), NULL), "OST>OST:141 OSTMIL>VAL:190");
    CHECK_STR(code(HIS_AFTER_A_NAME("Marestan", "PROPN"), NULL),
              "OST>OST:141 MAR>VAL:190 MARMIL>VAL:190");
}


/* "Valdoria requested Northern Compact consultations with Marestan":
 * talks whose actor comes only from a modifier of their noun name the
 * forum (or the broker) there; the party talked with is under "with", on
 * the noun or beside it on the verb. Talks whose noun is no modifier's
 * ("requested consultations with the Northern Compact") and a "with"
 * phrase naming no one keep what they had (issue 5, round 41, helper Q). */
#define TALKS_WITH(mod, obj, withhead, party)                                                      \
    L("1", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "nsubj")                                   \
    L("2", "requested", "request", "VERB", "VBD", "0", "root")                                     \
    L("3", "Northern", "Northern", "PROPN", "NNP", "4", "compound")                                \
    L("4", "Compact", "Compact", "PROPN", "NNP", "5", mod)                                         \
    L("5", obj, obj, "NOUN", "NNS", "2", "obj")                                                    \
    L("6", "with", "with", "ADP", "IN", "7", "case")                                               \
    L("7", party, party, "PROPN", "NNP", withhead, "nmod")                                         \
    L("8", ".", ".", "PUNCT", ".", "2", "punct") "\n"

TEST(the_party_of_talks_is_not_their_forum)
{
    CHECK_STR(code(TALKS_WITH("compound", "consultations", "5", "Marestan"), NULL), "VAL>MAR:020");
    CHECK_STR(code(TALKS_WITH("compound", "talks", "2", "Marestan"), NULL), "VAL>MAR:020");
    /* Not talks: "requested Northern Compact funds with Marestan". */
    CHECK_STR(code(TALKS_WITH("compound", "funds", "5", "Marestan"), NULL), "VAL>IGONCP:020");
    /* No one under "with". */
    CHECK_STR(code(TALKS_WITH("compound", "talks", "5", "Frodo"), NULL), "VAL>IGONCP:020");
}


/* "Valdoria denounced the decision, telling Marestan ...": whom the doer
 * told about an act is the audience of that telling, not the party the
 * act was done to; the telling itself keeps its listener. Under another
 * participle ("naming Marestan") the named party is still the first actor
 * after the verb (issue 5, round 41, helper Q). */
#define DENOUNCED_TELLING(part)                                                                    \
    L("1", "Valdoria", "Valdoria", "PROPN", "NNP", "2", "nsubj")                                   \
    L("2", "denounced", "denounce", "VERB", "VBD", "0", "root")                                    \
    L("3", "the", "the", "DET", "DT", "4", "det")                                                  \
    L("4", "decision", "decision", "NOUN", "NN", "2", "obj")                                       \
    L("5", ",", ",", "PUNCT", ",", "6", "punct")                                                   \
    L("6", part, part, "VERB", "VBG", "2", "advcl")                                                \
    L("7", "Marestan", "Marestan", "PROPN", "NNP", "6", "obj")                                     \
    L("8", ".", ".", "PUNCT", ".", "2", "punct") "\n"

TEST(the_listener_of_a_telling_is_no_target_of_the_act)
{
    CHECK_STR(code(DENOUNCED_TELLING("telling"), NULL), "VAL>MAR:010");
    CHECK_STR(code(DENOUNCED_TELLING("naming"), NULL), "VAL>MAR:111");
}

#undef L

int main(void)
{
    dict = sr_dict_new();
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    if (load(sr_dict_load_verbs, "verbs.txt", &diags) != SR_OK ||
        load(sr_dict_load_actors, "actors.txt", &diags) != SR_OK ||
        load(sr_dict_load_agents, "agents.txt", &diags) != SR_OK ||
        load(sr_dict_load_discards, "discards.txt", &diags) != SR_OK) {
        printf("0 passed, 1 failed\n");
        return 1;
    }
    for (size_t i = 0; i < diags.n; i++) {
        char msg[512];
        sr_dict_diag_format(&diags.items[i], msg, sizeof msg);
        fprintf(stderr, "  fixture: %s\n", msg);
    }
    sr_coder_options plain = {.require_dyad = 1}, explain = {.explain = 1, .require_dyad = 1};
    coder = sr_coder_new(dict, &plain);
    coder_explain = sr_coder_new(dict, &explain);

    RUN(simple_svo);
    RUN(passive_by_phrase);
    RUN(compound_subjects_objects_modifiers);
    RUN(agents_join_actor_codes);
    RUN(agents_without_actor_take_the_story_country);
    RUN(agents_alone_keep_no_country);
    RUN(a_part_acting_on_its_own_country_is_an_event);
    RUN(hyphen_prefixes_and_possessive_owners);
    RUN(will_and_ready_make_intentions);
    RUN(readiness_infinitive_labelled_csubj);
    RUN(must_is_not_an_act);
    RUN(opposed_to_with_and_without_by);
    RUN(pattern_target_on_a_numeral_takes_the_counted_noun);
    RUN(capitalised_us_is_the_united_states);
    RUN(name_of_a_city_is_a_place_not_a_lost_doer);
    RUN(hyphenated_member_prefix_is_no_subject);
    RUN(announced_reduction_of_relations_is_a_decision);
    RUN(compound_before_auxiliary_is_the_subject);
    RUN(bare_participle_clause_gives_its_noun_to_the_verb);
    RUN(purpose_of_a_negated_verb_is_unrealised);
    RUN(camp_for_refugees_is_theirs);
    RUN(negated_allowing_is_a_refusal);
    RUN(protests_are_aimed_at_home);
    RUN(statements_to_the_press_have_no_target);
    RUN(pattern_targets_that_are_only_the_press_are_dropped);
    RUN(one_sided_events_without_require_dyad);
    RUN(a_party_gathering_alone_meets_no_one);
    RUN(a_present_time_clause_under_a_possible_verb_is_to_come);
    RUN(resistance_beside_a_fight_is_that_fight);
    RUN(targetless_appeal_refused_when_another_actor_is_named);
    RUN(a_bare_appeal_needs_an_addressee);
    RUN(targetless_intention_refused_when_another_actor_is_named);
    RUN(a_one_sided_act_joined_to_a_verb_that_names_its_party_is_dropped);
    RUN(a_one_sided_event_of_an_unknown_name_is_refused);
    RUN(an_active_clause_whose_doer_the_parse_lost_is_refused);
    RUN(a_quantifier_object_counts_the_object_before_it);
    RUN(a_quantifier_counts_the_people_a_vehicle_carries);
    RUN(joined_verbs_share_the_argument_after_them);
    RUN(participle_completing_an_object_is_passive);
    RUN(a_participle_after_a_comma_shares_the_clauses_subject);
    RUN(a_where_clause_with_a_subject_is_active);
    RUN(a_participle_with_a_bare_name_after_it_is_active);
    RUN(a_joint_act_with_an_uncodable_partner_is_refused);
    RUN(a_threat_to_a_joint_act_with_an_uncodable_partner_is_refused);
    RUN(a_demand_whose_plus_names_no_party_is_refused);
    RUN(a_modifier_with_an_auxiliary_is_a_clause_whose_doer_was_lost);
    RUN(what_an_appeal_asks_for_is_not_the_askeds_intention);
    RUN(conjuncts_of_what_an_appeal_asks_for_are_not_coded);
    RUN(what_a_plan_described_by_a_participle_asks_for_is_not_done);
    RUN(a_wish_is_no_deed);
    RUN(abilities_and_schedules_are_not_deeds);
    RUN(complement_and_purpose_of_a_future_verb_are_future);
    RUN(passive_subject_without_actor_keeps_modifiers_out_of_the_target);
    RUN(nothing_as_object_denies_the_act);
    RUN(what_an_accusation_alleges_is_not_coded);
    RUN(a_noun_with_a_preposition_is_no_subject);
    RUN(a_subordinators_noun_before_its_verb_is_the_subject);
    RUN(held_hostage_is_passive);
    RUN(he_and_she_are_no_plural_or_group);
    RUN(a_statement_verb_describing_a_noun_is_no_statement);
    RUN(a_perfect_without_be_is_active);
    RUN(a_reporter_gathers_the_news);
    RUN(a_conjuncts_modifier_is_shared_forward_only);
    RUN(an_ing_clause_after_a_by_phrase_is_its_doers);
    RUN(what_a_thing_suggests_is_no_statement);
    RUN(the_subject_after_an_inverted_reporting_verb_is_the_speaker);
    RUN(a_bare_spokesperson_takes_no_story_country);
    RUN(a_pronoun_in_a_reported_clause_is_the_speaker);
    RUN(the_rebels_refer_to_the_armed_group_named_before);
    RUN(a_passives_doer_is_no_place_it_happened_in);
    RUN(who_deports_to_the_story_country_is_not_its_own);
    RUN(a_continent_or_the_world_takes_no_story_country);
    RUN(four_of_them_are_part_of_the_group_just_named);
    RUN(them_after_a_list_of_names_stands_for_the_list);
    RUN(an_offer_answered_in_a_conjoined_clause_was_made_to_who_answered);
    RUN(a_demand_made_of_the_sources_own_code_is_refused);
    RUN(a_place_does_not_act);
    RUN(local_officials_belong_to_the_place_of_the_story);
    RUN(a_question_asserts_no_act);
    RUN(what_is_authorized_is_not_done);
    RUN(what_is_made_possible_is_not_done);
    RUN(what_there_is_now_is_a_description);
    RUN(verbal_acts_made_as_a_habit_are_not_coded);
    RUN(habits_and_functions_are_not_deeds);
    RUN(a_warning_or_insistence_of_a_state_is_no_threat_or_demand);
    RUN(the_place_of_a_meeting_is_no_party);
    RUN(plural_countries_take_no_story_country);
    RUN(out_of_business_names_no_business);
    RUN(the_expelled_are_not_the_story_countrys);
    RUN(an_outlets_language_service_is_no_state);
    RUN(armed_group_placed_by_its_modifier_takes_that_country);
    RUN(the_court_refers_to_the_body_named_before);
    RUN(foreign_word_on_a_compound_keeps_the_story_country_off);
    RUN(a_restriction_in_the_present_passive_is_a_state);
    RUN(a_designation_in_the_perfect_is_a_status);
    RUN(a_standing_accusation_in_the_perfect_is_no_news);
    RUN(standing_refusal_or_aid_in_the_perfect_is_no_news);
    RUN(a_thing_that_underlines_makes_no_statement);
    RUN(a_speaker_that_underlines_makes_a_statement);
    RUN(a_when_clause_under_the_present_is_a_habit);
    RUN(conjuncts_that_disagree_in_number_share_no_subject);
    RUN(opponents_are_not_whom_they_oppose);
    RUN(a_faith_word_before_a_name_is_a_given_name);
    RUN(opposition_to_something_is_a_stance);
    RUN(a_warning_of_what_a_thing_will_bring_is_no_threat);
    RUN(a_passive_seizure_reads_its_patient_as_the_object);
    RUN(the_means_of_a_passive_killing_is_no_victim);
    RUN(has_yet_to_is_not_done);
    RUN(what_is_discussed_is_no_party);
    RUN(its_in_the_object_is_the_subjects);
    RUN(a_things_agent_is_not_stacked_on_its_appositive);
    RUN(the_subject_of_a_feared_act_is_no_target);
    RUN(a_state_voices_no_disapproval_of_its_own_country);
    RUN(an_objects_infinitive_gives_no_target);
    RUN(where_the_expelled_were_sent_is_no_target);
    RUN(an_area_of_the_doers_own_country_is_no_target);
    RUN(the_doers_own_country_is_only_where_they_struck);
    RUN(a_gathering_told_is_the_forum_not_the_target);
    RUN(the_audience_of_a_reported_speech_is_no_target);
    RUN(the_place_of_a_gathering_deeper_in_the_clause_is_no_party);
    RUN(an_agent_hyphened_to_a_modifier_describes_it);
    RUN(opposition_with_to_after_a_lower_case_word_is_a_stance);
    RUN(the_speakers_own_country_said_to_intend_is_no_target);
    RUN(who_helped_is_no_target);
    RUN(who_would_be_released_is_no_target);
    RUN(the_victim_of_the_act_criticised_is_no_target);
    RUN(he_and_she_are_no_international_body);
    RUN(what_is_believed_or_claimed_is_not_coded);
    RUN(demands_are_made_of_the_demanded_clause_subject);
    RUN(dominant_and_subordinate_codes);
    RUN(pattern_targets_open_with_modifiers);
    RUN(no_before_a_subject_negates);
    RUN(by_phrase_marks_a_passive);
    RUN(passive_compound_agents_are_not_paired);
    RUN(a_by_phrase_source_leaves_the_patient_as_target);
    RUN(a_one_sided_event_told_in_full_is_not_coded_again);
    RUN(a_compound_subject_of_a_reciprocal_verb_acts_on_itself);
    RUN(home_coercion_failures_and_urged_acts);
    RUN(foreign_agents_take_no_story_country);
    RUN(measured_time_phrases_name_no_target);
    RUN(no_longer_negates);
    RUN(date_restricted_codes);
    RUN(negation_codes_nothing);
    RUN(said_clause_codes_both_verbs);
    RUN(transformation_rewrites_said_attack);
    RUN(discard_list_skips_sentence);
    RUN(paired_code_gives_two_events);
    RUN(null_code_pattern_blocks_verb_code);
    RUN(prepositional_and_noun_phrase_patterns);
    RUN(ud_v1_and_v2_labels_agree);
    RUN(pronoun_refers_within_story);
    RUN(plural_matches_singular_pattern_word);
    RUN(require_dyad_option);
    RUN(explain_names_pattern_and_entries);
    RUN(bad_parses_are_noted_not_fatal);
    RUN(pathological_sentence_runs_in_time);
    RUN(long_sentence_memory_is_linear);
    RUN(statement_target_is_topic_not_listener);
    RUN(actor_inside_phrase_of_a_thing);
    RUN(passive_doer_not_from_target_list_or_noun_clause);
    RUN(infinitive_of_an_adjective_takes_the_clause_subject);
    RUN(it_needs_actor_named_in_its_sentence);
    RUN(personal_pronoun_is_not_a_bare_country);
    RUN(long_modifier_chain_runs_in_time);
    RUN(adverbial_clause_yields_to_main_event);
    RUN(place_oblique_is_not_the_target);
    RUN(synset_member_matches_lemma_with_other_first_letter);
    RUN(wanted_refused_and_threatened_acts_are_not_done);
    RUN(bare_participles_are_passive_and_perfects_active);
    RUN(according_to_names_neither_side);
    RUN(what_x_called_names_no_target);
    RUN(what_an_act_is_compared_with_is_no_target);
    RUN(a_body_takes_the_sector_of_its_members);
    RUN(migrants_take_no_story_country);
    RUN(the_head_of_a_legislature_is_leg);
    RUN(analysts_take_no_story_country);
    RUN(caf_and_nam_are_story_countries);
    RUN(participle_joined_to_a_finite_verb_borrows_nothing);
    RUN(ethnic_groups_belong_to_their_place);
    RUN(glued_heading_gives_no_subject);
    RUN(time_clause_gives_no_target);
    RUN(comma_participle_takes_the_clause_subject);
    RUN(agent_only_sides_take_the_country_the_text_gives);
    RUN(participle_among_predicate_adjectives_is_passive);
    RUN(participle_among_states_after_remain_describes);
    RUN(a_thing_that_violates_a_rule_is_characterised);
    RUN(a_participle_telling_support_describes_its_noun);
    RUN(a_clause_whose_noun_is_its_object_describes_it);
    RUN(a_past_clause_on_an_indefinite_noun_describes_it);
    RUN(a_past_clause_on_a_speaker_or_topic_describes_it);
    RUN(a_past_participle_without_doer_or_time_describes_its_noun);
    RUN(a_past_participle_with_a_doer_short_of_violence_describes_its_noun);
    RUN(a_past_clause_on_the_object_of_another_verb_describes_it);
    RUN(what_was_already_under_way_before_is_background);
    RUN(a_stance_in_the_present_past_the_lead_is_held);
    RUN(what_a_speaker_says_another_party_does_is_a_characterisation);
    RUN(a_trend_of_a_growing_number_is_a_generalization);
    RUN(an_act_that_comes_round_each_year_is_a_practice);
    RUN(a_parenthetical_belief_holds_the_clause);
    RUN(possible_governor_reaches_its_complement);
    RUN(caseless_noun_before_the_verb_is_its_subject);
    RUN(us_in_capitals_named_as_nouns);
    RUN(clause_of_a_participle_with_a_doer_is_not_searched);
    RUN(neighboring_before_a_name_is_an_adjective);
    RUN(past_tense_under_a_root_noun_is_the_main_verb);
    RUN(verb_read_as_an_adjective_heads_its_clause);
    RUN(parse_repairs_of_agents_and_reported_subjects);
    RUN(negation_written_into_the_verb_is_a_refusal);
    RUN(participle_before_the_verb_lends_its_noun);
    RUN(the_city_of_a_country_is_a_place);
    RUN(number_after_a_preposition_gives_way_to_its_noun);
    RUN(region_agents_take_no_story_country);
    RUN(refugees_take_no_story_country);
    RUN(speaker_affiliation_is_no_target);
    RUN(heads_of_private_bodies_are_no_government);
    RUN(armed_group_leaders_are_no_government);
    RUN(including_parts_without_actor_are_no_target);
    RUN(former_officials_take_no_gov);
    RUN(acts_going_on_for_years_are_background);
    RUN(alleged_or_wanted_threats_are_not_made);
    RUN(a_relative_clause_in_the_present_is_a_description);
    RUN(a_hope_for_ones_own_act_is_a_wish);
    RUN(asking_whether_is_no_appeal);
    RUN(what_is_believed_or_deemed_to_be_done_is_not_coded);
    RUN(what_appears_to_be_done_is_a_surmise);
    RUN(aid_in_the_simple_present_is_a_policy);
    RUN(means_of_a_possible_act_are_only_possible);
    RUN(what_is_aimed_at_is_not_done);
    RUN(a_gerund_joined_to_an_accusation_is_alleged);
    RUN(what_is_ordered_is_not_done);
    RUN(a_word_of_a_multiword_verb_is_not_coded_again);
    RUN(a_planned_appeal_is_not_made);
    RUN(what_is_negotiated_for_is_not_done);
    RUN(what_one_is_hired_to_do_is_not_done);
    RUN(progress_claimed_in_an_effort_is_no_act);
    RUN(what_one_is_relied_on_to_do_is_not_done);
    RUN(an_act_hung_on_the_accused_is_alleged);
    RUN(the_means_of_an_alleged_act_are_alleged);
    RUN(what_prosecutors_say_is_alleged);
    RUN(what_analysts_say_will_happen_is_a_forecast);
    RUN(a_goal_toward_which_one_works_is_not_done);
    RUN(what_a_standing_law_provides_is_no_act);
    RUN(a_gerund_joined_to_an_adjective_describes);
    RUN(what_a_noun_would_do_or_awaits_a_place_is_not_done);
    RUN(what_a_deadline_allows_is_not_done);
    RUN(a_future_clause_asked_about_by_what_is_a_question);
    RUN(whether_in_the_subject_makes_a_question);
    RUN(acts_going_on_since_years_ago_are_background);
    RUN(possessor_eli_is_not_lent);
    RUN(spokesmen_of_unknown_bodies_take_no_story_country);
    RUN(us_in_capitals_is_the_united_states);
    RUN(names_under_of_in_a_place_are_the_place);
    RUN(pattern_number_stands_for_its_noun);
    RUN(ties_name_the_party_they_are_with);
    RUN(opposed_to_is_no_passive);
    RUN(links_name_the_party_they_are_with);
    RUN(a_thing_built_is_a_building_not_a_body);
    RUN(a_mission_owned_by_a_pronoun_is_not_the_bodys);
    RUN(noun_conjunct_of_the_verb_is_a_second_object);
    RUN(a_camp_for_people_is_theirs);
    RUN(subordinator_read_as_a_preposition_gives_no_target);
    RUN(hyphenated_participle_describes_the_noun_after_it);
    RUN(hyphen_repair_never_makes_the_heads_loop);
    RUN(own_people_are_no_target_beside_another_party);
    RUN(agent_without_by_is_an_object);
    RUN(subject_hung_on_the_closing_said_is_the_reported_verbs);
    RUN(including_members_belong_to_the_whole);
    RUN(in_defiance_of_is_no_place);
    RUN(hyphenated_description_of_a_subject_is_no_subject);
    RUN(civilians_of_an_attack_belong_to_its_place);
    RUN(a_name_given_is_read_without_the_clause_on_it);
    RUN(a_relative_clause_on_a_noun_after_the_verb_is_not_its_pattern);
    RUN(a_verb_read_as_modifier_of_the_next_noun_has_it_for_object);
    RUN(a_place_based_body_is_the_body);
    RUN(a_leaders_name_for_a_town_is_the_town);
    RUN(they_is_no_one_person);
    RUN(the_place_of_a_speakers_visit_is_no_target);
    RUN(the_addressee_of_a_letter_gives_way_to_its_topic);
    RUN(what_was_done_instead_of_names_no_target);
    RUN(the_audience_of_a_statement_about_something_else_is_no_target);
    RUN(the_role_of_a_tenure_is_no_target);
    RUN(his_after_an_unknown_name_is_that_persons);
    RUN(the_party_of_talks_is_not_their_forum);
    RUN(the_listener_of_a_telling_is_no_target_of_the_act);

    sr_coder_free(coder);
    sr_coder_free(coder_explain);
    sr_dict_diags_free(&diags);
    sr_dict_free(dict);
    return harness_summary();
}
