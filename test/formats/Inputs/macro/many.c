#include "grow.h"

void many(char *a, char *b, char *c, char *d, char *e, char *f, char *g, char *h, size_t n)
{
    GROW(a, n);
    GROW(b, n);
    GROW(c, n);
    GROW(d, n);
    GROW(e, n);
    GROW(f, n);
    GROW(g, n);
    GROW(h, n);
    free(a); free(b); free(c); free(d); free(e); free(f); free(g); free(h);
}
