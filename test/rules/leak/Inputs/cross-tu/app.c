#include <stddef.h>

struct conn;
struct pool;
void pool_put(struct pool *p, struct conn *c);
void conn_free(struct conn *c);
struct conn *conn_new(const char *peer);
int conn_is_local(const struct conn *c);

int recycle_ok(struct pool *p, const char *peer)
{
    struct conn *c = conn_new(peer);
    if (!c)
        return -1;
    pool_put(p, c);
    return 0;
}

int probe_ok(const char *peer)
{
    struct conn *c = conn_new(peer);
    if (!c)
        return -1;
    int local = conn_is_local(c);
    conn_free(c);
    return local;
}

int probe_bad(const char *peer)
{
    struct conn *c = conn_new(peer);
    if (!c)
        return -1;
    return conn_is_local(c);
}

int maybe_keep_bad(struct pool *p, const char *peer)
{
    struct conn *c = conn_new(peer);
    if (!c)
        return -1;
    if (conn_is_local(c))
        return 1;
    pool_put(p, c);
    return 0;
}
