/* compdb_cache.h - the compile commands as libclang read them from a
 * compile_commands.json, kept in the --cache directory: a warm run reads them
 * back without loading libclang (libclang.h). */
#ifndef MC_COMPDB_CACHE_H
#define MC_COMPDB_CACHE_H

#include <stdint.h>

#include "util.h"

typedef struct mc_command {
    char *directory, *file; /* as the database gives them */
    int argc;
    char **argv;            /* with the compiler, as libclang gives them */
} mc_command;
typedef MC_VEC(mc_command) mc_commands;

/* The key of a database's reading: its bytes and its directory. 0 when it is
 * not to be kept: it names response files (@file), whose own bytes the key
 * does not cover. */
uint64_t mc_compdb_key(const char *db_dir, const char *json, size_t len);
/* Fills out from cache_dir when it holds the reading of key; false if not. */
bool mc_compdb_cache_read(const char *cache_dir, uint64_t key, mc_commands *out);
/* Keeps cmds as the reading of key (a warning line when it cannot). */
void mc_compdb_cache_write(const char *cache_dir, uint64_t key, const mc_commands *cmds);
void mc_commands_free(mc_commands *c);

#endif
