// --debug-engine: comparisons with constants narrow an integer's range on
// each branch.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stddef.h>
#include <stdint.h>
void memcheck_dump();

void less(int n)
{
    if (n < 10)
        memcheck_dump(n);
        // CHECK: dump-int-compare.c:[[@LINE-1]]:9: note: memcheck_dump: n = int [-2147483648, 9]{{$}}
    else
        memcheck_dump(n);
        // CHECK: dump-int-compare.c:[[@LINE-1]]:9: note: memcheck_dump: n = int [10, 2147483647]{{$}}
}

void between(int n)
{
    if (n >= 0 && n < 5)
        memcheck_dump(n);
        // CHECK: dump-int-compare.c:[[@LINE-1]]:9: note: memcheck_dump: n = int [0, 4]{{$}}
}

/* A range has no holes: where n != 3 the whole range is printed (a better
 * answer would say "not 3"; only "not 0" is kept, as the nonzero flag). */
void equal(int n)
{
    if (n == 3)
        memcheck_dump(n);
        // CHECK: dump-int-compare.c:[[@LINE-1]]:9: note: memcheck_dump: n = int 3{{$}}
    else
        memcheck_dump(n);
        // CHECK: dump-int-compare.c:[[@LINE-1]]:9: note: memcheck_dump: n = int [-2147483648, 2147483647]{{$}}
}

void unsigned_above(unsigned u)
{
    if (u > 7)
        memcheck_dump(u);
        // CHECK: dump-int-compare.c:[[@LINE-1]]:9: note: memcheck_dump: u = int [8, 4294967295]{{$}}
}

/* In a 64-bit unsigned type, n > SIZE_MAX - 1 holds for SIZE_MAX alone. */
void size_max(size_t z)
{
    if (z > SIZE_MAX - 1)
        memcheck_dump(z);
        // CHECK: dump-int-compare.c:[[@LINE-1]]:9: note: memcheck_dump: z = int 18446744073709551615{{$}}
    if (z < 16)
        memcheck_dump(z);
        // CHECK: dump-int-compare.c:[[@LINE-1]]:9: note: memcheck_dump: z = int [0, 15]{{$}}
}

/* Nothing is known of a parameter but its type: an unsigned char promoted to
 * int is 0 to 255. */
void nothing(unsigned char c)
{
    memcheck_dump(c);
    // CHECK: dump-int-compare.c:[[@LINE-1]]:5: note: memcheck_dump: c = int [0, 255]{{$}}
}
