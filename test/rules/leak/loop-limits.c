// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A counter stepped up to a limit leaves its loop at that limit: a test after
 * the loop that says otherwise is no path to leak on (widening with thresholds);
 * one that can hold still is. */
#include <stdlib.h>

void use(char *p);

void counted_to_ten(void)
{
    char *p = malloc(16);
    if (!p)
        return;
    int j = 0;
    while (j < 10)
        j++;
    if (j != 10)
        return;
    use(p);
    free(p);
}

void counted_to_nine(void)
{
    char *p = malloc(16);
    if (!p)
        return;
    int j = 0;
    while (j < 10)
        j++;
    if (j != 9)
        return;
    // CHECK: loop-limits.c:[[@LINE-1]]:9: warning: memory 'p' allocated by malloc() at line [[@LINE-8]] leaks
    use(p);
    free(p);
}

/* the loop ran no time: i is 0, not n */
void none_run(int n)
{
    char *p = malloc(16);
    if (!p)
        return;
    int i;
    for (i = 0; i < n; i++)
        use(p);
    if (n <= 0 && i != 0)
        return;
    free(p);
}

void none_run_wrong(int n)
{
    char *p = malloc(16);
    if (!p)
        return;
    int i;
    for (i = 0; i < n; i++)
        use(p);
    if (n <= 0 && i == 0)
        return;
    // CHECK: loop-limits.c:[[@LINE-1]]:9: warning: memory 'p' allocated by malloc() at line [[@LINE-8]] leaks
    free(p);
}

/* inside a loop bounded by a guarded count, the index stays below it */
void below_bound(int n)
{
    if (n < 0 || n > 32)
        return;
    for (int i = 0; i < n; i++) {
        char *p = malloc(16);
        if (!p)
            return;
        if (i >= 32)
            return;
        free(p);
    }
}

void below_bound_wrong(int n)
{
    if (n < 0 || n > 32)
        return;
    for (int i = 0; i < n; i++) {
        char *p = malloc(16);
        if (!p)
            return;
        if (i >= 31)
            return;
        // CHECK: loop-limits.c:[[@LINE-1]]:13: warning: memory 'p' allocated by malloc() at line [[@LINE-5]] leaks
        free(p);
    }
}
