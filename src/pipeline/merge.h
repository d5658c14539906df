/* merge.h - the cross-record merger behind sr_merger (include/sitrep.h).
 *
 * merge.c groups mentions: a hash table on date, source, target and CAMEO
 * root finds the happening, and within it the place decides the group; a
 * group keeps its best mention (the rules of attr/dedup.h), summed mention
 * counts, the largest tolls, and the distinct records and outlets.
 * merge_input.c turns JSONL lines (from files or from analysed documents)
 * into mentions and checks them. Neither prints. */
#ifndef SR_PIPELINE_MERGE_H
#define SR_PIPELINE_MERGE_H

#include "sitrep.h"
#include "attr/dedup.h"
#include "base/lines.h"

#include <jansson.h>

/* One event line, checked. Strings are borrowed from obj. */
typedef struct sr_merge_mention {
    json_t *obj;              /* the whole event object */
    const char *id, *outlet;  /* outlet NULL when the line has none */
    const char *date, *source, *target, *code;
    json_t *location;         /* NULL when unknown */
    sr_dedup_toll toll;
    uint64_t mentions;        /* >= 1 */
    json_t *records;          /* an array of id strings from an earlier
                                 merge, or NULL: then the record is id */
    json_t *outlets;          /* an earlier merge's outlets (strings), or
                                 NULL; with records, outlet is ignored */
} sr_merge_mention;

/* Folds one mention into its group. */
void sr_merge_add(sr_merger *m, const sr_merge_mention *mm);

/* State of the file being read by sr_merger_read. */
typedef struct sr_merge_input {
    sr_lines *lines;
    char *path;               /* as given, to resume after a bad line */
    size_t passed;            /* explanation lines passed over */
} sr_merge_input;

/* The input state inside a merger (merge.c owns the struct). */
sr_merge_input *sr_merge_input_of(sr_merger *m);

#endif
