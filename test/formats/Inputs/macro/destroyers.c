#include <stdlib.h>

#define FIRST(head) ((head)->first)

struct node {
    struct node *next;
};
struct list {
    struct node *first;
};
struct pool {
    struct list items;
};
struct cache {
    struct list items;
};

/* Each destroyer's first dereference is FIRST's: each is its own finding. */
void pool_destroy(struct pool *pool)
{
    struct node *n = FIRST(&pool->items);
    free(n);
    free(pool);
}

void cache_destroy(struct cache *cache)
{
    struct node *n = FIRST(&cache->items);
    free(n);
    free(cache);
}
