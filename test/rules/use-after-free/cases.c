// RUN: %memcheck --fail-on never --rules=use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* use-after-free: dereferenced, passed or returned after release; comparing the
 * pointer or reassigning it is fine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct s { int v; };

// CHECK: cases.c:[[@LINE+1]]:93: error: 'p' is dereferenced after free() released it at line {{[0-9]+}} [use-after-free]
int deref_bad(void) { struct s *p = malloc(sizeof *p); if (!p) return 0; free(p); return p->v; }
// CHECK: cases.c:[[@LINE+1]]:85: error: 'p' is passed to puts() after free() released it at line {{[0-9]+}} [use-after-free]
void pass_bad(void) { char *p = malloc(8); if (!p) return; strcpy(p, "x"); free(p); puts(p); }
// CHECK: cases.c:[[@LINE+1]]:63: error: 'p' is returned after free() released it at line {{[0-9]+}} [use-after-free]
char *return_bad(void) { char *p = malloc(8); free(p); return p; }
// CHECK: cases.c:[[@LINE+1]]:70: error: 'p' is written through after free() released it at line {{[0-9]+}} [use-after-free]
void write_bad(void) { char *p = malloc(8); if (!p) return; free(p); p[0] = 1; }
// CHECK: cases.c:[[@LINE+1]]:83: error: 'q' is written through after free() released it at line {{[0-9]+}} [use-after-free]
void alias_bad(void) { char *p = malloc(8); char *q = p; if (!p) return; free(p); q[0] = 1; }

int compare_ok(void) { char *p = malloc(8); char *q = p; free(p); return p == q; }
void reassign_ok(void) { char *p = malloc(8); free(p); p = malloc(8); if (p) p[0] = 1; free(p); }
void before_ok(void) { char *p = malloc(8); if (!p) return; p[0] = 1; puts(p); free(p); }
void other_branch_ok(int k) { char *p = malloc(8); if (!p) return; if (k) { free(p); return; } p[0] = 1; free(p); }
