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

/* The descriptor stored into a local request object whose address goes to the
 * call through a pointer (libevent's bufferevent_replacefd): kept there too. */
union ctrl_data { int fd; void *ptr; };
struct ev_ops { int (*ctrl)(void *obj, int op, union ctrl_data *d); };
struct ev_obj { const struct ev_ops *ops; };

static int replace_fd(struct ev_obj *obj, int fd)
{
    union ctrl_data d;
    d.fd = fd;
    return obj->ops->ctrl(obj, 1, &d);
}

int connect_replacing(struct ev_obj *obj)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd == -1)
        return -1;
    return replace_fd(obj, fd);
}

/* ... but only the object holding it: another local's address hands nothing on. */
static int probe_fd(struct ev_obj *obj, int fd)
{
    union ctrl_data d, other;
    d.fd = fd;
    other.ptr = 0;
    (void)d;
    return obj->ops->ctrl(obj, 2, &other);
}

// CHECK: fd-indirect.c:[[@LINE+7]]:5: warning: file descriptor 'fd' allocated by socket() at line [[@LINE+3]] leaks on the path returning 0
int connect_probing(struct ev_obj *obj)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd == -1)
        return -1;
    probe_fd(obj, fd);
    return 0;
}
