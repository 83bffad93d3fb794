// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A descriptor handed to a constructor that stores it in the object it
 * returns belongs to that object from then on. */
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

struct conn { int fd; int state; };
void conn_register(struct conn *c); /* keeps c */

static struct conn *conn_wrap(int fd)
{
    struct conn *c = calloc(1, sizeof *c);
    if (!c)
        abort();
    c->fd = fd;
    return c;
}
static int conn_peek_state(int fd) { struct conn local = {fd, 0}; return local.state; }

void accept_ok(int lfd)
{
    int cfd = accept(lfd, NULL, NULL);
    if (cfd < 0)
        return;
    conn_register(conn_wrap(cfd));
}

// CHECK: fd-wrapped.c:[[@LINE+6]]:1: warning: file descriptor 'cfd' allocated by accept() at line [[@LINE+3]] leaks
void accept_local_copy_bad(int lfd)
{
    int cfd = accept(lfd, NULL, NULL);
    if (cfd >= 0)
        conn_peek_state(cfd);
}
