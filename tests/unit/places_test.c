/* places_test - the location resolver (src/attr/places.c) over hand-checked
 * parses and the fixture gazetteer in tests/data/gazetteer/: story and
 * actor countries over population, "Idlib province" as a region, the
 * verb's clause before the first place in the sentence, the dateline as a
 * fallback, no place rather than a guess, and refusals of a bad index by
 * the loader and the engine. When `make gazetteer` has built the real
 * index (gazetteer/places.bin) a few stories are resolved against it too.
 *
 * The sentences were written for this test; their parses were produced by
 * sitrep's parser and corrected by hand where it erred, so the test checks
 * the resolver, not the parser. */
#include "harness.h"

#include "attr/gazetteer.h"
#include "attr/places.h"
#include "base/arena.h"
#include "text/conllu.h"

#include <unistd.h>

#define FIXTURE "tests/data/gazetteer/"

static sr_gazetteer *fixture;
static char fixture_path[64];

/* A document made from CoNLL-U: the record text is rebuilt from the forms,
 * so byte offsets (and the dateline) refer to it. */
typedef struct tdoc {
    sr_arena arena;
    sr_record rec;
    sr_doc doc;
} tdoc;

static int tdoc_init(tdoc *t, const char *conllu)
{
    memset(t, 0, sizeof *t);
    sr_conllu_sentence *cs;
    uint32_t n;
    sr_error err;
    if (sr_conllu_parse(conllu, strlen(conllu), 1, &t->arena, &cs, &n, &err) != SR_OK) {
        fprintf(stderr, "  bad test parse: line %zu: %s\n", err.line, err.message);
        return 0;
    }
    size_t len;
    t->rec.text = sr_conllu_doc_text(cs, n, &t->arena, &len);
    t->rec.text_len = len;
    t->rec.id = "t";
    t->doc.record = &t->rec;
    t->doc.sentences = sr_arena_alloc(&t->arena, (n ? n : 1) * sizeof(sr_sentence));
    for (uint32_t i = 0; i < n; i++)
        t->doc.sentences[i] = cs[i].s;
    t->doc.nsentences = n;
    return 1;
}

/* Finds the places of conllu and chooses one for the event whose verb is
 * token `verb` (1-based, as in the CoNLL-U) of sentence `sent` (0-based),
 * with the given actor codes and the words they were coded from. */
static sr_place_reason locate_ev(const sr_gazetteer *g, const char *conllu, uint32_t sent,
                                 uint32_t verb, const char *source, const char *target,
                                 const char *source_text, const char *target_text,
                                 sr_gazetteer_place *out)
{
    tdoc t;
    if (!tdoc_init(&t, conllu)) {
        CHECK(0);
        return SR_PLACE_NONE;
    }
    sr_places places;
    sr_places_find(g, &t.doc, &t.arena, &places);
    sr_event ev;
    memset(&ev, 0, sizeof ev);
    ev.sent = sent;
    ev.verb_token = verb - 1;
    ev.source = source;
    ev.target = target;
    ev.source_text = source_text;
    ev.target_text = target_text;
    memset(out, 0, sizeof *out);
    sr_place_reason r = sr_places_choose(g, &places, &t.doc, &ev, out);
    sr_arena_free(&t.arena);
    return r;
}

static sr_place_reason locate(const sr_gazetteer *g, const char *conllu, uint32_t sent,
                              uint32_t verb, const char *source, const char *target,
                              sr_gazetteer_place *out)
{
    return locate_ev(g, conllu, sent, verb, source, target, NULL, NULL, out);
}

/* ---------------------------------------------------------------- parses */

static const char shelled_near_aleppo[] =
    "1\tSyrian\t_\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
    "2\tgovernment\t_\tNOUN\tNN\t_\t3\tcompound\t_\t_\n"
    "3\tforces\t_\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "4\tshelled\t_\tVERB\tVBD\t_\t12\tccomp\t_\t_\n"
    "5\tvillages\t_\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
    "6\tnear\t_\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tAleppo\t_\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n"
    "8\ton\t_\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tTuesday\t_\tPROPN\tNNP\t_\t4\tobl\t_\tSpaceAfter=No\n"
    "10\t,\t_\tPUNCT\t,\t_\t12\tpunct\t_\t_\n"
    "11\tresidents\t_\tNOUN\tNNS\t_\t12\tnsubj\t_\t_\n"
    "12\tsaid\t_\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "13\t.\t_\tPUNCT\t.\t_\t12\tpunct\t_\t_\n\n";

