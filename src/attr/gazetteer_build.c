/* gazetteer_build.c - compiling GeoNames, admin1 names and iso-codes into
 * the gazetteer index (layout in gazetteer_format.h, docs/gazetteer.md). */
#include "attr/gazetteer.h"
#include "base/error.h"
#include "attr/gazetteer_format.h"
#include "base/alloc.h"
#include "base/buf.h"
#include "base/file.h"
#include "nlp/model_file.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

enum { PLACE_FIELDS = 19, MAX_COUNTRIES = 26 * 26 };

/* Countries GeoNames uses that ISO 3166-1 does not assign. */
static const struct { const char *a2, *a3, *name; } extra_countries[] = {
    { "XK", "XKX", "Kosovo" },
};

/* Everyday English names that iso-codes lacks (it has "Russian Federation",
 * "Türkiye"). Short forms that are also English words ("US") are left out:
 * a lookup would match every "us" in a story. */
static const struct { const char *a2, *name; } country_aliases[] = {
    { "RU", "Russia" },      { "TR", "Turkey" },         { "PS", "Palestine" },
    { "GB", "Britain" },     { "GB", "Great Britain" },   { "GB", "UK" },
    { "GB", "U.K." },        { "US", "U.S." },            { "US", "U.S.A." },
    { "US", "USA" },         { "CZ", "Czech Republic" },  { "CD", "DR Congo" },
    { "CD", "Democratic Republic of the Congo" },         { "CG", "Republic of the Congo" },
    { "VA", "Vatican" },     { "MM", "Burma" },           { "CI", "Ivory Coast" },
    { "CV", "Cape Verde" },  { "SZ", "Swaziland" },       { "MK", "Macedonia" },
};

/* Suffixes after which an admin1 name is also indexed without them, so
 * that "Damascus Governorate" is found as "Damascus" and "Kyiv Oblast" as
 * "Kyiv" (folded forms). */
static const char *const admin1_suffixes[] = {
    " governorate", " province", " oblast", " region", " city", " state",
    " prefecture", " district", " county", " department", " municipality",
};

typedef struct country_rec {
    char a2[4], a3[4];
    char *name;      /* display name: common_name when present */
    char **keys;     /* every name it is indexed under (unfolded) */
    size_t nkeys, capkeys;
    uint32_t entry;
    double wlat, wlon, wsum, ulat, ulon;
    size_t nplaces;
    uint64_t pop;
    uint32_t capital;  /* place index of its PPLC, SR_GAZ_NONE if none */
    uint64_t capital_pop;
} country_rec;

typedef struct admin1_rec {
    char *code;      /* "SY.12" */
    char *name;
    uint16_t country;
    double wlat, wlon, wsum, ulat, ulon;
    size_t nplaces;
    uint64_t pop;
} admin1_rec;

typedef struct posting {
    const char *key;
    uint64_t pop;
    uint32_t key_off;
    uint32_t entry;
} posting;

typedef struct builder {
    const sr_gazetteer_sources *src;
    sr_error *err;
    sr_gazetteer_build_stats stats;
    country_rec *countries;
    size_t ncountries, capcountries;
    int16_t by_a2[MAX_COUNTRIES];   /* alpha-2 to index into countries, -1 */
    admin1_rec *admin1;
    size_t nadmin1, capadmin1;
    sr_gaz_entry *entries;
    size_t nentries, capentries;
    sr_buf strings;                 /* the index's string table */
    sr_buf keytext;                 /* folded keys while building */
    posting *posts;
    size_t nposts, capposts;
    /* keys of the entry being added, to drop duplicates within one entry */
    uint32_t *cur;
    size_t ncur, capcur;
} builder;

static sr_status fail(builder *b, const char *file, size_t line, sr_status code,
                      const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sr_error_setv(b->err, code, file, line, fmt, ap);
    va_end(ap);
    return code;
}

static uint32_t add_string(builder *b, const char *s, size_t len)
{
    uint32_t off = (uint32_t)b->strings.len;
    sr_buf_append(&b->strings, s, len);
    sr_buf_putc(&b->strings, '\0');
    return off;
}

static int a2_index(const char *a2)
{
    if (a2[0] < 'A' || a2[0] > 'Z' || a2[1] < 'A' || a2[1] > 'Z')
        return -1;
    return (a2[0] - 'A') * 26 + (a2[1] - 'A');
}

