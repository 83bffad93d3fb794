// RUN: %memcheck --fail-on never --rules=leak,free-non-heap %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: a buffer on the stack when it is small enough, on the heap otherwise,
 * freed when it is not the stack one. A pointer into a local array never equals
 * a heap block, even one not yet checked for NULL. */
#include <stdlib.h>
#include <string.h>

void consume(const char *s);

void small_or_heap_ok(size_t n)
{
    char small[64];
    char *buf = n < sizeof small ? small : malloc(n);
    memset(buf, 0, n);
    consume(buf);
    if (buf != small)
        free(buf);
}

int small_or_heap_checked_ok(size_t n)
{
    char small[64];
    char *buf = n <= sizeof small ? small : malloc(n);
    if (buf == NULL)
        return -1;
    consume(buf);
    if (buf == small)
        return 0;
    free(buf);
    return 0;
}

static char fallback[16];

void static_or_heap_ok(size_t n)
{
    char *buf = n > sizeof fallback ? malloc(n) : fallback;
    consume(buf);
    if (buf != fallback)
        free(buf);
}

void freed_when_small_bad(size_t n)
{
    char small[64];
    char *buf = n < sizeof small ? small : malloc(n);
    consume(buf);
    if (buf == small)
        // CHECK: stack-or-heap.c:[[@LINE+1]]:9: error: free() releases 'buf', which points to a local object on the stack, not to memory it allocated [free-non-heap]
        free(buf);
    // CHECK: stack-or-heap.c:[[@LINE+1]]:1: warning: memory 'buf' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function (line [[@LINE+1]]) [leak]
}
