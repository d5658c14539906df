/* relabel.c - repairs of the finished parse that the labeller and the
 * greedy parser get wrong in news, each checked against UD's own
 * definitions of the relations.
 *
 * An agent needs its "by" ("shot dead in Osgiliath, the state's fiercest
 * foe"). After a passive participle the labeller often calls a noun
 * phrase set off by a comma or far to the right the passive's agent
 * (obl:agent) although no "by" introduces it: an apposition, the subject
 * of a trailing "a senior official said", a second object ("was granted
 * residency status"). The coder takes an agent for the doer of the
 * passive, so the doer became the apposition or the speaker. UD gives
 * obl:agent (nmod:agent in v1) only to a phrase marked by "by"; without a
 * "by" among its dependents it is relabelled as a plain oblique (nmod).
 *
 * A name before its verb is its subject ("The United Nations has sent 40
 * observers"). The parser sometimes hangs a proper name that opens a
 * clause on the verb as a compound, the verb then has no subject, and the
 * coder no source. A noun or pronoun labelled compound left of a finite
 * verb (or one with an auxiliary) that has no subject, whose phrase ends
 * right before the verb (its auxiliaries and adverbs may sit between) and
 * opens the clause (after nothing, punctuation or a conjunction), becomes
 * the verb's subject (nsubj:pass with a passive auxiliary); a determiner
 * or adjective of the phrase that was hung on the verb moves to it. On
 * EWT a compound before a verb is mostly right ("smoking needs", a noun
 * tagged as a verb), and these conditions leave all of EWT test and dev
 * as it was.
 *
 * "was heavily and unjustly criticized": the parser makes the first
 * adverb the head of the clause, with "was" as its copula, the subject on
 * it and the participle as its conjunct, so the verb has no subject. In
 * the tight pattern be + ADV + CCONJ + ADV + participle (a past tense
 * there is a participle), the participle takes the adverb's place, the
 * adverb becomes its advmod with the second adverb as its conjunct, and
 * the adverb's dependents move to the participle: the copula as aux:pass,
 * the subject as nsubj:pass.
 *
 * "Mordor, the Shire, Arnor and Bree welcomed ...": the labeller read the
 * second member of a list of names as an object of the first. A noun
 * labelled obj, iobj or nsubj of a noun before it, with a comma right
 * before its phrase and a conjunct of the same head after it, is a member
 * of that list (conj).
 *
 * "Bree Prime Minister Romendacil won't ...": the parser made the country
 * the subject and the name its object. A proper noun labelled obj or
 * iobj of a proper noun before it, with only capitalised words of its own
 * phrase between them, belongs to that name: right after it, it is its
 * flat part ("Janusz Bugajski"); with a title between, it heads the
 * phrase in the first one's place and the first becomes its compound.
 *
 * A full verb is no auxiliary ("The government will abandon failed
 * policies": "abandon" came out as the passive auxiliary of "failed").
 * A word tagged VERB, none of the auxiliaries of English, labelled aux,
 * aux:pass or cop of the participle right after it, where that participle
 * has an object with nothing but the object's own phrase between them,
 * heads the clause: it takes the participle's place and dependents (a
 * passive subject becomes a plain one), the object becomes its object,
 * and the participle an adjective of the object.
 *
 * "along with Eric Ogola", "of Gonzo GMO": the parser put the preposition
 * on the first word of a two-word name and hung that word on the second
 * as an oblique, the second elsewhere (as a second object of the verb).
 * A proper noun with a case preposition, labelled obl or nmod of the
 * proper noun right after it, is the first word of that name: the second
 * heads it and takes the preposition and the first word's modifiers. A
 * name so marked is no core argument: after "of" it modifies the noun
 * before the "of", otherwise it is an oblique.
 *
 * "West German world government activists": an apposition is set off by
 * punctuation. A word labelled appos with none between it and its head,
 * where that head is a modifier (compound, amod) of the word right after
 * the apposition, is one more compound of that word.
 *
 * "have cordoned off for construction the roads leading into Mordor": a
 * long object after the verb's obliques was left under the final full
 * stop as its subject. A noun labelled obj or nsubj of a punctuation mark
 * whose head is a verb to the noun's left, with no punctuation or
 * subordinator between verb and noun and no object, ccomp or xcomp on the
 * verb, is the verb's object (its subject when the verb has none). */
#include "nlp/parser.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static int has_child_form(const sr_token *tokens, uint32_t n, uint32_t h, const char *form)
{
    for (uint32_t k = 0; k < n; k++)
        if (tokens[k].head == (int32_t)h + 1 && tokens[k].form &&
            !strcasecmp(tokens[k].form, form))
            return 1;
    return 0;
}

