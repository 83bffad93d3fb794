/* fuzz_frontend.c - libFuzzer target: the input is a C file; it is parsed,
 * lowered, linked and analysed with every rule. Crashes, hangs and sanitizer
 * reports are bugs. Built with -DMEMCHECK_FUZZ=ON and clang (scripts/fuzz.sh). */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "analysis.h"
#include "frontend.h"
#include "fuzz_util.h"
#include "model.h"
#include "rule.h"
#include "source.h"

static CXIndex idx;
static mc_models models;
static bool enabled[64];

static void setup(void)
{
    char *err = NULL;
    idx = clang_createIndex(0, 0);
    mc_models_init(&models);
    if (!mc_models_load_builtin(&models, &err))
        abort();
    for (int i = 0; i < mc_nrules && i < 64; i++)
        enabled[i] = true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!idx)
        setup();
    const char *written = fuzz_write("input.c", data, size);
    if (!written)
        return 0;
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s", written);
    char *args[] = {"-std=gnu11", "-w"};
    mc_tu tu = {path, "/tmp", 2, args};
    mc_fe_status status;
    char *msg = NULL;
    mc_unit *u = mc_fe_parse(idx, &tu, 0, 1, &status, &msg);
    free(msg);
    if (u) {
        mc_program p;
        mc_program_init(&p);
        mc_program_add_unit(&p, u);
        mc_program_link(&p);
        mc_analysis_opts o = {.models = &models, .rule_enabled = enabled, .jobs = 1, .budget = 2000};
        mc_diags d = {0};
        mc_analysis_stats stats = {0};
        mc_analyze_program(&p, &o, &d, &stats);
        mc_diags_free(&d);
        for (int i = 0; i < stats.skipped_names.n; i++)
            free(stats.skipped_names.v[i]);
        MC_VEC_FREE(stats.skipped_names);
        mc_program_free(&p);
    }
    mc_source_cache_free();
    return 0;
}
