// RUN: %memcheck --fail-on error --rules=realloc-leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* realloc-leak: globals, out-parameters, reallocarray, and failure paths that
 * end the program through the project's own noreturn helpers. */
#include <stdio.h>
#include <stdlib.h>

static char *g_buf;
struct arr { int *v; size_t n; };

// CHECK: edge.c:[[@LINE+1]]:28: warning: 'g_buf' is overwritten with realloc()'s result: if realloc() fails it returns NULL and the old block is leaked [realloc-leak]
int global_bad(size_t n) { g_buf = realloc(g_buf, n); return g_buf ? 0 : -1; }
// CHECK: edge.c:[[@LINE+1]]:43: warning: '*out' is overwritten with realloc()'s result: if realloc() fails it returns NULL and the old block is leaked [realloc-leak]
int out_param_bad(char **out, size_t n) { *out = realloc(*out, n); return *out ? 0 : -1; }
// CHECK: edge.c:[[@LINE+1]]:49: warning: 'a->v' is overwritten with reallocarray()'s result: if reallocarray() fails it returns NULL and the old block is leaked [realloc-leak]
int reallocarray_bad(struct arr *a, size_t n) { a->v = reallocarray(a->v, n, sizeof *a->v); if (!a->v) return -1; a->n = n; return 0; }
// CHECK: edge.c:[[@LINE+1]]:55: warning: 'a->v' is overwritten with realloc()'s result: if realloc() fails it returns NULL and the old block is leaked [realloc-leak]
int nested_bad(struct arr *a, int grow) { if (grow) { a->v = realloc(a->v, 2 * a->n * sizeof *a->v); if (!a->v) return -1; } return 0; }

__attribute__((noreturn)) static void die(const char *msg) { fprintf(stderr, "%s\n", msg); exit(1); }
int die_ok(struct arr *a, size_t n) { a->v = realloc(a->v, n * sizeof *a->v); if (!a->v) die("out of memory"); a->n = n; return 0; }
static void *xrealloc(void *p, size_t n) { void *q = realloc(p, n); if (!q) abort(); return q; }
int xrealloc_ok(struct arr *a, size_t n) { a->v = xrealloc(a->v, n * sizeof *a->v); a->n = n; return 0; }
int global_temp_ok(size_t n) { char *t = realloc(g_buf, n); if (!t) return -1; g_buf = t; return 0; }
int out_param_temp_ok(char **out, size_t n) { char *t = realloc(*out, n); if (!t) return -1; *out = t; return 0; }
int other_var_ok(char *src, size_t n) { char *dst = realloc(src, n); if (!dst) return -1; free(dst); return 0; }
int assert_like_ok(size_t n) { char *p = malloc(4); if (!p) return -1; p = realloc(p, n); if (p == NULL) { perror("realloc"); exit(2); } free(p); return 0; }
