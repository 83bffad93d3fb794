#include <stdlib.h>

typedef struct Node { struct Node *next; char *data; } Node;
typedef struct List { Node *head; } List;

/* takes the node: stored in the list */
void list_take_node(List *l, Node *node)
{
    node->next = l->head;
    l->head = node;
}
