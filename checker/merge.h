/* merge.h - `memcheck merge a.sarif b.sarif ... -o all.sarif`: joins the SARIF
 * reports of shards into one run (code-scanning services reject several runs
 * of one tool and category in one upload). */
#ifndef MC_MERGE_H
#define MC_MERGE_H

#include <stdio.h>

/* argv: the input files and "-o OUT"; returns the exit code (0, or 2 with a
 * message naming the file that could not be read or written). */
int mc_merge_main(int argc, char **argv);
/* What `memcheck merge --help` prints (the man page has it too). */
void mc_merge_usage(FILE *out);

#endif
