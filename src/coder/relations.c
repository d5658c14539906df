/* relations.c - one relation vocabulary for UD v1 and v2 parses.
 *
 * The validation file's gold parses use UD v1 names (dobj, nmod,
 * nsubjpass, neg) and sitrep's parser UD v2 names (obj, obl, nsubj:pass).
 * Everything downstream reads sr_cs_rel values only, so the two give the same
 * events. Some distinctions depend on the head, not the label: UD v1 uses
 * nmod both for "ties with Gondor" (an oblique of the verb) and "president
 * of Gondor" (a modifier of a noun), so the head's part of speech decides. */
#include "coder/coder_internal.h"

#include <ctype.h>
#include <string.h>

static const char *const rel_names[] = {
    "other",     "root",  "nsubj", "nsubj:pass", "csubj",    "obj",   "iobj",  "obl",
    "obl:agent", "tmod",  "nmod",  "poss",       "case",     "mark",  "aux",   "aux:pass",
    "cop",       "neg",   "conj",  "cc",         "compound", "prt",   "amod",  "det",
    "nummod",    "appos", "acl",   "acl:relcl",  "advcl",    "ccomp", "xcomp", "parataxis",
    "advmod",    "flat",  "punct", "dep"};

const char *sr_coder_rel_name(sr_cs_rel r)
{
    return (unsigned)r < sizeof rel_names / sizeof rel_names[0] ? rel_names[r] : "?";
}

/* ASCII only, as the word lists are: toupper() goes through the locale
 * on every byte, and these comparisons run for every rule on every
 * token. */
static inline int ascii_upper(unsigned char c)
{
    return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
}

int sr_coder_word_eq(const char *w, const char *form)
{
    if (!w || !form)
        return 0;
    for (; *w && *form; w++, form++)
        if ((unsigned char)*w != ascii_upper((unsigned char)*form))
            return 0;
    return *w == 0 && *form == 0;
}

int sr_coder_word_among(const char *const *list, size_t n, const char *form)
{
    if (!form)
        return 0;
    /* Most lists miss: the first letter rules out nearly all entries. */
    int first = ascii_upper((unsigned char)form[0]);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)list[i][0] == first && sr_coder_word_eq(list[i], form))
            return 1;
    return 0;
}

