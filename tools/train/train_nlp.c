/* train_nlp - trains the tagger and parser models from UD English EWT.
 *
 * Reads the train and dev treebanks, trains (see src/nlp/train.h), writes
 * OUT/tagger.bin and OUT/parser.bin, then loads them back from disk and
 * reports UPOS, XPOS, UAS and LAS on dev and test. Progress goes to stderr,
 * the figures to stdout. */
#include "base/file.h"
#include "nlp/evaluate.h"
#include "nlp/nlp.h"
#include "nlp/train.h"
#include "base/alloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double t_start;

static void progress(void *ctx, const char *line)
{
    (void)ctx;
    fprintf(stderr, "train_nlp: [%6.1fs] %s\n", now() - t_start, line);
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: train_nlp [--train FILE] [--dev FILE] [--test FILE] [--out DIR]\n"
            "                 [--seed N] [--tagger-epochs N] [--label-epochs N]\n"
            "                 [--parser-epochs N] [--folds N] [--explore P] [--two-pass 0|1]\n"
            "                 [--tagger-bits N] [--label-bits N] [--parser-bits N]\n"
            "                 [--dict-min-count N] [--dict-min-share F]\n"
            "                 [--augment-title N] [--augment-upper N]\n"
            "Defaults read $SHARED/ud-english-ewt (SHARED defaults to ../shared/data)\n"
            "and write models/.\n");
}

typedef struct corpus {
    char *text;
    sr_arena arena;
    sr_conllu_sentence *s;
    uint32_t n;
} corpus;

static int load_corpus(const char *path, corpus *c)
{
    memset(c, 0, sizeof *c);
    size_t len;
    sr_error err;
    memset(&err, 0, sizeof err);
    if (sr_file_read_all(path, &c->text, &len, &err) != SR_OK) {
        fprintf(stderr, "train_nlp: error: %s: %s\n", path, err.message);
        return 0;
    }
    if (sr_conllu_parse(c->text, len, 1, &c->arena, &c->s, &c->n, &err) != SR_OK) {
        fprintf(stderr, "train_nlp: error: %s:%zu: %s\n", path, err.line, err.message);
        return 0;
    }
    return 1;
}

static void free_corpus(corpus *c)
{
    free(c->text);
    sr_arena_free(&c->arena);
}

static void report(const char *name, const sr_nlp *nlp, const corpus *c)
{
    sr_nlp_scores sc;
    sr_nlp_evaluate(nlp, c->s, c->n, &sc);
    printf("%-5s UPOS %.2f  XPOS %.2f  UAS %.2f  LAS %.2f  (LAS with subtypes %.2f; "
           "%zu words, %zu sentences, %.0f sentences/s)\n",
           name, sr_nlp_pct(sc.upos, sc.words), sr_nlp_pct(sc.xpos, sc.words),
           sr_nlp_pct(sc.uas, sc.words), sr_nlp_pct(sc.las, sc.words),
           sr_nlp_pct(sc.las_full, sc.words), sc.words, sc.sentences,
           sc.seconds > 0 ? (double)sc.sentences / sc.seconds : 0.0);
}

