// RUN: %memcheck --fail-on never --rules=leak,free-non-heap %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* realpath(path, buf) with a buffer fills and returns that buffer: freeing
 * the result frees the buffer. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

int resolve_ok(const char *path)
{
    char *buf = malloc(PATH_MAX);
    if (!buf)
        return -1;
    char *full = realpath(path, buf);
    if (full == NULL) {
        free(buf);
        return -1;
    }
    int n = puts(full);
    free(full);
    return n;
}

// CHECK: filled-buffer.c:[[@LINE+1]]:98: error: free() releases 'full', which points to a local object on the stack, not to memory it allocated [free-non-heap]
void resolve_stack_bad(const char *path) { char buf[PATH_MAX]; char *full = realpath(path, buf); free(full); }
