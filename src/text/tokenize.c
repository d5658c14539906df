#include "text/tokenize.h"
#include "text/abbrev.h"
#include "text/normalize.h"
#include "base/alloc.h"

#include <stdlib.h>
#include <string.h>

/* ASCII character classes; every byte from 0x80 up is C_HIGH (zero), and
 * is decoded and classified by normalize.h. */
enum { C_HIGH = 0, C_SPACE, C_NL, C_CR, C_UPPER, C_LOWER, C_DIGIT, C_UNDER, C_PUNCT };

#define S C_SPACE
#define P C_PUNCT
#define D C_DIGIT
#define U C_UPPER
#define L C_LOWER
static const unsigned char cls[256] = {
    S, S, S, S, S, S, S, S, S, S, C_NL, S, S, C_CR, S, S,  /* controls: spaces */
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,        /*  !"#$%&'()*+,-./ */
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,        /* 0-9 :;<=>? */
    P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,        /* @A-O */
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, C_UNDER,  /* P-Z [\]^_ */
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,        /* `a-o */
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, S,        /* p-z {|}~ DEL */
};
#undef S
#undef P
#undef D
#undef U
#undef L

typedef struct scan {
    const unsigned char *u;
    size_t len;
    sr_rawtoks *out;
    uint16_t pend;      /* SR_TOKF_*_BEFORE flags for the next token */
    int newlines;       /* line breaks in the current gap */
} scan;

static int is_alpha(unsigned c) { return cls[c] == C_UPPER || cls[c] == C_LOWER; }
static int is_digit(unsigned c) { return cls[c] == C_DIGIT; }
static int is_alnum(unsigned c) { return is_alpha(c) || is_digit(c); }

/* 1 when a word character (ASCII letter, digit or "_", or a letter, mark or
 * digit of another script) starts at byte i. */
static int word_at(const scan *sc, size_t i)
{
    if (i >= sc->len)
        return 0;
    unsigned c = sc->u[i];
    if (c < 0x80)
        return is_alnum(c) || c == '_';
    int nb;
    return sr_norm_class(sr_norm_decode(sc->u + i, sc->len - i, &nb)) == SR_CP_WORD;
}

/* Letters (and marks and digits) of other scripts count as letters for the
 * apostrophe rule, so "Rufay’i" and "Ibáñez's" behave like ASCII names. */
static int letter_at(const scan *sc, size_t i)
{
    if (i >= sc->len)
        return 0;
    unsigned c = sc->u[i];
    return c >= 0x80 ? word_at(sc, i) : is_alpha(c);
}

/* Looks at one byte only: a byte past ASCII before i is the tail of a
 * character that scan_word already took as part of the word. */
static int letter_before(const scan *sc, size_t i, size_t start)
{
    if (i <= start)
        return 0;
    unsigned c = sc->u[i - 1];
    return c >= 0x80 || is_alpha(c);
}

static int after_lowercase_word(const scan *sc)
{
    const sr_rawtoks *o = sc->out;
    if (o->n == 0)
        return 0;
    const sr_rawtok *prev = &o->items[o->n - 1];
    return prev->kind == SR_TOK_WORD && (prev->flags & SR_TOKF_LOWER);
}

static void push(scan *sc, size_t start, size_t end, int kind, int abbrev)
{
    sr_rawtoks *o = sc->out;
    if (o->n > 0 && (sc->pend & SR_TOKF_SPACE_BEFORE))
        o->items[o->n - 1].flags |= SR_TOKF_SPACE_AFTER;
    SR_GROW(o->items, o->cap, o->n + 1);
    sr_rawtok *t = &o->items[o->n++];
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->kind = (uint8_t)kind;
    t->abbrev = (uint8_t)abbrev;
    uint16_t f = sc->pend;
    unsigned c = sc->u[start];
    if (c < 0x80) {
        if (cls[c] == C_UPPER)
            f |= SR_TOKF_UPPER;
        else if (cls[c] == C_LOWER)
            f |= SR_TOKF_LOWER;
    } else {
        int nb;
        int k = sr_norm_case(sr_norm_decode(sc->u + start, sc->len - start, &nb));
        f |= k > 0 ? SR_TOKF_UPPER : k < 0 ? SR_TOKF_LOWER : 0;
    }
    for (size_t i = start; i < end; i++) {
        if (sc->u[i] >= 0x80) {
            f |= SR_TOKF_NONASCII;
            break;
        }
    }
    t->flags = f;
    sc->pend = 0;
    sc->newlines = 0;
}

