// RUN: %memcheck --fail-on never --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* What a branch learned of a parameter's bits (`flags & KEEP`) outlives the
 * widening past 12 states at a block when the function never assigns the
 * parameter: the block allocated under `flags & KEEP` is stored under the
 * same test at the end (tmux's job_run() and JOB_PTY), whatever the four
 * options in between did. A parameter the function assigns is its working
 * value, whose bits are forgotten with it. */
#include <stdlib.h>

#define KEEP 0x4
int option(int which);
void show(int value);
struct job { char *buf; };

void run_ok(struct job *job, int flags)
{
    char *buf = NULL;
    if (flags & KEEP)
        buf = malloc(64);
    int bold = 0, wide = 0, dim = 0, boxed = 0;
    if (option(1))
        bold = 1;
    if (option(2))
        wide = 1;
    if (option(3))
        dim = 1;
    if (option(4))
        boxed = 1;
    show(bold + wide + dim + boxed);
    if (flags & KEEP)
        job->buf = buf;
}

void run_bad(struct job *job, int flags)
{
    char *buf = NULL;
    if (flags & KEEP)
        buf = malloc(64);
    int bold = 0, wide = 0, dim = 0, boxed = 0;
    if (option(1))
        bold = 1;
    if (option(2))
        wide = 1;
    if (option(3))
        dim = 1;
    if (option(4))
        boxed = 1;
    show(bold + wide + dim + boxed);
    if (flags & KEEP && bold)
        job->buf = buf;
    // CHECK: param-bits-past-12-states.c:[[@LINE+1]]:1: warning: memory 'buf' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function
}
