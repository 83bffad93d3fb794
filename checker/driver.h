/* driver.h - one run: parse the selected TUs in parallel, link, analyse, report. */
#ifndef MC_DRIVER_H
#define MC_DRIVER_H

#include "model.h"
#include "options.h"

/* Runs the analysis the options ask for with these models; returns the exit code
 * (SPEC §5: 0 clean, 1 findings, 2 usage, 3 some TU not analysed). */
int mc_driver_run(const mc_opts *o, const mc_models *models);

#endif
