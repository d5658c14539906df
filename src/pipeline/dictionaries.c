#include "pipeline/dictionaries.h"
#include "base/alloc.h"

#include <stdio.h>
#include <string.h>

static int names_any(const sr_engine_options *o)
{
    return o->petrarch_config || o->verbs || o->nactors || o->agents || o->discards ||
           o->issues;
}

static void fail(sr_error *err, const char *msg)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->code = SR_EDICT;
    snprintf(err->message, sizeof err->message, "%s", msg);
}

sr_status sr_dicts_load(const sr_engine_options *opt, sr_loaded_dicts *out, sr_error *err)
{
    memset(out, 0, sizeof *out);
    if (!names_any(opt))
        return SR_OK;
    sr_dict *d = sr_dict_new();
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_status st = SR_OK;
    int have_verbs = opt->verbs != NULL, have_actors = opt->nactors > 0;

    if (opt->petrarch_config) {
        sr_petrarch_config cfg;
        st = sr_petrarch_config_read(opt->petrarch_config, opt->dict_dir, &cfg, err);
        if (st == SR_OK) {
            have_verbs |= cfg.verbs != NULL;
            have_actors |= cfg.nactors > 0;
            sr_petrarch_config_free(&cfg);
            st = sr_dict_load_petrarch_config(d, opt->petrarch_config, opt->dict_dir, &diags,
                                              err);
        }
    }
    if (st == SR_OK && opt->verbs)
        st = sr_dict_load_verbs(d, opt->verbs, &diags, err);
    for (size_t i = 0; st == SR_OK && i < opt->nactors; i++)
        st = sr_dict_load_actors(d, opt->actors[i], &diags, err);
    if (st == SR_OK && opt->agents)
        st = sr_dict_load_agents(d, opt->agents, &diags, err);
    if (st == SR_OK && opt->discards)
        st = sr_dict_load_discards(d, opt->discards, &diags, err);
    if (st == SR_OK && opt->issues)
        st = sr_dict_load_issues(d, opt->issues, &diags, err);
    if (st == SR_OK && !(have_verbs && have_actors)) {
        fail(err, "coding needs a verbs dictionary and at least one actors dictionary "
                  "(--verbs FILE --actors FILE, or --petrarch-config FILE)");
        st = SR_EDICT;
    }
    if (st != SR_OK) {
        if (err)
            err->code = SR_EDICT;
        sr_dict_diags_free(&diags);
        sr_dict_free(d);
        return SR_EDICT;
    }
    out->dict = d;
    out->diagnostics = sr_xcalloc(diags.n ? diags.n : 1, sizeof(char *));
    for (size_t i = 0; i < diags.n; i++) {
        char line[1024];
        sr_dict_diag_format(&diags.items[i], line, sizeof line);
        out->diagnostics[i] = sr_xstrdup(line);
    }
    out->ndiagnostics = diags.n;
    out->nerrors = diags.nerrors;
    sr_dict_diags_free(&diags);
    return SR_OK;
}

void sr_dicts_free(sr_loaded_dicts *d)
{
    for (size_t i = 0; i < d->ndiagnostics; i++)
        free(d->diagnostics[i]);
    free(d->diagnostics);
    if (d->dict)
        sr_dict_free(d->dict);
    memset(d, 0, sizeof *d);
}
