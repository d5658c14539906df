/* nlp_test - the tagger and parser: committed models, news regressions,
 * long sentences, model-file checks and deterministic training. */
#include "harness.h"
#include "nlp/evaluate.h"
#include "nlp/model_file.h"
#include "nlp/nlp.h"
#include "nlp/tagger.h"
#include "nlp/train.h"
#include "nlp/weights.h"
#include "base/alloc.h"

#include <stdint.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

/* Figures reported in models/README.md and docs/parser.md for the committed
 * models on EWT test (gold tokens, every word, universal relations). The
 * models are deterministic, so they must be met to the hundredth. */
#define REPORTED_UPOS 95.33
#define REPORTED_XPOS 94.73
#define REPORTED_UAS 84.31
#define REPORTED_LAS 80.64

static const char *models_dir(void)
{
    const char *d = getenv("SITREP_MODELS");
    return d && *d ? d : "models";
}

static sr_nlp *load_models(void)
{
    sr_nlp *nlp = NULL;
    sr_error err;
    memset(&err, 0, sizeof err);
    if (sr_nlp_load(models_dir(), &nlp, &err) != SR_OK)
        fprintf(stderr, "  cannot load models: %s: %s\n", err.file, err.message);
    return nlp;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *b = sr_xmalloc(cap);
    while ((got = fread(b + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap)
            b = sr_xrealloc(b, cap *= 2);
    }
    fclose(f);
    *len = n;
    return b;
}

static int spit(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    int ok = fwrite(data, 1, len, f) == len;
    return fclose(f) == 0 && ok;
}

/* Splits a space-separated sentence into tokens in the arena. */
static sr_sentence words(const char *text, sr_arena *a)
{
    sr_sentence s;
    memset(&s, 0, sizeof s);
    char *copy = sr_arena_strdup(a, text);
    uint32_t n = 0;
    for (char *p = copy; *p; p++)
        if (*p != ' ' && (p == copy || p[-1] == ' '))
            n++;
    s.tokens = sr_arena_alloc(a, (n ? n : 1) * sizeof *s.tokens);
    char *save = NULL;
    for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        sr_token *t = &s.tokens[s.ntokens++];
        t->form = w;
        t->head = -1;
    }
    return s;
}

/* A well-formed tree: heads in range, one root, no cycles, names set. */
static int is_tree(const sr_sentence *s)
{
    int roots = 0;
    for (uint32_t i = 0; i < s->ntokens; i++) {
        const sr_token *t = &s->tokens[i];
        if (t->head < 0 || t->head > (int32_t)s->ntokens || t->head == (int32_t)i + 1)
            return 0;
        if (!t->upos || !t->xpos || !t->deprel)
            return 0;
        roots += t->head == 0;
        if ((t->head == 0) != (strcmp(t->deprel, "root") == 0))
            return 0;
        int32_t h = t->head;
        for (uint32_t steps = 0; h != 0; steps++) {
            if (steps > s->ntokens)
                return 0;
            h = s->tokens[h - 1].head;
        }
    }
    return roots == 1;
}

TEST(committed_models_load)
{
    sr_nlp *nlp = load_models();
    CHECK(nlp != NULL);
    sr_nlp_free(nlp);
}

TEST(committed_models_reach_reported_test_scores)
{
    const char *path = harness_shared_path("ud-english-ewt/en_ewt-ud-test.conllu");
    if (!path)
        SKIP("EWT test set absent");
    sr_nlp *nlp = load_models();
    CHECK(nlp != NULL);
    if (!nlp)
        return;
    size_t len;
    char *text = slurp(path, &len);
    CHECK(text != NULL);
    sr_arena a = SR_ARENA_INIT;
    sr_conllu_sentence *sents;
    uint32_t n = 0;
    sr_error err;
    CHECK_INT(sr_conllu_parse(text, len, 1, &a, &sents, &n, &err), SR_OK);
    sr_nlp_scores sc;
    sr_nlp_evaluate(nlp, sents, n, &sc);
    CHECK_INT(sc.words, 25094);
    double upos = sr_nlp_pct(sc.upos, sc.words), xpos = sr_nlp_pct(sc.xpos, sc.words);
    double uas = sr_nlp_pct(sc.uas, sc.words), las = sr_nlp_pct(sc.las, sc.words);
    fprintf(stderr, "  EWT test: UPOS %.2f XPOS %.2f UAS %.2f LAS %.2f\n", upos, xpos, uas,
            las);
    CHECK(upos >= REPORTED_UPOS - 0.005);
    CHECK(xpos >= REPORTED_XPOS - 0.005);
    CHECK(uas >= REPORTED_UAS - 0.005);
    CHECK(las >= REPORTED_LAS - 0.005);
    sr_arena_free(&a);
    free(text);
    sr_nlp_free(nlp);
}

/* News sentences written for this test, with the subject and object of
 * one verb checked by hand against the UD English guidelines and EWT
 * practice (1-based indexes; obj 0 when no object is checked; "told
 * reporters" before a quotation is iobj in EWT). known_miss marks cases the
 * committed models get wrong (see docs/parser.md, "Known weaknesses"):
 * they are printed, not counted, so a fix shows up as "now right". */
typedef struct news_case {
    const char *text;
    int verb, subj;
    const char *subj_rel;
    int obj;
    const char *obj_rel;
    int known_miss;
} news_case;

