// Source attributes speak before names: GCC malloc(dealloc, n), Clang
// ownership_returns/takes/holds, returns_nonnull and nonnull.
// RUN: %memcheck --fail-on never %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
#include <stdlib.h>
#include <string.h>

typedef struct Buf { char *data; } Buf;
void buf_release(Buf *b);
__attribute__((malloc(buf_release, 1))) Buf *buf_make(size_t n);
__attribute__((ownership_returns(malloc))) void *pool_get(size_t n);
__attribute__((ownership_takes(malloc, 1))) void pool_put(void *p);
__attribute__((ownership_holds(malloc, 2))) void registry_keep(int slot, void *p);
__attribute__((returns_nonnull)) char *xstrdup(const char *s);
__attribute__((nonnull(1))) size_t measure(const char *s);
__attribute__((ownership_takes(malloc, 2))) void list_view_entry(void *list, void *entry);
int use_buf(const Buf *b);

// CHECK: attributes.c:[[@LINE+1]]:74: warning: memory 'b' allocated by buf_make() at line {{[0-9]+}} leaks on the path returning use_buf(b) at line {{[0-9]+}} [leak]
int attr_alloc_leak_bad(void) { Buf *b = buf_make(8); if (!b) return -1; return use_buf(b); }
int attr_alloc_ok(void) { Buf *b = buf_make(8); if (!b) return -1; int r = use_buf(b); buf_release(b); return r; }
// CHECK: attributes.c:[[@LINE+1]]:62: error: 'b' was acquired by buf_make() (family 'buf_release') but is released by free() (family 'malloc') [mismatched-dealloc]
void attr_alloc_wrong_free_bad(void) { Buf *b = buf_make(8); free(b); }
// CHECK: attributes.c:[[@LINE+1]]:79: warning: memory 'p' allocated by pool_get() at line {{[0-9]+}} leaks on the path returning p[0] at line {{[0-9]+}} [leak]
int owner_returns_leak_bad(void) { char *p = pool_get(16); if (!p) return -1; return p[0]; }
void owner_takes_ok(void) { char *p = pool_get(16); if (!p) return; pool_put(p); }
// CHECK: attributes.c:[[@LINE+1]]:89: error: 'p' is released twice: pool_put() here, after pool_put() at line {{[0-9]+}} already released it [double-free]
void owner_takes_twice_bad(void) { char *p = pool_get(16); if (!p) return; pool_put(p); pool_put(p); }
void owner_holds_ok(void) { char *p = pool_get(16); if (!p) return; registry_keep(1, p); }
// CHECK: attributes.c:[[@LINE+2]]:59: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks on the path returning measure(p) at line {{[0-9]+}} [leak]
// CHECK: attributes.c:[[@LINE+1]]:66: warning: 'p' from malloc() at line {{[0-9]+}} may be NULL: passed to measure() (argument 1 must not be NULL) without a check [unchecked-alloc]
size_t nonnull_unchecked_bad(void) { char *p = malloc(8); return measure(p); }
size_t nonnull_checked_ok(void) { char *p = malloc(8); if (!p) return 0; p[0] = 0; size_t n = measure(p); free(p); return n; }
size_t returns_nonnull_ok(void) { char *s = xstrdup("x"); size_t n = strlen(s); free(s); return n; }
void attr_beats_view_name_ok(void *list) { char *e = malloc(8); if (!e) return; list_view_entry(list, e); }
