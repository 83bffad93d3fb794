#include <stdlib.h>

typedef struct Node { struct Node *next; char *data; } Node;
typedef struct List { Node *head; } List;
void list_take_node(List *l, Node *node);

int append_ok(List *l)
{
    Node *n = malloc(sizeof *n);
    if (!n)
        return -1;
    list_take_node(l, n);
    return 0;
}

int append_then_free_bad(List *l)
{
    Node *n = malloc(sizeof *n);
    if (!n)
        return -1;
    list_take_node(l, n);
    free(n);
    return 0;
}
