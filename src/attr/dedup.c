#include "attr/dedup.h"
#include "base/alloc.h"
#include "base/buf.h"

#include <string.h>

int sr_dedup_same_root(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strncmp(a, b, 2) == 0;
}

int sr_dedup_rank(const char *code, int place_known, int toll_known)
{
    int digits = code ? (int)strlen(code) : 0;
    if (digits > 4)
        digits = 4;
    /* "190" is CAMEO's "use conventional military force, not specified
     * below": it says no more than the root "19". */
    if (digits == 3 && code[2] == '0')
        digits = 2;
    return digits * 4 + (place_known ? 2 : 0) + (toll_known ? 1 : 0);
}

static int32_t larger(int32_t a, int32_t b)
{
    return a > b ? a : b;
}

void sr_dedup_toll_merge(sr_dedup_toll *into, const sr_dedup_toll *from)
{
    into->killed = larger(into->killed, from->killed);
    into->injured = larger(into->injured, from->injured);
    into->killed_low = larger(into->killed_low, from->killed_low);
    into->killed_high = larger(into->killed_high, from->killed_high);
    if (into->killed_high >= 0 &&
        (into->killed_low > into->killed_high || into->killed > into->killed_high))
        into->killed_high = -1;
}

static int same_text(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

static int same_place(const sr_location *a, const sr_location *b)
{
    if (!a->known || !b->known)
        return a->known == b->known;
    if (a->geonameid > 0 && b->geonameid > 0)
        return a->geonameid == b->geonameid;
    /* A region and a city may share a name (Idlib province, Idlib city);
     * only places of one kind are the same place by name. */
    if (a->kind && b->kind && strcmp(a->kind, b->kind) != 0)
        return 0;
    if (a->name && b->name)
        return strcmp(a->name, b->name) == 0;
    return a->lat == b->lat && a->lon == b->lon;
}

/* Date, source, target and root: everything but the place, which has its
 * own rule for "unknown". */
static int same_happening(const sr_event *a, const sr_event *b, const char *pubdate)
{
    return same_text(a->date ? a->date : pubdate, b->date ? b->date : pubdate) &&
           same_text(a->source ? a->source : "---", b->source ? b->source : "---") &&
           same_text(a->target ? a->target : "---", b->target ? b->target : "---") &&
           sr_dedup_same_root(a->code, b->code);
}

static int rank_of(const sr_event *e)
{
    return sr_dedup_rank(e->code, e->location.known, e->killed >= 0 || e->injured >= 0);
}

static sr_dedup_toll toll_of(const sr_event *e)
{
    sr_dedup_toll t = {e->killed, e->injured, e->killed_low, e->killed_high};
    return t;
}

/* Folds every member of cluster h into its best mention and marks that
 * one kept. Members are scanned from the start: a placeless cluster that
 * joined a later one has members before its new head. Ties in rank keep
 * the earliest mention. */
static void merge_cluster(sr_event *ev, uint32_t n, const uint32_t *head, uint32_t h,
                          unsigned char *keep, sr_arena *arena)
{
    uint32_t best = UINT32_MAX, count = 0;
    const sr_location *place = NULL;
    sr_dedup_toll toll = {-1, -1, -1, -1};
    for (uint32_t i = 0; i < n; i++) {
        if (head[i] != h)
            continue;
        count++;
        if (best == UINT32_MAX || rank_of(&ev[i]) > rank_of(&ev[best]))
            best = i;
        if (!place && ev[i].location.known)
            place = &ev[i].location;
        sr_dedup_toll t = toll_of(&ev[i]);
        sr_dedup_toll_merge(&toll, &t);
    }
    sr_event *k = &ev[best];
    keep[best] = 1;
    k->mentions = count;
    if (count == 1)
        return;
    if (!k->location.known && place)
        k->location = *place;
    k->killed = toll.killed;
    k->injured = toll.injured;
    k->killed_low = toll.killed_low;
    k->killed_high = toll.killed_high;
    if (!k->explain)
        return;
    sr_buf b = SR_BUF_INIT;
    sr_buf_puts(&b, k->explain);
    if (b.len && b.data[b.len - 1] != '\n')
        sr_buf_putc(&b, '\n');
    sr_buf_printf(&b, "merged %u mentions of one happening (sentences", count);
    uint32_t last = UINT32_MAX;
    const char *sep = " ";
    for (uint32_t i = 0; i < n; i++) {
        if (head[i] != h || ev[i].sent == last)
            continue;
        sr_buf_printf(&b, "%s%u", sep, ev[i].sent);
        last = ev[i].sent;
        sep = ", ";
    }
    sr_buf_printf(&b, "); kept the one in sentence %u", k->sent);
    k->explain = sr_arena_strndup(arena, b.data, b.len);
    sr_buf_free(&b);
}

void sr_dedup_mentions(sr_event *events, uint32_t *nevents, const char *pubdate, int merge,
                       sr_arena *arena)
{
    uint32_t n = *nevents;
    for (uint32_t i = 0; i < n; i++)
        events[i].mentions = 1;
    if (!merge || n < 2)
        return;
    /* head[i]: the first event of i's cluster. Same place (or both
     * unknown) first; then a cluster with no place joins the one cluster
     * of the same happening that has a place, when there is exactly one.
     * With two candidate places, guessing which one the placeless mention
     * meant would invent a fact, so it stays apart. */
    uint32_t *head = sr_xmalloc(n * sizeof *head);
    for (uint32_t i = 0; i < n; i++) {
        head[i] = i;
        for (uint32_t j = 0; j < i; j++)
            if (head[j] == j && same_happening(&events[j], &events[i], pubdate) &&
                same_place(&events[j].location, &events[i].location)) {
                head[i] = j;
                break;
            }
    }
    for (uint32_t h = 0; h < n; h++) {
        if (head[h] != h || events[h].location.known)
            continue;
        uint32_t target = UINT32_MAX, candidates = 0;
        for (uint32_t j = 0; j < n; j++)
            if (head[j] == j && events[j].location.known &&
                same_happening(&events[j], &events[h], pubdate)) {
                target = j;
                candidates++;
            }
        if (candidates != 1)
            continue;
        for (uint32_t i = h; i < n; i++)
            if (head[i] == h)
                head[i] = target;
    }
    unsigned char *keep = sr_xcalloc(n, 1);
    unsigned char *done = sr_xcalloc(n, 1);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t h = head[i];
        if (done[h])
            continue;
        done[h] = 1;
        merge_cluster(events, n, head, h, keep, arena);
    }
    uint32_t out = 0;
    for (uint32_t i = 0; i < n; i++)
        if (keep[i])
            events[out++] = events[i];
    *nevents = out;
    free(done);
    free(keep);
    free(head);
}
