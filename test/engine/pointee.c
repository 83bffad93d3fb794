// What a callee does with *p when given &p: frees it (the caller's pointer now
// dangles), only reads it (the caller still owns it), or writes a new value.
// RUN: %memcheck --fail-on never --rules=leak,double-free,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
#include <stdio.h>
#include <stdlib.h>

static void print_sink(char **pp) { char *data = *pp; puts(data); }
static void free_sink(char **pp) { char *data = *pp; free(data); }
static void replace(char **pp) { *pp = NULL; }

void read_only_bad(void)
{
    char *data = malloc(8);
    if (!data)
        return;
    data[0] = 0;
    print_sink(&data);
} // CHECK: pointee.c:[[@LINE]]:1: warning: memory 'data' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function

void freed_ok(void)
{
    char *data = malloc(8);
    if (!data)
        return;
    free_sink(&data);
}

void freed_twice_bad(void)
{
    char *data = malloc(8);
    if (!data)
        return;
    free_sink(&data);
    free(data); // CHECK: pointee.c:[[@LINE]]:5: error: 'data' is released twice: free() here, after free_sink() at line {{[0-9]+}} already released it
}

/* A known miss: what the callee writes into *p is not followed, so the block
 * it overwrote is taken as handed off rather than lost. */
void FN_written_lost(void)
{
    char *data = malloc(8);
    replace(&data);
}
