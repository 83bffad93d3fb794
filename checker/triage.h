/* triage.h - what happens to findings after the analysis: in-code suppressions,
 * fingerprints, baselines. */
#ifndef MC_TRIAGE_H
#define MC_TRIAGE_H

#include <stdbool.h>
#include <stdint.h>

#include "diag.h"

/* Marks findings suppressed by a `// memcheck: ignore[rule,...] reason` comment
 * on their line or the line before, and adds a note for each such comment in
 * files (the analysed sources) that matched no finding. */
void mc_triage_suppress(mc_diags *d, const char *const *files, int nfiles);

/* A finding's fingerprint: rule, file, function and message with line numbers
 * taken out, plus the text of the flagged line with white space folded; it
 * survives lines added or removed elsewhere in the file. root is stripped from
 * the file's path so a moved checkout keeps its fingerprints. A finding whose
 * cause is in a macro's body (mc_finding_in_macro) is fingerprinted by rule and
 * that body's line instead: one more expansion of the macro does not change it. */
uint64_t mc_triage_fingerprint(const mc_finding *f, const char *root);

/* Writes the findings (not suppressed ones) as a baseline; false on error. */
bool mc_triage_write_baseline(const mc_diags *d, const char *path, const char *root);
/* Drops the findings a baseline lists (each listed one once; a finding in a
 * macro also by the fingerprint of its place) and counts them in
 * *hidden; false with a message when the file cannot be read. */
bool mc_triage_apply_baseline(mc_diags *d, const char *path, const char *root, int *hidden);

#endif
