// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A count a callee returns within a range (its summary says so) cannot make
 * the product wrap; one it hands back unchecked still can. */
#include <stdlib.h>

int count_in(const char *s);

static int bounded(int d) { if (d > 100) return 100; if (d < 0) return 0; return d; }
static int passed_on(int d) { return d; }

void *from_bounded(const char *s)
{
    int n = bounded(count_in(s));
    return malloc(n * sizeof(long));
}

void *from_passed_on(const char *s)
{
    int n = passed_on(count_in(s));
    return malloc(n * sizeof(long));
    // CHECK: returned-range.c:[[@LINE-1]]:12: warning: size of malloc() computed as 'n * sizeof(long)': 'n' (int) may be negative
}

/* the argument handed back is the checked one */
void *from_checked(const char *s)
{
    int c = count_in(s);
    if (c < 0 || c > 1000)
        return NULL;
    int n = passed_on(c);
    return malloc(n * sizeof(long));
}
