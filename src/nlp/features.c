#include "nlp/features.h"

#include <string.h>

/* Feature templates are numbered; the number seeds each hash so that equal
 * values under different templates land in different buckets. */
static inline uint64_t fmix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

static inline uint64_t f1(unsigned t, uint64_t a)
{
    return fmix(((uint64_t)t << 48) ^ 0x9e3779b97f4a7c15ULL ^ a * 0x2545f4914f6cdd1dULL);
}

static inline uint64_t f2(unsigned t, uint64_t a, uint64_t b)
{
    return fmix(f1(t, a) ^ b * 0x9e3779b97f4a7c15ULL);
}

static inline uint64_t f3(unsigned t, uint64_t a, uint64_t b, uint64_t c)
{
    return fmix(f2(t, a, b) ^ c * 0xc2b2ae3d27d4eb4fULL);
}

static uint64_t hash_bytes(const unsigned char *s, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    return fmix(h ^ len);
}

enum { WORD_MAX = 64 };

void sr_feat_words(const sr_token *tokens, uint32_t n, sr_feat_word *w)
{
    uint32_t caps = 0, alpha = 0;
    for (uint32_t i = 0; i < n; i++) {
        const char *form = tokens[i].form ? tokens[i].form : "";
        size_t len = strlen(form);
        if (len > WORD_MAX)
            len = WORD_MAX;
        unsigned char low[WORD_MAX], shape[WORD_MAX];
        size_t sl = 0;
        uint32_t flags = 0;
        int upper = 0, lower = 0;
        for (size_t k = 0; k < len; k++) {
            unsigned char c = (unsigned char)form[k], sc;
            if (c >= 'A' && c <= 'Z') {
                low[k] = (unsigned char)(c + 32);
                sc = 'X';
                upper++;
            } else if (c >= 'a' && c <= 'z') {
                low[k] = c;
                sc = 'x';
                lower++;
            } else if (c >= '0' && c <= '9') {
                low[k] = '0';
                sc = 'd';
                flags |= SR_FEAT_F_DIGIT;
            } else {
                low[k] = c;
                sc = c >= 0x80 ? 'u' : c;
                if (c == '-')
                    flags |= SR_FEAT_F_HYPHEN;
            }
            /* Runs longer than two collapse, so "Xxxxx" and "Xxxxxxxx" share
             * one shape. */
            if (!(sl >= 2 && shape[sl - 1] == sc && shape[sl - 2] == sc))
                shape[sl++] = sc;
        }
        if (len && upper + lower == 0 && !(flags & SR_FEAT_F_DIGIT) && len == sl) {
            int punct = 1;
            for (size_t k = 0; k < len && punct; k++)
                punct = strchr(",.;:!?\"'()[]-/&*", form[k]) != NULL;
            if (punct)
                flags |= SR_FEAT_F_PUNCT;
        }
        if (len && form[0] >= 'A' && form[0] <= 'Z')
            flags |= SR_FEAT_F_UPPER;
        if (upper >= 2 && lower == 0)
            flags |= SR_FEAT_F_ALLCAPS;
        if (upper + lower > 0) {
            alpha++;
            if (flags & SR_FEAT_F_UPPER)
                caps++;
        }
        sr_feat_word *o = &w[i];
        o->form = hash_bytes((const unsigned char *)form, len);
        o->lower = hash_bytes(low, len);
        o->shape = hash_bytes(shape, sl);
        for (int a = 0; a < SR_FEAT_AFFIX; a++) {
            size_t al = (size_t)a + 1 < len ? (size_t)a + 1 : len;
            o->prefix[a] = hash_bytes(low, al);
            o->suffix[a] = hash_bytes(low + len - al, al);
        }
        o->flags = flags;
    }
    /* Headlines capitalise every content word; the tagger should then
     * trust capitals less, so it is told. */
    if (alpha >= 3 && caps * 4 >= alpha * 3)
        for (uint32_t i = 0; i < n; i++)
            w[i].flags |= SR_FEAT_F_TITLE_SENT;
}

enum { NONE_HASH = 0x51ed27, BOS_TAG = 1000, EOS_TAG = 1001 };

/* The templates of both tagging passes are written once, each marked as
 * reading the classes already chosen to the left (HISTORY) or not
 * (CONTEXT); a caller asks for either part or both. With both, the order is
 * that of the trainers. Inlined with a constant part, the compiler drops the
 * hashes of the other part. */
