// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* unchecked-alloc: aliases, out-parameters, globals, return values across
 * functions, switch and early returns. */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *g_scratch;

static int alloc_out(char **out, size_t n)
{
    *out = malloc(n);
    return *out ? 0 : -1;
}

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

int alias_checked_ok(size_t n)
{
    char *p = malloc(n);
    char *q = p;
    if (q == NULL)
        return -1;
    p[0] = 0;
    free(q);
    return 0;
}

int alias_unchecked_bad(size_t n)
{
    char *p = malloc(n);
    char *q = p;
// CHECK: flow.c:[[@LINE+1]]:5: warning: 'p' from malloc() at line {{[0-9]+}} may be NULL: written through without a check [unchecked-alloc]
    q[0] = 0;
    free(p);
    return 0;
}

int out_param_ok(void)
{
    char *buf;
    if (alloc_out(&buf, 32) < 0)
        return -1;
    buf[0] = 'a';
    free(buf);
    return 0;
}

int global_ok(void)
{
    g_scratch = malloc(128);
    if (!g_scratch)
        return -1;
    g_scratch[0] = 0;
    return 0;
}

int global_bad(void)
{
    g_scratch = malloc(128);
// CHECK: flow.c:[[@LINE+1]]:5: warning: 'g_scratch' from malloc() at line {{[0-9]+}} may be NULL: passed to memset() (argument 1 must not be NULL) without a check [unchecked-alloc]
    memset(g_scratch, 0, 128);
    return 0;
}

size_t returned_bad(const char *s)
{
    char *c = dup_or_null(s);
// CHECK: flow.c:[[@LINE+1]]:16: warning: 'c' from dup_or_null() at line {{[0-9]+}} may be NULL: passed to strlen() (argument 1 must not be NULL) without a check [unchecked-alloc]
    size_t n = strlen(c);
    free(c);
    return n;
}

size_t returned_ok(const char *s)
{
    char *c = dup_or_null(s);
    if (!c)
        return 0;
    size_t n = strlen(c);
    free(c);
    return n;
}

int switch_ok(int kind)
{
    char *p = NULL;
    switch (kind) {
    case 0:
        p = malloc(4);
        break;
    case 1:
        p = calloc(4, 1);
        break;
    default:
        return -1;
    }
    if (!p)
        return -1;
    p[0] = (char)kind;
    free(p);
    return 0;
}

int assert_ok(size_t n)
{
    int *v = malloc(n * sizeof *v);
    assert(v != NULL);
    v[0] = 1;
    free(v);
    return 0;
}

int early_exit_ok(const char *path)
{
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        perror(path);
        exit(1);
    }
    fprintf(f, "ok\n");
    return fclose(f);
}

int or_chain_ok(size_t n)
{
    char *a = malloc(n), *b = malloc(n);
    if (a == NULL || b == NULL) {
        free(a);
        free(b);
        return -1;
    }
    a[0] = b[0] = 0;
    free(a);
    free(b);
    return 0;
}

int or_chain_bad(size_t n)
{
    char *a = malloc(n), *b = malloc(n);
    if (a == NULL) {
        free(b);
        return -1;
    }
// CHECK: flow.c:[[@LINE+1]]:12: warning: 'b' from malloc() at line {{[0-9]+}} may be NULL: written through without a check [unchecked-alloc]
    a[0] = b[0] = 0;
    free(a);
    free(b);
    return 0;
}
