#include "chain.h"

void *w3(size_t n)
{
    return w2(n);
}
