/* explain.c - the text of --explain. */
#include "coder/explain.h"
#include "coder/targets.h"

#include <string.h>

static void side(sr_buf *b, const sr_cs_ctx *cx, const char *label, const sr_cs_actor *a,
                 int32_t head, const char *how)
{
    const sr_cs_sent *cs = cx->cs;
    sr_buf_printf(b, "%s: ", label);
    if (!a) {
        sr_buf_puts(b, "none\n");
        return;
    }
    sr_buf_printf(b, "%s", a->code);
    if (head >= 0)
        sr_buf_printf(b, " from \"%s\" (token %d, %s)", cs->words[head], head + 1,
                      how ? how : "?");
    sr_buf_putc(b, '\n');
    if (a->actor) {
        sr_buf_printf(b, "  actor %s (%s:%u)", a->actor->name, a->actor->file,
                      (unsigned)a->actor->line);
        if (a->acode && a->acode->restricted)
            sr_buf_printf(b, ", code %s for the record's date (line %u)", a->acode->code,
                          (unsigned)a->acode->line);
        sr_buf_putc(b, '\n');
    } else if (a->from_story) {
        sr_buf_printf(b, "  no actor in the phrase: %s %s, %s\n",
                      sr_coder_is_country(a->base) ? "country" : "body", a->base,
                      a->origin ? a->origin : "supplied");
    } else if (a->nagents) {
        sr_buf_puts(b, "  no actor: agents only\n");
    } else {
        sr_buf_puts(b, "  taken from earlier in the story\n");
    }
    for (uint32_t i = 0; i < a->nagents; i++)
        sr_buf_printf(b, "  agent %s [%s%s%s] (%s:%u)\n", a->agents[i]->phrase,
                      a->agents[i]->place == SR_AGENT_AFTER ? "~" : "", a->agents[i]->code,
                      a->agents[i]->place == SR_AGENT_BEFORE ? "~" : "", a->agents[i]->file,
                      (unsigned)a->agents[i]->line);
}

static void verb_lines(sr_buf *b, const sr_cs_ctx *cx, const sr_cs_explain_info *in)
{
    const sr_verb_form *f = in->form;
    char code[32];
    sr_verb_code_format(&in->code, code, sizeof code);
    sr_buf_printf(b, "verb: \"%s\" (token %d) is %s in block %s (%s:%u)\n",
                  cx->cs->words[in->verb], in->verb + 1, f->word,
                  f->block ? f->block->name : "?", f->file, (unsigned)f->line);
    if (in->pat)
        sr_buf_printf(b, "pattern: - %s [%s] (%s:%u)\n", in->pat->text, code, in->pat->file,
                      (unsigned)in->pat->line);
    else
        sr_buf_printf(b, "pattern: none matched; the verb's code [%s]\n", code);
    if (in->intent >= 0)
        sr_buf_printf(b, "intention: \"%s\" (token %d) makes %s a stated intention\n",
                      cx->cs->words[in->intent], in->intent + 1, in->plain.s);
}

const char *sr_coder_explain_event(const sr_cs_ctx *cx, const sr_cs_explain_info *in,
                                   const sr_cs_actor *s, const sr_cs_actor *t, int reverse,
                                   sr_arena *arena)
{
    sr_buf b = SR_BUF_INIT;
    verb_lines(&b, cx, in);
    if (reverse)
        sr_buf_puts(&b, "reverse event of a paired code\n");
    side(&b, cx, "source", s, reverse ? in->target_head : in->source_head,
         reverse ? in->how_target : in->how_source);
    side(&b, cx, "target", t, reverse ? in->source_head : in->target_head,
         reverse ? in->how_source : in->how_target);
    const char *out = sr_arena_strndup(arena, b.data ? b.data : "", b.len);
    sr_buf_free(&b);
    return out;
}

void sr_coder_explain_why_not(const sr_cs_ctx *cx, const sr_cs_explain_info *in,
                              const sr_cs_phrase *S, const sr_cs_phrase *T, sr_buf *why)
{
    if (!cx->explain)
        return;
    const sr_cs_sent *cs = cx->cs;
    sr_buf_printf(why, "verb \"%s\" (%s:%u): ", cs->words[in->verb], in->form->file,
                  (unsigned)in->form->line);
    if (in->pat)
        sr_buf_printf(why, "pattern \"%s\" (%s:%u) matched, but ", in->pat->text, in->pat->file,
                      (unsigned)in->pat->line);
    /* Under require_dyad, and for a one-sided event, a side of agents
     * only ("the minister", no country) names no actor. */
    int dyad = cx->opt.require_dyad;
    int strict = dyad || S->n == 0 || T->n == 0;
    int s_none = S->n == 0 || (strict && !sr_coder_phrase_has_actor(S));
    int t_none = T->n == 0 || (strict && !sr_coder_phrase_has_actor(T));
    if (s_none)
        sr_buf_printf(why, "no source actor%s%s%s",
                      in->source_head >= 0 ? " in \"" : " (no subject)",
                      in->source_head >= 0 ? cs->words[in->source_head] : "",
                      in->source_head >= 0 ? "\"" : "");
    if (s_none && t_none)
        sr_buf_puts(why, " and ");
    if (t_none)
        sr_buf_printf(why, "no target actor%s%s%s",
                      in->target_head >= 0 ? " in \""
                                           : " (no object or prepositional argument names one)",
                      in->target_head >= 0 ? cs->words[in->target_head] : "",
                      in->target_head >= 0 ? "\"" : "");
    if (!s_none && !t_none)
        sr_buf_puts(why, "source and target are the same actor");
    const char *refusal = NULL;
    if (!dyad && s_none != t_none)
        refusal = sr_coder_one_sided_refusal(in->code.code.s, !s_none, !t_none,
                                             sr_coder_doer_is_named(cs, S));
    if (!dyad && s_none && !t_none && !refusal && sr_coder_names_another_actor(cx, T, T))
        refusal = "the sentence names another actor, which the parse did not make the doer";
    if (!dyad && t_none && !s_none && !refusal && sr_coder_needs_named_target(in->code.code.s) &&
        sr_coder_names_another_actor(cx, S, S))
        refusal = "the sentence names another actor, which the parse did not make the target";
    if (!dyad && t_none && !s_none && !refusal &&
        sr_coder_unknown_name_target(cx, (int32_t)in->verb) >= 0)
        refusal = "its patient is a name the dictionaries lack";
    if (!dyad && t_none && !s_none && !refusal && in->uncodable_partner >= 0)
        refusal = "its partner is named by a phrase the dictionaries cannot code";
    if (!dyad && t_none && !s_none && !refusal &&
        sr_coder_gathers_among_itself(cs, (int32_t)in->verb, in->code.code.s))
        refusal = "a party gathering among its own members meets no one";
    if (!dyad && s_none && !t_none && !refusal && in->lost_subject)
        refusal = "an active clause has a doer, which the parse lost";
    if (!dyad && t_none && !s_none && !refusal && in->plus_no_party)
        refusal = "a demand whose pattern's + names no party";
    if (!dyad && t_none && !s_none && !refusal && in->demand_of_self)
        refusal = "it is made of a party with the source's own code";
    if (!dyad && t_none && !s_none && !refusal && in->uncodable_responder)
        refusal = "it was answered by a party the dictionaries cannot code";
    if (refusal)
        sr_buf_printf(why, " (%s)", refusal);
    sr_buf_puts(why, dyad ? " (require_dyad)\n" : "\n");
}
