/* sitrep.h - the public interface of libsitrep.
 *
 * sitrep turns news reports into structured event data. The library reads
 * news records (sr_reader), analyses each one into sentences, tokens and,
 * where models and dictionaries are loaded, parses and events (sr_engine),
 * and writes the result (sr_writer). The library never prints and never
 * exits: every fallible call returns an sr_status and fills an optional
 * sr_error with what went wrong and where in the input.
 *
 * Ownership, stated once: every object returned through an out-pointer is
 * owned by the caller and released with the _free function of its type.
 * Strings inside a returned object live as long as that object.
 */
#ifndef SITREP_H
#define SITREP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define SR_EXPORT __attribute__((visibility("default")))
#else
#define SR_EXPORT
#endif

#define SITREP_VERSION "0.1.0"

SR_EXPORT const char *sr_version(void);

/* ---------------------------------------------------------------- errors */

typedef enum sr_status {
    SR_OK = 0,
    SR_END,           /* a reader has no more records; not an error */
    SR_EBADRECORD,    /* one record could not be read; it was skipped and
                         the reader can go on */
    SR_EIO,           /* a file could not be opened, read or written */
    SR_EFORMAT,       /* the input as a whole is not in the expected format */
    SR_EUSAGE,        /* an option or argument is invalid */
    SR_EMODEL,        /* a model or data file is missing, corrupt or the
                         wrong version */
    SR_EDICT          /* a dictionary could not be loaded */
} sr_status;

enum { SR_ERROR_MESSAGE_MAX = 512 };

/* Where and what: "file:line: message" when printed by sr_error_format. */
typedef struct sr_error {
    sr_status code;
    char file[256];        /* input file name ("-" or "<stdin>" for stdin) */
    size_t line;           /* 1-based line in that file, 0 when unknown */
    size_t record;         /* 1-based record number, 0 when unknown */
    char message[SR_ERROR_MESSAGE_MAX];
} sr_error;

/* Short name of a status ("bad record", "I/O error", ...). */
SR_EXPORT const char *sr_status_name(sr_status s);
/* Writes "file:line: message" (or the parts that are known) into out. */
SR_EXPORT void sr_error_format(const sr_error *e, char *out, size_t size);

/* ---------------------------------------------------------------- records */

/* One news record: an article, a sentence of a validation file, or a
 * CoNLL-U document. Fields not present in the input are NULL. */
typedef struct sr_record {
    char *id;          /* verbatim id, or "FILE#N" for the N-th text article */
    char *date;        /* publication date as YYYY-MM-DD */
    char *title;
    char *url;
    char *source;
    char *text;        /* the raw text, NUL-terminated, valid UTF-8 */
    size_t text_len;
    char *parse;       /* a CoNLL-U parse given with the record, or NULL */
    int parse_is_penn; /* the record carried a Penn-tree parse (not used) */
    char *category;    /* validation records: category attribute */
    int evaluate;      /* validation records: evaluate="true" */
    char *gold;        /* validation records: the raw <EventCoding .../>
                          elements, one per line, for evaluators */
    char *options;     /* <Config option=.. value=../> settings in force for
                          this record, as "name=value" lines, or NULL */
    const char *file;  /* input file name, for messages */
    size_t line;       /* 1-based line where the record starts */
    size_t index;      /* 1-based position of the record in its input */
} sr_record;

SR_EXPORT void sr_record_free(sr_record *r);

typedef enum sr_format {
    SR_FORMAT_AUTO = 0,
    SR_FORMAT_TEXT,
    SR_FORMAT_JSONL,
    SR_FORMAT_PETRARCH,
    SR_FORMAT_CONLLU
} sr_format;

/* Parses "text", "jsonl", "petrarch", "conllu" (and "auto"). */
SR_EXPORT sr_status sr_format_parse(const char *name, sr_format *out);
SR_EXPORT const char *sr_format_name(sr_format f);

typedef struct sr_read_options {
    sr_format format;      /* SR_FORMAT_AUTO detects from content */
    size_t max_record;     /* bytes; longer records are skipped with an error */
    int split_blank;       /* text: blank lines separate articles */
    const char *date;      /* text: publication date for every article */
    const char *id;        /* text: id of the article (or prefix with -split) */
} sr_read_options;

enum { SR_DEFAULT_MAX_RECORD = 1 << 20 };

SR_EXPORT sr_read_options sr_read_options_default(void);

typedef struct sr_reader sr_reader;

