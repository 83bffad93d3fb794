// --debug-engine: widening with thresholds. A counter stepped up by one to a
// limit the loop does not write (a constant, a parameter, a field) keeps that
// limit, and leaves the loop at it; a counter stepped otherwise, or a limit the
// loop writes, widens as before.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump();
struct vec { int n; };

void limited_param(int n)
{
    if (n > 64)
        return;
    for (int i = 0; i < n; i++)
        memcheck_dump(i);
        // CHECK: dump-loop-limits.c:[[@LINE-1]]:9: note: memcheck_dump: i = int 0{{$}}
        // CHECK-NEXT: dump-loop-limits.c:[[@LINE-2]]:9: note: memcheck_dump: i = int [1, 63]{{$}}
}

void limited_field(struct vec *v)
{
    if (v->n < 0 || v->n > 100)
        return;
    for (int i = 0; i < v->n; i++)
        memcheck_dump(i);
        // CHECK: dump-loop-limits.c:[[@LINE-1]]:9: note: memcheck_dump: i = int 0{{$}}
        // CHECK-NEXT: dump-loop-limits.c:[[@LINE-2]]:9: note: memcheck_dump: i = int [1, 99]{{$}}
}

void inclusive(void)
{
    int i;
    for (i = 0; i <= 8; i++)
        ;
    memcheck_dump(i);
    // CHECK: dump-loop-limits.c:[[@LINE-1]]:5: note: memcheck_dump: i = int 9{{$}}
}

void turned_round(void)
{
    unsigned k = 0;
    while (16 > k)
        ++k;
    memcheck_dump(k);
    // CHECK: dump-loop-limits.c:[[@LINE-1]]:5: note: memcheck_dump: k = int 16{{$}}
}

/* steps of two may pass the limit: no threshold (and a count kept as
 * [1, INT64_MAX], which the exit does not narrow) */
void by_two(void)
{
    int i = 0;
    while (i < 10)
        i += 2;
    memcheck_dump(i);
    // CHECK: dump-loop-limits.c:[[@LINE-1]]:5: note: memcheck_dump: i = int [1, 9223372036854775807]{{$}}
}

/* a limit the loop moves is no threshold */
void moving_limit(int n)
{
    if (n > 64)
        return;
    for (int i = 0; i < n; i++) {
        memcheck_dump(i);
        // CHECK: dump-loop-limits.c:[[@LINE-1]]:9: note: memcheck_dump: i = int 0{{$}}
        // CHECK-NEXT: dump-loop-limits.c:[[@LINE-2]]:9: note: memcheck_dump: i = int [1, 9223372036854775807]{{$}}
        n--;
    }
}

/* an unsigned 64-bit counter below 2^63 steps as a range too */
void limited_size(unsigned long n)
{
    if (n > 100)
        return;
    for (unsigned long i = 0; i < n; i++)
        memcheck_dump(i);
        // CHECK: dump-loop-limits.c:[[@LINE-1]]:9: note: memcheck_dump: i = int 0{{$}}
        // CHECK-NEXT: dump-loop-limits.c:[[@LINE-2]]:9: note: memcheck_dump: i = int [1, 99]{{$}}
}
