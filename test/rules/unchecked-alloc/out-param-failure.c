// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function whose every exit that may return memory leaves *too_deep at 0
 * returns NULL when it sets it: a use on the path that saw another value meets
 * NULL and is reported; a use after a check of the result is not. */
#include <stdlib.h>

struct item { int key; };

struct item *sort_items(int n, int *too_deep)
{
    *too_deep = 0;
    if (n == 0)
        return NULL;
    struct item *v = calloc((size_t)n, sizeof *v);
    if (!v)
        abort();
    if (n > 1000) {
        free(v);
        *too_deep = 1;
        return NULL;
    }
    return v;
}

int key_when_too_deep_bad(int n)
{
    int too_deep = 0;
    struct item *v = sort_items(n, &too_deep);
    if (too_deep)
// CHECK: out-param-failure.c:[[@LINE+1]]:19: warning: 'v' from sort_items() at line {{[0-9]+}} may be NULL: dereferenced without a check [unchecked-alloc]
        return v->key;
    free(v);
    return 0;
}

int key_checked_ok(int n)
{
    int too_deep = 0;
    struct item *v = sort_items(n, &too_deep);
    if (too_deep || !v)
        return -1;
    int k = v->key;
    free(v);
    return k;
}
