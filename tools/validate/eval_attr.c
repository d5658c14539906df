/* eval_attr.c - how well sitrep attaches place, date and casualty figures
 * to the events it codes, measured on a hand-annotated gold set (issue 6).
 *
 *   eval_attr [-v] [--data DIR] [--gazetteer FILE] [dictionary options]
 *             [ARTICLES.jsonl [GOLD.tsv]]
 *
 * ARTICLES (default eval/attributes/articles.jsonl) holds news records with
 * "id", "date" (the publication date) and "text"; GOLD (default
 * eval/attributes/gold.tsv) the expected attributes of their events, one
 * row per event: article, 0-based sentence, the event verb's word, then
 * location, date, killed and injured. The format is specified in
 * eval/attributes/README.md. Every article is coded with the dictionaries
 * given as in `sitrep code` (without any, sitrep's own set in DIR/dict)
 * and with de-duplication off, so each coded clause is scored. A coded
 * event matches a gold row when it has the row's sentence and its verb
 * token is the row's word. A gold event with no match is "not coded" and
 * is counted apart, never as an attribute error. Printed:
 *
 *   eval-attr: articles A, sentences S, gold events G, coded C, not coded N; coded events E
 *   location: X/L (x.x%) right city or admin1       (or: not available (why))
 *   date: X/D (x.x%) exact day; vague X/V right precision; undated X/U kept the publication date
 *   killed: X/K (x.x%) exact
 *   injured: X/I (x.x%) exact
 *   spurious: X/E (x.x%) coded events with a figure the text does not state
 *   readers-date, readers-killed, readers-injured, readers-spurious: the
 *   same, for src/attr's date and toll readers called on every gold
 *   event's verb, coded or not (spurious then over the gold events)
 *
 * Counting is in eval/attributes/README.md. -v lists every miss with its
 * sentence, the gold events not coded and the coded events not in the
 * gold. Exit status: 0; 1 when a gold row does not fit the articles (an
 * unknown article, a sentence or verb word that is not there; each is
 * reported); 2 when the gold or the articles cannot be read or are
 * malformed, or the dictionaries cannot be loaded. When the models cannot
 * be loaded the first line says "skipped" and the status is 0, as for
 * plover_gsr. */
#include "sitrep.h"
#include "engine_args.h"

#include "attr/dates.h"
#include "attr/tolls.h"
#include "base/alloc.h"
#include "base/file.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { EXIT_MISFIT = 1, EXIT_UNREADABLE = 2 };

/* ------------------------------------------------------------ gold rows */

/* A casualty figure as the gold states it. */
typedef struct figure {
    int stated;               /* 0: the text gives none ("-") */
    int32_t value, low, high; /* low/high -1 unless "N+" or "N-M" */
} figure;

typedef enum date_kind { DATE_NONE, DATE_PUBDATE, DATE_STATED } date_kind;

typedef struct gold_row {
    size_t line;
    char *article;
    uint32_t sent;
    char *verb;               /* NULL for a sentence row ("*") */
    uint32_t occurrence;      /* "word#2": the second such word; 1 otherwise */
    char *loc_name, *loc_admin1, *loc_country; /* NULL: no place ("-");
                                                  admin1 NULL for a country */
    date_kind date;
    int32_t ymd;
    char precision[8];
    figure killed, injured;
    int seen;                 /* its article was read */
} gold_row;

typedef struct gold {
    gold_row *rows;
    size_t n, cap;
    const char *file;
} gold;

static void gold_free(gold *g)
{
    for (size_t i = 0; i < g->n; i++) {
        free(g->rows[i].article);
        free(g->rows[i].verb);
        free(g->rows[i].loc_name);
        free(g->rows[i].loc_admin1);
        free(g->rows[i].loc_country);
    }
    free(g->rows);
}

