/* engine.c - the one place that runs every stage on a record.
 *
 * A record becomes a document: sentences and tokens (from the text
 * splitter, or from a CoNLL-U parse given with the record), then tags and a
 * dependency parse (when the models are loaded and the parse was not given).
 * The engine is read-only once built, so several threads may analyse with
 * one engine; each document carries its own arenas. */
#include "sitrep.h"
#include "base/alloc.h"
#include "attr/dates.h"
#include "attr/gazetteer.h"
#include "attr/places.h"
#include "attr/dedup.h"
#include "attr/history.h"
#include "attr/tolls.h"
#include "base/arena.h"
#include "coder/coder.h"
#include "nlp/nlp.h"
#include "pipeline/dictionaries.h"
#include "text/conllu.h"
#include "text/segment.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

struct sr_engine {
    sr_engine_options opt;   /* the caller's strings are not kept */
    char data_dir[PATH_MAX];
    sr_nlp *nlp;
    sr_loaded_dicts dicts;
    sr_coder *coder;         /* NULL when no dictionaries were given */
    /* With given parses the models are needed only for records that lack
     * one; when they could not be loaded, those records are refused with
     * this reason instead of failing the whole run. */
    char *model_error;
    sr_gazetteer *gazetteer; /* NULL: locations stay unknown */
    char *warning;           /* see sr_engine_warning */
};

struct sr_doc_internal {
    sr_arena arena;     /* everything the document points to */
    sr_arena scratch;   /* per-sentence work of the parser */
};

sr_engine_options sr_engine_options_default(void)
{
    sr_engine_options o;
    memset(&o, 0, sizeof o);
    o.load_parser = 1;
    o.load_gazetteer = 1;
    o.attributes = 1;
    o.dedup = 1;
    o.default_dicts = 1;
    return o;
}

static void clear_borrowed(sr_engine_options *o)
{
    o->data_dir = o->petrarch_config = o->dict_dir = o->verbs = NULL;
    o->agents = o->discards = o->issues = NULL;
    o->actors = NULL;
    o->nactors = 0;
    o->gazetteer = NULL;
}

static sr_status load_models(sr_engine *e, const sr_engine_options *opt, sr_error *err)
{
    if (!sr_data_dir(opt->data_dir, e->data_dir, sizeof e->data_dir)) {
        if (err) {
            memset(err, 0, sizeof *err);
            err->code = SR_EMODEL;
            snprintf(err->message, sizeof err->message,
                     "cannot find sitrep's data folder (models/): set SITREP_DATA "
                     "or --data to the folder that holds models/");
        }
        return SR_EMODEL;
    }
    char models[PATH_MAX + 16];
    snprintf(models, sizeof models, "%s/models", e->data_dir);
    return sr_nlp_load(models, &e->nlp, err);
}

/* Locations are an extra: a checkout or install without the index (it is
 * built at set-up from downloaded packages) still codes events, and says
 * once that it cannot place them. An index the caller named, or one that
 * exists but is damaged, is an error instead: silently dropping locations
 * the caller asked for would pass unnoticed. */
static sr_status load_gazetteer(sr_engine *e, const sr_engine_options *opt, sr_error *err)
{
    char path[PATH_MAX + 32];
    if (opt->gazetteer) {
        snprintf(path, sizeof path, "%s", opt->gazetteer);
    } else {
        char dir[PATH_MAX];
        if (e->data_dir[0])
            snprintf(dir, sizeof dir, "%s", e->data_dir);
        else if (!sr_data_dir(opt->data_dir, dir, sizeof dir))
            dir[0] = 0;
        if (!dir[0]) {
            e->warning = sr_xstrdup("no data folder, so no gazetteer index: events have no "
                                    "location (give --gazetteer FILE)");
            return SR_OK;
        }
        snprintf(path, sizeof path, "%s/gazetteer/places.bin", dir);
        struct stat st;
        if (stat(path, &st) != 0 && errno == ENOENT) {
            char msg[PATH_MAX + 128];
            snprintf(msg, sizeof msg, "%s is missing (run make gazetteer): events have no "
                     "location", path);
            e->warning = sr_xstrdup(msg);
            return SR_OK;
        }
    }
    sr_status st = sr_gazetteer_load(path, &e->gazetteer, err);
    if (st != SR_OK && err) {
        /* The loader speaks of model files (the container is shared);
         * say which file this is and how to get a good one. */
        char msg[SR_ERROR_MESSAGE_MAX];
        snprintf(msg, sizeof msg, "%s", err->message);
        snprintf(err->message, sizeof err->message,
                 "gazetteer index: %.300s (make gazetteer builds one)", msg);
    }
    return st;
}

