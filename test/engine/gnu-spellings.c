// RUN: %memcheck --fail-on never --rules=leak,double-free,free-non-heap,realloc-leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Other spellings of the same calls: `__builtin_malloc` and `__builtin_free`
 * are malloc and free (the models' functions, not a family of their own);
 * `__extension__ ({ ... })` is the value of its block (glibc's strdupa is
 * one, over __builtin_alloca); `(free)(p)` names free. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

void builtin_leak_bad(size_t n)
{
    char *p = __builtin_malloc(n);
    if (!p)
        return;
    p[0] = 0;
    // CHECK: gnu-spellings.c:[[@LINE+1]]:1: warning: memory 'p' allocated by __builtin_malloc() at line {{[0-9]+}} leaks
}

void builtin_free_ok(size_t n)
{
    char *p = malloc(n);
    __builtin_free(p);
}

void builtin_twice_bad(size_t n)
{
    char *p = malloc(n);
    __builtin_free(p);
    // CHECK: gnu-spellings.c:[[@LINE+1]]:5: error: 'p' is released twice: __builtin_free() here, after __builtin_free() at line {{[0-9]+}} already released it [double-free]
    __builtin_free(p);
}

void strdupa_free_bad(const char *s)
{
    char *copy = strdupa(s);
    // CHECK: gnu-spellings.c:[[@LINE+1]]:5: error: free() releases 'copy', which points to stack memory from alloca(), not to memory it allocated [free-non-heap]
    free(copy);
}

void extension_leak_bad(size_t n)
{
    char *p = __extension__ ({ char *q = malloc(n); q; });
    if (!p)
        return;
    // CHECK: gnu-spellings.c:[[@LINE+1]]:1: warning: memory 'q' allocated by malloc() at line {{[0-9]+}} leaks
}

void extension_ok(size_t n)
{
    char *p = __extension__ ({ char *q = malloc(n); q; });
    (free)(p);
}
