// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A reallocator that aborts when memory runs out but, like realloc(p, 0), frees
 * and returns NULL for a size of 0 (redis's zrealloc). Its result needs no check
 * unless the size is 0: writing to a zero-sized block is wrong with or without
 * one. An integer flag that is not a size_t still decides, as in try-flag.c. */
#include <stdlib.h>

static void oom(size_t n) { (void)n; abort(); }

void *vec_realloc(void *p, size_t size)
{
    if (size == 0 && p) {
        free(p);
        return NULL;
    }
    void *q = realloc(p, size);
    if (!q)
        oom(size);
    return q;
}

/* NULL only when the flag is 0: a flag, not a size. */
void *vec_alloc(size_t n, int fatal)
{
    void *q = malloc(n);
    if (!q && fatal)
        oom(n);
    return q;
}

struct vec { int *items; size_t len, cap; };

void grow_ok(struct vec *v)
{
    v->cap = v->cap ? v->cap * 2 : 8;
    v->items = vec_realloc(v->items, v->cap * sizeof *v->items);
    v->items[v->len++] = 1;
}

int *resize_ok(int *a, size_t n)
{
    a = vec_realloc(a, n * sizeof *a);
    a[0] = 0;
    return a;
}

int *constant_ok(int *a)
{
    a = vec_realloc(a, 16);
    a[0] = 0;
    return a;
}

void fatal_ok(void)
{
    int *p = vec_alloc(16, 1);
    p[0] = 1;
    free(p);
}

// CHECK: zero-size.c:[[@LINE+4]]:5: warning: 'a' from vec_realloc() at line [[@LINE+3]] may be NULL: written through without a check [unchecked-alloc]
int *zero_bad(int *a)
{
    a = vec_realloc(a, 0);
    a[0] = 0;
    return a;
}

// CHECK: zero-size.c:[[@LINE+4]]:5: warning: 'p' from vec_alloc() at line [[@LINE+3]] may be NULL: written through without a check [unchecked-alloc]
void flag_unknown_bad(int fatal)
{
    int *p = vec_alloc(16, fatal);
    p[0] = 1;
    free(p);
}

// CHECK: zero-size.c:[[@LINE+4]]:5: warning: 'p' from vec_alloc() at line [[@LINE+3]] may be NULL: written through without a check [unchecked-alloc]
void flag_zero_bad(void)
{
    int *p = vec_alloc(16, 0);
    p[0] = 1;
    free(p);
}
