/* manpage.h - the manual page, from the help texts and the rule registry. */
#ifndef MC_MANPAGE_H
#define MC_MANPAGE_H

#include <stdio.h>

/* Writes memcheck(1) in roff (`memcheck --man`, run by the build). */
void mc_man_page(FILE *out);

#endif
