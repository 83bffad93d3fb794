// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports 'nvalues * sizeof(double)' below, which can
 * wrap since nothing bounds 'nvalues'; only the first multiplication of a size
 * expression is examined, and 'nkeys' is bounded. docs/rules/alloc-size-overflow.md,
 * "Only the first multiplication of a size expression is examined". */
#include <stdlib.h>

void *table_make(size_t nkeys, size_t nvalues)
{
    if (nkeys > 4096)
        return NULL;
    return malloc(nkeys * sizeof(int) + nvalues * sizeof(double));
}

/* control: the same unbounded product standing first is reported */
// CHECK: FN_second_product_unchecked.c:[[@LINE+1]]:49: warning: size of malloc() computed as 'nvalues * sizeof(double)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'nvalues' [alloc-size-overflow]
void *table_make_first(size_t nvalues) { return malloc(nvalues * sizeof(double) + 64); }
