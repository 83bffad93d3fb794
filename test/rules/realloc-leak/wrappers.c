// RUN: %memcheck --fail-on error --rules=realloc-leak,null-after-free,leak,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function of the program that returns realloc()'s result for its
 * parameter (libyaml's yaml_realloc) reallocates it the same way: the old
 * block is released when it succeeds and is still the caller's when it
 * fails. One that frees the block on some failure (redis's
 * ztryrealloc_usable_internal for an oversized request) is not a reallocator. */
#include <stdint.h>
#include <stdlib.h>

void *mem_realloc(void *ptr, size_t size)
{
    return ptr ? realloc(ptr, size ? size : 1) : malloc(size ? size : 1);
}

int string_extend_ok(char **start, char **end)
{
    char *n = mem_realloc(*start, (size_t)(*end - *start) * 2);
    if (!n)
        return 0;
    *end = n + (*end - *start) * 2;
    *start = n;
    return 1;
}

int grow_kept_ok(char **buf, size_t n)
{
    char *old = *buf;
    char *p = mem_realloc(old, n);
    if (!p)
        return -1; /* *buf still holds the old block */
    *buf = p;
    return 0;
}

// CHECK: wrappers.c:[[@LINE+4]]:5: warning: 'p' is overwritten with mem_realloc()'s result: if mem_realloc() fails it returns NULL and the old block is leaked [realloc-leak]
int grow_bad(size_t n)
{
    char *p = malloc(8);
    p = mem_realloc(p, n);
    if (!p)
        return -1;
    free(p);
    return 0;
}

/* Frees the block when the size is too big: the caller's pointer is gone
 * either way, and overwriting it loses nothing. */
void *try_realloc(void *ptr, size_t size)
{
    if (size >= SIZE_MAX / 2) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, size);
}

void *try_grow_ok(void *ptr, size_t size)
{
    ptr = try_realloc(ptr, size);
    return ptr;
}
