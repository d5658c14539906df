#include "nlp/tagset.h"

#include <stddef.h>
#include <string.h>

static const char *const upos_names[] = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
    "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", NULL
};

static const char *const xpos_names[] = {
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN",
    "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",
    "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP",
    "WP$", "WRB", ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "$", "#", "ADD",
    "AFX", "GW", "HYPH", "NFP", "XX", "_", NULL
};

static const char *const deprel_names[] = {
    "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "advmod:emph",
    "advmod:lmod", "amod", "appos", "aux", "aux:pass", "case", "cc",
    "cc:preconj", "ccomp", "clf", "compound", "compound:lvc", "compound:prt",
    "compound:redup", "compound:svc", "conj", "cop", "csubj", "csubj:outer",
    "csubj:pass", "dep", "det", "det:numgov", "det:nummod", "det:poss",
    "det:predet", "discourse", "dislocated", "expl", "expl:impers",
    "expl:pass", "expl:pv", "fixed", "flat", "flat:foreign", "flat:name",
    "goeswith", "iobj", "list", "mark", "nmod", "nmod:desc", "nmod:npmod",
    "nmod:poss", "nmod:tmod", "nmod:unmarked", "nsubj", "nsubj:outer",
    "nsubj:pass", "nummod", "nummod:gov", "obj", "obl", "obl:agent",
    "obl:arg", "obl:lmod", "obl:npmod", "obl:tmod", "obl:unmarked", "orphan",
    "parataxis", "punct", "reparandum", "root", "vocative", "xcomp", NULL
};

const char *sr_tagset_find(sr_tagset_kind kind, const char *name)
{
    const char *const *t = kind == SR_TAGSET_UPOS   ? upos_names
                         : kind == SR_TAGSET_XPOS   ? xpos_names
                                                    : deprel_names;
    if (!name)
        return NULL;
    for (; *t; t++)
        if (strcmp(*t, name) == 0)
            return *t;
    return NULL;
}
