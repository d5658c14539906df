/* dict_test - the PETRARCH2 dictionary loaders (src/dict).
 *
 * The fixtures in tests/data/dict are small files written for these tests,
 * one construct per line or two. The last tests load the real Phoenix set
 * and the validation set from ../shared/data when it is there. */
#include "dict/dict.h"
#include "dict/dict_internal.h"
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define FIX "tests/data/dict/"

/* ---------------------------------------------------------------- helpers */

static sr_dict *load(sr_status (*fn)(sr_dict *, const char *, sr_dict_diags *, sr_error *),
                     const char *path, sr_dict_diags *diags)
{
    sr_dict *d = sr_dict_new();
    sr_error err;
    sr_status st = fn(d, path, diags, &err);
    CHECK_INT(st, SR_OK);
    return d;
}

/* The diagnostics as "line: severity: message" lines, for exact checks. */
static const char *diag_text(const sr_dict_diags *l)
{
    static char out[8192];
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < l->n && n < sizeof out; i++) {
        const sr_dict_diag *dg = &l->items[i];
        int w = snprintf(out + n, sizeof out - n, "%zu: %s: %s\n", dg->line,
                         dg->severity == SR_DIAG_ERROR ? "error" : "warning", dg->message);
        if (w > 0)
            n += (size_t)w;
    }
    return out;
}

static int has_diag(const sr_dict_diags *l, size_t line, sr_dict_severity sev,
                    const char *needle)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i].line == line && l->items[i].severity == sev &&
            strstr(l->items[i].message, needle))
            return 1;
    return 0;
}

static const char *code_str(const sr_verb_code *c)
{
    static char buf[32];
    sr_verb_code_format(c, buf, sizeof buf);
    return buf;
}

static const sr_verb_pattern *pattern_at(const sr_verb_form *f, uint32_t line)
{
    if (!f)
        return NULL;
    for (size_t i = 0; i < f->block->npatterns; i++)
        if (f->block->patterns[i]->line == line)
            return f->block->patterns[i];
    return NULL;
}


static const sr_actor *actor(const sr_dict *d, const char *text, unsigned flags,
                             size_t *matched)
{
    const char *w[32];
    size_t n = harness_words(text, w, 32);
    return sr_dict_actor_match(d, w, n, 0, flags, matched);
}

static const char *actor_code(const sr_dict *d, const char *text, int32_t date)
{
    size_t m;
    const sr_actor *a = actor(d, text, 0, &m);
    if (!a)
        return "(no actor)";
    const sr_actor_code *c = sr_dict_actor_code_at(a, date);
    return c ? c->code : "(null)";
}

static const sr_agent *agent(const sr_dict *d, const char *text, size_t *matched)
{
    const char *w[32];
    size_t n = harness_words(text, w, 32);
    return sr_dict_agent_match(d, w, n, 0, 0, matched);
}

/* ---------------------------------------------------------------- codes */

TEST(verb_codes_parse_and_format)
{
    sr_verb_code c;
    const char *why = NULL;
    CHECK_INT(sr_verb_code_parse("042:043", 7, &c, &why), 0);
    CHECK_INT(c.kind, SR_CODE_EVENT);
    CHECK_INT(c.is_paired, 1);
    CHECK_STR(c.code.s, "042");
    CHECK_STR(c.paired.s, "043");
    CHECK_STR(code_str(&c), "042:043");
    CHECK_INT(sr_verb_code_parse(":173", 4, &c, &why), 0);
    CHECK_STR(c.code.s, "");
    CHECK_STR(c.paired.s, "173");
    CHECK_INT(sr_verb_code_parse(" --- ", 5, &c, &why), 0);
    CHECK_INT(c.kind, SR_CODE_NULL);
    CHECK_STR(code_str(&c), "---");
    CHECK_INT(sr_verb_code_parse("###", 3, &c, &why), 0);
    CHECK_INT(c.kind, SR_CODE_DISCARD);
    CHECK_INT(sr_verb_code_parse("+++", 3, &c, &why), 0);
    CHECK_INT(c.kind, SR_CODE_COMPLEX);
    CHECK_INT(sr_verb_code_parse("111!", 4, &c, &why), 0);
    CHECK_INT(c.dominant, 1);
    CHECK_STR(code_str(&c), "111!");
    CHECK_INT(sr_verb_code_parse("023?", 4, &c, &why), 0);
    CHECK_INT(c.subordinate, 1);
    CHECK_INT(sr_verb_code_parse("075A", 4, &c, &why), 0);
    CHECK_STR(c.code.s, "075A");
    CHECK_INT(sr_verb_code_parse(":", 1, &c, &why), -1);
    CHECK_INT(sr_verb_code_parse("", 0, &c, &why), -1);
    CHECK_INT(sr_verb_code_parse("12345678", 8, &c, &why), -1);
    CHECK_INT(sr_verb_code_parse("0.42", 4, &c, &why), -1);
    CHECK(why != NULL);
    sr_cameo k;
    CHECK_INT(sr_cameo_parse("0233", 4, &k), 0);
    CHECK_STR(k.s, "0233");
    CHECK_INT(sr_cameo_parse("02 3", 4, &k), -1);
}

