/* srcroot.h - the source root: the one directory every path of a report,
 * baseline and fingerprint is relative to, so that they move with the checkout. */
#ifndef MC_SRCROOT_H
#define MC_SRCROOT_H

/* The source root for these analysed files (absolute paths): the root of the
 * git work tree holding them (the nearest directory up from their common
 * ancestor with a .git directory or file; no git needed; not above what
 * GIT_CEILING_DIRECTORIES lists), else their common ancestor, else the current
 * directory. *how says which (for --verbose).
 * The caller frees the result. */
char *mc_srcroot_find(const char *const *files, int n, const char **how);
/* dir (relative to base when it is not absolute) made absolute and canonical;
 * NULL with errno set when it is not a directory. */
char *mc_srcroot_resolve(const char *base, const char *dir);

#endif