static const char idlib_province[] =
    "1\tRebels\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tfired\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\trockets\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tat\t_\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "5\tarmy\t_\tNOUN\tNN\t_\t6\tcompound\t_\t_\n"
    "6\tpositions\t_\tNOUN\tNNS\t_\t2\tobl\t_\t_\n"
    "7\tin\t_\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "8\tIdlib\t_\tPROPN\tNNP\t_\t9\tcompound\t_\t_\n"
    "9\tprovince\t_\tNOUN\tNN\t_\t6\tnmod\t_\t_\n"
    "10\tovernight\t_\tADV\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No\n"
    "11\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char province_of_homs[] =
    "1\tTroops\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\traided\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ta\t_\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tmarket\t_\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\tin\t_\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tthe\t_\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tprovince\t_\tNOUN\tNN\t_\t4\tnmod\t_\t_\n"
    "8\tof\t_\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tHoms\t_\tPROPN\tNNP\t_\t7\tnmod\t_\tSpaceAfter=No\n"
    "10\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* "said" (4) is the root; "attacked" (7) is the reported clause. */
static const char damascus_said_homs[] =
    "1\tOfficials\t_\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "2\tin\t_\tADP\tIN\t_\t3\tcase\t_\t_\n"
    "3\tDamascus\t_\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
    "4\tsaid\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tthat\t_\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
    "6\tmilitants\t_\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
    "7\tattacked\t_\tVERB\tVBD\t_\t4\tccomp\t_\t_\n"
    "8\ta\t_\tDET\tDT\t_\t9\tdet\t_\t_\n"
    "9\tcheckpoint\t_\tNOUN\tNN\t_\t7\tobj\t_\t_\n"
    "10\toutside\t_\tADP\tIN\t_\t11\tcase\t_\t_\n"
    "11\tHoms\t_\tPROPN\tNNP\t_\t9\tnmod\t_\tSpaceAfter=No\n"
    "12\t.\t_\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

/* The parser's own, imperfect parse of a dateline sentence: the dateline's
 * words hang on the verbs as if they were its subject. */
static const char kharkiv_dateline[] =
    "1\tKHARKIV\t_\tPROPN\tNNP\t_\t9\tnsubj\t_\tSpaceAfter=No\n"
    "2\t,\t_\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
    "3\tUkraine\t_\tPROPN\tNNP\t_\t1\tappos\t_\t_\n"
    "4\t(\t_\tPUNCT\t-LRB-\t_\t5\tpunct\t_\tSpaceAfter=No\n"
    "5\tAP\t_\tNOUN\tNN\t_\t1\tappos\t_\tSpaceAfter=No\n"
    "6\t)\t_\tPUNCT\t-RRB-\t_\t5\tpunct\t_\t_\n"
    "7\t\xe2\x80\x94\t_\tPUNCT\t:\t_\t1\tpunct\t_\t_\n"
    "8\tDrones\t_\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
    "9\tstruck\t_\tVERB\tVBD\t_\t16\tccomp\t_\t_\n"
    "10\tan\t_\tDET\tDT\t_\t12\tdet\t_\t_\n"
    "11\tapartment\t_\tNOUN\tNN\t_\t12\tcompound\t_\t_\n"
    "12\tbuilding\t_\tNOUN\tNN\t_\t9\tobj\t_\t_\n"
    "13\tovernight\t_\tADV\tRB\t_\t9\tadvmod\t_\tSpaceAfter=No\n"
    "14\t,\t_\tPUNCT\t,\t_\t16\tpunct\t_\t_\n"
    "15\tofficials\t_\tNOUN\tNNS\t_\t16\tnsubj\t_\t_\n"
    "16\tsaid\t_\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "17\t.\t_\tPUNCT\t.\t_\t16\tpunct\t_\t_\n\n";

