#include <stdlib.h>

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
