// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FP: 'count' is at most 1000 here, so 'count * sizeof(struct row)' cannot
 * wrap; the bound is established in another function (count_is_sane), whose
 * answer the caller tests, and is not seen. docs/rules/alloc-size-overflow.md,
 * "a bound established in another function is not seen". A fix turns this
 * into a must-not-flag case. */
#include <stdlib.h>

struct row { long id; char label[24]; };

static int count_is_sane(size_t count) { return count <= 1000; }

// CHECK: FP_bound_checked_in_callee.c:[[@LINE+5]]:12: warning: size of malloc() computed as 'count * sizeof(struct row)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'count' [alloc-size-overflow]
struct row *rows_make(size_t count)
{
    if (!count_is_sane(count))
        return NULL;
    return malloc(count * sizeof(struct row));
}

/* the same bound tested here is seen */
struct row *rows_make_checked_here(size_t count)
{
    if (count > 1000)
        return NULL;
    return malloc(count * sizeof(struct row));
}
