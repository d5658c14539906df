/* attribution.c - the words of a sentence that only say who reported it.
 *
 * "according to X" names the source of a report; X did not take part in
 * the event the rest of the sentence reports. Parsers attach the phrase
 * anywhere (an oblique of the main verb, a modifier of its object), and
 * then X turns up as the verb's target ("has been sharing expertise with
 * the Tigers according to a report submitted to the Canadian intelligence
 * service") or as the doer of a passive ("were engaged in ethnic cleansing,
 * according to the US government"). This marks those words, from the text
 * alone, so that targets.c and coder.c pass over them for every verb
 * outside them. It decides nothing about a reporting verb's own event, and
 * leaves the closing ", police said." alone (docs/coder.md says why). The
 * namer X of "what X called Y" is marked the same way (mark_what_called). */
#include "coder/coder_internal.h"

#include <string.h>

static int is_punct(const sr_token *t)
{
    return t->upos && strcmp(t->upos, "PUNCT") == 0;
}

/* "according to X", up to the next comma or the end. */
static void mark_according(const sr_cs_sent *cs, uint8_t *mark)
{
    for (uint32_t i = 0; i + 1 < cs->n; i++) {
        if (!sr_coder_word_eq("ACCORDING", cs->words[i]) || !sr_coder_word_eq("TO", cs->words[i + 1]))
            continue;
        uint32_t t = i;
        while (t < cs->n && strcmp(cs->words[t], ",") != 0 && !is_punct(&cs->s->tokens[t]))
            mark[t++] = 1;
        i = t;
    }
}

/* "what X called/described as Y": X only names the thing Y ("sending
 * what officials described as dangerous migrants", "launched what
 * Ukrainian officials called a massive attack"): X gave the label and is
 * no party to the act of the verb outside it. Marked from the words
 * alone, as parsers hang X on the outer verb, on "what" or on the label
 * verb: "what", then a short run of words that name X (no verb among
 * them; auxiliaries are let through: "what the ministry has called"),
 * then a labelling verb. The marks cover X and the labelling verb. */
static int labelling_verb(const char *w)
{
    static const char *const label[] = {
        "CALL",         "CALLS",         "CALLED",        "DESCRIBE",     "DESCRIBES",
        "DESCRIBED",    "TERM",          "TERMS",         "TERMED",       "DUB",
        "DUBS",         "DUBBED",        "LABEL",         "LABELS",       "LABELED",
        "LABELLED",     "CHARACTERIZE",  "CHARACTERIZES", "CHARACTERIZED", "CHARACTERISE",
        "CHARACTERISES", "CHARACTERISED", "BRAND",        "BRANDS",       "BRANDED"};
    return SR_CS_WORD_AMONG(label, w);
}

static void mark_what_called(const sr_cs_sent *cs, uint8_t *mark)
{
    for (uint32_t i = 0; i + 2 < cs->n; i++) {
        if (!sr_coder_word_eq("WHAT", cs->words[i]))
            continue;
        uint32_t end = 0;
        for (uint32_t j = i + 1; j < cs->n && j <= i + 8; j++) {
            const char *up = cs->s->tokens[j].upos;
            if (labelling_verb(cs->words[j]) && up && !strcmp(up, "VERB") && j > i + 1) {
                end = j;
                break;
            }
            if (!up || !strcmp(up, "VERB") || (is_punct(&cs->s->tokens[j]) && strcmp(cs->words[j], "'")))
                break;
        }
        if (!end)
            continue;
        for (uint32_t j = i + 1; j <= end; j++)
            mark[j] = 1;
        i = end;
    }
}

void sr_coder_attribution_mark(sr_cs_sent *cs, sr_arena *a)
{
    cs->attrib = sr_arena_alloc(a, cs->n ? cs->n : 1);
    memset(cs->attrib, 0, cs->n ? cs->n : 1);
    mark_according(cs, cs->attrib);
    mark_what_called(cs, cs->attrib);
}

int sr_coder_attribution_apart(const sr_cs_sent *cs, int32_t v, int32_t t)
{
    return t >= 0 && v >= 0 && cs->attrib && cs->attrib[t] && !cs->attrib[v];
}