sr_status sr_engine_new(const sr_engine_options *opt, sr_engine **out, sr_error *err)
{
    sr_engine_options defaults = sr_engine_options_default();
    if (!opt)
        opt = &defaults;
    sr_engine *e = sr_xcalloc(1, sizeof *e);
    e->opt = *opt;
    clear_borrowed(&e->opt);
    sr_error local;
    memset(&local, 0, sizeof local);
    sr_status st = opt->load_parser ? load_models(e, opt, &local) : SR_OK;
    if (st != SR_OK && opt->use_given_parse) {
        char msg[1024];
        sr_error_format(&local, msg, sizeof msg);
        e->model_error = sr_xstrdup(msg);
        st = SR_OK;
    } else if (st != SR_OK && err) {
        *err = local;
    }
    if (st == SR_OK)
        st = sr_dicts_load(opt, &e->dicts, err);
    if (st != SR_OK) {
        sr_engine_free(e);
        return st;
    }
    if (e->dicts.dict) {
        int dyad = opt->dyads == SR_DYAD_AUTO ? e->dicts.require_dyad
                                              : opt->dyads == SR_DYAD_REQUIRED;
        sr_coder_options co = {opt->explain, opt->plain_modals, dyad, opt->agents_alone};
        e->coder = sr_coder_new(e->dicts.dict, &co);
    }
    if (e->coder && opt->load_gazetteer && load_gazetteer(e, opt, err) != SR_OK) {
        sr_engine_free(e);
        return SR_EMODEL;
    }
    *out = e;
    return SR_OK;
}

void sr_engine_free(sr_engine *e)
{
    if (!e)
        return;
    if (e->coder)
        sr_coder_free(e->coder);
    sr_dicts_free(&e->dicts);
    if (e->nlp)
        sr_nlp_free(e->nlp);
    free(e->model_error);
    sr_gazetteer_free(e->gazetteer);
    free(e->warning);
    free(e);
}

const char *sr_engine_warning(const sr_engine *e)
{
    return e->warning;
}

int sr_engine_codes_events(const sr_engine *e)
{
    return e->coder != NULL;
}

size_t sr_engine_diagnostic_count(const sr_engine *e, size_t *nerrors)
{
    if (nerrors)
        *nerrors = e->dicts.nerrors;
    return e->dicts.ndiagnostics;
}

const char *sr_engine_diagnostic(const sr_engine *e, size_t i)
{
    return i < e->dicts.ndiagnostics ? e->dicts.diagnostics[i] : NULL;
}

/* Points each given token at its form in the record text, scanning forward,
 * so that output offsets and sentence texts refer to the record. A form that
 * cannot be found (the parse and the text disagree) gets an empty span at
 * the current position rather than a wrong one. */
static void align_tokens(const sr_record *rec, sr_conllu_sentence *cs, uint32_t n)
{
    const char *text = rec->text ? rec->text : "";
    size_t len = rec->text_len, at = 0;
    for (uint32_t i = 0; i < n; i++) {
        sr_sentence *s = &cs[i].s;
        for (uint32_t k = 0; k < s->ntokens; k++) {
            sr_token *t = &s->tokens[k];
            size_t flen = strlen(t->form);
            size_t p = at;
            while (p < len && (text[p] == ' ' || text[p] == '\n' || text[p] == '\t' ||
                               text[p] == '\r'))
                p++;
            const char *hit = NULL;
            if (flen && p + flen <= len) {
                /* Look a little ahead only: a far match is a different word. */
                size_t window = p + flen + 16 < len ? p + flen + 16 : len;
                hit = memmem(text + p, window - p, t->form, flen);
            }
            if (hit) {
                t->start = (uint32_t)(hit - text);
                t->end = (uint32_t)(t->start + flen);
                at = t->end;
            } else {
                t->start = t->end = (uint32_t)p;
            }
        }
        s->start = s->ntokens ? s->tokens[0].start : (uint32_t)at;
        s->end = s->ntokens ? s->tokens[s->ntokens - 1].end : (uint32_t)at;
    }
}

