// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* take-naming, callee side: a take-named function releases, stores or passes on
 * what it takes on every path, and clears the source when it moves out of it. */
#include <stdlib.h>

typedef struct Buffer { char *data; size_t size; } Buffer;
typedef struct Node { struct Node *next; int v; } Node;
typedef struct Container { Buffer buffer; Node *head; } Container;

void container_take_buffer(Container *c, Buffer *buf)
{
    free(c->buffer.data);
    c->buffer = *buf;
    buf->data = NULL;
    buf->size = 0;
}

void container_adopt_buffer(Container *c, Buffer *buf)
{
    free(c->buffer.data);
    c->buffer = *buf;
// CHECK: callee.c:[[@LINE+1]]:1: warning: container_adopt_buffer() moves the contents of 'buf' at line {{[0-9]+}} but leaves the source pointing at them: two owners when it returns at line {{[0-9]+}} [take-naming]
}

void list_take_node(Container *c, Node *node) { node->next = c->head; c->head = node; }
void list_consume_node(Container *c, Node *node) { if (node->v < 0) { free(node); return; } node->next = c->head; c->head = node; }
void list_take_pp(Container *c, Node **pp) { c->head = *pp; *pp = NULL; }
// CHECK: callee.c:[[@LINE+1]]:65: warning: list_take_pp_bad() moves the contents of 'pp' at line {{[0-9]+}} but leaves the source pointing at them: two owners when it returns at line {{[0-9]+}} [take-naming]
void list_take_pp_bad(Container *c, Node **pp) { c->head = *pp; }
// CHECK: callee.c:[[@LINE+1]]:71: warning: list_adopt_node_bad() takes ownership of 'node' by its name, but neither releases, stores nor passes it on on the path returning at line {{[0-9]+}}; the caller has let go of it, so it leaks [take-naming]
void list_adopt_node_bad(Container *c, Node *node) { if (node->v < 0) return; c->head = node; }
// CHECK: callee.c:[[@LINE+1]]:70: warning: node_sink_bad() takes ownership of 'node' by its name, but neither releases, stores nor passes it on on the path returning at line {{[0-9]+}}; the caller has let go of it, so it leaks [take-naming]
void node_sink_bad(Container *c, Node *node) { c->head->v = node->v; }
void pass_on_take_node(Container *c, Node *node) { list_take_node(c, node); }
