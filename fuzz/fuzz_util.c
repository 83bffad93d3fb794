/* fuzz_util.c - see fuzz_util.h. */
#include "fuzz_util.h"

#include <limits.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdlib.h>

#include "analysis.h"
#include "frontend.h"
#include "model.h"
#include "rule.h"
#include "source.h"

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

static void free_stats(mc_analysis_stats *stats)
{
    for (int i = 0; i < stats->skipped_names.n; i++)
        free(stats->skipped_names.v[i]);
    MC_VEC_FREE(stats->skipped_names);
    for (int i = 0; i < stats->changed_summaries.n; i++)
        free(stats->changed_summaries.v[i]);
    MC_VEC_FREE(stats->changed_summaries);
}

bool fuzz_analyse(const char *path, const char *const *summaries, int nsummaries, int budget)
{
    static CXIndex idx;
    static mc_models models;
    static bool enabled[64];
    if (!idx) {
        char *err = NULL;
        if (mc_libclang_load())
            abort();
        idx = clang_createIndex(0, 0);
        mc_models_init(&models);
        if (!mc_models_load_builtin(&models, &err))
            abort();
        for (int i = 0; i < mc_nrules && i < 64; i++)
            enabled[i] = true;
    }
    char file[PATH_MAX], *args[] = {"-std=gnu11", "-w"};
    snprintf(file, sizeof file, "%s", path);
    mc_tu tu = {file, "/tmp", 2, args};
    mc_fe_status status;
    char *msg = NULL;
    mc_unit *u = mc_fe_parse(idx, &tu, 0, 1, &status, &msg);
    free(msg);
    if (u) {
        mc_program p;
        mc_program_init(&p);
        mc_program_add_unit(&p, u);
        mc_program_link(&p);
        mc_analysis_opts o = {.models = &models, .rule_enabled = enabled, .jobs = 1, .budget = budget,
                              .summaries_in = summaries, .nsummaries_in = nsummaries};
        mc_diags d = {0};
        mc_analysis_stats stats = {0};
        mc_analyze_program(&p, &o, &d, &stats);
        mc_diags_free(&d);
        free_stats(&stats);
        mc_program_free(&p);
    }
    mc_source_cache_free();
    return u != NULL;
}
