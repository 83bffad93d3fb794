// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* The wrap test written on the grown value itself: `(n << 1) < n` fails only
 * where doubling n does not wrap, so the size below it is bounded (zlib's
 * gzbuffer() keeps a size it can double). A mask or a remainder by a constant
 * bounds an operand whatever it was (`base << (flags & 15)`, rar5's window). */
#include <stdint.h>
#include <stdlib.h>

void *twice_ok(unsigned n)
{
    if ((n << 1) < n)
        return NULL;
    return malloc(n << 1);
}

void *thrice_ok(unsigned n)
{
    if (n * 3 < n)
        return NULL;
    return malloc(n * 3);
}

void *twice_flipped_ok(unsigned n)
{
    if (n > (n << 1))
        return NULL;
    return malloc(n << 1);
}

/* The test the wrong way round keeps only the sizes that wrap. */
void *twice_bad(unsigned n)
{
    if ((n << 1) >= n)
        return NULL;
    // CHECK: wrap-tests.c:[[@LINE+2]]:12: warning: size of malloc() computed as 'n << 1' can wrap around in 32-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
    // CHECK: note: fix: use calloc(n, 2) or reallocarray(NULL, n, 2), which fail instead of wrapping
    return malloc(n << 1);
}

/* A test of another variable bounds nothing. */
void *other_bad(unsigned n, unsigned m)
{
    if ((m << 1) < m)
        return NULL;
    // CHECK: wrap-tests.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'n << 1' can wrap around
    return malloc(n << 1);
}

static const size_t window_base = 0x20000;

void *window_ok(uint64_t info)
{
    size_t size = window_base << ((info >> 10) & 15);
    return malloc(size);
}

void *slots_ok(uint64_t id)
{
    return malloc((id % 4096) * sizeof(long));
}

void *window_bad(uint64_t info)
{
    // CHECK: wrap-tests.c:[[@LINE+2]]:12: warning: size of malloc() computed as 'window_base << ((info >> 10) & 63)' can wrap around in 64-bit unsigned arithmetic
    // CHECK: note: fix: use calloc(window_base, (size_t)1 << ((info >> 10) & 63)) or reallocarray(NULL, window_base, (size_t)1 << ((info >> 10) & 63)), which fail instead of wrapping
    return malloc(window_base << ((info >> 10) & 63));
}
