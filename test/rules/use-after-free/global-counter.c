// RUN: %memcheck --fail-on never --rules=use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* use-after-free: a callee that counts in a global (`opened++`, `opened += n`)
   writes it: what the caller knew of the global before the call is gone, so
   both of the caller's later tests of it are open. */
#include <stdlib.h>

static int opened;
static void note_open(void) { opened++; }
static void note_opens(int n) { opened += n; }

void counted_bad(void)
{
    char *p = malloc(4);
    if (!p)
        return;
    opened = 0;
    note_open();
    if (opened)
        free(p);
    // CHECK: global-counter.c:[[@LINE+2]]:9: error: 'p' is written through after free() released it at line [[@LINE-1]] [use-after-free]
    if (opened)
        p[0] = 1;
    if (!opened)
        free(p);
}

void added_bad(void)
{
    char *p = malloc(4);
    if (!p)
        return;
    opened = 0;
    note_opens(2);
    if (opened)
        free(p);
    // CHECK: global-counter.c:[[@LINE+2]]:9: error: 'p' is written through after free() released it at line [[@LINE-1]] [use-after-free]
    if (opened)
        p[0] = 1;
    if (!opened)
        free(p);
}

/* the same tests with no call between: the path knows */
void unchanged_ok(void)
{
    char *p = malloc(4);
    if (!p)
        return;
    opened = 0;
    if (opened)
        free(p);
    if (opened)
        p[0] = 1;
    if (!opened)
        free(p);
}
