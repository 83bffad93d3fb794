// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* alloc-size-overflow in a static function whose every call the program shows:
 * a product of a parameter and a constant is judged at each call, from the value
 * passed there (benchmark suites' "sink" functions, real code's small helpers).
 * The finding stays at the allocation; a note names the call. */
#include <stdio.h>
#include <stdlib.h>

void use(int *p);

static void fill_sink(int count)
{
    int *p = malloc(count * sizeof(int));
    if (p == NULL)
        return;
    use(p);
    free(p);
}

void fill_fixed_ok(void) { fill_sink(20); }
void fill_small_ok(int flag) { fill_sink(flag ? 10 : 30); }

static void bounded_sink(int n)
{
    if (n > 1000)
        return;
    // CHECK: callers.c:[[@LINE+2]]:14: warning: size of malloc() computed as 'n * sizeof(int)': 'n' (int) may be negative and converts to a huge size [alloc-size-overflow]
    // CHECK-NEXT: int *p = malloc(n * sizeof(int));
    int *p = malloc(n * sizeof(int));
    use(p);
    free(p);
}

void bounded_ok(void) { bounded_sink(500); }
void bounded_large_ok(void) { bounded_sink(5000); } /* the sink returns before */
// CHECK: callers.c:[[@LINE+1]]:35: note: bounded_negative_bad() passes '-1' here
void bounded_negative_bad(void) { bounded_sink(-1); }

static void read_sink(int data)
{
    // CHECK: callers.c:[[@LINE+1]]:21: warning: size of malloc() computed as 'data * sizeof(int)': 'data' (int) may be negative and converts to a huge size [alloc-size-overflow]
    int *p = (int *)malloc(data * sizeof(int));
    if (p == NULL)
        exit(1);
    use(p);
    free(p);
}

void read_bad(void)
{
    int data = -1;
    if (fscanf(stdin, "%d", &data) == 1)
        // CHECK: callers.c:[[@LINE+1]]:9: note: read_bad() passes 'data' here
        read_sink(data);
}
void read_const_ok(void) { read_sink(7); }

static void *size_sink(size_t n) { return malloc(n * sizeof(long)); }
void *size_const_ok(void) { return size_sink(64); }
// CHECK: callers.c:[[@LINE-2]]:43: warning: size of malloc() computed as 'n * sizeof(long)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
// CHECK: callers.c:[[@LINE+1]]:43: note: size_unknown_bad() passes 'n' here
void *size_unknown_bad(size_t n) { return size_sink(n); }

/* Its callers are not all known: judged where it is. */
// CHECK: callers.c:[[@LINE+1]]:36: warning: size of malloc() computed as 'n * sizeof(int)': 'n' (int) may be negative and converts to a huge size [alloc-size-overflow]
void *exported_bad(int n) { return malloc(n * sizeof(int)); }
void *exported_called_ok(void) { return exported_bad(4); }
// CHECK: callers.c:[[@LINE+1]]:42: warning: size of malloc() computed as 'n * sizeof(int)': 'n' (int) may be negative and converts to a huge size [alloc-size-overflow]
static void *pointed_bad(int n) { return malloc(n * sizeof(int)); }
void *(*const pick)(int) = pointed_bad;
void *pointed_called_ok(void) { return pointed_bad(4); }
/* A parameter the function assigns is not what the caller passed. */
static void *reassigned(int n)
{
    n = n * 2;
    // CHECK: callers.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'n * sizeof(int)': 'n' (int) may be negative and converts to a huge size [alloc-size-overflow]
    return malloc(n * sizeof(int));
}
void *reassigned_called(void) { return reassigned(4); }
/* Called only by itself: no caller will judge it, so it is judged where it is. */
static void *self_only(int n, int depth)
{
    if (depth > 0)
        return self_only(n, depth - 1);
    // CHECK: callers.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'n * sizeof(int)': 'n' (int) may be negative and converts to a huge size [alloc-size-overflow]
    return malloc(n * sizeof(int));
}
