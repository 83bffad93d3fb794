#include <stdlib.h>

void die(const char *why);
void *xalloc(size_t n);

int leak_bad(int n)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    if (n)
        return 1;
    free(p);
    return 0;
}

int checked_by_die(void)
{
    char *p = malloc(8);
    if (!p)
        die("out of memory");
    p[0] = 0;
    free(p);
    return 0;
}

int never_fails(void)
{
    char *p = xalloc(8);
    p[0] = 0;
    free(p);
    return 0;
}

void pool_put(void *pool, void *p);
void *pool_get(void *pool);

void pool_ok(void *pool)
{
    char *p = pool_get(pool);
    if (!p)
        return;
    pool_put(pool, p);
}

void pool_bad(void *pool)
{
    char *p = pool_get(pool);
    if (!p)
        return;
    p[0] = 1;
}
