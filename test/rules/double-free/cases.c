// RUN: %memcheck --fail-on never --rules=double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* double-free: released twice on some path, through the pointer, a copy, a field
 * or a helper that frees its parameter; NULL and reassignment are fine. */
#include <stdlib.h>

struct buf { char *data; };
static void release_buf(char *p) { free(p); }

// CHECK: cases.c:[[@LINE+1]]:54: error: 'p' is released twice: free() here, after free() at line {{[0-9]+}} already released it [double-free]
void twice_bad(void) { char *p = malloc(8); free(p); free(p); }
// CHECK: cases.c:[[@LINE+1]]:66: error: 'q' is released twice: free() here, after free() at line {{[0-9]+}} already released it [double-free]
void copy_bad(void) { char *p = malloc(8); char *q = p; free(p); free(q); }
// CHECK: cases.c:[[@LINE+1]]:48: error: 'b->data' is released twice: free() here, after free() at line {{[0-9]+}} already released it [double-free]
void field_bad(struct buf *b) { free(b->data); free(b->data); }
// CHECK: cases.c:[[@LINE+1]]:62: error: 'p' is released twice: free() here, after release_buf() at line {{[0-9]+}} already released it [double-free]
void helper_bad(void) { char *p = malloc(8); release_buf(p); free(p); }
// CHECK: cases.c:[[@LINE+1]]:63: error: 'p' is released twice: free() here, after free() at line {{[0-9]+}} already released it [double-free]
void branch_bad(int k) { char *p = malloc(8); if (k) free(p); free(p); }
// CHECK: cases.c:[[@LINE+1]]:72: error: 'p' is released twice: free() here, after free() at line {{[0-9]+}} already released it [double-free]
void loop_bad(void) { char *p = malloc(8); for (int i = 0; i < 2; i++) free(p); }

void once_ok(void) { char *p = malloc(8); free(p); }
void null_after_ok(void) { char *p = malloc(8); free(p); p = NULL; free(p); }
void reassigned_ok(void) { char *p = malloc(8); free(p); p = malloc(8); free(p); }
void either_ok(int k) { char *p = malloc(8); if (k) { free(p); return; } free(p); }
void each_ok(char **v, int n) { for (int i = 0; i < n; i++) free(v[i]); }
void field_reset_ok(struct buf *b) { free(b->data); b->data = NULL; free(b->data); }