/* Reads "-", "N", "N+" or "N-M" into f; 0 on success. */
static int parse_figure(const char *s, figure *f)
{
    f->stated = 0;
    f->value = f->low = f->high = -1;
    if (!strcmp(s, "-"))
        return 0;
    char *end;
    if (!isdigit((unsigned char)s[0]))
        return -1;
    long a = strtol(s, &end, 10);
    if (a > 100000000L)
        return -1;
    f->stated = 1;
    f->value = (int32_t)a;
    if (*end == 0)
        return 0;
    if (end[0] == '+' && end[1] == 0) {
        f->low = f->value;
        return 0;
    }
    if (end[0] == '-' && isdigit((unsigned char)end[1])) {
        long b = strtol(end + 1, &end, 10);
        if (*end != 0 || b < a || b > 100000000L)
            return -1;
        f->low = f->value;
        f->high = (int32_t)b;
        return 0;
    }
    return -1;
}

/* Reads "pubdate", "YYYY-MM-DD/PRECISION" or, for a sentence row, "-". */
static int parse_date(const char *s, gold_row *r)
{
    if (!strcmp(s, "pubdate")) {
        r->date = DATE_PUBDATE;
        return 0;
    }
    int y, m, d, used = 0;
    if (sscanf(s, "%4d-%2d-%2d/%n", &y, &m, &d, &used) != 3 || used != 11)
        return -1;
    const char *p = s + used;
    if (strcmp(p, "day") && strcmp(p, "week") && strcmp(p, "month") && strcmp(p, "year"))
        return -1;
    r->ymd = y * 10000 + m * 100 + d;
    if (!sr_attr_date_valid(r->ymd))
        return -1;
    snprintf(r->precision, sizeof r->precision, "%s", p);
    r->date = DATE_STATED;
    return 0;
}

/* Reads "-" or "NAME|ADMIN1|CCC" (ADMIN1 "-" for a country). */
static int parse_location(const char *s, gold_row *r)
{
    if (!strcmp(s, "-"))
        return 0;
    const char *b1 = strchr(s, '|');
    const char *b2 = b1 ? strchr(b1 + 1, '|') : NULL;
    if (!b1 || !b2 || strchr(b2 + 1, '|') || b1 == s || b2 == b1 + 1)
        return -1;
    const char *cc = b2 + 1;
    if (strlen(cc) != 3 || !isupper((unsigned char)cc[0]) || !isupper((unsigned char)cc[1]) ||
        !isupper((unsigned char)cc[2]))
        return -1;
    r->loc_name = sr_xstrndup(s, (size_t)(b1 - s));
    if (!(b2 - b1 == 2 && b1[1] == '-'))
        r->loc_admin1 = sr_xstrndup(b1 + 1, (size_t)(b2 - b1 - 1));
    r->loc_country = sr_xstrdup(cc);
    return 0;
}

static int gold_error(const gold *g, size_t line, const char *what)
{
    fprintf(stderr, "eval_attr: error: %s:%zu: %s\n", g->file, line, what);
    return -1;
}

