/* summaries.h - function summaries as files, so that the shards of one database
 * each parse their own TUs and still know what the others' functions do.
 *
 * A file holds, for every function defined in the TUs a run analysed, its
 * summary (by USR; families by name), the globals those TUs write, and the
 * functions they call without defining them. */
#ifndef MC_SUMMARIES_H
#define MC_SUMMARIES_H

#include <stdbool.h>

#include "summary.h"

typedef struct mc_family_names {
    const char *const *names;  /* family index -> name */
    int n;
    int (*index_of)(void *ctx, const char *name); /* name -> index, adding it */
    void *ctx;
} mc_family_names;

/* The summaries of the functions unit defines (-1: all units, with the globals
 * the program writes) as a JSON document (a json_t * the caller owns). */
void *mc_summaries_doc(const mc_program *p, int unit, const mc_family_names *fam);
/* Writes the summaries of the functions p defines. False after printing an error. */
bool mc_summaries_write(const mc_program *p, const char *path, const mc_family_names *fam);
/* Gives the functions p declares but does not define the summaries path holds
 * (read from loaded when the caller has it already),
 * and marks the globals written elsewhere. Expressions made for the globals'
 * names go into made (freed with mc_summaries_free_made). */
bool mc_summaries_read(mc_program *p, const char *path, void *loaded /* its json_t, or NULL */,
                       const mc_family_names *fam, void *made);
void mc_summaries_free_made(void *made);
/* The functions p defines, called by other files' TUs, whose summary, now
 * analysed, differs from the one the summaries read said (what other shards
 * took them to do): names the caller frees, *n of them. */
char **mc_summaries_changed(const mc_program *p, void *made, const mc_family_names *fam, int *n);
/* Reads a JSON file whole (a json_t *, NULL with *error, a json_error_t, set). */
void *mc_json_load(const char *path, void *error);
void *mc_summaries_new_made(void);

#endif
