// RUN: %memcheck --fail-on never --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A count checked against a limit that is itself bounded (`n > cap` failing,
 * cap at most 4096) is at most that bound: the product fits. A limit nothing
 * bounds teaches nothing of the count. */
#include <stdlib.h>

struct pool { size_t cap; size_t used; };

/* must not flag: n <= cap <= 4096 */
void *take_slots(size_t n, size_t cap)
{
    if (cap > 4096)
        return NULL;
    if (n > cap)
        return NULL;
    return malloc(n * sizeof(double));
}

/* must not flag: the same through fields */
void *grow_pool(struct pool *p)
{
    if (p->cap > 4096 || p->used >= p->cap)
        return NULL;
    return malloc(p->used * sizeof(double));
}

/* the limit is bounded on no path: reported */
void *take_any(size_t n, size_t cap)
{
    if (n > cap)
        return NULL;
// CHECK: bound-through-limit.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'n * sizeof(double)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
    return malloc(n * sizeof(double));
}

/* a signed count compared with an unsigned limit: a negative n passes the
   test as a huge value, so it is no bound: reported */
void *take_signed(int n, size_t cap)
{
    if (cap > 4096)
        return NULL;
    if (n > cap)
        return NULL;
// CHECK: bound-through-limit.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'n * sizeof(double)': 'n' (int) may be negative and converts to a huge size [alloc-size-overflow]
    return malloc(n * sizeof(double));
}
