/* lib.h - a library header with a buggy inline function. */
#include <stdlib.h>

static inline char *lib_buffer(void)
{
    char *b = malloc(8);
    b[0] = 0;
    return b;
}