static void fix_agents(sr_token *tokens, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        const char *d = tokens[i].deprel;
        int obl = d && !strcmp(d, "obl:agent"), nmod = d && !strcmp(d, "nmod:agent");
        if ((obl || nmod) && !has_child_form(tokens, n, i, "by"))
            tokens[i].deprel = obl ? "obl" : "nmod";
    }
}

static int is_rel(const char *d, const char *r)
{
    return d && !strcmp(d, r);
}

/* Is word k (0-based) inside the subtree of word x? */
static int under(const sr_token *tokens, uint32_t n, uint32_t k, uint32_t x)
{
    int32_t h = (int32_t)k + 1;
    for (uint32_t guard = 0; h > 0 && guard <= n; guard++, h = tokens[h - 1].head)
        if (h == (int32_t)x + 1)
            return 1;
    return 0;
}

static void fix_subjects(sr_token *tokens, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        sr_token *t = &tokens[i];
        if (!is_rel(t->deprel, "compound") || !t->upos ||
            (strcmp(t->upos, "NOUN") != 0 && strcmp(t->upos, "PROPN") != 0 &&
             strcmp(t->upos, "PRON") != 0) ||
            t->head < 1 || (uint32_t)t->head <= i + 1)
            continue;
        uint32_t v = (uint32_t)t->head - 1;
        const sr_token *vt = &tokens[v];
        if (!vt->upos || strcmp(vt->upos, "VERB") != 0 || !vt->xpos)
            continue;
        int finite = !strcmp(vt->xpos, "VBD") || !strcmp(vt->xpos, "VBZ") ||
                     !strcmp(vt->xpos, "VBP"), subject = 0, passive = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (tokens[k].head != (int32_t)v + 1)
                continue;
            const char *d = tokens[k].deprel;
            subject |= d && (!strncmp(d, "nsubj", 5) || !strncmp(d, "csubj", 5));
            passive |= is_rel(d, "aux:pass");
            finite |= d && !strncmp(d, "aux", 3);
        }
        if (!finite || subject)
            continue;
        /* The phrase ends right before the verb (auxiliaries and adverbs
         * of the verb may sit between) and opens the clause: nothing or
         * punctuation or a conjunction comes before it. */
        uint32_t lo = i, hi = i;
        for (uint32_t k = 0; k < n; k++)
            if (under(tokens, n, k, i)) {
                lo = k < lo ? k : lo;
                hi = k > hi ? k : hi;
            }
        int adjacent = 1;
        for (uint32_t k = hi + 1; k < v && adjacent; k++)
            adjacent = tokens[k].head == (int32_t)v + 1 &&
                       (is_rel(tokens[k].deprel, "aux") || is_rel(tokens[k].deprel, "aux:pass") ||
                        is_rel(tokens[k].deprel, "advmod"));
        /* A determiner or modifier of the phrase that the parser hung on
         * the verb ("The" of "The United Nations has sent") opens it. */
        uint32_t open = lo;
        while (open > 0 && tokens[open - 1].head == (int32_t)v + 1 &&
               (is_rel(tokens[open - 1].deprel, "det") ||
                is_rel(tokens[open - 1].deprel, "amod")))
            open--;
        const char *before = open > 0 ? tokens[open - 1].upos : NULL;
        if (!adjacent || (before && strcmp(before, "PUNCT") != 0 && strcmp(before, "CCONJ") != 0 &&
                          strcmp(before, "SCONJ") != 0))
            continue;
        for (uint32_t k = open; k < lo; k++)
            tokens[k].head = (int32_t)i + 1;
        t->deprel = passive ? "nsubj:pass" : "nsubj";
    }
}

static int is_be(const char *w)
{
    static const char *const be[] = {"be", "is", "are", "was", "were", "been", "being", "am",
                                     "'s", "'re", "'m"};
    for (size_t k = 0; k < sizeof be / sizeof *be; k++)
        if (w && !strcasecmp(w, be[k]))
            return 1;
    return 0;
}

