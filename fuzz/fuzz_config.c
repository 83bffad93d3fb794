/* fuzz_config.c - libFuzzer target: the input is a .memcheck.yml; reading it
 * either succeeds or fails with a message naming the place, never crashes or
 * leaks, and its exclude globs then match paths without crashing. */
#include <stdint.h>

#include "config.h"
#include "fuzz_util.h"
#include "model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_write(".memcheck.yml", data, size);
    if (!path)
        return 0;
    mc_config c;
    mc_config_init(&c);
    mc_models m;
    mc_models_init(&m);
    if (mc_config_load(&c, path, &m)) {
        static const char *const files[] = {"a.c", "src/b.c", "third_party/x/y.c", "/elsewhere/z.c"};
        for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
            mc_config_excluded(&c, files[i]);
        mc_models_find(&m, "malloc");
    }
    mc_models_free(&m);
    mc_config_free(&c);
    return 0;
}
