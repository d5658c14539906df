/* Casualty figures of one event; see tolls.h for the contract and
 * docs/attributes.md for the rules. */
#include "attr/tolls.h"
#include "attr/words.h"

#include <string.h>

/* ---------------------------------------------------------------- numbers */

enum { MAX_NUMBER_TOKENS = 8, BACK = 4, MAX_NODES = 16, MAX_DEPTH = 3 };

typedef struct qty {
    int64_t value, low, high;
    uint32_t n;
} qty;

static const char *const small_words[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen"};
static const char *const tens_words[] = {"twenty", "thirty", "forty", "fifty",
                                         "sixty", "seventy", "eighty", "ninety"};

static const char *form(const sr_sentence *s, uint32_t i)
{
    return i < s->ntokens ? s->tokens[i].form : NULL;
}

static int is(const sr_sentence *s, uint32_t i, const char *w)
{
    return sr_attr_word_is(form(s, i), w, 0);
}

/* The value of a number word, len bytes of w ("twenty" in "twenty-five"). */
static int64_t word_part(const char *w, size_t len)
{
    char low[16];
    if (len == 0 || len >= sizeof low)
        return -1;
    for (size_t i = 0; i < len; i++)
        low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] - 'A' + 'a' : w[i]);
    low[len] = 0;
    for (int i = 0; i < 20; i++)
        if (strcmp(low, small_words[i]) == 0)
            return i;
    for (int i = 0; i < 8; i++)
        if (strcmp(low, tens_words[i]) == 0)
            return 20 + 10 * i;
    return -1;
}

/* 0-99 in words, with "twenty-five" as one token. */
static int64_t word_value(const char *f)
{
    if (!f)
        return -1;
    const char *dash = strchr(f, '-');
    if (!dash)
        return word_part(f, strlen(f));
    int64_t t = word_part(f, (size_t)(dash - f)), u = word_part(dash + 1, strlen(dash + 1));
    return t >= 20 && t % 10 == 0 && u >= 1 && u <= 9 ? t + u : -1;
}

static int64_t scale_value(const char *f)
{
    if (sr_attr_word_is(f, "dozen", 0))
        return 12;
    if (sr_attr_word_is(f, "hundred", 0))
        return 100;
    if (sr_attr_word_is(f, "thousand", 0))
        return 1000;
    if (sr_attr_word_is(f, "million", 0))
        return 1000000;
    return -1;
}

/* Vague plurals, read as the least they can plausibly mean. */
static int64_t vague_value(const char *f)
{
    if (sr_attr_word_is(f, "dozens", 0))
        return 24;
    if (sr_attr_word_is(f, "scores", 0))
        return 40;
    if (sr_attr_word_is(f, "tens", 0))
        return 20;
    if (sr_attr_word_is(f, "hundreds", 0))
        return 200;
    if (sr_attr_word_is(f, "thousands", 0))
        return 2000;
    if (sr_attr_word_is(f, "millions", 0))
        return 2000000;
    return -1;
}

/* Digits with thousands commas, or a decimal ("2.5") kept in thousandths
 * for a following "million"; *milli says which. */
static int64_t digits_value(const char *f, int *milli)
{
    *milli = 0;
    if (!f || f[0] < '0' || f[0] > '9')
        return -1;
    int64_t v = 0;
    int group = -1, frac = -1;
    for (size_t i = 0; f[i]; i++) {
        char c = f[i];
        if (c >= '0' && c <= '9') {
            if (v > 100000000000LL)
                return -1;
            v = v * 10 + (c - '0');
            if (group >= 0)
                group++;
            if (frac >= 0)
                frac++;
        } else if (c == ',' && frac < 0 && (group < 0 || group == 3)) {
            group = 0;
        } else if (c == '.' && frac < 0 && group < 0 && f[i + 1]) {
            frac = 0;
        } else {
            return -1;
        }
    }
    if (group >= 0 && group != 3)
        return -1;
    if (frac > 0) {
        if (frac > 3)
            return -1;
        for (int k = frac; k < 3; k++)
            v *= 10;
        *milli = 1;
    }
    return v;
}

