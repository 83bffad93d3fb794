/* version.h - which build this is: the project's version (CMake's project()
 * version, MEMCHECK_VERSION) and the git commit it was built from. */
#ifndef MC_VERSION_H
#define MC_VERSION_H

extern const char mc_build_commit[]; /* "0123456789ab", "...-dirty" or "unknown" */

#endif
