/* dictionaries.h - loading the event dictionaries an engine was asked for.
 *
 * Turns the dictionary fields of sr_engine_options (a PETR_config.ini and
 * single files) into one sr_dict, collecting its diagnostics as formatted
 * lines the caller may show. */
#ifndef SR_PIPELINE_DICTIONARIES_H
#define SR_PIPELINE_DICTIONARIES_H

#include "sitrep.h"
#include "dict/dict.h"

typedef struct sr_loaded_dicts {
    sr_dict *dict;            /* NULL when no dictionary was asked for */
    char **diagnostics;       /* "file:line: error: message" lines */
    size_t ndiagnostics, nerrors;
    int require_dyad;         /* what the set asks for (sr_dyad_rule's AUTO):
                                 0 for sitrep's own set, a config's
                                 require_dyad, else 1 as PETRARCH2 does */
} sr_loaded_dicts;

/* Loads what opt names. Returns SR_OK with out->dict NULL when it names
 * nothing; SR_EDICT (err says why) when a file cannot be read or when the
 * set lacks verbs or actors. */
sr_status sr_dicts_load(const sr_engine_options *opt, sr_loaded_dicts *out, sr_error *err);
void sr_dicts_free(sr_loaded_dicts *d);

#endif
