#include "grow.h"

void some_checked(char *a, char *b, char *c, size_t n)
{
    GROW(a, n);
    GROW(c, n);
    GROW(b, n); // memcheck: ignore[realloc-leak] the caller keeps a copy
    free(a);
    free(b);
    free(c);
}
