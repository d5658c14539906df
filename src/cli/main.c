/* main.c - `sitrep`: dispatch to a subcommand. */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void usage(FILE *to)
{
    fputs("usage: sitrep <command> [options] [FILE...]\n"
          "\n"
          "Turns news reports into structured event data.\n"
          "\n"
          "commands:\n"
          "  code     code the events in news records (who did what to whom)\n"
          "  parse    split, tokenise, tag and parse; write CoNLL-U\n"
          "  merge    merge the same event reported by several records (jsonl in/out)\n"
          "  help     this text, or `sitrep help COMMAND`\n"
          "\n"
          "  sitrep --version    print the version\n"
          "  sitrep COMMAND --help   options of a command\n"
          "\n"
          "Input formats (auto-detected; --from overrides): text, jsonl, petrarch, conllu;\n"
          "gzip-compressed input is read transparently. Without FILE, standard input.\n"
          "\n"
          "exit status:\n"
          "  0  success (unreadable records are reported on stderr and skipped)\n"
          "  1  some records were unreadable and --strict was given\n"
          "  2  bad option or argument\n"
          "  3  an input could not be opened, or is empty or binary\n"
          "  4  a model or dictionary could not be loaded\n"
          "  5  the output could not be written\n",
          to);
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("sitrep: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return SR_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("sitrep %s\n", sr_version());
        return SR_EXIT_OK;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        usage(stdout);
        return SR_EXIT_OK;
    }
    if (strcmp(cmd, "help") == 0) {
        if (argc > 2 && (strcmp(argv[2], "code") == 0 || strcmp(argv[2], "parse") == 0))
            cli_usage_command(argv[2], stdout);
        else if (argc > 2 && strcmp(argv[2], "merge") == 0) {
            char help[] = "--help", *args[] = {argv[2], help, NULL};
            return cli_merge(2, args);
        }
        else if (argc > 2) {
            cli_error("no such command '%s' (commands: code, parse, merge, help)", argv[2]);
            return SR_EXIT_USAGE;
        } else
            usage(stdout);
        return SR_EXIT_OK;
    }
    if (strcmp(cmd, "code") == 0)
        return cli_code(argc - 1, argv + 1);
    if (strcmp(cmd, "parse") == 0)
        return cli_parse(argc - 1, argv + 1);
    if (strcmp(cmd, "merge") == 0)
        return cli_merge(argc - 1, argv + 1);
    cli_error("no such command '%s' (commands: code, parse, merge, help)", cmd);
    usage(stderr);
    return SR_EXIT_USAGE;
}
