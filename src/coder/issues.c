/* issues.c - the issues of each event's sentence (see issues.h). */
#include "coder/issues.h"
#include "base/alloc.h"
#include "base/buf.h"

#include <string.h>

size_t sr_coder_issues_find(const sr_dict *d, const char *const *words, size_t n,
                            uint32_t sent, sr_issue_hit **hits, size_t *nhits, size_t *cap)
{
    size_t added = 0;
    for (size_t i = 0; i < n;) {
        size_t m = 0;
        const sr_issue *x = sr_dict_issue_match(d, words, n, i, 0, &m);
        if (!x || !m) {
            i++;
            continue;
        }
        SR_GROW(*hits, *cap, *nhits + 1);
        (*hits)[(*nhits)++] = (sr_issue_hit){x, sent, (uint32_t)i, (uint32_t)m};
        added++;
        /* As PETRARCH2 does: a phrase's words count once, so "nuclear
         * weapons" is not also "weapons". */
        i += m;
    }
    return added;
}

uint32_t sr_coder_issues_count(const sr_issue_hit *hits, size_t nhits, sr_event_issue *out)
{
    uint32_t n = 0;
    for (size_t i = 0; i < nhits; i++) {
        const sr_issue *x = hits[i].issue;
        if (x->kind != SR_ISSUE_CODE)
            return 0;
        uint32_t k = 0;
        /* Codes are copied per dictionary line, so compare the text. A
         * sentence has a handful of issues at most: a linear scan is
         * cheaper than any table. */
        while (k < n && strcmp(out[k].code, x->code) != 0)
            k++;
        if (k == n)
            out[n++] = (sr_event_issue){x->code, 0};
        out[k].count++;
    }
    return n;
}

/* The sentence's words of a hit, as they stand in the text. */
static void hit_words(sr_buf *b, const sr_doc *doc, const sr_issue_hit *h)
{
    const sr_sentence *s = &doc->sentences[h->sent];
    for (uint32_t k = h->start; k < h->start + h->len && k < s->ntokens; k++) {
        if (k > h->start)
            sr_buf_putc(b, ' ');
        sr_buf_puts(b, s->tokens[k].form ? s->tokens[k].form : "");
    }
}

/* The explanation lines of one sentence's issues. story is the story
 * exclusion in force, or NULL. */
static void explain_lines(sr_buf *b, const sr_doc *doc, const sr_issue_hit *hits, size_t n,
                          const sr_issue_hit *story)
{
    const sr_issue_hit *excl = story;
    for (size_t i = 0; !excl && i < n; i++)
        if (hits[i].issue->kind != SR_ISSUE_CODE)
            excl = &hits[i];
    if (excl) {
        sr_buf_puts(b, "issues: none: \"");
        hit_words(b, doc, excl);
        if (excl->issue->kind == SR_ISSUE_IGNORE_STORY)
            sr_buf_printf(b, "\" (sentence %u) excludes the whole story", excl->sent);
        else
            sr_buf_puts(b, "\" excludes this sentence");
        sr_buf_printf(b, " (%s:%u)\n", excl->issue->file, (unsigned)excl->issue->line);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        sr_buf_printf(b, "issue %s: \"", hits[i].issue->code);
        hit_words(b, doc, &hits[i]);
        sr_buf_printf(b, "\" (%s:%u)\n", hits[i].issue->file, (unsigned)hits[i].issue->line);
    }
}

/* old + lines in arena, with a line break between when old lacks one. */
static const char *append_explain(const char *old, const char *lines, size_t len,
                                  sr_arena *arena)
{
    size_t ol = strlen(old);
    int nl = ol && old[ol - 1] != '\n';
    char *out = sr_arena_alloc(arena, ol + (size_t)nl + len + 1);
    memcpy(out, old, ol);
    if (nl)
        out[ol] = '\n';
    memcpy(out + ol + (size_t)nl, lines, len);
    return out;
}

void sr_coder_issues_attach(const sr_dict *d, const sr_doc *doc, sr_event *events,
                            uint32_t nevents, int explain, sr_arena *arena)
{
    if (!d || !nevents || doc->nsentences == 0 || sr_dict_get_stats(d).issues == 0)
        return;
    uint32_t longest = 0;
    for (uint32_t s = 0; s < doc->nsentences; s++)
        if (doc->sentences[s].ntokens > longest)
            longest = doc->sentences[s].ntokens;
    if (longest == 0)
        return;
    const char **words = sr_arena_alloc(arena, longest * sizeof *words);
    /* first[s]..first[s + 1]: the hits of sentence s. Every sentence is
     * read, also those without events, for the story exclusions. */
    size_t *first = sr_arena_alloc(arena, ((size_t)doc->nsentences + 1) * sizeof *first);
    sr_issue_hit *hits = NULL;
    size_t nhits = 0, cap = 0, story = SIZE_MAX;
    for (uint32_t s = 0; s < doc->nsentences; s++) {
        const sr_sentence *sent = &doc->sentences[s];
        first[s] = nhits;
        for (uint32_t k = 0; k < sent->ntokens; k++)
            words[k] = sent->tokens[k].form ? sent->tokens[k].form : "";
        sr_coder_issues_find(d, words, sent->ntokens, s, &hits, &nhits, &cap);
        for (size_t h = first[s]; story == SIZE_MAX && h < nhits; h++)
            if (hits[h].issue->kind == SR_ISSUE_IGNORE_STORY)
                story = h;
    }
    first[doc->nsentences] = nhits;
    if (nhits == 0)
        return;
    const sr_issue_hit *story_hit = story == SIZE_MAX ? NULL : &hits[story];
    sr_buf lines = SR_BUF_INIT;
    uint32_t cached = UINT32_MAX, ncounts = 0;
    const sr_event_issue *counts = NULL;
    const char *why = NULL;
    for (uint32_t i = 0; i < nevents; i++) {
        sr_event *e = &events[i];
        if (e->sent >= doc->nsentences)
            continue;
        size_t h0 = first[e->sent], hn = first[e->sent + 1] - h0;
        if (e->sent != cached) {
            /* Events of one sentence come together, so this runs about
             * once per coded sentence. */
            cached = e->sent;
            counts = NULL;
            ncounts = 0;
            if (hn && !story_hit) {
                sr_event_issue *out = sr_arena_alloc(arena, hn * sizeof *out);
                ncounts = sr_coder_issues_count(&hits[h0], hn, out);
                counts = ncounts ? out : NULL;
            }
            why = NULL;
            if (explain && (hn || story_hit)) {
                sr_buf_clear(&lines);
                explain_lines(&lines, doc, &hits[h0], hn, story_hit);
                why = sr_arena_strndup(arena, lines.data, lines.len);
            }
        }
        e->issues = counts;
        e->nissues = ncounts;
        if (why && e->explain)
            e->explain = append_explain(e->explain, why, strlen(why), arena);
    }
    sr_buf_free(&lines);
    free(hits);
}