TEST(dates_parse_with_pivot_and_calendar)
{
    int32_t d = 0;
    CHECK_INT(sr_dict_parse_date("300101", 6, &d), 0);
    CHECK_INT(d, 20300101);
    CHECK_INT(sr_dict_parse_date("310101", 6, &d), 0);
    CHECK_INT(d, 19310101);
    CHECK_INT(sr_dict_parse_date("20000229", 8, &d), 0);
    CHECK_INT(d, 20000229);
    CHECK_INT(sr_dict_parse_date("19000229", 8, &d), -1);
    CHECK_INT(sr_dict_parse_date("990231", 6, &d), -1);
    CHECK_INT(sr_dict_parse_date("9912", 4, &d), -1);
    CHECK_INT(sr_dict_parse_date("9008223", 7, &d), -1);
    CHECK_INT(sr_dict_parse_date("99o101", 6, &d), -1);
}

/* ---------------------------------------------------------------- verbs */

TEST(verb_forms_listed_generated_and_multiword)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load(sr_dict_load_verbs, FIX "verbs.txt", &diags);
    const sr_verb_form *f = sr_dict_verb_lookup(d, "blockading", 10);
    CHECK(f != NULL);
    if (f) {
        CHECK_STR(f->word, "BLOCKADING");
        CHECK_STR(f->block->name, "BLOCKADE");
        CHECK_STR(code_str(&f->code), "191");
        CHECK_INT(f->generated, 1);
        CHECK_INT(f->line, 11);
    }
    CHECK(sr_dict_verb_lookup(d, "BLOCKADES", 9) != NULL);
    CHECK(sr_dict_verb_lookup(d, "BLOCKADED", 9) != NULL);
    /* Listed forms carry the verb's own code; no regular forms when {...}. */
    f = sr_dict_verb_lookup(d, "SEALED", 6);
    CHECK(f && f->generated == 0);
    CHECK_STR(f ? code_str(&f->code) : "", "1913");
    CHECK(sr_dict_verb_lookup(d, "SEALINGS", 8) == NULL);
    /* +SHUT_OFF: verb SHUT, particle after it; irregular forms listed. */
    f = sr_dict_verb_lookup(d, "SHUTTING", 8);
    CHECK(f && f->npost == 1 && f->npre == 0);
    CHECK_STR(f && f->npost ? f->post[0] : "", "OFF");
    /* RE_+SURROUND: regular forms of the '+' word, the prefix kept. */
    f = sr_dict_verb_lookup(d, "SURROUNDED", 10);
    CHECK(f && f->npre == 1 && f->generated);
    CHECK_STR(f && f->npre ? f->pre[0] : "", "RE");
    CHECK(sr_dict_verb_lookup(d, "surrounding", 11) != NULL);
    /* A header without a code gives the null code. */
    f = sr_dict_verb_lookup(d, "BOMBARD", 7);
    CHECK(f && f->code.kind == SR_CODE_NULL);
    CHECK(sr_dict_verb_lookup(d, "SINK", 4) == NULL);
    sr_dict_stats st = sr_dict_get_stats(d);
    CHECK_INT(st.verb_blocks, 2);
    /* BLOCKADE x4, SEAL x4, SHUT_OFF x3, SURROUND x4, BOMBARD x4 */
    CHECK_INT(st.verb_forms, 19);
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

/* The -ING form drops a silent E, also after U ("suing", "rescuing"),
 * and keeps it after another vowel ("agreeing"). */
TEST(verb_ing_forms_drop_silent_e)
{
    char out[32];
    sr_inflect_ing("SUE", 3, out, sizeof out);
    CHECK_STR(out, "SUING");
    sr_inflect_ing("CONTINUE", 8, out, sizeof out);
    CHECK_STR(out, "CONTINUING");
    sr_inflect_ing("ARRIVE", 6, out, sizeof out);
    CHECK_STR(out, "ARRIVING");
    sr_inflect_ing("AGREE", 5, out, sizeof out);
    CHECK_STR(out, "AGREEING");
    sr_inflect_ing("TIE", 3, out, sizeof out);
    CHECK_STR(out, "TYING");
}

