/* synth_events - writes synthetic `sitrep code` event lines for measuring
 * `sitrep merge` at scale.
 *
 *   synth_events N K [SEED] > events.jsonl
 *
 * N lines drawn from K distinct happenings (date, source, target, root and
 * place fixed per happening; code, outlet and toll vary per line), from a
 * fixed pseudo-random sequence, so a run is reproducible. `sitrep merge`
 * over the output must write at most K events whose `mentions` add up to N.
 * Not linked into the library; it writes no real news. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

/* xorshift64*: small, fast and the same on every platform. */
static uint64_t next(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ull;
}

int main(int argc, char **argv)
{
    if (argc < 3 || argc > 4) {
        fputs("usage: synth_events N K [SEED]   (N lines from K happenings)\n", stderr);
        return 2;
    }
    char *end;
    unsigned long long n = strtoull(argv[1], &end, 10);
    unsigned long long k = *end ? 0 : strtoull(argv[2], &end, 10);
    uint64_t seed = argc == 4 ? strtoull(argv[3], NULL, 10) : 7;
    if (*end || n == 0 || k == 0) {
        fputs("synth_events: N and K must be positive integers\n", stderr);
        return 2;
    }
    static const char *const actors[] = {"RUS", "SYR", "TUR", "IRN", "USA",
                                         "ISR", "UKR", "FRA", "GBR", "CHN"};
    static const char *const roots[] = {"19", "04", "11", "18", "05"};
    uint64_t s = seed ? seed : 7;
    for (unsigned long long i = 0; i < n; i++) {
        uint64_t h = next(&s) % k;
        const char *root = roots[h % 5];
        /* Within a root, a generic and two specific codes: "190", "195". */
        int detail = (int)(next(&s) % 3) * 2 + (int)(h % 2);
        int place = (int)(h / 5 % 4);  /* 0: no place */
        int killed = root[0] == '1' && root[1] == '9' ? (int)(next(&s) % 30) : -1;
        printf("{\"id\":\"rec-%llu\",\"sent\":%llu,\"date\":\"2024-%02d-%02d\","
               "\"source\":\"%sGOV\",\"target\":\"%sMIL%" PRIu64 "\",\"code\":\"%s%d\",",
               i / 3, i % 3, (int)(h / 20 % 12) + 1, (int)(h / 240 % 28) + 1,
               actors[h / 6720 % 10], actors[h / 67200 % 10], h / 672000, root, detail);
        if (place)
            printf("\"location\":{\"name\":\"Town %d\",\"geonameid\":%d},", place, 1000 + place);
        else
            fputs("\"location\":null,", stdout);
        if (killed >= 0)
            printf("\"killed\":%d,", killed);
        else
            fputs("\"killed\":null,", stdout);
        printf("\"mentions\":1,\"outlet\":\"outlet-%llu\",\"sentence\":\"Synthetic line %llu, "
               "about as long as a short news sentence in real output.\"}\n",
               i % 50, i);
    }
    return ferror(stdout) || fflush(stdout) ? 1 : 0;
}
