// --debug-engine: a comparison of two integer variables or fields narrows the
// lesser to the greater's highest value on each side (relations.c), where the
// comparison converts neither value; a side the bounds rule out is no path.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stddef.h>
void memcheck_dump();

struct buf { size_t len, cap; };

void bounded_by_limit(size_t n, size_t cap)
{
    if (cap > 1000)
        return;
    if (n > cap)
        return;
// CHECK: dump-int-order.c:[[@LINE+1]]:5: note: memcheck_dump: n = int [0, 1000]{{$}}
    memcheck_dump(n);
}

void strict_order(size_t n, size_t cap)
{
    if (cap > 1000)
        return;
    if (n < cap)
// CHECK: dump-int-order.c:[[@LINE+1]]:9: note: memcheck_dump: n = int [0, 999]{{$}}
        memcheck_dump(n);
}

void fields(struct buf *b)
{
    if (b->cap >= 64)
        return;
    if (b->len <= b->cap)
// CHECK: dump-int-order.c:[[@LINE+1]]:9: note: memcheck_dump: b->len = int [0, 63]{{$}}
        memcheck_dump(b->len);
}

/* an order the bounds rule out: with n at least 10 and cap at most 5, n <= cap
   is no path */
void ruled_out(size_t n, size_t cap)
{
    if (n < 10 || cap > 5)
        return;
    if (n <= cap)
        memcheck_dump(n);
}

/* unbounded greater: nothing learned */
void unbounded(size_t n, size_t cap)
{
    if (n > cap)
        return;
// CHECK: dump-int-order.c:[[@LINE+1]]:5: note: memcheck_dump: n = unknown{{$}}
    memcheck_dump(n);
}

/* int against size_t: a negative n compares as a huge one, so n is not
   narrowed */
void converted(int n, size_t cap)
{
    if (cap > 1000)
        return;
    if (n > cap)
        return;
// CHECK: dump-int-order.c:[[@LINE+1]]:5: note: memcheck_dump: n = unknown{{$}}
    memcheck_dump(n);
}
