#include <stdio.h>
#include <stdlib.h>
#include "table.h"

struct item *head;

/* Looks the list up through the global, then frees its argument. */
void unlink_and_free(struct item *it)
{
    if (head == it)
        head = it->next;
    else if (head)
        head->next = it->next;
    free(it);
}

/* Frees its argument, then reads the global. */
void free_then_print(struct item *it)
{
    free(it);
    if (head)
        printf("%s\n", head->name);
}
