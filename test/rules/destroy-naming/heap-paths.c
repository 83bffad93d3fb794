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

/* An array with its length: NULL with length 0 is the empty array. */
void free_strings(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* Without a length, indexing is a dereference like any other. */
void strv_free(char **v)
{
    // CHECK: heap-paths.c:[[@LINE+1]]:21: warning: destroy-named strv_free() dereferences 'v' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    for (int i = 0; v[i]; i++)
        free(v[i]);
    free(v);
}

typedef struct Table { char **items; size_t n; } Table;
/* The length inside the object is read through it: the object must be checked. */
void table_destroy(Table *t)
{
    // CHECK: heap-paths.c:[[@LINE+1]]:31: warning: destroy-named table_destroy() dereferences 't' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    for (size_t i = 0; i < t->n; i++)
        free(t->items[i]);
    free(t->items);
    free(t);
}