static void line_break(scan *sc, int count)
{
    sc->pend |= SR_TOKF_SPACE_BEFORE | SR_TOKF_LINE_BEFORE;
    sc->newlines += count;
    if (sc->newlines >= 2)
        sc->pend |= SR_TOKF_PARA_BEFORE;
}

/* ---------------------------------------------------------------- links */

static int has_prefix(const scan *sc, size_t i, const char *p)
{
    size_t n = strlen(p);
    return sc->len - i >= n && memcmp(sc->u + i, p, n) == 0;
}

static int url_start(const scan *sc, size_t i)
{
    switch (sc->u[i]) {
    case 'h':
        return has_prefix(sc, i, "http://") || has_prefix(sc, i, "https://");
    case 'f':
        return has_prefix(sc, i, "ftp://");
    case 'w':
        return has_prefix(sc, i, "www.") && word_at(sc, i + 4);
    case 'W':
        return has_prefix(sc, i, "WWW.") && word_at(sc, i + 4);
    default:
        return 0;
    }
}

/* A URL runs to the next space (or non-ASCII character: curly quotes often
 * close a quoted link); punctuation that ends the clause is given back. */
static size_t scan_url(scan *sc, size_t i)
{
    size_t j = i;
    int paren = 0;
    while (j < sc->len && sc->u[j] < 0x80 && cls[sc->u[j]] != C_SPACE &&
           cls[sc->u[j]] != C_NL && cls[sc->u[j]] != C_CR) {
        if (sc->u[j] == '(')
            paren = 1;
        j++;
    }
    while (j > i + 4 && strchr(".,;:!?\"')]}>", sc->u[j - 1]) && sc->u[j - 1] != '\0') {
        if (sc->u[j - 1] == ')' && paren)
            break;
        j--;
    }
    push(sc, i, j, SR_TOK_LINK, 0);
    return j;
}

/* From the "@" of an address whose local part starts at start. */
static size_t scan_email(scan *sc, size_t start, size_t at)
{
    size_t j = at + 1;
    while (j < sc->len && sc->u[j] < 0x80 &&
           (is_alnum(sc->u[j]) || strchr("._-+", sc->u[j]) != NULL))
        j++;
    while (j > at + 1 && (sc->u[j - 1] == '.' || sc->u[j - 1] == '-'))
        j--;
    push(sc, start, j, SR_TOK_LINK, 0);
    return j;
}

/* "@handle", "#hashtag", and "@example.com" as one token. */
static size_t scan_tag(scan *sc, size_t i)
{
    size_t j = i + 1;
    while (j < sc->len) {
        unsigned c = sc->u[j];
        if (is_alnum(c) || c == '_' ||
            ((c == '.' || c == '-') && j + 1 < sc->len && is_alnum(sc->u[j + 1])))
            j++;
        else
            break;
    }
    push(sc, i, j, SR_TOK_LINK, 0);
    return j;
}

/* ---------------------------------------------------------------- words */

/* Prefixes EWT keeps attached with their hyphen ("e-mail", "non-profit",
 * "co-founder"); every other hyphen between words is split off. Checked
 * only at a hyphen, so a short list scan costs little. */
static const char *const hyphen_prefixes[] = {
    "e", "non", "pre", "post", "pro", "anti", "co", "re", "ex", "mid", "multi",
    "semi", "sub", "neo", "inter", "intra", "counter", "vice", "mis", "over",
};

