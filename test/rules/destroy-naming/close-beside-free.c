// RUN: %memcheck --fail-on never --rules=destroy-naming,null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* conn_close(Conn *) beside conn_free(Conn *) closes, it does not destroy: it
 * owes neither the NULL contract nor a release of the object, and what it
 * frees inside the object must not be left dangling for conn_free. A close
 * with no free of its own prefix and type is still a destroyer. */
#include <stdlib.h>

typedef struct Conn { char *buf; } Conn;
typedef struct Sock { char *buf; } Sock;
typedef struct Pipe { char *buf; } Pipe;
typedef struct Other { char *buf; } Other;

Conn *conn_create(void) { return calloc(1, sizeof(Conn)); }
Sock *sock_create(void) { return calloc(1, sizeof(Sock)); }
Pipe *pipe_create(void) { return calloc(1, sizeof(Pipe)); }

void conn_close(Conn *c)
{
    free(c->buf);
    c->buf = NULL;
}

void conn_free(Conn *c)
{
    if (!c)
        return;
    free(c->buf);
    free(c);
}

typedef struct Link { char *buf; } Link;
void link_free(Link *l);

void link_close(Link *l)
{
// CHECK: close-beside-free.c:[[@LINE+1]]:5: warning: 'l->buf' is released by free() but still points to the freed memory when link_close() returns at line {{[0-9]+}} [null-after-free]
    free(l->buf);
}

void sock_close(Sock *s)
{
// CHECK: close-beside-free.c:[[@LINE+1]]:13: warning: destroy-named sock_close() dereferences 's' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(s->buf);
    free(s);
}

void pipe_close(Pipe *p)
{
// CHECK: close-beside-free.c:[[@LINE+1]]:13: warning: destroy-named pipe_close() dereferences 'p' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(p->buf);
    free(p);
}

void pipe_free(Other *o)
{
    if (!o)
        return;
    free(o->buf);
    free(o);
}
