/* words.h - the small word lists the attribute readers match against.
 *
 * Dates and tolls read English news words case-insensitively from token
 * forms (the parser gives no lemmas), so each inflection a rule accepts is
 * listed. The lists are static tables searched linearly: they are short, and
 * a match costs a few byte compares. Nothing here allocates. */
#ifndef SR_ATTR_WORDS_H
#define SR_ATTR_WORDS_H

#include <stddef.h>

typedef enum sr_attr_words {
    SR_ATTR_DAYPARTS = 0, /* morning, afternoon, evening, night */
    SR_ATTR_BOUNDS,       /* since, until, before: a period's edge, not a date */
    SR_ATTR_FUTURE,       /* will, 'll, shall */
    SR_ATTR_KILL,         /* kill, die, dead, deaths, fatalities ... */
    SR_ATTR_INJURE,       /* wound, injure, hurt ... */
    SR_ATTR_WARS,         /* war, conflict, insurgency ...: long-running tolls */
    SR_ATTR_PEOPLE,       /* people, civilians, soldiers ...: counted nouns */
    SR_ATTR_WORDS_COUNT
} sr_attr_words;

/* Whether form equals word ignoring ASCII case; with allow_dot, one trailing
 * "." is accepted too ("Nov."). word is lower case. Inline: the readers call
 * it for nearly every token they look at, and most calls end at the first
 * byte. */
static inline int sr_attr_word_is(const char *form, const char *word, int allow_dot)
{
    if (!form)
        return 0;
    size_t i = 0;
    for (; word[i]; i++) {
        char c = form[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return 0;
    }
    return form[i] == 0 || (allow_dot && form[i] == '.' && form[i + 1] == 0);
}

/* Whether form is in the list; entries of another length or first letter
 * cost one comparison each. */
int sr_attr_word_in(const char *form, sr_attr_words list);

#endif
