// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports list_take_node(): it links 'node' to the head
 * but never stores 'node' itself (the 'l->head = node;' is missing), so the node
 * its caller let go of leaks. A taker that writes the taken object's fields and
 * then forgets it on every path reads as a receiver the verb acts on, not as
 * the owner of what it took. docs/rules/take-naming.md, "A taker whose body
 * writes the taken object's fields and then forgets it". */
#include <stdlib.h>

typedef struct Node { struct Node *next; int v; } Node;
typedef struct List { Node *head; int count; } List;

void list_take_node(List *l, Node *node) { node->next = l->head; l->count++; }

/* control: a taker that only reads what it took and drops it is reported */
// CHECK: FN_taker_forgets_after_field_write.c:[[@LINE+1]]:66: warning: list_adopt_node() takes ownership of 'node' by its name, but neither releases, stores nor passes it on on the path returning at line [[@LINE+1]]; the caller has let go of it, so it leaks [take-naming]
void list_adopt_node(List *l, Node *node) { l->count += node->v; }
