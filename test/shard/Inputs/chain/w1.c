#include <stdlib.h>
#include "chain.h"

void *w1(size_t n)
{
    return malloc(n);
}