TEST(verb_patterns_parse_into_elements)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load(sr_dict_load_verbs, FIX "verbs.txt", &diags);
    const sr_verb_form *f = sr_dict_verb_lookup(d, "SEAL", 4);
    CHECK(f && f->block->npatterns == 5);

    const sr_verb_pattern *p = pattern_at(f, 15); /* - * &HARBOUR [1912] */
    CHECK(p != NULL);
    if (p) {
        CHECK_INT(p->nbefore, 0);
        CHECK_INT(p->nafter, 1);
        CHECK_INT(p->after[0].kind, SR_PAT_SYNSET);
        CHECK(p->after[0].synset == sr_dict_synset(d, "&HARBOUR"));
        CHECK_STR(code_str(&p->code), "1912");
        CHECK_STR(p->text, "* &HARBOUR");
    }
    p = pattern_at(f, 16); /* - $ SAILORS * (OF +) [042:043] */
    CHECK(p != NULL);
    if (p) {
        CHECK_INT(p->nbefore, 2);
        CHECK_INT(p->before[0].kind, SR_PAT_SOURCE);
        CHECK_STR(p->before[1].word, "SAILORS");
        CHECK_INT(p->nafter, 1);
        CHECK_INT(p->after[0].kind, SR_PAT_PREP_PHRASE);
        CHECK_INT(p->after[0].nitems, 2);
        CHECK_STR(p->after[0].items[0].word, "OF");
        CHECK_INT(p->after[0].items[1].kind, SR_PAT_TARGET);
        CHECK_STR(code_str(&p->code), "042:043");
    }
    p = pattern_at(f, 17); /* - * {NAVAL CORDON} % [:173] */
    CHECK(p != NULL);
    if (p) {
        CHECK_INT(p->nafter, 2);
        CHECK_INT(p->after[0].kind, SR_PAT_NOUN_PHRASE);
        CHECK_INT(p->after[0].nitems, 2);
        CHECK_STR(p->after[0].items[1].word, "CORDON");
        CHECK_INT(p->after[1].kind, SR_PAT_COMPOUND);
        CHECK_STR(p->code.paired.s, "173");
    }
    p = pattern_at(f, 18); /* - * ^ (AROUND/NEAR ^) + [---] */
    CHECK(p != NULL);
    if (p) {
        CHECK_INT(p->nafter, 3);
        CHECK_INT(p->after[0].kind, SR_PAT_SKIP);
        CHECK_INT(p->after[1].items[0].kind, SR_PAT_ALTERNATIVES);
        CHECK_INT(p->after[1].items[0].nitems, 2);
        CHECK_STR(p->after[1].items[0].items[1].word, "NEAR");
        CHECK_INT(p->after[2].kind, SR_PAT_TARGET);
        CHECK_INT(p->code.kind, SR_CODE_NULL);
    }
    p = pattern_at(f, 19); /* - HEAVILY_* TRAWLER [191!] */
    CHECK(p != NULL);
    if (p) {
        CHECK_INT(p->verb_joined_before, 1);
        CHECK_INT(p->verb_joined_after, 0);
        CHECK_INT(p->code.dominant, 1);
    }
    /* The discard code survives the '#' comment rule. */
    f = sr_dict_verb_lookup(d, "BOMBARD", 7);
    p = pattern_at(f, 25);
    CHECK(p && p->code.kind == SR_CODE_DISCARD);
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

TEST(verb_synsets_plurals_and_nesting)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load(sr_dict_load_verbs, FIX "verbs.txt", &diags);
    const sr_synset *h = sr_dict_synset(d, "HARBOUR");
    CHECK(h != NULL);
    if (h) {
        /* PORT, PORTS, FERRY TERMINAL, FERRY TERMINALS, CUSTOMS (no plural) */
        CHECK_INT(h->nmembers, 5);
        CHECK_STR(h->members[1].items[0].word, "PORTS");
        CHECK_INT(h->members[1].plural, 1);
        CHECK_INT(h->members[2].nitems, 2);
        CHECK_STR(h->members[3].items[1].word, "TERMINALS");
        CHECK_STR(h->members[4].items[0].word, "CUSTOMS");
    }
    const sr_synset *pl = sr_dict_synset(d, "&PLACE_");
    CHECK(pl != NULL);
    if (pl) {
        CHECK_INT(pl->no_plurals, 1);
        CHECK_INT(pl->nmembers, 2);
        CHECK(pl->members[0].items[0].synset == h);
        CHECK_INT(pl->members[1].items[0].kind, SR_PAT_PREP_PHRASE);
    }
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

TEST(verb_transformations)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load(sr_dict_load_verbs, FIX "verbs.txt", &diags);
    const sr_verb_transform *const *x;
    size_t n = sr_dict_transforms(d, &x);
    CHECK_INT(n, 1);
    if (n) {
        CHECK_INT(x[0]->lhs.source, 'a');
        CHECK(x[0]->lhs.nested != NULL);
        CHECK_INT(x[0]->lhs.nested->source, 'b');
        CHECK_INT(x[0]->lhs.nested->target, '.');
        CHECK_STR(x[0]->lhs.nested->verbs[0], "BLOCKADE");
        CHECK_STR(x[0]->lhs.verbs[0], "BOMBARD");
        CHECK_INT(x[0]->out_source, 'a');
        CHECK_INT(x[0]->out_target, 'b');
        CHECK_STR(x[0]->out_code.code.s, "195");
        CHECK_INT(x[0]->line, 26);
    }
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

TEST(verb_malformed_lines_reported_and_skipped)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load(sr_dict_load_verbs, FIX "verbs.txt", &diags);
    CHECK_STR(diag_text(&diags),
              "21: error: unmatched ')'; pattern skipped\n"
              "24: error: verb \"* NEAR &PLACE\" is not one word (pattern lines start with "
              "'-'); line skipped\n"
              "20: error: undefined synset &NOSUCH; pattern skipped\n"
              "27: error: transformation uses SINK, which is not a verb in the dictionary; "
              "transformation skipped\n");
    CHECK_INT(diags.nerrors, 4);
    CHECK_STR(diags.n ? diags.items[0].file : "", FIX "verbs.txt");
    char line[512];
    if (diags.n) {
        sr_dict_diag_format(&diags.items[0], line, sizeof line);
        CHECK_STR(line, FIX "verbs.txt:21: error: unmatched ')'; pattern skipped");
    }
    CHECK_INT(sr_dict_get_stats(d).verb_patterns, 6);
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

