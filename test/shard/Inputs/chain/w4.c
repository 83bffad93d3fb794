#include "chain.h"

void *w4(size_t n)
{
    return w3(n);
}
