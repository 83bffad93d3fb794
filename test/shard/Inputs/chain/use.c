#include <string.h>
#include "chain.h"

/* Leaks what w9 allocates when k is set: found only once every shard knows
 * that each wrapper of the chain allocates. */
int fill(int k)
{
    char *p = w9(8);
    if (!p)
        return -1;
    if (k)
        return 1;
    memset(p, 0, 8);
    return 0;
}
