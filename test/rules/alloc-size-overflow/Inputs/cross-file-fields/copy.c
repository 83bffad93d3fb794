#include <stdlib.h>
#include "list.h"

char **list_copy(const struct list *l)
{
    return malloc(l->count * sizeof(char *));
}

char **list_window(const struct list *l)
{
    return malloc(l->limit * sizeof(char *));
}
