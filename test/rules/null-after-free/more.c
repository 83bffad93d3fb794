// RUN: %memcheck --fail-on error --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* null-after-free: nested fields, out-parameters through struct pointers, and
 * paths that reset. */
#include <stdlib.h>

struct inner { char *data; };
struct outer { struct inner in; struct inner *ptr; char *name; };
static struct outer g_o;

// CHECK: more.c:[[@LINE+1]]:36: warning: 'o->in.data' is released by free() but still points to the freed memory when nested_bad() returns at line {{[0-9]+}} [null-after-free]
void nested_bad(struct outer *o) { free(o->in.data); }
// CHECK: more.c:[[@LINE+1]]:41: warning: 'o->ptr->data' is released by free() but still points to the freed memory when through_ptr_bad() returns at line {{[0-9]+}} [null-after-free]
void through_ptr_bad(struct outer *o) { free(o->ptr->data); }
// CHECK: more.c:[[@LINE+1]]:31: warning: 'g_o.name' is released by free() but still points to the freed memory when global_field_bad() returns at line {{[0-9]+}} [null-after-free]
void global_field_bad(void) { free(g_o.name); }
// CHECK: more.c:[[@LINE+1]]:49: warning: 'o->name' is released by free() but still points to the freed memory when early_return_bad() returns at line {{[0-9]+}} [null-after-free]
void early_return_bad(struct outer *o, int k) { free(o->name); if (k) return; o->name = NULL; }

void nested_ok(struct outer *o) { free(o->in.data); o->in.data = NULL; }
void global_field_ok(void) { free(g_o.name); g_o.name = NULL; }
void both_paths_ok(struct outer *o, int k) { free(o->name); if (k) { o->name = NULL; return; } o->name = NULL; }
void replaced_ok(struct outer *o) { free(o->name); o->name = calloc(1, 8); }
void inner_freed_ok(struct outer *o) { free(o->ptr->data); free(o->ptr); o->ptr = NULL; }
void outer_destroy(struct outer *o) { if (!o) return; free(o->name); free(o->in.data); free(o); }
void local_copy_ok(void) { struct inner x = {malloc(8)}; free(x.data); }
