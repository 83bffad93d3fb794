/* diag.h - findings: what a rule reports, collected per function, then sorted,
 * deduplicated and printed like a compiler's diagnostics. */
#ifndef MC_DIAG_H
#define MC_DIAG_H

#include <stdio.h>

#include "ir.h"

typedef enum mc_severity {
    MC_SEV_NOTE,
    MC_SEV_WARNING,
    MC_SEV_ERROR,
} mc_severity;

/* A step of a finding's path. The notes are in path order; those marked after
 * come after the finding's own location on the path (the return that leaves a
 * freed pointer dangling comes after the free the finding is at). */
typedef struct mc_note {
    mc_loc loc;
    char *msg;
    bool after;
    bool context;  /* where an object came from, told for the reader: no step the
                      cause needs (see mc_finding_in_macro) */
} mc_note;

/* One expansion of the macro a grouped finding stands for. */
typedef struct mc_site {
    mc_loc loc;
    const char *function;
} mc_site;

typedef struct mc_finding {
    const char *rule;      /* rule id */
    mc_severity severity;
    mc_loc loc;
    char *msg;
    char *fixit;           /* a hint, e.g. "use calloc(count, sizeof *items)", or NULL */
    const char *function;  /* the enclosing function's name */
    int nnotes;
    mc_note *notes;
    bool suppressed;       /* by a `memcheck: ignore[...]` comment (kept for SARIF) */
    char *suppress_reason; /* the comment's text after the ids */
    int unit;              /* the program unit whose function it is in, or -1 */
    const char *path_class; /* its file's class of the configuration's paths:, or NULL */
    int nsites;            /* grouped: the expansions it stands for, its own first, else 0 */
    mc_site *sites;
} mc_finding;

typedef struct mc_diags {
    MC_VEC(mc_finding) v;
} mc_diags;

mc_finding *mc_diags_new(mc_diags *d, const char *rule, mc_severity sev, mc_loc loc,
                         const char *function, char *msg /* taken */);
void mc_finding_note(mc_finding *f, mc_loc loc, char *msg /* taken */);
/* The finding's path in program order, as notes: the notes before it, the finding
 * itself (its loc and msg, *self set to its index), the notes after it. Fills
 * steps[0..f->nnotes]; returns f->nnotes + 1. */
int mc_finding_path(const mc_finding *f, mc_note *steps, int *self);
void mc_diags_append(mc_diags *dst, mc_diags *src);  /* moves src's findings */
void mc_finding_release(mc_finding *f);              /* frees what a finding holds */
/* Sorts by file, line, column, rule and message, and drops exact duplicates. */
void mc_diags_sort_unique(mc_diags *d);
void mc_diags_free(mc_diags *d);

/* Whether the finding's cause is in a macro's body: its place is a token the
 * body wrote, and every step of its path (context notes aside) is in the same
 * expansion. */
bool mc_finding_in_macro(const mc_finding *f);
/* One finding per cause in a macro: the findings of one rule in macro (not
 * suppressed) whose place the same body token is become the first of them,
 * which lists every expansion in sites. Keeps the order. */
void mc_diags_group_macros(mc_diags *d);
/* What a grouped finding says besides its path, as notes for a reader: the
 * token in the macro's body, the other expansions (at most max), how many
 * more. Fills notes (room for max + 2); returns how many; the messages are
 * the caller's to free. */
int mc_finding_group_notes(const mc_finding *f, mc_note *notes, int max);
enum { MC_GROUP_NOTES = 5 }; /* the other expansions a reader is shown */

typedef struct mc_text_opts {
    bool color;
    bool show_source;      /* the source line and a caret under the column */
} mc_text_opts;
void mc_diags_print_text(const mc_diags *d, const mc_text_opts *o, FILE *out);

#endif
