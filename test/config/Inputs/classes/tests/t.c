#include <stdlib.h>

int t(void)
{
    char *p = malloc(4); // memcheck: ignore[double-free] none here
    p[0] = 1;
    return 0;
}