static int keep_hyphen(const scan *sc, size_t seg, size_t j)
{
    const unsigned char *u = sc->u;
    if (j + 1 >= sc->len || !is_alnum(u[j + 1]))
        return 0;
    size_t n = j - seg;
    int digits = n > 0;
    for (size_t k = seg; k < j && digits; k++)
        digits = is_digit(u[k]);
    if (digits && is_digit(u[j + 1])) {
        /* Phone numbers and codes ("555-0134", "1-800") stay whole; short
         * ranges ("5-10") are split, as EWT does. */
        size_t m = 0;
        while (j + 1 + m < sc->len && is_digit(u[j + 1 + m]))
            m++;
        return n >= 3 || m >= 3;
    }
    if (n == 0 || n > 7)
        return 0;
    char low[8];
    for (size_t k = 0; k < n; k++)
        low[k] = (char)(u[seg + k] | 0x20);
    for (size_t p = 0; p < sizeof hyphen_prefixes / sizeof hyphen_prefixes[0]; p++) {
        const char *w = hyphen_prefixes[p];
        if (strlen(w) == n && memcmp(w, low, n) == 0)
            return 1;
    }
    return 0;
}

static int lower_eq(const unsigned char *s, size_t n, const char *w)
{
    if (strlen(w) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != (unsigned char)w[i] || !is_alpha(s[i]))
            return 0;
    return 1;
}

/* Where a clitic starts inside the word [start, end) whose last apostrophe
 * (ASCII or U+2019, alen bytes) is at apos; end when there is none. */
static size_t clitic_split(const scan *sc, size_t start, size_t end, size_t apos,
                           size_t alen)
{
    const unsigned char *u = sc->u;
    size_t after = apos + alen, n = end - after;
    if (n == 1 && (u[after] | 0x20) == 't' && apos >= start + 2 &&
        (u[apos - 1] | 0x20) == 'n')
        return apos - 1;                                  /* do|n't, ca|n't */
    if (n == 1 && strchr("sdmSDM", u[after]) != NULL)
        return apos;                                      /* Iraq|'s, I|'m */
    if (n == 2 && (lower_eq(u + after, 2, "re") || lower_eq(u + after, 2, "ve") ||
                   lower_eq(u + after, 2, "ll")))
        return apos;                                      /* they|'re */
    return end;
}

/* Units written against their number ("10am", "40km", "8gb") are split
 * off, as EWT does; ordinals and decades ("3rd", "1990s") stay whole. */
static const char *const units[] = {
    "am", "pm", "k", "m", "mm", "cm", "km", "kg", "g", "mg", "lb", "lbs", "oz",
    "ft", "mi", "mph", "kph", "hr", "hrs", "h", "min", "mins", "sec", "yr", "yrs",
    "gb", "mb", "kb", "tb", "ghz", "mhz", "kw", "mw", "gw", "kwh", "mwh", "p",
};

static size_t unit_split(const scan *sc, size_t start, size_t end)
{
    const unsigned char *u = sc->u;
    size_t d = start;
    while (d < end && (is_digit(u[d]) || u[d] == ',' || u[d] == '.'))
        d++;
    if (d == start || d == end || !is_digit(u[d - 1]) || end - d > 3)
        return end;
    for (size_t k = d; k < end; k++)
        if (!is_alpha(u[k]))
            return end;
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (lower_eq(u + d, end - d, units[k]))
            return d;
    return end;
}

/* EWT splits these without an apostrophe: can|not, gon|na, wan|na, got|ta. */
static size_t fused_split(const scan *sc, size_t start, size_t end)
{
    const unsigned char *w = sc->u + start;
    size_t n = end - start;
    if (n != 5 && n != 6)
        return end;
    if (lower_eq(w, n, "cannot") || lower_eq(w, n, "gonna") ||
        lower_eq(w, n, "wanna") || lower_eq(w, n, "gotta"))
        return start + 3;
    return end;
}

