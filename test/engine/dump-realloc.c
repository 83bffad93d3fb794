// --debug-engine: q = realloc(p, n). The old block is released by realloc
// where it succeeded and still live where it failed (q NULL, an error path).
// Before q is checked, p is shown released: the engine gives it back on the
// failure branch (q "reallocates #0"); a reader must know that "released"
// there means "released unless q is NULL".
// RUN: %memcheck --fail-on never --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();

void grow(size_t n)
{
    char *p = malloc(8);
    if (!p)
        return;
    char *q = realloc(p, n);
    memcheck_dump(p, q);
    // CHECK: dump-realloc.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, released by realloc(), owned, non-null, may fail; q = resource #2: alloc by realloc(), family malloc, live, owned, unchecked, may fail, reallocates #0{{$}}
    if (!q) {
        memcheck_dump(p, q);
        // CHECK: dump-realloc.c:[[@LINE-1]]:9: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, live, owned, non-null, may fail; q = resource #2: alloc by realloc(), family malloc, live, owned, null, may fail, reallocates #0 [error path]{{$}}
        free(p);
        return;
    }
    memcheck_dump(p, q);
    // CHECK: dump-realloc.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, released by realloc(), owned, non-null, may fail; q = resource #2: alloc by realloc(), family malloc, live, owned, non-null, may fail, reallocates #0{{$}}
    free(q);
}

/* p = realloc(p, n): the only pointer to the old block is overwritten. */
void overwrite(size_t n)
{
    char *p = malloc(8);
    if (!p)
        return;
    p = realloc(p, n);
    memcheck_dump(p);
    // CHECK: dump-realloc.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #2: alloc by realloc(), family malloc, live, owned, unchecked, may fail, realloc dropped, reallocates #0{{$}}
    // The finding comes on stdout, after the notes on stderr:
    // CHECK: dump-realloc.c:[[@LINE-4]]:5: warning: 'p' is overwritten with realloc()'s result
    free(p);
}
