#include <stdlib.h>

/* a new function above the old finding shifts its lines */
int added(int x)
{
    return x * 2;
}

int old_leak(int n)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    if (n)
        return 1;
    free(p);
    return 0;
}