static inline void put(uint64_t *out, int *k, unsigned parts, unsigned part, uint64_t h)
{
    if (parts & part)
        out[(*k)++] = h;
}

enum { CTX = SR_FEAT_CONTEXT, HIST = SR_FEAT_HISTORY };

static inline int tagger_feats(const sr_feat_word *w, uint32_t n, uint32_t i,
                               const uint16_t *tags, unsigned parts, uint64_t *out)
{
    int k = 0;
    const sr_feat_word *x = &w[i];
    uint64_t pw = i >= 1 ? w[i - 1].lower : 1, ppw = i >= 2 ? w[i - 2].lower : 2;
    uint64_t nw = i + 1 < n ? w[i + 1].lower : 3, nnw = i + 2 < n ? w[i + 2].lower : 4;
    uint64_t pt = 0, ppt = 0;
    if (parts & HIST) {
        pt = i >= 1 ? tags[i - 1] : BOS_TAG;
        ppt = i >= 2 ? tags[i - 2] : BOS_TAG;
    }
    uint64_t title = (x->flags & SR_FEAT_F_TITLE_SENT) ? 1 : 0;
    uint64_t first = i == 0;
    put(out, &k, parts, CTX, sr_feat_tagger_bias());
    put(out, &k, parts, CTX, f1(2, x->form));
    put(out, &k, parts, CTX, f1(3, x->lower));
    for (int a = 0; a < SR_FEAT_AFFIX; a++) {
        put(out, &k, parts, CTX, f1(4 + (unsigned)a, x->suffix[a]));
        if (a < 3)
            put(out, &k, parts, CTX, f1(8 + (unsigned)a, x->prefix[a]));
    }
    put(out, &k, parts, CTX, f2(11, x->shape, title));
    put(out, &k, parts, CTX, f2(12, x->flags & 15, first * 2 + title));
    put(out, &k, parts, HIST, f1(13, pt));
    put(out, &k, parts, HIST, f2(14, ppt, pt));
    put(out, &k, parts, HIST, f2(15, pt, x->lower));
    put(out, &k, parts, CTX, f1(16, pw));
    put(out, &k, parts, CTX, f1(17, ppw));
    put(out, &k, parts, CTX, f1(18, nw));
    put(out, &k, parts, CTX, f1(19, nnw));
    put(out, &k, parts, CTX, f2(20, pw, x->lower));
    put(out, &k, parts, CTX, f2(21, x->lower, nw));
    put(out, &k, parts, CTX, f1(22, i + 1 < n ? w[i + 1].suffix[2] : 5));
    put(out, &k, parts, CTX, f1(23, i >= 1 ? w[i - 1].suffix[2] : 6));
    put(out, &k, parts, HIST, f2(24, pt, x->suffix[2]));
    put(out, &k, parts, CTX, f1(25, i + 1 < n ? w[i + 1].shape : 7));
    put(out, &k, parts, HIST, f2(26, pt, nw));
    put(out, &k, parts, CTX, f2(27, x->suffix[1], first * 2 + title));
    return k;
}

uint64_t sr_feat_tagger_bias(void)
{
    return f1(1, 0);
}

int sr_feat_tagger(const sr_feat_word *w, uint32_t n, uint32_t i,
                   const uint16_t *tags, uint64_t *out)
{
    return tagger_feats(w, n, i, tags, CTX | HIST, out);
}

static uint64_t period_hash(void)
{
    static const unsigned char dot = '.';
    return hash_bytes(&dot, 1);
}

/* The second pass's own templates, after those of the first pass that
 * tagger2_feats repeats; appends to out and returns the count. */
