/* cmd_merge.c - `sitrep merge`: the same event from several outlets, once.
 *
 * Reads the JSONL event output of `sitrep code` (files or stdin) into an
 * sr_merger and writes each merged event once. Bad lines are reported as
 * "file:line: what" and skipped, as `code` does with bad records. */
#include "cli/cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

/* As in run.c: past this many messages, bad lines are only counted. */
enum { MAX_REPORTED = 50 };

static void usage(FILE *to)
{
    fputs("usage: sitrep merge [options] [FILE...]\n"
          "\n"
          "Merges the same event reported by several records (outlets). Reads the\n"
          "jsonl output of `sitrep code`; events that share date, source, target,\n"
          "CAMEO root code (first two digits) and place are written once, with\n"
          "`mentions` summed, `sources` (distinct outlets, else distinct record ids)\n"
          "and `records` (the record ids). `sitrep code --merge` does the same in one\n"
          "step. Without FILE, standard input; gzip is read transparently.\n"
          "\n"
          "options:\n"
          "  -o, --output FILE     write to FILE instead of standard output\n"
          "      --strict          exit 1 when any line was not a readable event\n"
          "  -h, --help            this text\n",
          to);
}

static void report(const sr_error *err, size_t *reported)
{
    if (*reported >= MAX_REPORTED)
        return;
    char msg[1024];
    sr_error_format(err, msg, sizeof msg);
    fprintf(stderr, "sitrep: skipped line: %s\n", msg);
    if (++*reported == MAX_REPORTED)
        fprintf(stderr, "sitrep: further bad lines are counted, not shown\n");
}

int cli_merge(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"strict", no_argument, NULL, 's'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *output = NULL;
    int strict = 0, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 's': strict = 1; break;
        case 'h': usage(stdout); return SR_EXIT_OK;
        case ':':
            cli_error("option %s needs a value (see 'sitrep merge --help')", argv[optind - 1]);
            return SR_EXIT_USAGE;
        default:
            cli_error("unknown option '%s' for merge (see 'sitrep merge --help')",
                      argv[optind - 1]);
            return SR_EXIT_USAGE;
        }
    }
    static char *stdin_only[] = {"-"};
    char **inputs = optind < argc ? argv + optind : stdin_only;
    int ninputs = optind < argc ? argc - optind : 1;

    FILE *out = stdout;
    if (output && !(out = fopen(output, "w"))) {
        cli_error("cannot write %s: %s", output, strerror(errno));
        return SR_EXIT_OUTPUT;
    }
    sr_merger *m = sr_merger_new();
    size_t bad = 0, reported = 0;
    int input_failed = 0;
    sr_error err;
    for (int i = 0; i < ninputs; i++) {
        sr_status st;
        memset(&err, 0, sizeof err);
        while ((st = sr_merger_read(m, inputs[i], &err)) == SR_EBADRECORD) {
            bad++;
            report(&err, &reported);
            memset(&err, 0, sizeof err);
        }
        if (st != SR_OK) {
            char msg[1024];
            sr_error_format(&err, msg, sizeof msg);
            fprintf(stderr, "sitrep: error: %s\n", msg);
            input_failed = 1;
        }
    }
    memset(&err, 0, sizeof err);
    int output_failed = sr_merger_write(m, out, &err) != SR_OK;
    if (out != stdout && fclose(out) != 0)
        output_failed = 1;
    size_t events, merged;
    sr_merger_counts(m, &events, NULL, &merged);
    sr_merger_free(m);
    if (output_failed) {
        cli_error("cannot write %s: %s", output ? output : "standard output", strerror(errno));
        return SR_EXIT_OUTPUT;
    }
    if (bad)
        fprintf(stderr, "sitrep: %zu event%s read, %zu merged event%s written, %zu bad line%s "
                "skipped%s\n", events, events == 1 ? "" : "s", merged, merged == 1 ? "" : "s",
                bad, bad == 1 ? "" : "s", strict ? " (--strict: failing)" : "");
    if (input_failed)
        return SR_EXIT_INPUT;
    return bad && strict ? SR_EXIT_BAD_RECORDS : SR_EXIT_OK;
}
