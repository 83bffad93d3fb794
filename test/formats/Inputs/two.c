#include <stdlib.h>

void suppressed_one(void)
{
    char *p = malloc(8);
    p[0] = 0; // memcheck: ignore[unchecked-alloc] demo
    free(p);
}

int leaky(int n)
{
    char *q = malloc(8);
    if (!q)
        return -1;
    return n;
}
