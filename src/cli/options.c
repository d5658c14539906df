/* options.c - command-line options shared by `code` and `parse`. */
#include "cli/cli.h"

#include <ctype.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void cli_usage_command(const char *command, FILE *to)
{
    int code = strcmp(command, "code") == 0;
    fprintf(to, "usage: sitrep %s [options] [FILE...]\n\n", command);
    if (code)
        fputs("Codes the events reported in news records: source and target actors,\n"
              "CAMEO event code, PLOVER type, Goldstein score, date, place and casualty\n"
              "counts.\n",
              to);
    else
        fputs("Splits news text into sentences and tokens, tags and parses them, and\n"
              "writes CoNLL-U. With CoNLL-U input, keeps its tokens (ID, FORM) and\n"
              "fills in UPOS, XPOS, HEAD and DEPREL.\n", to);
    fputs("\ninput:\n"
          "  -f, --from FORMAT     text, jsonl, petrarch or conllu (default: detect)\n"
          "      --date YYYY-MM-DD publication date of text input\n"
          "      --id ID           id of a text article (prefix with --split-blank)\n"
          "      --split-blank     text: blank lines separate articles\n"
          "      --max-record N    skip records longer than N bytes (K, M suffixes;\n"
          "                        default 1M)\n"
          "      --strict          exit 1 when any record was unreadable\n"
          "\noutput:\n", to);
    if (code)
        fputs("  -t, --to FORMAT       jsonl, tsv or table (default: table on a terminal,\n"
              "                        jsonl otherwise)\n", to);
    else
        fputs("  -t, --to FORMAT       conllu (the default)\n", to);
    fputs("  -o, --output FILE     write to FILE instead of standard output\n"
          "  -q, --quiet           no progress line on a terminal\n"
          "\nanalysis:\n"
          "      --data DIR        folder holding models/ and dict/ (default:\n"
          "                        $SITREP_DATA, then the install prefix)\n", to);
    if (code)
        fputs("      --use-parse       code from the CoNLL-U parse given in the input\n"
              "      --explain         say how each event was coded, and why sentences\n"
              "                        coded nothing\n"
              "      --keep-history    also code events the text dates as background:\n"
              "                        more than a year before publication (\"in 2015,\n"
              "                        ...\"), or, in a later sentence, dated two\n"
              "                        months or more back (\"In April, ...\",\n"
              "                        \"imposed sanctions in January\" in March), or\n"
              "                        told as the sequel or sum of such acts (\"There,\n"
              "                        ...\", \"have repeatedly called\", \"then-president\")\n"
              "      --plain-modals    code \"will send troops\" as sending troops and\n"
              "                        \"could attack\" as attacking, as PETRARCH2 does, not\n"
              "                        as a stated intention (03x, 13x) and no event\n"
              "      --agents-alone    leave agents that name no actor without a country\n"
              "                        (\"the troops\" as ---MIL), as PETRARCH2 does, not\n"
              "                        the country of their owner, place or story\n"
              "      --require-dyad    code only events with a source and a target actor\n"
              "                        (PETRARCH2's require_dyad)\n"
              "      --no-require-dyad also code one-sided events (\"five people were\n"
              "                        killed\"); the default with sitrep's own dictionaries\n"
              "      --no-dedup        one event per coded mention: do not merge repeated\n"
              "                        mentions of one happening within a record\n"
              "      --merge           merge the same event reported by several records\n"
              "                        (as `sitrep merge`); writes jsonl with mentions,\n"
              "                        sources and records\n"
              "      --gazetteer FILE  place-name index for locations (default:\n"
              "                        gazetteer/places.bin in the data folder)\n"
              "      --no-locations    do not locate events (location is null)\n"
              "\ndictionaries (PETRARCH2 formats; with none of these options, sitrep's\n"
              "own set in the data folder's dict/ is used):\n"
              "      --petrarch-config FILE  a PETR_config.ini; its [Dictionaries] names\n"
              "                        are looked up in --dict DIR, else beside FILE\n"
              "      --dict DIR        where the config's dictionary names are\n"
              "      --verbs FILE      CAMEO verb dictionary\n"
              "      --actors FILE     actor dictionary (repeatable)\n"
              "      --agents FILE     agent dictionary\n"
              "      --discards FILE   discard list\n"
              "      --issues FILE     issue list: each event gets its sentence's\n"
              "                        issue codes and counts\n"
              "      --dict-report     list every malformed or suspicious dictionary entry\n",
              to);
    else
        fputs("      --tokens-only     split and tokenise only; no tagger or parser\n", to);
    fputs("  -h, --help            this text\n", to);
}