/* The bare number at i (no qualifier). */
static int core(const sr_sentence *s, uint32_t i, qty *q)
{
    const char *f = form(s, i);
    if (!f)
        return 0;
    q->low = q->high = -1;
    if (sr_attr_word_is(f, "no", 0) && is(s, i + 1, "one")) {
        q->value = 0;
        q->n = 2;
        return 1;
    }
    if (sr_attr_word_is(f, "nobody", 0) || sr_attr_word_is(f, "none", 0) ||
        sr_attr_word_is(f, "no", 0)) {
        q->value = 0;
        q->n = 1;
        return 1;
    }
    int64_t v = vague_value(f);
    if (v >= 0) {
        q->n = 1;
        int64_t sc;
        if (is(s, i + 1, "of") && (sc = vague_value(form(s, i + 2))) >= 1000) {
            v *= sc / 2;
            q->n = 3;
        }
        q->value = q->low = v;
        return 1;
    }
    int milli = 0;
    uint32_t k = i;
    int64_t total = 0, cur = -1;
    if ((v = digits_value(f, &milli)) >= 0) {
        cur = v;
        k++;
    } else if ((sr_attr_word_is(f, "a", 0) || sr_attr_word_is(f, "an", 0)) &&
               scale_value(form(s, i + 1)) > 0) {
        cur = 1;
        k++;
    } else if ((v = word_value(f)) >= 0) {
        cur = v;
        k++;
        /* "twenty five", or "twenty-five" split by the tokenizer */
        uint32_t k2 = k + (is(s, k, "-") ? 1 : 0);
        int64_t u = word_value(form(s, k2));
        if (v >= 20 && v % 10 == 0 && u >= 1 && u <= 9) {
            cur += u;
            k = k2 + 1;
        }
    } else {
        return 0;
    }
    if (milli && scale_value(form(s, k)) < 1000)
        return 0;
    for (int steps = 0; steps < MAX_NUMBER_TOKENS; steps++) {
        int64_t sc = scale_value(form(s, k));
        if (sc < 0)
            break;
        if (milli) {
            cur = cur * sc / 1000;
            milli = 0;
        } else {
            cur *= sc;
        }
        k++;
        if (sc >= 1000) {
            total += cur;
            cur = 0;
        }
        if (sc == 100) {
            /* "three hundred (and) twenty" */
            uint32_t k2 = k + (is(s, k, "and") ? 1 : 0);
            int64_t u = word_value(form(s, k2));
            if (u > 0) {
                cur += u;
                k = k2 + 1;
            }
        }
    }
    q->value = total + cur;
    q->n = k - i;
    return 1;
}

int64_t sr_attr_parse_range(const sr_sentence *s, uint32_t i, uint32_t *ntokens,
                            int64_t *low, int64_t *high)
{
    qty q = {-1, -1, -1, 0};
    if (ntokens)
        *ntokens = 0;
    if (low)
        *low = -1;
    if (high)
        *high = -1;
    if (!s || i >= s->ntokens)
        return -1;
    uint32_t k = i;
    int kind = 0; /* 1 at least, 2 more than, 3 up to, 4 fewer than */
    if (is(s, k, "at") && (is(s, k + 1, "least") || is(s, k + 1, "minimum"))) {
        kind = 1, k += 2;
    } else if (is(s, k, "at") && is(s, k + 1, "most")) {
        kind = 3, k += 2;
    } else if ((is(s, k, "more") || is(s, k, "over")) && is(s, k + 1, "than")) {
        kind = 2, k += 2;
    } else if (is(s, k, "over") || is(s, k, "above") ||
               (is(s, k, "upwards") && is(s, k + 1, "of"))) {
        kind = 2, k += is(s, k, "upwards") ? 2 : 1;
    } else if (is(s, k, "up") && is(s, k + 1, "to")) {
        kind = 3, k += 2;
    } else if (is(s, k, "as") && is(s, k + 1, "many") && is(s, k + 2, "as")) {
        kind = 3, k += 3;
    } else if ((is(s, k, "fewer") || is(s, k, "less")) && is(s, k + 1, "than")) {
        kind = 4, k += 2;
    } else if (is(s, k, "between")) {
        qty a, b;
        if (core(s, k + 1, &a) && is(s, k + 1 + a.n, "and") && core(s, k + 2 + a.n, &b) &&
            b.value >= a.value) {
            if (ntokens)
                *ntokens = 2 + a.n + b.n + (k - i);
            if (low)
                *low = a.value;
            if (high)
                *high = b.value;
            return a.value;
        }
        return -1;
    } else if (is(s, k, "about") || is(s, k, "around") || is(s, k, "some") ||
               is(s, k, "roughly") || is(s, k, "approximately") || is(s, k, "nearly") ||
               is(s, k, "almost") || is(s, k, "estimated")) {
        k += 1;
    } else if (is(s, k, "an") && is(s, k + 1, "estimated")) {
        k += 2;
    }
    if (!core(s, k, &q))
        return -1;
    k += q.n;
    switch (kind) {
    case 1: q.low = q.value; break;
    case 2: q.value += 1; q.low = q.value; break;
    case 3: q.high = q.value; q.low = -1; break;
    case 4:
        if (q.value <= 0)
            return -1;
        q.value -= 1; q.high = q.value; q.low = -1;
        break;
    default: {
        /* "10 to 15", "two or three" */
        qty b;
        if (!kind && (is(s, k, "to") || is(s, k, "or")) && core(s, k + 1, &b) &&
            b.value > q.value && q.value > 0) {
            q.low = q.value;
            q.high = b.value;
            k += 1 + b.n;
        }
    }
    }
    if (ntokens)
        *ntokens = k - i;
    if (low)
        *low = q.low;
    if (high)
        *high = q.high;
    return q.value;
}

