/* model.h - what library functions do with ownership, loaded from YAML model files
 * (the .yml files of rules/models/, embedded in the binary at build time, plus the user's
 * .memcheck.yml `models:`). The engine consults models; it never names a function. */
#ifndef MC_MODEL_H
#define MC_MODEL_H

#include <stdbool.h>
#include <stdint.h>

/* How an allocator reports failure. */
typedef enum mc_failkind {
    MC_FAIL_NONE,       /* never fails (g_malloc, xmalloc) */
    MC_FAIL_NULL,       /* returns NULL */
    MC_FAIL_NEGATIVE,   /* returns a negative value (open, socket) */
    MC_FAIL_MAP_FAILED, /* returns MAP_FAILED, i.e. (void *)-1 (mmap) */
    MC_FAIL_NONZERO,    /* result carried by an out-parameter; the return value is
                           non-zero on failure (posix_memalign, asprintf returns -1:
                           use MC_FAIL_NEGATIVE there) */
    MC_FAIL_ZERO,       /* the status is 0 (false) on failure: a program's function
                           returning true or 1 where it succeeded (mc_outcome) */
} mc_failkind;

typedef struct mc_family {
    const char *name;      /* "malloc", "FILE", "fd", "DIR", "mmap", "glib", ... */
    const char *kind;      /* what a person calls the resource: "memory", "file",
                              "file descriptor", "directory stream", "mapping" */
} mc_family;

typedef enum mc_fnrole {
    MC_ROLE_NONE = 0,
    MC_ROLE_ALLOC = 1 << 0,     /* acquires a resource of `family` */
    MC_ROLE_DEALLOC = 1 << 1,   /* releases argument `arg` of `family` */
    MC_ROLE_REALLOC = 1 << 2,   /* realloc-like: releases `arg` and returns a new block
                                   on success; leaves it untouched on failure */
    MC_ROLE_NORETURN = 1 << 3,  /* never returns */
    MC_ROLE_KNOWN = 1 << 4,     /* listed only to say what it does with its arguments */
} mc_fnrole;

typedef struct mc_fnmodel {
    const char *name;
    unsigned roles;        /* mc_fnrole bits */
    int family;            /* index into mc_models.families, -1 when none */
    /* ALLOC */
    int result_arg;        /* 0: the return value carries the resource; k >= 1: it is
                              stored through pointer argument k (posix_memalign: 1) */
    int result_count;      /* with result_arg: 2 when a second one goes in the next
                              element, made or not with the first (pipe(fds)) */
    mc_failkind fails;     /* how failure is reported; MC_FAIL_NONE never fails */
    int size_args[2];      /* 1-based arguments whose product is the size, 0 unused */
    bool size_checked;     /* the allocator checks n * size itself (calloc) */
    int when_null;         /* allocates only when this 1-based argument is NULL
                              (realpath(path, NULL)); otherwise fills it in. 0: always */
    bool stack;            /* the memory lives on the caller's stack (alloca): never
                              released, never leaked */
    /* DEALLOC / REALLOC */
    int arg;               /* 1-based argument released (0 for none) */
    /* arguments */
    uint64_t nonnull;      /* bit i: argument i+1 must not be NULL / a failed fd */
    uint64_t takes;        /* bit i: argument i+1's ownership is handed off (stored) */
    uint64_t takes_on_success; /* ALLOC: of takes, those handed off only when the call
                              succeeds; on failure the caller still owns them (fdopen) */
    uint64_t copies;       /* bit i: the bytes argument i+1 points to are copied out
                              (memcpy(dst, &p, sizeof p)): what they hold gains an owner */
    uint64_t overwrites;   /* bit i: the bytes argument i+1 points to are overwritten
                              (memset(s, 0, sizeof *s)): what they held is gone */
    bool borrows_all;      /* no argument is kept or released (default for KNOWN) */
    int returns_arg;       /* 1-based argument it returns (memcpy returns its first), 0 */
    bool has_returns;      /* whenever it returns, it returns `returns` (execv: -1) */
    int64_t returns;
    bool only_never_fail;  /* known only from a never-fail list: a body, where there is
                              one, says what it does (zrealloc releases its argument) */
} mc_fnmodel;

typedef struct mc_models {
    int nfamilies;
    mc_family *families;
    int nfuncs;
    mc_fnmodel *funcs;
    void *index;           /* name -> fnmodel hash (model.c) */
} mc_models;

void mc_models_init(mc_models *m);
/* Loads one YAML document (a model file, or the `models:` list of a config).
 * On error returns false and sets *err to "file:line:col: message". */
bool mc_models_load_text(mc_models *m, const char *text, const char *origin, char **err);
/* Loads a model file from disk. */
bool mc_models_load_file(mc_models *m, const char *path, char **err);
/* Loads a parsed YAML node (a yaml_document_t * and a yaml_node_t * of it), as a
 * config's `models:` list is; origin names the file for errors. */
bool mc_models_load_node(mc_models *m, void *document, void *node, const char *origin, char **err);
/* Loads every model shipped with memcheck (embedded at build time). */
bool mc_models_load_builtin(mc_models *m, char **err);
/* Marks name as an allocator that never fails / a noreturn function (config keys). */
void mc_models_add_never_fail(mc_models *m, const char *name);
void mc_models_add_noreturn(mc_models *m, const char *name);
const mc_fnmodel *mc_models_find(const mc_models *m, const char *name);
int mc_models_family(const mc_models *m, const char *name);  /* -1 when unknown */
/* Adds a family (or returns the existing one's index). */
int mc_models_add_family(mc_models *m, const char *name, const char *kind);
void mc_models_free(mc_models *m);
/* Prints the models as YAML-ish text (for --dump-models and tests). */
void mc_models_dump(const mc_models *m, void *FILE_out);

#endif
