// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Bounds that sit away from the product: on the field a bounded value was
 * copied into, on a sum, on the other arm of an if/else, in a tally kept in a
 * local struct. Each has a bad twin whose bound is wrong or missing. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

struct arr { int size; void **a; };

int arr_init_ok(struct arr *x, int n)
{
    if (n < 0 || (size_t)n >= SIZE_MAX / sizeof(void *))
        return -1;
    x->size = n;
    x->a = malloc(x->size * sizeof(void *));
    return x->a ? 0 : -1;
}

/* The guard is on n, the field holds something else. */
int arr_init_other(struct arr *x, int n, int m)
{
    if (n < 0 || (size_t)n >= SIZE_MAX / sizeof(void *))
        return -1;
    x->size = m;
    x->a = malloc(x->size * sizeof(void *));
    // CHECK: bounds.c:[[@LINE-1]]:12: warning: size of malloc() computed as 'x->size * sizeof(void *)': 'x->size' (32-bit signed) may be negative and converts to a huge size [alloc-size-overflow]
    return x->a ? 0 : -1;
}

void **grow_ok(void **a, size_t len, size_t extra)
{
    if (extra >= SIZE_MAX / sizeof(void *) - len)
        return NULL;
    size_t n = len + extra;
    return realloc(a, n * sizeof(void *));
}

void **grow_sum_ok(void **a, size_t len, size_t extra)
{
    if (len + extra > SIZE_MAX / sizeof(void *))
        return NULL;
    size_t n = len + extra;
    return realloc(a, n * sizeof(void *));
}

/* The bound is on the sum of other variables. */
void **grow_other(void **a, size_t len, size_t extra, size_t more)
{
    if (extra >= SIZE_MAX / sizeof(void *) - len)
        return NULL;
    size_t n = len + more;
    return realloc(a, n * sizeof(void *));
    // CHECK: bounds.c:[[@LINE-1]]:12: warning: size of realloc() computed as 'n * sizeof(void *)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
}

/* Checked the wrong way round: the sum is above the bound here. */
void **grow_inverted(void **a, size_t len, size_t extra)
{
    if (extra < SIZE_MAX / sizeof(void *) - len)
        return NULL;
    size_t n = len + extra;
    return realloc(a, n * sizeof(void *));
    // CHECK: bounds.c:[[@LINE-1]]:12: warning: size of realloc() computed as 'n * sizeof(void *)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
}

struct pb { char *buf; int size; };

int pb_grow_ok(struct pb *p, int min)
{
    int n;
    if (min > INT_MAX - 8)
        return -1;
    if (p->size > INT_MAX / 2)
        n = min + 8;
    else
        n = p->size * 2;
    char *t = realloc(p->buf, n);
    if (!t)
        return -1;
    p->buf = t;
    p->size = n;
    return 0;
}

/* Off by a factor: the arm doubles what it only halved the bound of. */
int pb_grow_quadruple(struct pb *p, int min)
{
    int n;
    if (min > INT_MAX - 8)
        return -1;
    if (p->size > INT_MAX / 2)
        n = min + 8;
    else
        n = p->size * 4;
    char *t = realloc(p->buf, n);
    // CHECK: bounds.c:[[@LINE-1]]:15: warning: size of realloc() computed as 'p->size * 4' can wrap around in 32-bit signed arithmetic; no check bounds 'p->size' [alloc-size-overflow]
    if (!t)
        return -1;
    p->buf = t;
    p->size = n;
    return 0;
}

struct tally { int files; int bytes; };

char **names_ok(int argc, char **argv)
{
    struct tally t = {0};
    for (int i = 1; i < argc; i++)
        if (argv[i][0] != '-')
            t.files++;
    return malloc(t.files * sizeof(char *));
}

/* A tally that also takes what it is told. */
char **names_told(int argc, char **argv)
{
    struct tally t = {0};
    for (int i = 1; i < argc; i++)
        if (argv[i][0] != '-')
            t.files++;
        else
            t.files = atoi(argv[i] + 1);
    return malloc(t.files * sizeof(char *));
    // CHECK: bounds.c:[[@LINE-1]]:12: warning: size of malloc() computed as 't.files * sizeof(char *)': 't.files' (32-bit signed) may be negative and converts to a huge size [alloc-size-overflow]
}

void count_into(struct tally *t);

