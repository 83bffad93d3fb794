// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A struct copied whole carries its nested fields too (node.data.items.start):
 * pushed onto a stack a parameter points to (libyaml's PUSH), what they own is
 * handed off; copied into another local, it is still this function's. */
#include <stdlib.h>
#include <string.h>

typedef struct { int *start, *end; } items_t;
typedef struct { int type; struct { items_t items; } data; } node_t;
typedef struct { node_t *start, *top, *end; } nodes_t;
int extend(nodes_t *s);
int register_node(nodes_t *s);

int push_ok(nodes_t *nodes)
{
    node_t node;
    int *items = malloc(16 * sizeof *items);
    if (!items)
        return 0;
    memset(&node, 0, sizeof node);
    node.type = 1;
    node.data.items.start = items;
    node.data.items.end = items + 16;
    if (nodes->top == nodes->end && !extend(nodes)) {
        free(items);
        return 0;
    }
    *nodes->top++ = node;
    if (!register_node(nodes))
        return 0;
    return 1;
}

// CHECK: nested-struct-copy.c:[[@LINE+10]]:5: warning: memory 'items' allocated by malloc() at line [[@LINE+5]] leaks {{.*}}[leak]
int copy_local_bad(void)
{
    node_t node, copy;
    memset(&node, 0, sizeof node);
    int *items = malloc(16 * sizeof *items);
    if (!items)
        return 0;
    node.data.items.start = items;
    copy = node;
    return copy.type;
}