static size_t scan_word(scan *sc, size_t i)
{
    const unsigned char *u = sc->u;
    const size_t len = sc->len;
    if (url_start(sc, i))
        return scan_url(sc, i);

    size_t start = i, j = i, seg = i;
    size_t apos = 0, alen = 0;
    size_t dot_seg = i, dot_max = 0;
    int inner_period = 0, any_digit = 0;
    while (j < len) {
        unsigned c = u[j];
        int k = cls[c];
        if (k == C_UPPER || k == C_LOWER || k == C_UNDER) {
            j++;
            continue;
        }
        if (k == C_DIGIT) {
            any_digit = 1;
            j++;
            continue;
        }
        if (k == C_HIGH) {
            int nb;
            int32_t cp = sr_norm_decode(u + j, len - j, &nb);
            sr_cp_class cc = sr_norm_class(cp);
            if (cc == SR_CP_WORD || cc == SR_CP_IGNORE) {
                j += (size_t)nb;
                continue;
            }
            if (cp == 0x2019 && letter_before(sc, j, start) && letter_at(sc, j + (size_t)nb)) {
                apos = j;
                alen = (size_t)nb;
                j += (size_t)nb;
                continue;
            }
            break;
        }
        size_t nx = j + 1;
        if (c == '.' && word_at(sc, nx)) {
            /* "U.S", "3.5", "cnn.com": the period joins; the longest piece
             * between periods tells an abbreviation from a file name. */
            if (j - dot_seg > dot_max)
                dot_max = j - dot_seg;
            dot_seg = nx;
            inner_period = 1;
            j = nx;
            continue;
        }
        if (c == ',' && j > start && is_digit(u[j - 1]) && nx + 3 <= len &&
            is_digit(u[nx]) && is_digit(u[nx + 1]) && is_digit(u[nx + 2]) &&
            !(nx + 3 < len && is_digit(u[nx + 3]))) {
            j = nx;                                       /* 1,500 */
            continue;
        }
        if ((c == ':' || c == '/') && j > start && is_digit(u[j - 1]) && nx < len &&
            is_digit(u[nx])) {
            j = nx;                                       /* 3:30, 9/11 */
            continue;
        }
        if (c == '&' && j - start <= 3 && letter_before(sc, j, start) && nx < len &&
            is_alpha(u[nx])) {
            j = nx;                                       /* AT&T, P&L */
            continue;
        }
        if (c == '\'' && letter_before(sc, j, start) && letter_at(sc, nx)) {
            apos = j;
            alen = 1;
            j = nx;
            continue;
        }
        if (c == '-' && keep_hyphen(sc, seg, j)) {
            j = nx;
            seg = nx;
            continue;
        }
        if (c == '@' && word_at(sc, nx))
            return scan_email(sc, start, j);
        if (c == '.' && j + 3 < len && u[nx] == '.' && u[nx + 1] == '.' && u[nx + 2] == '@' &&
            word_at(sc, nx + 3))
            return scan_email(sc, start, nx + 2);        /* "name...@example.com" */
        if (c == '\'' && j > start && is_digit(u[j - 1]) && nx < len && u[nx] == 's' &&
            !word_at(sc, nx + 1)) {
            j = nx + 1;                                   /* the 1990's */
            continue;
        }
        break;
    }
    size_t end = j;

    size_t split = alen ? clitic_split(sc, start, end, apos, alen) : end;
    if (split == end)
        split = fused_split(sc, start, end);
    if (split == end && is_digit(u[start]))
        split = unit_split(sc, start, end);
    if (split < end) {
        push(sc, start, split, is_digit(u[start]) ? SR_TOK_NUMBER : SR_TOK_WORD, 0);
        push(sc, split, end, SR_TOK_WORD, 0);
        return end;
    }

    /* One period may belong to the word; of "Inc.." the second one is
     * punctuation, but "word..." ends in an ellipsis. */
    if (end < len && u[end] == '.' && !(end + 2 < len && u[end + 1] == '.' && u[end + 2] == '.')) {
        int kind = SR_ABBREV_NONE;
        if (inner_period) {
            size_t last = end - dot_seg;
            if (last > dot_max)
                dot_max = last;
            if (!any_digit && dot_max <= 3)
                kind = SR_ABBREV_MAY_END;                 /* U.S., a.m., Ph.D. */
        } else if (end - start == 1 && cls[u[start]] == C_UPPER) {
            /* An initial follows a name ("George W. Bush"); after a
             * lower-case word the letter is a word of its own ("posted on
             * X.", "vitamin C.") and its period may end the sentence. */
            if (!after_lowercase_word(sc))
                kind = SR_ABBREV_TITLE;
        } else {
            kind = sr_abbrev_lookup((const char *)u + start, end + 1 - start);
        }
        if (kind != SR_ABBREV_NONE) {
            push(sc, start, end + 1, SR_TOK_ABBREV, kind);
            return end + 1;
        }
    }
    push(sc, start, end, is_digit(u[start]) ? SR_TOK_NUMBER : SR_TOK_WORD, 0);
    return end;
}