static int starts(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

/* The label alone, before looking at the head. */
static sr_cs_rel rel_of_label(const char *d)
{
    if (!d)
        return SR_CS_DEP;
    if (!strcmp(d, "root"))
        return SR_CS_ROOT;
    if (!strcmp(d, "nsubjpass") || !strcmp(d, "nsubj:pass"))
        return SR_CS_NSUBJPASS;
    if (starts(d, "nsubj"))
        return SR_CS_NSUBJ;
    if (starts(d, "csubj"))
        return SR_CS_CSUBJ;
    if (!strcmp(d, "dobj") || starts(d, "obj"))
        return SR_CS_OBJ;
    if (starts(d, "iobj"))
        return SR_CS_IOBJ;
    if (!strcmp(d, "nmod:agent") || !strcmp(d, "obl:agent"))
        return SR_CS_AGENT;
    if (!strcmp(d, "nmod:tmod") || !strcmp(d, "obl:tmod") || !strcmp(d, "nmod:npmod") ||
        !strcmp(d, "obl:npmod"))
        return SR_CS_TMOD;
    if (!strcmp(d, "nmod:poss"))
        return SR_CS_POSS;
    /* "Old foe Gondor": a describing noun before a name is a modifier
     * of the name, like a compound. */
    if (!strcmp(d, "nmod:desc"))
        return SR_CS_COMPOUND;
    if (!strcmp(d, "obl:unmarked"))
        return SR_CS_TMOD;
    if (starts(d, "nmod"))
        return SR_CS_NMOD; /* decided by the head below */
    if (starts(d, "obl"))
        return SR_CS_OBL;
    if (starts(d, "case"))
        return SR_CS_CASE;
    if (starts(d, "mark"))
        return SR_CS_MARK;
    if (!strcmp(d, "auxpass") || !strcmp(d, "aux:pass"))
        return SR_CS_AUXPASS;
    if (starts(d, "aux"))
        return SR_CS_AUX;
    if (starts(d, "cop"))
        return SR_CS_COP;
    if (!strcmp(d, "neg"))
        return SR_CS_NEG;
    if (starts(d, "conj"))
        return SR_CS_CONJ;
    if (starts(d, "ccomp")) /* before "cc", which it starts with */
        return SR_CS_CCOMP;
    if (starts(d, "cc"))
        return SR_CS_CC;
    if (!strcmp(d, "compound:prt") || !strcmp(d, "prt"))
        return SR_CS_PRT;
    if (starts(d, "compound") || starts(d, "flat") || !strcmp(d, "name") || !strcmp(d, "mwe") ||
        starts(d, "fixed") || !strcmp(d, "goeswith"))
        return starts(d, "compound") ? SR_CS_COMPOUND : SR_CS_FLAT;
    if (starts(d, "amod"))
        return SR_CS_AMOD;
    if (starts(d, "det"))
        return SR_CS_DET;
    if (starts(d, "nummod"))
        return SR_CS_NUMMOD;
    if (starts(d, "appos"))
        return SR_CS_APPOS;
    if (!strcmp(d, "acl:relcl") || !strcmp(d, "relcl"))
        return SR_CS_RELCL;
    if (starts(d, "acl"))
        return SR_CS_ACL;
    if (starts(d, "advcl"))
        return SR_CS_ADVCL;
    if (starts(d, "ccomp"))
        return SR_CS_CCOMP;
    if (starts(d, "xcomp"))
        return SR_CS_XCOMP;
    if (starts(d, "parataxis"))
        return SR_CS_PARATAXIS;
    if (starts(d, "advmod"))
        return SR_CS_ADVMOD;
    if (starts(d, "punct"))
        return SR_CS_PUNCT;
    return SR_CS_DEP;
}

static int is_pred_pos(const char *upos)
{
    return upos && (!strcmp(upos, "VERB") || !strcmp(upos, "AUX") || !strcmp(upos, "ADJ"));
}

static int is_nominal_pos(const char *upos)
{
    return upos && (!strcmp(upos, "NOUN") || !strcmp(upos, "PROPN") || !strcmp(upos, "PRON") ||
                    !strcmp(upos, "NUM") || !strcmp(upos, "X") || !strcmp(upos, "SYM"));
}

/* sitrep's parser names relations and parts of speech with static
 * strings, so a sentence repeats the same few pointers; each distinct
 * pointer is classified once per sentence instead of through a chain of
 * string comparisons per token. The answer depends only on the string,
 * so it is the same either way (names read from a CoNLL-U file may all
 * be distinct pointers; they then cost a short scan more). */
enum { LABEL_MEMO = 24 };

typedef struct label_memo {
    const char *rel_name[LABEL_MEMO], *pos_name[LABEL_MEMO];
    uint8_t rel[LABEL_MEMO], nominal[LABEL_MEMO];
    int nrel, npos;
} label_memo;

static sr_cs_rel memo_rel(label_memo *m, const char *d)
{
    for (int k = 0; k < m->nrel; k++)
        if (m->rel_name[k] == d)
            return (sr_cs_rel)m->rel[k];
    sr_cs_rel r = rel_of_label(d);
    if (m->nrel < LABEL_MEMO) {
        m->rel_name[m->nrel] = d;
        m->rel[m->nrel++] = (uint8_t)r;
    }
    return r;
}

static int memo_nominal(label_memo *m, const char *upos)
{
    for (int k = 0; k < m->npos; k++)
        if (m->pos_name[k] == upos)
            return m->nominal[k];
    int v = is_nominal_pos(upos);
    if (m->npos < LABEL_MEMO) {
        m->pos_name[m->npos] = upos;
        m->nominal[m->npos++] = (uint8_t)v;
    }
    return v;
}

/* Is the adverb t the "yet" of "have yet to comment", "are yet to
 * respond", "has yet to decide": a form of "have" or "be" with "yet" and
 * an infinitive after it says the act has not happened, as "have not
 * commented" does. */
static int yet_to_come(const sr_cs_sent *cs, int32_t t)
{
    static const char *const aux[] = {"HAVE", "HAS", "HAD", "HAVING", "IS", "ARE", "WAS", "WERE",
                                      "BE", "BEEN", "REMAIN", "REMAINS", "REMAINED"};
    int32_t h = cs->head[t];
    if (h < 0 || !sr_coder_word_eq("YET", cs->words[t]) || !SR_CS_WORD_AMONG(aux, cs->words[h]) ||
        t != h + 1)
        return 0;
    for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        if (c > t && cs->rel[c] == SR_CS_XCOMP && c >= 1 && sr_coder_word_eq("TO", cs->words[c - 1]))
            return 1;
    }
    return 0;
}

static int is_negator(const char *form)
{
    return sr_coder_word_eq("NOT", form) || sr_coder_word_eq("N'T", form) ||
           sr_coder_word_eq("NEVER", form);
}

int32_t sr_coder_child(const sr_cs_sent *cs, int32_t i, sr_cs_rel r)
{
    if (i < 0)
        return -1;
    for (uint32_t k = cs->kid_start[i]; k < cs->kid_start[i + 1]; k++)
        if (cs->rel[cs->kids[k]] == r)
            return (int32_t)cs->kids[k];
    return -1;
}

int32_t sr_coder_np_end(const sr_cs_sent *cs, int32_t h)
{
    int32_t end = h;
    for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
        int32_t c = (int32_t)cs->kids[k];
        sr_cs_rel r = (sr_cs_rel)cs->rel[c];
        if (r == SR_CS_RELCL || r == SR_CS_ACL || r == SR_CS_PUNCT || r == SR_CS_CONJ ||
            r == SR_CS_CC || r == SR_CS_APPOS)
            continue;
        if (cs->hi[c] > end)
            end = cs->hi[c];
    }
    return end;
}

