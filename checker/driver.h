/* driver.h - one run: parse the selected TUs in parallel, link, analyse, report. */
#ifndef MC_DRIVER_H
#define MC_DRIVER_H

#include "config.h"
#include "model.h"
#include "options.h"

/* What the configuration and the command line decided together. */
typedef struct mc_settings {
    const mc_config *config;
    const bool *rule_enabled;          /* per mc_rules index */
    const mc_severity *rule_severity;  /* per mc_rules index */
} mc_settings;

/* Runs the analysis the options ask for with these models; returns the exit code
 * (SPEC §5: 0 clean, 1 findings, 2 usage, 3 some TU not analysed). */
int mc_driver_run(const mc_opts *o, const mc_models *models, const mc_settings *s);

#endif
