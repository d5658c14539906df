/* merge.c - grouping the same event reported by several records.
 *
 * A happening is keyed on date, source, target and CAMEO root; each key
 * holds a short chain of groups, one per place (plus one for "no place").
 * At the end a placeless group joins the single placed group of its
 * happening, as within a record (attr/dedup.h); with two or more places it
 * stays apart. Memory per group: the kept line, its place, and the ids of
 * its records; nothing is kept of the mentions that lost. */
#include "pipeline/merge.h"
#include "base/alloc.h"
#include "base/buf.h"
#include "base/error.h"
#include "base/strmap.h"

#include <errno.h>
#include <string.h>

#define NONE UINT32_MAX /* no group, no place */

typedef struct group {
    char *line;               /* the kept mention, compact JSON */
    char *location;           /* compact JSON of the place, NULL unknown */
    int rank;
    uint32_t place;           /* interned place key, NONE when unknown */
    uint32_t next;            /* next group of the same happening */
    uint32_t into;            /* the group it was folded into, or NONE */
    uint64_t mentions;
    sr_dedup_toll toll;
    uint32_t *records;        /* interned ids, distinct, first seen first */
    size_t nrecords, caprecords;
    uint32_t *sources;        /* interned outlets (or ids), distinct */
    size_t nsources, capsources;
} group;

struct sr_merger {
    group *groups;
    size_t ngroups, capgroups;
    uint32_t *first;          /* happening -> its first group */
    size_t capfirst;
    sr_strmap happenings;     /* "date\x1f source\x1f target\x1f root" */
    sr_strmap places;         /* "g:ID" or "n:NAME" */
    sr_strmap names;          /* record ids ("r" + id), outlets ("o" + ...) */
    sr_strmap members;        /* (group, name) pairs already counted */
    size_t events;
    int finished;             /* placeless groups have been folded */
    sr_merge_input input;
};

sr_merger *sr_merger_new(void)
{
    return sr_xcalloc(1, sizeof(sr_merger));
}

void sr_merger_free(sr_merger *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->ngroups; i++) {
        free(m->groups[i].line);
        free(m->groups[i].location);
        free(m->groups[i].records);
        free(m->groups[i].sources);
    }
    free(m->groups);
    free(m->first);
    sr_strmap_free(&m->happenings);
    sr_strmap_free(&m->places);
    sr_strmap_free(&m->names);
    sr_strmap_free(&m->members);
    if (m->input.lines)
        sr_lines_close(m->input.lines);
    free(m->input.path);
    free(m);
}

sr_merge_input *sr_merge_input_of(sr_merger *m)
{
    return &m->input;
}

void sr_merger_counts(const sr_merger *m, size_t *events, size_t *passed, size_t *merged)
{
    size_t kept = 0;
    for (size_t i = 0; i < m->ngroups; i++)
        kept += m->groups[i].into == NONE;
    if (events)
        *events = m->events;
    if (passed)
        *passed = m->input.passed;
    if (merged)
        *merged = kept;
}

static uint32_t intern(sr_strmap *map, char kind, const char *s)
{
    sr_buf b = SR_BUF_INIT;
    sr_buf_putc(&b, kind);
    sr_buf_puts(&b, s);
    uint32_t v = sr_strmap_put(map, b.data, b.len, (uint32_t)map->n, NULL);
    sr_buf_free(&b);
    return v;
}

/* Most groups hold a handful of records; a scan of so few costs less than
 * a table entry each. Past this many, (group, name) pairs go into the
 * members table, so a story carried by 10,000 records stays linear. */
enum { FEW_MEMBERS = 16 };

/* Adds name to a group's list unless the group already has it. */
static void add_member(sr_merger *m, uint32_t g, uint32_t name, uint32_t **items,
                       size_t *n, size_t *cap)
{
    if (*n < FEW_MEMBERS) {
        for (size_t i = 0; i < *n; i++)
            if ((*items)[i] == name)
                return;
    } else {
        uint32_t pair[2] = {g, 0};
        if (*n == FEW_MEMBERS)
            for (size_t i = 0; i < *n; i++) {
                pair[1] = (*items)[i];
                sr_strmap_put(&m->members, pair, sizeof pair, 0, NULL);
            }
        pair[1] = name;
        int added;
        sr_strmap_put(&m->members, pair, sizeof pair, 0, &added);
        if (!added)
            return;
    }
    SR_GROW(*items, *cap, *n + 1);
    (*items)[(*n)++] = name;
}

