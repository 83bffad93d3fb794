/* fuzz_models.c - libFuzzer target: the input is a model file (YAML); loading it
 * either succeeds or fails with a message, never crashes or leaks. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = mc_xstrndup((const char *)data, size);
    mc_models m;
    mc_models_init(&m);
    char *err = NULL;
    if (mc_models_load_text(&m, text, "fuzz.yml", &err))
        mc_models_find(&m, "malloc");
    free(err);
    mc_models_free(&m);
    free(text);
    return 0;
}