static inline int tagger2_extra(const sr_feat_word *w, uint32_t n, uint32_t i,
                                const uint16_t *tags, const uint16_t *first,
                                const uint8_t *finite, uint32_t nfinite, unsigned parts,
                                uint64_t *out)
{
    int k = 0;
    const sr_feat_word *x = &w[i];
    uint64_t pt = (parts & HIST) ? (i >= 1 ? tags[i - 1] : BOS_TAG) : 0;
    uint64_t f0 = first[i];
    uint64_t f1n = i + 1 < n ? first[i + 1] : EOS_TAG, f2n = i + 2 < n ? first[i + 2] : EOS_TAG;
    put(out, &k, parts, CTX, f1(40, f0));
    put(out, &k, parts, CTX, f2(41, f0, x->lower));
    put(out, &k, parts, CTX, f1(42, f1n));
    put(out, &k, parts, CTX, f2(43, f1n, f2n));
    put(out, &k, parts, HIST, f2(44, pt, f1n));
    put(out, &k, parts, CTX, f2(45, x->suffix[2], f1n));
    put(out, &k, parts, CTX, f2(46, x->lower, f1n));
    put(out, &k, parts, HIST, f3(47, pt, f0, f1n));
    put(out, &k, parts, CTX, f2(48, f0, f1n));
    /* A full stop at the end says "sentence", not caption or fragment,
     * where a verb without another finite verb is more likely VBD. */
    uint64_t full_stop = n > 1 && w[n - 1].form == period_hash();
    uint64_t others = (uint64_t)(nfinite - (finite[first[i]] ? 1u : 0u) > 0) * 2 + full_stop;
    put(out, &k, parts, CTX, f2(49, f0, others));
    put(out, &k, parts, CTX, f3(50, f0, others, x->suffix[1]));
    put(out, &k, parts, HIST, f3(51, others, pt, x->lower));
    return k;
}

static inline int tagger2_feats(const sr_feat_word *w, uint32_t n, uint32_t i,
                                const uint16_t *tags, const uint16_t *first,
                                const uint8_t *finite, uint32_t nfinite, unsigned parts,
                                uint64_t *out)
{
    int k = tagger_feats(w, n, i, tags, parts, out);
    return k + tagger2_extra(w, n, i, tags, first, finite, nfinite, parts, out + k);
}

int sr_feat_tagger2_context_extra(const sr_feat_word *w, uint32_t n, uint32_t i,
                                  const uint16_t *first, const uint8_t *finite,
                                  uint32_t nfinite, uint64_t *out)
{
    return tagger2_extra(w, n, i, NULL, first, finite, nfinite, CTX, out);
}

int sr_feat_tagger2(const sr_feat_word *w, uint32_t n, uint32_t i, const uint16_t *tags,
                    const uint16_t *first, const uint8_t *finite, uint32_t nfinite,
                    uint64_t *out)
{
    return tagger2_feats(w, n, i, tags, first, finite, nfinite, CTX | HIST, out);
}

int sr_feat_tagger_context(const sr_feat_word *w, uint32_t n, uint32_t i, uint64_t *out)
{
    return tagger_feats(w, n, i, NULL, CTX, out);
}

int sr_feat_tagger_history(const sr_feat_word *w, uint32_t n, uint32_t i,
                           const uint16_t *tags, uint64_t *out)
{
    return tagger_feats(w, n, i, tags, HIST, out);
}

int sr_feat_tagger2_context(const sr_feat_word *w, uint32_t n, uint32_t i,
                            const uint16_t *first, const uint8_t *finite, uint32_t nfinite,
                            uint64_t *out)
{
    return tagger2_feats(w, n, i, NULL, first, finite, nfinite, CTX, out);
}

int sr_feat_tagger2_history(const sr_feat_word *w, uint32_t n, uint32_t i,
                            const uint16_t *tags, const uint16_t *first,
                            const uint8_t *finite, uint32_t nfinite, uint64_t *out)
{
    return tagger2_feats(w, n, i, tags, first, finite, nfinite, HIST, out);
}

void sr_feat_parse_words(const sr_feat_word *w, const uint16_t *tags, uint32_t n,
                         sr_feat_pword *p)
{
    uint32_t punct = 0;
    p[0].word = NONE_HASH;
    p[0].tag = 900;
    p[0].punct_before = 0;
    p[0].suffix = NONE_HASH;
    for (uint32_t i = 0; i < n; i++) {
        p[i + 1].word = w[i].lower;
        p[i + 1].tag = tags[i];
        p[i + 1].punct_before = punct;
        p[i + 1].suffix = w[i].suffix[2];
        punct += (w[i].flags & SR_FEAT_F_PUNCT) != 0;
    }
    p[n + 1].word = NONE_HASH + 1;
    p[n + 1].tag = 901;
    p[n + 1].punct_before = punct;
    p[n + 1].suffix = NONE_HASH + 1;
}