static const char bare_dateline_then_no_place[] =
    "1\tDAMASCUS\t_\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
    "2\t\xe2\x80\x94\t_\tPUNCT\t:\t_\t1\tpunct\t_\t_\n"
    "3\tThe\t_\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tminister\t_\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
    "5\tresigned\t_\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "6\t.\t_\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n"
    "1\tProtesters\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmarched\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthrough\t_\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "4\tthe\t_\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tcentre\t_\tNOUN\tNN\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char no_place[] =
    "1\tThe\t_\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tminister\t_\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tcondemned\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\t_\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tattack\t_\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\tin\t_\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "7\ta\t_\tDET\tDT\t_\t8\tdet\t_\t_\n"
    "8\tstatement\t_\tNOUN\tNN\t_\t3\tobl\t_\tSpaceAfter=No\n"
    "9\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* Two sentences: the first puts the story in Texas. */
static const char houston_then_paris[] =
    "1\tPolice\t_\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "2\tin\t_\tADP\tIN\t_\t3\tcase\t_\t_\n"
    "3\tHouston\t_\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
    "4\tsaid\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\ta\t_\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tman\t_\tNOUN\tNN\t_\t8\tnsubj:pass\t_\t_\n"
    "7\twas\t_\tAUX\tVBD\t_\t8\taux:pass\t_\t_\n"
    "8\tarrested\t_\tVERB\tVBN\t_\t4\tccomp\t_\tSpaceAfter=No\n"
    "9\t.\t_\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
    "1\tOfficers\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tdetained\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ta\t_\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "4\tsecond\t_\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tsuspect\t_\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\tin\t_\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tParis\t_\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "8\ton\t_\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tFriday\t_\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "10\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

static const char aleppo_pennsylvania[] =
    "1\tFirefighters\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tput\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tout\t_\tADP\tRP\t_\t2\tcompound:prt\t_\t_\n"
    "4\ta\t_\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tblaze\t_\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "6\tin\t_\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tAleppo\t_\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "8\t,\t_\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
    "9\tPennsylvania\t_\tPROPN\tNNP\t_\t7\tappos\t_\tSpaceAfter=No\n"
    "10\t,\t_\tPUNCT\t,\t_\t12\tpunct\t_\t_\n"
    "11\ton\t_\tADP\tIN\t_\t12\tcase\t_\t_\n"
    "12\tMonday\t_\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "13\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* A speaker who shares a city's name is not a place. */
static const char springfield_told[] =
    "1\tSpringfield\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\ttold\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\treporters\t_\tNOUN\tNNS\t_\t2\tiobj\t_\t_\n"
    "4\tthat\t_\tSCONJ\tIN\t_\t6\tmark\t_\t_\n"
    "5\tpolice\t_\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
    "6\tstormed\t_\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "7\tthe\t_\tDET\tDT\t_\t8\tdet\t_\t_\n"
    "8\tbuilding\t_\tNOUN\tNN\t_\t6\tobj\t_\tSpaceAfter=No\n"
    "9\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* "In May, ..." is a month; "Kyiv" later in the sentence is the place. */
static const char in_may_kyiv[] =
    "1\tIn\t_\tADP\tIN\t_\t2\tcase\t_\t_\n"
    "2\tMay\t_\tPROPN\tNNP\t_\t6\tobl\t_\tSpaceAfter=No\n"
    "3\t,\t_\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
    "4\tRussian\t_\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tmissiles\t_\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
    "6\thit\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\ta\t_\tDET\tDT\t_\t8\tdet\t_\t_\n"
    "8\tdepot\t_\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
    "9\tin\t_\tADP\tIN\t_\t10\tcase\t_\t_\n"
    "10\tKyiv\t_\tPROPN\tNNP\t_\t6\tobl\t_\tSpaceAfter=No\n"
    "11\t.\t_\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";

/* The dateline names the capital that acts; the country in the clause is
 * the target. */
