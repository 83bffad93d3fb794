// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* The product guard written with the quotient first, `MAX / n < size`, as
 * OpenBSD's reallocarray() and the many projects that vendor it write it:
 * below 2^32 both operands fit, and only then is the division taken. Each good
 * case has a bad twin whose guard leaves a path open. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#define HALF_WIDTH ((size_t)1 << (sizeof(size_t) * 4))

void *array_resize(void *old, size_t count, size_t each)
{
    if ((count >= HALF_WIDTH || each >= HALF_WIDTH) && count > 0 && SIZE_MAX / count < each) {
        errno = ENOMEM;
        return NULL;
    }
    return realloc(old, each * count);
}

void *array_new(size_t count, size_t each)
{
    if (count && SIZE_MAX / count < each)
        return NULL;
    size_t bytes = count * each;
    return malloc(bytes);
}

void *array_new_inclusive(size_t count, size_t each)
{
    if (count && SIZE_MAX / count <= each)
        return NULL;
    return malloc(count * each);
}

/* Only counts at or above 2^32 are checked: a small count times a huge size wraps. */
void *array_resize_half(void *old, size_t count, size_t each)
{
    if (count >= HALF_WIDTH && SIZE_MAX / count < each)
        return NULL;
    return realloc(old, each * count);
    // CHECK: quotient-first.c:[[@LINE-1]]:12: warning: size of realloc() computed as 'each * count' can wrap around in 64-bit unsigned arithmetic; no check bounds 'each' or 'count' [alloc-size-overflow]
}

/* The test runs the wrong way: it returns when the product fits. */
void *array_new_inverted(size_t count, size_t each)
{
    if (count && SIZE_MAX / count > each)
        return NULL;
    return malloc(count * each);
    // CHECK: quotient-first.c:[[@LINE-1]]:12: warning: size of malloc() computed as 'count * each' can wrap around in 64-bit unsigned arithmetic; no check bounds 'count' or 'each' [alloc-size-overflow]
}
