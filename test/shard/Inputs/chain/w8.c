#include "chain.h"

void *w8(size_t n)
{
    return w7(n);
}