static const char sanctions_on_syria[] =
    "1\tPARIS\t_\tPROPN\tNNP\t_\t5\tdep\t_\t_\n"
    "2\t\xe2\x80\x94\t_\tPUNCT\t:\t_\t1\tpunct\t_\t_\n"
    "3\tThe\t_\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tgovernment\t_\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
    "5\timposed\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "6\tnew\t_\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tsanctions\t_\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
    "8\ton\t_\tADP\tIN\t_\t9\tcase\t_\t_\n"
    "9\tSyria\t_\tPROPN\tNNP\t_\t7\tnmod\t_\tSpaceAfter=No\n"
    "10\t.\t_\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

static const char sanctions_no_dateline[] =
    "1\tThe\t_\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tgovernment\t_\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\timposed\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tnew\t_\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
    "5\tsanctions\t_\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
    "6\ton\t_\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tSyria\t_\tPROPN\tNNP\t_\t5\tnmod\t_\tSpaceAfter=No\n"
    "8\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static const char travel_to_paris[] =
    "1\tTexan\t_\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\t_\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "3\twill\t_\tAUX\tMD\t_\t4\taux\t_\t_\n"
    "4\ttravel\t_\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tto\t_\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tParis\t_\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
    "7\tnext\t_\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tweek\t_\tNOUN\tNN\t_\t4\tobl:tmod\t_\tSpaceAfter=No\n"
    "9\t.\t_\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

static const char met_in_paris[] =
    "1\tTexan\t_\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
    "2\tofficials\t_\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tmet\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tin\t_\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tParis\t_\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

/* "Beroia" is only an old name of Aleppo in the fixture. */
static const char gathered_in_beroia[] =
    "1\tProtesters\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tgathered\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tin\t_\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tBeroia\t_\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "5\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* ---------------------------------------------------------------- tests */

TEST(fixture_index_builds)
{
    snprintf(fixture_path, sizeof fixture_path, "/tmp/sitrep_places_XXXXXX");
    int fd = mkstemp(fixture_path);
    if (fd >= 0)
        close(fd);
    static const sr_gazetteer_sources src = {FIXTURE "places.txt", FIXTURE "admin1.json",
                                             FIXTURE "countries.json", "places_test"};
    sr_error err;
    sr_status s = sr_gazetteer_build(&src, fixture_path, NULL, &err);
    if (s != SR_OK)
        fprintf(stderr, "  %s:%zu: %s\n", err.file, err.line, err.message);
    CHECK_INT(s, SR_OK);
    CHECK_INT(sr_gazetteer_load(fixture_path, &fixture, &err), SR_OK);
}

TEST(syria_story_picks_the_syrian_aleppo)
{
    if (!fixture)
        SKIP("no fixture index");
    sr_gazetteer_place p;
    CHECK_INT(locate(fixture, shelled_near_aleppo, 0, 4, "SYRMIL", "SYRCVL", &p),
              SR_PLACE_CLAUSE);
    CHECK_STR(p.name, "Aleppo");
    CHECK_STR(p.country, "SYR");
    CHECK_INT(p.geonameid, 170063);
    CHECK_INT(p.kind, SR_GAZ_CITY);
    CHECK_STR(p.admin1, "Aleppo");
}

TEST(qualifier_picks_aleppo_pennsylvania)
{
    if (!fixture)
        SKIP("no fixture index");
    sr_gazetteer_place p;
    CHECK_INT(locate(fixture, aleppo_pennsylvania, 0, 2, "USA", "---", &p), SR_PLACE_CLAUSE);
    CHECK_STR(p.country, "USA");
    CHECK_INT(p.geonameid, 9100001);
    /* The same sentence with a Syrian actor: the qualifier still wins,
     * since the text says which Aleppo. */
    CHECK_INT(locate(fixture, aleppo_pennsylvania, 0, 2, "SYRMIL", "---", &p),
              SR_PLACE_CLAUSE);
    CHECK_INT(p.geonameid, 9100001);
}

