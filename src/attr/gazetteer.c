/* gazetteer.c - loading a gazetteer index and looking names up in it. */
#include "attr/gazetteer.h"
#include "base/error.h"
#include "attr/gazetteer_format.h"
#include "base/alloc.h"
#include "nlp/model_file.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

struct sr_gazetteer {
    sr_model_file *file;
    const sr_gaz_head *head;
    const sr_gaz_entry *entries;
    const sr_gaz_country *countries;
    const sr_gaz_key *keys;
    const uint32_t *posts;
    const char *strings;
    /* A hash table over the keys, built at load (see build_index), or NULL
     * when the key count leaves no room for it; index_bits low bits of a
     * slot hold key + 1 (0: empty), the others a tag from the hash. */
    uint32_t *index;
    uint64_t index_mask;
    unsigned index_bits;
};

static void fail(sr_error *err, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sr_error_setv(err, SR_EMODEL, path, 0, fmt, ap);
    va_end(ap);
}

/* Fetches a section that must hold exactly count records of size each. */
static const void *section(const sr_model_file *mf, const char *name, size_t count,
                           size_t each, sr_error *err)
{
    size_t size = 0;
    const void *p = sr_model_file_section(mf, name, &size);
    if (!p) {
        fail(err, sr_model_file_path(mf), "corrupt gazetteer: no section \"%s\"", name);
        return NULL;
    }
    if (size != count * each) {
        fail(err, sr_model_file_path(mf),
             "corrupt gazetteer: section \"%s\" has %lu bytes, expected %lu", name,
             (unsigned long)size, (unsigned long)(count * each));
        return NULL;
    }
    return p;
}

/* Every offset and index is checked once here, so that lookups can trust
 * them: a damaged file that passed the checksum (or a hand-made one) must
 * be rejected, never read out of bounds. */
static int validate(const sr_gazetteer *g, sr_error *err)
{
    const sr_gaz_head *h = g->head;
    const char *path = sr_model_file_path(g->file);
    if (h->n_places + (uint64_t)h->n_admin1 + h->n_countries != h->n_entries ||
        h->n_countries > 0xFFFFu) {
        fail(err, path, "corrupt gazetteer: entry counts do not add up");
        return 0;
    }
    if (h->strings_size == 0 || g->strings[h->strings_size - 1] != '\0') {
        fail(err, path, "corrupt gazetteer: string table is not terminated");
        return 0;
    }
    for (uint32_t i = 0; i < h->n_entries; i++) {
        const sr_gaz_entry *e = &g->entries[i];
        sr_gazetteer_kind want = i < h->n_places ? SR_GAZ_CITY
                                 : i < h->n_places + h->n_admin1 ? SR_GAZ_ADMIN1
                                                                 : SR_GAZ_COUNTRY;
        if (e->name >= h->strings_size || e->country >= h->n_countries ||
            e->kind != want || e->coord > SR_GAZ_COORD_NONE ||
            (e->admin1 != SR_GAZ_NONE &&
             (e->admin1 < h->n_places || e->admin1 >= h->n_places + h->n_admin1))) {
            fail(err, path, "corrupt gazetteer: entry %lu is out of bounds",
                 (unsigned long)i);
            return 0;
        }
    }
    for (uint32_t i = 0; i < h->n_countries; i++) {
        const sr_gaz_country *c = &g->countries[i];
        if (c->entry >= h->n_entries || c->name >= h->strings_size ||
            c->alpha2[3] != '\0' || c->alpha3[3] != '\0') {
            fail(err, path, "corrupt gazetteer: country %lu is out of bounds",
                 (unsigned long)i);
            return 0;
        }
    }
    for (uint32_t i = 0; i < h->n_keys; i++) {
        const sr_gaz_key *k = &g->keys[i];
        if (k->text >= h->strings_size || k->count == 0 || k->first > h->n_postings ||
            k->count > h->n_postings - k->first ||
            (i > 0 && strcmp(g->strings + g->keys[i - 1].text, g->strings + k->text) >= 0)) {
            fail(err, path, "corrupt gazetteer: name key %lu is out of bounds or order",
                 (unsigned long)i);
            return 0;
        }
    }
    for (uint32_t i = 0; i < h->n_postings; i++) {
        if (g->posts[i] >= h->n_entries) {
            fail(err, path, "corrupt gazetteer: posting %lu is out of bounds",
                 (unsigned long)i);
            return 0;
        }
    }
    return 1;
}

/* 64-bit FNV-1a, then mixed so that both the low bits (the slot) and the
 * high bits (the tag) depend on every byte. */
