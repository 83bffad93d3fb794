// RUN: %memcheck --fail-on error --rules=realloc-leak,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FP: nothing leaks when resize() fails: its caller kept the old block in 'buf'
 * and frees it when resize() returns NULL. resize() overwrites its own copy of
 * the pointer with realloc()'s result and never checks it, which is reported
 * where it returns, without looking at the callers.
 * docs/rules/realloc-leak.md, "A failure path that never checks the result". */
#include <stdlib.h>

// CHECK: FP_caller_keeps_old_block.c:[[@LINE+1]]:42: warning: 'p' is overwritten with realloc()'s result: if realloc() fails it returns NULL and the old block is leaked [realloc-leak]
static char *resize(char *p, size_t n) { p = realloc(p, n); return p; }

int grow(size_t n)
{
    char *buf = malloc(16);
    if (!buf)
        return -1;
    char *bigger = resize(buf, n);
    if (!bigger) {
        free(buf);
        return -1;
    }
    free(bigger);
    return 0;
}
