// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* take-naming, caller side: after handing a pointer to a taker the caller must
 * not release, dereference or hand it on again, and owes no release. */
#include <stdlib.h>

typedef struct Node { struct Node *next; int v; } Node;
typedef struct List { Node *head; } List;
void list_take_node(List *l, Node *node);
void list_take_other(List *l, Node *node);

void append_ok(List *l) { Node *n = malloc(sizeof *n); if (!n) return; n->v = 1; list_take_node(l, n); }
void reassigned_ok(List *l) { Node *n = malloc(sizeof *n); if (!n) return; list_take_node(l, n); n = malloc(sizeof *n); free(n); }

// CHECK: caller.c:[[@LINE+1]]:99: warning: 'n' is released by free() after list_take_node() took ownership of it at line {{[0-9]+}} [take-naming]
void free_after_bad(List *l) { Node *n = malloc(sizeof *n); if (!n) return; list_take_node(l, n); free(n); }
// CHECK: caller.c:[[@LINE+1]]:101: warning: 'n' is used after list_take_node() took ownership of it at line {{[0-9]+}} [take-naming]
void use_after_bad(List *l) { Node *n = malloc(sizeof *n); if (!n) return; list_take_node(l, n); n->v = 2; }
// CHECK: caller.c:[[@LINE+1]]:94: warning: 'n' is handed to list_take_other() after list_take_node() already took ownership of it at line {{[0-9]+}} [take-naming]
void twice_bad(List *l) { Node *n = malloc(sizeof *n); if (!n) return; list_take_node(l, n); list_take_other(l, n); }
