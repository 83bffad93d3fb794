#include <stdlib.h>

struct conn { int fd; char *buf; };
struct pool;
int conn_open(struct conn **out, int fd);
int pool_put(struct pool *p, struct conn *c);

int peek(int fd)
{
    struct conn *c;
    if (conn_open(&c, fd) != 0)
        return -1;
    return c->fd;
}

int peek_and_free(int fd)
{
    struct conn *c;
    if (conn_open(&c, fd) != 0)
        return -1;
    int r = c->fd;
    free(c);
    return r;
}

int pooled(struct pool *p, int fd)
{
    struct conn *c;
    if (conn_open(&c, fd) < 0)
        return -1;
    if (pool_put(p, c) < 0)
        return -1;
    return 0;
}

int pooled_checked(struct pool *p, int fd)
{
    struct conn *c;
    if (conn_open(&c, fd) < 0)
        return -1;
    if (pool_put(p, c) < 0) {
        free(c);
        return -1;
    }
    return 0;
}
