#include <stdlib.h>
struct conn { char *buf; int n; };

void conn_drop_buf(struct conn *c)
{
    free(c->buf);
}
