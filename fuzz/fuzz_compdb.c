/* fuzz_compdb.c - libFuzzer target: the input is a compile_commands.json; it is
 * validated and read through libclang into translation units, or refused with
 * a message naming the entry at fault, never crashes or leaks. */
#include <stdint.h>

#include "compdb.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fuzz_write("compile_commands.json", data, size))
        return 0;
    mc_opts o = {.db_dir = fuzz_dir(), .quiet = true};
    mc_tus tus = {0};
    mc_compdb_inputs(&o, &tus);
    mc_compdb_free(&tus);
    return 0;
}
