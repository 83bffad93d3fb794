/* report.h - machine and browser formats of the findings (the compiler-style text
 * is diag.c's). Paths are written relative to root when under it. */
#ifndef MC_REPORT_H
#define MC_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"

bool mc_report_json(const mc_diags *d, const char *root, FILE *out);
bool mc_report_sarif(const mc_diags *d, const char *root, FILE *out);
bool mc_report_gitlab(const mc_diags *d, const char *root, FILE *out);
/* argv: the command line, which the page shows with the project (root), the
 * version and the date. */
bool mc_report_html(const mc_diags *d, const char *root, int argc, char *const *argv, FILE *out);

#endif
