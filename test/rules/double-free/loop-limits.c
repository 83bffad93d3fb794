// RUN: %memcheck --fail-on never --rules=double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A second free() under a test of a loop counter: the counter stays below its
 * limit inside the loop and leaves it at the limit (widening with thresholds),
 * so a test that says otherwise frees nothing twice; one that can hold does. */
#include <stdlib.h>

void after_loop(char *p)
{
    int i;
    for (i = 0; i < 4; i++)
        ;
    free(p);
    if (i < 4)
        free(p);
}

void after_loop_wrong(char *p)
{
    int i;
    for (i = 0; i < 4; i++)
        ;
    free(p);
    if (i <= 4)
        free(p);
    // CHECK: loop-limits.c:[[@LINE-1]]:9: error: 'p' is released twice
}

void inside_loop(char *p, int n)
{
    if (n > 8)
        return;
    free(p);
    for (int i = 0; i < n; i++)
        if (i >= 8)
            free(p);
}

void inside_loop_wrong(char *p, int n)
{
    if (n > 8)
        return;
    free(p);
    for (int i = 0; i < n; i++)
        if (i >= 7)
            free(p);
            // CHECK: loop-limits.c:[[@LINE-1]]:13: error: 'p' is released twice
}
