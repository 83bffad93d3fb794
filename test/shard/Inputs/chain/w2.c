#include "chain.h"

void *w2(size_t n)
{
    return w1(n);
}
