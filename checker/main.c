/* main.c - memcheck's entry point: options, the informational actions, then a run. */
#include "libclang.h"
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "driver.h"
#include "manpage.h"
#include "merge.h"
#include "model.h"
#include "options.h"
#include "rule.h"
#include "version.h"

enum { EXIT_USAGE = 2 };

static const char *severity_name(mc_severity s)
{
    return s == MC_SEV_ERROR ? "error" : s == MC_SEV_WARNING ? "warning" : "note";
}

static int version(void)
{
    const char *why = mc_libclang_load();
    if (why) {
        printf("memcheck %s (commit %s, libclang: not loaded)\n", MEMCHECK_VERSION, mc_build_commit);
        fprintf(stderr, "memcheck: error: %s\n", why);
        return EXIT_USAGE;
    }
    CXString v = clang_getClangVersion();
    printf("memcheck %s (commit %s, libclang: %s)\n", MEMCHECK_VERSION, mc_build_commit, clang_getCString(v));
    clang_disposeString(v);
    return 0;
}

static int list_rules(void)
{
    printf("%-22s %-8s %-12s %s\n", "RULE", "SEVERITY", "CWE", "SUMMARY");
    for (int i = 0; i < mc_nrules; i++) {
        const mc_rule *r = mc_rules[i];
        printf("%-22s %-8s %-12s %s%s\n", r->id, severity_name(r->severity), r->cwe, r->summary,
               r->default_off ? " (off by default)" : "");
    }
    return 0;
}

static int explain(const char *id)
{
    const mc_rule *r = mc_rule_find(id);
    if (!r) {
        fprintf(stderr, "memcheck: error: --explain: unknown rule '%s' (see memcheck --list-rules)\n", id);
        return EXIT_USAGE;
    }
    const char *doc = mc_rule_doc(id);
    if (doc)
        fputs(doc, stdout);
    else   /* a rule whose page is still to be written: say what the table knows */
        printf("# %s\n\n%s\n\nCWE: %s. Default severity: %s.\n", r->id, r->summary, r->cwe,
               severity_name(r->severity));
    return 0;
}

/* Rules on and their severities: the defaults, then the configuration's rules,
 * then every --rules of the command line. */
static bool decide_rules(const mc_opts *o, const mc_config *c, bool *enabled, mc_severity *severity)
{
    for (int i = 0; i < mc_nrules; i++) {
        int level = c->rule_level[i];
        enabled[i] = level == MC_LEVEL_UNSET ? !mc_rules[i]->default_off : level != MC_LEVEL_OFF;
        severity[i] = level >= MC_SEV_NOTE && level <= MC_SEV_ERROR ? (mc_severity)level : mc_rules[i]->severity;
    }
    for (int k = 0; k < o->rules_specs.n; k++)
        if (!mc_opts_rules(o->rules_specs.v[k], enabled))
            return false;
    return true;
}

/* The configuration: --config, else the nearest .memcheck.yml up from the
 * database directory (-p) or the current directory. */
static bool load_config(const mc_opts *o, mc_config *c, mc_models *models)
{
    char cwd[4096];
    const char *start = o->db_dir ? o->db_dir : getcwd(cwd, sizeof cwd) ? cwd : ".";
    char *found = o->config ? NULL : mc_config_find(start);
    const char *path = o->config ? o->config : found;
    bool ok = !path || mc_config_load(c, path, models);
    free(found);
    if (ok)
        mc_config_apply_vocabulary(c);
    return ok;
}

static int run_configured(const mc_opts *o, mc_models *models)
{
    mc_config config;
    mc_config_init(&config);
    bool *enabled = mc_xcalloc((size_t)mc_nrules + 1, sizeof *enabled);
    mc_severity *severity = mc_xcalloc((size_t)mc_nrules + 1, sizeof *severity);
    int rc = EXIT_USAGE;
    if (load_config(o, &config, models) && decide_rules(o, &config, enabled, severity)) {
        mc_settings s = {&config, enabled, severity};
        rc = mc_driver_run(o, models, &s);
    }
    free(enabled);
    free(severity);
    mc_config_free(&config);
    return rc;
}

static int with_models(const mc_opts *o)
{
    mc_models models;
    mc_models_init(&models);
    char *err = NULL;
    int rc;
    if (!mc_models_load_builtin(&models, &err)) {
        fprintf(stderr, "memcheck: error: %s\n", err ? err : "cannot load the built-in models");
        rc = EXIT_USAGE;
    } else if (o->action == MC_ACT_DUMP_MODELS) {
        mc_config config;
        mc_config_init(&config);
        rc = load_config(o, &config, &models) ? (mc_models_dump(&models, stdout), 0) : EXIT_USAGE;
        mc_config_free(&config);
    } else {
        rc = run_configured(o, &models);
    }
    free(err);
    mc_models_free(&models);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "merge") == 0)
        return mc_merge_main(argc - 2, argv + 2);
    mc_opts o;
    int rc = mc_opts_parse(&o, argc, argv);
    if (rc < 0) {
        switch (o.action) {
        case MC_ACT_HELP: mc_opts_usage(stdout); rc = 0; break;
        case MC_ACT_VERSION: rc = version(); break;
        case MC_ACT_LIST_RULES: rc = list_rules(); break;
        case MC_ACT_EXPLAIN: rc = explain(o.explain); break;
        case MC_ACT_MAN: mc_man_page(stdout); rc = 0; break;
        case MC_ACT_RUN:
        case MC_ACT_DUMP_MODELS: rc = with_models(&o); break;
        }
    }
    mc_opts_free(&o);
    return rc;
}