static const news_case news_cases[] = {
    { "Rebels attacked a military convoy near the border on Tuesday .", 2, 1, "nsubj", 5,
      "obj", 0 },
    { "The government accused the opposition of inciting violence .", 3, 2, "nsubj", 5, "obj",
      0 },
    { "Police arrested 12 protesters in the capital , officials said .", 2, 1, "nsubj", 4,
      "obj", 0 },
    { "BAGHDAD - Iraqi forces recaptured the town from militants on Sunday .", 5, 4, "nsubj",
      7, "obj", 0 },
    { "Israel and Egypt signed a ceasefire agreement on Friday .", 4, 1, "nsubj", 7, "obj",
      0 },
    { "Three soldiers were killed by a roadside bomb in the south .", 4, 2, "nsubj:pass", 0,
      NULL, 0 },
    { "\" We will not negotiate with terrorists , \" the minister told reporters .", 12, 11,
      "nsubj", 13, "iobj", 0 },
    { "The United Nations condemned the attack on a hospital in Gaza .", 4, 3, "nsubj", 6,
      "obj", 1 },
    { "Opposition leaders met the prime minister in Nairobi on Monday .", 3, 2, "nsubj", 6,
      "obj", 0 },
    { "The central bank raised interest rates by half a percentage point .", 4, 3, "nsubj", 6,
      "obj", 0 },
    { "Fighting between rival militias killed at least 40 people last week , the Red Cross "
      "said .", 5, 1, "nsubj", 9, "obj", 1 },
    { "Turkish warplanes bombed Kurdish positions in northern Iraq overnight .", 3, 2, "nsubj",
      5, "obj", 0 },
    /* The tagger calls "struck" an adjective here; the finite-verb repair
     * (src/nlp/finite.c) restores the verb. */
    { "Russian and Syrian warplanes struck rebel-held villages near the highway on Monday .", 5,
      4, "nsubj", 7, "obj", 0 },
    { "The president will visit China next month , his spokesman said on Thursday .", 4, 2,
      "nsubj", 5, "obj", 0 },
    { "Protesters Storm Parliament Building In Capital", 2, 1, "nsubj", 4, "obj", 1 },
    { "Gunmen kidnapped two aid workers in Darfur on Saturday .", 2, 1, "nsubj", 5, "obj", 0 },
    { "The army has launched an offensive against the rebels .", 4, 2, "nsubj", 6, "obj", 0 },
    { "Hamas fired rockets at southern Israel , the military said .", 2, 1, "nsubj", 3, "obj",
      0 },
    { "WASHINGTON ( AP ) - The Senate approved a new sanctions bill on Wednesday .", 8, 7,
      "nsubj", 12, "obj", 0 },
    { "Demonstrators in Cairo demanded the resignation of the prime minister .", 4, 1,
      "nsubj", 6, "obj", 0 },
    { "A suicide bomber killed at least 15 people at a market in Baghdad on Monday .", 4, 3,
      "nsubj", 8, "obj", 0 },
};

static int finite_verbs(const sr_sentence *s)
{
    int n = 0;
    for (uint32_t k = 0; k < s->ntokens; k++)
        n += s->tokens[k].xpos && (strcmp(s->tokens[k].xpos, "VBD") == 0 ||
                                   strcmp(s->tokens[k].xpos, "VBZ") == 0 ||
                                   strcmp(s->tokens[k].xpos, "VBP") == 0);
    return n;
}

/* The finite-verb repair must not invent a verb in a caption, a question
 * or a short heading. */
TEST(verbless_fragments_stay_verbless)
{
    sr_nlp *nlp = load_models();
    CHECK(nlp != NULL);
    if (!nlp)
        return;
    static const char *const fragments[] = {
        "A quiet cafe with friendly staff and fresh bread near the old harbour .",
        "Any news from the northern front since the weekend ?",
        "Flood damage in Kabul .",
    };
    sr_arena a = SR_ARENA_INIT, scratch = SR_ARENA_INIT;
    for (size_t i = 0; i < sizeof fragments / sizeof *fragments; i++) {
        sr_arena_reset(&a);
        sr_sentence s = words(fragments[i], &a);
        sr_nlp_annotate(nlp, &s, &scratch);
        CHECK_INT(finite_verbs(&s), 0);
    }
    sr_arena_free(&a);
    sr_arena_free(&scratch);
    sr_nlp_free(nlp);
}

/* "IS fighters": an acronym in capitals before a noun is a name, not the
 * verb, and so is "IS" with a verb of its own after it; words in capitals
 * for emphasis keep their tags (acronyms.c). */