int main(int argc, char **argv)
{
    const char *shared = getenv("SHARED");
    if (!shared || !*shared)
        shared = "../shared/data";
    char train[1024], dev[1024], test[1024];
    snprintf(train, sizeof train, "%s/ud-english-ewt/en_ewt-ud-train.conllu", shared);
    snprintf(dev, sizeof dev, "%s/ud-english-ewt/en_ewt-ud-dev.conllu", shared);
    snprintf(test, sizeof test, "%s/ud-english-ewt/en_ewt-ud-test.conllu", shared);
    const char *trainp = train, *devp = dev, *testp = test, *out = "models";
    sr_train_options o = sr_train_options_default();
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "train_nlp: error: %s needs a value (e.g. %s 5)\n", a, a);
            usage(stderr);
            return 2;
        }
        const char *v = argv[++i];
        if (strcmp(a, "--train") == 0)
            trainp = v;
        else if (strcmp(a, "--dev") == 0)
            devp = v;
        else if (strcmp(a, "--test") == 0)
            testp = v;
        else if (strcmp(a, "--out") == 0)
            out = v;
        else if (strcmp(a, "--seed") == 0)
            o.seed = strtoull(v, NULL, 10);
        else if (strcmp(a, "--tagger-epochs") == 0)
            o.tagger_epochs = atoi(v);
        else if (strcmp(a, "--label-epochs") == 0)
            o.label_epochs = atoi(v);
        else if (strcmp(a, "--parser-epochs") == 0)
            o.parser_epochs = atoi(v);
        else if (strcmp(a, "--folds") == 0)
            o.folds = atoi(v);
        else if (strcmp(a, "--dict-min-count") == 0)
            o.dict_min_count = atoi(v);
        else if (strcmp(a, "--dict-min-share") == 0)
            o.dict_min_share = atof(v);
        else if (strcmp(a, "--augment-title") == 0)
            o.augment_title = atoi(v);
        else if (strcmp(a, "--augment-upper") == 0)
            o.augment_upper = atoi(v);
        else if (strcmp(a, "--two-pass") == 0)
            o.two_pass = atoi(v);
        else if (strcmp(a, "--explore") == 0)
            o.explore = atof(v);
        else if (strcmp(a, "--tagger-bits") == 0)
            o.tagger_bits = (unsigned)atoi(v);
        else if (strcmp(a, "--label-bits") == 0)
            o.label_bits = (unsigned)atoi(v);
        else if (strcmp(a, "--parser-bits") == 0)
            o.parser_bits = (unsigned)atoi(v);
        else {
            fprintf(stderr, "train_nlp: error: unknown option %s\n", a);
            usage(stderr);
            return 2;
        }
    }
    unsigned bits[3] = { o.tagger_bits, o.label_bits, o.parser_bits };
    for (int k = 0; k < 3; k++)
        if (bits[k] < 10 || bits[k] > 26) {
            fprintf(stderr, "train_nlp: error: table sizes are 2^10 to 2^26 buckets\n");
            return 2;
        }
    if (o.tagger_epochs < 1 || o.label_epochs < 1 || o.parser_epochs < 1 || o.folds < 0 ||
        o.explore < 0 || o.explore > 1) {
        fprintf(stderr, "train_nlp: error: epochs must be at least 1, folds at least 0 and "
                        "explore between 0 and 1\n");
        return 2;
    }
    o.progress = progress;
    t_start = now();

    corpus ctrain, cdev, ctest;
    if (!load_corpus(trainp, &ctrain) || !load_corpus(devp, &cdev))
        return 1;
    sr_model_writer tw, pw;
    sr_error err;
    memset(&err, 0, sizeof err);
    if (sr_nlp_train(ctrain.s, ctrain.n, cdev.s, cdev.n, &o, &tw, &pw, &err) != SR_OK) {
        fprintf(stderr, "train_nlp: error: %s:%zu: %s\n", trainp, err.line, err.message);
        return 1;
    }
    /* A readable build description in each file ("strings" shows it);
     * no dates or paths, so the files stay byte-identical per seed. */
    const char *base = strrchr(trainp, '/') ? strrchr(trainp, '/') + 1 : trainp;
    char about[512];
    snprintf(about, sizeof about,
             "sitrep %s train_nlp; trained on %.100s (UD English EWT, CC BY-SA 4.0); seed %llu; "
             "passes tagger<=%d labeller<=%d parser<=%d; folds %d; buckets 2^%u/2^%u/2^%u; "
             "explore %.2f; two-pass %d; dictionary %d/%.3f; headline copies 1/%d, 1/%d\n",
             SITREP_VERSION, base, (unsigned long long)o.seed, o.tagger_epochs,
             o.label_epochs, o.parser_epochs, o.folds, o.tagger_bits, o.label_bits,
             o.parser_bits, o.explore, o.two_pass, o.dict_min_count, o.dict_min_share,
             o.augment_title, o.augment_upper);
    sr_model_writer_add(&tw, "about", about, strlen(about));
    sr_model_writer_add(&pw, "about", about, strlen(about));
    mkdir(out, 0777);
    char tpath[1100], ppath[1100];
    snprintf(tpath, sizeof tpath, "%s/tagger.bin", out);
    snprintf(ppath, sizeof ppath, "%s/parser.bin", out);
    if (sr_model_writer_save(&tw, tpath, &err) != SR_OK ||
        sr_model_writer_save(&pw, ppath, &err) != SR_OK) {
        fprintf(stderr, "train_nlp: error: %s: %s\n", err.file, err.message);
        return 1;
    }
    sr_model_writer_free(&tw);
    sr_model_writer_free(&pw);
    progress(NULL, "models written");

    sr_nlp *nlp;
    if (sr_nlp_load(out, &nlp, &err) != SR_OK) {
        fprintf(stderr, "train_nlp: error: %s: %s\n", err.file, err.message);
        return 1;
    }
    printf("trained in %.0f s (seed %llu)\n", now() - t_start, (unsigned long long)o.seed);
    report("dev", nlp, &cdev);
    if (load_corpus(testp, &ctest)) {
        report("test", nlp, &ctest);
        free_corpus(&ctest);
    }
    sr_nlp_free(nlp);
    free_corpus(&ctrain);
    free_corpus(&cdev);
    return 0;
}