TEST(story_and_actors_beat_population)
{
    if (!fixture)
        SKIP("no fixture index");
    sr_gazetteer_place p;
    /* Houston puts the story in the United States: Paris, Texas. */
    CHECK_INT(locate(fixture, houston_then_paris, 1, 2, "---", "---", &p), SR_PLACE_CLAUSE);
    CHECK_STR(p.country, "USA");
    CHECK_INT(p.geonameid, 4717560);
    /* A French actor outweighs the story. */
    CHECK_INT(locate(fixture, houston_then_paris, 1, 2, "FRACOP", "---", &p),
              SR_PLACE_CLAUSE);
    CHECK_STR(p.country, "FRA");
    /* Alone, with no actor country, the larger Paris. */
    const char *second = strstr(houston_then_paris, "1\tOfficers");
    CHECK_INT(locate(fixture, second, 0, 2, "---", "---", &p), SR_PLACE_CLAUSE);
    CHECK_INT(p.geonameid, 2988507);
    /* An IGO actor names no country: the story decides. */
    CHECK_INT(locate(fixture, houston_then_paris, 1, 2, "IGOUNO", "---", &p),
              SR_PLACE_CLAUSE);
    CHECK_STR(p.country, "USA");
}

TEST(actor_country_yields_to_the_dateline)
{
    if (!fixture)
        SKIP("no fixture index");
    sr_gazetteer_place p;
    /* Syria is the target, not the scene: the dateline says where. */
    CHECK_INT(locate(fixture, sanctions_on_syria, 0, 5, "FRAGOV", "SYR", &p),
              SR_PLACE_FROM_DATELINE);
    CHECK_STR(p.name, "Paris");
    CHECK_STR(p.country, "FRA");
    /* With nothing else to go on, the country is better than nothing. */
    CHECK_INT(locate(fixture, sanctions_no_dateline, 0, 3, "FRAGOV", "SYR", &p),
              SR_PLACE_CLAUSE);
    CHECK_INT(p.kind, SR_GAZ_COUNTRY);
    CHECK_STR(p.country, "SYR");
    CHECK_INT(p.geonameid, 0);
}

TEST(actors_say_nothing_of_a_destination)
{
    if (!fixture)
        SKIP("no fixture index");
    sr_gazetteer_place p;
    /* Americans meeting in Paris: the Texan one. */
    CHECK_INT(locate(fixture, met_in_paris, 0, 3, "USAGOV", "---", &p), SR_PLACE_CLAUSE);
    CHECK_INT(p.geonameid, 4717560);
    /* Americans travelling to Paris: their home says nothing of it. */
    CHECK_INT(locate(fixture, travel_to_paris, 0, 4, "USAGOV", "---", &p), SR_PLACE_CLAUSE);
    CHECK_INT(p.geonameid, 2988507);
}

TEST(actor_coded_from_the_place_is_no_evidence)
{
    if (!fixture)
        SKIP("no fixture index");
    sr_gazetteer_place p;
    /* A target FRA coded from the word "Paris" itself does not outweigh the
     * Texan story; one coded from other words does. */
    CHECK_INT(locate_ev(fixture, houston_then_paris, 1, 2, "---", "FRA", NULL, "Paris", &p),
              SR_PLACE_CLAUSE);
    CHECK_STR(p.country, "USA");
    CHECK_INT(locate_ev(fixture, houston_then_paris, 1, 2, "---", "FRA", NULL,
                        "French police", &p),
              SR_PLACE_CLAUSE);
    CHECK_STR(p.country, "FRA");
}

TEST(alternate_names_need_context)
{
    if (!fixture)
        SKIP("no fixture index");
    sr_gazetteer_place p;
    CHECK_INT(locate(fixture, gathered_in_beroia, 0, 2, "---", "---", &p), SR_PLACE_NONE);
    CHECK_INT(locate(fixture, gathered_in_beroia, 0, 2, "SYRCVL", "---", &p),
              SR_PLACE_CLAUSE);
    CHECK_INT(p.geonameid, 170063);
}

TEST(province_is_an_admin1_region)
{
    if (!fixture)
        SKIP("no fixture index");
    sr_gazetteer_place p;
    CHECK_INT(locate(fixture, idlib_province, 0, 2, "SYRREB", "SYRMIL", &p), SR_PLACE_CLAUSE);
    CHECK_STR(p.name, "Idlib");
    CHECK_INT(p.kind, SR_GAZ_ADMIN1);
    CHECK_STR(p.country, "SYR");
    CHECK_INT(p.geonameid, 0);
    CHECK_INT(locate(fixture, province_of_homs, 0, 2, "SYRMIL", "---", &p), SR_PLACE_CLAUSE);
    CHECK_STR(p.name, "Homs");
    CHECK_INT(p.kind, SR_GAZ_ADMIN1);
    CHECK_STR(sr_places_kind_name(p.kind), "admin1");
}

