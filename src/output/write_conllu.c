/* write_conllu.c - every sentence of a document as CoNLL-U.
 *
 * Each document starts with "# newdoc id = ID"; each sentence carries
 * "# sent_id = ID-N" and "# text = ..." (the sentence's own text, line
 * breaks folded). Columns the analysis did not fill are "_". FEATS, DEPS
 * are not predicted; MISC carries SpaceAfter=No where it applies, so the
 * text can be rebuilt from the forms. */
#include "output/writer_impl.h"

static void column(sr_buf *out, const char *s)
{
    sr_buf_putc(out, '\t');
    sr_buf_puts(out, s && *s ? s : "_");
}

static void write_conllu(void *state, const sr_doc *doc, sr_buf *out)
{
    (void)state;
    const char *id = doc->record && doc->record->id ? doc->record->id : "doc";
    sr_buf_printf(out, "# newdoc id = %s\n", id);
    for (uint32_t si = 0; si < doc->nsentences; si++) {
        const sr_sentence *s = &doc->sentences[si];
        sr_buf_printf(out, "# sent_id = %s-%u\n# text = ", id, si + 1);
        sr_output_sentence_text(doc, si, out);
        sr_buf_putc(out, '\n');
        for (uint32_t k = 0; k < s->ntokens; k++) {
            const sr_token *t = &s->tokens[k];
            sr_buf_printf(out, "%u", k + 1);
            column(out, t->form);
            column(out, t->lemma);
            column(out, t->upos);
            column(out, t->xpos);
            column(out, NULL);
            if (t->head >= 0)
                sr_buf_printf(out, "\t%d", t->head);
            else
                column(out, NULL);
            column(out, t->deprel);
            column(out, NULL);
            column(out, t->space_after || k + 1 == s->ntokens ? NULL : "SpaceAfter=No");
            sr_buf_putc(out, '\n');
        }
        sr_buf_putc(out, '\n');
    }
}

const sr_writer_ops sr_write_conllu_ops = {write_conllu, NULL, NULL, NULL};
