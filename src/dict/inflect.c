/* Regular English inflections of upper-case dictionary words: plurals of
 * nouns (agents, synsets, issues) and the -S, -ED, -ING forms of verbs.
 * These follow PETRARCH2's rules with its slips fixed: a Y after a vowel
 * is kept (PLAY -> PLAYS, PLAYED), -SH/-CH take -ES, and -IE becomes -YING.
 * Consonant doubling (PERMITTED) is never guessed: dictionaries list such
 * forms in {...}. */
#include "dict/dict_internal.h"

#include <string.h>

static int vowel(char c)
{
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

static size_t put(char *out, size_t size, const char *w, size_t keep, const char *suffix)
{
    size_t sl = strlen(suffix);
    if (keep + sl + 1 > size)
        return 0;
    memcpy(out, w, keep);
    memcpy(out + keep, suffix, sl + 1);
    return keep + sl;
}

static int sibilant(const char *w, size_t len)
{
    char c = w[len - 1];
    if (c == 'S' || c == 'X' || c == 'Z')
        return 1;
    return len >= 2 && (c == 'H') && (w[len - 2] == 'S' || w[len - 2] == 'C');
}

static int consonant_y(const char *w, size_t len)
{
    return len >= 2 && w[len - 1] == 'Y' && !vowel(w[len - 2]);
}

size_t sr_inflect_plural(const char *w, size_t len, char *out, size_t size)
{
    if (len == 0)
        return 0;
    if (consonant_y(w, len))
        return put(out, size, w, len - 1, "IES");
    if (sibilant(w, len))
        return put(out, size, w, len, "ES");
    return put(out, size, w, len, "S");
}

size_t sr_inflect_3sg(const char *w, size_t len, char *out, size_t size)
{
    return sr_inflect_plural(w, len, out, size);
}

size_t sr_inflect_past(const char *w, size_t len, char *out, size_t size)
{
    if (len == 0)
        return 0;
    if (w[len - 1] == 'E')
        return put(out, size, w, len, "D");
    if (consonant_y(w, len))
        return put(out, size, w, len - 1, "IED");
    return put(out, size, w, len, "ED");
}

size_t sr_inflect_ing(const char *w, size_t len, char *out, size_t size)
{
    if (len == 0)
        return 0;
    if (len >= 2 && w[len - 2] == 'I' && w[len - 1] == 'E')
        return put(out, size, w, len - 2, "YING");
    /* Drop a silent E (ARRIVE -> ARRIVING) but not EE, OE, YE (AGREEING).
     * After U the E is silent too (SUE -> SUING, CONTINUE -> CONTINUING,
     * RESCUE -> RESCUING, ISSUE -> ISSUING). */
    if (len >= 3 && w[len - 1] == 'E' && ((!vowel(w[len - 2]) && w[len - 2] != 'Y') ||
                                          w[len - 2] == 'U'))
        return put(out, size, w, len - 1, "ING");
    return put(out, size, w, len, "ING");
}
