// RUN: %memcheck --fail-on never --rules=realloc-leak %s -- -std=gnu11 2>&1 | FileCheck %s --match-full-lines %no-other-findings
/* realloc-leak: one macro whose body stores realloc()'s result over its
 * argument is one finding for all its expansions, wherever each expansion's
 * block was acquired (the acquisition is told, but is no part of the cause);
 * a macro that keeps a temporary is clean. */
#include <stdlib.h>

#define GROW(buf, n) buf = realloc(buf, (n) * 2)

#define GROW_SAFE(buf, n)                                                                                              \
    do {                                                                                                               \
        char *tmp_ = realloc(buf, (n) * 2);                                                                            \
        if (tmp_)                                                                                                      \
            buf = tmp_;                                                                                                \
    } while (0)

// CHECK: {{.*}}macro-expansions.c:[[@LINE+5]]:5: warning: 'a' is overwritten with realloc()'s result: if realloc() fails it returns NULL and the old block is leaked [realloc-leak]
void two_blocks(size_t n)
{
    char *a = malloc(8), *b = malloc(8);
    // CHECK: {{.*}}macro-expansions.c:[[@LINE-1]]:15: note: the old block was acquired by malloc() here
    GROW(a, n);
    // CHECK-NEXT: {{.*}}macro-expansions.c:8:28: note: one finding for 3 expansions of 'GROW': the cause is in its body here
    // CHECK-NEXT: {{.*}}macro-expansions.c:[[@LINE+1]]:5: note: also expanded here, in 'two_blocks'
    GROW(b, n);
    free(a);
    free(b);
}

void from_caller(char *c, size_t n)
{
    // CHECK-NEXT: {{.*}}macro-expansions.c:[[@LINE+1]]:5: note: also expanded here, in 'from_caller'
    GROW(c, n);
    free(c);
}

void kept_ok(size_t n)
{
    char *d = malloc(8);
    if (!d)
        return;
    GROW_SAFE(d, n);
    free(d);
}
