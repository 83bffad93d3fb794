// --debug-engine: returned ranges of every integer type: unsigned 64-bit
// results below 2^63, a count held as "any positive" no wider than its type,
// values above 2^63 (no range), a range per side of zero of a parameter.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stddef.h>
#include <stdio.h>
void memcheck_dump();
int input(void);

static size_t block_size(int big) { if (big) return 4096; return 16; }
static int count_lines(FILE *f)
{
    char buf[64];
    int n = 0;
    if (!f)
        return -1;
    while (fgets(buf, sizeof buf, f))
        n++;
    return n;
}
static unsigned long long top_bit(int x) { if (x) return 1ULL << 63; return 1; }
static unsigned char small(int x) { if (x > 0) return 200; return 7; }

void sizes(int big)
{
    size_t a = block_size(input()), b = block_size(0);
    memcheck_dump(a, b);
    // CHECK: dump-returns-types.c:[[@LINE-1]]:5: note: memcheck_dump: a = int [16, 4096]; b = int 16{{$}}
}

void counts(FILE *f)
{
    int n = count_lines(f);
    memcheck_dump(n);
    // CHECK: dump-returns-types.c:[[@LINE-1]]:5: note: memcheck_dump: n = int [-1, 2147418111]{{$}}
}

void wide(void)
{
    unsigned long long t = top_bit(input());
    unsigned char c = small(input());
    memcheck_dump(t, c);
    // CHECK: dump-returns-types.c:[[@LINE-1]]:5: note: memcheck_dump: t = unknown; c = int [7, 200]{{$}}
}
