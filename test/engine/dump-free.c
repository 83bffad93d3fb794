// --debug-engine: free() releases the block every copy points to; NULL after
// p = NULL; free(NULL) changes nothing.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();

void released(void)
{
    char *p = malloc(8);
    char *q = p;
    free(p);
    memcheck_dump(p, q);
    // CHECK: dump-free.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, released by free(), owned, unchecked, may fail; q = resource #0: alloc by malloc(), family malloc, released by free(), owned, unchecked, may fail{{$}}
    p = NULL;
    memcheck_dump(p, q);
    // CHECK: dump-free.c:[[@LINE-1]]:5: note: memcheck_dump: p = null; q = resource #0: alloc by malloc(), family malloc, released by free(), owned, unchecked, may fail{{$}}
}

void free_null(void)
{
    char *p = NULL;
    free(p);
    memcheck_dump(p);
    // CHECK: dump-free.c:[[@LINE-1]]:5: note: memcheck_dump: p = null{{$}}
}
