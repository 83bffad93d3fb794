/* cache.h - --cache DIR: a rerun parses and analyses only the TUs whose input
 * changed and the TUs that depend on what those define.
 *
 * One entry per TU (DIR/<hash of its file and arguments>.json) holds the hash
 * of every file it read (and its size and modification time, which vouch for
 * it while they are unchanged, once it has not changed for 2 s), a salt (memcheck's binary, the configuration, the rules
 * and options), the summaries of the functions it defines, the globals it writes,
 * the functions and globals it uses from other TUs, and its raw findings. A TU is
 * reused when its salt and every file it read are unchanged and no TU that
 * defines something it uses is analysed again; its summaries then stand in for
 * its functions (they are read like another shard's) and its findings are
 * replayed.
 *
 * Entries are untrusted: the entry file's first line is a checksum of the rest,
 * and the entry holds the checksum of its summaries file (DIR/<key>.sum.json).
 * A damaged entry is discarded, with a note, and its TU analysed again. A cache
 * directory that cannot be written is only read. */
#ifndef MC_CACHE_H
#define MC_CACHE_H

#include <stdbool.h>
#include <stdint.h>

#include "diag.h"
#include "frontend.h"
#include "ir.h"

typedef struct mc_cache mc_cache;

/* Reads the entries of n TUs and decides which can be reused. */
mc_cache *mc_cache_open(const char *dir, const mc_tu *tus, int n, uint64_t salt);
bool mc_cache_reused(const mc_cache *c, int tu);
/* How the inputs of the entries were checked: by size and modification time
 * (settled files), or by hashing their contents. */
void mc_cache_inputs_checked(const mc_cache *c, int *by_stamp, int *hashed);
int mc_cache_nreused(const mc_cache *c);
/* The entry files of the reused TUs, to be read as summaries files. */
const char *const *mc_cache_summary_files(const mc_cache *c, int *n);
/* Appends the reused TUs' findings (their strings live as long as c). */
void mc_cache_replay(mc_cache *c, mc_diags *d);
/* Writes the entries of the TUs analysed: unit_tu maps a program unit to its TU. */
void mc_cache_store(mc_cache *c, const mc_program *p, const int *unit_tu, const void *fam, const mc_diags *out);
void mc_cache_free(mc_cache *c);

#endif
