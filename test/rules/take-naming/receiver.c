// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A body overrides a name. A take-named function that borrows a parameter on
 * every path and writes its fields, itself or through callees that only borrow
 * it, acts on the object's state, not on its ownership: window_consume_window(w,
 * n) uses up n bytes of the window. Neither it nor its callers are held to a
 * transfer. A parameter the body only reads and drops is still taken (the leak
 * the name warns of), and so is one it keeps on some path. */
#include <stddef.h>
#include <stdlib.h>

typedef struct { size_t avail; } window_t;
typedef struct { window_t window; int y; } conn_t;

void window_consume_window(window_t *w, size_t n) { w->avail -= n; }
int conn_step(conn_t *c) { window_consume_window(&c->window, 3); return c->y; }

/* the same, through a callee that only borrows it */
typedef struct { char *data; size_t off, len; } buf_t;
static void buf_advance(buf_t *b, size_t n) { b->off += n; b->len -= n; }
void conn_consume_buf(conn_t *c, buf_t *buf, size_t n)
{
    buf_advance(buf, n);
    c->y += (int)n;
}
size_t read_after_consume(conn_t *c, buf_t *buf)
{
    conn_consume_buf(c, buf, 4);
    return buf->len;
}

typedef struct Node { struct Node *next; int v; } Node;
typedef struct { Node *head; int full; } List;

/* keeps it on one path: a taker that drops it on the other */
// CHECK: receiver.c:[[@LINE+6]]:9: warning: list_adopt_node() takes ownership of 'node' by its name, but neither releases, stores nor passes it on on the path returning at line [[@LINE+6]]; the caller has let go of it, so it leaks [take-naming]
void list_adopt_node(List *l, Node *node)
{
    node->next = NULL;
    node->v = 0;
    if (l->full)
        return;
    l->head = node;
}

/* read and dropped: the leak the name warns of */
// CHECK: receiver.c:[[@LINE+1]]:63: warning: list_take_node() takes ownership of 'node' by its name, but neither releases, stores nor passes it on on the path returning at line [[@LINE+1]]; the caller has let go of it, so it leaks [take-naming]
void list_take_node(List *l, Node *node) { l->full = node->v; }

/* a real take, then a use */
void pool_adopt_conn(List *l, conn_t *c) { l->head = (Node *)c; }
int adopt_then_read(List *l, conn_t *c)
{
    pool_adopt_conn(l, c);
// CHECK: receiver.c:[[@LINE+1]]:15: warning: 'c' is used after pool_adopt_conn() took ownership of it at line [[@LINE-1]] [take-naming]
    return c->y;
}

/* declared only: taken at its word */
void queue_take_conn(List *l, conn_t *c);
int take_then_read(List *l, conn_t *c)
{
    queue_take_conn(l, c);
// CHECK: receiver.c:[[@LINE+1]]:15: warning: 'c' is used after queue_take_conn() took ownership of it at line [[@LINE-1]] [take-naming]
    return c->y;
}
