// The CFG covers all of C: loops reach a fixpoint, switch with fallthrough,
// goto into a single cleanup label, statement expressions, ?: and && as values.
// RUN: not %memcheck --rules=leak,unchecked-alloc,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int loop_ok(int n)
{
    for (int i = 0; i < n; i++) {
        char *p = malloc(16);
        if (!p)
            return -1;
        free(p);
    }
    return 0;
}

int loop_bad(int n)
{
    for (int i = 0; i < n; i++) {
        char *p = malloc(16);
        if (!p)
            return -1;
        p[0] = 0;
    } // CHECK: control-flow.c:[[@LINE]]:5: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks when 'p' goes out of scope [leak]
    return 0;
}

int switch_fallthrough_ok(int k)
{
    char *p = malloc(4);
    if (!p)
        return -1;
    switch (k) {
    case 0:
        p[0] = 1;
        /* fall through */
    case 1:
        free(p);
        return 1;
    default:
        break;
    }
    free(p);
    return 0;
}

int cleanup_label_ok(const char *path)
{
    int rc = -1;
    char *buf = NULL;
    FILE *f = fopen(path, "r");
    if (!f)
        goto out;
    buf = malloc(64);
    if (!buf)
        goto out;
    rc = 0;
out:
    free(buf);
    if (f)
        fclose(f);
    return rc;
}

#define DUP(s) ({ char *d_ = malloc(strlen(s) + 1); if (d_) strcpy(d_, s); d_; })

int stmt_expr_ok(void)
{
    char *d = DUP("abc");
    if (!d)
        return -1;
    free(d);
    return 0;
}

int cond_value_ok(int k)
{
    char *p = k ? malloc(4) : NULL;
    int first = p && p[0];
    free(p);
    return first;
}

int while_break_ok(void)
{
    while (1) {
        char *p = malloc(4);
        if (!p)
            break;
        free(p);
        break;
    }
    return 0;
}
