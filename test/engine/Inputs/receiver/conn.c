#include <stddef.h>
#include <stdlib.h>

typedef struct { size_t avail; } window_t;
typedef struct { window_t window; int y; } conn_t;
void window_consume_window(window_t *w, size_t n);

int conn_step(conn_t *c)
{
    window_consume_window(&c->window, 3);
    return c->y;
}

int consume_then_free(window_t *w)
{
    window_consume_window(w, 1);
    free(w);
    return 0;
}
