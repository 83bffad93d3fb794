// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Shifted sizes: `(size_t)1 << bits` with a count the path bounds is no wrap, as
 * an operand of a product too (`((size_t)1 << bits) * sizeof(short)`, lha's
 * table); a table size capped before the shift is never negative (zstd's
 * FSE tables). A count without an upper bound can reach the width, where
 * x86 shifts by the count's low bits: that is reported. */
#include <stdlib.h>

#define TABLE_BITS 10
#define TABLELOG_MAX 15

short *make_table(int tbl_bits)
{
    int bits;
    if (tbl_bits < TABLE_BITS)
        bits = tbl_bits;
    else
        bits = TABLE_BITS;
    return malloc(((size_t)1 << bits) * sizeof(short));
}

unsigned *make_dtable(unsigned table_log)
{
    if (table_log > TABLELOG_MAX)
        table_log = TABLELOG_MAX;
    return malloc((1 + (1 << table_log)) * sizeof(unsigned));
}

void *window_half(size_t window) { return malloc((window >> 1) * 2 + 8); }

// CHECK: shifts.c:[[@LINE+1]]:49: warning: size of malloc() computed as '1 << window_log' can wrap around in 64-bit unsigned arithmetic; no check bounds 'window_log' [alloc-size-overflow]
void *make_window(unsigned window_log) { return malloc((size_t)1 << window_log); }

// CHECK: shifts.c:[[@LINE+1]]:62: warning: size of malloc() computed as '(1 << n) * sizeof(long)': '1 << n' (32-bit signed) may be negative and converts to a huge size [alloc-size-overflow]
void *make_signed(unsigned n) { if (n > 40) return 0; return malloc((1 << n) * sizeof(long)); }