/* Opens path ("-" or NULL for stdin); gzip input is read transparently.
 * Fails with SR_EIO for a missing or unreadable file and SR_EFORMAT for an
 * empty or binary one. */
SR_EXPORT sr_status sr_reader_open(const char *path, const sr_read_options *opt,
                                   sr_reader **out, sr_error *err);
/* Yields the next record. Returns SR_OK with *out set, SR_END at the end,
 * SR_EBADRECORD when one record was unreadable (err says which and why; call
 * again to go on), or another status when reading cannot go on. */
SR_EXPORT sr_status sr_reader_next(sr_reader *r, sr_record **out, sr_error *err);
/* The format in use (after detection). */
SR_EXPORT sr_format sr_reader_format(const sr_reader *r);
SR_EXPORT void sr_reader_free(sr_reader *r);

/* ---------------------------------------------------------------- analyses */

/* A token: a span of the record's text and its normalised form. Offsets are
 * bytes into sr_record.text. Annotation fields are filled by the parser or
 * by a given parse; NULL/-1 when absent. */
typedef struct sr_token {
    uint32_t start, end;     /* byte offsets into the record text */
    const char *form;        /* normalised form (curly quotes straightened) */
    const char *lemma;
    const char *upos;        /* universal POS tag, e.g. "NOUN" */
    const char *xpos;        /* Penn tag, e.g. "NNS" */
    const char *deprel;      /* dependency relation, e.g. "nsubj" */
    int32_t head;            /* 1-based index of the head, 0 for root, -1 none */
    uint8_t space_after;     /* whitespace follows in the text */
} sr_token;

typedef struct sr_sentence {
    uint32_t start, end;     /* byte offsets into the record text */
    sr_token *tokens;
    uint32_t ntokens;
} sr_sentence;

/* An issue (topic) of an event's sentence, from the issue list
 * (docs/dictionaries.md, "Issues"): its code and how many of the list's
 * phrases for it the sentence holds. */
typedef struct sr_event_issue {
    const char *code;        /* e.g. "NUCLEAR_WEAPONS" */
    uint32_t count;          /* >= 1 */
} sr_event_issue;

/* A CAMEO-coded event. Strings are NULL where unknown; numbers use the
 * *_known flags. See docs/jsonl.md for how each field is written. */
typedef struct sr_location {
    const char *name, *country, *admin1;
    double lat, lon;
    int64_t geonameid;       /* 0 for admin1 regions and countries */
    int known;               /* 0: no location */
    const char *kind;        /* "city", "admin1" or "country" */
} sr_location;

typedef struct sr_event {
    uint32_t sent;           /* 0-based sentence index in the record */
    uint32_t verb_token;     /* 0-based index of the coded verb in it */
    const char *date;        /* YYYY-MM-DD when the event happened */
    const char *date_precision; /* "day", "week", "month" or "year" as the
                                   text states it; NULL when the text gives
                                   no date and date is the record's */
    const char *source, *target;   /* CAMEO actor codes, "---" when absent */
    const char *code;        /* CAMEO event code, e.g. "195" */
    const char *plover;      /* PLOVER event type, NULL where none */
    double goldstein;
    int goldstein_known;
    int quad;                /* QuadClass 1-4, 0 unknown */
    const char *source_text, *target_text, *verb_text;
    sr_location location;
    int32_t killed, injured; /* -1 unknown */
    int32_t killed_low, killed_high; /* a stated bound or range, else -1 */
    const char *explain;     /* with explanations on: how the event was
                                coded, one reason per line; else NULL */
    uint32_t mentions;       /* how many mentions of one happening in the
                                record this event stands for: 1 unless
                                merged (sr_engine_options.dedup); writers
                                read 0 (an event built by hand) as 1 */
    const sr_event_issue *issues; /* the issues of the event's sentence, in
                                     the order first found; NULL when none
                                     (or no issue list is loaded) */
    uint32_t nissues;
} sr_event;

/* A remark about a sentence that produced no event (with explanations on):
 * why nothing was coded. */
typedef struct sr_note {
    uint32_t sent;
    const char *text;        /* one reason per line */
} sr_note;

/* The analysis of one record. Everything inside lives in the document and is
 * released by sr_doc_free. */
typedef struct sr_doc {
    const sr_record *record; /* borrowed: keep the record alive meanwhile */
    sr_sentence *sentences;
    uint32_t nsentences;
    sr_event *events;
    uint32_t nevents;
    sr_note *notes;
    uint32_t nnotes;
    struct sr_doc_internal *internal;
} sr_doc;

