/* main.c - a leak, and the header's unchecked allocation */
#include "util.h"

int leaky(int n)
{
    char *q = malloc(8);
    if (!q)
        return -1;
    if (n)
        return 1;
    free(q);
    return 0;
}
