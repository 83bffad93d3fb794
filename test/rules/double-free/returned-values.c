// RUN: %memcheck --fail-on never --rules=double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A second free() under a test of what a callee returned: infeasible where the
 * callee's summary says the test cannot hold (a range, the argument handed
 * back), still a double free where it can. */
#include <stdlib.h>

int input(void);

static int level(int d) { if (d > 3) return 3; if (d < 0) return 0; return d; }
static int wide_level(int d) { if (d > 9) return 9; if (d < 0) return 0; return d; }
static int echo(int v) { return v; }

void levels(char *p)
{
    free(p);
    if (level(input()) > 5)
        free(p);
}

void wide_levels(char *p)
{
    free(p);
    if (wide_level(input()) > 5)
        free(p);
    // CHECK: returned-values.c:[[@LINE-1]]:9: error: 'p' is released twice
}

void echoed(char *p)
{
    int done = echo(0);
    free(p);
    if (!done)
        return;
    free(p);
}

void echoed_flag(char *p, int flag)
{
    if (echo(flag))
        free(p);
    if (flag)
        return;
    free(p);
}

void echoed_flag_twice(char *p, int flag)
{
    if (echo(flag))
        free(p);
    if (!flag)
        return;
    free(p);
    // CHECK: returned-values.c:[[@LINE-1]]:5: error: 'p' is released twice
}
