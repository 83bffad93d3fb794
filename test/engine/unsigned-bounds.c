// RUN: not %memcheck --rules=leak,unchecked-alloc,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* An unsigned 64-bit integer ranges over 0 .. 2^64 - 1: compared with a
 * constant of 2^63 or more (SIZE_MAX, (size_t)-1, ~(size_t)0, SIZE_MAX - k) it
 * is compared as that word, not as a negative number. `n > SIZE_MAX` never
 * holds; `n > SIZE_MAX - 1` holds for one value. Values of narrower types wrap
 * and convert as C says: (unsigned)0 - 1 is UINT_MAX, an int below 0 is a word
 * above 2^63 once converted to size_t. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

/* ---- guards that never hold: the rest of the function runs ---- */

void *xalloc(size_t size)
{
    if (size > SIZE_MAX)
        return NULL;
    return malloc(size);
}

void never_gt_size_max_ok(size_t n)
{
    char *p = malloc(16);
    if (!p)
        return;
    if (n > SIZE_MAX)
        return;
    free(p);
}

void never_gt_minus_one_ok(size_t n)
{
    char *p = malloc(16);
    if (!p)
        return;
    if (n > (size_t)-1 || n > ~(size_t)0 || SIZE_MAX < n || !(n <= (size_t)-1))
        return;
    free(p);
}

void never_gt_u64_max_ok(unsigned long long x, uint64_t y)
{
    char *p = malloc(16);
    if (!p)
        return;
    if (x > ULLONG_MAX || y > UINT64_MAX || x > ~0ULL || y > ~(uint64_t)0)
        return;
    free(p);
}

void never_gt_uint_max_ok(unsigned x)
{
    char *p = malloc(16);
    if (!p)
        return;
    if (x > UINT_MAX || x > (unsigned)-1)
        return;
    free(p);
}

void never_past_llong_ok(long long x)
{
    char *p = malloc(16);
    if (!p)
        return;
    if (x < LLONG_MIN || x > LLONG_MAX)
        return;
    free(p);
}

void never_past_uchar_ok(unsigned char c)
{
    char *p = malloc(16);
    if (!p)
        return;
    if (c > 255)
        return;
    free(p);
}

/* a variable holding SIZE_MAX is above every smaller word */
void size_max_var_ok(void)
{
    char *p = malloc(16);
    size_t m = SIZE_MAX;
    if (m > 5)
        free(p);
}

/* 0u - 1 wraps to UINT_MAX */
void unsigned_wraps_ok(void)
{
    char *p = malloc(16);
    unsigned u = 0;
    u--;
    if (u > 100)
        free(p);
}

/* a negative int converted to size_t is a word above 2^63 */
void negative_as_size_ok(int i)
{
    char *p = malloc(16);
    if (!p)
        return;
    if (i < 0 && (size_t)i < 100)
        return;
    free(p);
}

/* ---- guards that may hold: both sides are paths ---- */

void *xalloc2(size_t size)
{
    if (size > (size_t)-2)
        return NULL;
    return malloc(size);
}

void *xalloc3(size_t size)
{
    if (size >= (size_t)-1 || size > SIZE_MAX - 16)
        return NULL;
    return malloc(size);
}

int *xalloc_array(size_t count)
{
    if (count > SIZE_MAX / sizeof(int))
        return NULL;
    return malloc(count * sizeof(int));
}

/* The wrappers may return NULL, as malloc may, not on every path. */
// CHECK: unsigned-bounds.c:[[@LINE+1]]:40: warning: 'p' from xalloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int use1(void) { char *p = xalloc(10); p[0] = 1; free(p); return 0; }
// CHECK: unsigned-bounds.c:[[@LINE+1]]:43: warning: 'p' from xalloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int use2(size_t n) { char *p = xalloc(n); p[0] = 1; free(p); return 0; }
// CHECK: unsigned-bounds.c:[[@LINE+1]]:41: warning: 'p' from xalloc2() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int use3(void) { char *p = xalloc2(10); p[0] = 1; free(p); return 0; }
// CHECK: unsigned-bounds.c:[[@LINE+1]]:41: warning: 'p' from xalloc3() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int use4(void) { char *p = xalloc3(10); p[0] = 1; free(p); return 0; }
// CHECK: unsigned-bounds.c:[[@LINE+1]]:45: warning: 'a' from xalloc_array() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int use5(void) { int *a = xalloc_array(10); a[0] = 1; free(a); return 0; }

int checked_ok(size_t n)
{
    char *p = xalloc2(n);
    if (!p)
        return -1;
    p[0] = 1;
    free(p);
    return 0;
}

/* n may be SIZE_MAX: the path past the guard is followed, and so is the one
 * into it, where p leaks. */
int guarded_leak_bad(size_t n)
{
    char *p = malloc(16);
    if (!p)
        return -1;
    if (n > SIZE_MAX - 1)
        return -1; // CHECK: unsigned-bounds.c:[[@LINE]]:9: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks on the error path returning -1 at line [[@LINE]] [leak]
    free(p);
    return 0;
}

/* The guard was once taken to hold always, which hid the leak after it. */
int leak_past_guard_bad(size_t n)
{
    char *p = malloc(16);
    if (!p)
        return -1;
    if (n > SIZE_MAX - 1) {
        free(p);
        return -1;
    }
    return 0; // CHECK: unsigned-bounds.c:[[@LINE]]:5: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks on the path returning 0 at line [[@LINE]] [leak]
}

/* The same for a use after free. */
int uaf_past_guard_bad(size_t n)
{
    char *p = malloc(16);
    if (!p)
        return -1;
    free(p);
    if (n > (size_t)-2)
        return -1;
    return p[0]; // CHECK: unsigned-bounds.c:[[@LINE]]:12: error: 'p' is dereferenced after free() released it at line {{[0-9]+}} [use-after-free]
}

/* Where `n > SIZE_MAX - 1` holds, n is SIZE_MAX itself. */
void at_size_max_ok(size_t n)
{
    char *p = malloc(16);
    if (n > SIZE_MAX - 1) {
        if (n == SIZE_MAX)
            free(p);
        return;
    }
    free(p);
}
