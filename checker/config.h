/* config.h - .memcheck.yml: per-project rules, severities, models, vocabularies,
 * exclusions and analysis switches (docs/configuration.md). */
#ifndef MC_CONFIG_H
#define MC_CONFIG_H

#include <stdbool.h>

#include "diag.h"
#include "model.h"
#include "naming.h"
#include "util.h"

enum { MC_LEVEL_UNSET = -2, MC_LEVEL_OFF = -1, MC_LEVEL_ON = 3 };

/* The class every file no class of paths: holds is in. */
#define MC_LIBRARY_CLASS "library"

/* A class of paths: (tests, examples, ...): the files its globs match, and
 * what classes: says of the rules' findings in them. */
typedef struct mc_path_class {
    char *name;
    MC_VEC(char *) globs;                 /* relative to the file's directory; none for library */
    signed char *rule_level;              /* per mc_rules index: MC_LEVEL_* or an mc_severity */
} mc_path_class;

typedef struct mc_config {
    char *path;                           /* the file read, or NULL when there is none */
    char *dir;                            /* its directory: exclude globs are relative to it */
    char *source_root;                    /* source-root:, absolute, or NULL */
    signed char *rule_level;              /* per mc_rules index: MC_LEVEL_* or an mc_severity */
    MC_VEC(char *) exclude;
    MC_VEC(mc_path_class) classes;        /* paths: in file order, then library; none without
                                             paths: or classes: */
    MC_VEC(char *) words[MC_WORD__COUNT]; /* vocabularies replaced by the file */
    bool vocab_set[MC_WORD__COUNT];
    int unknown_calls;                    /* -1 unset, else mc_unknown_calls */
    int leaks_at_exit, strict_names;      /* -1 unset, else 0 or 1 */
} mc_config;

/* The nearest .memcheck.yml in dir or its parents (caller frees), or NULL. */
char *mc_config_find(const char *dir);
/* Reads path into c; its models, never-fail and noreturn lists go into models.
 * On error prints "memcheck: error: file:line:col: what was expected" and
 * returns false. */
bool mc_config_load(mc_config *c, const char *path, mc_models *models);
/* The defaults: no file, nothing set. */
void mc_config_init(mc_config *c);
/* Sets the naming vocabularies the file replaced (they stay owned by c). */
void mc_config_apply_vocabulary(const mc_config *c);
/* Whether a file (absolute) is excluded by the file's globs. */
bool mc_config_excluded(const mc_config *c, const char *file);
/* Gives each finding of d that has a file and no class yet the class of its
 * file: the first class of paths: whose globs match it, else library. Nothing
 * when the file names no class. */
void mc_config_tag_classes(const mc_config *c, mc_diags *d);
/* Turns on, in run, every rule some class turns on (the engine must run it). */
void mc_config_widen_classes(const mc_config *c, bool *run);
/* Whether finding f (of a rule) stays, given the level its nearest
 * configuration sets for its rule (MC_LEVEL_UNSET: none): the level classes:
 * sets for its rule in its class wins over that; with neither, enabled (the
 * root's choice) decides. A severity decided becomes f's. */
bool mc_config_settle(const mc_config *c, mc_finding *f, int level, bool enabled);
void mc_config_free(mc_config *c);

#endif
