/* engine_args.h - the data and dictionary options the evaluation tools
 * share with `sitrep code`: --data DIR, --gazetteer FILE,
 * --petrarch-config FILE, --dict DIR, --verbs FILE, --actors FILE
 * (repeatable), --agents FILE, --discards FILE, --issues FILE, and the
 * flags --require-dyad, --no-require-dyad and --agents-alone. Header only:
 * each tool is one program built from one .c file. */
#ifndef SR_TOOLS_ENGINE_ARGS_H
#define SR_TOOLS_ENGINE_ARGS_H

#include "sitrep.h"

#include <string.h>

/* When argv[*i] is one of the options above and has its value, stores it
 * in eo (actors in actor_files, which must hold argc entries), moves *i
 * past the value and returns 1 (a flag takes no value); otherwise returns
 * 0. */
static inline int engine_arg(int argc, char **argv, int *i, sr_engine_options *eo,
                             const char **actor_files)
{
    const char *a = argv[*i];
    if (!strcmp(a, "--require-dyad") || !strcmp(a, "--no-require-dyad")) {
        eo->dyads = a[2] == 'r' ? SR_DYAD_REQUIRED : SR_DYAD_OPTIONAL;
        return 1;
    }
    if (!strcmp(a, "--agents-alone")) {
        eo->agents_alone = 1;
        return 1;
    }
    if (*i + 1 >= argc)
        return 0;
    const char *v = argv[*i + 1];
    if (!strcmp(a, "--data"))
        eo->data_dir = v;
    else if (!strcmp(a, "--gazetteer"))
        eo->gazetteer = v;
    else if (!strcmp(a, "--petrarch-config"))
        eo->petrarch_config = v;
    else if (!strcmp(a, "--dict"))
        eo->dict_dir = v;
    else if (!strcmp(a, "--verbs"))
        eo->verbs = v;
    else if (!strcmp(a, "--actors"))
        actor_files[eo->nactors++] = v;
    else if (!strcmp(a, "--agents"))
        eo->agents = v;
    else if (!strcmp(a, "--discards"))
        eo->discards = v;
    else if (!strcmp(a, "--issues"))
        eo->issues = v;
    else
        return 0;
    ++*i;
    return 1;
}

#endif
