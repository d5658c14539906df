/* gazetteer_lookup - prints the candidates a gazetteer index gives a name.
 *
 *   gazetteer_lookup INDEX NAME [COUNTRY...]
 *
 * One line per candidate, largest population first: kind, name, admin1,
 * country, population, lat, lon, GeoNames id. With COUNTRY codes (alpha-3)
 * only places in those countries. For checking an index by hand. */
#include "attr/gazetteer.h"

#include <stdio.h>
#include <string.h>

enum { SHOW_MAX = 20 };

static const char *kind_name(sr_gazetteer_kind k)
{
    switch (k) {
    case SR_GAZ_CITY: return "city";
    case SR_GAZ_ADMIN1: return "admin1";
    case SR_GAZ_COUNTRY: return "country";
    }
    return "?";
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: gazetteer_lookup INDEX NAME [COUNTRY...]\n"
                        "  e.g. gazetteer_lookup build/gazetteer.bin Aleppo SYR\n");
        return 2;
    }
    sr_gazetteer *g;
    sr_error err;
    if (sr_gazetteer_load(argv[1], &g, &err) != SR_OK) {
        char msg[1024];
        sr_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "gazetteer_lookup: error: %s\n", msg);
        return 1;
    }
    sr_gazetteer_place out[SHOW_MAX];
    size_t n = sr_gazetteer_find_in(g, argv[2], strlen(argv[2]),
                                    argc > 3 ? (const char *const *)argv + 3 : NULL,
                                    (size_t)(argc - 3), out, SHOW_MAX);
    for (size_t i = 0; i < n && i < SHOW_MAX; i++)
        printf("%-7s %s\t%s\t%s\t%llu\t%.5f\t%.5f\t%u\n", kind_name(out[i].kind),
               out[i].name, out[i].admin1, out[i].country,
               (unsigned long long)out[i].population, out[i].lat, out[i].lon,
               (unsigned)out[i].geonameid);
    if (n > SHOW_MAX)
        printf("... %zu more\n", n - SHOW_MAX);
    printf("%zu candidates\n", n);
    sr_gazetteer_free(g);
    return n ? 0 : 3;
}
