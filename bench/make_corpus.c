/* make_corpus - builds the benchmark corpora from the VOA stories.
 *
 * usage: make_corpus VOA.jsonl MEGABYTES OUT.txt OUT.jsonl
 *
 * Repeats the stories until the text reaches MEGABYTES, writing the same
 * articles twice: as plain text separated by blank lines (for stage
 * benchmarks) and as JSON Lines with fresh ids (for whole-pipeline runs).
 * Repetition keeps the corpus real news while giving timings that are long
 * enough to trust. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: make_corpus VOA.jsonl MEGABYTES OUT.txt OUT.jsonl\n");
        return 2;
    }
    size_t target = (size_t)atof(argv[2]) * 1024 * 1024;
    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    char **texts = NULL;
    size_t n = 0;
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, in) > 0) {
        json_error_t je;
        json_t *o = json_loads(line, 0, &je);
        const char *t = o ? json_string_value(json_object_get(o, "text")) : NULL;
        if (t && *t) {
            texts = realloc(texts, (n + 1) * sizeof *texts);
            texts[n++] = strdup(t);
        }
        json_decref(o);
    }
    free(line);
    fclose(in);
    if (!n) {
        fprintf(stderr, "make_corpus: no stories with text in %s\n", argv[1]);
        return 1;
    }
    FILE *txt = fopen(argv[3], "w"), *jl = fopen(argv[4], "w");
    if (!txt || !jl) {
        perror("make_corpus: output");
        return 1;
    }
    size_t written = 0;
    for (size_t i = 0; written < target; i++) {
        const char *t = texts[i % n];
        fprintf(txt, "%s\n\n", t);
        json_t *o = json_pack("{s:s+, s:s, s:s}", "id", "bench-", "0", "date", "2025-03-14",
                              "text", t);
        char id[32];
        snprintf(id, sizeof id, "bench-%zu", i);
        json_object_set_new(o, "id", json_string(id));
        char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
        fprintf(jl, "%s\n", s);
        free(s);
        json_decref(o);
        written += strlen(t) + 2;
    }
    for (size_t i = 0; i < n; i++)
        free(texts[i]);
    free(texts);
    if (fclose(txt) || fclose(jl)) {
        perror("make_corpus: write");
        return 1;
    }
    return 0;
}
