// RUN: %memcheck --fail-on error --rules=realloc-leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* realloc-leak: p = realloc(p, n) loses the old block when realloc fails, unless
 * a temporary is used or the failure path aborts. */
#include <stdlib.h>

struct vec { int *items; size_t cap; };

// CHECK: cases.c:[[@LINE+1]]:66: warning: 'p' is overwritten with realloc()'s result: if realloc() fails it returns NULL and the old block is leaked [realloc-leak]
int self_bad(size_t n) { char *p = malloc(8); if (!p) return -1; p = realloc(p, n); if (!p) return -1; free(p); return 0; }
// CHECK: cases.c:[[@LINE+1]]:32: warning: 'v->items' is overwritten with realloc()'s result: if realloc() fails it returns NULL and the old block is leaked [realloc-leak]
int field_bad(struct vec *v) { v->items = realloc(v->items, 2 * v->cap * sizeof *v->items); if (!v->items) return -1; v->cap *= 2; return 0; }

int temp_ok(size_t n) { char *p = malloc(8); if (!p) return -1; char *q = realloc(p, n); if (!q) { free(p); return -1; } free(q); return 0; }
int abort_ok(size_t n) { char *p = malloc(8); if (!p) return -1; p = realloc(p, n); if (!p) abort(); free(p); return 0; }
int field_temp_ok(struct vec *v) { int *n = realloc(v->items, 2 * v->cap * sizeof *n); if (!n) return -1; v->items = n; v->cap *= 2; return 0; }