static uint64_t hash_name(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

static uint32_t index_tag(const sr_gazetteer *g, uint64_t h)
{
    return (uint32_t)(h >> 32) & ~((1u << g->index_bits) - 1);
}

/* The keys are sorted for a binary search, about twenty string compares
 * a lookup, each a cache miss in an index of 20 MB; most lookups are of
 * capitalised words that are no place at all. The hash table answers
 * those from one slot (the tag rules out nearly every other key without
 * reading it) and a found name with one compare. Costs 4 bytes a slot, at
 * most half the slots used, and one pass over the keys at load. */
static void build_index(sr_gazetteer *g)
{
    uint32_t n = g->head->n_keys;
    unsigned bits = 1;
    while (bits < 32 && ((uint64_t)1 << bits) <= n)
        bits++;
    if (bits > 24)
        return; /* too few tag bits left to be worth it: binary search */
    uint64_t cap = 16;
    while (cap < 2 * (uint64_t)n)
        cap *= 2;
    g->index = sr_xcalloc(cap, sizeof *g->index);
    g->index_mask = cap - 1;
    g->index_bits = bits;
    for (uint32_t k = 0; k < n; k++) {
        uint64_t h = hash_name(g->strings + g->keys[k].text);
        uint64_t j = h & g->index_mask;
        while (g->index[j])
            j = (j + 1) & g->index_mask;
        g->index[j] = index_tag(g, h) | (k + 1);
    }
}

sr_status sr_gazetteer_load(const char *path, sr_gazetteer **out, sr_error *err)
{
    *out = NULL;
    sr_model_file *mf = NULL;
    sr_status st = sr_model_file_open(path, SR_GAZ_KIND_NAME, &mf, err);
    if (st != SR_OK)
        return st;
    sr_gazetteer *g = sr_xcalloc(1, sizeof *g);
    g->file = mf;
    g->head = section(mf, "head", 1, sizeof(sr_gaz_head), err);
    const sr_gaz_head *h = g->head;
    if (h && h->version != SR_GAZETTEER_FORMAT_VERSION) {
        fail(err, path, "gazetteer format version %lu, expected %d (rebuild it with "
             "make gazetteer)", (unsigned long)h->version, SR_GAZETTEER_FORMAT_VERSION);
        h = NULL;
    }
    if (h)
        g->entries = section(mf, "entries", h->n_entries, sizeof(sr_gaz_entry), err);
    if (g->entries)
        g->countries = section(mf, "country", h->n_countries, sizeof(sr_gaz_country), err);
    if (g->countries)
        g->keys = section(mf, "keys", h->n_keys, sizeof(sr_gaz_key), err);
    if (g->keys)
        g->posts = section(mf, "posts", h->n_postings, sizeof(uint32_t), err);
    if (g->posts)
        g->strings = section(mf, "strings", h->strings_size, 1, err);
    if (!g->strings || !validate(g, err)) {
        sr_gazetteer_free(g);
        return SR_EMODEL;
    }
    build_index(g);
    *out = g;
    return SR_OK;
}

void sr_gazetteer_free(sr_gazetteer *g)
{
    if (!g)
        return;
    sr_model_file_free(g->file);
    free(g->index);
    free(g);
}

size_t sr_gazetteer_count(const sr_gazetteer *g, sr_gazetteer_kind kind)
{
    switch (kind) {
    case SR_GAZ_CITY: return g->head->n_places;
    case SR_GAZ_ADMIN1: return g->head->n_admin1;
    case SR_GAZ_COUNTRY: return g->head->n_countries;
    }
    return 0;
}

int sr_gazetteer_get(const sr_gazetteer *g, uint32_t id, sr_gazetteer_place *out)
{
    if (id >= g->head->n_entries)
        return 0;
    const sr_gaz_entry *e = &g->entries[id];
    const sr_gaz_country *c = &g->countries[e->country];
    out->id = id;
    out->kind = (sr_gazetteer_kind)e->kind;
    out->name = g->strings + e->name;
    out->country = c->alpha3;
    out->country_name = g->strings + c->name;
    out->admin1 = e->admin1 == SR_GAZ_NONE ? "" : g->strings + g->entries[e->admin1].name;
    out->lat = e->lat;
    out->lon = e->lon;
    out->geonameid = e->geonameid;
    out->population = e->population;
    out->coord = (sr_gazetteer_coord)e->coord;
    return 1;
}

/* Letters that Unicode does not decompose into a base letter and a mark,
 * but that English news spells without the stroke ("Lodz", "Tromso"). */
static utf8proc_int32_t plain_letter(utf8proc_int32_t c)
{
    switch (c) {
    case 0x0142: return 'l';  /* l with stroke */
    case 0x00F8: return 'o';  /* o with stroke */
    case 0x0111: return 'd';  /* d with stroke */
    case 0x0131: return 'i';  /* dotless i */
    case 0x0127: return 'h';  /* h with stroke */
    case 0x2019: case 0x2018: case 0x02BC: case 0x02BB: case 0x0060:
        return '\'';          /* typographic and modifier apostrophes */
    case 0x2010: case 0x2011: case 0x2012: case 0x2013:
        return '-';
    default: return c;
    }
}

size_t sr_gazetteer_fold(const char *name, size_t len, char *out, size_t size)
{
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)name;
    size_t o = 0;
    int pending_space = 0;
    size_t i = 0;
    while (i < len) {
        if (s[i] < 0x80) {
            /* ASCII, most of news: the same folding without utf8proc's
             * tables (only letters change case; a backtick is an
             * apostrophe, as in plain_letter). */
            utf8proc_int32_t c = s[i++];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pending_space = o > 0;
                continue;
            }
            if (c >= 'A' && c <= 'Z')
                c += 'a' - 'A';
            else if (c == '`')
                c = '\'';
            if (o + 1 + 4 + 1 > size)
                return (size_t)-1;
            if (pending_space) {
                out[o++] = ' ';
                pending_space = 0;
            }
            out[o++] = (char)c;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            return (size_t)-1;
        i += (size_t)n;
        utf8proc_int32_t parts[16];
        int last = 0;
        utf8proc_ssize_t np = utf8proc_decompose_char(
            cp, parts, 16,
            UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK,
            &last);
        if (np < 0 || np > 16)
            return (size_t)-1;
        for (utf8proc_ssize_t k = 0; k < np; k++) {
            utf8proc_int32_t c = plain_letter(parts[k]);
            const utf8proc_property_t *prop = utf8proc_get_property(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
                prop->category == UTF8PROC_CATEGORY_ZS) {
                pending_space = o > 0;
                continue;
            }
            /* Room for a space, the longest UTF-8 sequence and the NUL. */
            if (o + 1 + 4 + 1 > size)
                return (size_t)-1;
            if (pending_space) {
                out[o++] = ' ';
                pending_space = 0;
            }
            o += (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)out + o);
        }
    }
    if (size == 0)
        return (size_t)-1;
    out[o] = '\0';
    return o;
}

