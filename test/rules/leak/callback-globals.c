// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A global the path set can change under a call: in a field of a global
 * struct, and through a callback the program hands to a library function
 * (qsort's comparison writes jq's sort_cmp_state.too_deep). A branch on it
 * after the call is not dead. */
#include <stdlib.h>
#include <string.h>

static struct { int failed; } cmp_state;

static int cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    if (x == y)
        cmp_state.failed = 1;
    return x < y ? -1 : x > y;
}

int *sorted_ok(const int *v, size_t n)
{
    int *c = malloc(n * sizeof *c + 1);
    if (!c)
        return NULL;
    memcpy(c, v, n * sizeof *c);
    cmp_state.failed = 0;
    qsort(c, n, sizeof *c, cmp);
    if (cmp_state.failed) {
        free(c);
        return NULL;
    }
    return c;
}

// CHECK: callback-globals.c:[[@LINE+10]]:9: warning: memory 'c' allocated by malloc() at line [[@LINE+3]] leaks on the error path returning NULL at line [[@LINE+10]] [leak]
int *sorted_bad(const int *v, size_t n)
{
    int *c = malloc(n * sizeof *c + 1);
    if (!c)
        return NULL;
    memcpy(c, v, n * sizeof *c);
    cmp_state.failed = 0;
    qsort(c, n, sizeof *c, &cmp);
    if (cmp_state.failed)
        return NULL;
    return c;
}

static struct { struct { int on; } tracing; } cfg;
static void enable_tracing(void) { cfg.tracing.on = 1; }

// CHECK: callback-globals.c:[[@LINE+9]]:9: warning: memory 'p' allocated by malloc() at line [[@LINE+3]] leaks on the error path returning -1 at line [[@LINE+9]] [leak]
int traced_bad(void)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    cfg.tracing.on = 0;
    enable_tracing();
    if (cfg.tracing.on)
        return -1;
    free(p);
    return 0;
}
