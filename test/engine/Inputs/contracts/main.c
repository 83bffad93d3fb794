#include <stdlib.h>

#include "contract.h"

int use_safe(void)
{
    char *p = safe_alloc(8);
    p[0] = 1;
    free(p);
    return 0;
}

int use_hooked(void)
{
    char *p = hooked_alloc(8);
    p[0] = 1;
    free(p);
    return 0;
}

int use_grown(char *old)
{
    char *p = grow_buffer(old, 16);
    p[0] = 1;
    free(p);
    return 0;
}

int leave_on_error(int bad)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    if (bad) {
        fatal("bad input");
        return -1;
    }
    free(p);
    return 0;
}

size_t measure_unchecked(void)
{
    char *p = malloc(8);
    size_t n = text_length(p);
    free(p);
    return n;
}