/* Parses one data line (tab-separated, cut in place). */
static int parse_row(gold *g, char *text, size_t line)
{
    char *field[9];
    int n = 0;
    for (char *p = text; n < 9;) {
        field[n++] = p;
        char *tab = strchr(p, '\t');
        if (!tab)
            break;
        *tab = 0;
        p = tab + 1;
    }
    if (n < 7 || n > 8)
        return gold_error(g, line, "expected 7 tab-separated fields (article, sent, verb, "
                                   "location, date, killed, injured) and an optional note");
    char why[256];
    gold_row r;
    memset(&r, 0, sizeof r);
    r.line = line;
    r.occurrence = 1;
    if (!field[0][0])
        return gold_error(g, line, "field 1 (article) is empty");
    char *end;
    if (!isdigit((unsigned char)field[1][0]) || strtoul(field[1], &end, 10) > 100000 || *end) {
        snprintf(why, sizeof why, "field 2 (sent) \"%.40s\" is not a 0-based sentence number",
                 field[1]);
        return gold_error(g, line, why);
    }
    r.sent = (uint32_t)strtoul(field[1], NULL, 10);
    const char *verb = field[2];
    int sentence_row = !strcmp(verb, "*");
    if (!sentence_row) {
        char *hash = strchr(field[2], '#');
        if (hash) {
            *hash = 0;
            unsigned long k = strtoul(hash + 1, &end, 10);
            if (!isdigit((unsigned char)hash[1]) || *end || k < 1 || k > 1000)
                return gold_error(g, line, "field 3 (verb): after '#' comes the occurrence "
                                           "of the word in the sentence, from 1");
            r.occurrence = (uint32_t)k;
        }
        if (!field[2][0] || strchr(field[2], ' '))
            return gold_error(g, line, "field 3 (verb) must be one word or \"*\"");
    }
    if (sentence_row ? strcmp(field[3], "-") != 0 : parse_location(field[3], &r) != 0) {
        snprintf(why, sizeof why, "field 4 (location) \"%.60s\": expected %s", field[3],
                 sentence_row ? "\"-\" on a sentence row" : "\"-\" or NAME|ADMIN1|CCC");
        free(r.loc_name), free(r.loc_admin1), free(r.loc_country);
        return gold_error(g, line, why);
    }
    if (sentence_row ? strcmp(field[4], "-") != 0 : parse_date(field[4], &r) != 0) {
        snprintf(why, sizeof why, "field 5 (date) \"%.40s\": expected %s", field[4],
                 sentence_row ? "\"-\" on a sentence row"
                              : "pubdate or YYYY-MM-DD/day|week|month|year");
        free(r.loc_name), free(r.loc_admin1), free(r.loc_country);
        return gold_error(g, line, why);
    }
    for (int k = 0; k < 2; k++) {
        if (parse_figure(field[5 + k], k ? &r.injured : &r.killed) != 0) {
            snprintf(why, sizeof why, "field %d (%s) \"%.40s\": expected -, N, N+ or N-M",
                     6 + k, k ? "injured" : "killed", field[5 + k]);
            free(r.loc_name), free(r.loc_admin1), free(r.loc_country);
            return gold_error(g, line, why);
        }
    }
    r.article = sr_xstrdup(field[0]);
    r.verb = sentence_row ? NULL : sr_xstrdup(field[2]);
    SR_GROW(g->rows, g->cap, g->n + 1);
    g->rows[g->n++] = r;
    return 0;
}

static int gold_read(gold *g, const char *path)
{
    memset(g, 0, sizeof *g);
    g->file = path;
    char *data = NULL;
    size_t len = 0;
    sr_error err;
    memset(&err, 0, sizeof err);
    if (sr_file_read_all(path, &data, &len, &err) != SR_OK) {
        char msg[1024];
        sr_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "eval_attr: error: %s\n", msg);
        return -1;
    }
    if (memchr(data, 0, len)) {
        fprintf(stderr, "eval_attr: error: %s: binary data, expected tab-separated text\n",
                path);
        free(data);
        return -1;
    }
    int rc = 0;
    size_t line = 0;
    for (char *p = data; p < data + len && rc == 0;) {
        char *nl = memchr(p, '\n', (size_t)(data + len - p));
        char *e = nl ? nl : data + len;
        *e = 0;
        line++;
        if (e > p && e[-1] == '\r')
            e[-1] = 0;
        if (p[0] && p[0] != '#')
            rc = parse_row(g, p, line);
        p = e + 1;
    }
    free(data);
    if (rc == 0 && g->n == 0) {
        fprintf(stderr, "eval_attr: error: %s: no gold rows\n", path);
        rc = -1;
    }
    return rc;
}

/* ------------------------------------------------------------ scoring */

/* The figures of one way of attaching attributes. */
typedef struct scores {
    size_t loc_total, loc_ok;
    size_t day_total, day_ok, vague_total, vague_ok, undated_total, undated_ok;
    size_t killed_total, killed_ok, injured_total, injured_ok;
    size_t events, spurious;
} scores;

typedef struct tally {
    size_t articles, sentences, gold_events, coded_gold, located, misfits;
    scores coded;    /* the engine's coded events */
    scores readers;  /* src/attr on every gold event's verb */
} tally;

typedef struct run {
    const char *articles_file;
    int verbose;
    gold *g;
    tally t;
} run;

static double pct(size_t a, size_t b)
{
    return b ? 100.0 * (double)a / (double)b : 0.0;
}

static int same_text(const char *a, const char *b)
{
    return a && b && strcasecmp(a, b) == 0;
}