SR_EXPORT void sr_doc_free(sr_doc *d);

/* ---------------------------------------------------------------- engine */

/* Whether events need a source and a target actor. PETRARCH2's
 * require_dyad says yes; PLOVER and human coders also record one-sided
 * events ("Opposition parties rejected the budget", "five people were
 * killed"). SR_DYAD_AUTO follows the dictionaries: a PETR_config.ini's
 * require_dyad option, yes for PETRARCH2 files named one by one (as
 * PETRARCH2 defaults), no for sitrep's own set. A validation record's
 * <Config option="require_dyad"> overrides all three. */
typedef enum sr_dyad_rule {
    SR_DYAD_AUTO = 0,
    SR_DYAD_REQUIRED,
    SR_DYAD_OPTIONAL
} sr_dyad_rule;

typedef struct sr_engine_options {
    const char *data_dir;    /* where models live; NULL: SITREP_DATA, then the
                                install prefix, then the source tree */
    int load_parser;         /* load the tagger and parser models */
    int use_given_tokens;    /* take the tokens of sr_record.parse (CoNLL-U)
                                instead of splitting the text; the parser
                                then predicts the annotation afresh */
    int use_given_parse;     /* take tokens and their annotation from
                                sr_record.parse as they are */

    /* Event dictionaries in the PETRARCH2 formats (docs/dictionaries.md).
     * Events are coded when a verbs file and at least one actors file are
     * given, directly or through a PETR_config.ini; when none of the
     * fields below names a file and default_dicts is set, sitrep's own
     * set is loaded from the data folder's dict/ (dict/README.md). */
    int default_dicts;       /* 1 in sr_engine_options_default() */
    const char *petrarch_config; /* PETR_config.ini; its [Dictionaries] names
                                    resolve in dict_dir, else beside it */
    const char *dict_dir;
    const char *verbs;
    const char *const *actors;
    size_t nactors;
    const char *agents, *discards, *issues;
    int explain;             /* fill sr_event.explain and sr_doc.notes */
    sr_dyad_rule dyads;      /* whether an event needs both a source and a
                                target actor (docs/coder.md, "One-sided
                                events"); SR_DYAD_AUTO (0) in
                                sr_engine_options_default() */
    int plain_modals;        /* code "will send troops" as sending troops,
                                as PETRARCH2 does, not as CAMEO's stated
                                intention (0332); 0 in
                                sr_engine_options_default() */
    int agents_alone;        /* leave agents that name no actor without a
                                country ("the troops" -> ---MIL), as
                                PETRARCH2 does; 0 (the default) gives them
                                the country of their owner, place or story
                                (docs/coder.md, step 9, "The story's
                                country", and "Real news") */
    int keep_history;        /* keep events the text dates as background: more
                                than a year before the publication date ("in
                                2015, ..."), or, past a story's opening, two
                                months or more back ("in January" in March),
                                or told as the sequel or sum of such acts;
                                0 drops them (attr/history.h) */
    int attributes;          /* attach dates, casualty counts and places to
                                events and merge mentions (src/attr); 1 in
                                sr_engine_options_default(). 0 codes events
                                alone, for measuring what attributes cost. */
    int dedup;               /* merge repeated mentions of one happening
                                within a record into one event with a
                                `mentions` count (docs/attributes.md);
                                1 in sr_engine_options_default(). Evaluators
                                that score every coded clause set 0. */

    /* Locations (docs/attributes.md). With load_gazetteer set (1 in
     * sr_engine_options_default()), events are located with the gazetteer
     * index at gazetteer, or when that is NULL at
     * <data dir>/gazetteer/places.bin. A missing default index leaves
     * locations unknown and sets sr_engine_warning; a missing or corrupt
     * named one, or a corrupt default one, fails sr_engine_new with
     * SR_EMODEL. */
    int load_gazetteer;
    const char *gazetteer;
} sr_engine_options;

SR_EXPORT sr_engine_options sr_engine_options_default(void);

/* The data folder in use: options, then $SITREP_DATA, then PREFIX/share/sitrep
 * beside the running program, then the source tree the program was built in.
 * Copies at most size bytes into out; returns 0 when none exists. */
SR_EXPORT int sr_data_dir(const char *preferred, char *out, size_t size);

typedef struct sr_engine sr_engine;

