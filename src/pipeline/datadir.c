/* datadir.c - where sitrep's models and dictionaries are.
 *
 * An installed sitrep lives in PREFIX/bin and keeps its data in
 * PREFIX/share/sitrep; a sitrep run from its build folder finds the source
 * tree's models/ one or two levels up. Looking beside the running program,
 * rather than only at the configured prefix, keeps a relocated install
 * (DESTDIR, a tarball) working. */
#include "sitrep.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int has_models(const char *dir)
{
    char path[PATH_MAX + 16];
    struct stat st;
    snprintf(path, sizeof path, "%s/models", dir);
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int take(const char *dir, char *out, size_t size)
{
    if (!dir || !*dir || strlen(dir) >= size)
        return 0;
    strcpy(out, dir);
    return 1;
}

int sr_data_dir(const char *preferred, char *out, size_t size)
{
    if (preferred && *preferred)
        return take(preferred, out, size);
    const char *env = getenv("SITREP_DATA");
    if (env && *env)
        return take(env, out, size);

    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        static const char *const relative[] = {"/../share/sitrep", "/..", "/../.."};
        for (size_t i = 0; i < sizeof relative / sizeof relative[0]; i++) {
            char dir[PATH_MAX + 32];
            snprintf(dir, sizeof dir, "%s%s", exe, relative[i]);
            char real[PATH_MAX];
            if (realpath(dir, real) && has_models(real))
                return take(real, out, size);
        }
    }
#ifdef SR_DEFAULT_PREFIX
    if (has_models(SR_DEFAULT_PREFIX "/share/sitrep"))
        return take(SR_DEFAULT_PREFIX "/share/sitrep", out, size);
#endif
    return 0;
}