TEST(verb_clause_beats_first_place_in_sentence)
{
    if (!fixture)
        SKIP("no fixture index");
    sr_gazetteer_place p;
    /* The attack: Homs, in its clause, not Damascus, where officials spoke. */
    CHECK_INT(locate(fixture, damascus_said_homs, 0, 7, "SYRREB", "SYRMIL", &p),
              SR_PLACE_CLAUSE);
    CHECK_STR(p.name, "Homs");
    CHECK_INT(p.kind, SR_GAZ_CITY);
    /* The statement itself: Damascus. */
    CHECK_INT(locate(fixture, damascus_said_homs, 0, 4, "SYRGOV", "---", &p), SR_PLACE_CLAUSE);
    CHECK_STR(p.name, "Damascus");
}

TEST(dateline_is_the_fallback)
{
    if (!fixture)
        SKIP("no fixture index");
    sr_gazetteer_place p;
    CHECK_INT(locate(fixture, kharkiv_dateline, 0, 9, "RUSMIL", "UKRCVL", &p),
              SR_PLACE_FROM_DATELINE);
    CHECK_STR(p.name, "Kharkiv");
    CHECK_STR(p.country, "UKR");
    /* "DAMASCUS —" with no country; the second sentence names no place. */
    CHECK_INT(locate(fixture, bare_dateline_then_no_place, 1, 2, "SYROPP", "---", &p),
              SR_PLACE_FROM_DATELINE);
    CHECK_STR(p.name, "Damascus");
    CHECK_INT(p.geonameid, 170654);
}

TEST(no_place_stays_unknown)
{
    if (!fixture)
        SKIP("no fixture index");
    sr_gazetteer_place p;
    CHECK_INT(locate(fixture, no_place, 0, 3, "SYRGOV", "---", &p), SR_PLACE_NONE);
    /* A speaker named like a city is not the place of what was reported. */
    CHECK_INT(locate(fixture, springfield_told, 0, 6, "USACOP", "---", &p), SR_PLACE_NONE);
    CHECK_INT(locate(fixture, springfield_told, 0, 2, "USA", "---", &p), SR_PLACE_NONE);
}

TEST(months_and_demonyms_are_not_places)
{
    if (!fixture)
        SKIP("no fixture index");
    tdoc t;
    CHECK(tdoc_init(&t, in_may_kyiv));
    sr_places places;
    sr_places_find(fixture, &t.doc, &t.arena, &places);
    /* Only Kyiv; "May" and "Russian" are not looked at as places. */
    CHECK_INT(places.n, 1);
    if (places.n)
        CHECK_INT(places.mentions[0].first, 9);
    CHECK_INT(places.ncountries, 1);
    if (places.ncountries)
        CHECK_STR(places.countries[0].code, "UKR");
    sr_arena_free(&t.arena);
}

