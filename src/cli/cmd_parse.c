/* cmd_parse.c - `sitrep parse`: text or CoNLL-U in, CoNLL-U out. */
#include "cli/cli.h"

#include <string.h>

int cli_parse(int argc, char **argv)
{
    cli_options o;
    memset(&o, 0, sizeof o);
    o.command = "parse";
    o.read = sr_read_options_default();
    int rc = cli_parse_options(argc, argv, &o);
    if (rc >= 0)
        return rc;
    return cli_run(&o);
}