static void clear_annotation(sr_sentence *s)
{
    for (uint32_t k = 0; k < s->ntokens; k++) {
        sr_token *t = &s->tokens[k];
        t->lemma = t->upos = t->xpos = t->deprel = NULL;
        t->head = -1;
    }
}

static sr_status sentences_from_parse(const sr_engine *e, const sr_record *rec, sr_doc *doc,
                                      sr_error *err)
{
    sr_conllu_sentence *cs;
    uint32_t n;
    sr_error local;
    memset(&local, 0, sizeof local);
    sr_status st = sr_conllu_parse(rec->parse, strlen(rec->parse), 1, &doc->internal->arena,
                                   &cs, &n, &local);
    if (st != SR_OK) {
        if (err) {
            *err = local;
            snprintf(err->file, sizeof err->file, "%s", rec->file ? rec->file : "");
            err->record = rec->index;
            /* The parse's line numbers count from the record's first line. */
            err->line = rec->line + (local.line ? local.line - 1 : 0);
            snprintf(err->message, sizeof err->message, "record %.64s: %.400s",
                     rec->id ? rec->id : "?", local.message);
        }
        return SR_EBADRECORD;
    }
    align_tokens(rec, cs, n);
    doc->sentences = sr_arena_alloc(&doc->internal->arena, (n ? n : 1) * sizeof(sr_sentence));
    for (uint32_t i = 0; i < n; i++) {
        doc->sentences[i] = cs[i].s;
        if (!e->opt.use_given_parse)
            clear_annotation(&doc->sentences[i]);
    }
    doc->nsentences = n;
    return SR_OK;
}

/* "2024-11-30" as 20241130; 0 when absent or malformed. */
static int32_t ymd_of(const char *date)
{
    int y, m, d;
    if (!date || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3)
        return 0;
    return y * 10000 + m * 100 + d;
}

/* Where: the place src/attr/places.c chooses for the event, or nothing. */
static void attach_location(const sr_gazetteer *g, const sr_places *places, sr_doc *doc,
                            sr_event *ev, sr_arena *arena)
{
    sr_gazetteer_place p;
    if (sr_places_choose(g, places, doc, ev, &p) == SR_PLACE_NONE)
        return;
    /* Copied: a document may outlive the engine and its mapped index. */
    sr_location *loc = &ev->location;
    loc->name = sr_arena_strdup(arena, p.name);
    loc->country = sr_arena_strdup(arena, p.country);
    const char *admin1 = p.kind == SR_GAZ_ADMIN1 ? p.name : p.admin1;
    loc->admin1 = p.kind != SR_GAZ_COUNTRY && admin1[0] ? sr_arena_strdup(arena, admin1) : NULL;
    loc->lat = p.lat;
    loc->lon = p.lon;
    loc->geonameid = p.geonameid;
    loc->kind = sr_places_kind_name(p.kind);
    loc->known = 1;
}

/* When, how many and where, read from each event's own clause (src/attr).
 * A vague period keeps the publication date and says how vague it is; a
 * sentence with no time expression keeps the publication date with no
 * precision, since the text does not say. Place mentions are found once
 * per document, and only when it has events. */
/* Drops the events marked in history[], keeping their order; with
 * explanations on, each dropped event leaves a note on its sentence. */
