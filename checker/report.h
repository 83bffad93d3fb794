/* report.h - machine and browser formats of the findings (the compiler-style text
 * is diag.c's). Paths are written relative to the source root when under it. */
#ifndef MC_REPORT_H
#define MC_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"

/* Something a report says of the run: a TU not analysed (error) or analysed
 * in part (warning), or the run interrupted (error, no file). */
typedef struct mc_notice {
    mc_severity level;
    const char *file;      /* absolute, or NULL */
    char *msg;             /* names the file, relative to the source root */
} mc_notice;

/* What a report says besides the findings. */
typedef struct mc_report_run {
    const char *root;      /* the source root, absolute: paths under it are written relative to it */
    int argc;              /* the command line, which the HTML page shows with the project (root), */
    char *const *argv;     /* the version and the date */
    bool complete;         /* not interrupted, and no TU left unanalysed */
    bool successful;       /* the exit status is 0 or 1 (not 2, 3 or 130) */
    const mc_notice *notices;
    int nnotices;
} mc_report_run;

bool mc_report_json(const mc_diags *d, const mc_report_run *run, FILE *out);
bool mc_report_sarif(const mc_diags *d, const mc_report_run *run, FILE *out);
bool mc_report_gitlab(const mc_diags *d, const mc_report_run *run, FILE *out);
bool mc_report_html(const mc_diags *d, const mc_report_run *run, FILE *out);

#endif
