// A callee that frees *p may leave it dangling, reset it to NULL, or replace it:
// only the first leaves the caller's pointer released (zstd's UTIL_expandFNT
// RUN: %memcheck --fail-on never --rules=leak,double-free,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
// frees the old table and stores the new one).
#include <stdlib.h>
static void free_ptr(char **p) { free(*p); *p = NULL; }
static void replace(char **p) { char *n = malloc(8); if (!n) abort(); free(*p); *p = n; }
static void drop(char **p) { free(*p); }
void reset_then_free_ok(void) { char *p = malloc(4); free_ptr(&p); free(p); }
int replaced_then_used_ok(void) { char *p = malloc(4); if (!p) return 0; replace(&p); int c = p[0]; free(p); return c; }
// CHECK: pointee-reset.c:[[@LINE+1]]:65: error: 'p' is released twice: free_ptr() here, after free() at line {{[0-9]+}} already released it [double-free]
void freed_then_reset_bad(void) { char *p = malloc(4); free(p); free_ptr(&p); }
// CHECK: pointee-reset.c:[[@LINE+1]]:68: error: 'p' is released twice: free() here, after drop() at line {{[0-9]+}} already released it [double-free]
void dropped_then_freed_bad(void) { char *p = malloc(4); drop(&p); free(p); }