static void drop_history(const sr_engine *e, sr_doc *doc, const uint8_t *history,
                         const int32_t *when, sr_arena *arena)
{
    uint32_t kept = 0, dropped = 0;
    for (uint32_t i = 0; i < doc->nevents; i++)
        dropped += history[i];
    if (!dropped)
        return;
    sr_note *notes = NULL;
    if (e->opt.explain) {
        notes = sr_arena_alloc(arena, (doc->nnotes + dropped) * sizeof *notes);
        if (doc->nnotes)
            memcpy(notes, doc->notes, doc->nnotes * sizeof *notes);
    }
    for (uint32_t i = 0; i < doc->nevents; i++) {
        if (!history[i]) {
            doc->events[kept++] = doc->events[i];
            continue;
        }
        if (!notes)
            continue;
        const sr_event *ev = &doc->events[i];
        char why[128];
        if (history[i] == 2)
            snprintf(why, sizeof why, "the text names the past year %04d as a whole, a tally "
                     "or a recollection", (int)when[i]);
        else if (history[i] == 4)
            snprintf(why, sizeof why, "its subject or its clause names the past year %04d, a recollection",
                     (int)when[i]);
        else if (history[i] == 5)
            snprintf(why, sizeof why, "told as the sequel of the past year %04d that the sentence "
                     "before names, a recollection", (int)when[i]);
        else if (history[i] == 6)
            snprintf(why, sizeof why, "the sentence opens with a time months before publication, "
                     "from %04d-%02d-%02d, a recollection",
                     (int)(when[i] / 10000), (int)(when[i] / 100 % 100), (int)(when[i] % 100));
        else if (history[i] == 7)
            snprintf(why, sizeof why, "the text dates it to a period from %04d-%02d-%02d "
                     "that ended two months or more before publication, context",
                     (int)(when[i] / 10000), (int)(when[i] / 100 % 100), (int)(when[i] % 100));
        else if (history[i] == 8)
            snprintf(why, sizeof why, "told as the sequel of an episode from %04d-%02d-%02d, "
                     "months before publication, that the sentence before dates, context",
                     (int)(when[i] / 10000), (int)(when[i] / 100 % 100), (int)(when[i] % 100));
        else if (history[i] == 9)
            snprintf(why, sizeof why, "a present perfect done repeatedly or long sums up past "
                     "acts, a standing stance");
        else if (history[i] == 12)
            snprintf(why, sizeof why, "a present perfect since %04d-%02d-%02d, weeks or months "
                     "before publication, a tally or trend",
                     (int)(when[i] / 10000), (int)(when[i] / 100 % 100), (int)(when[i] % 100));
        else if (history[i] == 11)
            snprintf(why, sizeof why, "a past perfect progressive tells a backdrop that ran up "
                     "to an earlier past");
        else if (history[i] == 13)
            snprintf(why, sizeof why, "\"have since\" after an act dated from %04d-%02d-%02d, "
                     "months before publication: done some time since, context",
                     (int)(when[i] / 10000), (int)(when[i] / 100 % 100), (int)(when[i] % 100));
        else if (history[i] == 10)
            snprintf(why, sizeof why, "a side holds a \"then-\" title, a post of a past time");
        else if (history[i] == 3)
            snprintf(why, sizeof why, "the sentence opens with a span of months or years, "
                     "a tally or a lasting state");
        else
            snprintf(why, sizeof why, "the text dates it to a period from %04d-%02d-%02d "
                     "that ended more than a year before publication",
                     (int)(when[i] / 10000), (int)(when[i] / 100 % 100), (int)(when[i] % 100));
        char *text = sr_arena_alloc(arena, 384);
        snprintf(text, 384, "not coded: %s %s -> %s (\"%s\") is background: %s "
                 "(--keep-history keeps it)\n",
                 ev->code, ev->source, ev->target, ev->verb_text ? ev->verb_text : "", why);
        notes[doc->nnotes].sent = ev->sent;
        notes[doc->nnotes++].text = text;
    }
    doc->nevents = kept;
    if (notes)
        doc->notes = notes;
}

