#include "text/sentence.h"
#include "text/abbrev.h"

#include <stdint.h>
#include <string.h>

/* Capitalised words that open many sentences of news text. After an
 * abbreviation that may end a sentence ("Inc.", "U.S.") only these count as
 * evidence of a new sentence: a name after it ("U.S. President") does not. */
static const char *const openers[] = {
    "A", "After", "All", "Also", "An", "And", "As", "At", "But", "During",
    "For", "He", "Her", "His", "However", "I", "If", "In", "It", "Its",
    "Meanwhile", "My", "No", "On", "Our", "She", "Since", "So", "Some",
    "That", "The", "Their", "There", "These", "They", "This", "Those", "To",
    "We", "What", "When", "While", "Why", "With", "Yet", "You",
};

static int is_opener(const char *s, size_t len)
{
    /* Binary search: the list above is in strcmp order. */
    size_t lo = 0, hi = sizeof openers / sizeof openers[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strncmp(openers[mid], s, len);
        if (c == 0 && openers[mid][len] != '\0')
            c = 1;
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

static int is_terminal(const sr_rawtok *t)
{
    return t->kind == SR_TOK_PERIOD || t->kind == SR_TOK_FINAL ||
           t->kind == SR_TOK_ELLIPSIS || t->kind == SR_TOK_EMOTICON;
}

/* Tokens that still belong to a sentence after its final punctuation:
 * closing quotes and brackets, and more terminal marks ('?!', '." ...'). A
 * straight quote closes when it is glued to what precedes it. */
static int is_trailer(const sr_rawtok *t)
{
    if (t->flags & SR_TOKF_PARA_BEFORE)
        return 0;
    switch (t->kind) {
    case SR_TOK_CLOSE:
    case SR_TOK_EMOTICON:   /* "I love it. :)" */
        return 1;
    case SR_TOK_QUOTE:
    case SR_TOK_PERIOD:
    case SR_TOK_FINAL:
    case SR_TOK_ELLIPSIS:
        return !(t->flags & SR_TOKF_SPACE_BEFORE);
    default:
        return 0;
    }
}

static int can_start(const char *text, const sr_rawtok *t)
{
    /* Symbols may open a sentence ("$5 million ...", "* Item", a rule of
     * "===="), but clause punctuation cannot: a comma after "Ltd." never. */
    if (t->kind == SR_TOK_PUNCT) {
        unsigned char c = (unsigned char)text[t->start];
        return strchr(",;:%/", c) == NULL;
    }
    if (t->flags & SR_TOKF_UPPER)
        return 1;
    switch (t->kind) {
    case SR_TOK_NUMBER:
    case SR_TOK_OPEN:
    case SR_TOK_QUOTE:
    case SR_TOK_DASH:
    case SR_TOK_LINK:
        return 1;
    default:
        return 0;
    }
}

static int is_byline(const char *text, const sr_rawtok *t, size_t first, size_t last)
{
    if (last - first > 10 || !(first == 0 || (t[first].flags & SR_TOKF_LINE_BEFORE)))
        return 0;
    const sr_rawtok *b = &t[first];
    return b->end - b->start == 2 &&
           (memcmp(text + b->start, "By", 2) == 0 || memcmp(text + b->start, "BY", 2) == 0);
}

/* Whether the group t[last_stop..end] (its last stop, then closers) ends a
 * sentence, given the token after it. */
static int group_ends(const char *text, const sr_rawtok *stop, int closed,
                      const sr_rawtok *nx)
{
    if (stop->kind == SR_TOK_ABBREV) {
        if (stop->abbrev != SR_ABBREV_MAY_END && !closed)
            return 0;
        return (nx->flags & SR_TOKF_UPPER) && is_opener(text + nx->start, nx->end - nx->start);
    }
    if (can_start(text, nx))
        return 1;
    /* A lower-case word right after "." or "?" still starts a sentence in
     * informal text; after a closing quote it is the speech tag ('"Stop!" he
     * said'), and after an ellipsis it is usually the same sentence going on. */
    return !closed && stop->kind != SR_TOK_ELLIPSIS && (nx->flags & SR_TOKF_LOWER);
}

/* Hard-wrapped copy breaks lines every 60-80 bytes inside sentences; copy
 * with one paragraph per line has lines of several sentences. A text where
 * at least a quarter of the lines are longer than any wrapping width is of
 * the second kind, and there a line break ends a sentence, as a blank line
 * does: "Headline\nDAMASCUS, Syria -- ..." then gives two sentences. */
enum { WRAP_WIDTH_MAX = 120 };

static int lines_are_paragraphs(const sr_rawtok *t, size_t n)
{
    size_t lines = 0, long_lines = 0, line_start = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + 1 == n || (t[i + 1].flags & SR_TOKF_LINE_BEFORE)) {
            lines++;
            long_lines += t[i].end - t[line_start].start > WRAP_WIDTH_MAX;
            line_start = i + 1;
        }
    }
    return lines > 1 && long_lines * 4 >= lines;
}

void sr_sentence_mark(const char *text, sr_rawtok *t, size_t n)
{
    const uint16_t hard_break = lines_are_paragraphs(t, n) ? SR_TOKF_LINE_BEFORE
                                                           : SR_TOKF_PARA_BEFORE;
    size_t first = 0;   /* first token of the current sentence */
    for (size_t i = 0; i < n; i++) {
        size_t end = i;
        int brk = 0;
        if (i + 1 == n) {
            brk = 1;
        } else if (t[i + 1].flags & hard_break) {
            brk = 1;
        } else if ((t[i + 1].flags & SR_TOKF_LINE_BEFORE) && is_byline(text, t, first, i)) {
            brk = 1;
        } else if (is_terminal(&t[i]) || t[i].kind == SR_TOK_ABBREV) {
            /* The stop and its closers ('?!"', '.)') are decided as one
             * group, by the last stop in it, and never looked at again:
             * that keeps the pass linear on runs like '."."."'. */
            size_t last_stop = i;
            while (end + 1 < n && is_trailer(&t[end + 1])) {
                end++;
                if (is_terminal(&t[end]))
                    last_stop = end;
            }
            if (end + 1 == n || (t[end + 1].flags & hard_break))
                brk = 1;
            else
                brk = group_ends(text, &t[last_stop], end > last_stop, &t[end + 1]);
            i = end;
        }
        if (brk) {
            t[end].flags |= SR_TOKF_SENT_END;
            i = end;
            first = end + 1;
        }
    }
}
