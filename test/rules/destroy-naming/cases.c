// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* destroy-naming: a destroyer accepts NULL like free() and releases its argument
 * on every path. */
#include <stdlib.h>

typedef struct Buffer { char *data; } Buffer;
typedef struct Arena { char *mem; } Arena;
typedef struct RC { int refs; char *data; } RC;
typedef struct Lock { int held; } Lock;

Buffer *buffer_create(void) { return calloc(1, sizeof(Buffer)); }
Arena arena_create(void) { Arena a = {malloc(64)}; return a; }

void buffer_destroy(Buffer *b) { if (!b) return; free(b->data); free(b); }
void arena_destroy(Arena *a) { free(a->mem); a->mem = NULL; }
void rc_release(RC *rc) { if (rc && --rc->refs == 0) { free(rc->data); free(rc); } }
void lock_release(Lock *l) { l->held = 0; }

// CHECK: cases.c:[[@LINE+1]]:39: warning: destroy-named buffer_free() dereferences 'b' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
void buffer_free(Buffer *b) { free(b->data); free(b); }
// CHECK: cases.c:[[@LINE+1]]:64: warning: destroy-named buffer_delete() does not release 'b' on the path returning at line {{[0-9]+}} [destroy-naming]
void buffer_delete(Buffer *b) { if (!b) return; free(b->data); }
// CHECK: cases.c:[[@LINE+1]]:96: warning: destroy-named buffer_dispose() does not release 'b' on the path returning at line {{[0-9]+}} [destroy-naming]
void buffer_dispose(Buffer *b, int now) { if (!b) return; if (now) { free(b->data); free(b); } }
