// --debug-engine: loops whose bound is not known widen the integers they
// assign: they keep a lower bound and lose the upper one.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump();

/* The upper bound INT64_MAX on an int means "none": a better answer is
 * j = 10 (the loop ends when j < 10 fails, one step at a time). */
void to_ten(void)
{
    int j = 0;
    while (j < 10)
        j++;
    memcheck_dump(j);
    // CHECK: dump-loop-widen.c:[[@LINE-1]]:5: note: memcheck_dump: j = int [1, 9223372036854775807]{{$}}
}

/* Better: s in [2, INT_MAX] (even) on the second path. */
void accumulate(int n)
{
    int s = 0;
    for (int k = 0; k < n; k++)
        s += 2;
    memcheck_dump(s);
    // CHECK: dump-loop-widen.c:[[@LINE-1]]:5: note: memcheck_dump: s = int 0{{$}}
    // CHECK-NEXT: dump-loop-widen.c:[[@LINE-2]]:5: note: memcheck_dump: s = int [1, 9223372036854775807]{{$}}
}

/* Inside the loop: i is 0 on the first round, then widened. A better answer
 * for the second state is [1, n - 1], or [1, INT_MAX - 1]. */
void inside(int n)
{
    for (int i = 0; i < n; i++)
        memcheck_dump(i);
        // CHECK: dump-loop-widen.c:[[@LINE-1]]:9: note: memcheck_dump: i = int 0{{$}}
        // CHECK-NEXT: dump-loop-widen.c:[[@LINE-2]]:9: note: memcheck_dump: i = int [1, 9223372036854775807]{{$}}
}