/* The token of the row's verb word in sentence s, or UINT32_MAX. */
static uint32_t verb_token(const sr_sentence *s, const gold_row *r)
{
    uint32_t seen = 0;
    for (uint32_t i = 0; i < s->ntokens; i++)
        if (same_text(s->tokens[i].form, r->verb) && ++seen == r->occurrence)
            return i;
    return UINT32_MAX;
}

static void print_sentence(const sr_record *rec, const sr_sentence *s)
{
    printf("    text  %.*s\n", (int)(s->end - s->start), rec->text + s->start);
}

static void format_figure(const figure *f, char *out, size_t size)
{
    if (!f->stated)
        snprintf(out, size, "none");
    else if (f->high >= 0)
        snprintf(out, size, "%d (%d-%d)", (int)f->value, (int)f->low, (int)f->high);
    else if (f->low >= 0)
        snprintf(out, size, "%d (at least)", (int)f->value);
    else
        snprintf(out, size, "%d", (int)f->value);
}

/* The attributes one event was given: by the engine (a coded event), or
 * by the date and casualty readers called directly on a gold event's verb
 * (the readers' own figures, whether or not the event was coded). */
typedef struct attrs {
    const char *date, *precision;
    char date_buf[16];
    int32_t killed, killed_low, killed_high, injured;
    const sr_location *location; /* NULL: the readers have no place */
} attrs;

static void attrs_of_event(const sr_event *ev, attrs *a)
{
    a->date = ev->date;
    a->precision = ev->date_precision;
    a->killed = ev->killed;
    a->killed_low = ev->killed_low;
    a->killed_high = ev->killed_high;
    a->injured = ev->injured;
    a->location = &ev->location;
}

/* What src/attr says for the verb at token v, read as the engine reads it
 * (src/pipeline/engine.c): a kept publication date has no precision. */
static void attrs_of_readers(const sr_sentence *s, uint32_t v, int32_t pub, attrs *a)
{
    sr_event_date d = sr_attr_event_date(s, v, pub);
    a->date = NULL;
    a->precision = NULL;
    if (d.first_token != UINT32_MAX) {
        a->precision = sr_attr_precision_name(d.precision);
        snprintf(a->date_buf, sizeof a->date_buf, "%04d-%02d-%02d", (int)(d.ymd / 10000),
                 (int)(d.ymd / 100 % 100), (int)(d.ymd % 100));
        a->date = a->date_buf;
    }
    sr_toll t = sr_attr_toll(s, v);
    a->killed = t.killed;
    a->killed_low = t.killed_low;
    a->killed_high = t.killed_high;
    a->injured = t.injured;
    a->location = NULL;
}

static void format_coded_killed(const attrs *a, char *out, size_t size)
{
    if (a->killed < 0)
        snprintf(out, size, "none");
    else
        snprintf(out, size, "%d (low %d, high %d)", (int)a->killed, (int)a->killed_low,
                 (int)a->killed_high);
}

/* Whether the coded location is the gold one: the same country, and the
 * same place name or (for a city or region) the same admin1 region. A
 * country-only gold place needs the country alone. */
static int location_right(const gold_row *r, const sr_location *l)
{
    if (!l->known || !same_text(l->country, r->loc_country))
        return 0;
    if (!r->loc_admin1)
        return 1;
    return same_text(l->name, r->loc_name) || same_text(l->admin1, r->loc_admin1);
}

static int killed_right(const figure *f, const attrs *a)
{
    return a->killed == f->value && a->killed_low == f->low && a->killed_high == f->high;
}

/* Scores the attributes a of one gold event into sc; label names the
 * source of a in -v lines ("coded" or "readers"). */
