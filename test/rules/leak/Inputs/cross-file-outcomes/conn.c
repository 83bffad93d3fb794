/* The library: a constructor through an out-parameter, an insert that can
 * fail, and a close that frees the connection only where it fails. */
#include <stdlib.h>

struct conn { int fd; char *buf; };
struct pool { struct conn *slots[4]; int n; };

int conn_open(struct conn **out, int fd)
{
    struct conn *c = malloc(sizeof *c);
    if (!c)
        return -1;
    c->fd = fd;
    c->buf = NULL;
    *out = c;
    return 0;
}

int pool_put(struct pool *p, struct conn *c)
{
    if (p->n >= 4)
        return -1;
    p->slots[p->n++] = c;
    return 0;
}
