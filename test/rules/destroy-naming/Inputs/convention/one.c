#include "objs.h"

TAKES_LIVE(name)

void path_free(struct path *x)
{
    free(x->data);
    free(x);
}

TAKES_LIVE(key) TAKES_LIVE(value) TAKES_LIVE(label)
