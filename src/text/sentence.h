/* sentence.h - sentence boundaries over raw tokens, tuned for news.
 *
 * Marks the last token of every sentence (SR_TOKF_SENT_END). A sentence
 * ends at ".", "!", "?" or an ellipsis (together with any closing quotes and
 * brackets right after it) when the next token can start a sentence: a
 * capitalised word, a number, or an opening quote or bracket. A lower-case
 * word after it continues the sentence ('"Stop!" he said'). Abbreviations
 * with a period end a sentence only when they are not titles and the next
 * word is a common sentence opener ("in the U.S. The ..."), and initials
 * never do ("George W. Bush"). A blank line always ends a sentence, so
 * headlines without punctuation stand alone. A single line break does not
 * in hard-wrapped copy, except after a short byline ("By Jane Doe"), but
 * does in copy with one paragraph per line (told apart by line lengths, see
 * sentence.c). A dateline stays with the
 * first sentence of the story ("DAMASCUS, Syria (AP) -- Syrian forces ...").
 *
 * It does not tokenise (tokenize.h) and it never looks at more than the
 * next token, so it runs in one pass. */
#ifndef SR_TEXT_SENTENCE_H
#define SR_TEXT_SENTENCE_H

#include "text/tokenize.h"

/* Sets SR_TOKF_SENT_END on the last token of each sentence of t[0..n); the
 * last token always gets it. text is the text the tokens point into. */
void sr_sentence_mark(const char *text, sr_rawtok *t, size_t n);

#endif