int64_t sr_attr_parse_number(const sr_sentence *s, uint32_t i, uint32_t *ntokens)
{
    return sr_attr_parse_range(s, i, ntokens, NULL, NULL);
}

/* ---------------------------------------------------------------- tree */

typedef struct found {
    int64_t value, low, high;
    uint32_t token;
} found;

static const sr_token *tok(const sr_sentence *s, uint32_t i)
{
    return &s->tokens[i];
}

static int rel(const sr_sentence *s, uint32_t i, const char *r)
{
    const char *d = s->tokens[i].deprel;
    return d && strcmp(d, r) == 0;
}

static int rel_prefix(const sr_sentence *s, uint32_t i, const char *r)
{
    const char *d = s->tokens[i].deprel;
    return d && strncmp(d, r, strlen(r)) == 0;
}

static int child_of(const sr_sentence *s, uint32_t c, uint32_t h)
{
    return s->tokens[c].head == (int32_t)h + 1;
}

static uint32_t head_of(const sr_sentence *s, uint32_t i)
{
    int32_t h = s->tokens[i].head;
    return h > 0 && (uint32_t)h <= s->ntokens ? (uint32_t)h - 1 : UINT32_MAX;
}

static uint32_t child_with(const sr_sentence *s, uint32_t h, const char *r)
{
    for (uint32_t t = 0; t < s->ntokens; t++)
        if (child_of(s, t, h) && rel(s, t, r))
            return t;
    return UINT32_MAX;
}

/* Reads the number phrase that token c belongs to: a qualifier may start up
 * to BACK tokens before it ("at least 25", "between 10 and 15"). */
static int number_at(const sr_sentence *s, uint32_t c, found *out)
{
    uint32_t from = c > BACK ? c - BACK : 0;
    for (uint32_t st = from; st <= c; st++) {
        uint32_t n;
        int64_t lo, hi;
        int64_t v = sr_attr_parse_range(s, st, &n, &lo, &hi);
        if (v >= 0 && st + n > c) {
            out->value = v;
            out->low = lo;
            out->high = hi;
            out->token = c;
            return 1;
        }
    }
    return 0;
}

static int has_case(const sr_sentence *s, uint32_t n, const char *w)
{
    for (uint32_t t = 0; t < s->ntokens; t++)
        if (child_of(s, t, n) && (rel(s, t, "case") || rel(s, t, "mark")) && is(s, t, w))
            return 1;
    return 0;
}

/* A conjunct introduced by "including", "among them" or "excluding": a
 * part of the group already counted, or outside it. */
static int subset_of_previous(const sr_sentence *s, uint32_t c)
{
    if (has_case(s, c, "including") || has_case(s, c, "among") || has_case(s, c, "excluding"))
        return 1;
    uint32_t first = c;
    for (uint32_t t = 0; t < c; t++)
        if (child_of(s, t, c)) {
            first = t;
            break;
        }
    return first > 0 && (is(s, first - 1, "including") || is(s, first - 1, "excluding"));
}