static void fix_adverb_pairs(sr_token *tokens, uint32_t n)
{
    for (uint32_t a = 0; a < n; a++) {
        sr_token *at = &tokens[a];
        if (!at->upos || strcmp(at->upos, "ADV") != 0)
            continue;
        /* Only the tight pattern "was ADV and ADV VBN", read as the adverb
         * with a coordinator, a second adverb and the participle as its
         * conjunct: "is well and has landed a job" joins two clauses. */
        uint32_t cc = a + 1, c = a + 3;
        if (c >= n || !is_rel(tokens[cc].deprel, "cc") || !tokens[cc].upos ||
            strcmp(tokens[cc].upos, "CCONJ") != 0 || !tokens[a + 2].upos ||
            strcmp(tokens[a + 2].upos, "ADV") != 0 || tokens[c].head != (int32_t)a + 1 ||
            !is_rel(tokens[c].deprel, "conj") || !tokens[c].upos ||
            strcmp(tokens[c].upos, "VERB") != 0 || !tokens[c].xpos ||
            (strcmp(tokens[c].xpos, "VBN") != 0 && strcmp(tokens[c].xpos, "VBD") != 0))
            continue;
        int be = 0;
        for (uint32_t k = 0; k < a; k++)
            be |= tokens[k].head == (int32_t)a + 1 && is_rel(tokens[k].deprel, "cop") &&
                  is_be(tokens[k].form);
        if (!be)
            continue;
        /* The participle heads the clause; the first adverb modifies it
         * and the second, right before it, joins the first. */
        int32_t ah = (int32_t)a + 1, ch = (int32_t)c + 1;
        tokens[c].head = at->head;
        tokens[c].deprel = at->deprel;
        tokens[c].xpos = "VBN"; /* after "was": a participle, not a past tense */
        at->head = ch;
        at->deprel = "advmod";
        for (uint32_t k = 0; k < n; k++) {
            if (tokens[k].head != ah || k == c)
                continue;
            tokens[k].head = ch;
            if (is_rel(tokens[k].deprel, "cop"))
                tokens[k].deprel = "aux:pass";
            else if (is_rel(tokens[k].deprel, "nsubj"))
                tokens[k].deprel = "nsubj:pass";
        }
        uint32_t second = c;
        for (uint32_t k = cc + 1; k < c; k++)
            if (tokens[k].head == ch && is_rel(tokens[k].deprel, "advmod") && tokens[k].upos &&
                !strcmp(tokens[k].upos, "ADV"))
                second = k;
        if (second < c) {
            tokens[second].head = ah;
            tokens[second].deprel = "conj";
            tokens[cc].head = (int32_t)second + 1;
        }
    }
}

static int nominal(const sr_token *t)
{
    return t->upos && (!strcmp(t->upos, "NOUN") || !strcmp(t->upos, "PROPN"));
}

static void fix_lists(sr_token *tokens, uint32_t n)
{
    for (uint32_t d = 2; d < n; d++) {
        sr_token *t = &tokens[d];
        if (!(is_rel(t->deprel, "obj") || is_rel(t->deprel, "iobj") ||
              is_rel(t->deprel, "nsubj")) ||
            !nominal(t) || t->head < 1 || (uint32_t)t->head > d)
            continue;
        uint32_t h = (uint32_t)t->head - 1;
        if (!nominal(&tokens[h]))
            continue;
        /* The comma right before the member's phrase. */
        uint32_t lo = d;
        while (lo > h + 1 && under(tokens, n, lo - 1, d))
            lo--;
        if (lo == 0 || !tokens[lo - 1].form || strcmp(tokens[lo - 1].form, ",") != 0)
            continue;
        int later = 0;
        for (uint32_t k = d + 1; k < n && !later; k++)
            later = tokens[k].head == (int32_t)h + 1 && is_rel(tokens[k].deprel, "conj");
        if (later)
            t->deprel = "conj";
    }
}

static int proper(const sr_token *t)
{
    return t->upos && !strcmp(t->upos, "PROPN");
}

static void fix_names(sr_token *tokens, uint32_t n)
{
    for (uint32_t y = 1; y < n; y++) {
        sr_token *t = &tokens[y];
        if (!(is_rel(t->deprel, "obj") || is_rel(t->deprel, "iobj")) || !proper(t) ||
            t->head < 1 || (uint32_t)t->head > y)
            continue;
        uint32_t x = (uint32_t)t->head - 1;
        if (!proper(&tokens[x]))
            continue;
        /* Every word between the two is a capitalised part of the
         * second's phrase: one name ("Bree Prime Minister Romendacil"). */
        int one = 1;
        for (uint32_t k = x + 1; k < y && one; k++)
            one = under(tokens, n, k, y) && tokens[k].form &&
                  isupper((unsigned char)tokens[k].form[0]) && tokens[k].upos &&
                  strcmp(tokens[k].upos, "PUNCT") != 0;
        if (!one)
            continue;
        if (y == x + 1) {
            t->deprel = "flat"; /* "Janusz Bugajski": UD heads a name on its first word */
            continue;
        }
        t->head = tokens[x].head;
        t->deprel = tokens[x].deprel;
        for (uint32_t k = 0; k < n; k++)
            if (k != y && tokens[k].head == (int32_t)x + 1)
                tokens[k].head = (int32_t)y + 1;
        tokens[x].head = (int32_t)y + 1;
        tokens[x].deprel = "compound";
    }
}

