// RUN: %memcheck --fail-on error --rules=leak,free-non-heap %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Aligning a pointer through integer arithmetic keeps it an address in the
 * same block: storing the aligned pointer keeps the block; freeing it frees
 * something that is no longer the block's start. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ALIGN_PTR(p, a) ((char *)(((uintptr_t)(p) + ((uintptr_t)(a) - 1)) & ~((uintptr_t)(a) - 1)))
static const char *g_table;

int table_init(const char *src, size_t n)
{
    char *p = malloc(n + 64);
    if (!p)
        return -1;
    p = ALIGN_PTR(p, 64);
    memcpy(p, src, n);
    g_table = p;
    return 0;
}

// CHECK: aligned-pointer.c:[[@LINE+1]]:99: warning: free() releases 'p', which no longer points to the start of its block [free-non-heap]
void aligned_free_bad(size_t n) { char *p = malloc(n + 64); if (!p) return; p = ALIGN_PTR(p, 64); free(p); }
