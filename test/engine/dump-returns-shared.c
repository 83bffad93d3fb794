// --debug-engine: a callee that returns its parameter hands back the caller's
// value: a variable nothing was known of shares it with the result, so a
// branch on either teaches the path both; an argument with a known range
// keeps it; a parameter assigned on some path is no longer returned as such.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump();

static int same(int v) { return v; }
static long widened(int v) { return v; }
static int maybe_bumped(int v, int bump) { if (bump) v++; return v; }

void branch_on_result(int n)
{
    if (same(n) > 10)
        memcheck_dump(n);
    // CHECK: dump-returns-shared.c:[[@LINE-1]]:9: note: memcheck_dump: n = int [11, 2147483647], shared with n{{$}}
}

void known_range(int n)
{
    if (n < 0 || n > 9)
        return;
    long w = widened(n);
    memcheck_dump(w);
    // CHECK: dump-returns-shared.c:[[@LINE-1]]:5: note: memcheck_dump: w = int [0, 9]{{$}}
}

void not_the_parameter(int n)
{
    int r = maybe_bumped(n, 0);
    memcheck_dump(r);
    // CHECK: dump-returns-shared.c:[[@LINE-1]]:5: note: memcheck_dump: r = unknown{{$}}
}