static char *dump(json_t *j)
{
    return json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6) |
                             JSON_ENCODE_ANY);
}

/* "g:169389" for a place with a GeoNames id, else "n:Idlib"; NULL when the
 * location says neither. */
static char *place_key(json_t *loc)
{
    if (!loc)
        return NULL;
    json_t *gid = json_object_get(loc, "geonameid");
    sr_buf b = SR_BUF_INIT;
    if (json_is_integer(gid) && json_integer_value(gid) > 0)
        sr_buf_printf(&b, "g:%lld", (long long)json_integer_value(gid));
    else if (json_is_string(json_object_get(loc, "name")))
        sr_buf_printf(&b, "n:%s", json_string_value(json_object_get(loc, "name")));
    else
        return NULL;
    return sr_buf_detach(&b);
}

static uint32_t group_for(sr_merger *m, const sr_merge_mention *mm)
{
    sr_buf key = SR_BUF_INIT;
    sr_buf_printf(&key, "%s%c%s%c%s%c%.2s", mm->date ? mm->date : "", 0x1f, mm->source, 0x1f,
                  mm->target, 0x1f, mm->code);
    int added;
    uint32_t h = sr_strmap_put(&m->happenings, key.data, key.len,
                               (uint32_t)m->happenings.n, &added);
    sr_buf_free(&key);
    if (added) {
        SR_GROW(m->first, m->capfirst, (size_t)h + 1);
        m->first[h] = NONE;
    }
    char *pk = place_key(mm->location);
    uint32_t place = pk ? sr_strmap_put(&m->places, pk, strlen(pk), (uint32_t)m->places.n,
                                        NULL)
                        : NONE;
    free(pk);
    for (uint32_t g = m->first[h]; g != NONE; g = m->groups[g].next)
        if (m->groups[g].place == place)
            return g;
    SR_GROW(m->groups, m->capgroups, m->ngroups + 1);
    group *gr = &m->groups[m->ngroups];
    memset(gr, 0, sizeof *gr);
    gr->place = place;
    gr->into = NONE;
    gr->rank = -1;
    gr->toll = (sr_dedup_toll){-1, -1, -1, -1};
    gr->next = m->first[h];
    m->first[h] = (uint32_t)m->ngroups;
    return (uint32_t)m->ngroups++;
}

void sr_merge_add(sr_merger *m, const sr_merge_mention *mm)
{
    uint32_t g = group_for(m, mm);
    group *gr = &m->groups[g];
    m->events++;
    int rank = sr_dedup_rank(mm->code, mm->location != NULL,
                             mm->toll.killed >= 0 || mm->toll.injured >= 0);
    if (rank > gr->rank) {
        free(gr->line);
        gr->line = dump(mm->obj);
        gr->rank = rank;
    }
    if (!gr->location && mm->location)
        gr->location = dump(mm->location);
    gr->mentions += mm->mentions;
    sr_dedup_toll_merge(&gr->toll, &mm->toll);
    uint32_t src;
    if (mm->records) {
        size_t i;
        json_t *r;
        json_array_foreach(mm->records, i, r) {
            uint32_t id = intern(&m->names, 'r', json_string_value(r));
            add_member(m, g, id, &gr->records, &gr->nrecords, &gr->caprecords);
        }
    } else {
        uint32_t id = intern(&m->names, 'r', mm->id);
        add_member(m, g, id, &gr->records, &gr->nrecords, &gr->caprecords);
    }
    if (mm->records && mm->outlets) {
        /* An earlier merge: its outlets, not the kept line's one. */
        size_t i;
        json_t *r;
        json_array_foreach(mm->outlets, i, r) {
            src = intern(&m->names, 'o', json_string_value(r));
            add_member(m, g, src, &gr->sources, &gr->nsources, &gr->capsources);
        }
    } else if (mm->outlet && !mm->records) {
        src = intern(&m->names, 'o', mm->outlet);
        add_member(m, g, src, &gr->sources, &gr->nsources, &gr->capsources);
    } else if (mm->records) {
        /* An earlier merge without outlets counted its records. */
        size_t i;
        json_t *r;
        json_array_foreach(mm->records, i, r) {
            src = intern(&m->names, 'i', json_string_value(r));
            add_member(m, g, src, &gr->sources, &gr->nsources, &gr->capsources);
        }
    } else {
        src = intern(&m->names, 'i', mm->id);
        add_member(m, g, src, &gr->sources, &gr->nsources, &gr->capsources);
    }
}

