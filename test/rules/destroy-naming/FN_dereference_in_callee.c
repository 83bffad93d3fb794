// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports both destroyers below: each dereferences 'b'
 * before any NULL check, in a callee (free_contents reads b->data; unlink_node
 * is given &b->node and reads through it). Only the destroyer's own
 * dereferences count. docs/rules/destroy-naming.md, "Only the destroyer's own
 * dereferences count". */
#include <stdlib.h>

typedef struct Node { struct Node *prev, *next; } Node;
typedef struct Buffer { char *data; Node node; } Buffer;

static void free_contents(Buffer *b) { free(b->data); }
static void unlink_node(Node *n) { n->prev->next = n->next; n->next->prev = n->prev; }

void buffer_free(Buffer *b) { free_contents(b); free(b); }
void buffer_delete(Buffer *b) { unlink_node(&b->node); free(b); }

/* control: the same dereference in the destroyer itself is reported */
// CHECK: FN_dereference_in_callee.c:[[@LINE+1]]:42: warning: destroy-named buffer_dispose() dereferences 'b' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
void buffer_dispose(Buffer *b) { free(b->data); free(b); }
