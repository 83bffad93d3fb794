/* ctrl-c-at-rename.c - an LD_PRELOAD shim: Ctrl-C twice at the moment memcheck
 * is about to put its first output file in place, so that the second Ctrl-C
 * (which ends the process at once) lands while the file is being written, every
 * time. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <string.h>

int rename(const char *from, const char *to)
{
    if (strstr(from, ".memcheck-tmp.")) {
        raise(SIGINT);
        raise(SIGINT);
    }
    int (*real)(const char *, const char *) = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
    return real(from, to);
}