/* Has word h (0-based) a preposition (ADP labelled case) before it? */
static int has_case(const sr_token *tokens, uint32_t n, uint32_t h)
{
    for (uint32_t k = 0; k < h && k < n; k++)
        if (tokens[k].head == (int32_t)h + 1 && is_rel(tokens[k].deprel, "case") &&
            tokens[k].upos && !strcmp(tokens[k].upos, "ADP"))
            return 1;
    return 0;
}

static void fix_split_names(sr_token *tokens, uint32_t n)
{
    for (uint32_t x = 0; x + 1 < n; x++) {
        sr_token *xt = &tokens[x], *yt = &tokens[x + 1];
        if (!proper(xt) || !proper(yt) || xt->head != (int32_t)x + 2 || !xt->deprel ||
            (strncmp(xt->deprel, "obl", 3) != 0 && strncmp(xt->deprel, "nmod", 4) != 0) ||
            !has_case(tokens, n, x))
            continue;
        /* "with Eric Ogola", "of Gonzo GMO": the preposition and the
         * first name's modifiers belong to the whole name, which the
         * second word heads. */
        for (uint32_t k = 0; k < n; k++)
            if (tokens[k].head == (int32_t)x + 1)
                tokens[k].head = (int32_t)x + 2;
        xt->deprel = "compound";
        if (!(is_rel(yt->deprel, "obj") || is_rel(yt->deprel, "iobj") ||
              is_rel(yt->deprel, "nsubj") || is_rel(yt->deprel, "nsubj:pass")) ||
            yt->head < 1)
            continue;
        /* Now marked by a preposition, the name is no core argument: an
         * "of" phrase modifies the noun right before the "of", any other
         * is an oblique of its head. */
        uint32_t lo = x;
        while (lo > 0 && under(tokens, n, lo - 1, x + 1))
            lo--;
        const sr_token *before = lo > 0 ? &tokens[lo - 1] : NULL;
        if (tokens[lo].form && !strcasecmp(tokens[lo].form, "of") && before &&
            nominal(before)) {
            /* word lo - 1 (1-based lo), outside the name's subtree as the
             * walk above stopped there: no cycle */
            yt->head = (int32_t)lo;
            yt->deprel = "nmod";
        } else {
            const sr_token *ht = &tokens[yt->head - 1];
            yt->deprel = ht->upos && !strcmp(ht->upos, "VERB") ? "obl" : "nmod";
        }
    }
}

static void fix_prenominal_appositions(sr_token *tokens, uint32_t n)
{
    for (uint32_t g = 1; g + 1 < n; g++) {
        sr_token *gt = &tokens[g];
        if (!is_rel(gt->deprel, "appos") || !nominal(gt) || !nominal(&tokens[g + 1]) ||
            gt->head < 1 || (uint32_t)gt->head > g)
            continue;
        uint32_t h = (uint32_t)gt->head - 1;
        if (!(is_rel(tokens[h].deprel, "compound") || is_rel(tokens[h].deprel, "amod")) ||
            tokens[h].head != (int32_t)g + 2)
            continue;
        /* An apposition is set off by punctuation; between two modifiers
         * of the next noun with none ("West German world government
         * activists") the word is one more modifier of that noun. */
        int bare = 1;
        for (uint32_t k = h + 1; k < g && bare; k++)
            bare = !tokens[k].upos || strcmp(tokens[k].upos, "PUNCT") != 0;
        if (!bare)
            continue;
        gt->head = (int32_t)g + 2;
        gt->deprel = "compound";
    }
}

