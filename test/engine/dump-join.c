// --debug-engine: where two branches meet, the engine keeps one state per
// path rather than a join: a call after them is reached twice.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();

void maybe(int c)
{
    char *p = c ? malloc(3) : NULL;
    memcheck_dump(p, c);
    // CHECK: dump-join.c:[[@LINE-1]]:5: note: memcheck_dump: p = null; c = int 0{{$}}
    // CHECK-NEXT: dump-join.c:[[@LINE-2]]:5: note: memcheck_dump: p = resource #1: alloc by malloc(), family malloc, live, owned, unchecked, may fail; c = int [-2147483648, 2147483647], nonzero{{$}}
    free(p);
}

/* Two states reach the calls (c zero, c nonzero); where they print alike, the
 * line is printed once. */
void both_null(int c)
{
    char *p;
    if (c)
        p = NULL;
    else
        p = 0;
    memcheck_dump(p);
    // CHECK: dump-join.c:[[@LINE-1]]:5: note: memcheck_dump: p = null{{$}}
    memcheck_dump(p, c);
    // CHECK: dump-join.c:[[@LINE-1]]:5: note: memcheck_dump: p = null; c = int 0{{$}}
    // CHECK-NEXT: dump-join.c:[[@LINE-2]]:5: note: memcheck_dump: p = null; c = int [-2147483648, 2147483647], nonzero{{$}}
}