SR_EXPORT sr_status sr_engine_new(const sr_engine_options *opt, sr_engine **out,
                                  sr_error *err);
SR_EXPORT void sr_engine_free(sr_engine *e);

/* Whether the engine codes events (dictionaries were loaded). */
SR_EXPORT int sr_engine_codes_events(const sr_engine *e);

/* Problems found while loading dictionaries: malformed entries (skipped)
 * and warnings, each as "file:line: error: message". Valid until
 * sr_engine_free. */
SR_EXPORT size_t sr_engine_diagnostic_count(const sr_engine *e, size_t *nerrors);
SR_EXPORT const char *sr_engine_diagnostic(const sr_engine *e, size_t i);

/* A one-line remark about the engine's set-up that does not stop it (the
 * default gazetteer index is missing, so locations stay unknown), or NULL.
 * Valid until sr_engine_free. */
SR_EXPORT const char *sr_engine_warning(const sr_engine *e);

/* Splits, tokenises and (when loaded) parses and codes one record. */
SR_EXPORT sr_status sr_engine_analyze(sr_engine *e, const sr_record *rec,
                                      sr_doc **out, sr_error *err);

/* ---------------------------------------------------------------- writers */

typedef enum sr_output {
    SR_OUTPUT_JSONL = 1,     /* one JSON object per event */
    SR_OUTPUT_TSV,           /* PETRARCH2 column order */
    SR_OUTPUT_TABLE,         /* aligned, for people */
    SR_OUTPUT_CONLLU         /* the tokens and parse of every sentence */
} sr_output;

SR_EXPORT sr_status sr_output_parse(const char *name, sr_output *out);

typedef struct sr_writer sr_writer;

/* The writer does not own the stream. */
SR_EXPORT sr_writer *sr_writer_new(sr_output format, FILE *out);
SR_EXPORT sr_status sr_writer_write(sr_writer *w, const sr_doc *doc, sr_error *err);
/* Flushes anything held back (the table writer aligns columns per batch). */
SR_EXPORT sr_status sr_writer_finish(sr_writer *w, sr_error *err);
SR_EXPORT void sr_writer_free(sr_writer *w);

/* ---------------------------------------------------------------- merging */

/* Merges the same event reported by several records (outlets): events that
 * share date, source, target, CAMEO root code and place become one, written
 * once with `mentions` summed, `sources` (distinct outlets: an event's
 * `outlet` when it has one, else its record id) and `records` (the record
 * ids). Input is sitrep's own JSONL event output (docs/jsonl.md), read from
 * files or given as documents; output is JSONL. Events are grouped through
 * a hash table, so time is linear in the events read and memory grows with
 * the distinct events, not with the input. See docs/cli.md (`sitrep
 * merge`) for the rules. */
typedef struct sr_merger sr_merger;

SR_EXPORT sr_merger *sr_merger_new(void);
SR_EXPORT void sr_merger_free(sr_merger *m);

/* Adds the events of one analysed document (as `sitrep code --merge` does);
 * the record's `source` field, when set, is the event's outlet. */
SR_EXPORT void sr_merger_add_doc(sr_merger *m, const sr_doc *doc);

/* Adds one line of JSONL event output. `file` and `line` (may be NULL / 0)
 * are for messages. Returns SR_OK (an event, or a `"code": null` line of
 * --explain output, which is not an event and is passed over), or
 * SR_EBADRECORD with err saying where and what: not JSON, not an object,
 * a key missing or of the wrong type. A bad line changes nothing. */
SR_EXPORT sr_status sr_merger_add_line(sr_merger *m, const char *text, size_t len,
                                       const char *file, size_t line, sr_error *err);

/* Reads every line of path ("-" or NULL for stdin; gzip is read
 * transparently). Returns SR_OK at the end of the file, SR_EBADRECORD after
 * one bad line (err says which; call again to go on with the next line),
 * or SR_EIO when the file cannot be opened or read. */
SR_EXPORT sr_status sr_merger_read(sr_merger *m, const char *path, sr_error *err);

/* Events added, lines passed over (explanation lines), and merged events. */
SR_EXPORT void sr_merger_counts(const sr_merger *m, size_t *events, size_t *passed,
                                size_t *merged);

/* Writes every merged event, one JSON object per line, in the order each
 * was first seen. Returns SR_EIO when the stream reports a write error. */
SR_EXPORT sr_status sr_merger_write(sr_merger *m, FILE *out, sr_error *err);

#ifdef __cplusplus
}
#endif
#endif