/* Index of the key equal to folded, or -1. */
static long find_key(const sr_gazetteer *g, const char *folded)
{
    if (g->index) {
        /* Keys are unique (validate checks they rise), so the key found
         * here is the one the binary search below would find. */
        uint64_t h = hash_name(folded);
        uint32_t tag = index_tag(g, h), low = (1u << g->index_bits) - 1;
        for (uint64_t j = h & g->index_mask;; j = (j + 1) & g->index_mask) {
            uint32_t slot = g->index[j];
            if (!slot)
                return -1;
            if ((slot & ~low) == tag &&
                strcmp(g->strings + g->keys[(slot & low) - 1].text, folded) == 0)
                return (long)(slot & low) - 1;
        }
    }
    size_t lo = 0, hi = g->head->n_keys;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(g->strings + g->keys[mid].text, folded);
        if (c == 0)
            return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

size_t sr_gazetteer_find_in(const sr_gazetteer *g, const char *name, size_t len,
                            const char *const *countries, size_t ncountries,
                            sr_gazetteer_place *out, size_t max)
{
    if (len > SR_GAZETTEER_NAME_MAX)
        return 0;
    /* Case folding and compatibility mappings can expand a character to
     * several (U+FB03 is "ffi"), hence the margin. */
    char folded[SR_GAZETTEER_NAME_MAX * 4 + 8];
    if (sr_gazetteer_fold(name, len, folded, sizeof folded) == (size_t)-1)
        return 0;
    long k = find_key(g, folded);
    if (k < 0)
        return 0;
    const sr_gaz_key *key = &g->keys[k];
    size_t total = 0;
    for (uint32_t i = 0; i < key->count; i++) {
        uint32_t id = g->posts[key->first + i];
        if (countries) {
            const char *a3 = g->countries[g->entries[id].country].alpha3;
            size_t c = 0;
            while (c < ncountries && strcmp(countries[c], a3) != 0)
                c++;
            if (c == ncountries)
                continue;
        }
        if (total < max)
            sr_gazetteer_get(g, id, &out[total]);
        total++;
    }
    return total;
}

size_t sr_gazetteer_find(const sr_gazetteer *g, const char *name, size_t len,
                         sr_gazetteer_place *out, size_t max)
{
    return sr_gazetteer_find_in(g, name, len, NULL, 0, out, max);
}

int sr_gazetteer_country(const sr_gazetteer *g, const char *code, sr_gazetteer_place *out)
{
    size_t n = strlen(code);
    if (n != 2 && n != 3)
        return 0;
    char up[4] = { 0 };
    for (size_t i = 0; i < n; i++)
        up[i] = (char)(code[i] >= 'a' && code[i] <= 'z' ? code[i] - 'a' + 'A' : code[i]);
    /* About 250 countries: a scan costs less than keeping a second index. */
    for (uint32_t i = 0; i < g->head->n_countries; i++) {
        const sr_gaz_country *c = &g->countries[i];
        if (strcmp(n == 2 ? c->alpha2 : c->alpha3, up) == 0)
            return sr_gazetteer_get(g, c->entry, out);
    }
    return 0;
}