static void score_event(const run *ro, scores *sc, const char *label, const sr_record *rec,
                        const sr_sentence *s, const gold_row *r, const attrs *a)
{
    const char *id = rec->id;
    unsigned sent = (unsigned)r->sent;
    if (r->loc_country && a->location) {
        const sr_location *l = a->location;
        sc->loc_total++;
        if (location_right(r, l)) {
            sc->loc_ok++;
        } else if (ro->verbose) {
            printf("%s: miss location %s s%u \"%s\": gold %s|%s|%s, got %s|%s|%s\n", label, id,
                   sent, r->verb, r->loc_name, r->loc_admin1 ? r->loc_admin1 : "-",
                   r->loc_country, l->known && l->name ? l->name : "-",
                   l->known && l->admin1 ? l->admin1 : "-",
                   l->known && l->country ? l->country : "-");
            print_sentence(rec, s);
        }
    }
    if (r->date != DATE_NONE) {
        int ok;
        char want[48];
        if (r->date == DATE_PUBDATE) {
            sc->undated_total++;
            ok = a->precision == NULL;
            sc->undated_ok += (size_t)ok;
            snprintf(want, sizeof want, "no date (the publication date)");
        } else if (!strcmp(r->precision, "day")) {
            char ymd[16];
            snprintf(ymd, sizeof ymd, "%04d-%02d-%02d", (int)(r->ymd / 10000),
                     (int)(r->ymd / 100 % 100), (int)(r->ymd % 100));
            sc->day_total++;
            ok = a->precision && !strcmp(a->precision, "day") && same_text(a->date, ymd);
            sc->day_ok += (size_t)ok;
            snprintf(want, sizeof want, "%s/day", ymd);
        } else {
            sc->vague_total++;
            ok = a->precision && !strcmp(a->precision, r->precision);
            sc->vague_ok += (size_t)ok;
            snprintf(want, sizeof want, "a %s", r->precision);
        }
        if (!ok && ro->verbose) {
            printf("%s: miss date %s s%u \"%s\": gold %s, got %s/%s\n", label, id, sent,
                   r->verb, want, a->date ? a->date : "-",
                   a->precision ? a->precision : "no precision");
            print_sentence(rec, s);
        }
    }
    char g[64], c[64];
    if (r->killed.stated) {
        sc->killed_total++;
        if (killed_right(&r->killed, a)) {
            sc->killed_ok++;
        } else if (ro->verbose) {
            format_figure(&r->killed, g, sizeof g);
            format_coded_killed(a, c, sizeof c);
            printf("%s: miss killed %s s%u \"%s\": gold %s, got %s\n", label, id, sent, r->verb,
                   g, c);
            print_sentence(rec, s);
        }
    }
    if (r->injured.stated) {
        sc->injured_total++;
        if (a->injured == r->injured.value) {
            sc->injured_ok++;
        } else if (ro->verbose) {
            format_figure(&r->injured, g, sizeof g);
            printf("%s: miss injured %s s%u \"%s\": gold %s, got %d\n", label, id, sent,
                   r->verb, g, (int)a->injured);
            print_sentence(rec, s);
        }
    }
}

/* Counts a figure the text does not state: for an event matching gold row
 * r, one r does not give; for another event, one no row of its sentence
 * gives (killed_stated and injured_stated say what the sentence gives). */
static int spurious(const attrs *a, const gold_row *r, int killed_stated, int injured_stated)
{
    int k_ok = a->killed < 0 || (r ? r->killed.stated : killed_stated);
    int i_ok = a->injured < 0 || (r ? r->injured.stated : injured_stated);
    return !(k_ok && i_ok);
}

static void print_spurious(const char *label, const sr_record *rec, const sr_sentence *s,
                           uint32_t sent, const char *verb, const attrs *a, int listed)
{
    printf("%s: spurious %s s%u \"%s\": killed %d, injured %d, which the text does not "
           "state%s\n", label, rec->id, (unsigned)sent, verb, (int)a->killed, (int)a->injured,
           listed ? "" : " (an event the gold does not list)");
    print_sentence(rec, s);
}

/* The gold row a coded event matches, or NULL. */
static const gold_row *match_of(const gold *g, const char *id, const sr_doc *doc,
                                const sr_event *ev)
{
    for (size_t i = 0; i < g->n; i++) {
        const gold_row *r = &g->rows[i];
        if (!r->verb || r->sent != ev->sent || strcmp(r->article, id) != 0 ||
            ev->sent >= doc->nsentences)
            continue;
        if (verb_token(&doc->sentences[ev->sent], r) == ev->verb_token)
            return r;
    }
    return NULL;
}

/* Whether some gold row of the sentence states a killed (or injured)
 * figure: a coded event that matches no row may carry it. */