static void country_key(country_rec *c, const char *name)
{
    SR_GROW(c->keys, c->capkeys, c->nkeys + 1);
    c->keys[c->nkeys++] = sr_xstrdup(name);
}

static country_rec *new_country(builder *b, const char *a2, const char *a3,
                                const char *name)
{
    SR_GROW(b->countries, b->capcountries, b->ncountries + 1);
    country_rec *c = &b->countries[b->ncountries];
    memset(c, 0, sizeof *c);
    snprintf(c->a2, sizeof c->a2, "%s", a2);
    snprintf(c->a3, sizeof c->a3, "%s", a3);
    c->name = sr_xstrdup(name);
    c->capital = SR_GAZ_NONE;
    b->by_a2[a2_index(a2)] = (int16_t)b->ncountries;
    b->ncountries++;
    return c;
}

static const char *json_str(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static sr_status read_countries(builder *b)
{
    const char *path = b->src->countries;
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root)
        return fail(b, path, je.line > 0 ? (size_t)je.line : 0, SR_EFORMAT, "%s", je.text);
    json_t *list = json_object_get(root, "3166-1");
    if (!json_is_array(list)) {
        json_decref(root);
        return fail(b, path, 0, SR_EFORMAT,
                    "expected an object with a \"3166-1\" array (iso-codes format)");
    }
    sr_status st = SR_OK;
    for (size_t i = 0; i < json_array_size(list) && st == SR_OK; i++) {
        json_t *o = json_array_get(list, i);
        const char *a2 = json_str(o, "alpha_2"), *a3 = json_str(o, "alpha_3");
        const char *name = json_str(o, "name"), *common = json_str(o, "common_name");
        const char *official = json_str(o, "official_name");
        if (!a2 || !a3 || !name || strlen(a2) != 2 || strlen(a3) != 3 || a2_index(a2) < 0) {
            st = fail(b, path, 0, SR_EFORMAT,
                      "country %lu: needs alpha_2 (2 capitals), alpha_3 and name",
                      (unsigned long)i);
            break;
        }
        if (b->by_a2[a2_index(a2)] >= 0) {
            st = fail(b, path, 0, SR_EFORMAT, "country %s is listed twice", a2);
            break;
        }
        country_rec *c = new_country(b, a2, a3, common ? common : name);
        country_key(c, name);
        if (common)
            country_key(c, common);
        if (official)
            country_key(c, official);
    }
    json_decref(root);
    if (st != SR_OK)
        return st;
    for (size_t i = 0; i < sizeof extra_countries / sizeof *extra_countries; i++) {
        if (b->by_a2[a2_index(extra_countries[i].a2)] < 0) {
            country_rec *c = new_country(b, extra_countries[i].a2, extra_countries[i].a3,
                                         extra_countries[i].name);
            country_key(c, extra_countries[i].name);
        }
    }
    for (size_t i = 0; i < sizeof country_aliases / sizeof *country_aliases; i++) {
        int k = b->by_a2[a2_index(country_aliases[i].a2)];
        if (k >= 0)
            country_key(&b->countries[k], country_aliases[i].name);
    }
    return SR_OK;
}

static int admin1_cmp(const void *x, const void *y)
{
    return strcmp(((const admin1_rec *)x)->code, ((const admin1_rec *)y)->code);
}

static sr_status read_admin1(builder *b)
{
    const char *path = b->src->admin1;
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root)
        return fail(b, path, je.line > 0 ? (size_t)je.line : 0, SR_EFORMAT, "%s", je.text);
    if (!json_is_array(root)) {
        json_decref(root);
        return fail(b, path, 0, SR_EFORMAT,
                    "expected an array of {\"code\": \"CC.A1\", \"name\": ...}");
    }
    sr_status st = SR_OK;
    for (size_t i = 0; i < json_array_size(root); i++) {
        json_t *o = json_array_get(root, i);
        const char *code = json_str(o, "code"), *name = json_str(o, "name");
        if (!code || !name || strlen(code) < 4 || code[2] != '.' || !*name) {
            st = fail(b, path, 0, SR_EFORMAT,
                      "admin1 record %lu: needs \"code\" like \"SY.12\" and a \"name\"",
                      (unsigned long)i);
            break;
        }
        int k = a2_index(code);
        if (k < 0 || b->by_a2[k] < 0) {
            st = fail(b, path, 0, SR_EFORMAT, "admin1 record %lu (%s): unknown country",
                      (unsigned long)i, code);
            break;
        }
        SR_GROW(b->admin1, b->capadmin1, b->nadmin1 + 1);
        admin1_rec *a = &b->admin1[b->nadmin1++];
        memset(a, 0, sizeof *a);
        a->code = sr_xstrdup(code);
        a->name = sr_xstrdup(name);
        a->country = (uint16_t)b->by_a2[k];
    }
    json_decref(root);
    if (st != SR_OK)
        return st;
    qsort(b->admin1, b->nadmin1, sizeof *b->admin1, admin1_cmp);
    for (size_t i = 1; i < b->nadmin1; i++)
        if (strcmp(b->admin1[i - 1].code, b->admin1[i].code) == 0)
            return fail(b, path, 0, SR_EFORMAT, "admin1 code %s is listed twice",
                        b->admin1[i].code);
    return SR_OK;
}

