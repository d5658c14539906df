/* sample_events - draws a reproducible random sample of coded events for
 * judging by hand (issue 5's review of 100 news events).
 *
 *   sitrep code stories.jsonl > events.jsonl
 *   sample_events [-n N] [--seed S] events.jsonl > sample.txt
 *
 * Reads sitrep's JSON Lines event output (docs/jsonl.md), skips the notes
 * of sentences that coded nothing ("code": null), and prints N events
 * chosen uniformly at random (N = 100 by default), each as a numbered
 * block with the code, PLOVER type, source and target with their text,
 * the verb and the sentence, ready for a verdict. The same seed and input
 * give the same sample, so a review can be repeated after a fix on the
 * same events, or redrawn with another seed. */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* xorshift64*: small, seedable and the same on every platform, unlike
 * rand(). */
static uint64_t next_random(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

static const char *str(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "-";
}

static void usage(FILE *to)
{
    fputs("usage: sample_events [-n N] [--seed S] EVENTS.jsonl\n"
          "  prints N (default 100) events drawn at random from sitrep's JSONL output\n",
          to);
}

int main(int argc, char **argv)
{
    long want = 100;
    uint64_t seed = 20261126;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-n") && i + 1 < argc) {
            want = strtol(argv[++i], NULL, 10);
        } else if (!strcmp(argv[i], "--seed") && i + 1 < argc) {
            seed = strtoull(argv[++i], NULL, 10);
        } else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-' || path) {
            usage(stderr);
            return 2;
        } else {
            path = argv[i];
        }
    }
    if (!path || want <= 0) {
        usage(stderr);
        return 2;
    }
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 2;
    }
    /* Reservoir sampling keeps memory at N events whatever the input. */
    json_t **keep = calloc((size_t)want, sizeof *keep);
    if (!keep)
        abort();
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0, seen = 0, bad = 0;
    const uint64_t first_seed = seed;
    if (!seed)
        seed = 1;
    while (getline(&line, &cap, f) > 0) {
        lineno++;
        json_error_t jerr;
        json_t *o = json_loads(line, 0, &jerr);
        if (!o || !json_is_object(o)) {
            fprintf(stderr, "%s:%ld: not a JSON object: %s\n", path, lineno, jerr.text);
            json_decref(o);
            bad++;
            continue;
        }
        if (!json_is_string(json_object_get(o, "code"))) {
            json_decref(o); /* a note: the sentence coded nothing */
            continue;
        }
        seen++;
        if (seen <= want) {
            keep[seen - 1] = o;
            continue;
        }
        uint64_t j = next_random(&seed) % (uint64_t)seen;
        if (j < (uint64_t)want) {
            json_decref(keep[j]);
            keep[j] = o;
        } else {
            json_decref(o);
        }
    }
    free(line);
    fclose(f);
    long n = seen < want ? seen : want;
    printf("# %ld of %ld events from %s (seed %llu)\n", n, seen, path,
           (unsigned long long)first_seed);
    for (long i = 0; i < n; i++) {
        json_t *o = keep[i];
        printf("\n%ld. %s #%lld  %s %s  %s -> %s\n", i + 1, str(o, "id"),
               (long long)json_integer_value(json_object_get(o, "sent")), str(o, "code"),
               str(o, "plover"), str(o, "source"), str(o, "target"));
        printf("   source \"%s\"  verb \"%s\"  target \"%s\"\n", str(o, "source_text"),
               str(o, "verb_text"), str(o, "target_text"));
        printf("   %s\n", str(o, "sentence"));
        json_decref(o);
    }
    free(keep);
    if (bad)
        fprintf(stderr, "sample_events: %ld unreadable lines skipped\n", bad);
    return bad ? 1 : 0;
}