static void fix_heavy_objects(sr_token *tokens, uint32_t n)
{
    for (uint32_t x = 1; x < n; x++) {
        sr_token *xt = &tokens[x];
        if (!(is_rel(xt->deprel, "obj") || is_rel(xt->deprel, "nsubj")) || !nominal(xt) ||
            xt->head < 1)
            continue;
        const sr_token *pt = &tokens[xt->head - 1];
        if (!pt->upos || strcmp(pt->upos, "PUNCT") != 0 || pt->head < 1 ||
            (uint32_t)pt->head > x)
            continue;
        uint32_t v = (uint32_t)pt->head - 1;
        const sr_token *vt = &tokens[v];
        if (!vt->upos || strcmp(vt->upos, "VERB") != 0)
            continue;
        /* Nothing between the verb and the noun ends the clause or opens
         * another: no punctuation, no subordinator. */
        int open = 1;
        for (uint32_t k = v + 1; k < x && open; k++)
            open = tokens[k].upos && strcmp(tokens[k].upos, "PUNCT") != 0 &&
                   strcmp(tokens[k].upos, "SCONJ") != 0;
        int subject = 0, passive = 0, object = 0;
        for (uint32_t k = 0; k < n && open; k++) {
            if (tokens[k].head != (int32_t)v + 1)
                continue;
            const char *d = tokens[k].deprel;
            subject |= d && (!strncmp(d, "nsubj", 5) || !strncmp(d, "csubj", 5));
            passive |= is_rel(d, "aux:pass");
            object |= is_rel(d, "obj") || is_rel(d, "ccomp") || is_rel(d, "xcomp");
        }
        if (!open || object)
            continue;
        /* "have cordoned off for construction the roads leading into ...":
         * a long object after the verb's obliques, which the parser left
         * to a punctuation mark. A verb without a subject takes it as one
         * ("..., said Casey Dexter-Lee, an educator"). */
        xt->head = (int32_t)v + 1;
        xt->deprel = subject ? "obj" : passive ? "nsubj:pass" : "nsubj";
    }
}

static int is_auxiliary(const char *w)
{
    static const char *const aux[] = {"have", "has", "had", "having", "'ve", "'d", "do",
                                      "does", "did", "will", "would", "shall", "should",
                                      "can", "could", "may", "might", "must", "'ll", "wo",
                                      "ca", "ought", "get", "gets", "got", "getting",
                                      "gotten"};
    if (is_be(w))
        return 1;
    for (size_t k = 0; k < sizeof aux / sizeof *aux; k++)
        if (w && !strcasecmp(w, aux[k]))
            return 1;
    return 0;
}

static void fix_false_auxiliaries(sr_token *tokens, uint32_t n)
{
    for (uint32_t v = 0; v + 2 < n; v++) {
        sr_token *vt = &tokens[v], *ht = &tokens[v + 1];
        if (!(is_rel(vt->deprel, "aux") || is_rel(vt->deprel, "aux:pass") ||
              is_rel(vt->deprel, "cop")) ||
            !vt->upos || strcmp(vt->upos, "VERB") != 0 || is_auxiliary(vt->form) ||
            vt->head != (int32_t)v + 2 || !ht->upos || strcmp(ht->upos, "VERB") != 0 ||
            !ht->xpos || (strcmp(ht->xpos, "VBN") != 0 && strcmp(ht->xpos, "VBD") != 0))
            continue;
        /* The participle's object, with nothing but its own phrase
         * between them: "abandon failed policies". */
        uint32_t o = n;
        for (uint32_t k = v + 2; k < n && o == n; k++)
            if (tokens[k].head == (int32_t)v + 2 && is_rel(tokens[k].deprel, "obj"))
                o = k;
        int inside = o < n;
        for (uint32_t k = v + 2; k < o && inside; k++)
            inside = under(tokens, n, k, o);
        if (!inside)
            continue;
        int32_t vh = (int32_t)v + 1, hh = (int32_t)v + 2;
        vt->head = ht->head;
        vt->deprel = ht->deprel;
        for (uint32_t k = 0; k < n; k++) {
            if (tokens[k].head != hh || k == o)
                continue;
            tokens[k].head = vh;
            if (is_rel(tokens[k].deprel, "nsubj:pass"))
                tokens[k].deprel = "nsubj";
        }
        tokens[o].head = vh;
        ht->head = (int32_t)o + 1;
        ht->deprel = "amod";
    }
}

/* The repairs search subtrees word by word, quadratic or worse in the
 * sentence length; a "sentence" of more words than this is a table or a
 * list run together, not prose they were written for. */
enum { MAX_WORDS = 1000 };

void sr_parse_relabel(sr_token *tokens, uint32_t n)
{
    if (n > MAX_WORDS)
        return;
    fix_agents(tokens, n);
    fix_subjects(tokens, n);
    fix_adverb_pairs(tokens, n);
    fix_lists(tokens, n);
    fix_names(tokens, n);
    fix_false_auxiliaries(tokens, n);
    fix_split_names(tokens, n);
    fix_prenominal_appositions(tokens, n);
    fix_heavy_objects(tokens, n);
}
