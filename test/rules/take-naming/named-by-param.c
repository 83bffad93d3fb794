// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* The word after the take verb names the taken parameter by its name before
 * its type's: tree_adopt_node(Tree *, Node *node, Node *parent) adopts node,
 * and parent, a Node too, stays the caller's. */
#include <stdlib.h>

typedef struct Node { struct Node *kids[8]; int nkids; } Node;
typedef struct Tree { int size; } Tree;

int tree_adopt_node(Tree *t, Node *node, Node *parent)
{
    if (parent->nkids == 8) {
        free(node);
        return -1;
    }
    parent->kids[parent->nkids++] = node;
    t->size++;
    return 0;
}

// CHECK: named-by-param.c:[[@LINE+5]]:9: warning: tree_adopt_child() takes ownership of 'child' by its name, but neither releases, stores nor passes it on on the path returning at line [[@LINE+5]]
int tree_adopt_child(Tree *t, Node *child, Node *parent)
{
    (void)t;
    if (parent->nkids == 8)
        return -1;
    parent->kids[parent->nkids++] = child;
    return 0;
}
