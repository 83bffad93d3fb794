// --debug-engine: integers after loops. A counting loop leaves its counter and
// its bound one shared value.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump();

/* Where the loop ran no time, i is 0 (not a range shared with n); n, a count,
 * is taken to be 0 there, not negative. Where it ran once, both are 1; past
 * that, the loop leaves i == n. */
void count(int n)
{
    int i;
    for (i = 0; i < n; i++)
        ;
    memcheck_dump(i, n);
    // CHECK: dump-loop-count.c:[[@LINE-1]]:5: note: memcheck_dump: i = int 0; n = int 0{{$}}
    // CHECK-NEXT: dump-loop-count.c:[[@LINE-2]]:5: note: memcheck_dump: i = int 1; n = int 1{{$}}
    // CHECK-NEXT: dump-loop-count.c:[[@LINE-3]]:5: note: memcheck_dump: i = int [2, 2147483647], shared with n; n = int [2, 2147483647], shared with n{{$}}
}

void count_unsigned(unsigned n)
{
    unsigned i = 0;
    while (i != n)
        i++;
    memcheck_dump(i, n);
    // CHECK: dump-loop-count.c:[[@LINE-1]]:5: note: memcheck_dump: i = int 0; n = int 0{{$}}
    // CHECK-NEXT: dump-loop-count.c:[[@LINE-2]]:5: note: memcheck_dump: i = int 1; n = int 1, nonzero{{$}}
    // CHECK-NEXT: dump-loop-count.c:[[@LINE-3]]:5: note: memcheck_dump: i = int [2, 4294967295], nonzero, shared with n; n = int [2, 4294967295], nonzero, shared with n{{$}}
}

/* for (t = 0; t < 1; t++) runs exactly once. */
void once(void)
{
    int t;
    for (t = 0; t < 1; t++)
        memcheck_dump(t);
        // CHECK: dump-loop-count.c:[[@LINE-1]]:9: note: memcheck_dump: t = int 0{{$}}
    memcheck_dump(t);
    // CHECK: dump-loop-count.c:[[@LINE-1]]:5: note: memcheck_dump: t = int 1{{$}}
}