/* Writes text to a temporary file and loads it with fn. */
static sr_dict *load_text(sr_status (*fn)(sr_dict *, const char *, sr_dict_diags *, sr_error *),
                          const char *text, sr_dict_diags *diags)
{
    char path[] = "/tmp/sitrep_dict_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0)
        return sr_dict_new();
    CHECK(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
    close(fd);
    sr_dict *d = load(fn, path, diags);
    unlink(path);
    return d;
}

TEST(verb_pattern_syntax_errors)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load_text(sr_dict_load_verbs,
                           "--- TEST [010] ---\n"   /* 1 */
                           "TEST\n"                 /* 2 */
                           "- * {} [010]\n"         /* 3 */
                           "- * () [010]\n"         /* 4 */
                           "- * X * [010]\n"        /* 5 */
                           "- X [010]\n"            /* 6 */
                           "- * {A {B}} [010]\n"    /* 7 */
                           "- * (A (B)) [010]\n"    /* 8 */
                           "- * X [0.1]\n"          /* 9 */
                           "- * X [010] junk\n"     /* 10 */
                           "- * X\n"                /* 11 */
                           "- * (A {B [010]\n"      /* 12 */
                           "- * {$ HEAD} (A B/) [010]\n" /* 13 */
                           "- * (+ X) [010]\n"      /* 14 */
                           "- * X [010]\n"          /* 15: the only good one */
                           "TWO WORDS\n"            /* 16 */
                           "A_B\n"                  /* 17 */
                           "&\n"                    /* 18 */
                           "~ a b = a b\n",         /* 19 */
                           &diags);
    CHECK_STR(diag_text(&diags),
              "3: error: empty noun phrase {}; pattern skipped\n"
              "4: error: empty prepositional phrase (); pattern skipped\n"
              "5: error: more than one '*' (the verb) in a pattern; pattern skipped\n"
              "6: error: pattern has no '*' for the verb; pattern skipped\n"
              "7: error: '{' inside a noun phrase; pattern skipped\n"
              "8: error: '(' inside a prepositional phrase; pattern skipped\n"
              "9: error: bad code [0.1]: a code is 1 to 7 letters or digits, \"---\", "
              "\"###\" or \"+++\", optionally paired (\"042:043\") or marked ! or ?; "
              "pattern skipped\n"
              "10: error: unexpected \"junk\" after the pattern's code; pattern skipped\n"
              "11: error: pattern has no [CODE]; pattern skipped\n"
              "12: error: missing '}'; pattern skipped\n"
              "13: error: empty alternative in \"B/\"; pattern skipped\n"
              "14: error: a prepositional phrase (...) must start with its preposition; "
              "pattern skipped\n"
              "16: error: verb \"TWO WORDS\" is not one word (pattern lines start with '-'); "
              "line skipped\n"
              "17: error: multi-word verb \"A_B\" needs '+' before its verb word; "
              "line skipped\n"
              "18: error: '&' without a synset name; synset skipped\n"
              "19: error: transformation: expected a verb after the target; line skipped\n");
    CHECK_INT(sr_dict_get_stats(d).verb_patterns, 1);
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

/* ---------------------------------------------------------------- actors */

TEST(actors_longest_match_synonyms_and_exact_words)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load(sr_dict_load_actors, FIX "actors.txt", &diags);
    size_t m = 0;
    const sr_actor *a = actor(d, "Republic of Arcadia said", 0, &m);
    CHECK(a != NULL);
    CHECK_INT(m, 3);
    CHECK_STR(a ? a->name : "", "ARCADIA_");
    CHECK_INT(a ? a->line : 0, 2);
    /* The longest phrase wins over its prefix. */
    a = actor(d, "ARCADIAN NAVY ships", 0, &m);
    CHECK_INT(m, 2);
    CHECK_STR(a ? a->codes[0].code : "", "ARCMIL");
    a = actor(d, "ARCADIAN ships", 0, &m);
    CHECK_INT(m, 1);
    CHECK_STR(a ? a->codes[0].code : "", "ARC");
    /* Exact matching by default; stems only with SR_MATCH_STEMS, and only
     * for a last word written without a trailing '_'. */
    CHECK(actor(d, "ARCADIANS", 0, &m) == NULL);
    a = actor(d, "ARCADIANS", SR_MATCH_STEMS, &m);
    CHECK(a != NULL && m == 1);
    CHECK(actor(d, "ARCADIAS", SR_MATCH_STEMS, &m) == NULL);
    /* Consecutive roots without codes share the codes below them. */
    CHECK_STR(actor_code(d, "DORA VALE", 0), "ARCELI");
    CHECK_STR(actor_code(d, "DORA M. VALE", 0), "ARCELI");
    CHECK_STR(actor_code(d, "ISLE OF BRAN", 0), "BRN/ARC");
    CHECK_INT(sr_dict_get_stats(d).actors, 6);
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

TEST(actors_date_restricted_codes)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load(sr_dict_load_actors, FIX "actors.txt", &diags);
    CHECK_STR(actor_code(d, "DORA VALE", 19940101), "ARCELI");
    CHECK_STR(actor_code(d, "DORA VALE", 19950101), "ARCGOV");
    CHECK_STR(actor_code(d, "DORA VALE", 19991231), "ARCGOV");
    CHECK_STR(actor_code(d, "DORA VALE", 20000101), "ARCOPP");
    CHECK_STR(actor_code(d, "DORA VALE", 20240601), "ARCOPP");
    CHECK_STR(actor_code(d, "GRAND DUKE OTTO", 19881231), "ARCGOV");
    CHECK_STR(actor_code(d, "GRAND DUKE OTTO", 19890101), "---");
    size_t m;
    const sr_actor *a = actor(d, "DORA VALE", 0, &m);
    CHECK(a && a->ncodes == 3);
    if (a && a->ncodes == 3) {
        CHECK_INT(a->codes[0].from, 19950101);
        CHECK_INT(a->codes[0].to, 19991231);
        CHECK_INT(a->codes[1].from, 20000101);
        CHECK_INT(a->codes[1].to, 0);
        CHECK_INT(a->codes[2].restricted, 0);
    }
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

TEST(actors_malformed_entries)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load(sr_dict_load_actors, FIX "actors.txt", &diags);
    CHECK_INT(diags.nerrors, 3);
    CHECK(has_diag(&diags, 12, SR_DIAG_ERROR, "actor code XYZ: bad date restriction \"990231\""));
    CHECK(has_diag(&diags, 12, SR_DIAG_ERROR, "actor code XYZGOV: bad date restriction"));
    CHECK(has_diag(&diags, 14, SR_DIAG_ERROR, "actor NO_CODE_HERE has no code; entry skipped"));
    /* The entry keeps the code that did parse (the indented [ORPHAN]). */
    CHECK_STR(actor_code(d, "BAD DATES", 0), "ORPHAN");
    size_t m;
    CHECK(actor(d, "NO CODE HERE", 0, &m) == NULL);
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

TEST(actors_bad_bytes_comments_and_orphans)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load(sr_dict_load_actors, FIX "actors_utf8.txt", &diags);
    CHECK(has_diag(&diags, 2, SR_DIAG_ERROR, "invalid UTF-8 at byte 5"));
    CHECK_STR(actor_code(d, "GOOD ACTOR", 0), "OK");
    CHECK_STR(actor_code(d, "AFTER COMMENT", 0), "AC");
    CHECK_INT(diags.nerrors, 1);
    sr_dict_free(d);
    sr_dict_diags_free(&diags);

    char path[] = "/tmp/sitrep_dict_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    const char *text = "\t[ORPHAN]\n+LOST_SYNONYM\nFINE [F]\n";
    CHECK(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
    close(fd);
    sr_dict_diags d2 = SR_DICT_DIAGS_INIT;
    d = load(sr_dict_load_actors, path, &d2);
    CHECK(has_diag(&d2, 1, SR_DIAG_ERROR, "actor code before any actor"));
    CHECK(has_diag(&d2, 2, SR_DIAG_ERROR, "synonym \"LOST_SYNONYM\" before any actor"));
    CHECK_STR(actor_code(d, "FINE", 0), "F");
    sr_dict_free(d);
    sr_dict_diags_free(&d2);
    unlink(path);
}

/* ---------------------------------------------------------------- agents */

TEST(agents_place_plurals_and_substitutions)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load(sr_dict_load_agents, FIX "agents.txt", &diags);
    size_t m = 0;
    const sr_agent *g = agent(d, "harbour masters", &m);
    CHECK(g != NULL && m == 2);
    CHECK_STR(g ? g->code : "", "GOV");
    CHECK_INT(g ? (int)g->place : -1, SR_AGENT_AFTER);
    CHECK_INT(g ? g->plural : 0, 1);
    g = agent(d, "DEPUTIES", &m);
    CHECK(g != NULL && g->plural);
    CHECK(agent(d, "FERRY", &m) != NULL);
    CHECK(agent(d, "FERRYS", &m) == NULL);
    CHECK(agent(d, "FERRIES", &m) == NULL);
    CHECK(agent(d, "BOSUNS", &m) != NULL);
    CHECK(agent(d, "BOATSWAINS", &m) == NULL);
    g = agent(d, "RESCUE CHARITY", &m);
    CHECK_INT(g ? (int)g->place : -1, SR_AGENT_BEFORE);
    CHECK_STR(g ? g->code : "", "NGO");
    CHECK(agent(d, "RESCUE CHARITIES", &m) != NULL);
    g = agent(d, "MERCHANT SEAMEN", &m);
    CHECK(g != NULL && m == 2);
    CHECK_STR(g ? g->code : "", "BUS");
    CHECK(agent(d, "MERCHANT SEAMENS", &m) == NULL);
    CHECK_STR(agent(d, "COAST GUARD", &m) ? agent(d, "COAST GUARD", &m)->code : "", "MIL");
    CHECK_STR(diag_text(&diags),
              "10: error: agent code [PIR] needs one '~', before the code ([~GOV]) or after "
              "it ([NGO~]); line skipped\n"
              "11: error: substitution marker !KEEPER! is not defined above; line skipped\n");
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

/* ---------------------------------------------------------------- discards, issues */

TEST(discards_sentence_and_story)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load(sr_dict_load_discards, FIX "discards.txt", &diags);
    const char *w[8];
    size_t m, n = harness_words("the Yacht Club regatta", w, 8);
    const sr_discard *x = sr_dict_discard_match(d, w, n, 1, 0, &m);
    CHECK(x && m == 2 && x->scope == SR_DISCARD_STORY);
    x = sr_dict_discard_match(d, w, n, 3, 0, &m);
    CHECK(x && x->scope == SR_DISCARD_SENTENCE);
    CHECK_STR(x ? x->phrase : "", "REGATTA");
    n = harness_words("SAILING CUPS", w, 8);
    CHECK(sr_dict_discard_match(d, w, n, 0, SR_MATCH_STEMS, &m) == NULL);
    n = harness_words("REGATTAS", w, 8);
    CHECK(sr_dict_discard_match(d, w, n, 0, SR_MATCH_STEMS, &m) != NULL);
    CHECK(sr_dict_discard_match(d, w, n, 0, 0, &m) == NULL);
    CHECK_STR(diag_text(&diags), "5: error: '+' without a phrase; line skipped\n");
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

TEST(issues_codes_expansions_and_exclusions)
{
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_dict *d = load(sr_dict_load_issues, FIX "issues.txt", &diags);
    const char *w[8];
    size_t m, n;
    static const char *fishing[] = {"trawlers", "fish stock", "fish-stock", "overfishes",
                                    "overfished", "overfishing", "overfish"};
    for (size_t i = 0; i < sizeof fishing / sizeof *fishing; i++) {
        n = harness_words(fishing[i], w, 8);
        const sr_issue *x = sr_dict_issue_match(d, w, n, 0, 0, &m);
        CHECK(x != NULL && m == n);
        CHECK_STR(x && x->code ? x->code : "", "FISHING");
        CHECK_STR(x && x->category ? x->category : "", "FISHERIES");
    }
    n = harness_words("fish and chips", w, 8);
    const sr_issue *x = sr_dict_issue_match(d, w, n, 0, 0, &m);
    CHECK(x && x->kind == SR_ISSUE_IGNORE_SENTENCE && x->code == NULL);
    n = harness_words("fishing village fair", w, 8);
    x = sr_dict_issue_match(d, w, n, 0, 0, &m);
    CHECK(x && x->kind == SR_ISSUE_IGNORE_STORY);
    n = harness_words("harbour fees", w, 8);
    x = sr_dict_issue_match(d, w, n, 0, 0, &m);
    CHECK_STR(x ? x->category : "", "PORTS");
    CHECK_STR(diag_text(&diags),
              "7: warning: issue phrase \"sea n:bream\" has no [CODE] (exclusions start with "
              "'~'); ignored\n");
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

/* ---------------------------------------------------------------- config, I/O */

TEST(petrarch_config_names_resolve_against_dict_dir)
{
    sr_petrarch_config c;
    sr_error err;
    CHECK_INT(sr_petrarch_config_read(FIX "PETR_config.ini", NULL, &c, &err), SR_OK);
    CHECK_STR(c.verbs, FIX "verbs.txt");
    CHECK_INT(c.nactors, 2);
    CHECK_STR(c.nactors == 2 ? c.actors[1] : "", FIX "actors2.txt");
    CHECK_STR(c.issues, FIX "issues.txt");
    CHECK_INT(c.require_dyad, 0); /* [Options] require_dyad = False */
    sr_petrarch_config_free(&c);
    CHECK_INT(sr_petrarch_config_read(FIX "PETR_config.ini", "/elsewhere/dicts", &c, &err),
              SR_OK);
    CHECK_STR(c.agents, "/elsewhere/dicts/agents.txt");
    sr_petrarch_config_free(&c);

    CHECK_INT(sr_petrarch_config_read(FIX "bad.ini", NULL, &c, &err), SR_EFORMAT);
    CHECK(strstr(err.message, "no [Dictionaries] section") != NULL);
    CHECK_STR(err.file, FIX "bad.ini");
    CHECK_INT(sr_petrarch_config_read(FIX "missing.ini", NULL, &c, &err), SR_EIO);
    CHECK_STR(err.file, FIX "missing.ini");
}

/* [Options] require_dyad: absent is -1; a value configparser would not
 * read as a boolean is an error naming the line. */
TEST(petrarch_config_require_dyad)
{
    char dir[] = "/tmp/sr_dict_test_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/PETR_config.ini", dir);
    static const char *const texts[] = {
        "[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt\n",
        "[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt\n"
        "[Options]\nrequire_dyad = True\n",
        "[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt\n"
        "[Options]\nrequire_dyad = maybe\n",
        "[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt\n"
        "require_dyad = False\n"};
    static const int want[] = {-1, 1, -2, -1}; /* -2: an error */
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        FILE *f = fopen(path, "w");
        CHECK(f != NULL);
        if (!f)
            break;
        fputs(texts[i], f);
        fclose(f);
        sr_petrarch_config c;
        sr_error err;
        sr_status st = sr_petrarch_config_read(path, NULL, &c, &err);
        if (want[i] == -2) {
            CHECK_INT(st, SR_EFORMAT);
            CHECK_INT(err.line, 5);
            CHECK(strstr(err.message, "require_dyad") != NULL);
        } else {
            CHECK_INT(st, SR_OK);
            CHECK_INT(c.require_dyad, want[i]); /* outside [Options]: ignored */
            sr_petrarch_config_free(&c);
        }
    }
    unlink(path);
    rmdir(dir);
}

