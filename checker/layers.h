/* layers.h - configuration nearer to the code: a .memcheck.yml in a
 * subdirectory governs the findings in the files under it.
 *
 * The root configuration (--config, or the nearest to the database) decides what
 * applies to the whole program: models, never-failing allocators, noreturn
 * functions, vocabularies, unknown-calls, leaks-at-exit, strict-names, since
 * summaries cross every file. A nearer file may turn rules off or on, change
 * their severities and exclude files; for a finding, the file nearest to it
 * decides, and what that file leaves unset comes from the root. */
#ifndef MC_LAYERS_H
#define MC_LAYERS_H

#include <stdbool.h>

#include "config.h"
#include "diag.h"

typedef struct mc_layers mc_layers;

/* Reads every .memcheck.yml nearest to one of the files (absolute paths) that is
 * not the root's (root must outlive the layers). NULL after printing "file:line:col: ..." for a bad one. */
mc_layers *mc_layers_load(const mc_config *root, const char *const *files, int nfiles);
/* Turns on, in run, every rule some layer turns on (the engine must run it). */
void mc_layers_widen(const mc_layers *l, bool *run);
/* Keeps, for each finding, what its nearest layer says: rule off or excluded
 * drops it, a severity replaces the root's; root_enabled says what the root
 * (with the command line) chose for files no layer governs. What the root's
 * classes: says of a finding's class wins over the layer (mc_config_settle). */
void mc_layers_apply(mc_layers *l, mc_diags *d, const bool *root_enabled);
void mc_layers_free(mc_layers *l);

#endif
