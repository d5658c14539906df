/* CAMEO event codes and the verb-code syntax around them ("042:043",
 * "---", "111!"). Codes stay strings: no masks, no hex. */
#include "dict/dict_internal.h"

#include <stdio.h>
#include <string.h>

static int is_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

int sr_cameo_parse(const char *s, size_t len, sr_cameo *out)
{
    if (len == 0 || len >= SR_CAMEO_MAX)
        return -1;
    for (size_t i = 0; i < len; i++)
        if (!is_alnum(s[i]))
            return -1;
    memcpy(out->s, s, len);
    out->s[len] = '\0';
    return 0;
}

int sr_verb_code_parse(const char *s, size_t len, sr_verb_code *out, const char **why)
{
    memset(out, 0, sizeof *out);
    while (len && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    if (len == 3 && memcmp(s, "---", 3) == 0) {
        out->kind = SR_CODE_NULL;
        return 0;
    }
    if (len == 3 && memcmp(s, "###", 3) == 0) {
        out->kind = SR_CODE_DISCARD;
        return 0;
    }
    if (len == 3 && memcmp(s, "+++", 3) == 0) {
        out->kind = SR_CODE_COMPLEX;
        return 0;
    }
    if (len && s[len - 1] == '!') {
        out->dominant = 1;
        len--;
    } else if (len && s[len - 1] == '?') {
        out->subordinate = 1;
        len--;
    }
    const char *colon = memchr(s, ':', len);
    if (colon) {
        size_t l1 = (size_t)(colon - s), l2 = len - l1 - 1;
        out->is_paired = 1;
        if (l1 == 0 && l2 == 0) {
            *why = "a paired code needs at least one of its two codes";
            return -1;
        }
        if ((l1 && sr_cameo_parse(s, l1, &out->code) != 0) ||
            (l2 && sr_cameo_parse(colon + 1, l2, &out->paired) != 0)) {
            *why = "a code is 1 to 7 letters or digits";
            return -1;
        }
        return 0;
    }
    if (len == 0) {
        *why = "empty code";
        return -1;
    }
    if (sr_cameo_parse(s, len, &out->code) != 0) {
        *why = "a code is 1 to 7 letters or digits, \"---\", \"###\" or \"+++\", "
               "optionally paired (\"042:043\") or marked ! or ?";
        return -1;
    }
    return 0;
}

size_t sr_verb_code_format(const sr_verb_code *c, char *out, size_t size)
{
    const char *mark = c->dominant ? "!" : c->subordinate ? "?" : "";
    int n;
    switch (c->kind) {
    case SR_CODE_NULL:
        n = snprintf(out, size, "---");
        break;
    case SR_CODE_DISCARD:
        n = snprintf(out, size, "###");
        break;
    case SR_CODE_COMPLEX:
        n = snprintf(out, size, "+++");
        break;
    default:
        if (c->is_paired)
            n = snprintf(out, size, "%s:%s%s", c->code.s, c->paired.s, mark);
        else
            n = snprintf(out, size, "%s%s", c->code.s, mark);
        break;
    }
    return n < 0 ? 0 : (size_t)n;
}
