// --debug-engine: copies share a value: q = p holds the same resource, and
// what a check of q learns holds of p; m = n for integers is one value.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();

void pointer_copy(void)
{
    char *p = malloc(4);
    char *q = p;
    if (!q)
        return;
    memcheck_dump(p, q);
    // CHECK: dump-copies.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, live, owned, non-null, may fail; q = resource #0: alloc by malloc(), family malloc, live, owned, non-null, may fail{{$}}
    char *r = p + 1;
    memcheck_dump(r);
    // CHECK: dump-copies.c:[[@LINE-1]]:5: note: memcheck_dump: r = resource #0: alloc by malloc(), family malloc, live, owned, non-null, may fail, offset{{$}}
    free(q);
    memcheck_dump(p);
    // CHECK: dump-copies.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, released by free(), owned, non-null, may fail{{$}}
}

void int_copy(int n)
{
    int m = n;
    if (m > 5)
        memcheck_dump(n, m);
        // CHECK: dump-copies.c:[[@LINE-1]]:9: note: memcheck_dump: n = int [6, 2147483647], shared with n; m = int [6, 2147483647], shared with n{{$}}
}
