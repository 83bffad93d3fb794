// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* destroy-naming: a destroyer that frees its argument on some path shows it is
 * a heap object, even when no create function says so: a path that only frees
 * what it holds, or nothing, forgets the object itself. */
#include <stdlib.h>

typedef struct Node { struct Node *next; char *name; int flags; } Node;
typedef struct Slot { char *text; } Slot;

void node_destroy(Node *n)
{
    if (!n)
        return;
    if (n->name) {
        free(n->name);
        // CHECK: heap-paths.c:[[@LINE+1]]:9: warning: destroy-named node_destroy() does not release 'n' on the path returning at line [[@LINE+1]] [destroy-naming]
        return;
    }
    free(n);
}

// CHECK: heap-paths.c:[[@LINE+1]]:60: warning: destroy-named node_free() does not release 'n' on the path returning at line [[@LINE+1]] [destroy-naming]
void node_free(Node *n) { if (n && n->flags == 0) free(n); }

/* Every path frees it, or hands it to another destroyer. */
void node_delete(Node *n)
{
    if (!n)
        return;
    if (n->next) {
        node_delete(n->next);
        free(n->name);
        free(n);
        return;
    }
    free(n->name);
    free(n);
}
void node_dispose(Node *n) { if (n) node_destroy(n); }

/* Only ever emptied: a value the caller keeps (on its stack, in an array). */
void slot_release(Slot *s) { free(s->text); s->text = NULL; }
void slot_clear(Slot *s) { if (s->text) { free(s->text); s->text = NULL; } }