static int sentence_states(const gold *g, const char *id, uint32_t sent, int injured)
{
    for (size_t i = 0; i < g->n; i++) {
        const gold_row *r = &g->rows[i];
        if (r->sent == sent && !strcmp(r->article, id) &&
            (injured ? r->injured.stated : r->killed.stated))
            return 1;
    }
    return 0;
}

static int32_t ymd_of(const char *date)
{
    int y, m, d;
    if (!date || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3)
        return 0;
    return y * 10000 + m * 100 + d;
}

static void score_record(run *ro, const sr_record *rec, const sr_doc *doc)
{
    gold *g = ro->g;
    tally *t = &ro->t;
    const char *id = rec->id ? rec->id : "";
    int32_t pub = ymd_of(rec->date);
    t->articles++;
    t->sentences += doc->nsentences;
    for (size_t i = 0; i < g->n; i++) {
        gold_row *r = &g->rows[i];
        if (strcmp(r->article, id) != 0)
            continue;
        r->seen = 1;
        if (r->sent >= doc->nsentences) {
            fprintf(stderr, "eval_attr: %s:%zu: article %s has %u sentences, not a sentence "
                            "%u (0-based)\n", g->file, r->line, id,
                    (unsigned)doc->nsentences, (unsigned)r->sent);
            t->misfits++;
            continue;
        }
        if (!r->verb)
            continue;
        const sr_sentence *s = &doc->sentences[r->sent];
        uint32_t vt = verb_token(s, r);
        if (vt == UINT32_MAX) {
            fprintf(stderr, "eval_attr: %s:%zu: sentence %u of %s has no word \"%s\" "
                            "(occurrence %u): %.*s\n", g->file, r->line, (unsigned)r->sent,
                    id, r->verb, (unsigned)r->occurrence, (int)(s->end - s->start),
                    rec->text + s->start);
            t->misfits++;
            continue;
        }
        t->gold_events++;
        attrs a;
        attrs_of_readers(s, vt, pub, &a);
        score_event(ro, &t->readers, "readers", rec, s, r, &a);
        t->readers.events++;
        if (spurious(&a, r, 0, 0)) {
            t->readers.spurious++;
            if (ro->verbose)
                print_spurious("readers", rec, s, r->sent, r->verb, &a, 1);
        }
        const sr_event *ev = NULL;
        for (uint32_t k = 0; k < doc->nevents && !ev; k++)
            if (doc->events[k].sent == r->sent && doc->events[k].verb_token == vt)
                ev = &doc->events[k];
        if (!ev) {
            if (ro->verbose) {
                printf("coded: not coded %s s%u \"%s\"\n", id, (unsigned)r->sent, r->verb);
                print_sentence(rec, s);
            }
            continue;
        }
        t->coded_gold++;
        attrs_of_event(ev, &a);
        score_event(ro, &t->coded, "coded", rec, s, r, &a);
    }
    for (uint32_t k = 0; k < doc->nevents; k++) {
        const sr_event *ev = &doc->events[k];
        if (ev->sent >= doc->nsentences)
            continue;
        const sr_sentence *s = &doc->sentences[ev->sent];
        t->coded.events++;
        t->located += (size_t)(ev->location.known != 0);
        const gold_row *r = match_of(g, id, doc, ev);
        if (!r && ro->verbose) {
            printf("coded: not in the gold %s s%u \"%s\" (code %s)\n", id, (unsigned)ev->sent,
                   ev->verb_token < s->ntokens ? s->tokens[ev->verb_token].form : "?",
                   ev->code ? ev->code : "?");
            print_sentence(rec, s);
        }
        attrs a;
        attrs_of_event(ev, &a);
        if (!spurious(&a, r, sentence_states(g, id, ev->sent, 0),
                      sentence_states(g, id, ev->sent, 1)))
            continue;
        t->coded.spurious++;
        if (ro->verbose)
            print_spurious("coded", rec, s, ev->sent,
                           ev->verb_token < s->ntokens ? s->tokens[ev->verb_token].form : "?",
                           &a, r != NULL);
    }
}

/* Codes every article of rd; returns 0, or -1 when an article could not
 * be read or analysed (each is reported). */