static long find_admin1(const builder *b, const char *cc, const char *code)
{
    char key[64];
    if (!*code || snprintf(key, sizeof key, "%s.%s", cc, code) >= (int)sizeof key)
        return -1;
    admin1_rec probe = { .code = key };
    const admin1_rec *a = bsearch(&probe, b->admin1, b->nadmin1, sizeof *b->admin1,
                                  admin1_cmp);
    return a ? a - b->admin1 : -1;
}

/* Whether a folded name is written in the Latin script (or has no letters
 * outside it): English news spells places in Latin letters, and leaving out
 * the other scripts keeps the index to a few tens of megabytes. */
static int latin_only(const char *s, size_t len)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t i = 0;
    while (i < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0 || cp > 0x024F)
            return 0;
        i += (size_t)n;
    }
    return 1;
}

/* GeoNames lists airport and other codes among alternate names ("ALP" for
 * Aleppo); as keys they would match acronyms in stories. */
static int looks_like_code(const char *s, size_t len)
{
    if (len == 0 || len > 4)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
            return 0;
    return 1;
}

static int u32_cmp(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, c = *(const uint32_t *)y;
    return a < c ? -1 : a > c;
}

/* Adds name as a key of the current entry; alternate names pass the
 * filters above, the entry's own names always count. */
static void add_key(builder *b, const char *name, size_t len, int alternate)
{
    while (len > 0 && (name[0] == ' '))
        name++, len--;
    if (len == 0)
        return;
    if (alternate && looks_like_code(name, len)) {
        b->stats.skipped_names++;
        return;
    }
    char folded[SR_GAZETTEER_NAME_MAX * 4 + 8];
    size_t n = len > SR_GAZETTEER_NAME_MAX
                   ? (size_t)-1
                   : sr_gazetteer_fold(name, len, folded, sizeof folded);
    if (n == (size_t)-1 || n == 0 || (alternate && !latin_only(folded, n))) {
        b->stats.skipped_names++;
        return;
    }
    /* Dedupe within the entry by text: keys are appended to keytext and
     * rolled back when the entry already has the same one. */
    uint32_t off = (uint32_t)b->keytext.len;
    for (size_t i = 0; i < b->ncur; i++)
        if (strcmp(b->keytext.data + b->cur[i], folded) == 0)
            return;
    sr_buf_append(&b->keytext, folded, n);
    sr_buf_putc(&b->keytext, '\0');
    SR_GROW(b->cur, b->capcur, b->ncur + 1);
    b->cur[b->ncur++] = off;
}

/* Turns the current entry's keys into postings. */
static void end_entry(builder *b, uint32_t entry)
{
    qsort(b->cur, b->ncur, sizeof *b->cur, u32_cmp);
    for (size_t i = 0; i < b->ncur; i++) {
        SR_GROW(b->posts, b->capposts, b->nposts + 1);
        posting *p = &b->posts[b->nposts++];
        p->key = NULL;
        p->key_off = b->cur[i];
        p->entry = entry;
        p->pop = 0;
    }
    b->ncur = 0;
}

static sr_gaz_entry *new_entry(builder *b)
{
    SR_GROW(b->entries, b->capentries, b->nentries + 1);
    sr_gaz_entry *e = &b->entries[b->nentries++];
    memset(e, 0, sizeof *e);
    e->admin1 = SR_GAZ_NONE;
    return e;
}

