// --debug-engine: integers hold values of their C type, wrapped and converted
// as C does.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stddef.h>
void memcheck_dump();

void wrap(void)
{
    unsigned w = 0u - 1;
    unsigned w2 = w + 2;
    size_t s = (size_t)0 - 1;
    memcheck_dump(w, w2, s);
    // CHECK: dump-unsigned-wrap.c:[[@LINE-1]]:5: note: memcheck_dump: w = int 4294967295; w2 = int 1; s = int 18446744073709551615{{$}}
}

void convert(void)
{
    int neg = -1;
    size_t conv = (size_t)neg;
    unsigned char uc = 300;
    signed char sc = 200;
    memcheck_dump(conv, uc, sc);
    // CHECK: dump-unsigned-wrap.c:[[@LINE-1]]:5: note: memcheck_dump: conv = int 18446744073709551615; uc = int 44; sc = int -56{{$}}
}