TEST(bad_input_does_not_crash)
{
    if (!fixture)
        SKIP("no fixture index");
    sr_gazetteer_place p;
    /* Event pointing outside the document, no gazetteer, no document. */
    CHECK_INT(locate(fixture, shelled_near_aleppo, 5, 4, "SYRMIL", "---", &p), SR_PLACE_NONE);
    CHECK_INT(locate(fixture, shelled_near_aleppo, 0, 99, "SYRMIL", "---", &p), SR_PLACE_NONE);
    sr_places places;
    sr_places_find(NULL, NULL, NULL, &places);
    CHECK_INT(places.n, 0);
    sr_event ev;
    memset(&ev, 0, sizeof ev);
    CHECK_INT(sr_places_choose(fixture, &places, NULL, &ev, &p), SR_PLACE_NONE);

    /* Heads pointing anywhere, cycles included, and no annotation at all. */
    tdoc t;
    CHECK(tdoc_init(&t, damascus_said_homs));
    sr_sentence *s = &t.doc.sentences[0];
    unsigned seed = 7;
    for (int round = 0; round < 500; round++) {
        for (uint32_t k = 0; k < s->ntokens; k++) {
            seed = seed * 1103515245u + 12345u;
            s->tokens[k].head = (int32_t)(seed >> 16) % (int32_t)(s->ntokens + 3) - 1;
            if (round % 5 == 0) {
                s->tokens[k].upos = NULL;
                s->tokens[k].deprel = NULL;
            }
        }
        sr_places_find(fixture, &t.doc, &t.arena, &places);
        ev.sent = 0;
        ev.verb_token = (uint32_t)round % s->ntokens;
        ev.source = "SYRMIL";
        ev.target = NULL;
        sr_places_choose(fixture, &places, &t.doc, &ev, &p);
    }
    sr_arena_free(&t.arena);
}

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (f) {
        CHECK(fwrite(data, 1, len, f) == len);
        fclose(f);
    }
}

TEST(corrupt_index_is_refused_with_its_path)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/sitrep_places_bad_XXXXXX");
    int fd = mkstemp(path);
    if (fd >= 0)
        close(fd);
    static const char junk[] = "this is not a gazetteer index, just some text\n";
    write_file(path, junk, sizeof junk - 1);
    sr_gazetteer *g = NULL;
    sr_error err;
    CHECK_INT(sr_gazetteer_load(path, &g, &err), SR_EMODEL);
    CHECK(g == NULL);
    CHECK_STR(err.file, path);

    /* The engine refuses a named index that is missing or corrupt, naming
     * it, rather than coding without locations. */
    const char *actors[] = {"tests/data/coder/actors.txt"};
    sr_engine_options o = sr_engine_options_default();
    o.load_parser = 0;
    o.use_given_parse = 1;
    o.verbs = "tests/data/coder/verbs.txt";
    o.actors = actors;
    o.nactors = 1;
    o.gazetteer = path;
    sr_engine *e = NULL;
    memset(&err, 0, sizeof err);
    CHECK_INT(sr_engine_new(&o, &e, &err), SR_EMODEL);
    CHECK(e == NULL);
    CHECK(strstr(err.file, "sitrep_places_bad_") != NULL);
    CHECK(strstr(err.message, "gazetteer") != NULL);
    unlink(path);
    o.gazetteer = "/nonexistent/places.bin";
    CHECK_INT(sr_engine_new(&o, &e, &err), SR_EMODEL);
    CHECK_STR(err.file, "/nonexistent/places.bin");
    sr_engine_free(e);
}

/* The engine fills ev->location from the index it was given, and leaves it
 * unknown when told not to locate. */
TEST(engine_writes_the_location)
{
    if (!fixture)
        SKIP("no fixture index");
    static const char given[] =
        "1\tValdorian\t_\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
        "2\ttroops\t_\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
        "3\tshelled\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "4\tMarestani\t_\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
        "5\tpositions\t_\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
        "6\toutside\t_\tADP\tIN\t_\t7\tcase\t_\t_\n"
        "7\tHoms\t_\tPROPN\tNNP\t_\t5\tnmod\t_\tSpaceAfter=No\n"
        "8\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
    char text[] = "Valdorian troops shelled Marestani positions outside Homs.";
    sr_record r;
    memset(&r, 0, sizeof r);
    r.id = "e1";
    r.date = "2024-11-30";
    r.text = text;
    r.text_len = strlen(text);
    r.parse = (char *)given;
    r.file = "mem";
    r.index = 1;
    const char *actors[] = {"tests/data/coder/actors.txt"};
    for (int locate_events = 1; locate_events >= 0; locate_events--) {
        sr_engine_options o = sr_engine_options_default();
        o.load_parser = 0;
        o.use_given_parse = 1;
        o.verbs = "tests/data/coder/verbs.txt";
        o.actors = actors;
        o.nactors = 1;
        o.gazetteer = fixture_path;
        o.load_gazetteer = locate_events;
        sr_engine *e = NULL;
        sr_error err;
        CHECK_INT(sr_engine_new(&o, &e, &err), SR_OK);
        if (!e)
            return;
        CHECK(sr_engine_warning(e) == NULL);
        sr_doc *d = NULL;
        CHECK_INT(sr_engine_analyze(e, &r, &d, &err), SR_OK);
        CHECK(d && d->nevents >= 1);
        if (d && d->nevents) {
            const sr_location *loc = &d->events[0].location;
            CHECK_INT(loc->known, locate_events);
            if (locate_events) {
                CHECK_STR(loc->name, "Homs");
                CHECK_STR(loc->country, "SYR");
                CHECK_STR(loc->admin1, "Homs");
                CHECK_STR(loc->kind, "city");
                CHECK_INT(loc->geonameid, 169577);
            }
        }
        sr_doc_free(d);
        sr_engine_free(e);
    }
}

