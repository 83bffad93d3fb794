// RUN: %memcheck --fail-on never --rules=use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A use after a release under a test of what a callee returns: no use after
 * free where the callee's summary rules the two branches out together (one
 * constant, one flag handed back, a range per side of a flag), still one where
 * the result varies or the range allows both. */
#include <stdlib.h>
#include <string.h>

int input(void);

static int always_on(void) { return 1; }
static int same_mode(int mode) { return mode; }
static int mode_of(int fast) { if (fast) return 2; return 1; }
static int any_mode(void) { return rand() % 3; }

void constant_mode(char *p)
{
    if (!always_on())
        free(p);
    if (!always_on())
        return;
    memset(p, 0, 4);
}

void handed_back(char *p, int mode)
{
    if (same_mode(mode))
        free(p);
    if (mode)
        return;
    memset(p, 0, 4);
}

void handed_back_wrong(char *p, int mode)
{
    if (same_mode(mode))
        free(p);
    if (!mode)
        return;
    memset(p, 0, 4);
    // CHECK: returned-values.c:[[@LINE-1]]:5: error: 'p' is passed to memset() after free() released it at line [[@LINE-4]]
}

void per_side(char *p, int fast)
{
    if (!fast)
        free(p);
    if (!fast)
        return;
    if (mode_of(fast) != 2)
        free(p);
    memset(p, 0, 4);
}

void varies(char *p)
{
    if (any_mode() == 1)
        free(p);
    if (any_mode() == 2)
        memset(p, 0, 4);
    // CHECK: returned-values.c:[[@LINE-1]]:9: error: 'p' is passed to memset() after free() released it at line [[@LINE-3]]
}
