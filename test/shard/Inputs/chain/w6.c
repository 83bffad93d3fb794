#include "chain.h"

void *w6(size_t n)
{
    return w5(n);
}
