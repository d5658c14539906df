/* nlp.h - part-of-speech tagging and dependency parsing of sentences.
 *
 * The entry point of src/nlp for the rest of sitrep. sr_nlp_load maps two
 * model files from a folder, tagger.bin and parser.bin (format in
 * model_file.h and docs/parser.md), and sr_nlp_annotate fills in UPOS, XPOS,
 * HEAD and DEPREL for one tokenised sentence. The module does not split
 * sentences or tokenise (src/text does) and does not lemmatise: lemma is
 * left as it is. Training lives in train.h; evaluation against a treebank
 * in evaluate.h. */
#ifndef SR_NLP_NLP_H
#define SR_NLP_NLP_H

#include "sitrep.h"
#include "base/arena.h"

/* Loaded tagger + parser, read-only after load, shareable between threads. */
typedef struct sr_nlp sr_nlp;

/* Loads dir/tagger.bin and dir/parser.bin. Returns SR_EMODEL with a message
 * naming the path on a missing, corrupt, truncated or wrong-version file,
 * or when the two files were not trained together. */
sr_status sr_nlp_load(const char *dir, sr_nlp **out, sr_error *err);
void sr_nlp_free(sr_nlp *nlp);

/* For trainers: binds models still held in writers (see model_file.h),
 * which must outlive the result. */
struct sr_model_writer;
sr_status sr_nlp_from_writers(const struct sr_model_writer *tagger,
                              const struct sr_model_writer *parser, sr_nlp **out,
                              sr_error *err);

/* Tags and parses one sentence in place: sets every token's upos and xpos
 * (static strings), head (0 = root, else 1-based) and deprel (static UD v2
 * name). scratch is a per-sentence arena the caller resets; nothing else is
 * allocated. Never fails; an empty sentence is left alone. */
void sr_nlp_annotate(const sr_nlp *nlp, sr_sentence *s, sr_arena *scratch);

/* Like sr_nlp_annotate, but keeps the tags already on the tokens where the
 * (upos, xpos) pair is one the tagger knows, and tags only the others. For
 * measuring how much tagging errors cost the parser, and for callers that
 * bring their own tags. */
void sr_nlp_annotate_tagged(const sr_nlp *nlp, sr_sentence *s, sr_arena *scratch);

#endif