/* A conjunct joined by "and": a comma alone may join an apposition ("30
 * fighters, a day after an attack"). */
static int joined_by_and(const sr_sentence *s, uint32_t c)
{
    for (uint32_t t = 0; t < s->ntokens; t++)
        if (child_of(s, t, c) && rel(s, t, "cc") && is(s, t, "and"))
            return 1;
    return 0;
}

/* One victim named in the singular: "a young mother", "her son", "one
 * policeman". Only an indefinite or possessive singular noun counts: "the
 * man" may be one already counted in another sentence. */
static int singular_victim(const sr_sentence *s, uint32_t c, found *out)
{
    const char *x = tok(s, c)->xpos;
    if (!x || strcmp(x, "NN") != 0)
        return 0;
    for (uint32_t t = 0; t < s->ntokens; t++) {
        if (!child_of(s, t, c))
            continue;
        if ((rel(s, t, "det") && (is(s, t, "a") || is(s, t, "an"))) ||
            (rel(s, t, "nummod") && is(s, t, "one")) ||
            (rel(s, t, "nmod:poss") &&
             (is(s, t, "his") || is(s, t, "her") || is(s, t, "their")))) {
            out->value = 1;
            out->low = out->high = -1;
            out->token = c;
            return 1;
        }
    }
    return 0;
}

/* The count a nominal gives (with victim set, a noun naming one victim
 * counts as 1; not for the noun a participle describes, "a camp ...,
 * killing"): itself when it is a number ("killing three",
 * "hundreds were killed"), else its nummod ("25 people"), else 0 for a "no"
 * determiner ("no casualties"). Conjoined groups are added up ("12
 * soldiers and three civilians"). */
static int count_of(const sr_sentence *s, uint32_t c, found *out, int depth, int victim)
{
    int ok = number_at(s, c, out);
    for (uint32_t t = 0; t < s->ntokens && !ok; t++)
        if (child_of(s, t, c) && (rel(s, t, "nummod") || (rel(s, t, "det") && is(s, t, "no"))))
            ok = number_at(s, t, out);
    /* "a family of five", "a group of 12" */
    for (uint32_t t = 0; t < s->ntokens && !ok; t++)
        if (child_of(s, t, c) && rel_prefix(s, t, "nmod") && has_case(s, t, "of"))
            ok = number_at(s, t, out);
    if (!ok && victim)
        ok = singular_victim(s, c, out);
    if (!ok || depth > 0)
        return ok;
    for (uint32_t t = 0; t < s->ntokens; t++) {
        found more;
        /* "26 people, including 14 soldiers" names part of the 26 again. */
        if (child_of(s, t, c) && rel(s, t, "conj") && !subset_of_previous(s, t) &&
            count_of(s, t, &more, 1, victim && joined_by_and(s, t))) {
            out->value += more.value;
            out->low = out->high = -1;
        }
    }
    return 1;
}

static int is_intransitive(const sr_sentence *s, uint32_t a)
{
    static const char *const words[] = {"die", "dies", "died", "dying", "dead", "perished", NULL};
    for (int i = 0; words[i]; i++)
        if (is(s, a, words[i]))
            return 1;
    return 0;
}

static int is_verbal(const sr_sentence *s, uint32_t a)
{
    const char *u = tok(s, a)->upos;
    return u && (strcmp(u, "VERB") == 0 || strcmp(u, "AUX") == 0);
}

static int passive_aux(const sr_sentence *s, uint32_t t)
{
    return is(s, t, "were") || is(s, t, "was") || is(s, t, "been") || is(s, t, "are") ||
           is(s, t, "is") || is(s, t, "had") || is(s, t, "have") || is(s, t, "has");
}

/* A transitive verb straight before its count ("killing between 10 and 15
 * people", "wounding 62"), however the parser attached the count. */
static int count_after(const sr_sentence *s, uint32_t a, found *out)
{
    uint32_t n;
    int64_t lo, hi;
    int64_t v = sr_attr_parse_range(s, a + 1, &n, &lo, &hi);
    if (v < 0 || is(s, a + 1, "no"))
        return 0;
    out->value = v;
    out->low = lo;
    out->high = hi;
    out->token = a + 1;
    return 1;
}