static int parse_u64(const char *s, uint64_t *out)
{
    if (!*s) {
        *out = 0;
        return 1;
    }
    if (*s < '0' || *s > '9')
        return 0;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end)
        return 0;
    *out = v;
    return 1;
}

static int parse_coord(const char *s, double limit, double *out)
{
    if (!*s)
        return 0;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || *end || !isfinite(v) || v < -limit || v > limit)
        return 0;
    *out = v;
    return 1;
}

static sr_status read_places(builder *b)
{
    const char *path = b->src->places;
    char *data = NULL;
    size_t len = 0;
    sr_status st = sr_file_read_all(path, &data, &len, b->err);
    if (st != SR_OK)
        return st;
    char *line = data, *end = data + len;
    size_t lineno = 0;
    while (line < end && st == SR_OK) {
        lineno++;
        char *nl = memchr(line, '\n', (size_t)(end - line));
        char *stop = nl ? nl : end;
        if (stop > line && stop[-1] == '\r')
            stop[-1] = '\0';
        *stop = '\0';
        char *next = nl ? nl + 1 : end;
        if (*line == '\0') {
            line = next;
            continue;
        }
        char *f[PLACE_FIELDS];
        size_t nf = 0;
        char *p = line;
        for (;;) {
            char *tab = strchr(p, '\t');
            if (nf < PLACE_FIELDS)
                f[nf] = p;
            nf++;
            if (!tab)
                break;
            *tab = '\0';
            p = tab + 1;
        }
        if (nf != PLACE_FIELDS) {
            st = fail(b, path, lineno, SR_EFORMAT,
                      "%lu tab-separated fields, expected %d (GeoNames layout)",
                      (unsigned long)nf, PLACE_FIELDS);
            break;
        }
        uint64_t id, pop;
        double lat, lon;
        if (!parse_u64(f[0], &id) || id == 0 || id > UINT32_MAX) {
            st = fail(b, path, lineno, SR_EFORMAT, "bad geonameid \"%s\"", f[0]);
            break;
        }
        if (!*f[1]) {
            st = fail(b, path, lineno, SR_EFORMAT, "geonameid %s has no name", f[0]);
            break;
        }
        if (!parse_coord(f[4], 90, &lat) || !parse_coord(f[5], 180, &lon)) {
            st = fail(b, path, lineno, SR_EFORMAT, "bad coordinates \"%s\", \"%s\"",
                      f[4], f[5]);
            break;
        }
        if (!parse_u64(f[14], &pop)) {
            st = fail(b, path, lineno, SR_EFORMAT, "bad population \"%s\"", f[14]);
            break;
        }
        int k = strlen(f[8]) == 2 ? a2_index(f[8]) : -1;
        if (k < 0 || b->by_a2[k] < 0) {
            st = fail(b, path, lineno, SR_EFORMAT,
                      "country code \"%s\" is not in %s", f[8], b->src->countries);
            break;
        }
        if (b->nentries >= SR_GAZ_NONE - 1) {
            st = fail(b, path, lineno, SR_EFORMAT, "too many places");
            break;
        }
        uint32_t index = (uint32_t)b->nentries;
        country_rec *c = &b->countries[b->by_a2[k]];
        sr_gaz_entry *e = new_entry(b);
        e->kind = SR_GAZ_CITY;
        e->coord = SR_GAZ_COORD_OWN;
        e->geonameid = (uint32_t)id;
        e->lat = (float)lat;
        e->lon = (float)lon;
        e->population = pop;
        e->country = (uint16_t)b->by_a2[k];
        e->name = add_string(b, f[1], strlen(f[1]));
        long a = find_admin1(b, f[8], f[10]);
        admin1_rec *ar = a >= 0 ? &b->admin1[a] : NULL;
        /* Admin1 entry ids are known only once all places are in, so the
         * admin1 table index is stored for now and fixed up later. */
        e->admin1 = a >= 0 ? (uint32_t)a : SR_GAZ_NONE;
        double w = (double)pop;
        c->wlat += w * lat, c->wlon += w * lon, c->wsum += w;
        c->ulat += lat, c->ulon += lon, c->nplaces++, c->pop += pop;
        if (strcmp(f[7], "PPLC") == 0 && (c->capital == SR_GAZ_NONE || pop > c->capital_pop))
            c->capital = index, c->capital_pop = pop;
        if (ar) {
            ar->wlat += w * lat, ar->wlon += w * lon, ar->wsum += w;
            ar->ulat += lat, ar->ulon += lon, ar->nplaces++, ar->pop += pop;
        }
        add_key(b, f[1], strlen(f[1]), 0);
        add_key(b, f[2], strlen(f[2]), 0);
        for (char *s = f[3]; *s;) {
            char *comma = strchr(s, ',');
            size_t n = comma ? (size_t)(comma - s) : strlen(s);
            add_key(b, s, n, 1);
            s = comma ? comma + 1 : s + n;
        }
        end_entry(b, index);
        b->stats.places++;
        line = next;
    }
    free(data);
    if (st == SR_OK && b->stats.places == 0)
        st = fail(b, path, 0, SR_EFORMAT, "no places");
    return st;
}

