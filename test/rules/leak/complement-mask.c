// RUN: %memcheck --fail-on never --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* `~flags & F` tests the bit `flags & F` tested before, the other way round
 * (tmux's job_run(): a socket pair made when `~flags & JOB_PTY`, closed later
 * under the same test): a path cannot take both. The first test must be the
 * plain one: `~flags & F` first teaches the path nothing yet. */
#include <stdlib.h>

#define PTY 0x4

int run_ok(int flags)
{
    char *p = NULL;
    if (flags & PTY)
        p = malloc(8);
    if (~flags & PTY)
        return 0;
    free(p);
    return 1;
}

int run_bad(int flags)
{
    char *p = NULL;
    if (flags & PTY)
        p = malloc(8);
    if (~flags & PTY)
        return 0;
    // CHECK: complement-mask.c:[[@LINE+1]]:5: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks on the path returning 1 at line [[@LINE+1]]
    return 1;
}