static inline int cap(int v, int hi)
{
    return v < hi ? v : hi;
}

static inline uint64_t dist_bucket(int d)
{
    if (d <= 4)
        return (uint64_t)d;
    if (d <= 6)
        return 5;
    if (d <= 9)
        return 6;
    return d <= 15 ? 7 : 8;
}

/* The words a parser state's features look at. */
typedef struct state_words {
    int s0, s1, n0, n1, n2, s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l, n0l2;
} state_words;

static inline state_words find_words(const sr_arc_state *s)
{
    state_words q;
    int n = s->n;
    q.s0 = s->sp > 0 ? s->stack[s->sp - 1] : 0;
    q.s1 = s->sp > 1 ? s->stack[s->sp - 2] : 0;
    q.n0 = s->b <= n + 1 ? s->b : 0;
    q.n1 = q.n0 && q.n0 + 1 <= n + 1 ? q.n0 + 1 : 0;
    q.n2 = q.n1 && q.n1 + 1 <= n + 1 ? q.n1 + 1 : 0;
    q.s0h = q.s0 ? s->head[q.s0] : 0;
    q.s0h2 = q.s0h && q.s0h <= n ? s->head[q.s0h] : 0;
    q.s0l = q.s0 ? s->lc1[q.s0] : 0;
    q.s0l2 = q.s0 ? s->lc2[q.s0] : 0;
    q.s0r = q.s0 ? s->rc1[q.s0] : 0;
    q.s0r2 = q.s0 ? s->rc2[q.s0] : 0;
    q.n0l = q.n0 ? s->lc1[q.n0] : 0;
    q.n0l2 = q.n0 ? s->lc2[q.n0] : 0;
    return q;
}