int32_t sr_coder_case_of(const sr_cs_sent *cs, int32_t i)
{
    return sr_coder_child(cs, i, SR_CS_CASE);
}

static int is_readiness_adj(const char *w)
{
    static const char *const adj[] = {"WILLING", "READY", "PREPARED"};
    return SR_CS_WORD_AMONG(adj, w);
}

/* The relations are still being settled here, so the marker is found by
 * its word and place: "to" right before the verb, attached to it. */
static int has_to_mark(const sr_cs_sent *cs, int32_t v)
{
    return v > 0 && cs->head[v - 1] == v && sr_coder_word_eq("TO", cs->words[v - 1]);
}

static int is_passive_verb(const sr_cs_sent *cs, int32_t v)
{
    return sr_coder_child(cs, v, SR_CS_AUXPASS) >= 0 ||
           sr_coder_child(cs, v, SR_CS_NSUBJPASS) >= 0;
}

static uint32_t word_hash(const char *w)
{
    uint32_t h = 2166136261u;
    for (; *w; w++)
        h = (h ^ (uint8_t)*w) * 16777619u;
    return h ? h : 1;
}

/* Does some word of the sentence have a lower-case letter (is it not
 * all capitals, as a shouted headline is)? */
static int sentence_has_lower(const sr_sentence *s)
{
    for (uint32_t i = 0; i < s->ntokens; i++)
        for (const char *c = s->tokens[i].form; c && *c; c++)
            if (islower((unsigned char)*c))
                return 1;
    return 0;
}

/* "Zambia extradited the militant to Britain, a Zambian official said":
 * a parser may hang both subjects on the closing "said", leaving the
 * reported verb without one. A subject s before a complement clause v of
 * its head h (s < v < h), when v has no subject of its own and h has
 * another subject between v and h, is v's subject. Works on the heads
 * alone, before the children lists are built. */
static void closing_speaker_repair(sr_cs_sent *cs)
{
    int32_t n = (int32_t)cs->n;
    for (int32_t s = 0; s < n; s++) {
        int32_t h = cs->head[s];
        if (cs->rel[s] != SR_CS_NSUBJ || h <= s)
            continue;
        int32_t v = -1;
        for (int32_t k = s + 1; k < h && v < 0; k++)
            if (cs->head[k] == h && (cs->rel[k] == SR_CS_CCOMP || cs->rel[k] == SR_CS_PARATAXIS))
                v = k;
        if (v < 0)
            continue;
        int own = 0, other = 0;
        for (int32_t k = 0; k < n; k++) {
            if (cs->head[k] == v && (cs->rel[k] == SR_CS_NSUBJ || cs->rel[k] == SR_CS_NSUBJPASS))
                own = 1;
            if (k > v && k < h && cs->head[k] == h && cs->rel[k] == SR_CS_NSUBJ)
                other = 1;
        }
        if (!own && other)
            cs->head[s] = v;
    }
}

/* "war-torn Mozambique", "Saudi-led troops": the tokenizer splits the
 * hyphen off, and the parser often reads the participle as a verb whose
 * object is the noun it describes ("torn" an acl of "aid" with
 * "Mozambique" its object, the "to" left on "war"). When a word, a hyphen
 * and a participle are written together (no space) and the nominal right
 * after the participle hangs on it, that nominal is the phrase's head: it
 * takes the place of the word (when the word hangs elsewhere, as "to war"
 * does) or of the participle, the participle becomes its modifier and the
 * word the participle's, and the word's preposition and determiners move
 * to the head. Works on the heads alone, before the children lists are
 * built. */
/* Is k below a (a among k's heads)? Reads the heads alone, so it works
 * before the children lists exist, and stops after n steps on a parse
 * whose heads already loop. */
static int below(const sr_cs_sent *cs, int32_t k, int32_t a)
{
    for (uint32_t steps = 0; k >= 0 && steps < cs->n; steps++) {
        k = cs->head[k];
        if (k == a)
            return 1;
    }
    return 0;
}

