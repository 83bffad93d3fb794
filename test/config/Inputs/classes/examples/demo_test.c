#include <stdlib.h>

int demo_test(void)
{
    char *p = malloc(4);
    p[0] = 1;
    return 0;
}
