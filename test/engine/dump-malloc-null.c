// --debug-engine: a block from malloc() is owned and may be NULL until a check
// says which; the branch where it is NULL is an error path.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
#include <string.h>
void memcheck_dump();

void checked(void)
{
    char *p = malloc(8);
    memcheck_dump(p);
    // CHECK: dump-malloc-null.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, live, owned, unchecked, may fail{{$}}
    if (!p) {
        memcheck_dump(p);
        // CHECK: dump-malloc-null.c:[[@LINE-1]]:9: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, live, owned, null, may fail [error path]{{$}}
        return;
    }
    memcheck_dump(p);
    // CHECK: dump-malloc-null.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, live, owned, non-null, may fail{{$}}
    free(p);
}

void compared_with_null(void)
{
    char *p = malloc(8);
    if (p == NULL)
        return;
    memcheck_dump(p);
    // CHECK: dump-malloc-null.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, live, owned, non-null, may fail{{$}}
    free(p);
}

void calloc_and_strdup(const char *s)
{
    int *v = calloc(4, sizeof *v);
    char *d = strdup(s);
    memcheck_dump(v, d);
    // CHECK: dump-malloc-null.c:[[@LINE-1]]:5: note: memcheck_dump: v = resource #1: alloc by calloc(), family malloc, live, owned, unchecked, may fail; d = resource #2: alloc by strdup(), family malloc, live, owned, unchecked, may fail{{$}}
    free(v);
    free(d);
}