/* "1048576", "512K", "4M" → bytes; 0 on a malformed size. */
static size_t parse_size(const char *s)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s)
        return 0;
    switch (toupper((unsigned char)*end)) {
    case '\0': break;
    case 'K': v <<= 10; end++; break;
    case 'M': v <<= 20; end++; break;
    case 'G': v <<= 30; end++; break;
    default: return 0;
    }
    if (*end && !(toupper((unsigned char)*end) == 'B' && end[1] == '\0'))
        return 0;
    return (size_t)v;
}

static int valid_date(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
            return 0;
    int month = atoi(s + 5), day = atoi(s + 8);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

enum {
    OPT_DATE = 256, OPT_ID, OPT_SPLIT_BLANK, OPT_MAX_RECORD, OPT_STRICT, OPT_DATA,
    OPT_USE_PARSE, OPT_TOKENS_ONLY, OPT_EXPLAIN, OPT_DICT_REPORT, OPT_PETRARCH_CONFIG,
    OPT_DICT, OPT_VERBS, OPT_ACTORS, OPT_AGENTS, OPT_DISCARDS, OPT_ISSUES, OPT_NO_DEDUP, OPT_PLAIN_MODALS, OPT_AGENTS_ALONE, OPT_KEEP_HISTORY,
    OPT_REQUIRE_DYAD, OPT_NO_REQUIRE_DYAD,
    OPT_MERGE, OPT_GAZETTEER, OPT_NO_LOCATIONS
};

static void set_dictionary_option(cli_options *o, int c, const char *arg)
{
    switch (c) {
    case OPT_EXPLAIN: o->explain = 1; break;
    case OPT_DICT_REPORT: o->dict_report = 1; break;
    case OPT_PETRARCH_CONFIG: o->petrarch_config = arg; break;
    case OPT_DICT: o->dict_dir = arg; break;
    case OPT_VERBS: o->verbs = arg; break;
    case OPT_AGENTS: o->agents = arg; break;
    case OPT_DISCARDS: o->discards = arg; break;
    case OPT_ISSUES: o->issues = arg; break;
    case OPT_ACTORS:
        o->actors = realloc(o->actors, (o->nactors + 1) * sizeof *o->actors);
        if (!o->actors)
            abort();
        o->actors[o->nactors++] = arg;
        break;
    }
}

int cli_parse_options(int argc, char **argv, cli_options *o)
{
    static const struct option longopts[] = {
        {"from", required_argument, NULL, 'f'},
        {"to", required_argument, NULL, 't'},
        {"output", required_argument, NULL, 'o'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"date", required_argument, NULL, OPT_DATE},
        {"id", required_argument, NULL, OPT_ID},
        {"split-blank", no_argument, NULL, OPT_SPLIT_BLANK},
        {"max-record", required_argument, NULL, OPT_MAX_RECORD},
        {"strict", no_argument, NULL, OPT_STRICT},
        {"data", required_argument, NULL, OPT_DATA},
        {"use-parse", no_argument, NULL, OPT_USE_PARSE},
        {"tokens-only", no_argument, NULL, OPT_TOKENS_ONLY},
        {"explain", no_argument, NULL, OPT_EXPLAIN},
        {"dict-report", no_argument, NULL, OPT_DICT_REPORT},
        {"petrarch-config", required_argument, NULL, OPT_PETRARCH_CONFIG},
        {"dict", required_argument, NULL, OPT_DICT},
        {"verbs", required_argument, NULL, OPT_VERBS},
        {"actors", required_argument, NULL, OPT_ACTORS},
        {"agents", required_argument, NULL, OPT_AGENTS},
        {"discards", required_argument, NULL, OPT_DISCARDS},
        {"issues", required_argument, NULL, OPT_ISSUES},
        {"no-dedup", no_argument, NULL, OPT_NO_DEDUP},
        {"plain-modals", no_argument, NULL, OPT_PLAIN_MODALS},
        {"agents-alone", no_argument, NULL, OPT_AGENTS_ALONE},
        {"keep-history", no_argument, NULL, OPT_KEEP_HISTORY},
        {"require-dyad", no_argument, NULL, OPT_REQUIRE_DYAD},
        {"no-require-dyad", no_argument, NULL, OPT_NO_REQUIRE_DYAD},
        {"merge", no_argument, NULL, OPT_MERGE},
        {"gazetteer", required_argument, NULL, OPT_GAZETTEER},
        {"no-locations", no_argument, NULL, OPT_NO_LOCATIONS},
        {NULL, 0, NULL, 0},
    };
    int code = strcmp(o->command, "code") == 0;
    optind = 1;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":f:t:o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (sr_format_parse(optarg, &o->read.format) != SR_OK) {
                cli_error("--from takes text, jsonl, petrarch or conllu (got '%s')", optarg);
                return SR_EXIT_USAGE;
            }
            break;
        case 't':
            if (sr_output_parse(optarg, &o->output) != SR_OK ||
                (code && o->output == SR_OUTPUT_CONLLU) ||
                (!code && o->output != SR_OUTPUT_CONLLU)) {
                cli_error("--to for %s takes %s (got '%s')", o->command,
                          code ? "jsonl, tsv or table" : "conllu", optarg);
                return SR_EXIT_USAGE;
            }
            o->output_set = 1;
            break;
        case 'o': o->output_path = optarg; break;
        case 'q': o->quiet = 1; break;
        case 'h':
            cli_usage_command(o->command, stdout);
            return SR_EXIT_OK;
        case OPT_DATE:
            if (!valid_date(optarg)) {
                cli_error("--date takes a date as YYYY-MM-DD (e.g. --date 2024-11-28), "
                          "got '%s'", optarg);
                return SR_EXIT_USAGE;
            }
            o->read.date = optarg;
            break;
        case OPT_ID: o->read.id = optarg; break;
        case OPT_SPLIT_BLANK: o->read.split_blank = 1; break;
        case OPT_MAX_RECORD:
            o->read.max_record = parse_size(optarg);
            if (o->read.max_record == 0) {
                cli_error("--max-record takes a size in bytes such as 1048576, 512K or 4M "
                          "(got '%s')", optarg);
                return SR_EXIT_USAGE;
            }
            break;
        case OPT_STRICT: o->strict = 1; break;
        case OPT_DATA: o->data_dir = optarg; break;
        case OPT_USE_PARSE:
            if (!code)
                goto unknown;
            o->use_parse = 1;
            break;
        case OPT_TOKENS_ONLY:
            if (code)
                goto unknown;
            o->tokens_only = 1;
            break;
        case OPT_GAZETTEER:
        case OPT_NO_LOCATIONS:
            if (!code)
                goto unknown;
            if (c == OPT_GAZETTEER)
                o->gazetteer = optarg;
            else
                o->no_locations = 1;
            break;
        case OPT_PLAIN_MODALS:
        case OPT_KEEP_HISTORY:
        case OPT_AGENTS_ALONE:
            if (!code)
                goto unknown;
            *(c == OPT_PLAIN_MODALS   ? &o->plain_modals
              : c == OPT_AGENTS_ALONE ? &o->agents_alone
                                      : &o->keep_history) = 1;
            break;
        case OPT_REQUIRE_DYAD:
        case OPT_NO_REQUIRE_DYAD:
            if (!code)
                goto unknown;
            o->dyads = c == OPT_REQUIRE_DYAD ? SR_DYAD_REQUIRED : SR_DYAD_OPTIONAL;
            break;
        case OPT_NO_DEDUP:
        case OPT_MERGE:
            if (!code)
                goto unknown;
            *(c == OPT_MERGE ? &o->merge : &o->no_dedup) = 1;
            break;
        case OPT_EXPLAIN:
        case OPT_DICT_REPORT:
        case OPT_PETRARCH_CONFIG:
        case OPT_DICT:
        case OPT_VERBS:
        case OPT_ACTORS:
        case OPT_AGENTS:
        case OPT_DISCARDS:
        case OPT_ISSUES:
            if (!code)
                goto unknown;
            set_dictionary_option(o, c, optarg);
            break;
        case ':':
            cli_error("option %s needs a value (see 'sitrep %s --help')", argv[optind - 1],
                      o->command);
            return SR_EXIT_USAGE;
        default:
        unknown:
            cli_error("unknown option '%s' for %s (see 'sitrep %s --help')",
                      argv[optind - 1], o->command, o->command);
            return SR_EXIT_USAGE;
        }
    }
    o->inputs = argv + optind;
    o->ninputs = argc - optind;
    if (o->merge && o->output_set && o->output != SR_OUTPUT_JSONL) {
        cli_error("--merge writes jsonl only (merged events carry sources and records); "
                  "drop --to %s", o->output == SR_OUTPUT_TSV ? "tsv" : "table");
        return SR_EXIT_USAGE;
    }
    if (!o->output_set)
        o->output = code ? (isatty(STDOUT_FILENO) && !o->output_path ? SR_OUTPUT_TABLE
                                                                     : SR_OUTPUT_JSONL)
                         : SR_OUTPUT_CONLLU;
    if (o->merge)
        o->output = SR_OUTPUT_JSONL;
    return -1;
}