static void hyphen_participle_repair(sr_cs_sent *cs)
{
    const sr_sentence *s = cs->s;
    int32_t n = (int32_t)cs->n;
    for (int32_t t = 2; t + 1 < n; t++) {
        int32_t w = t - 2, x = t + 1;
        const sr_token *tw = &s->tokens[w], *th = &s->tokens[t - 1], *tt = &s->tokens[t];
        const char *xu = s->tokens[x].upos;
        if (strcmp(cs->words[t - 1], "-") || tw->space_after || th->space_after || !tt->xpos ||
            (strcmp(tt->xpos, "VBN") && strcmp(tt->xpos, "VBD")) || cs->head[x] != t || !xu ||
            (strcmp(xu, "NOUN") && strcmp(xu, "PROPN")))
            continue;
        int32_t from = (cs->head[w] != t && cs->head[w] != x && cs->head[w] != t - 1) ? w : t;
        int32_t h = cs->head[from];
        /* The nominal takes h as its head, and the word, the hyphen and
         * the participle go below the nominal: h must not be one of them
         * or sit below one ("war-torn Marestan, its neighbour" with
         * "war" hung on "neighbour"; a hyphen made the participle's
         * head), or the heads would loop and the whole sentence go
         * uncoded. */
        int loops = 0;
        const int32_t moved[] = {x, t, w, t - 1};
        for (size_t k = 0; k < sizeof moved / sizeof *moved; k++)
            loops |= h == moved[k] || below(cs, h, moved[k]);
        if (loops)
            continue;
        uint8_t r = cs->rel[from];
        if (from == w)
            for (int32_t k = 0; k < w; k++)
                if (cs->head[k] == w &&
                    (cs->rel[k] == SR_CS_CASE || cs->rel[k] == SR_CS_DET || cs->rel[k] == SR_CS_AMOD))
                    cs->head[k] = x;
        cs->head[x] = h;
        cs->rel[x] = r;
        cs->head[t] = x;
        cs->rel[t] = SR_CS_AMOD;
        cs->head[w] = t;
        cs->rel[w] = SR_CS_COMPOUND;
        cs->head[t - 1] = t;
        cs->rel[t - 1] = SR_CS_PUNCT;
    }
}

/* Is token i followed by an amount ("US $50 million", "US 50 cents")? Then
 * "US" only says which dollars. */
static int currency_after(const sr_sentence *s, uint32_t i)
{
    if (i + 1 >= s->ntokens || !s->tokens[i + 1].form)
        return 0;
    const char *f = s->tokens[i + 1].form;
    return f[0] == '$' || isdigit((unsigned char)f[0]);
}

static const char *upper_copy(sr_arena *a, const char *s)
{
    size_t n = strlen(s);
    char *u = sr_arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++)
        u[i] = (char)toupper((unsigned char)s[i]);
    return u;
}

/* Without lemmas (sitrep's parser does not predict them) a plural noun
 * still matches its singular pattern word: EFFORTS -> EFFORT, ALLIES ->
 * ALLY, TAXES -> TAX. Regular plurals only; "" when not a plural noun. */
static const char *plural_stem(sr_arena *a, const sr_token *t, const char *up)
{
    size_t n = strlen(up);
    int plural = t->xpos ? (!strcmp(t->xpos, "NNS") || !strcmp(t->xpos, "NNPS"))
                         : (t->upos && !strcmp(t->upos, "NOUN"));
    if (!plural || n < 4 || up[n - 1] != 'S' || up[n - 2] == 'S')
        return "";
    char *s = sr_arena_strndup(a, up, n - 1);
    if (n > 4 && up[n - 2] == 'E' && up[n - 3] == 'I') {
        s[n - 3] = 'Y';
        s[n - 2] = 0;
    } else if (n > 4 && up[n - 2] == 'E' &&
               (up[n - 3] == 'X' || up[n - 3] == 'S' || up[n - 3] == 'Z' ||
                (up[n - 3] == 'H' && (up[n - 4] == 'C' || up[n - 4] == 'S')))) {
        s[n - 2] = 0;
    }
    return s;
}

static uint32_t prefix_bit(const char *w)
{
    uint32_t a = (uint8_t)w[0], b = a ? (uint8_t)w[1] : 0;
    return (a * 31u + b) & (SR_CS_PREFIX_BITS - 1);
}

static void set_add(sr_cs_sent *cs, const char *w)
{
    if (!*w)
        return;
    uint32_t p = prefix_bit(w);
    cs->prefixes[p >> 3] |= (uint8_t)(1u << (p & 7));
    uint32_t h = word_hash(w), i = h & cs->wordset_mask;
    while (cs->wordset[i] && cs->wordset[i] != h)
        i = (i + 1) & cs->wordset_mask;
    cs->wordset[i] = h;
}

int sr_coder_sent_has_word(const sr_cs_sent *cs, const char *w)
{
    uint32_t p = prefix_bit(w);
    if (!(cs->prefixes[p >> 3] & (1u << (p & 7))))
        return 0;
    uint32_t h = word_hash(w), i = h & cs->wordset_mask;
    while (cs->wordset[i]) {
        if (cs->wordset[i] == h)
            return 1;
        i = (i + 1) & cs->wordset_mask;
    }
    return 0;
}

static int upos_is(const sr_token *t, const char *u)
{
    return t->upos && !strcmp(t->upos, u);
}

/* "paid compensation to 67 elderly British nationals", "granted asylum to
 * 18 Rwandan rebels": sitrep's parser often hangs the preposition on the
 * number, makes the number the prepositional noun and the noun after it a
 * second object. A number is not what a preposition governs when a noun
 * follows it: the noun takes the number's place (its head and relation,
 * and the preposition), and the number counts it (nummod). Left alone:
 * "more than 11,000 people" (than), ranges ("three to five years": a
 * number before the preposition), a noun that is not an object or a bare
 * noun oblique (a subject, a complement, one with a preposition of its
 * own), words between that are not the noun's modifiers, and any change
 * that would make a cycle. */
