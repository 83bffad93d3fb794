/* fuzz_frontend.c - libFuzzer target: the input is a C file; it is parsed,
 * lowered, linked and analysed with every rule. Crashes, hangs and sanitizer
 * reports are bugs. Built with -DMEMCHECK_FUZZ=ON and clang (scripts/fuzz.sh). */
#include <stdint.h>

#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *written = fuzz_write("input.c", data, size);
    if (written)
        fuzz_analyse(written, NULL, 0, 2000);
    return 0;
}
