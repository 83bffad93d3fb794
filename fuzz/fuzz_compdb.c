/* fuzz_compdb.c - libFuzzer target: the input is a compile_commands.json; it is
 * validated and read through libclang into translation units, or refused with
 * a message naming the entry at fault, never crashes or leaks. Read again with
 * --cache, twice (the commands kept, then read back without libclang), it must
 * give the same units. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compdb.h"
#include "fuzz_util.h"

static bool same_tu(const mc_tu *a, const mc_tu *b)
{
    if (strcmp(a->file, b->file) || strcmp(a->directory, b->directory) || a->argc != b->argc)
        return false;
    for (int i = 0; i < a->argc; i++)
        if (strcmp(a->argv[i], b->argv[i]))
            return false;
    return true;
}

static int read_db(const char *cache_dir, mc_tus *tus)
{
    mc_opts o = {.db_dir = fuzz_dir(), .quiet = true, .cache_dir = cache_dir};
    return mc_compdb_inputs(&o, tus);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char *cache_dir;
    if (!cache_dir)
        cache_dir = mc_xasprintf("%s/cache", fuzz_dir());
    if (!fuzz_write("compile_commands.json", data, size))
        return 0;
    mc_tus direct = {0}, stored = {0}, reread = {0};
    int rc = read_db(NULL, &direct);
    if (read_db(cache_dir, &stored) != rc || read_db(cache_dir, &reread) != rc || direct.v.n != reread.v.n)
        abort();
    for (int i = 0; i < direct.v.n; i++)
        if (!same_tu(&direct.v.v[i], &reread.v.v[i]))
            abort();
    mc_compdb_free(&direct);
    mc_compdb_free(&stored);
    mc_compdb_free(&reread);
    return 0;
}
