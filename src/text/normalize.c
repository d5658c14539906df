#include "text/normalize.h"

#include <string.h>
#include <utf8proc.h>

int32_t sr_norm_decode(const unsigned char *s, size_t avail, int *nbytes)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *nbytes = 1;
        return (int32_t)c;
    }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (n == 1 || (size_t)n > avail) {
        *nbytes = 1;
        return 0xFFFD;
    }
    int32_t cp = (int32_t)(c & (0x7F >> n));
    for (int i = 1; i < n; i++)
        cp = (cp << 6) | (int32_t)(s[i] & 0x3F);
    *nbytes = n;
    return cp;
}

sr_cp_class sr_norm_class(int32_t cp)
{
    switch (cp) {
    case 0x2028:
        return SR_CP_NEWLINE;
    case 0x2029:
        return SR_CP_PARAGRAPH;
    case 0x0085:
        return SR_CP_NEWLINE;
    default:
        break;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return SR_CP_WORD;
    case UTF8PROC_CATEGORY_ZS:
        return SR_CP_SPACE;
    case UTF8PROC_CATEGORY_ZL:
        return SR_CP_NEWLINE;
    case UTF8PROC_CATEGORY_ZP:
        return SR_CP_PARAGRAPH;
    case UTF8PROC_CATEGORY_CF:
        /* U+200B..U+200D, U+2060, U+FEFF, U+00AD, bidi marks: invisible,
         * and they must not split a word they sit inside. */
        return SR_CP_IGNORE;
    case UTF8PROC_CATEGORY_CC:
        return SR_CP_SPACE;
    default:
        return SR_CP_PUNCT;
    }
}

int sr_norm_case(int32_t cp)
{
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
        return 1;
    case UTF8PROC_CATEGORY_LL:
        return -1;
    default:
        return 0;
    }
}

const char *sr_norm_ascii(int32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033:
        return "\"";
    /* EWT spells the long dash "--" (358 times in train, against 32 for
     * U+2013/U+2014); the short dashes mostly mark ranges or hyphens. */
    case 0x2014: case 0x2015:
        return "--";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
        return "-";
    case 0x2026:
        return "...";
    default:
        return NULL;
    }
}

size_t sr_norm_form(const char *s, size_t len, char *out)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        if (u[i] < 0x80) {
            out[o++] = s[i++];
            continue;
        }
        int n;
        int32_t cp = sr_norm_decode(u + i, len - i, &n);
        const char *rep = sr_norm_ascii(cp);
        if (rep) {
            size_t rl = strlen(rep);
            memcpy(out + o, rep, rl);
            o += rl;
        } else if (sr_norm_class(cp) != SR_CP_IGNORE) {
            memcpy(out + o, s + i, (size_t)n);
            o += (size_t)n;
        }
        i += (size_t)n;
    }
    return o;
}