/* ---------------------------------------------------------------- punctuation */

static size_t run_of(const scan *sc, size_t i, const char *set)
{
    size_t j = i;
    while (j < sc->len && sc->u[j] != '\0' && strchr(set, sc->u[j]) != NULL)
        j++;
    return j;
}

/* ":)", ":-(", ";D" and the like; 0 when none starts at i. */
static size_t emoticon_len(const scan *sc, size_t i)
{
    const unsigned char *u = sc->u;
    size_t j = i + 1;
    if (j < sc->len && u[j] == '-')
        j++;
    if (j >= sc->len || strchr(")(DPp", u[j]) == NULL || u[j] == '\0')
        return 0;
    j++;
    if (word_at(sc, j))
        return 0;
    return j - i;
}

static size_t scan_punct(scan *sc, size_t i)
{
    const unsigned char c = sc->u[i];
    size_t j;
    switch (c) {
    case '.':
        j = run_of(sc, i, ".");
        push(sc, i, j, j - i > 1 ? SR_TOK_ELLIPSIS : SR_TOK_PERIOD, 0);
        return j;
    case '!': case '?':
        j = run_of(sc, i, "!?");
        push(sc, i, j, SR_TOK_FINAL, 0);
        return j;
    case '"': case '\'': case '`':
        push(sc, i, i + 1, SR_TOK_QUOTE, 0);
        return i + 1;
    case '(': case '[': case '{':
        push(sc, i, i + 1, SR_TOK_OPEN, 0);
        return i + 1;
    case ')': case ']': case '}':
        push(sc, i, i + 1, SR_TOK_CLOSE, 0);
        return i + 1;
    case '-':
        j = run_of(sc, i, "-");
        push(sc, i, j, SR_TOK_DASH, 0);
        return j;
    case ':': case ';':
        j = emoticon_len(sc, i);
        if (j) {
            push(sc, i, i + j, SR_TOK_EMOTICON, 0);
            return i + j;
        }
        break;
    case '@':
        if (i + 1 < sc->len && (is_alnum(sc->u[i + 1]) || sc->u[i + 1] == '_'))
            return scan_tag(sc, i);
        break;
    case '#':
        if (i + 1 < sc->len && is_alpha(sc->u[i + 1]))
            return scan_tag(sc, i);
        break;
    case '*': case '=': case '<': case '>': case '~': case '+': case '^': case '|':
        /* Rules and arrows ("====", "<<", ">>") are one token each. */
        {
            char set[2] = {(char)c, '\0'};
            j = run_of(sc, i, set);
            push(sc, i, j, SR_TOK_PUNCT, 0);
            return j;
        }
    default:
        break;
    }
    push(sc, i, i + 1, SR_TOK_PUNCT, 0);
    return i + 1;
}