/* ---------------------------------------------------------------- real index */

TEST(real_index_stories)
{
    const char *env = getenv("SITREP_GAZETTEER");
    const char *path = env && *env ? env : "gazetteer/places.bin";
    if (access(path, R_OK) != 0)
        SKIP("no real gazetteer index (gazetteer/places.bin, or $SITREP_GAZETTEER); "
             "run make gazetteer");
    sr_gazetteer *g = NULL;
    sr_error err;
    CHECK_INT(sr_gazetteer_load(path, &g, &err), SR_OK);
    if (!g)
        return;
    sr_gazetteer_place p;
    CHECK_INT(locate(g, shelled_near_aleppo, 0, 4, "SYRMIL", "SYRCVL", &p), SR_PLACE_CLAUSE);
    CHECK_STR(p.country, "SYR");
    CHECK_INT(p.geonameid, 170063);
    CHECK_INT(locate(g, idlib_province, 0, 2, "SYRREB", "SYRMIL", &p), SR_PLACE_CLAUSE);
    CHECK_INT(p.kind, SR_GAZ_ADMIN1);
    CHECK_STR(p.country, "SYR");
    CHECK_INT(locate(g, damascus_said_homs, 0, 7, "SYRREB", "SYRMIL", &p), SR_PLACE_CLAUSE);
    CHECK_STR(p.name, "Homs");
    CHECK_STR(p.country, "SYR");
    CHECK_INT(locate(g, kharkiv_dateline, 0, 9, "RUSMIL", "UKRCVL", &p),
              SR_PLACE_FROM_DATELINE);
    CHECK_STR(p.country, "UKR");
    CHECK_INT(locate(g, in_may_kyiv, 0, 6, "RUSMIL", "UKR", &p), SR_PLACE_CLAUSE);
    CHECK_STR(p.name, "Kyiv");
    CHECK_INT(p.kind, SR_GAZ_CITY);
    CHECK_INT(locate(g, houston_then_paris, 1, 2, "USACOP", "---", &p), SR_PLACE_CLAUSE);
    CHECK_STR(p.country, "USA");
    CHECK_INT(locate(g, no_place, 0, 3, "SYRGOV", "---", &p), SR_PLACE_NONE);
    sr_gazetteer_free(g);
}

int main(void)
{
    RUN(fixture_index_builds);
    RUN(syria_story_picks_the_syrian_aleppo);
    RUN(qualifier_picks_aleppo_pennsylvania);
    RUN(story_and_actors_beat_population);
    RUN(actor_country_yields_to_the_dateline);
    RUN(actors_say_nothing_of_a_destination);
    RUN(actor_coded_from_the_place_is_no_evidence);
    RUN(alternate_names_need_context);
    RUN(province_is_an_admin1_region);
    RUN(verb_clause_beats_first_place_in_sentence);
    RUN(dateline_is_the_fallback);
    RUN(no_place_stays_unknown);
    RUN(months_and_demonyms_are_not_places);
    RUN(bad_input_does_not_crash);
    RUN(corrupt_index_is_refused_with_its_path);
    RUN(engine_writes_the_location);
    RUN(real_index_stories);
    sr_gazetteer_free(fixture);
    if (fixture_path[0])
        unlink(fixture_path);
    return harness_summary();
}
