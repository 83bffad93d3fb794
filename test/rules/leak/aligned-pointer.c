// RUN: %memcheck --fail-on never --rules=leak,free-non-heap %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
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

// CHECK: aligned-pointer.c:[[@LINE+1]]:99: error: free() releases 'p', which no longer points to the start of its block [free-non-heap]
void aligned_free_bad(size_t n) { char *p = malloc(n + 64); if (!p) return; p = ALIGN_PTR(p, 64); free(p); }

/* A tag in the low bits (redis's dict entries) keeps the block too. */
typedef struct { int a; } entry;
#define TAG(p) ((entry *)(void *)((uintptr_t)(void *)(p) | 1))
#define UNTAG(p) ((entry *)(void *)((uintptr_t)(void *)(p) & ~(uintptr_t)1))

entry *tagged_ok(void)
{
    entry *e = malloc(sizeof *e);
    if (!e)
        return NULL;
    e->a = 1;
    return TAG(e);
}

void untag_free_ok(void)
{
    entry *e = malloc(sizeof *e);
    if (!e)
        return;
    entry *t = TAG(e);
    free(UNTAG(t));
}

// CHECK: aligned-pointer.c:[[@LINE+1]]:76: error: free() releases 'e | 1', which no longer points to the start of its block [free-non-heap]
void tagged_free_bad(void) { entry *e = malloc(sizeof *e); if (!e) return; free(TAG(e)); }

// CHECK: aligned-pointer.c:[[@LINE+1]]:105: warning: memory 'e' allocated by malloc() at line [[@LINE+1]] leaks at the end of the function (line [[@LINE+1]]) [leak]
void tagged_leak_bad(void) { entry *e = malloc(sizeof *e); if (!e) return; entry *t = TAG(e); t = NULL; }
