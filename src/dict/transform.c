/* Verb transformations: "~ a (b . ATTACK) SAY = a b 112". The left side is
 * an event "SOURCE TARGET VERB" whose target may itself be an event in
 * parentheses; the right side gives the source, target and code of the
 * event to code instead. */
#include "dict/dict_internal.h"

#include "base/alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct xstate {
    sr_dict *d;
    const char *s;
    size_t len, pos;
    char *why;
    size_t whysize;
} xstate;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int fail(xstate *x, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(x->why, x->whysize, fmt, ap);
    va_end(ap);
    return -1;
}

/* Next token: "(", ")", "=" or a run of other non-blank characters. */
static size_t token(xstate *x, const char **start)
{
    while (x->pos < x->len && (x->s[x->pos] == ' ' || x->s[x->pos] == '\t'))
        x->pos++;
    *start = x->s + x->pos;
    if (x->pos >= x->len)
        return 0;
    char c = x->s[x->pos];
    if (c == '(' || c == ')' || c == '=') {
        x->pos++;
        return 1;
    }
    size_t b = x->pos;
    while (x->pos < x->len) {
        c = x->s[x->pos];
        if (c == ' ' || c == '\t' || c == '(' || c == ')' || c == '=')
            break;
        x->pos++;
    }
    return x->pos - b;
}

static int is_var(const char *t, size_t n)
{
    return n == 1 && ((*t >= 'a' && *t <= 'z') || *t == '.' || *t == '_');
}

static int event(xstate *x, sr_xform_event *e, int depth)
{
    const char *t;
    size_t n = token(x, &t);
    memset(e, 0, sizeof *e);
    if (!is_var(t, n))
        return fail(x, "expected a source variable (a-z, '.' or '_'), found \"%.*s\"",
                    (int)n, t);
    e->source = *t;
    n = token(x, &t);
    if (n == 1 && *t == '(') {
        if (depth > 8)
            return fail(x, "events nested too deeply");
        sr_xform_event *inner = sr_arena_alloc(&x->d->arena, sizeof *inner);
        if (event(x, inner, depth + 1) != 0)
            return -1;
        n = token(x, &t);
        if (!(n == 1 && *t == ')'))
            return fail(x, "missing ')'");
        e->nested = inner;
    } else if (is_var(t, n)) {
        e->target = *t;
    } else {
        return fail(x, "expected a target variable or '(', found \"%.*s\"", (int)n, t);
    }
    n = token(x, &t);
    if (n == 0 || *t == '(' || *t == ')' || *t == '=')
        return fail(x, "expected a verb after the target");
    size_t count = 1;
    for (size_t i = 0; i < n; i++)
        count += t[i] == '_';
    const char **verbs = sr_arena_alloc(&x->d->arena, count * sizeof *verbs);
    size_t k = 0, i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && t[j] != '_')
            j++;
        if (j == i)
            return fail(x, "empty verb in \"%.*s\"", (int)n, t);
        verbs[k++] = sr_dict_upper_dup(x->d, t + i, j - i);
        i = j + 1;
    }
    e->verbs = verbs;
    e->nverbs = (uint32_t)k;
    return 0;
}

int sr_xform_parse(sr_dict *d, const char *s, size_t len, sr_verb_transform *out,
                   char *why, size_t whysize)
{
    xstate x = {d, s, len, 0, why, whysize};
    memset(out, 0, sizeof *out);
    if (event(&x, &out->lhs, 0) != 0)
        return -1;
    const char *t;
    size_t n = token(&x, &t);
    if (!(n == 1 && *t == '='))
        return fail(&x, "expected '=' after the event");
    n = token(&x, &t);
    if (!is_var(t, n))
        return fail(&x, "expected the new source variable after '='");
    out->out_source = *t;
    n = token(&x, &t);
    if (!is_var(t, n))
        return fail(&x, "expected the new target variable");
    out->out_target = *t;
    n = token(&x, &t);
    if (n == 1 && *t == 'Q') {
        out->out_code_is_q = 1;
    } else {
        const char *whycode = NULL;
        if (n == 0 || sr_verb_code_parse(t, n, &out->out_code, &whycode) != 0)
            return fail(&x, "expected a code or Q at the end, found \"%.*s\"", (int)n, t);
    }
    n = token(&x, &t);
    if (n)
        return fail(&x, "unexpected \"%.*s\" after the code", (int)n, t);
    return 0;
}