static int score_all(run *ro, sr_engine *eng, sr_reader *rd)
{
    sr_error err;
    char msg[1024];
    memset(&err, 0, sizeof err);
    int rc = 0;
    for (;;) {
        sr_record *rec = NULL;
        sr_status st = sr_reader_next(rd, &rec, &err);
        if (st == SR_END)
            break;
        if (st != SR_OK) {
            sr_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "eval_attr: error: %s\n", msg);
            rc = -1;
            if (st == SR_EBADRECORD)
                continue;
            break;
        }
        if (!rec->date) {
            fprintf(stderr, "eval_attr: error: %s:%zu: article %s has no \"date\": dates are "
                            "resolved against it\n", ro->articles_file, rec->line,
                    rec->id ? rec->id : "?");
            rc = -1;
        } else {
            sr_doc *doc = NULL;
            if (sr_engine_analyze(eng, rec, &doc, &err) != SR_OK) {
                sr_error_format(&err, msg, sizeof msg);
                fprintf(stderr, "eval_attr: error: %s\n", msg);
                rc = -1;
            } else {
                score_record(ro, rec, doc);
            }
            sr_doc_free(doc);
        }
        sr_record_free(rec);
    }
    return rc;
}

/* ------------------------------------------------------------ main */

static void usage(FILE *to)
{
    fputs("usage: eval_attr [-v] [--data DIR] [--gazetteer FILE] [dictionary options]\n"
          "                 [ARTICLES.jsonl [GOLD.tsv]]\n"
          "  -v                     list every miss, spurious toll, gold event not coded\n"
          "                         and coded event not in the gold\n"
          "  --data DIR             folder holding models/ and dict/ (default: .)\n"
          "  --gazetteer FILE       the place index (default: the engine's own choice)\n"
          "  --petrarch-config FILE a PETR_config.ini; with --dict DIR for its names\n"
          "  --verbs FILE, --actors FILE (repeatable), --agents FILE, --discards FILE,\n"
          "  --issues FILE          dictionaries given one by one\n"
          "  Without dictionary options: sitrep's own set, DIR/dict (docs/cli.md).\n"
          "  --require-dyad, --no-require-dyad  as for sitrep code (docs/cli.md)\n"
          "  ARTICLES defaults to eval/attributes/articles.jsonl, GOLD to\n"
          "  eval/attributes/gold.tsv; the format is in eval/attributes/README.md.\n",
          to);
}

/* One block of figures; prefix is "" for the coded events and "readers-"
 * for the readers on every gold event (which have no location). */
static void print_scores(const scores *sc, const char *prefix, const char *loc_unavailable)
{
    if (!*prefix && loc_unavailable)
        printf("location: not available (%s)\n", loc_unavailable);
    else if (!*prefix)
        printf("location: %zu/%zu (%.1f%%) right city or admin1\n", sc->loc_ok, sc->loc_total,
               pct(sc->loc_ok, sc->loc_total));
    printf("%sdate: %zu/%zu (%.1f%%) exact day; vague %zu/%zu right precision; undated "
           "%zu/%zu kept the publication date\n", prefix, sc->day_ok, sc->day_total,
           pct(sc->day_ok, sc->day_total), sc->vague_ok, sc->vague_total, sc->undated_ok,
           sc->undated_total);
    printf("%skilled: %zu/%zu (%.1f%%) exact\n", prefix, sc->killed_ok, sc->killed_total,
           pct(sc->killed_ok, sc->killed_total));
    printf("%sinjured: %zu/%zu (%.1f%%) exact\n", prefix, sc->injured_ok, sc->injured_total,
           pct(sc->injured_ok, sc->injured_total));
    printf("%sspurious: %zu/%zu (%.1f%%) %s with a figure the text does not state\n", prefix,
           sc->spurious, sc->events, pct(sc->spurious, sc->events),
           *prefix ? "gold events" : "coded events");
}

static void print_figures(const run *ro, const char *loc_unavailable)
{
    const tally *t = &ro->t;
    printf("eval-attr: articles %zu, sentences %zu, gold events %zu, coded %zu, not coded "
           "%zu; coded events %zu\n", t->articles, t->sentences, t->gold_events,
           t->coded_gold, t->gold_events - t->coded_gold, t->coded.events);
    print_scores(&t->coded, "", loc_unavailable);
    print_scores(&t->readers, "readers-", NULL);
}