/* Population-weighted centre; a plain mean when every place has population
 * 0 (GeoNames leaves many small places at 0). */
static void centre(double wlat, double wlon, double wsum, double ulat, double ulon,
                   size_t n, sr_gaz_entry *e)
{
    if (n == 0) {
        e->coord = SR_GAZ_COORD_NONE;
        return;
    }
    e->coord = SR_GAZ_COORD_WEIGHTED;
    e->lat = (float)(wsum > 0 ? wlat / wsum : ulat / (double)n);
    e->lon = (float)(wsum > 0 ? wlon / wsum : ulon / (double)n);
}

static void add_regions(builder *b)
{
    size_t first_admin1 = b->nentries;
    for (size_t i = 0; i < b->nadmin1; i++) {
        admin1_rec *a = &b->admin1[i];
        uint32_t index = (uint32_t)b->nentries;
        sr_gaz_entry *e = new_entry(b);
        e->kind = SR_GAZ_ADMIN1;
        e->country = a->country;
        e->population = a->pop;
        e->name = add_string(b, a->name, strlen(a->name));
        centre(a->wlat, a->wlon, a->wsum, a->ulat, a->ulon, a->nplaces, e);
        add_key(b, a->name, strlen(a->name), 0);
        char folded[SR_GAZETTEER_NAME_MAX * 4 + 8];
        size_t n = strlen(a->name) > SR_GAZETTEER_NAME_MAX
                       ? (size_t)-1
                       : sr_gazetteer_fold(a->name, strlen(a->name), folded, sizeof folded);
        for (size_t s = 0; n != (size_t)-1 && s < sizeof admin1_suffixes / sizeof *admin1_suffixes; s++) {
            size_t sl = strlen(admin1_suffixes[s]);
            if (n > sl && strcmp(folded + n - sl, admin1_suffixes[s]) == 0)
                add_key(b, folded, n - sl, 0);
        }
        end_entry(b, index);
        b->stats.admin1++;
    }
    for (size_t i = 0; i < first_admin1; i++)
        if (b->entries[i].admin1 != SR_GAZ_NONE)
            b->entries[i].admin1 += (uint32_t)first_admin1;
    for (size_t i = 0; i < b->ncountries; i++) {
        country_rec *c = &b->countries[i];
        uint32_t index = (uint32_t)b->nentries;
        sr_gaz_entry *e = new_entry(b);
        c->entry = index;
        e->kind = SR_GAZ_COUNTRY;
        e->country = (uint16_t)i;
        e->population = c->pop;
        e->name = add_string(b, c->name, strlen(c->name));
        if (c->capital != SR_GAZ_NONE) {
            e->coord = SR_GAZ_COORD_CAPITAL;
            e->lat = b->entries[c->capital].lat;
            e->lon = b->entries[c->capital].lon;
        } else {
            centre(c->wlat, c->wlon, c->wsum, c->ulat, c->ulon, c->nplaces, e);
        }
        for (size_t k = 0; k < c->nkeys; k++)
            add_key(b, c->keys[k], strlen(c->keys[k]), 0);
        end_entry(b, index);
        b->stats.countries++;
    }
}

static int posting_cmp(const void *x, const void *y)
{
    const posting *a = x, *c = y;
    int d = strcmp(a->key, c->key);
    if (d)
        return d;
    if (a->pop != c->pop)
        return a->pop > c->pop ? -1 : 1;
    return a->entry < c->entry ? -1 : a->entry > c->entry;
}