int sr_feat_parser_tree(const sr_arc_state *s, const sr_feat_pword *p, uint64_t *out)
{
    int k = 0;
    state_words q = find_words(s);
    int s0 = q.s0, s1 = q.s1, n0 = q.n0, n1 = q.n1, n2 = q.n2, s0h = q.s0h, s0h2 = q.s0h2;
    int s0l = q.s0l, s0l2 = q.s0l2, s0r = q.s0r, s0r2 = q.s0r2, n0l = q.n0l, n0l2 = q.n0l2;

    uint64_t s0w = p[s0].word, s0p = p[s0].tag, n0w = p[n0].word, n0p = p[n0].tag;
    uint64_t n1w = p[n1].word, n1p = p[n1].tag, n2w = p[n2].word, n2p = p[n2].tag;
    uint64_t s0wp = f2(99, s0w, s0p), n0wp = f2(98, n0w, n0p), n1wp = f2(97, n1w, n1p);
    uint64_t d = s0 && n0 ? dist_bucket(n0 - s0) : 0;
    uint64_t s0vl = s0 ? (uint64_t)cap(s->nl[s0], 7) : 9, s0vr = s0 ? (uint64_t)cap(s->nr[s0], 7) : 9;
    uint64_t n0vl = n0 ? (uint64_t)cap(s->nl[n0], 7) : 9;

    /* Single words (Zhang & Nivre 2011, table 1). */
    out[k++] = f1(1, s0wp);
    out[k++] = f1(2, s0w);
    out[k++] = f1(3, s0p);
    out[k++] = f1(4, n0wp);
    out[k++] = f1(5, n0w);
    out[k++] = f1(6, n0p);
    out[k++] = f1(7, n1wp);
    out[k++] = f1(8, n1w);
    out[k++] = f1(9, n1p);
    out[k++] = f2(10, n2w, n2p);
    out[k++] = f1(11, n2p);
    /* Word pairs. */
    out[k++] = f2(12, s0wp, n0wp);
    out[k++] = f2(13, s0wp, n0w);
    out[k++] = f2(14, s0w, n0wp);
    out[k++] = f2(15, s0wp, n0p);
    out[k++] = f2(16, s0p, n0wp);
    out[k++] = f2(17, s0w, n0w);
    out[k++] = f2(18, s0p, n0p);
    out[k++] = f2(19, n0p, n1p);
    /* Three words. */
    out[k++] = f3(20, n0p, n1p, n2p);
    out[k++] = f3(21, s0p, n0p, n1p);
    out[k++] = f3(22, p[s0h].tag, s0p, n0p);
    out[k++] = f3(23, s0p, p[s0l].tag, n0p);
    out[k++] = f3(24, s0p, p[s0r].tag, n0p);
    out[k++] = f3(25, s0p, n0p, p[n0l].tag);
    /* Distance. */
    out[k++] = f2(26, s0w, d);
    out[k++] = f2(27, s0p, d);
    out[k++] = f2(28, n0w, d);
    out[k++] = f2(29, n0p, d);
    out[k++] = f3(30, s0w, n0w, d);
    out[k++] = f3(31, s0p, n0p, d);
    /* Valency. */
    out[k++] = f2(32, s0w, s0vr);
    out[k++] = f2(33, s0p, s0vr);
    out[k++] = f2(34, s0w, s0vl);
    out[k++] = f2(35, s0p, s0vl);
    out[k++] = f2(36, n0w, n0vl);
    out[k++] = f2(37, n0p, n0vl);
    /* Second-order unigrams. */
    out[k++] = f1(38, p[s0h].word);
    out[k++] = f1(39, p[s0h].tag);
    out[k++] = f1(40, p[s0l].word);
    out[k++] = f1(41, p[s0l].tag);
    out[k++] = f1(42, p[s0r].word);
    out[k++] = f1(43, p[s0r].tag);
    out[k++] = f1(44, p[n0l].word);
    out[k++] = f1(45, p[n0l].tag);
    /* Third order. */
    out[k++] = f1(46, p[s0h2].word);
    out[k++] = f1(47, p[s0h2].tag);
    out[k++] = f1(48, p[s0l2].word);
    out[k++] = f1(49, p[s0l2].tag);
    out[k++] = f1(50, p[s0r2].word);
    out[k++] = f1(51, p[s0r2].tag);
    out[k++] = f1(52, p[n0l2].word);
    out[k++] = f1(53, p[n0l2].tag);
    out[k++] = f3(54, s0p, p[s0l].tag, p[s0l2].tag);
    out[k++] = f3(55, s0p, p[s0r].tag, p[s0r2].tag);
    out[k++] = f3(56, s0p, p[s0h].tag, p[s0h2].tag);
    out[k++] = f3(57, n0p, p[n0l].tag, p[n0l2].tag);
    /* Beyond Zhang & Nivre: the word below s0 and whether s0 has a head,
     * which arc-eager needs to choose between REDUCE and LEFT-ARC. */
    uint64_t s0headed = s0 ? (s0h != 0) : 2;
    out[k++] = f3(58, s0p, n0p, s0headed);
    out[k++] = f3(59, p[s1].tag, s0p, n0p);
    out[k++] = f2(60, p[s1].tag, n0p);
    out[k++] = f3(61, s0w, n0p, s0headed);
    out[k++] = f2(62, (uint64_t)cap(s->sp, 6), s0headed);
    /* Punctuation between s0 and n0 says a clause or phrase has ended. */
    uint64_t pb = s0 && n0 ? (uint64_t)cap((int)(p[n0].punct_before - p[s0 + 1].punct_before), 3)
                           : 4;
    out[k++] = f3(63, s0p, n0p, pb);
    out[k++] = f2(64, n0w, pb);
    out[k++] = f2(65, s0w, pb);
    out[k++] = f2(66, p[s1].word, n0p);
    out[k++] = f3(67, s0p, n0p, n1w);
    /* Suffixes back up the tags where the tagger errs ("bombed" as VBN). */
    uint64_t s0s = p[s0].suffix, n0s = p[n0].suffix;
    out[k++] = f2(68, s0s, n0p);
    out[k++] = f2(69, s0p, n0s);
    out[k++] = f1(70, n0s);
    out[k++] = f1(71, s0s);
    out[k++] = f2(72, n0s, n1p);
    out[k++] = f3(73, s0s, n0s, d);
    return k;
}