/* A tally whose struct is handed to a function, which may set it to anything. */
char **names_escaped(int argc, char **argv)
{
    struct tally t = {0};
    for (int i = 1; i < argc; i++)
        t.files++;
    count_into(&t);
    return malloc(t.files * sizeof(char *));
    // CHECK: bounds.c:[[@LINE-1]]:12: warning: size of malloc() computed as 't.files * sizeof(char *)': 't.files' (32-bit signed) may be negative and converts to a huge size [alloc-size-overflow]
}

/* A size through arithmetic on a bounded value: (n + 1) * 8 with n < 1000. */
double *ranged_ok(unsigned n)
{
    if (n >= 1000)
        return NULL;
    unsigned rows = n + 1;
    return malloc(rows * 8 * sizeof(double));
}

/* The same with a bound too loose for the element size. */
size_t *ranged_loose(size_t n)
{
    if (n >= SIZE_MAX / 4)
        return NULL;
    size_t rows = n + 1;
    return malloc(rows * sizeof(size_t));
    // CHECK: bounds.c:[[@LINE-1]]:12: warning: size of malloc() computed as 'rows * sizeof(size_t)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'rows' [alloc-size-overflow]
}

/* A product of a loop counter bounded by the loop's test: i * 1000 < 10^6. */
void rows_ok(void)
{
    for (int i = 0; i < 1000; i++) {
        long *p = malloc(i * 1000 * sizeof(long));
        free(p);
    }
}

/* The same counter taken far enough to wrap an int at i * 1000. */
void rows_wrap(void)
{
    for (int i = 0; i < 100000000; i++) {
        long *p = malloc(i * 1000 * sizeof(long));
        // CHECK: bounds.c:[[@LINE-1]]:19: warning: size of malloc() computed as '(i * 1000) * sizeof(long)': 'i * 1000' (32-bit signed) may be negative and converts to a huge size [alloc-size-overflow]
        free(p);
    }
}

size_t input(void);

/* Checked, then assigned again: the check no longer bounds the size. */
void *product_reassigned(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    n = input();
    return malloc(n * size);
    // CHECK: bounds.c:[[@LINE-1]]:12: warning: size of malloc() computed as 'n * size' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' or 'size' [alloc-size-overflow]
}

void *sum_reassigned(size_t len, size_t extra)
{
    if (extra >= SIZE_MAX / 8 - len)
        return NULL;
    extra += input();
    size_t n = len + extra;
    return malloc(n * 8);
    // CHECK: bounds.c:[[@LINE-1]]:12: warning: size of malloc() computed as 'n * 8' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
}

/* Assigned before the check: still bounded. */
void *checked_after(size_t n, size_t size)
{
    n = input();
    if (size && n > SIZE_MAX / size)
        return NULL;
    return malloc(n * size);
}

/* n is at least 2 here; n + 1 past INT_MAX would be undefined behaviour, not a
 * negative count. */
int *index_after_checks(const unsigned char *text, int n)
{
    if (text == NULL || n < 0)
        return NULL;
    if (n <= 1)
        return NULL;
    return malloc((size_t)(n + 1) * sizeof(int));
}

int *index_unchecked(const unsigned char *text, int n)
{
    if (text == NULL)
        return NULL;
    return malloc((size_t)(n + 1) * sizeof(int));
    // CHECK: bounds.c:[[@LINE-1]]:12: warning: size of malloc() computed as '(n + 1) * sizeof(int)': 'n + 1' (32-bit signed) may be negative and converts to a huge size [alloc-size-overflow]
}

/* A bound on a sum of a field and a variable, written so that it cannot wrap
 * (json-c's array_list_shrink); the twin bounds another field. */
struct slots { void **array; size_t length, size; };

int slots_shrink(struct slots *arr, size_t empty)
{
    if (empty >= SIZE_MAX / sizeof(void *) - arr->length)
        return -1;
    size_t n = arr->length + empty;
    void *t = realloc(arr->array, n * sizeof(void *));
    if (!t)
        return -1;
    arr->array = t;
    return 0;
}

int slots_shrink_other(struct slots *arr, size_t empty)
{
    if (empty >= SIZE_MAX / sizeof(void *) - arr->size)
        return -1;
    size_t n = arr->length + empty;
    void *t = realloc(arr->array, n * sizeof(void *));
    // CHECK: bounds.c:[[@LINE-1]]:15: warning: size of realloc() computed as 'n * sizeof(void *)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
    if (!t)
        return -1;
    arr->array = t;
    return 0;
}