/* The figure anchored at casualty word a, by the shapes news uses. */
static int anchor_count(const sr_sentence *s, uint32_t a, found *out)
{
    uint32_t c;
    if (is(s, a, "toll")) {
        for (uint32_t t = 0; t < s->ntokens; t++)
            if (child_of(s, t, a) && (rel_prefix(s, t, "nmod") || rel(s, t, "nummod") ||
                                      rel_prefix(s, t, "obl") || rel(s, t, "appos")) &&
                number_at(s, t, out))
                return 1;
        uint32_t h = head_of(s, a);
        if (h != UINT32_MAX && rel_prefix(s, a, "nsubj")) {
            if (number_at(s, h, out))        /* "the toll was 30" */
                return 1;
            for (uint32_t t = 0; t < s->ntokens; t++)  /* "rose to 30" */
                if (child_of(s, t, h) && (rel_prefix(s, t, "obl") || rel(s, t, "obj")) &&
                    number_at(s, t, out))
                    return 1;
        }
        return 0;
    }
    if ((c = child_with(s, a, "nsubj:pass")) != UINT32_MAX && count_of(s, c, out, 0, 1))
        return 1;
    /* A passive whose subject the parser labelled plain nsubj. */
    if (child_with(s, a, "aux:pass") != UINT32_MAX &&
        (c = child_with(s, a, "nsubj")) != UINT32_MAX && count_of(s, c, out, 0, 1))
        return 1;
    if (is_verbal(s, a) && !is_intransitive(s, a)) {
        if ((c = child_with(s, a, "obj")) != UINT32_MAX && count_of(s, c, out, 0, 1))
            return 1;
        if (count_after(s, a, out))
            return 1;
    } else if ((c = child_with(s, a, "nsubj")) != UINT32_MAX && count_of(s, c, out, 0, 1)) {
        return 1;
    }
    for (uint32_t t = 0; t < s->ntokens; t++)
        if (child_of(s, t, a) && rel(s, t, "nummod") && number_at(s, t, out))
            return 1;
    if ((c = child_with(s, a, "det")) != UINT32_MAX && is(s, c, "no") && number_at(s, c, out))
        return 1;
    uint32_t h = head_of(s, a);
    /* "12 people killed", "30 wounded civilians" */
    if (h != UINT32_MAX && (rel_prefix(s, a, "acl") || rel(s, a, "amod")) &&
        count_of(s, h, out, 0, 0))
        return 1;
    /* "left 12 dead", "shot dead 11 protesters", "hacked to death 52
     * villagers": the state word hangs on the verb whose object counts.
     * "sentenced 12 people to death" is a verdict, not a toll. */
    if (h != UINT32_MAX && (is(s, a, "dead") || is(s, a, "death")) &&
        (rel(s, a, "xcomp") || rel(s, a, "advmod") || rel(s, a, "amod") ||
         rel_prefix(s, a, "obl") || rel_prefix(s, a, "compound")) &&
        !is(s, h, "sentenced") && !is(s, h, "sentence") && !is(s, h, "condemned") &&
        (c = child_with(s, h, "obj")) != UINT32_MAX && count_of(s, c, out, 0, 1))
        return 1;
    /* Headline shapes the parser may miss: "hundreds killed", "12 dead". */
    if (a >= 1) {
        uint32_t e = a - 1;
        /* "two dozen people were killed", "12 had been wounded" */
        for (int k = 0; k < 2 && e >= 1 && passive_aux(s, e); k++)
            e--;
        if (sr_attr_word_in(form(s, e), SR_ATTR_PEOPLE) && e >= 1)
            e--;
        const char *u = tok(s, e)->upos;
        if (u && (strcmp(u, "NUM") == 0 || vague_value(form(s, e)) > 0) &&
            !(e >= 1 && tok(s, e - 1)->upos && strcmp(tok(s, e - 1)->upos, "ADP") == 0 &&
              !is(s, e - 1, "than") && !is(s, e - 1, "to")) &&
            number_at(s, e, out))
            return 1;
    }
    return 0;
}