static void number_after_preposition(sr_cs_sent *cs)
{
    const sr_token *tk = cs->s->tokens;
    int32_t n = (int32_t)cs->n;
    for (int32_t p = 0; p < n; p++) {
        int32_t t = cs->head[p];
        if (cs->rel[p] != SR_CS_CASE || t <= p || !upos_is(&tk[t], "NUM") ||
            sr_coder_word_eq("THAN", cs->words[p]) ||
            (cs->rel[t] != SR_CS_NMOD && cs->rel[t] != SR_CS_OBL) ||
            (p > 0 && upos_is(&tk[p - 1], "NUM")))
            continue;
        int ok = 1;
        for (int32_t k = p + 1; k < t; k++)
            ok = ok && upos_is(&tk[k], "ADV");
        /* The noun after the number: the last of a run of modifiers and
         * nouns ("five Panamanian army officers"). */
        int32_t h = -1;
        for (int32_t k = t + 1; ok && k < n; k++) {
            if (upos_is(&tk[k], "NOUN") || upos_is(&tk[k], "PROPN")) {
                h = k;
                if (k + 1 < n && (upos_is(&tk[k + 1], "NOUN") || upos_is(&tk[k + 1], "PROPN")))
                    continue;
                break;
            }
            if (!upos_is(&tk[k], "ADJ") && !upos_is(&tk[k], "ADV"))
                break;
        }
        if (!ok || h < 0 || (cs->rel[h] != SR_CS_OBJ && cs->rel[h] != SR_CS_TMOD))
            continue;
        for (int32_t k = t + 1; k < h; k++)
            ok = ok && cs->head[k] > t && cs->head[k] <= h;
        for (int32_t k = 0; k < n; k++)
            ok = ok && !(cs->head[k] == h && cs->rel[k] == SR_CS_CASE);
        int32_t nh = cs->head[t] == h ? cs->head[h] : cs->head[t];
        if (!ok || nh < 0)
            continue;
        int guard = 0;
        for (int32_t u = nh; u >= 0 && guard++ <= n; u = cs->head[u])
            if (u == h)
                ok = 0;
        if (!ok)
            continue;
        cs->rel[h] = cs->rel[t];
        cs->head[h] = nh;
        cs->head[p] = h;
        cs->head[t] = h;
        cs->rel[t] = SR_CS_NUMMOD;
    }
}

/* "The US on Thursday rejected calls by ...", "A top U.S. official today
 * praised Haiti's efforts": sitrep's parser can read the past tense as an
 * adjective of the noun after it, which then carries the subject. A noun
 * with a subject before it and no copula, whose past-tense or participle
 * modifier stands between the two with nothing of the noun's own phrase
 * before it (no determiner, possessive or number: "his heightened
 * threats" is a phrase) and no hyphen ("a New York-based firm"), is that
 * verb's object: the verb takes the noun's place, the subject and the
 * noun, and the verbs coordinated with the noun ("... and said"). */
static void verb_read_as_modifier(sr_cs_sent *cs)
{
    const sr_token *tk = cs->s->tokens;
    int32_t n = (int32_t)cs->n;
    for (int32_t v = 1; v < n; v++) {
        int32_t h = cs->head[v];
        const char *x = tk[v].xpos;
        if (h <= v || !upos_is(&tk[v], "VERB") || !x ||
            (strcmp(x, "VBD") != 0 && strcmp(x, "VBN") != 0) ||
            (cs->rel[v] != SR_CS_AMOD && cs->rel[v] != SR_CS_ACL &&
             cs->rel[v] != SR_CS_COMPOUND) ||
            (!upos_is(&tk[h], "NOUN") && !upos_is(&tk[h], "PROPN")) ||
            !strcmp(cs->words[v - 1], "-"))
            continue;
        int32_t subj = -1, ok = 1;
        for (int32_t k = 0; k < n && ok; k++) {
            if (cs->head[k] != h || k == v)
                continue;
            sr_cs_rel r = (sr_cs_rel)cs->rel[k];
            if (r == SR_CS_COP)
                ok = 0;
            else if (r == SR_CS_NSUBJ && k < v)
                subj = k;
            else if (k < v && (r == SR_CS_DET || r == SR_CS_POSS || r == SR_CS_NUMMOD ||
                               r == SR_CS_AMOD || r == SR_CS_COMPOUND) && k > subj)
                ok = 0;
        }
        if (!ok || subj < 0)
            continue;
        for (int32_t k = 0; k < n; k++)
            if (cs->head[k] == h && (k == subj || (k > h && cs->rel[k] == SR_CS_CONJ &&
                                                   upos_is(&tk[k], "VERB"))))
                cs->head[k] = v;
        cs->head[v] = cs->head[h];
        cs->rel[v] = cs->rel[h];
        cs->head[h] = v;
        cs->rel[h] = SR_CS_OBJ;
    }
}

