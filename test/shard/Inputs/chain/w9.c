#include "chain.h"

void *w9(size_t n)
{
    return w8(n);
}
