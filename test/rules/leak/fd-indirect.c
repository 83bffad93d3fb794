// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A descriptor handed, through a wrapper, to a call through a pointer (a
 * connection type's constructor, as redis's connCreateAccepted does) may be
 * kept there, as when the caller makes that call itself. A wrapper that only
 * sets a flag on it leaves it to the caller. */
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

typedef struct conn conn;
typedef struct conn_type { conn *(*create_accepted)(int fd, void *priv); } conn_type;
conn_type *cluster_conn_type(void);
int conn_state(conn *c);
void conn_close(conn *c);

static inline conn *conn_create_accepted(conn_type *ct, int fd, void *priv)
{
    return ct->create_accepted(fd, priv);
}

static int set_nonblocking(int fd)
{
    int flags = fcntl(fd, F_GETFL);
    return flags < 0 ? -1 : fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

void accept_through_wrapper(int lfd)
{
    int cfd = accept(lfd, NULL, NULL);
    if (cfd < 0)
        return;
    conn *c = conn_create_accepted(cluster_conn_type(), cfd, NULL);
    if (conn_state(c) != 1)
        conn_close(c);
}

void accept_through_pointer(int lfd, conn_type *ct)
{
    int cfd = accept(lfd, NULL, NULL);
    if (cfd < 0)
        return;
    ct->create_accepted(cfd, NULL);
}

// CHECK: fd-indirect.c:[[@LINE+7]]:1: warning: file descriptor 'cfd' allocated by accept() at line [[@LINE+3]] leaks at the end of the function
void accept_and_forget(int lfd)
{
    int cfd = accept(lfd, NULL, NULL);
    if (cfd < 0)
        return;
    set_nonblocking(cfd);
}
