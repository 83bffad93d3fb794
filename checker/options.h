/* options.h - the command line: parsing and validating memcheck's options. */
#ifndef MC_OPTIONS_H
#define MC_OPTIONS_H

#include <stdbool.h>

#include "diag.h"
#include "util.h"

typedef enum mc_action {
    MC_ACT_RUN,          /* analyse */
    MC_ACT_HELP,
    MC_ACT_VERSION,
    MC_ACT_LIST_RULES,
    MC_ACT_EXPLAIN,
    MC_ACT_DUMP_MODELS,
    MC_ACT_MAN,          /* the manual page in roff (hidden: the build makes memcheck.1) */
} mc_action;

/* One --format/-o pair; file is NULL for standard output. */
typedef struct mc_output {
    const char *format;
    const char *file;
} mc_output;

/* --fail-on never: findings never make the exit status 1. */
enum { MC_FAIL_NEVER = MC_SEV_ERROR + 1 };

typedef struct mc_opts {
    int argc;                      /* the command line, as given (for the HTML report) */
    char *const *argv;
    mc_action action;
    const char *explain;           /* --explain RULE */
    const char *db_dir;            /* -p DIR, or NULL to search */
    MC_VEC(const char *) paths;    /* path filters, as given */
    bool dashdash;                 /* '--' was given: extra holds compiler arguments */
    MC_VEC(const char *) extra;
    int jobs;
    int budget;                    /* --budget N: block visits per function, 0: default */
    bool *rule_enabled;            /* per mc_rules index: the defaults and --rules */
    MC_VEC(const char *) rules_specs; /* every --rules, in order, applied again on top of
                                      the configuration's rules */
    const char *config;            /* --config FILE, or NULL to search */
    const char *baseline;          /* --baseline FILE */
    const char *write_baseline;    /* --write-baseline FILE */
    int shard, shards;             /* --shard K/N (1-based K); 0/0 without it */
    MC_VEC(const char *) summaries_in; /* every --summaries FILE: other shards' functions */
    const char *summaries_out;     /* --summaries-out FILE */
    const char *cache_dir;         /* --cache DIR */
    const char *source_root;       /* --source-root DIR, as given */
    int fail_on;                   /* the least mc_severity that makes the exit 1, or MC_FAIL_NEVER */
    int color;                     /* -1: when the output is a terminal; 0 or 1 */
    bool quiet, verbose, dump_ir;
    bool debug_engine;             /* hidden: memcheck_dump() calls print what the engine knows */
    MC_VEC(mc_output) outputs;
} mc_opts;

/* Parses argv. Returns -1 when the run should go on, else the exit code to leave
 * with (after printing an error, or after --help/--version were handled here). */
int mc_opts_parse(mc_opts *o, int argc, char **argv);
/* Applies a --rules spec ("all,-create-naming", globs allowed) to enabled, which
 * starts as the default set (or empty when the spec's first item adds rules).
 * Returns false and prints an error naming the item when it matches no rule. */
bool mc_opts_rules(const char *spec, bool *enabled);
void mc_opts_usage(FILE *out);
void mc_opts_free(mc_opts *o);

#endif
