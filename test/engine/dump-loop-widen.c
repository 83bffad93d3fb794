// --debug-engine: loops widen the integers they assign: a counter stepped up
// to a limit the loop keeps (a constant, a variable or a field it does not
// write) is widened to that limit (widening with thresholds); a local that
// only counts up (a tally) to a tally's highest value, 2^16 below its type's
// and at most 2^32; others keep a lower bound and lose the upper one.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump();

/* The loop ends when j < 10 fails, one step at a time: j is 10. */
void to_ten(void)
{
    int j = 0;
    while (j < 10)
        j++;
    memcheck_dump(j);
    // CHECK: dump-loop-widen.c:[[@LINE-1]]:5: note: memcheck_dump: j = int 10{{$}}
}

/* A tally: counted up by 2 from 0. Better: s in [2, 2147418110] (even) on
 * the second path. */
void accumulate(int n)
{
    int s = 0;
    for (int k = 0; k < n; k++)
        s += 2;
    memcheck_dump(s);
    // CHECK: dump-loop-widen.c:[[@LINE-1]]:5: note: memcheck_dump: s = int 0{{$}}
    // CHECK-NEXT: dump-loop-widen.c:[[@LINE-2]]:5: note: memcheck_dump: s = int [1, 2147418111]{{$}}
}

/* Inside the loop: i is 0 on the first round, then widened below n's
 * highest value. */
void inside(int n)
{
    for (int i = 0; i < n; i++)
        memcheck_dump(i);
        // CHECK: dump-loop-widen.c:[[@LINE-1]]:9: note: memcheck_dump: i = int 0{{$}}
        // CHECK-NEXT: dump-loop-widen.c:[[@LINE-2]]:9: note: memcheck_dump: i = int [1, 2147483646]{{$}}
}
