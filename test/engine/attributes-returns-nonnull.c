// A declared non-NULL result (returns_nonnull, a _Nonnull result type) is a
// contract its callers trust wherever it is written: on a declaration, on the
// definition, through a macro, in the __x__ spelling, after the declarator, on
// a later redeclaration. A body that breaks the promise is reported in the
// body, at its return, and only when it can really return NULL.
// RUN: %memcheck --fail-on error %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
#include <stdlib.h>

#define RETURNS_NONNULL __attribute__((returns_nonnull))
void log_oom(void); /* may return: a body calling it on failure can return NULL */

// Declared only: an allocator (malloc) whose result needs no check.
__attribute__((malloc, returns_nonnull)) char *xstrdup(const char *s);
int decl_only_ok(void) { char *s = xstrdup("x"); s[0] = 'y'; free(s); return 0; }

// CHECK: attributes-returns-nonnull.c:[[@LINE+1]]:70: warning: the result of malloc() at line [[@LINE+1]] may be NULL: returned by safe_alloc(), which is declared never to return NULL [unchecked-alloc]
__attribute__((returns_nonnull)) void *safe_alloc(size_t n) { return malloc(n); }
int on_definition_ok(void) { char *p = safe_alloc(4); p[0] = 1; free(p); return 0; }
// CHECK: attributes-returns-nonnull.c:[[@LINE+1]]:64: warning: memory 'p' allocated by safe_alloc() at line [[@LINE+1]] leaks on the path returning 0 at line [[@LINE+1]] [leak]
int still_leaks_bad(void) { char *p = safe_alloc(4); p[0] = 1; return 0; }

__attribute__((returns_nonnull)) void *header_alloc(size_t n);
void *header_alloc(size_t n) { void *p = malloc(n); if (!p) log_oom(); return p; }
int on_declaration_ok(void) { char *p = header_alloc(4); p[0] = 1; free(p); return 0; }

void *redeclared_alloc(size_t n);
__attribute__((returns_nonnull)) void *redeclared_alloc(size_t n);
void *redeclared_alloc(size_t n) { void *p = malloc(n); if (!p) log_oom(); return p; }
int on_redeclaration_ok(void) { char *p = redeclared_alloc(4); p[0] = 1; free(p); return 0; }

RETURNS_NONNULL void *macro_alloc(size_t n) { void *p = malloc(n); if (!p) log_oom(); return p; }
int through_macro_ok(void) { char *p = macro_alloc(4); p[0] = 1; free(p); return 0; }

__attribute__((__returns_nonnull__)) void *under_alloc(size_t n) { void *p = malloc(n); if (!p) log_oom(); return p; }
int underscores_ok(void) { char *p = under_alloc(4); p[0] = 1; free(p); return 0; }

void *after_alloc(size_t n) __attribute__((returns_nonnull));
void *after_alloc(size_t n) { void *p = malloc(n); if (!p) log_oom(); return p; }
int after_declarator_ok(void) { char *p = after_alloc(4); p[0] = 1; free(p); return 0; }

void *_Nonnull nullability_alloc(size_t n);
void *nullability_alloc(size_t n) { void *p = malloc(n); if (!p) log_oom(); return p; }
int nonnull_result_ok(void) { char *p = nullability_alloc(4); p[0] = 1; free(p); return 0; }

// A _Nullable result asks nothing of the caller: it is no allocation.
void *_Nullable find_slot(int id);
int nullable_result_ok(void) { char *p = find_slot(1); return p[0]; }

// Without a contract the wrapper's failure reaches its callers.
void *plain_alloc(size_t n) { void *p = malloc(n); if (!p) log_oom(); return p; }
// CHECK: attributes-returns-nonnull.c:[[@LINE+1]]:55: warning: 'p' from plain_alloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int no_contract_bad(void) { char *p = plain_alloc(4); p[0] = 1; free(p); return 0; }

// The body's side: a failure returned under the promise, checked or not.
// CHECK: attributes-returns-nonnull.c:[[@LINE+1]]:89: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: returned by unchecked_body(), which is declared never to return NULL [unchecked-alloc]
RETURNS_NONNULL void *unchecked_body(size_t n) { void *p = malloc(n); log_oom(); return p; }
// CHECK: attributes-returns-nonnull.c:[[@LINE+1]]:91: warning: 'p' from malloc() at line [[@LINE+1]] is NULL: returned by checked_body(), which is declared never to return NULL [unchecked-alloc]
RETURNS_NONNULL void *checked_body(size_t n) { void *p = malloc(n); if (p == NULL) return p; return p; }
RETURNS_NONNULL void *static_body(void) { static char buf[8]; return buf; }
RETURNS_NONNULL void *aborting_body(size_t n) { void *p = malloc(n); if (!p) abort(); return p; }

// malloc(dealloc) with a body: the body says whether it fails.
void box_free(void *p);
__attribute__((malloc(box_free, 1))) void *box_new(size_t n) { void *p = malloc(n); if (!p) abort(); return p; }
int dealloc_body_ok(void) { char *p = box_new(4); p[0] = 1; box_free(p); return 0; }
