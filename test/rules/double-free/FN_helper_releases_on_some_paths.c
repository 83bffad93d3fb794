// RUN: %memcheck --fail-on never --rules=double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports the free() in flush_twice(): when 'done' is
 * set, release_if_done() has already freed 'p'. A helper that releases its
 * parameter only on some paths is taken as a hand-off, not a release.
 * docs/rules/double-free.md, "A helper that releases its parameter only on
 * some paths". */
#include <stdlib.h>

static void release_if_done(char *p, int done) { if (done) free(p); }

void flush_twice(int done)
{
    char *p = malloc(8);
    if (!p)
        return;
    release_if_done(p, done);
    free(p);
}

/* control: a helper that releases on every path is followed */
static void release(char *p) { free(p); }
void flush_twice_always(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    release(p);
// CHECK: FN_helper_releases_on_some_paths.c:[[@LINE+1]]:5: error: 'p' is released twice: free() here, after release() at line {{[0-9]+}} already released it [double-free]
    free(p);
}
