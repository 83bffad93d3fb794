// RUN: %memcheck --fail-on never --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A tree's insert that declines an element whose key is already there (BSD
 * tree.h's RB_INSERT returns the node it found) keeps its argument on some
 * paths only. A constructor that links the new node into its owner's tree
 * before returning it hands out a node the tree holds too (when there is an
 * owner): its callers do not own it alone, so dropping the result is not
 * reported. The comparison is called
 * as tree.h does, `(cmp)(elm, parent)`. */
#include <stdlib.h>

struct node { int key; struct node *left, *right, *parent; };
struct tree { struct node *root; };
struct owner { struct tree nodes; int count; };

static int node_cmp(const struct node *a, const struct node *b)
{
    return a->key < b->key ? -1 : a->key > b->key;
}

static struct node *tree_insert(struct tree *head, struct node *elm)
{
    struct node *tmp = head->root, *parent = NULL;
    int comp = 0;
    while (tmp) {
        parent = tmp;
        comp = (node_cmp)(elm, parent);
        if (comp < 0)
            tmp = tmp->left;
        else if (comp > 0)
            tmp = tmp->right;
        else
            return tmp;
    }
    elm->parent = parent;
    if (parent == NULL)
        head->root = elm;
    else if (comp < 0)
        parent->left = elm;
    else
        parent->right = elm;
    return NULL;
}

struct node *node_create(struct owner *o, int key)
{
    struct node *n = calloc(1, sizeof *n);
    if (n == NULL)
        abort();
    n->key = key;
    if (o != NULL) {
        tree_insert(&o->nodes, n);
        o->count++;
    }
    return n;
}

void owner_add_ok(struct owner *o, int key)
{
    node_create(o, key);
}

/* A node made and dropped without any tree is lost. */
void scratch_bad(int key)
{
    struct node *n = calloc(1, sizeof *n);
    if (n == NULL)
        return;
    n->key = key;
    // CHECK: tree-insert-declines.c:[[@LINE+1]]:1: warning: memory 'n' allocated by calloc() at line {{[0-9]+}} leaks
}

/* A result nothing keeps is named by the call that returned it. */
static struct node *node_new(int key)
{
    struct node *n = calloc(1, sizeof *n);
    if (n == NULL)
        abort();
    n->key = key;
    return n;
}

void dropped_bad(int key)
{
    node_new(key);
    // CHECK: tree-insert-declines.c:[[@LINE+2]]:1: warning: memory returned by node_new() at line [[@LINE-1]] leaks at the end of the function (line [[@LINE+2]]) [leak]
    // CHECK: note: returned by node_new() here, and dropped
}
