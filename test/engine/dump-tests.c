// --debug-engine: integers that remember a pointer test (ok = p != NULL,
// failed = !p) and what branching on them later teaches of the pointer.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();

/* Past if (!ok), p is known non-null, but ok itself keeps [0, 1]: a better
 * answer there is ok = 1. */
void remembered(void)
{
    char *p = malloc(4);
    int ok = p != NULL, failed = !p;
    memcheck_dump(ok, failed);
    // CHECK: dump-tests.c:[[@LINE-1]]:5: note: memcheck_dump: ok = int [0, 1], non-null test of #0; failed = int [0, 1], null test of #0{{$}}
    if (!ok)
        return;
    memcheck_dump(p, ok);
    // CHECK: dump-tests.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, live, owned, non-null, may fail; ok = int [0, 1], non-null test of #0{{$}}
    free(p);
}

/* A bit test's answer is kept for the next test of the same bit (a place
 * "&4" under flags), not as the value of the expression: a better answer is
 * flags & 4 nonzero on the first branch and 0 on the second. */
void flags(unsigned flags)
{
    if (flags & 4)
        memcheck_dump(flags & 4);
        // CHECK: dump-tests.c:[[@LINE-1]]:9: note: memcheck_dump: flags & 4 = int [0, 4]{{$}}
    else
        memcheck_dump(flags & 4);
        // CHECK: dump-tests.c:[[@LINE-1]]:9: note: memcheck_dump: flags & 4 = int [0, 4]{{$}}
}
