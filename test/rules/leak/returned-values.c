// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* What a callee returns is known to its caller from its summary: a constant,
 * a range, or the argument it hands back. A branch that cannot go the other way
 * given that value is not a path to leak on; one that can still is. */
#include <stdlib.h>

int input(void);
void use(char *p);

static int percent(int d) { if (d > 100) return 100; if (d < 0) return 0; return d; }
static int pass_through(int mode) { return mode; }
static int coin(void) { return rand(); }

/* percent() is never above 100: the early return cannot be taken */
void in_range(void)
{
    int n = percent(input());
    char *p = malloc(16);
    if (!p)
        return;
    if (n > 100)
        return;
    use(p);
    free(p);
}

/* ...but it can be 100 */
void off_by_one(void)
{
    int n = percent(input());
    char *p = malloc(16);
    if (!p)
        return;
    if (n > 99)
        return;
    // CHECK: returned-values.c:[[@LINE-1]]:9: warning: memory 'p' allocated by malloc() at line [[@LINE-5]] leaks
    use(p);
    free(p);
}

/* data = goodSource(data): the mode handed back is the one passed in */
void handed_back(void)
{
    int mode = pass_through(1);
    char *p = mode ? malloc(16) : NULL;
    if (pass_through(mode))
        free(p);
}

void handed_back_unknown(void)
{
    int mode = pass_through(input());
    char *p = mode ? malloc(16) : NULL;
    if (pass_through(input()))
        free(p);
}
// CHECK: returned-values.c:[[@LINE-1]]:1: warning: memory 'p' allocated by malloc() at line [[@LINE-4]] leaks

/* the same argument handed back twice is the same value */
void handed_back_twice(int mode)
{
    char *p = NULL;
    if (pass_through(mode))
        p = malloc(16);
    if (pass_through(mode))
        free(p);
}

/* a function whose result varies is not the same on both tests */
void varies(void)
{
    char *p = NULL;
    if (coin())
        p = malloc(16);
    if (coin())
        free(p);
}
// CHECK: returned-values.c:[[@LINE-1]]:1: warning: memory 'p' allocated by malloc() at line [[@LINE-4]] leaks

/* what it returns depends on whether its flag is zero, and the caller knows */
static int enabled(int flag) { if (flag) return 1; return 0; }

void flag_known(int verbose)
{
    char *log = malloc(16);
    if (!log)
        return;
    if (!verbose) {
        free(log);
        return;
    }
    if (!enabled(verbose))
        return;
    use(log);
    free(log);
}

void flag_unknown(int verbose, int other)
{
    char *log = malloc(16);
    if (!log)
        return;
    if (!verbose) {
        free(log);
        return;
    }
    if (!enabled(other))
        return;
    // CHECK: returned-values.c:[[@LINE-1]]:9: warning: memory 'log' allocated by malloc() at line [[@LINE-9]] leaks
    use(log);
    free(log);
}
