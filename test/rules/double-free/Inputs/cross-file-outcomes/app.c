#include <stdlib.h>

struct conn { int fd; char *buf; };
int conn_finish(struct conn *c);
int conn_finish_logged(struct conn *c);
void note(int fd);

void twice(struct conn *c)
{
    if (conn_finish(c) < 0) {
        free(c);
        return;
    }
    free(c);
}

void once(struct conn *c)
{
    if (conn_finish(c) < 0)
        return;
    free(c);
}

void logged_use(struct conn *c)
{
    if (conn_finish_logged(c) != 0)
        note(c->fd);
}

void logged_ok(struct conn *c)
{
    if (conn_finish_logged(c) == 0)
        note(c->fd);
}