/* An emoji is often several code points: variation selectors and skin-tone
 * modifiers after it, or others joined by U+200D. They stay one token. */
static size_t symbol_tail(const scan *sc, size_t j)
{
    while (j < sc->len && sc->u[j] >= 0x80) {
        int nb;
        int32_t cp = sr_norm_decode(sc->u + j, sc->len - j, &nb);
        if (cp == 0x200D && j + (size_t)nb < sc->len && sc->u[j + (size_t)nb] >= 0x80) {
            int nb2;
            int32_t next = sr_norm_decode(sc->u + j + nb, sc->len - j - (size_t)nb, &nb2);
            if (sr_norm_class(next) != SR_CP_PUNCT)
                break;
            j += (size_t)nb + (size_t)nb2;
        } else if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
                   (cp >= 0x0300 && cp <= 0x036F) || cp == 0x20E3) {
            j += (size_t)nb;
        } else {
            break;
        }
    }
    return j;
}

static size_t scan_unicode_punct(scan *sc, size_t i, int32_t cp, size_t nb)
{
    int kind;
    switch (cp) {
    case 0x2018: case 0x201A: case 0x201B: case 0x201C: case 0x201E: case 0x201F:
    case 0x00AB: case 0x2039:
        kind = SR_TOK_OPEN;
        break;
    case 0x2019: case 0x201D: case 0x00BB: case 0x203A:
        kind = SR_TOK_CLOSE;
        break;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212:
        kind = SR_TOK_DASH;
        break;
    case 0x2026:
        kind = SR_TOK_ELLIPSIS;
        break;
    default:
        kind = SR_TOK_PUNCT;
        break;
    }
    size_t j = i + nb;
    if (kind == SR_TOK_PUNCT)
        j = symbol_tail(sc, j);
    push(sc, i, j, kind, 0);
    return j;
}

/* ---------------------------------------------------------------- driver */

void sr_tokenize(const char *text, size_t len, sr_rawtoks *out)
{
    scan sc = {(const unsigned char *)text, len, out, SR_TOKF_SPACE_BEFORE, 0};
    size_t first = out->n;
    size_t i = 0;
    while (i < len) {
        unsigned c = sc.u[i];
        switch (cls[c]) {
        case C_SPACE:
            sc.pend |= SR_TOKF_SPACE_BEFORE;
            i++;
            break;
        case C_NL:
            line_break(&sc, 1);
            i++;
            break;
        case C_CR:
            if (!(i + 1 < len && sc.u[i + 1] == '\n'))
                line_break(&sc, 1);
            else
                sc.pend |= SR_TOKF_SPACE_BEFORE;
            i++;
            break;
        case C_UPPER: case C_LOWER: case C_DIGIT: case C_UNDER:
            i = scan_word(&sc, i);
            break;
        case C_PUNCT:
            i = scan_punct(&sc, i);
            break;
        default: {
            int nb;
            int32_t cp = sr_norm_decode(sc.u + i, len - i, &nb);
            switch (sr_norm_class(cp)) {
            case SR_CP_SPACE:
                sc.pend |= SR_TOKF_SPACE_BEFORE;
                i += (size_t)nb;
                break;
            case SR_CP_NEWLINE:
                line_break(&sc, 1);
                i += (size_t)nb;
                break;
            case SR_CP_PARAGRAPH:
                line_break(&sc, 2);
                i += (size_t)nb;
                break;
            case SR_CP_IGNORE:
                i += (size_t)nb;
                break;
            case SR_CP_WORD:
                i = scan_word(&sc, i);
                break;
            default:
                i = scan_unicode_punct(&sc, i, cp, (size_t)nb);
                break;
            }
        }
        }
    }
    /* Nothing is glued to the last token. */
    if (out->n > first)
        out->items[out->n - 1].flags |= SR_TOKF_SPACE_AFTER;
}

void sr_rawtoks_free(sr_rawtoks *t)
{
    free(t->items);
    t->items = NULL;
    t->n = t->cap = 0;
}
