#include "nlp/nlp.h"
#include "nlp/model_file.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "base/alloc.h"

#include <stdio.h>
#include <string.h>

struct sr_nlp {
    sr_model_file *tagger_file, *parser_file;
    sr_tagger tagger;
    sr_parser parser;
};

void sr_nlp_free(sr_nlp *nlp)
{
    if (!nlp)
        return;
    sr_tagger_release(&nlp->tagger);
    sr_parser_release(&nlp->parser);
    sr_model_file_free(nlp->tagger_file);
    sr_model_file_free(nlp->parser_file);
    free(nlp);
}

sr_status sr_nlp_load(const char *dir, sr_nlp **out, sr_error *err)
{
    *out = NULL;
    char tpath[1024], ppath[1024];
    snprintf(tpath, sizeof tpath, "%s/tagger.bin", dir);
    snprintf(ppath, sizeof ppath, "%s/parser.bin", dir);
    sr_nlp *nlp = sr_xcalloc(1, sizeof *nlp);
    sr_status st = sr_model_file_open(tpath, "tagger", &nlp->tagger_file, err);
    if (st == SR_OK)
        st = sr_model_file_open(ppath, "parser", &nlp->parser_file, err);
    if (st == SR_OK)
        st = sr_tagger_bind(&nlp->tagger, sr_weights_file_section, nlp->tagger_file, tpath,
                            err);
    if (st == SR_OK)
        st = sr_parser_bind(&nlp->parser, sr_weights_file_section, nlp->parser_file, ppath,
                            err);
    if (st == SR_OK) {
        /* The parser reads tagger classes by number, so both files must
         * carry the same class list. */
        size_t a, b;
        const void *ta = sr_model_file_section(nlp->tagger_file, "tgnames", &a);
        const void *tb = sr_model_file_section(nlp->parser_file, "tgnames", &b);
        if (!tb || a != b || memcmp(ta, tb, a) != 0) {
            if (err) {
                err->code = SR_EMODEL;
                snprintf(err->file, sizeof err->file, "%.255s", ppath);
                err->line = 0;
                snprintf(err->message, sizeof err->message,
                         "parser model was trained with a different tagger than %.300s", tpath);
            }
            st = SR_EMODEL;
        }
    }
    if (st != SR_OK) {
        if (err)
            err->code = SR_EMODEL;
        sr_nlp_free(nlp);
        return SR_EMODEL;
    }
    *out = nlp;
    return SR_OK;
}

sr_status sr_nlp_from_writers(const sr_model_writer *tagger, const sr_model_writer *parser,
                              sr_nlp **out, sr_error *err)
{
    sr_nlp *nlp = sr_xcalloc(1, sizeof *nlp);
    sr_status st = sr_tagger_bind(&nlp->tagger, sr_weights_writer_section, tagger,
                                  "<tagger in memory>", err);
    if (st == SR_OK)
        st = sr_parser_bind(&nlp->parser, sr_weights_writer_section, parser,
                            "<parser in memory>", err);
    if (st != SR_OK) {
        sr_nlp_free(nlp);
        *out = NULL;
        return st;
    }
    *out = nlp;
    return SR_OK;
}

static void annotate(const sr_nlp *nlp, sr_sentence *s, sr_arena *scratch, int keep_tags)
{
    uint32_t n = s->ntokens;
    if (n == 0)
        return;
    sr_feat_word *fw = sr_arena_alloc(scratch, n * sizeof *fw);
    uint16_t *tags = sr_arena_alloc(scratch, n * sizeof *tags);
    uint16_t *work = sr_arena_alloc(scratch, n * sizeof *work);
    sr_feat_pword *pw = sr_arena_alloc(scratch, (n + 2) * sizeof *pw);
    int *heads = sr_arena_alloc(scratch, (n + 2) * sizeof *heads);
    uint16_t *labels = sr_arena_alloc(scratch, (n + 2) * sizeof *labels);
    sr_feat_words(s->tokens, n, fw);
    sr_tagger_tag(&nlp->tagger, fw, n, tags, work, scratch);
    if (!keep_tags) {
        sr_tagger_fix_acronyms(&nlp->tagger, s->tokens, n, tags);
        sr_tagger_join_names(&nlp->tagger, s->tokens, fw, n, tags);
        sr_tagger_fix_conjuncts(&nlp->tagger, s->tokens, n, tags);
        sr_tagger_fix_infinitives(&nlp->tagger, s->tokens, fw, n, work, tags);
        sr_tagger_require_finite(&nlp->tagger, s->tokens, fw, n, work, tags);
    }
    for (uint32_t i = 0; keep_tags && i < n; i++) {
        const sr_token *t = &s->tokens[i];
        for (uint32_t c = 0; t->upos && t->xpos && c < nlp->tagger.nclasses; c++)
            if (strcmp(nlp->tagger.upos[c], t->upos) == 0 &&
                strcmp(nlp->tagger.xpos[c], t->xpos) == 0) {
                tags[i] = (uint16_t)c;
                break;
            }
    }
    sr_feat_parse_words(fw, tags, n, pw);
    sr_parser_parse(&nlp->parser, pw, (int)n, heads, labels, scratch);
    for (uint32_t i = 0; i < n; i++) {
        sr_token *t = &s->tokens[i];
        t->upos = nlp->tagger.upos[tags[i]];
        t->xpos = nlp->tagger.xpos[tags[i]];
        t->head = heads[i + 1];
        t->deprel = nlp->parser.labels[labels[i + 1]];
    }
    sr_parse_relabel(s->tokens, n);
}

void sr_nlp_annotate(const sr_nlp *nlp, sr_sentence *s, sr_arena *scratch)
{
    annotate(nlp, s, scratch, 0);
}

void sr_nlp_annotate_tagged(const sr_nlp *nlp, sr_sentence *s, sr_arena *scratch)
{
    annotate(nlp, s, scratch, 1);
}
