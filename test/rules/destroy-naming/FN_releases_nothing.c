// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports buffer_destroy() below, which releases neither
 * 'b' nor what it holds on any path, and session_close(), which dereferences
 * 's' before checking it for NULL. A destroy-named function that releases
 * nothing on any path is not checked at all. docs/rules/destroy-naming.md,
 * "destroy-named functions that release nothing are not checked at all". */
#include <stdlib.h>

typedef struct Buffer { char *data; size_t len; } Buffer;
typedef struct Session { int open; } Session;

Buffer *buffer_create(void) { return calloc(1, sizeof(Buffer)); }

void buffer_destroy(Buffer *b) { if (!b) return; b->data = NULL; b->len = 0; }
void session_close(Session *s) { s->open = 0; }

/* control: releasing on some path holds the function to the contract */
// CHECK: FN_releases_nothing.c:[[@LINE+1]]:62: warning: destroy-named buffer_free() does not release 'b' on the path returning at line [[@LINE+1]] [destroy-naming]
void buffer_free(Buffer *b) { if (!b) return; free(b->data); }
