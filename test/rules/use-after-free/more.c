// RUN: %memcheck --fail-on never --rules=use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* use-after-free: through fields, after a helper frees, in loops; and the fine
 * cases around them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct s { char *name; int n; };
static void drop(struct s *p) { free(p->name); free(p); }

// CHECK: more.c:[[@LINE+1]]:89: error: 'p' is written through after drop() released it at line {{[0-9]+}} [use-after-free]
void helper_bad(void) { struct s *p = calloc(1, sizeof *p); if (!p) return; drop(p); p->n = 1; }
// CHECK: more.c:[[@LINE+1]]:89: error: 'p' is passed to strlen() after free() released it at line {{[0-9]+}} [use-after-free]
void strlen_bad(void) { char *p = strdup("x"); if (!p) return; free(p); printf("%zu\n", strlen(p)); }
// CHECK: more.c:[[@LINE+1]]:112: error: 'p' is written through after free() released it at line {{[0-9]+}} [use-after-free]
void loop_bad(int n) { char *p = malloc(8); if (!p) return; for (int i = 0; i < n; i++) { if (i == 1) free(p); p[0] = 1; } }
// CHECK: more.c:[[@LINE+1]]:81: error: 'v' is written through after free() released it at line {{[0-9]+}} [use-after-free]
void index_bad(void) { int *v = malloc(4 * sizeof *v); if (!v) return; free(v); v[2] = 0; }
// CHECK: more.c:[[@LINE+1]]:80: error: 'p' is passed to memcpy() after free() released it at line {{[0-9]+}} [use-after-free]
void memcpy_bad(const char *s) { char *p = malloc(8); if (!p) return; free(p); memcpy(p, s, 1); }

void helper_ok(void) { struct s *p = calloc(1, sizeof *p); if (!p) return; p->n = 1; drop(p); }
void null_after_ok(void) { char *p = malloc(8); free(p); p = NULL; if (p) p[0] = 0; }
void loop_ok(int n) { for (int i = 0; i < n; i++) { char *p = malloc(8); if (!p) return; p[0] = 1; free(p); } }
void print_ptr_ok(void) { char *p = malloc(8); free(p); printf("%d\n", p != NULL); }
void branch_ok(int k) { char *p = malloc(8); if (!p) return; if (k) { free(p); p = malloc(8); if (!p) return; } p[0] = 0; free(p); }
void copy_first_ok(void) { char *p = strdup("abc"); if (!p) return; char c = p[0]; free(p); putchar(c); }
void second_block_ok(void) { char *p = malloc(8); char *q = malloc(8); free(p); if (q) q[0] = 0; free(q); }