/* Whether a word of the list lies within `steps` arcs below node n. */
static int near_below(const sr_sentence *s, uint32_t n, int steps,
                      int (*pred)(const sr_sentence *, uint32_t))
{
    for (uint32_t t = 0; t < s->ntokens; t++) {
        uint32_t x = t;
        for (int k = 0; k < steps && x != UINT32_MAX; k++) {
            x = head_of(s, x);
            if (x == n) {
                if (pred(s, t))
                    return 1;
                break;
            }
        }
    }
    return 0;
}

static int cumulative_word(const sr_sentence *s, uint32_t t)
{
    if (is(s, t, "since") || is(s, t, "overall") || is(s, t, "cumulative") ||
        is(s, t, "altogether"))
        return 1;
    if (is(s, t, "far") && t > 0 && is(s, t - 1, "so"))
        return 1;
    if (is(s, t, "date") && t > 0 && is(s, t - 1, "to"))
        return 1;
    if (is(s, t, "total") && t > 0 && (is(s, t - 1, "in") || is(s, t - 1, "the")))
        return 1;
    /* "in the past week", "over the last 15 months": a period's sum. A bare
     * "last week" is a date instead, so the article is required. */
    if ((is(s, t, "past") || is(s, t, "last")) && t > 0 && is(s, t - 1, "the"))
        return 1;
    return 0;
}

/* "last year", "this year", "each year", "annually": a year's sum. A
 * named year ("in 2019, killing 26") may date one event and is not one. */
static int annual_word(const sr_sentence *s, uint32_t t)
{
    if (is(s, t, "annually") || is(s, t, "yearly"))
        return 1;
    if (!is(s, t, "year") || t == 0)
        return 0;
    return is(s, t - 1, "last") || is(s, t - 1, "this") || is(s, t - 1, "each") ||
           is(s, t - 1, "every") || is(s, t - 1, "per") || is(s, t - 1, "a");
}

static int has_perfect(const sr_sentence *s, uint32_t a)
{
    for (uint32_t t = 0; t < s->ntokens; t++)
        if (child_of(s, t, a) && rel(s, t, "aux") &&
            (is(s, t, "has") || is(s, t, "have") || is(s, t, "had") || is(s, t, "'ve")))
            return 1;
    return 0;
}

/* A running total rather than one event's toll. */
static int cumulative(const sr_sentence *s, uint32_t a, const found *f)
{
    uint32_t clause = a;
    const char *u = tok(s, a)->upos;
    if (u && strcmp(u, "VERB") != 0 && head_of(s, a) != UINT32_MAX)
        clause = head_of(s, a);
    if (near_below(s, a, 3, cumulative_word) || near_below(s, clause, 3, cumulative_word))
        return 1;
    if (f->token < s->ntokens && f->token != a && near_below(s, f->token, 2, cumulative_word))
        return 1;
    if (near_below(s, clause, 3, annual_word))
        return 1;
    /* "The war has killed 500,000", "the civil war killed 400,000": a war
     * as the killer is a total in any tense; fighting and violence are
     * often one clash ("fighting killed 12 on Monday"), so they need the
     * perfect. */
    uint32_t subj = child_with(s, clause, "nsubj");
    if (subj != UINT32_MAX && sr_attr_word_in(form(s, subj), SR_ATTR_WARS) &&
        (has_perfect(s, clause) || !(is(s, subj, "fighting") || is(s, subj, "violence"))))
        return 1;
    /* "a war that has killed ...", "the conflict, which killed ...", also
     * as the second verb of such a clause ("a war that lasted three years
     * and killed 100,000") */
    for (int k = 0; k < 4 && rel(s, clause, "conj") && head_of(s, clause) != UINT32_MAX; k++)
        clause = head_of(s, clause);
    uint32_t h = head_of(s, clause);
    if (h != UINT32_MAX && rel_prefix(s, clause, "acl") &&
        sr_attr_word_in(form(s, h), SR_ATTR_WARS) &&
        (has_perfect(s, clause) || !(is(s, h, "fighting") || is(s, h, "violence"))))
        return 1;
    return 0;
}

/* Dispatch on the first letter: both readers call this for every token of
 * the sentence, and most words fail on their first or second byte. */
