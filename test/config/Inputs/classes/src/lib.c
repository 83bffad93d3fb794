#include <stdlib.h>

int lib(void)
{
    char *p = malloc(4);
    p[0] = 1;
    return 0;
}
