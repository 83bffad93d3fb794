// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* unchecked-alloc: checks through casts, negation, goto and early exits,
 * a project's own noreturn die(), and uses inside loops. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Noreturn void die(const char *msg);

struct buf { char *data; size_t len; };

int cast_check_ok(size_t n)
{
    char *p = malloc(n);
    if ((void *)p == NULL)
        return -1;
    p[0] = 0;
    free(p);
    return 0;
}

int double_not_ok(size_t n)
{
    int *v = calloc(n, sizeof *v);
    if (!(v != NULL))
        return -1;
    v[0] = 1;
    free(v);
    return 0;
}

int truth_eq_zero_ok(size_t n)
{
    int *v = calloc(n, sizeof *v);
    if (!!v == 0)
        return -1;
    v[0] = 1;
    free(v);
    return 0;
}

/* a macro that compares the hint's result, as some projects write it */
#define failed(x) (__builtin_expect(!!(x), 0) != 0)

int truth_ne_zero_ok(size_t n)
{
    char *p = malloc(n);
    if (failed(!p))
        return -1;
    p[0] = 0;
    free(p);
    return 0;
}

int truth_eq_one_ok(size_t n)
{
    char *p = malloc(n);
    if ((p != NULL) == 1)
        p[0] = 0;
    free(p);
    return 0;
}

int expect_ok(size_t n)
{
    char *p = malloc(n);
    if (__builtin_expect(p == NULL, 0))
        return -1;
    memset(p, 0, n);
    free(p);
    return 0;
}

int goto_ok(size_t n)
{
    int rc = -1;
    char *p = malloc(n);
    if (NULL == p)
        goto out;
    p[0] = 'x';
    rc = 0;
    free(p);
out:
    return rc;
}

void die_ok(size_t n)
{
    char *p = malloc(n);
    if (!p)
        die("out of memory");
    p[0] = 0;
    free(p);
}

struct buf *field_bad(size_t n)
{
    struct buf *b = malloc(sizeof *b);
    if (!b)
        return NULL;
    b->data = malloc(n);
// CHECK: more-forms.c:[[@LINE+1]]:5: warning: 'b->data' from malloc() at line {{[0-9]+}} may be NULL: written through without a check [unchecked-alloc]
    b->data[0] = 0;
    b->len = n;
    return b;
}

struct buf *field_ok(size_t n)
{
    struct buf *b = malloc(sizeof *b);
    if (!b)
        return NULL;
    b->data = malloc(n);
    if (!b->data) {
        free(b);
        return NULL;
    }
    b->data[0] = 0;
    b->len = n;
    return b;
}

int loop_bad(int n)
{
    for (int i = 0; i < n; i++) {
        char *line = malloc(80);
// CHECK: more-forms.c:[[@LINE+1]]:9: warning: 'line' from malloc() at line {{[0-9]+}} may be NULL: passed to strcpy() (argument 1 must not be NULL) without a check [unchecked-alloc]
        strcpy(line, "row");
        puts(line);
        free(line);
    }
    return 0;
}

int fgets_bad(const char *path, char *out, int len)
{
    FILE *f = fopen(path, "r");
// CHECK: more-forms.c:[[@LINE+1]]:15: warning: 'f' from fopen() at line {{[0-9]+}} may be NULL: passed to fgets() (argument 3 must not be NULL) without a check [unchecked-alloc]
    char *r = fgets(out, len, f);
    if (f)
        fclose(f);
    return r ? 0 : -1;
}
