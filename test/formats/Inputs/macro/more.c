#include "grow.h"

void more_grow(char *e, size_t n)
{
    GROW(e, n);
    free(e);
}
