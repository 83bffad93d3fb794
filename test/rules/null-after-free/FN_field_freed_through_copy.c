// RUN: %memcheck --fail-on error --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports 'c->buf' left pointing at freed memory when
 * cache_reset() returns; the block is freed through a local copy of the field,
 * which is not reported. docs/rules/null-after-free.md, "Freeing a copy of the
 * field". */
#include <stdlib.h>

struct cache { char *buf; size_t len; };

void cache_reset(struct cache *c)
{
    char *old = c->buf;
    free(old);
    c->len = 0;
}

/* control: freeing the field itself is reported */
// CHECK: FN_field_freed_through_copy.c:[[@LINE+1]]:37: warning: 'c->buf' is released by free() but still points to the freed memory when cache_clear() returns at line [[@LINE+1]] [null-after-free]
void cache_clear(struct cache *c) { free(c->buf); c->len = 0; }
