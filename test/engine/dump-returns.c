// --debug-engine: what a callee returns, from its summary: one constant, a
// range of values, or one of its integer parameters as it came in.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();
int input(void);

static int good_source(int data) { (void)data; return 20; }
static int identity(int d) { return d; }
static int through_copy(int d) { int x = d; return x; }
static int clamp(int d) { if (d > 100) return 100; if (d < 0) return 0; return d; }
static int sign_or_self(int d) { if (d > 0) return d; return -1; }
static int bumped(int d) { d++; return d; }
static int level(int d) { if (d) return 3; return 1; }
static int varies(void) { return rand(); }

void constants(int data)
{
    data = good_source(data);
    memcheck_dump(data);
    // CHECK: dump-returns.c:[[@LINE-1]]:5: note: memcheck_dump: data = int 20{{$}}
}

/* data = goodSource(data) where the source hands its argument back */
void parameters(int n)
{
    int data = 7;
    data = identity(data);
    int copied = through_copy(3);
    memcheck_dump(data, copied);
    // CHECK: dump-returns.c:[[@LINE-1]]:5: note: memcheck_dump: data = int 7; copied = int 3{{$}}
}

/* a variable nothing is known of shares its value with the result, as a copy does */
void shared(int n)
{
    int m = identity(n);
    if (n > 3)
        memcheck_dump(m);
    // CHECK: dump-returns.c:[[@LINE-1]]:9: note: memcheck_dump: m = int [4, 2147483647], shared with n{{$}}
}

void ranges(void)
{
    int a = clamp(input()), b = sign_or_self(input()), c = level(input());
    memcheck_dump(a, b, c);
    // CHECK: dump-returns.c:[[@LINE-1]]:5: note: memcheck_dump: a = int [0, 100]; b = int [-1, 2147483647]; c = int [1, 3]{{$}}
}

/* per side of zero of an argument the caller knows: level() returns 3 where
 * its argument is nonzero, 1 where it is zero; a side not known gives both */
void sides(int n)
{
    int a = level(0), b = level(5), c = level(n);
    memcheck_dump(a, b, c);
    // CHECK: dump-returns.c:[[@LINE-1]]:5: note: memcheck_dump: a = int 1; b = int 3; c = int [1, 3]{{$}}
    if (n)
        memcheck_dump(level(n));
    // CHECK: dump-returns.c:[[@LINE-1]]:9: note: memcheck_dump: level(n) = int 3{{$}}
}

/* an assigned parameter is not the argument any more; rand() is anything */
void unknowns(void)
{
    int a = bumped(4), b = varies();
    memcheck_dump(a, b);
    // CHECK: dump-returns.c:[[@LINE-1]]:5: note: memcheck_dump: a = unknown; b = unknown{{$}}
}
