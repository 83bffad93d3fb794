// RUN: %memcheck --fail-on never --rules=free-non-heap %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A pointer moved off the start of its block and handed to a function of the
 * program that frees its argument: reported at the call, with a note at the
 * function that frees. */
#include <stdlib.h>

static void release(char *p)
{
    free(p);
}

static void release_twice_removed(char *p)
{
    release(p);
}

void skip_header(void)
{
    char *p = malloc(16);
    if (!p)
        return;
    p += 4;
    // CHECK: advanced-to-callee.c:[[@LINE+2]]:5: error: release() releases 'p', which no longer points to the start of its block [free-non-heap]
    // CHECK: advanced-to-callee.c:7:13: note: release() releases its argument; it is defined here
    release(p);
}

void skip_header_deeper(void)
{
    char *p = malloc(16);
    if (!p)
        return;
    p++;
    // CHECK: advanced-to-callee.c:[[@LINE+2]]:5: error: release_twice_removed() releases 'p', which no longer points to the start of its block [free-non-heap]
    // CHECK: advanced-to-callee.c:12:13: note: release_twice_removed() releases its argument; it is defined here
    release_twice_removed(p);
}

/* must not flag: a cursor moves, the start is released */
void walk_then_release(void)
{
    char *p = malloc(16);
    if (!p)
        return;
    char *q = p;
    q += 4;
    *q = 0;
    release(p);
}
