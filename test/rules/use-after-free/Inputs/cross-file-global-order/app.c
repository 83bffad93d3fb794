#include <stdlib.h>
#include "table.h"

/* The callee reads head before it frees 'first', which head pointed to. */
void drop_first(void)
{
    struct item *first = head;
    if (first)
        unlink_and_free(first);
}

/* head's item freed here, then the callee reads head. */
void drop_after_free(struct item *other)
{
    free(head);
    unlink_and_free(other);
}

/* The callee frees head's item, then reads head. */
void print_after_free(void)
{
    free_then_print(head);
}
