#include <stdlib.h>
struct conn { char *buf; int n; };
void conn_drop_buf(struct conn *c);

void reset(struct conn *c)
{
    conn_drop_buf(c);
    free(c->buf);
}

void reset_ok(struct conn *c)
{
    conn_drop_buf(c);
    c->buf = NULL;
}
