// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* alloc-size-overflow: products that can wrap, and the guards and types that
 * make them safe. */
#include <stdint.h>
#include <stdlib.h>

struct item { int key; char name[60]; };

// CHECK: products.c:[[@LINE+1]]:40: warning: size of malloc() computed as 'count * sizeof(struct item)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'count' [alloc-size-overflow]
void *count_bad(size_t count) { return malloc(count * sizeof(struct item)); }
// CHECK: products.c:[[@LINE+1]]:49: warning: size of malloc() computed as 'n * m' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' or 'm' [alloc-size-overflow]
void *two_vars_bad(size_t n, size_t m) { return malloc(n * m); }
// CHECK: products.c:[[@LINE+1]]:46: warning: size of malloc() computed as 'w * h' can wrap around in 32-bit signed arithmetic; no check bounds 'w' or 'h' [alloc-size-overflow]
void *int_product_bad(int w, int h) { return malloc((size_t)(w * h)); }
// CHECK: products.c:[[@LINE+1]]:36: warning: size of malloc() computed as 'n << 4' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
void *shift_bad(size_t n) { return malloc(n << 4); }
// CHECK: products.c:[[@LINE+1]]:47: warning: size of realloc() computed as 'n * sizeof(long)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
void *realloc_bad(void *p, size_t n) { return realloc(p, n * sizeof(long)); }
// CHECK: products.c:[[@LINE+1]]:83: warning: size of malloc() computed as 'count * sizeof(struct item)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'count' [alloc-size-overflow]
void *split_bad(size_t count) { size_t size = count * sizeof(struct item); return malloc(size); }
// CHECK: products.c:[[@LINE+1]]:34: warning: size of malloc() computed as 'n * sizeof(struct item)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
void *sum_bad(size_t n) { return malloc(16 + n * sizeof(struct item)); }
// CHECK: products.c:[[@LINE+1]]:36: warning: size of malloc() computed as 'n * sizeof(int)': 'n' (int) may be negative and converts to a huge size [alloc-size-overflow]
void *negative_bad(int n) { return malloc(n * sizeof(int)); }
/* n is not 0: that bounds nothing above (a size_t may be 2^63 or more) */
// CHECK: products.c:[[@LINE+1]]:63: warning: size of malloc() computed as 'n * sizeof(short)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
void *nonzero_bad(size_t n) { if (n == 0) return NULL; return malloc(n * sizeof(short)); }

void *constants_ok(void) { return malloc(64 * sizeof(struct item)); }
void *u16_ok(uint16_t n) { return malloc(n * sizeof(int)); }
void *u32_ok(uint32_t n) { return malloc(n * sizeof(struct item)); }
void *calloc_ok(size_t n) { return calloc(n, sizeof(struct item)); }
void *reallocarray_ok(void *p, size_t n) { return reallocarray(p, n, sizeof(struct item)); }
void *guard_div_ok(size_t n) { if (n > SIZE_MAX / sizeof(struct item)) return NULL; return malloc(n * sizeof(struct item)); }
void *guard_const_ok(size_t n) { if (n > 1000) return NULL; return malloc(n * sizeof(struct item)); }
void *guard_both_ok(size_t n, size_t m) { if (m != 0 && n > SIZE_MAX / m) return NULL; return malloc(n * m); }
void *guard_lt_ok(size_t n) { if (n < 4096) return malloc(n * sizeof(struct item)); return NULL; }
void *builtin_ok(size_t n, size_t m) { size_t total; if (__builtin_mul_overflow(n, m, &total)) return NULL; return malloc(total); }
void *nonneg_ok(int n) { if (n < 0 || n > 100000) return NULL; return malloc(n * sizeof(int)); }
void *char_ok(size_t n) { return malloc(n * sizeof(char)); }
void *add_only_ok(size_t n) { return malloc(n + 1); }

/* Growth by a small literal factor in 64-bit arithmetic (a capacity doubled)
 * wraps only past 2^62 bytes; an element size of 2 is still a product to check. */
struct vec { char *data; size_t len, cap; };
int grow_ok(struct vec *v)
{
    size_t cap = v->cap ? v->cap * 2 : 16;
    char *p = realloc(v->data, cap);
    if (!p)
        return -1;
    v->data = p;
    v->cap = cap;
    return 0;
}
void *half_again_ok(size_t len) { return malloc(len * 3 / 2 + 1); }
// CHECK: products.c:[[@LINE+1]]:37: warning: size of malloc() computed as 'n * sizeof(short)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
void *shorts_bad(size_t n) { return malloc(n * sizeof(short)); }
// CHECK: products.c:[[@LINE+1]]:38: warning: size of malloc() computed as 'n * 2' can wrap around in 32-bit signed arithmetic; no check bounds 'n' [alloc-size-overflow]
void *int_double_bad(int n) { return malloc((size_t)(n * 2)); }

/* Sums of operands whose values the path knows (expat's tests: const locals). */
char *const_sum_ok(void) { const size_t lines = 60000; const size_t per_line = 50; return malloc((lines + 4) * per_line); }
char *const_diff_ok(void) { size_t k = 10, j = 4; return malloc((k - j) * 50); }
// CHECK: products.c:[[@LINE+1]]:40: warning: size of malloc() computed as '(n + 4) * 50' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n + 4' [alloc-size-overflow]
char *param_sum_bad(size_t n) { return malloc((n + 4) * 50); }
// CHECK: products.c:[[@LINE+1]]:50: warning: size of malloc() computed as '(k - n) * 50' can wrap around in 64-bit unsigned arithmetic; no check bounds 'k - n' [alloc-size-overflow]
char *diff_bad(size_t n) { size_t k = 10; return malloc((k - n) * 50); }
