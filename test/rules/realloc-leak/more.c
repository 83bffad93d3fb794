// RUN: %memcheck --fail-on error --rules=realloc-leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* realloc-leak: more shapes of the idiom and of its fixes. */
#include <stdlib.h>

struct buf { char *data; size_t len; };

// CHECK: more.c:[[@LINE+1]]:104: warning: 'p' is overwritten with realloc()'s result: if realloc() fails it returns NULL and the old block is leaked [realloc-leak]
int grow_loop_bad(size_t n) { char *p = malloc(1); if (!p) return -1; for (size_t i = 1; i < n; i++) { p = realloc(p, i); if (!p) return -1; } free(p); return 0; }
// CHECK: more.c:[[@LINE+1]]:84: warning: 'p' is overwritten with realloc()'s result: if realloc() fails it returns NULL and the old block is leaked [realloc-leak]
char *return_bad(char *keep, size_t n) { char *p = malloc(8); if (!p) return NULL; p = realloc(p, n); return p; }
// CHECK: more.c:[[@LINE+1]]:71: warning: 'p' is overwritten with realloc()'s result: if realloc() fails it returns NULL and the old block is leaked [realloc-leak]
int unchecked_bad(size_t n) { char *p = malloc(8); if (!p) return -1; p = realloc(p, n); free(p); return 0; }

int grow_loop_ok(size_t n) { char *p = malloc(1); if (!p) return -1; for (size_t i = 1; i < n; i++) { char *q = realloc(p, i); if (!q) { free(p); return -1; } p = q; } free(p); return 0; }
int exit_ok(size_t n) { char *p = malloc(8); if (!p) return -1; p = realloc(p, n); if (!p) exit(1); free(p); return 0; }
int kept_copy_ok(size_t n) { char *p = malloc(8); if (!p) return -1; char *old = p; p = realloc(p, n); if (!p) { free(old); return -1; } free(p); return 0; }
int field_ok(struct buf *b, size_t n) { char *d = realloc(b->data, n); if (!d) return -1; b->data = d; b->len = n; return 0; }
int null_start_ok(size_t n) { char *p = NULL; p = realloc(p, n); if (!p) return -1; free(p); return 0; }
int reallocarray_ok(size_t n) { int *v = malloc(sizeof *v); if (!v) return -1; int *w = reallocarray(v, n, sizeof *v); if (!w) { free(v); return -1; } free(w); return 0; }
int shrink_ok(void) { char *p = malloc(64); if (!p) return -1; char *q = realloc(p, 8); if (q) p = q; free(p); return 0; }