static void attach_attributes(const sr_engine *e, sr_doc *doc, sr_arena *arena)
{
    int32_t pub = ymd_of(doc->record->date);
    uint8_t *history = doc->nevents ? sr_arena_alloc(arena, doc->nevents) : NULL;
    int32_t *when = doc->nevents ? sr_arena_alloc(arena, doc->nevents * sizeof *when) : NULL;
    if (history)
        memset(history, 0, doc->nevents);
    sr_places places;
    if (e->gazetteer && doc->nevents)
        sr_places_find(e->gazetteer, doc, arena, &places);
    for (uint32_t i = 0; i < doc->nevents; i++) {
        sr_event *ev = &doc->events[i];
        if (ev->sent >= doc->nsentences)
            continue;
        const sr_sentence *s = &doc->sentences[ev->sent];
        if (ev->verb_token >= s->ntokens)
            continue;
        if (pub) {
            sr_event_date d = sr_attr_event_date(s, ev->verb_token, pub);
            int32_t year = 0;
            int h = e->opt.keep_history ? 0 : sr_attr_is_history_of(s, ev->verb_token, d, pub, &year);
            /* an undated clause told as the sequel of an episode the
             * sentence before dates to a past year belongs to that year */
            int32_t told = !h && d.first_token == UINT32_MAX
                               ? sr_attr_narrative_year(doc->sentences, doc->nsentences, ev->sent,
                                                        ev->verb_token, pub)
                               : 0;
            /* past the lede, a sentence framed by an opening time
             * phrase months back is a recollection (history.h) */
            if (!h && !e->opt.keep_history && ev->sent >= 2 && sr_attr_is_opening_past(s, ev->verb_token, d, pub))
                h = 6;
            /* the opening time frames the clauses the dated verb
             * governs too: "In December, Mogadishu announced it was
             * cutting ties" (history.h) */
            if (!h && !e->opt.keep_history && ev->sent >= 2 && d.first_token == UINT32_MAX) {
                uint32_t gov = sr_attr_governing_verb(s, ev->verb_token, pub);
                sr_event_date gd = gov < s->ntokens ? sr_attr_event_date(s, gov, pub) : d;
                if (gov < s->ntokens && sr_attr_is_opening_past(s, gov, gd, pub)) {
                    h = 6;
                    d = gd;
                }
            }
            /* past the opening sentences, an act the text dates two
             * months or more back is context for the news (history.h) */
            if (!h && !e->opt.keep_history && ev->sent >= SR_BACKGROUND_SENT &&
                sr_attr_is_months_back(s, ev->verb_token, d, pub))
                h = 7;
            /* an undated clause takes the months-back date of the verb
             * that governs it, or of the verb whose noun a bare
             * participle describes: "in December, U.S. forces carried
             * out airstrikes, hitting targets" (history.h) */
            if (!h && !e->opt.keep_history && ev->sent >= SR_BACKGROUND_SENT && d.first_token == UINT32_MAX) {
                uint32_t gov = sr_attr_participle_governor(s, ev->verb_token, pub);
                sr_event_date gd = gov < s->ntokens ? sr_attr_event_date(s, gov, pub) : d;
                if (gov < s->ntokens && sr_attr_is_months_back(s, gov, gd, pub)) {
                    h = 7;
                    d = gd;
                }
            }
            /* an argument with a "then-" title: an act of a past
             * term, background (history.h) */
            if (!h && !e->opt.keep_history && ev->sent >= SR_BACKGROUND_SENT &&
                sr_attr_has_then_title(s, ev->verb_token))
                h = 10;
            /* past the opening sentences, an undated main-clause "had
             * been exchanging barbs" and what it brings about is the
             * backdrop of the news (history.h) */
            if (!h && !e->opt.keep_history && ev->sent >= SR_BACKGROUND_SENT && d.first_token == UINT32_MAX &&
                sr_attr_is_past_progressive(s, ev->verb_token))
                h = 11;
            /* "There," or "then" after a sentence dated months back
             * goes on with that episode (history.h) */
            int32_t months_back = !h && !told && !e->opt.keep_history && d.first_token == UINT32_MAX
                                      ? sr_attr_narrative_months_back(doc->sentences, doc->nsentences,
                                                                      ev->sent, ev->verb_token, pub)
                                      : 0;
            if (months_back) {
                h = 8;
                d.ymd = months_back;
            }
            /* "have since banned" after an act the story dates months
             * back: done some time in those months, context (history.h) */
            if (!h && !told && !e->opt.keep_history && d.first_token == UINT32_MAX) {
                int32_t since_back = sr_attr_since_months_back(doc->sentences, doc->nsentences,
                                                               ev->sent, ev->verb_token, pub);
                if (since_back) {
                    h = 13;
                    d.ymd = since_back;
                }
            }
            /* past the opening sentences, "have repeatedly called for"
             * sums up months of acts: context (history.h) */
            if (!h && !told && !e->opt.keep_history && ev->sent >= SR_BACKGROUND_SENT &&
                d.first_token == UINT32_MAX && sr_attr_is_repeated_perfect(s, ev->verb_token))
                h = 9;
            /* past the opening sentences, "has claimed several attacks
             * since last August" tallies months of acts: context
             * (history.h) */
            int32_t since = !h && !told && !e->opt.keep_history && ev->sent >= SR_BACKGROUND_SENT
                                ? sr_attr_perfect_since(s, ev->verb_token, d, pub)
                                : 0;
            if (since) {
                h = 12;
                d.ymd = since;
            }
            if (told && !e->opt.keep_history) {
                h = 5;
                year = told;
            }
            if (h) {
                history[i] = (uint8_t)h;
                when[i] = h == 2 || h == 4 || h == 5 ? year : d.ymd;
                continue;
            }
            if (told)
                ev->date_precision = sr_attr_precision_name(SR_DATE_YEAR);
            if (d.first_token != UINT32_MAX) {
                ev->date_precision = sr_attr_precision_name(d.precision);
                if (d.precision == SR_DATE_DAY && sr_attr_date_valid(d.ymd)) {
                    char *buf = sr_arena_alloc(arena, 16);
                    snprintf(buf, 16, "%04d-%02d-%02d", (int)(d.ymd / 10000),
                             (int)(d.ymd / 100 % 100), (int)(d.ymd % 100));
                    ev->date = buf;
                }
            }
        }
        sr_toll t = sr_attr_toll(s, ev->verb_token);
        ev->killed = t.killed;
        ev->injured = t.injured;
        ev->killed_low = t.killed_low;
        ev->killed_high = t.killed_high;
        if (e->gazetteer)
            attach_location(e->gazetteer, &places, doc, ev, arena);
    }
    if (history)
        drop_history(e, doc, history, when, arena);
}

