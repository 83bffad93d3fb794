// Allocation contracts: malloc alone makes a fresh owned block (who frees it,
// and whether it can fail, it does not say: g_malloc and xmalloc abort); alloc_size(i) names the size argument for
// alloc-size-overflow, alloc_size(i, j) leaves the product to the allocator;
// ownership_* work through macros that supply their arguments;
// warn_unused_result states no ownership and changes nothing.
// RUN: %memcheck --fail-on never %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
#include <stdlib.h>

#define ATTRS(x) __attribute__(x)
#define OWNS(module) __attribute__((ownership_returns(module)))
#define TAKES(module, i) __attribute__((ownership_takes(module, i)))

__attribute__((malloc)) char *dup_name(const char *s);
int malloc_unchecked_ok(void) { char *p = dup_name("x"); p[0] = 'y'; free(p); return 0; }
// CHECK: attributes-alloc.c:[[@LINE+1]]:73: warning: memory 'p' allocated by dup_name() at line [[@LINE+1]] leaks on the path returning 0 at line [[@LINE+1]] [leak]
int malloc_leak_bad(void) { char *p = dup_name("x"); if (!p) return -1; return 0; }
int malloc_ok(void) { char *p = dup_name("x"); if (!p) return -1; p[0] = 'y'; free(p); return 0; }
void name_release(char *p);
int malloc_own_release_ok(void) { char *p = dup_name("x"); if (!p) return -1; name_release(p); return 0; }

ATTRS((malloc, alloc_size(1))) void *grab(size_t n);
ATTRS((alloc_size(2))) void *arena_take(void *arena, size_t n);
ATTRS((malloc, alloc_size(1, 2))) void *grab_n(size_t count, size_t size);
// CHECK: attributes-alloc.c:[[@LINE+1]]:58: warning: size of grab() computed as 'count * size' can wrap around in 64-bit unsigned arithmetic; no check bounds 'count' or 'size' [alloc-size-overflow]
void *alloc_size_bad(size_t count, size_t size) { return grab(count * size); }
// CHECK: attributes-alloc.c:[[@LINE+1]]:58: warning: size of arena_take() computed as 'count * 8' can wrap around in 64-bit unsigned arithmetic; no check bounds 'count' [alloc-size-overflow]
void *arena_size_bad(void *arena, size_t count) { return arena_take(arena, count * 8); }
void *alloc_size_guarded_ok(size_t count, size_t size)
{
    if (size && count > (size_t)-1 / size)
        return NULL;
    return grab(count * size);
}
void *alloc_size_pair_ok(size_t count, size_t size) { return grab_n(count, size); }
// alloc_size alone is no allocation of ours to free: an arena's block.
int arena_ok(void *arena) { char *p = arena_take(arena, 16); if (!p) return -1; p[0] = 1; return 0; }

OWNS(malloc) void *pool_get(size_t n);
TAKES(malloc, 1) void pool_put(void *p);
// CHECK: attributes-alloc.c:[[@LINE+1]]:75: warning: memory 'p' allocated by pool_get() at line [[@LINE+1]] leaks on the path returning p[0] at line [[@LINE+1]] [leak]
int ownership_leak_bad(void) { char *p = pool_get(16); if (!p) return -1; return p[0]; }
// CHECK: attributes-alloc.c:[[@LINE+1]]:87: error: 'p' is released twice: pool_put() here, after pool_put() at line [[@LINE+1]] already released it [double-free]
void ownership_twice_bad(void) { char *p = pool_get(16); if (!p) return; pool_put(p); pool_put(p); }
void ownership_ok(void) { char *p = pool_get(16); if (!p) return; pool_put(p); }

ATTRS((warn_unused_result)) char *name_of(int id);
ATTRS((warn_unused_result)) int reserve(size_t n);
int unused_result_ok(void) { char *s = name_of(1); return s ? s[0] : reserve(4); }
