/* tagset.h - the names of part-of-speech tags and dependency relations.
 *
 * The tagger and parser predict small integers; this module turns names
 * found in training data or in a model file into those integers and back
 * into static strings, so that annotated tokens can point at names that
 * live as long as the program. It covers the 17 UD v2 universal POS tags,
 * the Penn Treebank tags used by UD English (with the EWT additions such
 * as ADD, GW, HYPH, NFP) and the UD v2 relations with the subtypes used by
 * English treebanks. It does not decide which tags a model uses: a model
 * file lists its own inventory by name and the loader resolves it here. */
#ifndef SR_NLP_TAGSET_H
#define SR_NLP_TAGSET_H

typedef enum sr_tagset_kind {
    SR_TAGSET_UPOS = 0,
    SR_TAGSET_XPOS,
    SR_TAGSET_DEPREL
} sr_tagset_kind;

/* The static string equal to name in the table of kind, or NULL when the
 * table has no such name. */
const char *sr_tagset_find(sr_tagset_kind kind, const char *name);

#endif