int sr_feat_parser_labels(const sr_arc_state *s, const sr_feat_pword *p, uint64_t *out)
{
    int k = 0;
    state_words q = find_words(s);
    int s0 = q.s0, n0 = q.n0, s0l = q.s0l, s0l2 = q.s0l2, s0r = q.s0r, s0r2 = q.s0r2;
    int n0l = q.n0l;
    uint64_t s0w = p[s0].word, s0p = p[s0].tag, n0w = p[n0].word, n0p = p[n0].tag;
    /* Provisional relations (Zhang & Nivre's label features). */
    uint64_t s0lab = s0 ? s->label[s0] : 0;
    out[k++] = f2(74, s0lab, n0p);
    out[k++] = f3(75, s0lab, s0p, n0p);
    out[k++] = f2(76, s0 ? s->label[s0l] : 0, s0p);
    out[k++] = f2(77, s0 ? s->label[s0r] : 0, s0p);
    out[k++] = f2(78, n0 ? s->label[n0l] : 0, n0p);
    out[k++] = f3(79, s0w, s0 ? s->rset[s0] : 0, s0 ? s->lset[s0] : 0);
    out[k++] = f3(80, s0p, s0 ? s->rset[s0] : 0, s0 ? s->lset[s0] : 0);
    out[k++] = f2(81, n0w, n0 ? s->lset[n0] : 0);
    out[k++] = f2(82, n0p, n0 ? s->lset[n0] : 0);
    out[k++] = f3(83, s0 ? s->label[s0l2] : 0, s0 ? s->label[s0r2] : 0, s0p);
    return k;
}

int sr_feat_parser(const sr_arc_state *s, const sr_feat_pword *p, uint64_t *out)
{
    int k = sr_feat_parser_tree(s, p, out);
    return k + sr_feat_parser_labels(s, p, out + k);
}

int sr_feat_label(const sr_arc_state *s, const sr_feat_pword *p, int d, int h,
                  uint64_t *out)
{
    int k = 0, n = s->n;
    uint64_t dir = h > d ? 1 : 0;
    uint64_t dist = dist_bucket(h > d ? h - d : d - h);
    uint64_t dw = p[d].word, dp = p[d].tag, hw = p[h].word, hp = p[h].tag;
    uint64_t prevp = d > 1 ? p[d - 1].tag : 902, nextp = d < n ? p[d + 1].tag : 903;
    out[k++] = f1(1, dir);
    out[k++] = f2(2, dw, dir);
    out[k++] = f2(3, dp, dir);
    out[k++] = f2(4, hw, dir);
    out[k++] = f2(5, hp, dir);
    out[k++] = f3(6, dp, hp, dir);
    out[k++] = f3(7, dw, hp, dir);
    out[k++] = f3(8, dp, hw, dir);
    out[k++] = f3(9, dp, hp, dist * 2 + dir);
    out[k++] = f3(10, dw, hw, dir);
    out[k++] = f3(11, dp, prevp, nextp);
    out[k++] = f3(12, dp, hp, (uint64_t)cap(s->nl[d], 3) * 4 + (uint64_t)cap(s->nr[d], 3));
    out[k++] = f2(13, dp, s->lc1[d] ? p[s->lc1[d]].word : 0);
    out[k++] = f3(14, dp, p[s->lc1[d]].tag, p[s->rc1[d]].tag);
    out[k++] = f2(15, dp, s->rc1[d] ? p[s->rc1[d]].word : 0);
    int hh = h <= n ? s->head[h] : 0;
    out[k++] = f3(16, dp, hp, p[hh].tag);
    out[k++] = f2(17, hp, h <= n ? (uint64_t)cap(s->nl[h], 4) : 9);
    /* Other dependents of the head: an auxiliary "was" or "been" marks a
     * passive subject, a "to" or "that" a clausal complement. A word's
     * dependents all lie between its leftmost and rightmost ones (lc1,
     * rc1), so each scan starts and ends there instead of covering the
     * sentence; it meets the same words in the same order. */
    int lim = k + 12;
    int from = s->lc1[h] ? s->lc1[h] : h + 1, to = s->rc1[h] ? s->rc1[h] : h - 1;
    for (int c = from < 1 ? 1 : from; c <= n && c <= to && k < lim; c++) {
        if (c == d || s->head[c] != h)
            continue;
        uint64_t side = (uint64_t)(c < d) * 2 + (uint64_t)(c < h);
        out[k++] = f3(18, dp, p[c].word, side);
    }
    from = s->lc1[d] ? s->lc1[d] : d + 1;
    for (int c = from; c <= n && k < lim + 6; c++) {
        if (s->head[c] != d)
            continue;
        out[k++] = f3(19, dp, p[c].word, (uint64_t)(c < d));
        break;
    }
    return k;
}
