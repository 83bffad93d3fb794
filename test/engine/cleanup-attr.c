// __attribute__((cleanup)) variables are released on every exit, goto and early
// return included; reassigning one while it holds memory leaks the old block.
// RUN: not %memcheck --rules=leak,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
#include <stdlib.h>

static void free_ptr(void *p) { free(*(void **)p); }
#define autofree __attribute__((cleanup(free_ptr)))

int early_returns_ok(int n)
{
    autofree char *a = malloc(8);
    if (!a)
        return -1;
    autofree char *b = malloc(8);
    if (!b)
        return -2;
    if (n > 3)
        return 1;
    return 0;
}

int reassigned_bad(void)
{
    autofree char *a = malloc(8);
    if (!a)
        return -1;
    a = malloc(16); // CHECK: cleanup-attr.c:[[@LINE]]:5: warning: memory from malloc() at line {{[0-9]+}} leaks: 'a', the last reference to it, is overwritten [leak]
    return 0;
}

int freed_twice_bad(void)
{
    autofree char *a = malloc(8);
    if (!a)
        return -1;
    free(a);
    return 0; // CHECK: cleanup-attr.c:[[@LINE]]:5: error: 'a' is released twice: free_ptr() here, after free() at line {{[0-9]+}} already released it [double-free]
}