static int casualty(const sr_sentence *s, uint32_t t)
{
    const char *f = form(s, t);
    if (!f || !f[0])
        return 0;
    char c1 = (char)(f[1] | 0x20);
    switch (f[0] | 0x20) {
    case 'k': return c1 == 'i' && sr_attr_word_in(f, SR_ATTR_KILL);
    case 'd': return (c1 == 'i' || c1 == 'e' || c1 == 'y') && sr_attr_word_in(f, SR_ATTR_KILL);
    case 'f': return c1 == 'a' && sr_attr_word_in(f, SR_ATTR_KILL);
    case 'l': return sr_attr_word_is(f, "lives", 0);
    case 'p': return sr_attr_word_is(f, "perished", 0);
    case 'm': return sr_attr_word_is(f, "massacred", 0);
    case 's': return sr_attr_word_is(f, "slain", 0);
    case 'e': return sr_attr_word_is(f, "executed", 0);
    case 't': return sr_attr_word_is(f, "toll", 0);
    case 'w': return c1 == 'o' && sr_attr_word_in(f, SR_ATTR_INJURE);
    case 'i': return c1 == 'n' && sr_attr_word_in(f, SR_ATTR_INJURE);
    case 'h': return c1 == 'u' && sr_attr_word_in(f, SR_ATTR_INJURE);
    default: return 0;
    }
}

static int has_subject(const sr_sentence *s, uint32_t h)
{
    return child_with(s, h, "nsubj") != UINT32_MAX || child_with(s, h, "csubj") != UINT32_MAX;
}

/* A verb of saying: "..., the army said, adding that 14 soldiers died",
 * "..., media reported, saying two dozen were killed". The figure such a
 * report gives belongs to the event it comments on. */
static int reporting(const sr_sentence *s, uint32_t t)
{
    static const char *const words[] = {"said", "says", "saying", "added", "adding",
                                        "reported", "reporting", "told", NULL};
    const char *f = form(s, t);
    char c0 = f ? (char)(f[0] | 0x20) : 0;
    if (c0 != 's' && c0 != 'a' && c0 != 'r' && c0 != 't')
        return 0;
    for (int i = 0; words[i]; i++)
        if (sr_attr_word_is(f, words[i], 0))
            return 1;
    return 0;
}

/* A clause opened by a subordinator: a mark ("after", "because"), or a
 * wh-adverb, which UD makes an advmod ("when", "while"). */
static int subordinate(const sr_sentence *s, uint32_t c)
{
    for (uint32_t t = 0; t < s->ntokens; t++) {
        if (!child_of(s, t, c))
            continue;
        if (rel(s, t, "mark"))
            return 1;
        if (rel(s, t, "advmod") && (is(s, t, "when") || is(s, t, "while") ||
                                    is(s, t, "whenever") || is(s, t, "where")))
            return 1;
    }
    return 0;
}

/* Whether the arc from x down to child c stays within the event. x_is_verb:
 * x is the event verb; x_reports: x is a verb of saying reached from it. */
static int follow(const sr_sentence *s, uint32_t c, int x_is_verb, int x_reports)
{
    /* A subordinate clause ("after militants killed 12", "when a bomb
     * exploded") tells of another event. */
    if (rel_prefix(s, c, "advcl") && subordinate(s, c))
        return 0;
    /* A report about the event: "..., the army said, adding that", not a
     * statement of its own ("and the ministry said ...", a conjunct). */
    if ((x_is_verb || x_reports) && reporting(s, c) && !casualty(s, c))
        return rel(s, c, "parataxis") || rel_prefix(s, c, "advcl") || rel(s, c, "xcomp") ||
               (x_reports && rel(s, c, "ccomp"));
    if (x_reports && casualty(s, c))
        return !rel(s, c, "csubj");
    if (casualty(s, c)) {
        /* A conjunct with an agent of its own is another event: "a car bomb
         * killed 12 and a second bomb killed three". Victims as subjects
         * ("and 30 were wounded", "and 12 died", "40 were hurt") stay with
         * the event. */
        if (rel(s, c, "conj") && has_subject(s, c) && is_verbal(s, c) &&
            !is_intransitive(s, c) && child_with(s, c, "aux:pass") == UINT32_MAX)
            return 0;
        return !rel(s, c, "ccomp") && !rel(s, c, "parataxis") && !rel(s, c, "csubj");
    }
    /* Through the verb's own nominals to clauses describing them: "an
     * attack that killed 12". */
    return x_is_verb && (rel(s, c, "obj") || rel_prefix(s, c, "nsubj") || rel(s, c, "obl"));
}

