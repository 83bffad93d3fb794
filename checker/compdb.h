/* compdb.h - what to analyse: the compile database (found, validated and read
 * through libclang), path filters, and files given with '--' compiler arguments. */
#ifndef MC_COMPDB_H
#define MC_COMPDB_H

#include "frontend.h"
#include "options.h"

typedef struct mc_tus {
    MC_VEC(mc_tu) v;          /* in database order (or command-line order with '--') */
    char *db_path;            /* the compile_commands.json used, or NULL */
    MC_VEC(char *) sys_dirs;  /* system include directories (their findings are dropped) */
    bool partial;             /* paths select some of the database's TUs, and no
                                 --summaries tell what the others do */
} mc_tus;

/* Collects the translation units the options select. Returns -1 on success, or
 * the exit code after printing one error line naming the file at fault. C++ TUs
 * are left out with a note on stderr (unless quiet). */
int mc_compdb_inputs(const mc_opts *o, mc_tus *out);
/* The directory holding compile_commands.json when searching from dir: dir, dir/build,
 * then each parent and its build/. NULL when none. */
char *mc_compdb_search(const char *dir);
void mc_compdb_free(mc_tus *t);
void mc_tu_free(mc_tu *tu);

#endif
