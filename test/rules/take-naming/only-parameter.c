// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
// RUN: %memcheck --fail-on never --rules=use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s --check-prefix=UAF
/* A take verb with one pointer parameter takes that parameter by default
 * (queue_adopt(Node *)). When the body borrows it on every path, the verb names
 * something else: read_consume(a) consumes input from its reader, as a parser's
 * or a stream's consume does. Neither the callee nor its callers are held to a
 * transfer then. A body that keeps it on some path is still a taker, and the
 * paths that drop it are still reported; so is a taker declared only. One
 * that frees it on every path released it: what follows is a use after free. */
#include <stdlib.h>

typedef struct reader { long unconsumed, offset; char *buf; } reader;
long stream_skip(reader *r, long n);
void list_push(void *item);

static int read_consume(reader *r)
{
    if (r->unconsumed) {
        if (stream_skip(r, r->unconsumed) < 0)
            return -1;
        r->offset += r->unconsumed;
        r->unconsumed = 0;
    }
    return 0;
}

int read_header(reader *r)
{
    if (read_consume(r) < 0)
        return -1;
    r->offset++;
    return read_consume(r);
}

/* borrowed on every path: a reader, whatever its verb */
static void reader_consume(reader *r)
{
    if (r->buf)
        r->offset = r->buf[0];
}

long peek_then_read(reader *r)
{
    reader_consume(r);
    return r->offset;
}

typedef struct node { int v; } node;

// CHECK: only-parameter.c:[[@LINE+6]]:9: warning: queue_adopt() takes ownership of 'n' by its name, but neither releases, stores nor passes it on on the path returning at line [[@LINE+6]]; the caller has let go of it, so it leaks [take-naming]
static void queue_adopt(node *n)
{
    if (n->v > 0)
        list_push(n);
    else
        return;
}

// CHECK: only-parameter.c:[[@LINE+4]]:15: warning: 'n' is used after queue_adopt() took ownership of it at line [[@LINE+3]] [take-naming]
int sink_then_read(node *n)
{
    queue_adopt(n);
    return n->v;
}

static void node_consume(node *n)
{
    free(n);
}

// UAF: only-parameter.c:[[@LINE+4]]:8: error: 'n' is written through after node_consume() released it at line [[@LINE+3]] [use-after-free]
void consume_then_write(node *n)
{
    node_consume(n);
    n->v = 0;
}

void node_adopt(node *n);

// CHECK: only-parameter.c:[[@LINE+4]]:15: warning: 'n' is used after node_adopt() took ownership of it at line [[@LINE+3]] [take-naming]
int adopt_then_read(node *n)
{
    node_adopt(n);
    return n->v;
}
