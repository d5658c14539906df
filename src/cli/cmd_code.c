/* cmd_code.c - `sitrep code`: news in, coded events out. */
#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

int cli_code(int argc, char **argv)
{
    cli_options o;
    memset(&o, 0, sizeof o);
    o.command = "code";
    o.read = sr_read_options_default();
    int rc = cli_parse_options(argc, argv, &o);
    if (rc < 0) {
        if (!o.petrarch_config && (!o.verbs || !o.nactors)) {
            /* An empty run that looks like "no events" would mislead. */
            cli_error("sitrep code needs event dictionaries: give --petrarch-config FILE, "
                      "or --verbs FILE and --actors FILE (see 'sitrep code --help')");
            rc = SR_EXIT_USAGE;
        } else
            rc = cli_run(&o);
    }
    free(o.actors);
    return rc;
}
