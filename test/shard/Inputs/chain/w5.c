#include "chain.h"

void *w5(size_t n)
{
    return w4(n);
}
