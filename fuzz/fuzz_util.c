/* fuzz_util.c - see fuzz_util.h. */
#include "fuzz_util.h"

#include <limits.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdlib.h>

const char *fuzz_dir(void)
{
    static char dir[PATH_MAX];
    static const char *made;
    if (!made) {
        const char *tmp = getenv("TMPDIR"); /* scripts/fuzz.sh: build-fuzz/tmp, emptied each run */
        snprintf(dir, sizeof dir, "%s/memcheck-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        if (!(made = mkdtemp(dir)))
            abort();
    }
    return made;
}

const char *fuzz_write(const char *name, const uint8_t *data, size_t size)
{
    static char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", fuzz_dir(), name);
    FILE *f = fopen(path, "wb");
    if (!f)
        return NULL;
    bool ok = fwrite(data, 1, size, f) == size;
    ok &= fclose(f) == 0;
    return ok ? path : NULL;
}
