// RUN: %memcheck --fail-on error --rules=create-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A create function may hand out a static singleton when its destroyer does
 * nothing with what it is given (zstd's and lz4's single-threaded pools). With a
 * destroyer that frees, or none, a static object is still a lie. */
#include <assert.h>
#include <stdlib.h>

typedef struct pool { int dummy; } pool;
static pool g_pool;
pool *pool_create(int threads) { (void)threads; return &g_pool; }
pool *pool_create_default(void) { return pool_create(1); }
void pool_free(pool *p) { assert(!p || p == &g_pool); (void)p; }

typedef struct cache { int n; } cache;
static cache g_cache;
// CHECK: static-singleton.c:[[@LINE+1]]:29: warning: create-named cache_create() returns '&g_cache', a static object, not memory the caller will own [create-naming]
cache *cache_create(void) { return &g_cache; }
void cache_free(cache *c) { free(c); }

typedef struct table { int n; } table;
static table g_table;
// CHECK: static-singleton.c:[[@LINE+1]]:29: warning: create-named table_create() returns '&g_table', a static object, not memory the caller will own [create-naming]
table *table_create(void) { return &g_table; }