TEST(acronyms_before_nouns_are_names)
{
    sr_nlp *nlp = load_models();
    CHECK(nlp != NULL);
    if (!nlp)
        return;
    sr_arena a = SR_ARENA_INIT, scratch = SR_ARENA_INIT;
    sr_sentence s = words("The army killed 12 IS members near the border .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK_STR(s.tokens[4].upos, "PROPN");
    CHECK_INT(s.tokens[4].head, 6); /* IS -> members */
    sr_arena_reset(&a);
    s = words("We HAVE NO idea what happened to the convoy .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(strcmp(s.tokens[1].upos, "PROPN") != 0);
    CHECK(strcmp(s.tokens[2].upos, "PROPN") != 0);
    /* "IS" with a verb of its own is the group as subject; "IS" for
     * emphasis before a participle stays the verb. */
    sr_arena_reset(&a);
    s = words("The report said IS seized the town in March .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK_STR(s.tokens[3].upos, "PROPN");
    CHECK_STR(s.tokens[4].xpos, "VBD");
    CHECK_INT(s.tokens[3].head, 5); /* IS -> seized (1-based) */
    sr_arena_reset(&a);
    s = words("IS has claimed the attack on the convoy .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK_STR(s.tokens[0].upos, "PROPN");
    sr_arena_reset(&a);
    s = words("It IS believed that the convoy left .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(strcmp(s.tokens[1].upos, "PROPN") != 0);
    sr_arena_free(&a);
    sr_arena_free(&scratch);
    sr_nlp_free(nlp);
}

/* A capitalised noun before a name joins it (names.c), and a participle
 * joined by "and" to a past-tense verb is past tense too (conjuncts.c):
 * both errors left the coder without a subject or an object. */
TEST(names_and_conjoined_verbs)
{
    sr_nlp *nlp = load_models();
    CHECK(nlp != NULL);
    if (!nlp)
        return;
    sr_arena a = SR_ARENA_INIT, scratch = SR_ARENA_INIT;
    sr_sentence s = words("The Hermit Kingdom fired two missiles into the sea on Thursday .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK_STR(s.tokens[1].upos, "PROPN");
    CHECK_INT(s.tokens[2].head, 4); /* Kingdom -> fired */
    CHECK_STR(s.tokens[2].deprel, "nsubj");
    sr_arena_reset(&a);
    s = words("The Valdorian government condemned an attack by rebel soldiers in the south on "
              "Thursday and promised aid to the villages .",
              &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK_STR(s.tokens[15].xpos, "VBD"); /* promised */
    CHECK_INT(s.tokens[16].head, 16);    /* aid -> promised */
    sr_arena_reset(&a);
    /* A perfect keeps its participles: "has condemned ... and promised". */
    s = words("The government has condemned the attack and promised aid .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK_STR(s.tokens[7].xpos, "VBN");
    sr_arena_free(&a);
    sr_arena_free(&scratch);
    sr_nlp_free(nlp);
}

/* relabel.c: an agent without "by" is a plain oblique, a name the parser
 * hung on its verb as a compound is the verb's subject, a participle
 * after "was ADV and ADV" heads its clause, a list member labelled as an
 * object of the first member is a conjunct, a name labelled as the
 * object of a name before it belongs to that name, and a full verb taken
 * for an auxiliary heads its clause. */
TEST(relabelled_agents_subjects_and_adverb_pairs)
{
    sr_nlp *nlp = load_models();
    CHECK(nlp != NULL);
    if (!nlp)
        return;
    sr_arena a = SR_ARENA_INIT, scratch = SR_ARENA_INIT;
    sr_sentence s = words("A Valdorian trader was killed in Ostmark , the rebels ' main stronghold .",
                          &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(is_tree(&s));
    CHECK_STR(s.tokens[12].form, "stronghold");
    CHECK(strcmp(s.tokens[12].deprel, "obl:agent") != 0);
    sr_arena_reset(&a);
    /* With its "by" an agent stays one. */
    s = words("A Valdorian trader was killed by rebels in Ostmark .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK_STR(s.tokens[6].deprel, "obl:agent");
    sr_arena_reset(&a);
    s = words("The United Nations has sent 40 observers to Valdoria on Friday .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(is_tree(&s));
    CHECK_INT(s.tokens[2].head, 5); /* Nations -> sent */
    CHECK_STR(s.tokens[2].deprel, "nsubj");
    CHECK_INT(s.tokens[0].head, 3); /* The -> Nations */
    sr_arena_reset(&a);
    s = words("The United Nations was already sending food to 2 million people before the "
              "floods .",
              &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK_INT(s.tokens[2].head, 6); /* Nations -> sending */
    CHECK_STR(s.tokens[2].deprel, "nsubj");
    sr_arena_reset(&a);
    /* "was ADV and ADV VBN": the participle heads the passive, not the
     * first adverb (relabel.c, adverb pairs). */
    s = words("The plan was widely and strongly condemned by Valdoria .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(is_tree(&s));
    CHECK_INT(s.tokens[6].head, 0); /* condemned is the root */
    CHECK_INT(s.tokens[1].head, 7); /* plan -> condemned */
    CHECK_STR(s.tokens[1].deprel, "nsubj:pass");
    CHECK_STR(s.tokens[2].deprel, "aux:pass");
    CHECK_INT(s.tokens[3].head, 7); /* widely -> condemned */
    sr_arena_reset(&a);
    /* Two clauses joined by "and" are left alone. */
    s = words("The minister is well and has returned to work .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK_INT(s.tokens[3].head, 0); /* well */
    CHECK_STR(s.tokens[2].deprel, "cop");
    sr_arena_reset(&a);
    /* A member of a list of names the labeller took for an object of the
     * first is a conjunct (relabel.c, lists). */
    s = words("Ostmark , the Vale , Kelmar and Varn welcomed the resumption of talks .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK_INT(s.tokens[3].head, 1); /* Vale -> Ostmark */
    CHECK_STR(s.tokens[3].deprel, "conj");
    sr_arena_reset(&a);
    /* A name hung as the object of the country before its title heads
     * the phrase, and is the subject (relabel.c, names). */
    s = words("Valdoria Prime Minister Kestrel unexpectedly wo n't visit Ostmark .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(is_tree(&s));
    CHECK_INT(s.tokens[3].head, 8); /* Kestrel -> visit */
    CHECK_STR(s.tokens[3].deprel, "nsubj");
    CHECK_INT(s.tokens[0].head, 4); /* Valdoria -> Kestrel */
    CHECK_STR(s.tokens[0].deprel, "compound");
    sr_arena_reset(&a);
    /* A full verb is no auxiliary: "will abandon failed policies" had
     * "abandon" as the passive auxiliary of "failed" (relabel.c). */
    s = words("The government will abandon failed policies on trade .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(is_tree(&s));
    CHECK_INT(s.tokens[3].head, 0);  /* abandon is the root */
    CHECK_INT(s.tokens[5].head, 4);  /* policies -> abandon */
    CHECK_STR(s.tokens[5].deprel, "obj");
    CHECK_INT(s.tokens[4].head, 6);  /* failed -> policies */
    CHECK_STR(s.tokens[4].deprel, "amod");
    CHECK_INT(s.tokens[1].head, 4);  /* government -> abandon */
    sr_arena_free(&a);
    sr_arena_free(&scratch);
    sr_nlp_free(nlp);
}

/* relabel.c: a preposition on the first word of a two-word name belongs
 * to the whole name (an "of" phrase then modifies the noun before it), a
 * word read as an apposition between two modifiers of a noun with no
 * punctuation is one more modifier, and a long object after the verb's
 * obliques that the parser left to a punctuation mark is the verb's
 * object; infinitive.c: "to" before a verb the tagger took for a noun. */
TEST(split_names_modifiers_heavy_objects_and_infinitives)
{
    sr_nlp *nlp = load_models();
    CHECK(nlp != NULL);
    if (!nlp)
        return;
    sr_arena a = SR_ARENA_INIT, scratch = SR_ARENA_INIT;
    sr_sentence s = words("The court heard the case along with Judge Ilse Marren .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(is_tree(&s));
    CHECK_INT(s.tokens[8].head, 10); /* Ilse -> Marren */
    CHECK_STR(s.tokens[8].deprel, "compound");
    CHECK_INT(s.tokens[6].head, 10); /* with -> Marren */
    sr_arena_reset(&a);
    s = words("The Ostmark peace activists are about to restore ties with human rights activists "
              "of Varno NGO .",
              &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(is_tree(&s));
    CHECK_INT(s.tokens[15].head, 13); /* NGO -> activists, not an object of restore */
    CHECK_STR(s.tokens[15].deprel, "nmod");
    CHECK_INT(s.tokens[14].head, 16); /* Varno -> NGO */
    CHECK_INT(s.tokens[13].head, 16); /* of -> NGO */
    sr_arena_reset(&a);
    s = words("East German world government officials signed the accord in Berlin .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(is_tree(&s));
    CHECK_INT(s.tokens[3].head, 5); /* government -> officials */
    CHECK_STR(s.tokens[3].deprel, "compound");
    sr_arena_reset(&a);
    s = words("The rebels have seized for ransom the trucks carrying food into Ostmark along the "
              "main road .",
              &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(is_tree(&s));
    CHECK_INT(s.tokens[7].head, 4); /* trucks -> seized */
    CHECK_STR(s.tokens[7].deprel, "obj");
    sr_arena_reset(&a);
    /* A subordinator between the verb and the noun: a clause of its own,
     * left alone. */
    s = words("Kelmar said that Ostmark 's stable courts , low taxes , and open ports are a draw "
              "for traders .",
              &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(is_tree(&s));
    CHECK(s.tokens[6].head != 2 || strcmp(s.tokens[6].deprel, "obj") != 0);
    sr_arena_reset(&a);
    s = words("The gang was known to break into shops in Ostmark .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(is_tree(&s));
    CHECK_STR(s.tokens[4].xpos, "TO");
    CHECK_STR(s.tokens[5].xpos, "VB");
    CHECK_INT(s.tokens[5].head, 4); /* break -> known */
    CHECK_STR(s.tokens[5].deprel, "xcomp");
    sr_arena_reset(&a);
    s = words("The talks are due to end in March .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK_STR(s.tokens[5].xpos, "VB");
    sr_arena_reset(&a);
    /* A noun after "to" that the verb reading would cost too much stays a
     * noun ("work" loses little as a verb once "to" is the marker, but
     * "to" loses much as one). */
    s = words("The minister went back to work after the vote .", &a);
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(strcmp(s.tokens[5].xpos, "VB") != 0);
    sr_arena_free(&a);
    sr_arena_free(&scratch);
    sr_nlp_free(nlp);
}

TEST(news_subjects_and_objects)
{
    sr_nlp *nlp = load_models();
    CHECK(nlp != NULL);
    if (!nlp)
        return;
    sr_arena a = SR_ARENA_INIT, scratch = SR_ARENA_INIT;
    int checked = 0;
    for (size_t i = 0; i < sizeof news_cases / sizeof *news_cases; i++) {
        const news_case *c = &news_cases[i];
        sr_arena_reset(&a);
        sr_arena_reset(&scratch);
        sr_sentence s = words(c->text, &a);
        sr_nlp_annotate(nlp, &s, &scratch);
        CHECK(is_tree(&s));
        const sr_token *subj = &s.tokens[c->subj - 1];
        int ok = subj->head == c->verb && subj->deprel && strcmp(subj->deprel, c->subj_rel) == 0;
        if (c->obj) {
            const sr_token *obj = &s.tokens[c->obj - 1];
            ok = ok && obj->head == c->verb && obj->deprel && strcmp(obj->deprel, c->obj_rel) == 0;
        }
        if (c->known_miss) {
            fprintf(stderr, "  news case %zu (known miss): %s\n", i + 1,
                    ok ? "now right; clear known_miss" : "still wrong");
            continue;
        }
        checked++;
        if (!ok) {
            fprintf(stderr, "  news case %zu: \"%s\"\n", i + 1, c->text);
            for (uint32_t k = 0; k < s.ntokens; k++)
                fprintf(stderr, "    %u %s %s %s %d %s\n", k + 1, s.tokens[k].form,
                        s.tokens[k].upos, s.tokens[k].xpos, s.tokens[k].head,
                        s.tokens[k].deprel);
        }
        CHECK(ok);
    }
    CHECK(checked >= 14);
    sr_arena_free(&a);
    sr_arena_free(&scratch);
    sr_nlp_free(nlp);
}

TEST(long_sentence_is_a_tree_and_quick)
{
    sr_nlp *nlp = load_models();
    CHECK(nlp != NULL);
    if (!nlp)
        return;
    static const char *clause[] = { "the", "army", "said", "that", "its", "units", "had",
                                    "reached", "the", "river", "near", "Mosul", "," };
    sr_buf b = SR_BUF_INIT;
    size_t n = 0;
    while (n < 149) {
        sr_buf_puts(&b, clause[n % 13]);
        sr_buf_putc(&b, ' ');
        n++;
    }
    sr_buf_puts(&b, ".");
    sr_arena a = SR_ARENA_INIT, scratch = SR_ARENA_INIT;
    sr_sentence s = words(b.data, &a);
    CHECK_INT(s.ntokens, 150);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    sr_nlp_annotate(nlp, &s, &scratch);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    CHECK(is_tree(&s));
    CHECK(ms < 50.0);
    /* Scratch use stays linear: well under a kilobyte per word. */
    CHECK(sr_arena_used(&scratch) < 150 * 1024);
    sr_buf_free(&b);
    sr_arena_free(&a);
    sr_arena_free(&scratch);
    sr_nlp_free(nlp);
}

TEST(odd_tokens_do_not_break_it)
{
    sr_nlp *nlp = load_models();
    CHECK(nlp != NULL);
    if (!nlp)
        return;
    sr_arena a = SR_ARENA_INIT, scratch = SR_ARENA_INIT;
    sr_sentence empty;
    memset(&empty, 0, sizeof empty);
    sr_nlp_annotate(nlp, &empty, &scratch);
    CHECK_INT(empty.ntokens, 0);
    sr_sentence s = words("\xc3\xa9t\xc3\xa9 ---- 1,000,000 http://example.org/a?b=c "
                          "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                          &a);
    s.tokens[1].form = NULL;
    sr_nlp_annotate(nlp, &s, &scratch);
    CHECK(is_tree(&s));
    sr_sentence one = words("Yes", &a);
    sr_nlp_annotate(nlp, &one, &scratch);
    CHECK_INT(one.tokens[0].head, 0);
    CHECK_STR(one.tokens[0].deprel, "root");
    sr_arena_free(&a);
    sr_arena_free(&scratch);
    sr_nlp_free(nlp);
}

/* Copies the committed models into a fresh folder, damages tagger.bin with
 * damage(), and checks the load fails naming the file. */
static void expect_rejected(const char *what, void (*damage)(char *data, size_t *len),
                            const char *want_in_message)
{
    char dir[] = "/tmp/sitrep-nlp-test-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char src[1024], dst[1100];
    size_t len;
    const char *names[2] = { "tagger.bin", "parser.bin" };
    for (int k = 0; k < 2; k++) {
        snprintf(src, sizeof src, "%s/%s", models_dir(), names[k]);
        snprintf(dst, sizeof dst, "%s/%s", dir, names[k]);
        char *data = slurp(src, &len);
        CHECK(data != NULL);
        if (!data)
            return;
        if (k == 0 && damage)
            damage(data, &len);
        if (!(k == 0 && !damage))
            CHECK(spit(dst, data, len));
        free(data);
    }
    sr_nlp *nlp = (sr_nlp *)1;
    sr_error err;
    memset(&err, 0, sizeof err);
    sr_status st = sr_nlp_load(dir, &nlp, &err);
    CHECK_INT(st, SR_EMODEL);
    CHECK(nlp == NULL);
    CHECK(strstr(err.file, dir) != NULL && strstr(err.file, "tagger.bin") != NULL);
    if (!strstr(err.message, want_in_message)) {
        fprintf(stderr, "  %s: message \"%s\" lacks \"%s\"\n", what, err.message,
                want_in_message);
        CHECK(0);
    }
    snprintf(dst, sizeof dst, "%s/tagger.bin", dir);
    unlink(dst);
    snprintf(dst, sizeof dst, "%s/parser.bin", dir);
    unlink(dst);
    rmdir(dir);
}

static void cut_in_half(char *d, size_t *len) { (void)d; *len /= 2; }
static void cut_header(char *d, size_t *len) { (void)d; *len = 40; }
static void flip_middle(char *d, size_t *len) { d[*len / 2] ^= 0x5a; }
static void bad_magic(char *d, size_t *len) { (void)len; d[0] = 'X'; }
static void bad_version(char *d, size_t *len) { (void)len; d[8] = 99; }
static void bad_kind(char *d, size_t *len) { (void)len; memcpy(d + 32, "parser", 6); }

TEST(loader_rejects_damaged_files)
{
    expect_rejected("missing", NULL, "cannot open");
    expect_rejected("truncated", cut_in_half, "truncated");
    expect_rejected("truncated header", cut_header, "truncated");
    expect_rejected("corrupt", flip_middle, "checksum");
    expect_rejected("wrong magic", bad_magic, "magic");
    expect_rejected("wrong version", bad_version, "version 99");
    expect_rejected("wrong kind", bad_kind, "wrong kind");
}

TEST(model_file_round_trip)
{
    char path[] = "/tmp/sitrep-model-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    sr_model_writer w;
    sr_model_writer_init(&w, "tagger");
    sr_model_writer_add(&w, "one", "abc", 3);
    sr_model_writer_add(&w, "two", "", 0);
    sr_error err;
    CHECK_INT(sr_model_writer_save(&w, path, &err), SR_OK);
    sr_model_writer_free(&w);
    sr_model_file *mf;
    CHECK_INT(sr_model_file_open(path, "tagger", &mf, &err), SR_OK);
    size_t size;
    const char *p = sr_model_file_section(mf, "one", &size);
    CHECK(p && size == 3 && memcmp(p, "abc", 3) == 0);
    CHECK(((uintptr_t)p & 15) == 0);
    CHECK(sr_model_file_section(mf, "two", &size) != NULL && size == 0);
    CHECK(sr_model_file_section(mf, "three", &size) == NULL);
    sr_model_file_free(mf);
    CHECK_INT(sr_model_file_open(path, "parser", &mf, &err), SR_EMODEL);
    CHECK(strstr(err.message, "wrong kind") != NULL);
    unlink(path);
}

/* A toy treebank written for this test. */
static const char toy[] =
    "1\tSoldiers\tsoldier\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tfired\tfire\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tshots\tshot\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tresigned\tresign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tyesterday\tyesterday\tNOUN\tNN\t_\t3\tobl:unmarked\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tGeneva\tGeneva\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

static void train_toy(const char *text, sr_model_writer *t, sr_model_writer *p, sr_status *st,
                      sr_error *err)
{
    sr_arena a = SR_ARENA_INIT;
    sr_conllu_sentence *s;
    uint32_t n;
    *st = sr_conllu_parse(text, strlen(text), 1, &a, &s, &n, err);
    if (*st == SR_OK) {
        sr_train_options o = sr_train_options_default();
        o.tagger_bits = o.label_bits = o.parser_bits = 12;
        o.tagger_epochs = o.label_epochs = o.parser_epochs = 8;
        o.folds = 0;
        o.seed = 7;
        *st = sr_nlp_train(s, n, s, n, &o, t, p, err);
    }
    sr_arena_free(&a);
}

static int same_sections(const sr_model_writer *a, const sr_model_writer *b)
{
    if (a->n != b->n)
        return 0;
    for (size_t i = 0; i < a->n; i++)
        if (memcmp(a->names[i], b->names[i], 8) != 0 || a->data[i].len != b->data[i].len ||
            (a->data[i].len && memcmp(a->data[i].data, b->data[i].data, a->data[i].len) != 0))
            return 0;
    return 1;
}

TEST(training_is_deterministic_and_learns_the_toy_set)
{
    sr_model_writer t1, p1, t2, p2;
    sr_status st;
    sr_error err;
    memset(&err, 0, sizeof err);
    train_toy(toy, &t1, &p1, &st, &err);
    CHECK_INT(st, SR_OK);
    train_toy(toy, &t2, &p2, &st, &err);
    CHECK_INT(st, SR_OK);
    CHECK(same_sections(&t1, &t2));
    CHECK(same_sections(&p1, &p2));
    sr_nlp *nlp;
    CHECK_INT(sr_nlp_from_writers(&t1, &p1, &nlp, &err), SR_OK);
    sr_arena a = SR_ARENA_INIT;
    sr_conllu_sentence *s;
    uint32_t n;
    CHECK_INT(sr_conllu_parse(toy, strlen(toy), 1, &a, &s, &n, &err), SR_OK);
    sr_nlp_scores sc;
    sr_nlp_evaluate(nlp, s, n, &sc);
    CHECK_INT(sc.upos, sc.words);
    CHECK_INT(sc.uas, sc.words);
    sr_nlp_free(nlp);
    sr_arena_free(&a);
    sr_model_writer_free(&t1);
    sr_model_writer_free(&p1);
    sr_model_writer_free(&t2);
    sr_model_writer_free(&p2);
}

/* Damages one byte of a section at a time and repairs the checksum, so the
 * loader's structural checks (not the CRC) must catch what matters; a
 * model that still loads must tag and parse without reading out of bounds
 * (run under ASan to see that). */
TEST(loader_survives_damaged_sections)
{
    sr_model_writer t, p;
    sr_status st;
    sr_error err;
    memset(&err, 0, sizeof err);
    train_toy(toy, &t, &p, &st, &err);
    CHECK_INT(st, SR_OK);
    char dir[] = "/tmp/sitrep-nlp-fuzz-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char tpath[128], ppath[128];
    snprintf(tpath, sizeof tpath, "%s/tagger.bin", dir);
    snprintf(ppath, sizeof ppath, "%s/parser.bin", dir);
    CHECK_INT(sr_model_writer_save(&t, tpath, &err), SR_OK);
    CHECK_INT(sr_model_writer_save(&p, ppath, &err), SR_OK);
    const char *paths[2] = { tpath, ppath };
    size_t len[2];
    char *orig[2] = { slurp(tpath, &len[0]), slurp(ppath, &len[1]) };
    CHECK(orig[0] && orig[1]);
    if (!orig[0] || !orig[1])
        return;
    uint64_t rng = 12345;
    int loaded = 0, rejected = 0;
    sr_arena a = SR_ARENA_INIT, scratch = SR_ARENA_INIT;
    for (int round = 0; round < 400; round++) {
        int which = round & 1;
        char *d = sr_xmalloc(len[which]);
        memcpy(d, orig[which], len[which]);
        rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t at = 64 + (size_t)((rng >> 33) % (len[which] - 64));
        d[at] = (char)(d[at] ^ (char)(1 + (rng >> 13) % 255));
        uint32_t crc = (uint32_t)crc32(0L, (const unsigned char *)d + 64,
                                       (unsigned)(len[which] - 64));
        for (int b = 0; b < 4; b++)
            d[24 + b] = (char)(crc >> (8 * b));
        CHECK(spit(paths[which], d, len[which]));
        free(d);
        sr_nlp *nlp = NULL;
        if (sr_nlp_load(dir, &nlp, &err) == SR_OK) {
            loaded++;
            sr_arena_reset(&a);
            sr_arena_reset(&scratch);
            sr_sentence s = words("Talks resumed in Geneva .", &a);
            sr_nlp_annotate(nlp, &s, &scratch);
            CHECK(is_tree(&s));
            sr_nlp_free(nlp);
        } else {
            rejected++;
            CHECK(strstr(err.file, dir) != NULL);
        }
        CHECK(spit(paths[which], orig[which], len[which]));
    }
    fprintf(stderr, "  damaged sections: %d loaded, %d rejected\n", loaded, rejected);
    CHECK(rejected > 0);
    unlink(tpath);
    unlink(ppath);
    rmdir(dir);
    free(orig[0]);
    free(orig[1]);
    sr_arena_free(&a);
    sr_arena_free(&scratch);
    sr_model_writer_free(&t);
    sr_model_writer_free(&p);
}

TEST(training_rejects_unknown_tags)
{
    static const char bad[] = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"
                              "\n"
                              "1\tOops\toops\tBLAH\tUH\t_\t0\troot\t_\t_\n"
                              "\n";
    sr_model_writer t, p;
    sr_status st;
    sr_error err;
    memset(&err, 0, sizeof err);
    train_toy(bad, &t, &p, &st, &err);
    CHECK_INT(st, SR_EFORMAT);
    CHECK_INT(err.line, 3);
    CHECK(strstr(err.message, "BLAH") != NULL);
}

/* ------------------------------------------------ runtime forms (speed)
 * The tagger and parser read their tables through forms built at load
 * time (a re-indexed tag dictionary, dense rows for full buckets, the
 * bias row summed once, the first pass's hashes kept for the second).
 * Each must answer exactly as the file's own form does. */

/* A tiny generator for test keys, so runs repeat. */
static uint64_t next_key(uint64_t *x)
{
    *x = *x * 6364136223846793005ULL + 1442695040888963407ULL;
    return *x ^ (*x >> 29);
}

TEST(tag_index_answers_as_the_file_table)
{
    /* Keys that differ only above bit 12 start their probes in one place
     * of the file's table; one key is written twice with two classes,
     * and the file answers with the first. */
    enum { N = 300 };
    uint64_t hash[N + 1];
    uint16_t cls[N + 1];
    uint64_t x = 11;
    for (int i = 0; i < N; i++) {
        hash[i] = (next_key(&x) << 12) | 0x5a5;
        cls[i] = (uint16_t)(i % 97);
    }
    hash[N] = hash[7];
    cls[N] = 3;
    sr_buf b = SR_BUF_INIT;
    sr_tag_dict_write(&b, hash, cls, N + 1);
    sr_tag_dict d;
    CHECK_INT(sr_tag_dict_bind(&d, b.data, b.len, "<test>", NULL), SR_OK);
    sr_tag_index ix;
    sr_tag_index_build(&ix, &d);
    int differ = 0;
    for (int i = 0; i <= N; i++)
        differ += sr_tag_index_find(&ix, hash[i]) != sr_tag_dict_find(&d, hash[i]);
    for (int i = 0; i < 2000; i++) {
        uint64_t h = next_key(&x);
        differ += sr_tag_index_find(&ix, h) != sr_tag_dict_find(&d, h);
    }
    CHECK_INT(differ, 0);
    CHECK_INT(sr_tag_index_find(&ix, hash[7]), 7 % 97);
    CHECK_INT(sr_tag_index_find(&ix, hash[N - 1]), (N - 1) % 97);
    sr_tag_index_free(&ix);
    sr_buf_free(&b);
}

/* Scores of nf random features under a, b (same table, b compiled). */
static int same_scores(const sr_weights *a, const sr_weights *b, uint64_t *x, int nf)
{
    uint64_t f[SR_WEIGHTS_MAX_FEATURES];
    int32_t sa[256], sb[256];
    for (int i = 0; i < nf; i++)
        f[i] = next_key(x);
    memset(sa, 0, sizeof sa);
    memset(sb, 0, sizeof sb);
    sr_weights_score(a, f, nf, sa);
    sr_weights_score(b, f, nf, sb);
    return memcmp(sa, sb, a->nclasses * sizeof *sa) == 0;
}

TEST(compiled_weights_score_as_the_file)
{
    /* A toy table with 45 classes (whole, half and single steps of the
     * row adder) and 16 buckets, some full enough to become rows. */
    sr_avgp p;
    sr_avgp_init(&p, 4, 45);
    uint64_t x = 5;
    for (int i = 0; i < 3000; i++) {
        uint64_t f = next_key(&x);
        sr_avgp_update(&p, &f, 1, (uint32_t)(next_key(&x) % 45), (i % 3) ? 1.0f : -2.0f);
        sr_avgp_tick(&p);
    }
    sr_model_writer w;
    sr_model_writer_init(&w, "tagger");
    sr_avgp_export(&p, 0, &w, "ts");
    sr_weights a, b;
    CHECK_INT(sr_weights_bind(&a, sr_weights_writer_section, &w, "ts", "<toy>", NULL), SR_OK);
    CHECK_INT(sr_weights_bind(&b, sr_weights_writer_section, &w, "ts", "<toy>", NULL), SR_OK);
    sr_weights_compile(&b);
    CHECK(b.slot != NULL && b.rows != NULL);
    int differ = 0;
    for (int i = 0; i < 300; i++)
        differ += !same_scores(&a, &b, &x, 1 + i % 40);
    CHECK_INT(differ, 0);
    sr_weights_release(&b);
    sr_avgp_free(&p);
    sr_model_writer_free(&w);

    /* The committed models' sparse tables. */
    char path[512];
    snprintf(path, sizeof path, "%s/tagger.bin", models_dir());
    sr_model_file *mf;
    sr_error err;
    if (sr_model_file_open(path, "tagger", &mf, &err) != SR_OK) {
        CHECK(!"committed tagger model opens");
        return;
    }
    static const char *const prefixes[] = {"tg", "t2"};
    for (int k = 0; k < 2; k++) {
        CHECK_INT(sr_weights_bind(&a, sr_weights_file_section, mf, prefixes[k], path, &err), SR_OK);
        b = a;
        sr_weights_compile(&b);
        CHECK(b.rows != NULL);
        differ = 0;
        for (int i = 0; i < 500; i++)
            differ += !same_scores(&a, &b, &x, 1 + i % 60);
        CHECK_INT(differ, 0);
        sr_weights_release(&b);
    }
    sr_model_file_free(mf);
}

/* The committed tagger run the plain way: the file's dictionary, every
 * feature of sr_feat_tagger / sr_feat_tagger2 summed on the file's
 * tables, the best class (lowest on ties) word by word. */
static void plain_pass(const sr_tagger *t, const sr_weights *wt, const sr_feat_word *w,
                       uint32_t n, const uint16_t *first, uint16_t *tags)
{
    uint32_t nfinite = 0;
    for (uint32_t i = 0; first && i < n; i++)
        nfinite += t->finite[first[i]];
    for (uint32_t i = 0; i < n; i++) {
        int known = sr_tag_dict_find(&t->dict, w[i].form);
        if (known >= 0) {
            tags[i] = (uint16_t)known;
            continue;
        }
        uint64_t f[SR_FEAT_MAX_TAGGER];
        int nf = first ? sr_feat_tagger2(w, n, i, tags, first, t->finite, nfinite, f)
                       : sr_feat_tagger(w, n, i, tags, f);
        int32_t scores[SR_TAGGER_MAX_CLASSES] = {0};
        sr_weights_score(wt, f, nf, scores);
        uint32_t best = 0;
        for (uint32_t c = 1; c < t->nclasses; c++)
            if (scores[c] > scores[best])
                best = c;
        tags[i] = (uint16_t)best;
    }
}

/* Tags s both ways; returns the number of words whose tags differ in
 * either pass. */
static int tag_both_ways(const sr_tagger *t, const sr_weights *w1, const sr_weights *w2,
                         const sr_sentence *s, sr_arena *a)
{
    uint32_t n = s->ntokens;
    if (n == 0)
        return 0;
    sr_feat_word *fw = sr_arena_alloc(a, n * sizeof *fw);
    uint16_t *got = sr_arena_alloc(a, n * sizeof *got);
    uint16_t *work = sr_arena_alloc(a, n * sizeof *work);
    uint16_t *first = sr_arena_alloc(a, n * sizeof *first);
    uint16_t *want = sr_arena_alloc(a, n * sizeof *want);
    sr_feat_words(s->tokens, n, fw);
    sr_tagger_tag(t, fw, n, got, work, a);
    plain_pass(t, w1, fw, n, NULL, first);
    plain_pass(t, w2, fw, n, first, want);
    int differ = 0;
    for (uint32_t i = 0; i < n; i++)
        differ += got[i] != want[i] || work[i] != first[i];
    return differ;
}

TEST(tagger_matches_plain_scoring)
{
    char path[512];
    snprintf(path, sizeof path, "%s/tagger.bin", models_dir());
    sr_model_file *mf;
    sr_error err;
    if (sr_model_file_open(path, "tagger", &mf, &err) != SR_OK) {
        CHECK(!"committed tagger model opens");
        return;
    }
    sr_tagger t;
    sr_weights w1, w2;
    CHECK_INT(sr_tagger_bind(&t, sr_weights_file_section, mf, path, &err), SR_OK);
    CHECK_INT(sr_weights_bind(&w1, sr_weights_file_section, mf, "tg", path, &err), SR_OK);
    CHECK_INT(sr_weights_bind(&w2, sr_weights_file_section, mf, "t2", path, &err), SR_OK);
    CHECK(t.two_pass);
    static const char *const sentences[] = {
        "Rebel fighters shelled the outskirts of the northern town on Tuesday , "
        "residents said .",
        "THE MINISTER WILL MEET HIS COUNTERPART IN GENEVA NEXT WEEK",
        "Talks resumed ; nobody expects a deal before 2026 , though .",
        "Drones struck a fuel depot near the border overnight , the army said in a "
        "statement that gave no figures for casualties or damage .",
        "x",
    };
    sr_arena a = SR_ARENA_INIT;
    int differ = 0;
    for (size_t k = 0; k < sizeof sentences / sizeof *sentences; k++) {
        sr_sentence s = words(sentences[k], &a);
        differ += tag_both_ways(&t, &w1, &w2, &s, &a);
    }
    CHECK_INT(differ, 0);
    /* Many more words, where the shared data is present: every sentence
     * of EWT test (about 25,000 words). */
    const char *ewt = harness_shared_path("ud-english-ewt/en_ewt-ud-test.conllu");
    size_t len;
    char *text = ewt ? slurp(ewt, &len) : NULL;
    sr_conllu_sentence *sents;
    uint32_t n = 0;
    if (text && sr_conllu_parse(text, len, 1, &a, &sents, &n, &err) == SR_OK) {
        sr_arena scratch = SR_ARENA_INIT;
        differ = 0;
        for (uint32_t k = 0; k < n; k++) {
            sr_arena_reset(&scratch);
            differ += tag_both_ways(&t, &w1, &w2, &sents[k].s, &scratch);
        }
        CHECK(n > 2000);
        CHECK_INT(differ, 0);
        sr_arena_free(&scratch);
    }
    free(text);
    sr_arena_free(&a);
    sr_tagger_release(&t);
    sr_model_file_free(mf);
}

int main(void)
{
    RUN(committed_models_load);
    RUN(committed_models_reach_reported_test_scores);
    RUN(news_subjects_and_objects);
    RUN(verbless_fragments_stay_verbless);
    RUN(acronyms_before_nouns_are_names);
    RUN(names_and_conjoined_verbs);
    RUN(relabelled_agents_subjects_and_adverb_pairs);
    RUN(split_names_modifiers_heavy_objects_and_infinitives);
    RUN(long_sentence_is_a_tree_and_quick);
    RUN(odd_tokens_do_not_break_it);
    RUN(loader_rejects_damaged_files);
    RUN(model_file_round_trip);
    RUN(training_is_deterministic_and_learns_the_toy_set);
    RUN(loader_survives_damaged_sections);
    RUN(training_rejects_unknown_tags);
    RUN(tag_index_answers_as_the_file_table);
    RUN(compiled_weights_score_as_the_file);
    RUN(tagger_matches_plain_scoring);
    return harness_summary();
}
