#include <stdlib.h>
#include "objs.h"

void drop(struct path *p)
{
    if (p && p->data)
        p->data[0] = 0;
    path_free(p);
}

void keep(struct name *n)
{
    name_free(n);
}
