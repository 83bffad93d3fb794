#include "list.h"

void list_add(struct list *l, char *s)
{
    l->items[l->count++] = s;
}

void list_set_limit(struct list *l, size_t n)
{
    l->limit = n;
}