/* "Russian aircraft including helicopter gunships killed 46 Afghan
 * civilians", parsed with "aircraft" as the root and "killed" as a clause
 * on "gunships"; "Liberian riot police used tear gas ...", with "used" an
 * adjective of "gas": a sentence whose root is a noun with no subject and
 * no copula has a verb somewhere, and a verb without a subject of its own
 * that hangs on that noun or on a noun of its phrase (through nmod,
 * appos, conj or compound) as a modifier, relative clause, conjunct or
 * parataxis is it. A past tense (VBD) is taken first; a participle (VBN,
 * with no auxiliary) only when no finite verb (a tensed form, or one with
 * an auxiliary: "has crashed") without a subject of its own stands
 * elsewhere in the sentence. The verb becomes the root and
 * the noun its subject; verbs coordinated with the root noun after the
 * verb ("... donated and delivered") go with it, and the noun after a
 * verb read as its adjective becomes its object. */
static int own_subject(const sr_cs_sent *cs, int32_t v)
{
    for (int32_t k = 0; k < (int32_t)cs->n; k++)
        if (cs->head[k] == v && (cs->rel[k] == SR_CS_NSUBJ || cs->rel[k] == SR_CS_NSUBJPASS))
            return 1;
    return 0;
}

static int has_aux_child(const sr_cs_sent *cs, int32_t v)
{
    for (int32_t k = 0; k < (int32_t)cs->n; k++)
        if (cs->head[k] == v && (cs->rel[k] == SR_CS_AUX || cs->rel[k] == SR_CS_AUXPASS))
            return 1;
    return 0;
}

static int hangs_on_root_phrase(const sr_cs_sent *cs, int32_t v, int32_t r)
{
    sr_cs_rel rv = (sr_cs_rel)cs->rel[v];
    if (rv != SR_CS_ACL && rv != SR_CS_AMOD && rv != SR_CS_RELCL && rv != SR_CS_CONJ &&
        rv != SR_CS_PARATAXIS)
        return 0;
    int32_t t = cs->head[v];
    int guard = 0;
    while (t >= 0 && t != r && guard++ < 16 &&
           (cs->rel[t] == SR_CS_NMOD || cs->rel[t] == SR_CS_APPOS || cs->rel[t] == SR_CS_CONJ ||
            cs->rel[t] == SR_CS_COMPOUND))
        t = cs->head[t];
    return t == r;
}

static void verb_under_a_root_noun(sr_cs_sent *cs)
{
    const sr_token *tk = cs->s->tokens;
    int32_t n = (int32_t)cs->n, r = -1;
    for (int32_t k = 0; k < n; k++)
        if (cs->head[k] < 0) {
            r = k;
            break;
        }
    if (r < 0 || (!upos_is(&tk[r], "NOUN") && !upos_is(&tk[r], "PROPN")))
        return;
    for (int32_t k = 0; k < n; k++)
        if (cs->head[k] == r && (cs->rel[k] == SR_CS_COP || cs->rel[k] == SR_CS_NSUBJ ||
                                 cs->rel[k] == SR_CS_NSUBJPASS))
            return;
    int32_t v = -1;
    int finite_elsewhere = 0;
    for (int32_t k = r + 1; k < n; k++) {
        const char *x = tk[k].xpos;
        if (!upos_is(&tk[k], "VERB") || !x || own_subject(cs, k))
            continue;
        if (!strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") || has_aux_child(cs, k)) {
            if (!strcmp(x, "VBD") && hangs_on_root_phrase(cs, k, r)) {
                v = k;
                break;
            }
            finite_elsewhere = 1;
        }
    }
    for (int32_t k = r + 1; v < 0 && !finite_elsewhere && k < n; k++) {
        const char *x = tk[k].xpos;
        if (upos_is(&tk[k], "VERB") && x && !strcmp(x, "VBN") && !has_aux_child(cs, k) &&
            !own_subject(cs, k) &&
            cs->rel[k] != SR_CS_RELCL && cs->rel[k] != SR_CS_CONJ &&
            hangs_on_root_phrase(cs, k, r))
            v = k;
    }
    if (v < 0)
        return;
    for (int32_t k = v + 1; k < n; k++)
        if (cs->head[k] == r && cs->rel[k] == SR_CS_CONJ && upos_is(&tk[k], "VERB"))
            cs->head[k] = v;
    /* A modifier of the noun after it ("used tear gas") has that noun for
     * its object. */
    int32_t h = cs->head[v];
    if (h > v && h != r) {
        cs->head[h] = v;
        cs->rel[h] = SR_CS_OBJ;
    }
    cs->head[v] = -1;
    cs->rel[v] = SR_CS_ROOT;
    cs->head[r] = v;
    cs->rel[r] = SR_CS_NSUBJ;
}

/* "withdraw its troops from neighboring Lebanon": sitrep's tagger takes
 * "neighboring" for a verb, the preposition for its marker and the
 * country for its object. "neighboring" (or "neighbouring") hung so with
 * a proper noun right after it as its object is that noun's adjective:
 * the noun takes its place (head and relation), and the marker becomes the
 * noun's preposition. */
