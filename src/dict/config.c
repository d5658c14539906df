/* PETR_config.ini: the [Dictionaries] section names the files PETRARCH2
 * loads, so existing set-ups run unchanged, and [Options] require_dyad
 * says whether events need two sides. The rest of the file (other coding
 * options, Stanford paths) is checked for syntax only. */
#include "dict/dict_internal.h"
#include "base/error.h"

#include "base/alloc.h"
#include "base/buf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static char *resolve(const char *dir, const char *name, size_t len)
{
    sr_buf b = SR_BUF_INIT;
    if (name[0] != '/' && dir && *dir) {
        sr_buf_puts(&b, dir);
        if (b.data[b.len - 1] != '/')
            sr_buf_putc(&b, '/');
    }
    sr_buf_append(&b, name, len);
    return sr_buf_detach(&b);
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

/* Python's configparser keeps inline text; PETRARCH2 set-ups only ever put
 * comments on lines of their own, but " #" and " ;" are cut here too. */
static void cut_inline_comment(char *s)
{
    for (char *p = s; *p; p++)
        if ((*p == '#' || *p == ';') && p > s && (p[-1] == ' ' || p[-1] == '\t')) {
            *p = '\0';
            return;
        }
}

enum { K_NONE, K_VERBS, K_ACTORS, K_AGENTS, K_DISCARDS, K_ISSUES, K_DYAD, K_COUNT };

static int key_id(const char *k)
{
    static const char *names[K_COUNT] = {"", "verbfile_name", "actorfile_list",
                                         "agentfile_name", "discardfile_name",
                                         "issuefile_name", "require_dyad"};
    for (int i = 1; i < K_COUNT; i++)
        if (strcasecmp(k, names[i]) == 0)
            return i;
    return K_NONE;
}

/* configparser's getboolean words. Returns 1, 0, or -1 for anything else. */
static int boolean_word(const char *v)
{
    static const char *yes[] = {"true", "yes", "on", "1"}, *no[] = {"false", "no", "off", "0"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
        if (strcasecmp(v, yes[i]) == 0)
            return 1;
        if (strcasecmp(v, no[i]) == 0)
            return 0;
    }
    return -1;
}

sr_status sr_petrarch_config_read(const char *ini_path, const char *dict_dir,
                                  sr_petrarch_config *out, sr_error *err)
{
    memset(out, 0, sizeof *out);
    FILE *f = fopen(ini_path, "r");
    if (!f)
        return sr_error_set(err, SR_EIO, ini_path, 0, "cannot read config: %s", strerror(errno));
    sr_buf values[K_COUNT];
    memset(values, 0, sizeof values);
    int in_dicts = 0, in_options = 0, seen_dicts = 0, cur = -1;
    out->require_dyad = -1;
    char line[4096];
    size_t ln = 0;
    sr_status st = SR_OK;
    while (fgets(line, sizeof line, f)) {
        ln++;
        size_t n = strlen(line);
        if (n == sizeof line - 1 && line[n - 1] != '\n') {
            st = sr_error_set(err, SR_EFORMAT, ini_path, ln, "line longer than %zu bytes",
                           sizeof line - 2);
            break;
        }
        int indented = line[0] == ' ' || line[0] == '\t';
        char *s = trim(line);
        if (n && s[strlen(s) - 1] == '\n')
            s[strlen(s) - 1] = '\0';
        s = trim(s);
        if (!*s || *s == '#' || *s == ';')
            continue;
        if (indented && cur >= 0) {
            /* A continuation line: configparser joins it to the value above. */
            cut_inline_comment(s);
            if (cur != K_NONE) {
                sr_buf_putc(&values[cur], ' ');
                sr_buf_puts(&values[cur], trim(s));
            }
            continue;
        }
        if (*s == '[') {
            char *e = strchr(s, ']');
            if (!e || e[1]) {
                st = sr_error_set(err, SR_EFORMAT, ini_path, ln, "malformed section header \"%s\"",
                               s);
                break;
            }
            *e = '\0';
            in_dicts = strcasecmp(trim(s + 1), "Dictionaries") == 0;
            in_options = strcasecmp(trim(s + 1), "Options") == 0;
            seen_dicts |= in_dicts;
            cur = -1;
            continue;
        }
        char *eq = strpbrk(s, "=:");
        if (!eq) {
            st = sr_error_set(err, SR_EFORMAT, ini_path, ln,
                           "expected \"key = value\", a [section] or a comment, found \"%s\"", s);
            break;
        }
        *eq = '\0';
        char *key = trim(s), *val = eq + 1;
        cut_inline_comment(val);
        val = trim(val);
        cur = key_id(key);
        if ((cur == K_DYAD) != in_options || (!in_dicts && !in_options))
            cur = K_NONE;
        if (cur == K_DYAD) {
            out->require_dyad = boolean_word(val);
            if (out->require_dyad < 0) {
                st = sr_error_set(err, SR_EFORMAT, ini_path, ln,
                                  "require_dyad is \"%s\"; expected True or False", val);
                break;
            }
            cur = K_NONE;
        } else if (cur != K_NONE) {
            sr_buf_clear(&values[cur]);
            sr_buf_puts(&values[cur], val);
        }
    }
    if (st == SR_OK && ferror(f))
        st = sr_error_set(err, SR_EIO, ini_path, ln, "read error: %s", strerror(errno));
    fclose(f);
    if (st == SR_OK && !seen_dicts)
        st = sr_error_set(err, SR_EFORMAT, ini_path, 0, "no [Dictionaries] section");
    else if (st == SR_OK && !values[K_VERBS].len)
        st = sr_error_set(err, SR_EFORMAT, ini_path, 0,
                       "[Dictionaries] has no verbfile_name");
    else if (st == SR_OK && !values[K_ACTORS].len)
        st = sr_error_set(err, SR_EFORMAT, ini_path, 0,
                       "[Dictionaries] has no actorfile_list");
    if (st == SR_OK) {
        char *dir = NULL;
        if (dict_dir) {
            dir = sr_xstrdup(dict_dir);
        } else {
            const char *slash = strrchr(ini_path, '/');
            dir = slash ? sr_xstrndup(ini_path, (size_t)(slash - ini_path)) : sr_xstrdup(".");
        }
        out->verbs = resolve(dir, values[K_VERBS].data, values[K_VERBS].len);
        if (values[K_AGENTS].len)
            out->agents = resolve(dir, values[K_AGENTS].data, values[K_AGENTS].len);
        if (values[K_DISCARDS].len)
            out->discards = resolve(dir, values[K_DISCARDS].data, values[K_DISCARDS].len);
        if (values[K_ISSUES].len)
            out->issues = resolve(dir, values[K_ISSUES].data, values[K_ISSUES].len);
        size_t cap = 0;
        const char *p = values[K_ACTORS].data, *end = p + values[K_ACTORS].len;
        while (p < end) {
            const char *c = memchr(p, ',', (size_t)(end - p));
            if (!c)
                c = end;
            const char *b = p, *e = c;
            while (b < e && (*b == ' ' || *b == '\t'))
                b++;
            while (e > b && (e[-1] == ' ' || e[-1] == '\t'))
                e--;
            if (e > b) {
                SR_GROW(out->actors, cap, out->nactors + 1);
                out->actors[out->nactors++] = resolve(dir, b, (size_t)(e - b));
            }
            p = c + 1;
        }
        free(dir);
    }
    for (int i = 0; i < K_COUNT; i++)
        sr_buf_free(&values[i]);
    if (st != SR_OK)
        sr_petrarch_config_free(out);
    return st;
}

void sr_petrarch_config_free(sr_petrarch_config *c)
{
    if (!c)
        return;
    free(c->verbs);
    for (size_t i = 0; i < c->nactors; i++)
        free(c->actors[i]);
    free(c->actors);
    free(c->agents);
    free(c->discards);
    free(c->issues);
    memset(c, 0, sizeof *c);
}

sr_status sr_dict_load_petrarch_config(sr_dict *d, const char *ini_path,
                                       const char *dict_dir, sr_dict_diags *diags,
                                       sr_error *err)
{
    sr_petrarch_config c;
    sr_status st = sr_petrarch_config_read(ini_path, dict_dir, &c, err);
    if (st != SR_OK)
        return st;
    st = sr_dict_load_verbs(d, c.verbs, diags, err);
    for (size_t i = 0; st == SR_OK && i < c.nactors; i++)
        st = sr_dict_load_actors(d, c.actors[i], diags, err);
    if (st == SR_OK && c.agents)
        st = sr_dict_load_agents(d, c.agents, diags, err);
    if (st == SR_OK && c.discards)
        st = sr_dict_load_discards(d, c.discards, diags, err);
    if (st == SR_OK && c.issues)
        st = sr_dict_load_issues(d, c.issues, diags, err);
    sr_petrarch_config_free(&c);
    return st;
}
