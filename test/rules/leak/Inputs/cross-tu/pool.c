#include <stdlib.h>
#include <string.h>

struct conn { struct conn *next; char *peer; };
struct pool { struct conn *idle; int n; };

/* keeps c: it is linked into the pool */
void pool_put(struct pool *p, struct conn *c)
{
    c->next = p->idle;
    p->idle = c;
    p->n++;
}

/* frees c and what it owns */
void conn_free(struct conn *c)
{
    if (!c)
        return;
    free(c->peer);
    free(c);
}

/* may fail; the caller owns the result */
struct conn *conn_new(const char *peer)
{
    struct conn *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->peer = strdup(peer);
    if (!c->peer) {
        free(c);
        return NULL;
    }
    return c;
}

/* only reads c */
int conn_is_local(const struct conn *c)
{
    return strcmp(c->peer, "localhost") == 0;
}