static void neighboring_is_an_adjective(sr_cs_sent *cs)
{
    const sr_token *tk = cs->s->tokens;
    int32_t n = (int32_t)cs->n;
    for (int32_t t = 0; t + 1 < n; t++) {
        int32_t o = t + 1;
        if (!(sr_coder_word_eq("NEIGHBORING", cs->words[t]) ||
              sr_coder_word_eq("NEIGHBOURING", cs->words[t])) ||
            !upos_is(&tk[t], "VERB") || cs->head[t] < 0 || cs->head[o] != t ||
            cs->rel[o] != SR_CS_OBJ || !upos_is(&tk[o], "PROPN"))
            continue;
        for (int32_t k = 0; k < n; k++)
            if (cs->head[k] == t && cs->rel[k] == SR_CS_MARK) {
                cs->head[k] = o;
                cs->rel[k] = SR_CS_CASE;
            }
        cs->head[o] = cs->head[t];
        cs->rel[o] = SR_CS_NMOD; /* an oblique when its head is a verb (below) */
        cs->head[t] = o;
        cs->rel[t] = SR_CS_AMOD;
    }
}

int sr_coder_sent_build(sr_cs_sent *cs, const sr_sentence *s, sr_arena *a, const char **why)
{
    uint32_t n = s->ntokens;
    memset(cs, 0, sizeof *cs);
    cs->s = s;
    cs->n = n;
    if (n == 0) {
        *why = "the sentence has no tokens";
        return -1;
    }
    cs->words = sr_arena_alloc(a, n * sizeof *cs->words);
    cs->head = sr_arena_alloc(a, n * sizeof *cs->head);
    cs->rel = sr_arena_alloc(a, n);
    cs->nominal = sr_arena_alloc(a, n);
    cs->kid_start = sr_arena_alloc(a, (n + 1) * sizeof *cs->kid_start);
    cs->kids = sr_arena_alloc(a, n * sizeof *cs->kids);
    cs->lo = sr_arena_alloc(a, n * sizeof *cs->lo);
    cs->hi = sr_arena_alloc(a, n * sizeof *cs->hi);
    cs->upper = sr_arena_alloc(a, n * sizeof *cs->upper);
    cs->ulemma = sr_arena_alloc(a, n * sizeof *cs->ulemma);
    uint32_t cap = 16;
    while (cap < 4 * n)
        cap *= 2;
    cs->wordset = sr_arena_alloc(a, cap * sizeof *cs->wordset);
    cs->wordset_mask = cap - 1;
    /* The synset memo is allocated by the pattern matcher when a sentence
     * first needs it: a sentence without a dictionary verb with patterns
     * (about one in eight of VOA news) never does, and clearing the memo
     * costs more than the rest of this view. */
    cs->synmemo = NULL;
    cs->synmemo_mask = 4 * cap - 1;
    label_memo lm = {0};
    int has_lower = sentence_has_lower(s);
    for (uint32_t i = 0; i < n; i++) {
        const sr_token *t = &s->tokens[i];
        cs->words[i] = t->form ? t->form : "";
        /* "US" in capitals is the United States ("Three US servicemen",
         * "a US offer"); the dictionaries cannot list it, since their
         * lookup ignores case and "us" is the pronoun. A text all in
         * capitals ("LET US PRAY") keeps it a word, and "US $50 million"
         * is money. */
        if (has_lower && !strcmp(cs->words[i], "US") && !currency_after(s, i))
            cs->words[i] = "U.S.";
        cs->upper[i] = upper_copy(a, cs->words[i]);
        cs->ulemma[i] = t->lemma && strcmp(t->lemma, "_") != 0
                            ? upper_copy(a, t->lemma)
                            : plural_stem(a, t, cs->upper[i]);
        set_add(cs, cs->upper[i]);
        set_add(cs, cs->ulemma[i]);
        if (t->head < 0 || t->head > (int32_t)n || !t->deprel) {
            *why = "the sentence has no dependency parse (head or relation missing)";
            return -1;
        }
        if (t->head == (int32_t)i + 1) {
            *why = "a token is its own head";
            return -1;
        }
        cs->head[i] = t->head - 1;
        cs->rel[i] = (uint8_t)memo_rel(&lm, t->deprel);
        cs->nominal[i] = (uint8_t)memo_nominal(&lm, t->upos);
    }
    hyphen_participle_repair(cs);
    closing_speaker_repair(cs);
    number_after_preposition(cs);
    neighboring_is_an_adjective(cs);
    verb_read_as_modifier(cs);
    verb_under_a_root_noun(cs);
    /* Children, in text order (counting sort by head). */
    for (uint32_t i = 0; i < n; i++)
        if (cs->head[i] >= 0)
            cs->kid_start[cs->head[i] + 1]++;
    for (uint32_t i = 0; i < n; i++)
        cs->kid_start[i + 1] += cs->kid_start[i];
    uint32_t *fill = sr_arena_alloc(a, n * sizeof *fill);
    for (uint32_t i = 0; i < n; i++)
        fill[i] = cs->kid_start[i];
    for (uint32_t i = 0; i < n; i++)
        if (cs->head[i] >= 0)
            cs->kids[fill[cs->head[i]]++] = i;
    /* Walk down from the roots: a token never reached sits on a cycle,
     * which would make every later climb loop. The walk's order, reversed,
     * visits children before their heads, so subtree spans come out in
     * one pass: O(n) however deep the tree. */
    uint32_t *order = fill, norder = 0;
    int32_t *stack = sr_arena_alloc(a, n * sizeof *stack);
    uint32_t sp = 0;
    for (uint32_t i = 0; i < n; i++)
        if (cs->head[i] < 0)
            stack[sp++] = (int32_t)i;
    while (sp) {
        int32_t t = stack[--sp];
        order[norder++] = (uint32_t)t;
        for (uint32_t k = cs->kid_start[t]; k < cs->kid_start[t + 1]; k++)
            stack[sp++] = (int32_t)cs->kids[k];
    }
    if (norder < n) {
        *why = "the dependency heads form a cycle";
        return -1;
    }
    for (uint32_t i = 0; i < n; i++)
        cs->lo[i] = cs->hi[i] = (int32_t)i;
    for (uint32_t k = n; k-- > 0;) {
        int32_t t = (int32_t)order[k], h = cs->head[t];
        if (h < 0)
            continue;
        if (cs->lo[t] < cs->lo[h])
            cs->lo[h] = cs->lo[t];
        if (cs->hi[t] > cs->hi[h])
            cs->hi[h] = cs->hi[t];
    }
    /* Relations that depend on the head or on the words. */
    for (uint32_t i = 0; i < n; i++) {
        int32_t h = cs->head[i];
        const char *hpos = h >= 0 ? s->tokens[h].upos : NULL;
        switch (cs->rel[i]) {
        case SR_CS_NMOD:
            if (h >= 0 && is_pred_pos(hpos))
                cs->rel[i] = SR_CS_OBL;
            break;
        case SR_CS_ADVMOD:
            /* "no longer grants" negates the verb as "does not grant"
             * does. */
            if (is_negator(cs->words[i]) ||
                (i > 0 && sr_coder_word_eq("LONGER", cs->words[i]) &&
                 sr_coder_word_eq("NO", cs->words[i - 1])) ||
                yet_to_come(cs, (int32_t)i))
                cs->rel[i] = SR_CS_NEG;
            break;
        case SR_CS_CSUBJ:
            /* "it is prepared to impose martial law" parsed with the
             * infinitive as a clausal subject of "prepared": a clausal
             * subject comes before its predicate, and these adjectives
             * take their infinitive as a complement. Read it so, and it
             * borrows the subject and is an intention (intent.c). */
            if (h >= 0 && (int32_t)i > h && is_readiness_adj(cs->words[h]) &&
                has_to_mark(cs, (int32_t)i))
                cs->rel[i] = SR_CS_XCOMP;
            break;
        default:
            break;
        }
    }
    /* "NATO-member Norway is willing ...", parsed with two subjects:
     * "NATO" with a hyphen after it only describes the other subject. */
    for (uint32_t i = 0; i + 2 < n; i++) {
        int32_t h = cs->head[i];
        if (cs->rel[i] != SR_CS_NSUBJ || h < 0 || strcmp(cs->words[i + 1], "-") != 0)
            continue;
        for (uint32_t k = cs->kid_start[h]; k < cs->kid_start[h + 1]; k++) {
            uint32_t c = cs->kids[k];
            if (c > i + 2 && cs->rel[c] == SR_CS_NSUBJ && (int32_t)c < h) {
                cs->rel[i] = SR_CS_COMPOUND;
                break;
            }
        }
    }
    /* "killed by X": the by-phrase of a passive names the doer. */
    for (uint32_t i = 0; i < n; i++) {
        int32_t h = cs->head[i];
        if (cs->rel[i] != SR_CS_OBL || h < 0)
            continue;
        int32_t c = sr_coder_case_of(cs, (int32_t)i);
        if (c >= 0 && sr_coder_word_eq("BY", cs->words[c]) &&
            (is_passive_verb(cs, h) || (cs->rel[h] == SR_CS_ACL && s->tokens[h].xpos &&
                                        !strcmp(s->tokens[h].xpos, "VBN"))))
            cs->rel[i] = SR_CS_AGENT;
    }
    /* An agent label with no "by" is a parser slip: "forced out more than
     * 1,000 refugees" with the refugees as obl:agent. Without a
     * preposition the noun is the verb's object (when it has none) or a
     * plain oblique; with another preposition, an oblique. */
    for (uint32_t i = 0; i < n; i++) {
        int32_t h = cs->head[i];
        if (cs->rel[i] != SR_CS_AGENT || h < 0)
            continue;
        int32_t c = sr_coder_case_of(cs, (int32_t)i);
        if (c >= 0 && sr_coder_word_eq("BY", cs->words[c]))
            continue;
        cs->rel[i] = c < 0 && (int32_t)i > h && sr_coder_child(cs, h, SR_CS_OBJ) < 0
                         ? SR_CS_OBJ
                         : SR_CS_OBL;
    }
    sr_coder_attribution_mark(cs, a);
    sr_coder_heading_mark(cs);
    return 0;
}
