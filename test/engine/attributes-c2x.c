// C23's attribute syntax: [[noreturn]], [[_Noreturn]], [[gnu::noreturn]] and
// [[__gnu__::__noreturn__]] end the path; [[gnu::returns_nonnull]],
// [[gnu::nonnull(i)]], [[clang::ownership_*]] and [[gnu::malloc(dealloc)]]
// state their contracts as the GNU spelling does.
// RUN: %memcheck --fail-on never %s -- -std=c2x 2>&1 | FileCheck %s %no-other-findings
#include <stdlib.h>

#define WRAPPER(name, fail)                                                                                            \
    void *name##_alloc(size_t n) { void *p = malloc(n); if (!p) fail("out of memory"); return p; }                   \
    int name##_use(void) { char *p = name##_alloc(4); p[0] = 1; free(p); return 0; }

[[noreturn]] void die_std(const char *msg);
WRAPPER(std, die_std)
[[_Noreturn]] void die_c11(const char *msg);
WRAPPER(c11, die_c11)
[[gnu::noreturn]] void die_gnu(const char *msg);
WRAPPER(gnu, die_gnu)
[[__gnu__::__noreturn__]] void die_under(const char *msg);
WRAPPER(under, die_under)

void log_oom(void);
[[gnu::returns_nonnull]] void *nonnull_alloc(size_t n) { void *p = malloc(n); if (!p) log_oom(); return p; }
int returns_nonnull_ok(void) { char *p = nonnull_alloc(4); p[0] = 1; free(p); return 0; }

[[gnu::nonnull(2)]] size_t measure(int flags, const char *s);
// CHECK: attributes-c2x.c:[[@LINE+1]]:60: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: passed to measure() (argument 2 must not be NULL) without a check [unchecked-alloc]
size_t nonnull_bad(void) { char *p = malloc(4); size_t n = measure(0, p); free(p); return n; }

[[clang::ownership_returns(malloc)]] void *pool_get(size_t n);
[[clang::ownership_takes(malloc, 1)]] void pool_put(void *p);
// CHECK: attributes-c2x.c:[[@LINE+1]]:87: error: 'p' is released twice: pool_put() here, after pool_put() at line [[@LINE+1]] already released it [double-free]
void ownership_twice_bad(void) { char *p = pool_get(16); if (!p) return; pool_put(p); pool_put(p); }

void box_free(void *p);
[[gnu::malloc(box_free, 1)]] void *box_new(size_t n);
// CHECK: attributes-c2x.c:[[@LINE+1]]:73: error: 'p' was acquired by box_new() (family 'box_free') but is released by free() (family 'malloc') [mismatched-dealloc]
void dealloc_mismatch_bad(void) { char *p = box_new(4); if (!p) return; free(p); }
void dealloc_ok(void) { char *p = box_new(4); if (!p) return; box_free(p); }
