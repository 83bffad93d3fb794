// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* unchecked-alloc: every form of check SPEC §1.1 lists counts; uses without one do not. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

struct pt { int x, y; };

int not_ok(void) { struct pt *p = malloc(sizeof *p); if (!p) return -1; p->x = 1; free(p); return 0; }
int eq_null_ok(void) { struct pt *p = malloc(sizeof *p); if (p == NULL) return -1; p->x = 1; free(p); return 0; }
int null_eq_ok(void) { struct pt *p = malloc(sizeof *p); if (NULL == p) return -1; p->x = 1; free(p); return 0; }
int ne_null_ok(void) { struct pt *p = malloc(sizeof *p); if (p != NULL) { p->x = 1; free(p); } return 0; }
int assign_in_not_ok(void) { struct pt *p; if (!(p = malloc(sizeof *p))) return -1; p->x = 1; free(p); return 0; }
int assign_in_eq_ok(void) { struct pt *p; if ((p = malloc(sizeof *p)) == NULL) return -1; p->y = 2; free(p); return 0; }
int and_ok(void) { struct pt *p = malloc(sizeof *p); int r = p && p->x; free(p); return r; }
int ternary_ok(void) { struct pt *p = malloc(sizeof *p); int r = p ? p->y : 0; free(p); return r; }
int assert_ok(void) { struct pt *p = malloc(sizeof *p); assert(p); p->x = 3; free(p); return 0; }
int unlikely_ok(void) { struct pt *p = malloc(sizeof *p); if (unlikely(p == NULL)) return -1; p->x = 1; free(p); return 0; }
int likely_ok(void) { struct pt *p = malloc(sizeof *p); if (likely(p != NULL)) { p->x = 1; free(p); } return 0; }
int parens_ok(void) { struct pt *p = malloc(sizeof *p); if (((p) == (NULL))) return -1; p->x = 1; free(p); return 0; }
int or_ok(int n) { char *a = malloc(8), *b = malloc(8); if (!a || !b) { free(a); free(b); return -1; } a[0] = b[0] = 0; free(a); free(b); return n; }
int and_both_ok(void) { char *a = malloc(8), *b = malloc(8); if (a && b) { a[0] = b[0] = 0; } free(a); free(b); return 0; }

// CHECK: check-forms.c:[[@LINE+1]]:60: warning: 'p' from malloc() at line {{[0-9]+}} may be NULL: written through without a check [unchecked-alloc]
int deref_bad(void) { struct pt *p = malloc(sizeof *p); p->x = 1; free(p); return 0; }
// CHECK: check-forms.c:[[@LINE+1]]:56: warning: 'v' from malloc() at line {{[0-9]+}} may be NULL: written through without a check [unchecked-alloc]
int index_bad(int n) { int *v = malloc(n * sizeof *v); v[0] = 1; free(v); return 0; }
// CHECK: check-forms.c:[[@LINE+1]]:50: warning: 'v' from malloc() at line {{[0-9]+}} may be NULL: written through without a check [unchecked-alloc]
int star_bad(void) { int *v = malloc(sizeof *v); *v = 1; free(v); return 0; }
// CHECK: check-forms.c:[[@LINE+1]]:55: warning: 'd' from malloc() at line {{[0-9]+}} may be NULL: passed to memcpy() (argument 1 must not be NULL) without a check [unchecked-alloc]
int memcpy_bad(const char *s) { char *d = malloc(16); memcpy(d, s, 15); free(d); return 0; }
// CHECK: check-forms.c:[[@LINE+1]]:65: warning: 'd' from strdup() at line {{[0-9]+}} may be NULL: passed to strlen() (argument 1 must not be NULL) without a check [unchecked-alloc]
int strdup_bad(const char *s) { char *d = strdup(s); size_t n = strlen(d); free(d); return (int)n; }
// CHECK: check-forms.c:[[@LINE+1]]:55: warning: 'v' from calloc() at line {{[0-9]+}} may be NULL: written through without a check [unchecked-alloc]
int calloc_bad(void) { int *v = calloc(4, sizeof *v); v[1] = 2; free(v); return 0; }
// CHECK: check-forms.c:[[@LINE+1]]:70: warning: 'p' from malloc() at line {{[0-9]+}} may be NULL: written through without a check [unchecked-alloc]
int check_after_use_bad(void) { struct pt *p = malloc(sizeof *p); p->x = 1; if (!p) return -1; free(p); return 0; }
