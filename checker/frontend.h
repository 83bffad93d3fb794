/* frontend.h - parses one translation unit with libclang and lowers every
 * function definition in it to the IR (ir.h). */
#ifndef MC_FRONTEND_H
#define MC_FRONTEND_H

#include "libclang.h"

#include "ir.h"

/* One compile command, ready for libclang. */
typedef struct mc_tu {
    char *file;         /* the main file, absolute */
    char *directory;    /* the command's working directory */
    int argc;
    char **argv;        /* clang arguments: no compiler name, no -c/-o, no input file */
} mc_tu;

typedef enum mc_fe_status {
    MC_FE_OK,           /* parsed cleanly */
    MC_FE_ERRORS,       /* parsed with errors; analysed as far as clang recovered */
    MC_FE_FAILED,       /* could not be parsed at all; msg says why */
} mc_fe_status;

enum { MC_FE_MAX_PARTS = 4 };

/* Parses tu with idx (one CXIndex per thread) and lowers its functions: with
 * nparts > 1 (at most MC_FE_MAX_PARTS), only the bodies of part's share of them
 * (each definition goes to the part given the fewest bytes so far), to be
 * merged with the other parts (mc_unit_merge); the TU's diagnostics and
 * inclusions are part 0's. Returns the unit (NULL only when status is
 * MC_FE_FAILED); *msg gets a one-line explanation when status is not MC_FE_OK
 * (caller frees). */
mc_unit *mc_fe_parse(CXIndex idx, const mc_tu *tu, int part, int nparts, mc_fe_status *status, char **msg);

#endif