sr_status sr_engine_analyze(sr_engine *e, const sr_record *rec, sr_doc **out, sr_error *err)
{
    sr_doc *doc = sr_xcalloc(1, sizeof *doc);
    doc->internal = sr_xcalloc(1, sizeof *doc->internal);
    doc->record = rec;

    int given = rec->parse && (e->opt.use_given_tokens || e->opt.use_given_parse);
    if (!given && e->model_error) {
        if (err) {
            memset(err, 0, sizeof *err);
            err->code = SR_EBADRECORD;
            snprintf(err->file, sizeof err->file, "%s", rec->file ? rec->file : "");
            err->line = rec->line;
            err->record = rec->index;
            snprintf(err->message, sizeof err->message,
                     "record %.64s carries no CoNLL-U parse, and the built-in parser "
                     "could not be loaded: %.300s", rec->id ? rec->id : "?", e->model_error);
        }
        sr_doc_free(doc);
        return SR_EBADRECORD;
    }
    if (given) {
        sr_status st = sentences_from_parse(e, rec, doc, err);
        if (st != SR_OK) {
            sr_doc_free(doc);
            return st;
        }
    } else {
        sr_segment(rec->text ? rec->text : "", rec->text_len, &doc->internal->arena,
                   &doc->sentences, &doc->nsentences);
    }
    if (e->nlp && !(given && e->opt.use_given_parse)) {
        for (uint32_t i = 0; i < doc->nsentences; i++) {
            sr_nlp_annotate(e->nlp, &doc->sentences[i], &doc->internal->scratch);
            sr_arena_reset(&doc->internal->scratch);
        }
    }
    if (e->coder) {
        sr_coder_code(e->coder, doc, &doc->internal->arena);
        if (e->opt.attributes) {
            attach_attributes(e, doc, &doc->internal->arena);
            sr_dedup_mentions(doc->events, &doc->nevents, rec->date, e->opt.dedup,
                              &doc->internal->arena);
        }
    }
    *out = doc;
    return SR_OK;
}

void sr_doc_free(sr_doc *d)
{
    if (!d)
        return;
    if (d->internal) {
        sr_arena_free(&d->internal->arena);
        sr_arena_free(&d->internal->scratch);
        free(d->internal);
    }
    free(d);
}
