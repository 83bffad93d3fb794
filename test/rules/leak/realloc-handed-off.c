// RUN: %memcheck --fail-on error --rules=leak,realloc-leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* realloc() releases the old block only when it succeeds. A block already
 * handed off (stored in the caller's object) that realloc() fails to replace is
 * still the caller's, not a leak here (libarchive's name cache growing its
 * buffer in a loop). A block of this function's own that a failed realloc()
 * leaves is still to be freed. */
#include <stdlib.h>

struct cache { char *buff; size_t size; };
int lookup(char *buf, size_t n);
int peek(const char *buf, size_t n);

int grow_until_it_fits(struct cache *cache)
{
    int r;
    for (;;) {
        r = lookup(cache->buff, cache->size);
        if (r == 0)
            break;
        char *nbuff = realloc(cache->buff, cache->size * 2);
        if (nbuff == NULL)
            break;
        cache->buff = nbuff;
        cache->size *= 2;
    }
    return r;
}

int grow_twice(struct cache *cache)
{
    char *nbuff = realloc(cache->buff, 10);
    if (nbuff == NULL)
        return -1;
    cache->buff = nbuff;
    nbuff = realloc(cache->buff, 20);
    if (nbuff == NULL)
        return -1;
    cache->buff = nbuff;
    return 0;
}

// CHECK: realloc-handed-off.c:[[@LINE+9]]:9: warning: memory 'buf' allocated by malloc() at line [[@LINE+3]] leaks on the error path returning -1 at line [[@LINE+9]]
int grow_own(void)
{
    char *buf = malloc(10);
    if (buf == NULL)
        return -1;
    peek(buf, 10);
    char *nbuf = realloc(buf, 20);
    if (nbuf == NULL)
        return -1;
    peek(nbuf, 20);
    free(nbuf);
    return 0;
}
