/* util.h - a header with a finding of its own */
#include <stdlib.h>

static inline char *util_buffer(void)
{
    char *p = malloc(4);
    p[0] = 0;
    return p;
}
