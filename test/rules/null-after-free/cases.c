// RUN: %memcheck --fail-on error --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* null-after-free: a freed pointer left in a field, a global or *out when the
 * function returns. */
#include <stdlib.h>

struct conn { char *buf; char *name; };
static char *g_cache;

// CHECK: cases.c:[[@LINE+1]]:34: warning: 'c->buf' is released by free() but still points to the freed memory when field_bad() returns at line {{[0-9]+}} [null-after-free]
void field_bad(struct conn *c) { free(c->buf); }
// CHECK: cases.c:[[@LINE+1]]:25: warning: 'g_cache' is released by free() but still points to the freed memory when global_bad() returns at line {{[0-9]+}} [null-after-free]
void global_bad(void) { free(g_cache); }
// CHECK: cases.c:[[@LINE+1]]:28: warning: '*out' is released by free() but still points to the freed memory when out_bad() returns at line {{[0-9]+}} [null-after-free]
void out_bad(char **out) { free(*out); }
// CHECK: cases.c:[[@LINE+1]]:44: warning: 'c->buf' is released by free() but still points to the freed memory when one_path_bad() returns at line {{[0-9]+}} [null-after-free]
void one_path_bad(struct conn *c, int k) { free(c->buf); if (k) c->buf = NULL; }

void field_ok(struct conn *c) { free(c->buf); c->buf = NULL; }
void global_ok(void) { free(g_cache); g_cache = NULL; }
void out_ok(char **out) { free(*out); *out = NULL; }
void owner_freed_ok(struct conn *c) { free(c->buf); free(c); }
void reassigned_ok(struct conn *c) { free(c->buf); c->buf = malloc(8); }
void local_ok(void) { char *p = malloc(8); free(p); }
void conn_destroy(struct conn *c) { if (!c) return; free(c->buf); free(c->name); }