int main(int argc, char **argv)
{
    run ro;
    memset(&ro, 0, sizeof ro);
    const char *gold_file = NULL;
    sr_engine_options eo = sr_engine_options_default();
    eo.load_parser = 1;
    eo.data_dir = ".";
    eo.dedup = 0;
    const char **actor_files = sr_xcalloc((size_t)argc, sizeof *actor_files);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-v")) {
            ro.verbose = 1;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(actor_files);
            return 0;
        } else if (engine_arg(argc, argv, &i, &eo, actor_files)) {
            continue;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "eval_attr: error: unknown option %s, or it lacks its value "
                            "(e.g. --data .)\n", a);
            usage(stderr);
            free(actor_files);
            return EXIT_UNREADABLE;
        } else if (!ro.articles_file) {
            ro.articles_file = a;
        } else if (!gold_file) {
            gold_file = a;
        } else {
            fprintf(stderr, "eval_attr: error: at most two files, the articles and the gold "
                            "(got a third: %s)\n", a);
            free(actor_files);
            return EXIT_UNREADABLE;
        }
    }
    eo.actors = actor_files;
    if (!ro.articles_file)
        ro.articles_file = "eval/attributes/articles.jsonl";
    if (!gold_file)
        gold_file = "eval/attributes/gold.tsv";

    /* The gold first: a bad row should not wait for the dictionaries. */
    gold g;
    if (gold_read(&g, gold_file) != 0) {
        gold_free(&g);
        free(actor_files);
        return EXIT_UNREADABLE;
    }
    ro.g = &g;
    sr_error err;
    memset(&err, 0, sizeof err);
    sr_read_options rdo = sr_read_options_default();
    rdo.format = SR_FORMAT_JSONL;
    sr_reader *rd = NULL;
    if (sr_reader_open(ro.articles_file, &rdo, &rd, &err) != SR_OK) {
        char msg[1024];
        sr_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "eval_attr: error: %s\n", msg);
        gold_free(&g);
        free(actor_files);
        return EXIT_UNREADABLE;
    }

    int rc = 0;
    sr_engine *eng = NULL;
    sr_status st = sr_engine_new(&eo, &eng, &err);
    if (st != SR_OK) {
        char msg[1024];
        sr_error_format(&err, msg, sizeof msg);
        if (st == SR_EMODEL && !eo.gazetteer) {
            printf("eval-attr: skipped (%s)\n", msg);
        } else {
            fprintf(stderr, "eval_attr: error: %s\n", msg);
            rc = EXIT_UNREADABLE;
        }
    } else if (!sr_engine_codes_events(eng)) {
        fprintf(stderr, "eval_attr: error: no event dictionaries loaded: give "
                        "--petrarch-config FILE, or --verbs FILE and --actors FILE\n");
        rc = EXIT_UNREADABLE;
    } else {
        if (score_all(&ro, eng, rd) != 0)
            rc = EXIT_UNREADABLE;
        for (size_t i = 0; i < g.n; i++) {
            if (!g.rows[i].seen) {
                fprintf(stderr, "eval_attr: %s:%zu: no article %s in %s\n", g.file,
                        g.rows[i].line, g.rows[i].article, ro.articles_file);
                ro.t.misfits++;
            }
        }
        /* With no index loaded no event has a place, and a 0% figure would
         * read as a resolver failure. */
        const char *why = NULL;
        const char *warning = sr_engine_warning(eng);
        if (warning)
            why = warning;
        else if (!ro.t.located)
            why = "no coded event was given a place";
        print_figures(&ro, why);
        if (ro.t.misfits) {
            fprintf(stderr, "eval_attr: %zu gold rows do not fit the articles (listed above)\n",
                    ro.t.misfits);
            if (!rc)
                rc = EXIT_MISFIT;
        }
    }
    sr_reader_free(rd);
    sr_engine_free(eng);
    gold_free(&g);
    free(actor_files);
    return rc;
}
