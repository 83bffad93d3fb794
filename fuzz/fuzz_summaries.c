/* fuzz_summaries.c - libFuzzer target: the input is a summaries file
 * (--summaries FILE). It is read for a small program that declares the
 * functions and globals it names and defines two of its own, which is then
 * analysed with every rule: a file that is refused, or one whose summaries say
 * odd things (a parameter out of range, an unknown family), must never crash
 * the reader or the engine that uses what it read. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "frontend.h"
#include "fuzz_util.h"
#include "model.h"
#include "rule.h"
#include "source.h"

/* conn_* are declared only, as in a shard that parses the callers; helper and
 * use are defined here, so that summaries of them are compared, not used. */
static const char program[] =
    "struct conn { char *buf; struct conn *next; int fd; };\n"
    "extern struct conn *pool;\n"
    "extern int ready;\n"
    "void free(void *p);\n"
    "void fatal(const char *msg);\n"
    "void *xalloc(unsigned long n);\n"
    "struct conn *conn_open(const char *name);\n"
    "void conn_close(struct conn *c);\n"
    "int conn_send(struct conn *c, char *data, int n);\n"
    "char *conn_take_buf(struct conn *c);\n"
    "void conn_keep(struct conn *c);\n"
    "int conn_check(struct conn *c);\n"
    "int helper(struct conn *c, char *p) { if (!conn_check(c)) return -1; return conn_send(c, p, 4); }\n"
    "int use(void) {\n"
    "    struct conn *c = conn_open(\"x\");\n"
    "    if (!c) return -1;\n"
    "    char *d = xalloc(8);\n"
    "    if (helper(c, d) < 0) fatal(\"send\");\n"
    "    char *b = conn_take_buf(c);\n"
    "    free(b);\n"
    "    if (ready) conn_keep(c); else conn_close(c);\n"
    "    return pool != 0;\n"
    "}\n";

static CXIndex idx;
static mc_models models;
static bool enabled[64];
static char *source, *summaries;

static void setup(void)
{
    char *err = NULL;
    idx = clang_createIndex(0, 0);
    mc_models_init(&models);
    if (!mc_models_load_builtin(&models, &err))
        abort();
    for (int i = 0; i < mc_nrules && i < 64; i++)
        enabled[i] = true;
    source = mc_xstrdup(fuzz_write("program.c", (const uint8_t *)program, strlen(program)));
    summaries = mc_xasprintf("%s/summaries.json", fuzz_dir());
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!idx)
        setup();
    if (!fuzz_write("summaries.json", data, size))
        return 0;
    char *args[] = {"-std=gnu11", "-w"};
    mc_tu tu = {source, "/tmp", 2, args};
    mc_fe_status status;
    char *msg = NULL;
    mc_unit *u = mc_fe_parse(idx, &tu, 0, 1, &status, &msg);
    free(msg);
    if (!u)
        abort(); /* the program is fixed: it always parses */
    mc_program p;
    mc_program_init(&p);
    mc_program_add_unit(&p, u);
    mc_program_link(&p);
    const char *in[] = {summaries};
    mc_analysis_opts o = {.models = &models, .rule_enabled = enabled, .jobs = 1,
                          .summaries_in = in, .nsummaries_in = 1};
    mc_diags d = {0};
    mc_analysis_stats stats = {0};
    mc_analyze_program(&p, &o, &d, &stats);
    mc_diags_free(&d);
    free_stats(&stats);
    mc_program_free(&p);
    mc_source_cache_free();
    return 0;
}