/* Folds group u (no place) into group k (the one place of its happening). */
static void fold(sr_merger *m, uint32_t u, uint32_t k)
{
    group *gu = &m->groups[u], *gk = &m->groups[k];
    if (gu->rank > gk->rank) {
        free(gk->line);
        gk->line = gu->line;
        gu->line = NULL;
        gk->rank = gu->rank;
    }
    gk->mentions += gu->mentions;
    sr_dedup_toll_merge(&gk->toll, &gu->toll);
    for (size_t i = 0; i < gu->nrecords; i++)
        add_member(m, k, gu->records[i], &gk->records, &gk->nrecords, &gk->caprecords);
    for (size_t i = 0; i < gu->nsources; i++)
        add_member(m, k, gu->sources[i], &gk->sources, &gk->nsources, &gk->capsources);
    gu->into = k;
}

static void finish(sr_merger *m)
{
    if (m->finished)
        return;
    m->finished = 1;
    for (size_t h = 0; h < m->happenings.n; h++) {
        uint32_t placeless = NONE, placed = NONE, nplaced = 0;
        for (uint32_t g = m->first[h]; g != NONE; g = m->groups[g].next) {
            if (m->groups[g].place == NONE)
                placeless = g;
            else {
                placed = g;
                nplaced++;
            }
        }
        if (placeless != NONE && nplaced == 1)
            fold(m, placeless, placed);
    }
}

static json_t *count_or_null(int32_t n)
{
    return n >= 0 ? json_integer(n) : json_null();
}

static json_t *group_json(const sr_merger *m, const group *g)
{
    json_t *o = json_loads(g->line, 0, NULL);
    if (!o)
        return NULL;
    if (json_is_null(json_object_get(o, "location")) && g->location)
        json_object_set_new(o, "location", json_loads(g->location, JSON_DECODE_ANY, NULL));
    json_object_set_new(o, "killed", count_or_null(g->toll.killed));
    json_object_set_new(o, "injured", count_or_null(g->toll.injured));
    json_object_set_new(o, "killed_low", count_or_null(g->toll.killed_low));
    json_object_set_new(o, "killed_high", count_or_null(g->toll.killed_high));
    json_object_set_new(o, "mentions", json_integer((json_int_t)g->mentions));
    json_object_set_new(o, "sources", json_integer((json_int_t)g->nsources));
    json_t *recs = json_array();
    for (size_t i = 0; i < g->nrecords; i++) {
        const sr_strmap_entry *e = &m->names.entries[g->records[i]];
        json_array_append_new(recs, json_stringn(e->key + 1, e->len - 1));
    }
    json_object_set_new(o, "records", recs);
    /* The outlets behind `sources`, so that merged output can be merged
     * again without counting the kept line's outlet only. */
    json_t *outlets = json_array();
    for (size_t i = 0; i < g->nsources; i++) {
        const sr_strmap_entry *e = &m->names.entries[g->sources[i]];
        if (e->key[0] == 'o')
            json_array_append_new(outlets, json_stringn(e->key + 1, e->len - 1));
    }
    json_object_set_new(o, "outlets", outlets);
    return o;
}

static sr_status write_group(const sr_merger *m, const group *g, FILE *out, sr_error *err)
{
    json_t *o = group_json(m, g);
    char *line = o ? dump(o) : NULL;
    json_decref(o);
    /* Each line was checked and dumped by jansson once already, so only
     * running out of memory makes this fail. */
    if (!line)
        return sr_error_set(err, SR_EIO, NULL, 0, "out of memory while writing merged events");
    int bad = fputs(line, out) == EOF || fputc('\n', out) == EOF;
    free(line);
    if (bad)
        return sr_error_set(err, SR_EIO, NULL, 0, "cannot write the merged events: %s",
                            strerror(errno));
    return SR_OK;
}

sr_status sr_merger_write(sr_merger *m, FILE *out, sr_error *err)
{
    finish(m);
    /* A folded group is written where its first part was seen, so the
     * output follows the input. */
    unsigned char *written = sr_xcalloc(m->ngroups, 1);
    sr_status st = SR_OK;
    for (size_t i = 0; i < m->ngroups && st == SR_OK; i++) {
        size_t at = m->groups[i].into != NONE ? m->groups[i].into : i;
        if (written[at])
            continue;
        written[at] = 1;
        st = write_group(m, &m->groups[at], out, err);
    }
    free(written);
    if (st == SR_OK && fflush(out) != 0)
        st = sr_error_set(err, SR_EIO, NULL, 0, "cannot write the merged events: %s",
                          strerror(errno));
    return st;
}