/* "leaving at least eight dead and 23 wounded", read off the words after
 * a form of "leave": parses of this idiom vary too much to trust their
 * arcs. Fills what out does not have yet. */
static void leave_idiom(const sr_sentence *s, uint32_t l, sr_toll *out)
{
    uint32_t k = l + 1;
    for (int part = 0; part < 2; part++) {
        uint32_t n;
        int64_t lo, hi;
        int64_t v = sr_attr_parse_range(s, k, &n, &lo, &hi);
        if (v < 0 || v > INT32_MAX || n == 0)
            return;
        uint32_t w = k + n;
        if (sr_attr_word_in(form(s, w), SR_ATTR_PEOPLE))
            w++;
        int kill = is(s, w, "dead") || is(s, w, "killed");
        int hurt = is(s, w, "wounded") || is(s, w, "injured") || is(s, w, "hurt");
        if (kill && out->killed < 0) {
            out->killed = (int32_t)v;
            out->killed_low = lo > INT32_MAX ? -1 : (int32_t)lo;
            out->killed_high = hi > INT32_MAX ? -1 : (int32_t)hi;
            out->killed_token = k;
        } else if (hurt && out->injured < 0) {
            out->injured = (int32_t)v;
            out->injured_token = k;
        } else {
            return;
        }
        if (!is(s, w + 1, "and"))
            return;
        k = w + 2;
    }
}

static int leave_word(const sr_sentence *s, uint32_t t)
{
    return is(s, t, "leaving") || is(s, t, "left") || is(s, t, "leaves") || is(s, t, "leave");
}

sr_toll sr_attr_toll(const sr_sentence *s, uint32_t verb)
{
    sr_toll out = {-1, -1, -1, -1, UINT32_MAX, UINT32_MAX};
    if (!s || verb >= s->ntokens)
        return out;
    uint32_t t0 = 0;
    while (t0 < s->ntokens && !casualty(s, t0))
        t0++;
    if (t0 == s->ntokens)
        return out;
    uint32_t node[MAX_NODES];
    unsigned char depth[MAX_NODES];
    int n = 0;
    node[n] = verb, depth[n++] = 0;
    int have_killed = 0, have_injured = 0;
    for (int q = 0; q < n; q++) {
        uint32_t x = node[q];
        int anchor = casualty(s, x);
        int x_reports = q != 0 && !anchor && reporting(s, x);
        if (anchor) {
            int kill = sr_attr_word_in(form(s, x), SR_ATTR_KILL);
            found f = {-1, -1, -1, UINT32_MAX};
            if ((kill ? !have_killed : !have_injured) && anchor_count(s, x, &f) &&
                !cumulative(s, x, &f) && f.value <= INT32_MAX) {
                if (kill) {
                    out.killed = (int32_t)f.value;
                    out.killed_low = f.low > INT32_MAX ? -1 : (int32_t)f.low;
                    out.killed_high = f.high > INT32_MAX ? -1 : (int32_t)f.high;
                    out.killed_token = f.token;
                    have_killed = 1;
                } else {
                    out.injured = (int32_t)f.value;
                    out.injured_token = f.token;
                    have_injured = 1;
                }
            }
        }
        if (depth[q] >= MAX_DEPTH)
            continue;
        for (uint32_t t = 0; t < s->ntokens && n < MAX_NODES; t++) {
            if (!child_of(s, t, x) || !follow(s, t, q == 0, x_reports))
                continue;
            /* Below a plain nominal only clauses about it are read, and a
             * casualty word describing it ("four dead smugglers"). */
            if (!anchor && !x_reports && q != 0 && !rel_prefix(s, t, "acl") &&
                !(rel(s, t, "amod") && casualty(s, t)))
                continue;
            node[n] = t, depth[n++] = (unsigned char)(depth[q] + 1);
        }
    }
    if (out.killed < 0 || out.injured < 0) {
        if (leave_word(s, verb))
            leave_idiom(s, verb, &out);
        for (uint32_t t = 0; t < s->ntokens; t++)
            if (child_of(s, t, verb) && leave_word(s, t) &&
                (rel(s, t, "advcl") || rel(s, t, "conj") || rel(s, t, "xcomp") ||
                 rel_prefix(s, t, "acl")))
                leave_idiom(s, t, &out);
    }
    return out;
}
