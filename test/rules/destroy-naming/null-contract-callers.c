// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A destroyer's NULL contract is owed where a caller can bring NULL. A function
 * others may call answers for itself; a static one whose every call the program
 * shows answers at the calls that may pass NULL; a callback is left to the
 * code that calls its slot. */
#include <stdlib.h>

struct node { char *name; struct node *next; };
struct ops { void (*del)(struct node *); };

/* static, and every call checks first (or has dereferenced already): fine */
static void tree_free(struct node *n)
{
    free(n->name);
    free(n);
}

/* static, some call may pass NULL: reported, the call named in a note */
static void list_free(struct node *n)
{
// CHECK: null-contract-callers.c:[[@LINE+1]]:13: warning: destroy-named list_free() dereferences 'n' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(n->name);
    free(n);
}
// CHECK: null-contract-callers.c:[[@LINE+24]]:5: note: list_free() may be given NULL here

/* a callback: obj_put checks before it calls the slot */
static void item_free(struct node *n)
{
    free(n->name);
    free(n);
}

/* others may call it: it answers for itself */
void node_free(struct node *n)
{
// CHECK: null-contract-callers.c:[[@LINE+1]]:13: warning: destroy-named node_free() dereferences 'n' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(n->name);
    free(n);
}

struct ops node_ops = { item_free };

/* the caller itself takes n to be optional, and passes it on unchecked */
void drop_unchecked(struct node *n)
{
    if (n && n->name)
        n->name[0] = 0;
    list_free(n);
}

/* a parameter the caller knows nothing of is no evidence of NULL */
void drop_unknown(struct node *n)
{
    list_free(n);
}

void obj_put(struct node *n, const struct ops *o)
{
    if (n)
        o->del(n);
}

void drop_checked(struct node *n)
{
    if (n)
        tree_free(n);
}

void drop_after_use(struct node *n)
{
    n->next = NULL;
    tree_free(n);
}

void drop_fresh(void)
{
    struct node *n = calloc(1, sizeof *n);
    if (!n)
        return;
    tree_free(n);
}

/* what a function without a body returns, dereferenced before the call */
struct node *node_lookup(const char *name);

void drop_found(const char *name)
{
    struct node *n = node_lookup(name);
    n->next = NULL;
    tree_free(n);
}
