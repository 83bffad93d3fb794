/* other.c - nothing of its own */
#include "util.h"

int twice(int n)
{
    return 2 * n;
}