static sr_status write_index(builder *b, const char *out_path)
{
    for (size_t i = 0; i < b->nposts; i++) {
        b->posts[i].key = b->keytext.data + b->posts[i].key_off;
        b->posts[i].pop = b->entries[b->posts[i].entry].population;
    }
    qsort(b->posts, b->nposts, sizeof *b->posts, posting_cmp);

    sr_model_writer w;
    sr_model_writer_init(&w, SR_GAZ_KIND_NAME);
    sr_buf *keys = sr_model_writer_begin(&w, "keys");
    sr_buf *postbuf = sr_model_writer_begin(&w, "posts");
    size_t nkeys = 0;
    for (size_t i = 0; i < b->nposts;) {
        size_t j = i;
        while (j < b->nposts && strcmp(b->posts[j].key, b->posts[i].key) == 0)
            j++;
        sr_gaz_key k = { add_string(b, b->posts[i].key, strlen(b->posts[i].key)),
                         (uint32_t)i, (uint32_t)(j - i) };
        sr_buf_append(keys, (const char *)&k, sizeof k);
        nkeys++;
        for (size_t t = i; t < j; t++)
            sr_buf_append(postbuf, (const char *)&b->posts[t].entry, sizeof(uint32_t));
        i = j;
    }
    sr_buf *cbuf = sr_model_writer_begin(&w, "country");
    for (size_t i = 0; i < b->ncountries; i++) {
        sr_gaz_country c;
        memset(&c, 0, sizeof c);
        memcpy(c.alpha2, b->countries[i].a2, 4);
        memcpy(c.alpha3, b->countries[i].a3, 4);
        c.entry = b->countries[i].entry;
        c.name = b->entries[c.entry].name;
        sr_buf_append(cbuf, (const char *)&c, sizeof c);
    }
    sr_model_writer_add(&w, "entries", b->entries, b->nentries * sizeof *b->entries);
    sr_gaz_head h = { SR_GAZETTEER_FORMAT_VERSION, (uint32_t)b->nentries,
                      (uint32_t)b->stats.places, (uint32_t)b->stats.admin1,
                      (uint32_t)b->stats.countries, (uint32_t)nkeys, (uint32_t)b->nposts,
                      (uint32_t)b->strings.len };
    sr_model_writer_add(&w, "head", &h, sizeof h);
    sr_model_writer_add(&w, "strings", b->strings.data, b->strings.len);
    sr_buf *about = sr_model_writer_begin(&w, "about");
    sr_buf_printf(about, "sitrep gazetteer format %d\nplaces: %s\nadmin1: %s\ncountries: %s\n%s",
                  SR_GAZETTEER_FORMAT_VERSION, b->src->places, b->src->admin1,
                  b->src->countries, b->src->about ? b->src->about : "");
    b->stats.names = nkeys;
    b->stats.postings = b->nposts;
    sr_status st = sr_model_writer_save(&w, out_path, b->err);
    sr_model_writer_free(&w);
    if (st == SR_OK) {
        struct stat sb;
        if (stat(out_path, &sb) == 0)
            b->stats.bytes = (size_t)sb.st_size;
    }
    return st;
}

static void builder_free(builder *b)
{
    for (size_t i = 0; i < b->ncountries; i++) {
        free(b->countries[i].name);
        for (size_t k = 0; k < b->countries[i].nkeys; k++)
            free(b->countries[i].keys[k]);
        free(b->countries[i].keys);
    }
    free(b->countries);
    for (size_t i = 0; i < b->nadmin1; i++) {
        free(b->admin1[i].code);
        free(b->admin1[i].name);
    }
    free(b->admin1);
    free(b->entries);
    sr_buf_free(&b->strings);
    sr_buf_free(&b->keytext);
    free(b->posts);
    free(b->cur);
}

sr_status sr_gazetteer_build(const sr_gazetteer_sources *src, const char *out_path,
                             sr_gazetteer_build_stats *stats, sr_error *err)
{
    builder b;
    memset(&b, 0, sizeof b);
    b.src = src;
    b.err = err;
    for (size_t i = 0; i < MAX_COUNTRIES; i++)
        b.by_a2[i] = -1;
    /* Offset 0 of the string table is the empty string. */
    sr_buf_putc(&b.strings, '\0');
    sr_status st = read_countries(&b);
    if (st == SR_OK)
        st = read_admin1(&b);
    if (st == SR_OK)
        st = read_places(&b);
    if (st == SR_OK) {
        add_regions(&b);
        st = write_index(&b, out_path);
    }
    if (stats)
        *stats = b.stats;
    builder_free(&b);
    return st;
}
