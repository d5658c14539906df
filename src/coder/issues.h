/* issues.h - issue coding: the topics of the sentence an event came from.
 *
 * PETRARCH2 tags every event with the "issues" of its sentence: the codes
 * of an issue list (docs/dictionaries.md, "Issues") whose phrases the
 * sentence holds, each with how many times. This module finds those phrases
 * in one left-to-right pass over a sentence's tokens (longest match in the
 * dictionary's issue trie, case ignored, the words of a match not reused
 * for another), honours the exclusions ("~phrase": no issues from that
 * sentence; "~~phrase": none from the whole story) and attaches the result
 * to the events, with their explanation lines when asked.
 *
 * It does not choose, drop or change events, and it ignores the parse: an
 * issue is about the words of the sentence, not about who did what. The
 * exclusions cancel every issue, not only those of their <ISSUE> section,
 * as in PETRARCH2 (docs/coder.md, "Issues"). */
#ifndef SR_CODER_ISSUES_H
#define SR_CODER_ISSUES_H

#include "sitrep.h"
#include "base/arena.h"
#include "dict/dict.h"

#include <stddef.h>
#include <stdint.h>

/* One phrase of the issue list found in a sentence. */
typedef struct sr_issue_hit {
    const sr_issue *issue;
    uint32_t sent;           /* index of the sentence in its document */
    uint32_t start, len;     /* the phrase's tokens in that sentence */
} sr_issue_hit;

/* Appends the issue phrases found in words[0..n) (a sentence's token
 * forms) to *hits, which holds *nhits of *cap entries and grows with
 * SR_GROW (start from NULL, 0, 0; the caller frees it). Returns how many
 * it added. Allocates only when it finds a phrase; O(n) trie steps plus
 * the length of each partial match. */
size_t sr_coder_issues_find(const sr_dict *d, const char *const *words, size_t n,
                            uint32_t sent, sr_issue_hit **hits, size_t *nhits, size_t *cap);

/* The code/count pairs of one sentence's hits, in the order each code was
 * first found, written to out (room for nhits entries). Returns how many;
 * 0 when a hit is an exclusion (either kind: a story exclusion empties its
 * own sentence too). */
uint32_t sr_coder_issues_count(const sr_issue_hit *hits, size_t nhits, sr_event_issue *out);

/* Codes the issues of every sentence of doc and sets issues / nissues of
 * each of events[0..nevents) from the sentence it names (sr_event.sent).
 * With explain, appends to each event's explanation one line per issue
 * phrase of its sentence ("issue CODE: ..." with the list's file:line), or
 * the exclusion that left it without issues. Results live in arena; events
 * of one sentence share one list. Does nothing without an issue list. */
void sr_coder_issues_attach(const sr_dict *d, const sr_doc *doc, sr_event *events,
                            uint32_t nevents, int explain, sr_arena *arena);

#endif
