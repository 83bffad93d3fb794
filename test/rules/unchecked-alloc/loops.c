// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* unchecked-alloc: checks in loops (retry until success), an assignment inside
 * an '||' chain, realloc through an out-parameter, assert over '&&', a
 * negated cast and a ternary. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <assert.h>
int two_ok(size_t n)
{
    char *a, *b = NULL;
    if (!(a = malloc(n)) || !(b = malloc(n))) {
        free(a);
        return -1;
    }
    a[0] = b[0] = 0;
    free(a);
    free(b);
    return 0;
}
int while_ok(void)
{
    char *p;
    while ((p = malloc(16)) == NULL)
        ;
    p[0] = 0;
    free(p);
    return 0;
}
int realloc_ok(char **buf, size_t n)
{
    char *nb = realloc(*buf, n);
    if (!nb)
        return -1;
    *buf = nb;
    nb[n - 1] = 0;
    return 0;
}
int do_while_ok(void)
{
    char *p;
    do {
        p = malloc(16);
    } while (!p);
    p[0] = 0;
    free(p);
    return 0;
}
int assert_and_ok(size_t n)
{
    char *p = malloc(n), *q = malloc(n);
    assert(p && q);
    p[0] = q[0] = 0;
    free(p);
    free(q);
    return 0;
}
int cast_ok(size_t n)
{
    int *v = (int *)malloc(n * sizeof(int));
    if (!(void *)v)
        return -1;
    v[0] = 0;
    free(v);
    return 0;
}
int ternary_ok(size_t n)
{
    char *p = malloc(n);
    size_t len = p ? strlen(strcpy(p, "")) : 0;
    free(p);
    return (int)len;
}

int retry_bad(int tries)
{
    char *p = NULL;
    for (int i = 0; i < tries && !p; i++)
        p = malloc(16);
// CHECK: loops.c:[[@LINE+1]]:5: warning: 'p' from malloc() at line {{[0-9]+}} may be NULL: written through without a check [unchecked-alloc]
    p[0] = 0;
    free(p);
    return 0;
}
