/* cli.h - the sitrep command's shared pieces: options, the run loop, exit
 * codes. The command is a client of include/sitrep.h only. */
#ifndef SR_CLI_H
#define SR_CLI_H

#include "sitrep.h"

/* Exit codes, documented in docs/cli.md and `sitrep help`. */
enum sr_exit {
    SR_EXIT_OK = 0,
    SR_EXIT_BAD_RECORDS = 1, /* --strict and some records were unreadable */
    SR_EXIT_USAGE = 2,       /* bad option or argument */
    SR_EXIT_INPUT = 3,       /* an input could not be opened or is not text */
    SR_EXIT_DATA = 4,        /* a model or dictionary could not be loaded */
    SR_EXIT_OUTPUT = 5       /* the output could not be written */
};

typedef struct cli_options {
    const char *command;     /* "code" or "parse" */
    sr_read_options read;
    sr_output output;
    int output_set;
    const char *output_path; /* NULL: stdout */
    const char *data_dir;
    int strict;
    int quiet;
    int use_parse;           /* code: use the CoNLL-U parse in the input */
    int tokens_only;         /* parse: split and tokenise, no tagger/parser */
    int explain;             /* code: say how each event was coded */
    int keep_history;        /* code: keep events dated over a year back */
    int plain_modals;        /* code: "will send" as sending (PETRARCH2) */
    int agents_alone;        /* code: agents with no actor keep no country */
    sr_dyad_rule dyads;      /* code: --require-dyad / --no-require-dyad */
    int no_dedup;            /* code: one event per mention, not merged */
    int merge;               /* code: merge the run's events across records */
    int dict_report;         /* code: list every dictionary diagnostic */
    const char *gazetteer;   /* code: --gazetteer FILE, NULL for the default */
    int no_locations;        /* code: --no-locations */
    const char *petrarch_config, *dict_dir, *verbs, *agents, *discards, *issues;
    const char **actors;     /* --actors, repeatable; owned */
    size_t nactors;
    char **inputs;           /* file names; none means stdin */
    int ninputs;
} cli_options;

/* Parses argv (after the subcommand) into o. Returns -1 when the command
 * should go on, or an exit code (help printed: 0; misuse: 2). */
int cli_parse_options(int argc, char **argv, cli_options *o);
void cli_usage_command(const char *command, FILE *to);

/* Reads every input, analyses each record and writes the result. */
int cli_run(cli_options *o);

int cli_code(int argc, char **argv);
int cli_merge(int argc, char **argv);
int cli_parse(int argc, char **argv);

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
void cli_error(const char *fmt, ...);

#endif