TEST(petrarch_config_loads_every_file)
{
    sr_dict *d = sr_dict_new();
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_error err;
    CHECK_INT(sr_dict_load_petrarch_config(d, FIX "PETR_config.ini", FIX, &diags, &err), SR_OK);
    sr_dict_stats st = sr_dict_get_stats(d);
    CHECK_INT(st.verb_patterns, 6);
    CHECK_INT(st.actors, 7);
    CHECK(st.agents > 0 && st.discards == 3 && st.issues > 0);
    /* actors2.txt comes later and replaces ARCADIAN NAVY. */
    CHECK_STR(actor_code(d, "ARCADIAN NAVY", 0), "ARCNAV");
    CHECK(st.redefined >= 1);
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

TEST(missing_file_is_an_io_error)
{
    sr_dict *d = sr_dict_new();
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_error err;
    CHECK_INT(sr_dict_load_verbs(d, FIX "no-such.verbs", &diags, &err), SR_EIO);
    CHECK_STR(err.file, FIX "no-such.verbs");
    CHECK(strstr(err.message, "No such file") != NULL);
    CHECK_INT(sr_dict_load_actors(d, FIX, &diags, &err), SR_EIO); /* a directory */
    CHECK_INT(diags.n, 0);
    sr_dict_free(d);
}

/* ---------------------------------------------------------------- real data */

TEST(validation_set_loads)
{
    const char *p = harness_shared_path("ud-petrarch-validation/PETR_Validate_verbs_2_02.txt");
    if (!p)
        SKIP("ud-petrarch-validation absent");
    char dir[1024], path[1200];
    snprintf(dir, sizeof dir, "%s", p);
    *strrchr(dir, '/') = '\0';
    sr_dict *d = sr_dict_new();
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_error err;
    static const char *kinds[] = {"verbs", "actors", "agents", "discards"};
    sr_status (*fns[])(sr_dict *, const char *, sr_dict_diags *, sr_error *) = {
        sr_dict_load_verbs, sr_dict_load_actors, sr_dict_load_agents, sr_dict_load_discards};
    for (int i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/PETR_Validate_%s_2_02.txt", dir, kinds[i]);
        CHECK_INT(fns[i](d, path, &diags, &err), SR_OK);
    }
    /* The only errors are lines PETRARCH2 cannot use either (see
     * docs/dictionaries.md, "Known problems in the PETRARCH2 files"). */
    CHECK_INT(diags.nerrors, 6);
    CHECK(has_diag(&diags, 463, SR_DIAG_ERROR, "verb \"* (TO QUESTION)\" is not one word"));
    CHECK(has_diag(&diags, 390, SR_DIAG_ERROR, "undefined synset &DEFENSE"));
    CHECK(has_diag(&diags, 400, SR_DIAG_ERROR, "undefined synset &PKO"));
    CHECK(has_diag(&diags, 402, SR_DIAG_ERROR, "undefined synset &PKO"));
    CHECK(has_diag(&diags, 425, SR_DIAG_ERROR, "undefined synset &REFUGEE"));
    CHECK(has_diag(&diags, 808, SR_DIAG_ERROR, "undefined synset &SECURITY"));
    CHECK_INT(diags.nwarnings, 5);
    sr_dict_stats st = sr_dict_get_stats(d);
    CHECK_INT(st.verb_patterns, 353);
    CHECK_INT(st.verb_blocks, 68);
    CHECK_INT(st.synsets, 30);
    CHECK_INT(st.actors, 133);
    CHECK_INT(st.agents, 165);
    CHECK_INT(st.discards, 9);

    /* Constructs the validation records rely on. */
    const sr_synset *acc = sr_dict_synset(d, "&ACCORDSYN");
    CHECK(acc && acc->nmembers >= 2 && acc->members[0].items[0].synset ==
                                           sr_dict_synset(d, "&TIETYPES"));
    const sr_synset *t3 = sr_dict_synset(d, "&TESTSYN3");
    CHECK(t3 && t3->nmembers == 3 && t3->members[0].items[0].kind == SR_PAT_PREP_PHRASE);
    const sr_verb_form *f = sr_dict_verb_lookup(d, "SAID", 4);
    CHECK(f && strcmp(f->block->name, "EXPLAIN_VERBAL") == 0);
    f = sr_dict_verb_lookup(d, "WIRETAPPED", 10);
    CHECK(f == NULL);
    f = sr_dict_verb_lookup(d, "TAPPED", 6);
    CHECK(f && f->npre == 1 && strcmp(f->pre[0], "WIRE") == 0);
    CHECK(f && f->next && f->next->npre == 0); /* then the bare TAPPED */
    CHECK_STR(actor_code(d, "GOLLUM", 19900101), "HOB");
    CHECK_STR(actor_code(d, "SMEAGOL", 19970101), "HOBGOV");
    CHECK_STR(actor_code(d, "STINKER", 20050101), "HOBREB");
    CHECK_STR(actor_code(d, "GOLLUM", 0), "(null)");
    CHECK_STR(actor_code(d, "LORIEN", 0), "ELR/GAL");
    size_t m;
    CHECK(agent(d, "CONGRESSWOMEN", &m) != NULL);
    CHECK(agent(d, "CONGRESSES", &m) != NULL);
    CHECK(agent(d, "GOLDEN GEESE", &m) != NULL);
    CHECK(agent(d, "MINISTRIES OF SILLY WALKS", &m) != NULL);
    const sr_agent *g = agent(d, "HUMAN RIGHTS BODY", &m);
    CHECK(g && g->place == SR_AGENT_BEFORE);
    CHECK(agent(d, "POLICES", &m) == NULL);
    const char *w[4];
    size_t n = harness_words("MANCHESTER UNITED", w, 4);
    const sr_discard *x = sr_dict_discard_match(d, w, n, 0, 0, &m);
    CHECK(x && x->scope == SR_DISCARD_STORY);
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

TEST(phoenix_set_loads_via_petr_config)
{
    const char *p = harness_shared_path("petrarch2/config/PETR_config.ini");
    if (!p)
        SKIP("petrarch2 dictionaries absent");
    char ini[1024], dir[1100];
    snprintf(ini, sizeof ini, "%s", p);
    snprintf(dir, sizeof dir, "%s", ini);
    *strrchr(dir, '/') = '\0';
    strcat(dir, "/../dictionaries");
    sr_dict *d = sr_dict_new();
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_error err;
    CHECK_INT(sr_dict_load_petrarch_config(d, ini, dir, &diags, &err), SR_OK);
    sr_dict_stats st = sr_dict_get_stats(d);
    CHECK_INT(st.verb_blocks, 397);
    CHECK_INT(st.verb_patterns, 4662);
    CHECK_INT(st.verb_forms, 7127);
    CHECK_INT(st.synsets, 40);
    CHECK_INT(st.transforms, 8);
    CHECK_INT(st.actors, 27211);
    CHECK_INT(st.actor_phrases, 35610);
    CHECK_INT(st.agents, 5224);
    CHECK_INT(st.discards, 506);
    /* 4861 before "pre+n:school" gave "pre-schools" as well as "pre schools". */
    CHECK_INT(st.issues, 4882);
    /* Every error is a genuine slip in the files, listed in
     * docs/dictionaries.md; this pins their number. */
    CHECK_INT(diags.nerrors, 24);
    CHECK(has_diag(&diags, 7606, SR_DIAG_ERROR, "unmatched ')'"));
    CHECK(has_diag(&diags, 2406, SR_DIAG_ERROR, "undefined synset &FIGHT_CRIM"));
    CHECK_STR(actor_code(d, "UNITED STATES", 20240101), "USA");
    const sr_verb_form *f = sr_dict_verb_lookup(d, "SAID", 4);
    CHECK(f != NULL && f->block->npatterns > 10);
    sr_dict_free(d);
    sr_dict_diags_free(&diags);
}

int main(void)
{
    RUN(verb_codes_parse_and_format);
    RUN(dates_parse_with_pivot_and_calendar);
    RUN(verb_forms_listed_generated_and_multiword);
    RUN(verb_ing_forms_drop_silent_e);
    RUN(verb_patterns_parse_into_elements);
    RUN(verb_synsets_plurals_and_nesting);
    RUN(verb_transformations);
    RUN(verb_malformed_lines_reported_and_skipped);
    RUN(verb_pattern_syntax_errors);
    RUN(actors_longest_match_synonyms_and_exact_words);
    RUN(actors_date_restricted_codes);
    RUN(actors_malformed_entries);
    RUN(actors_bad_bytes_comments_and_orphans);
    RUN(agents_place_plurals_and_substitutions);
    RUN(discards_sentence_and_story);
    RUN(issues_codes_expansions_and_exclusions);
    RUN(petrarch_config_names_resolve_against_dict_dir);
    RUN(petrarch_config_require_dyad);
    RUN(petrarch_config_loads_every_file);
    RUN(missing_file_is_an_io_error);
    RUN(validation_set_loads);
    RUN(phoenix_set_loads_via_petr_config);
    return harness_summary();
}
