// --debug-engine: what a bound on a sum teaches about the sum.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stddef.h>
#include <stdint.h>
void memcheck_dump();

/* `extra >= LIMIT - len` is how a sum is bounded without computing it: where
 * it fails, len + extra is below LIMIT. */
void difference_form(size_t len, size_t extra)
{
    if (extra >= 4096 - len)
        return;
    size_t n = len + extra;
    memcheck_dump(n, extra + len);
    // CHECK: dump-int-sums.c:[[@LINE-1]]:5: note: memcheck_dump: n = int [0, 4095]; extra + len = int [0, 4095]{{$}}
}

void sum_form(size_t len, size_t extra)
{
    if (len + extra <= 4096) {
        memcheck_dump(len + extra);
        // CHECK: dump-int-sums.c:[[@LINE-1]]:9: note: memcheck_dump: len + extra = int [0, 4096]{{$}}
    } else {
        memcheck_dump(len + extra);
        // CHECK: dump-int-sums.c:[[@LINE-1]]:9: note: memcheck_dump: len + extra = unknown{{$}}
    }
}

/* Signed: the bound is an upper one only. */
void signed_sum(int a, int b)
{
    if (a + b < 100)
        memcheck_dump(a + b);
        // CHECK: dump-int-sums.c:[[@LINE-1]]:9: note: memcheck_dump: a + b = int [-2147483648, 99]{{$}}
}

/* Another pair of variables learns nothing. */
void other_pair(size_t len, size_t extra, size_t more)
{
    if (extra >= 4096 - len)
        return;
    memcheck_dump(len + more);
    // CHECK: dump-int-sums.c:[[@LINE-1]]:5: note: memcheck_dump: len + more = unknown{{$}}
}
