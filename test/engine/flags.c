// Flags the benchmark suites branch on (const globals, never-written globals,
// functions returning a constant, local constants) are followed, so the paths
// they rule out raise nothing; a real condition still splits.
// RUN: not %memcheck --rules=leak,double-free,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
#include <stdlib.h>

static const int STATIC_CONST_TRUE = 1;
static int staticFive = 5;
int globalTrue = 1;
int globalReturnsTrue(void) { return 1; }

void const_flag_ok(void)
{
    char *data = NULL;
    if (STATIC_CONST_TRUE)
        data = malloc(8);
    if (STATIC_CONST_TRUE)
        free(data);
}

void five_ok(void)
{
    char *data = NULL;
    if (staticFive == 5)
        data = malloc(8);
    if (staticFive == 5)
        free(data);
}

void global_ok(void)
{
    char *data = NULL;
    if (globalTrue)
        data = malloc(8);
    if (globalTrue)
        free(data);
}

void returns_true_ok(void)
{
    char *data = NULL;
    if (globalReturnsTrue())
        data = malloc(8);
    if (globalReturnsTrue())
        free(data);
}

void correlated_ok(int flag)
{
    char *data = NULL;
    if (flag)
        data = malloc(8);
    if (flag)
        free(data);
}

void uncorrelated_bad(int a, int b)
{
    char *data = malloc(8);
    if (!data)
        return;
    if (a)
        free(data);
    if (b)
        free(data); // CHECK: flags.c:[[@LINE]]:9: error: 'data' is released twice: free() here, after free() at line {{[0-9]+}} already released it [double-free]
} // CHECK: flags.c:[[@LINE]]:1: warning: memory 'data' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function (line [[@LINE]]) [leak]
