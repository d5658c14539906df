/* dictionaries.c - the dictionary files an engine was asked for, or
 * sitrep's own set when it was asked for none.
 *
 * sitrep's own set is a folder, not a config file, so that a maintainer
 * adds a dictionary by dropping a file in: every .txt file in
 * <data>/dict/verbs/ and <data>/dict/actors/ (in name order, so a later
 * file's actor entry replaces an earlier one deterministically), plus
 * dict/agents.txt, dict/discards.txt and dict/issues.txt when present. */
#include "pipeline/dictionaries.h"
#include "base/alloc.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
    snprintf(err->message, sizeof err->message, "%.500s", msg);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef sr_status (*load_fn)(sr_dict *, const char *, sr_dict_diags *, sr_error *);

/* Loads every *.txt in dir, in name order; *count gets how many. A missing
 * folder loads nothing (the caller decides whether that is an error). */
static sr_status load_folder(sr_dict *d, const char *dir, load_fn load, sr_dict_diags *diags,
                             size_t *count, sr_error *err)
{
    *count = 0;
    DIR *dh = opendir(dir);
    if (!dh)
        return SR_OK;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *ent;
    while ((ent = readdir(dh)) != NULL) {
        size_t len = strlen(ent->d_name);
        if (len <= 4 || ent->d_name[0] == '.' || strcmp(ent->d_name + len - 4, ".txt") != 0)
            continue;
        SR_GROW(names, cap, n + 1);
        names[n++] = sr_xstrdup(ent->d_name);
    }
    closedir(dh);
    if (n)
        qsort(names, n, sizeof *names, by_name);
    sr_status st = SR_OK;
    for (size_t i = 0; i < n; i++) {
        char path[PATH_MAX + 256];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (st == SR_OK && (st = load(d, path, diags, err)) == SR_OK)
            (*count)++;
        free(names[i]);
    }
    free(names);
    return st;
}

static int is_file(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

static sr_status load_own_set(const sr_engine_options *opt, sr_dict *d, sr_dict_diags *diags,
                              int *have_verbs, int *have_actors, sr_error *err)
{
    char data[PATH_MAX];
    if (!sr_data_dir(opt->data_dir, data, sizeof data)) {
        fail(err, "no dictionaries were given and sitrep's data folder (with dict/) was not "
                  "found: set SITREP_DATA or --data, or give --verbs FILE --actors FILE");
        return SR_EDICT;
    }
    char dir[PATH_MAX + 64];
    size_t nverbs = 0, nactors = 0;
    snprintf(dir, sizeof dir, "%s/dict/verbs", data);
    sr_status st = load_folder(d, dir, sr_dict_load_verbs, diags, &nverbs, err);
    snprintf(dir, sizeof dir, "%s/dict/actors", data);
    if (st == SR_OK)
        st = load_folder(d, dir, sr_dict_load_actors, diags, &nactors, err);
    static const struct {
        const char *name;
        load_fn load;
    } singles[] = {{"agents.txt", sr_dict_load_agents},
                   {"discards.txt", sr_dict_load_discards},
                   {"issues.txt", sr_dict_load_issues}};
    for (size_t i = 0; st == SR_OK && i < sizeof singles / sizeof singles[0]; i++) {
        snprintf(dir, sizeof dir, "%s/dict/%s", data, singles[i].name);
        if (is_file(dir))
            st = singles[i].load(d, dir, diags, err);
    }
    if (st == SR_OK && !(nverbs && nactors)) {
        char msg[PATH_MAX + 200];
        snprintf(msg, sizeof msg,
                 "no dictionaries were given and %s/dict holds no verbs/*.txt or no "
                 "actors/*.txt: give --verbs FILE --actors FILE or --petrarch-config FILE",
                 data);
        fail(err, msg);
        return SR_EDICT;
    }
    *have_verbs = nverbs > 0;
    *have_actors = nactors > 0;
    return st;
}

sr_status sr_dicts_load(const sr_engine_options *opt, sr_loaded_dicts *out, sr_error *err)
{
    memset(out, 0, sizeof *out);
    int own_set = !names_any(opt);
    if (own_set && !opt->default_dicts)
        return SR_OK;
    sr_dict *d = sr_dict_new();
    sr_dict_diags diags = SR_DICT_DIAGS_INIT;
    sr_status st = SR_OK;
    int have_verbs = opt->verbs != NULL, have_actors = opt->nactors > 0;
    int require_dyad = !own_set;
    if (own_set)
        st = load_own_set(opt, d, &diags, &have_verbs, &have_actors, err);

    if (opt->petrarch_config) {
        sr_petrarch_config cfg;
        st = sr_petrarch_config_read(opt->petrarch_config, opt->dict_dir, &cfg, err);
        if (st == SR_OK) {
            have_verbs |= cfg.verbs != NULL;
            have_actors |= cfg.nactors > 0;
            if (cfg.require_dyad >= 0)
                require_dyad = cfg.require_dyad;
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
    out->require_dyad = require_dyad;
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
