/* The library: conn_finish() frees the connection where it returns -1. */
#include <stdlib.h>

struct conn { int fd; char *buf; };
int flush_fd(int fd);

int conn_finish(struct conn *c)
{
    if (flush_fd(c->fd) < 0) {
        free(c->buf);
        free(c);
        return -1;
    }
    return 0;
}

/* a wrapper that returns its status untested */
int conn_finish_logged(struct conn *c)
{
    return conn_finish(c);
}
