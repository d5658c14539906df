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
        int named = o.petrarch_config || o.verbs || o.nactors || o.agents || o.discards ||
                    o.issues;
        if (o.gazetteer && o.no_locations) {
            cli_error("--gazetteer and --no-locations contradict each other; give one");
            rc = SR_EXIT_USAGE;
        } else if (named && !o.petrarch_config && (!o.verbs || !o.nactors)) {
            /* A half-named set would code nothing; an empty run that looks
             * like "no events" would mislead. Naming nothing means sitrep's
             * own dictionaries. */
            cli_error("sitrep code needs both --verbs FILE and --actors FILE, or "
                      "--petrarch-config FILE; give no dictionary option to use sitrep's "
                      "own (see 'sitrep code --help')");
            rc = SR_EXIT_USAGE;
        } else
            rc = cli_run(&o);
    }
    free(o.actors);
    return rc;
}
