/* gazetteer_format.h - the sections of a gazetteer index, shared by the
 * builder (gazetteer_build.c) and the loader (gazetteer.c).
 *
 * The index is a model_file container (nlp/model_file.h) of kind "gazettr".
 * Its sections are arrays of the fixed-layout little-endian records below,
 * used in place after mmap (the container aligns sections to 16 bytes and
 * refuses big-endian hosts). docs/gazetteer.md specifies the same layout in
 * prose; change both together and bump SR_GAZETTEER_FORMAT_VERSION. This
 * header holds layout only, no code. */
#ifndef SR_ATTR_GAZETTEER_FORMAT_H
#define SR_ATTR_GAZETTEER_FORMAT_H

#include <stdint.h>

#define SR_GAZ_KIND_NAME "gazettr"

/* Section "head". */
typedef struct sr_gaz_head {
    uint32_t version;      /* SR_GAZETTEER_FORMAT_VERSION */
    uint32_t n_entries;    /* places, then admin1 regions, then countries */
    uint32_t n_places;
    uint32_t n_admin1;
    uint32_t n_countries;
    uint32_t n_keys;
    uint32_t n_postings;
    uint32_t strings_size;
} sr_gaz_head;

#define SR_GAZ_NONE UINT32_C(0xFFFFFFFF)

/* Section "entries": one per place, admin1 region and country. */
typedef struct sr_gaz_entry {
    uint64_t population;
    uint32_t name;        /* offset into "strings" */
    uint32_t geonameid;   /* 0 for regions and countries */
    float lat, lon;
    uint32_t admin1;      /* entry id of the admin1 region, or SR_GAZ_NONE */
    uint16_t country;     /* index into "country" */
    uint8_t kind;         /* sr_gazetteer_kind */
    uint8_t coord;        /* sr_gazetteer_coord */
} sr_gaz_entry;

/* Section "country": one per ISO 3166-1 country. */
typedef struct sr_gaz_country {
    char alpha2[4];       /* NUL-padded */
    char alpha3[4];
    uint32_t entry;       /* its entry id */
    uint32_t name;        /* display name, offset into "strings" */
} sr_gaz_country;

/* Section "keys": folded names in strcmp order. */
typedef struct sr_gaz_key {
    uint32_t text;        /* offset into "strings" */
    uint32_t first;       /* first posting in "posts" */
    uint32_t count;       /* postings, largest population first */
} sr_gaz_key;

/* Section "posts": uint32_t entry ids. Section "strings": NUL-terminated
 * UTF-8 strings, ending in a NUL. Section "about": build description. */

#endif
