#include <stddef.h>

typedef struct { size_t avail; } window_t;

/* uses up n bytes of the window: a receiver, whatever its verb */
void window_consume_window(window_t *w, size_t n)
{
    w->avail -= n;
}
