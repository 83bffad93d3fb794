// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s --allow-empty %no-other-findings
/* FN: a correct checker reports node_free() below, which forgets to free a
 * dirty node after marking it. A path chosen by a flag bit of the object is
 * taken to keep it by design (a free deferred, a static object), as it is in
 * real code far more often. docs/rules/destroy-naming.md, "Known
 * limitations". */
#include <stdlib.h>

#define NODE_DIRTY 0x1
#define NODE_DEAD 0x2
typedef struct node { int flags; char *text; } node;

void node_free(node *n)
{
    if (n == NULL)
        return;
    if (n->flags & NODE_DIRTY) {
        n->flags |= NODE_DEAD;
        return;
    }
    free(n->text);
    free(n);
}
// CHECK-NOT: warning
