// RUN: %memcheck --fail-on error --rules=take-naming,view-naming,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A taker given &base->member or &local.member takes what the member holds;
 * the member is storage inside base, not a block to own, and base stays the
 * caller's: using it after is fine, and a view-named function handing on a
 * member of what it borrows hands over no ownership of it. A member that is a
 * pointer is its own object, taken as any other. */
#include <stdlib.h>

typedef struct { char *data; size_t len; } buf_t;
typedef struct { buf_t buf; buf_t *bp; int y; } conn_t;

void buf_take(buf_t *b);   /* declared only: taken at its word */

int member_ok(conn_t *c)
{
    buf_take(&c->buf);
    return c->y;
}

int local_member_ok(void)
{
    conn_t c = {0};
    c.buf.data = malloc(4);
    buf_take(&c.buf);
    return c.y;
}

/* what the member holds changes: a write, not a hand-over of c */
int conn_view_buf(conn_t *c)
{
// CHECK: member-address.c:[[@LINE+1]]:18: warning: view-named conn_view_buf() writes through 'c', which it only borrows [view-naming]
    buf_take(&c->buf);
    return 0;
}

size_t field_pointer_bad(conn_t *c)
{
    buf_take(c->bp);
// CHECK: member-address.c:[[@LINE+1]]:19: warning: 'c->bp' is used after buf_take() took ownership of it at line [[@LINE-1]] [take-naming]
    return c->bp->len;
}

int taken_then_member_bad(conn_t *c)
{
    void conn_take(conn_t *);
    conn_take(c);
// CHECK: member-address.c:[[@LINE+1]]:18: warning: 'c' is used after conn_take() took ownership of it at line [[@LINE-1]] [take-naming]
    buf_take(&c->buf);
    return 0;
}
