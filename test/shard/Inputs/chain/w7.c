#include "chain.h"

void *w7(size_t n)
{
    return w6(n);
}
