// RUN: %memcheck --fail-on never --rules=realloc-leak,leak,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* `(realloc)(b, s)`: a function named in parentheses, which keeps a
 * function-like macro of the same name from expanding, is the same function.
 * A common wrapper does exactly that, and `p = realloc(p, n)` through it loses
 * the old block as plainly as without it. */
#include <stdlib.h>

#define realloc(b, s) ((b) == NULL ? malloc(s) : (realloc)(b, s))
#define free(p) ((free)(p))

struct buf { char *data; size_t cap; };

int buf_grow_bad(struct buf *b, size_t cap)
{
    // CHECK: paren-callee.c:[[@LINE+1]]:5: warning: 'b->data' is overwritten with realloc()'s result: if realloc() fails it returns NULL and the old block is leaked [realloc-leak]
    b->data = realloc(b->data, cap);
    if (!b->data)
        return -1;
    b->cap = cap;
    return 0;
}

int buf_grow_ok(struct buf *b, size_t cap)
{
    char *data = realloc(b->data, cap);
    if (!data)
        return -1;
    b->data = data;
    b->cap = cap;
    return 0;
}

int scratch_bad(size_t n)
{
    char *tmp = (malloc)(n);
    if (!tmp)
        return -1;
    tmp[0] = 0;
    // CHECK: paren-callee.c:[[@LINE+1]]:5: warning: memory 'tmp' allocated by malloc() at line {{[0-9]+}} leaks
    return 0;
}

void twice_bad(char *p)
{
    free(p);
    // CHECK: paren-callee.c:[[@LINE+1]]:5: error: 'p' is released twice
    free(p);
}

void once_ok(size_t n)
{
    char *p = (malloc)(n);
    free(p);
}
