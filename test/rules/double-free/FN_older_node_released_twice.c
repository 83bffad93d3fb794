// RUN: %memcheck --fail-on never --rules=double-free,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports the second free() and the read in
 * fifth_twice(): 'old' and 'same' are the same node. The fifth node of a list
 * built in a loop is one of its site's older objects, folded into a summary
 * whose releases are weak, so neither is seen; fourth_twice(), on a node
 * still followed one by one, is reported.
 * docs/rules/double-free.md, "An object older than the four most recent of its site". */
#include <stdlib.h>
int more(void);
struct node { struct node *next; int v; };

/* Grows the list at head by one node a round, all from the same call. */
#define GROW(head) \
    while (more()) { \
        struct node *nd = malloc(sizeof *nd); \
        if (!nd) \
            exit(1); \
        nd->next = head; \
        head = nd; \
    }

int fifth_twice(void)
{
    struct node *head = NULL;
    GROW(head);
    if (!head || !head->next || !head->next->next || !head->next->next->next)
        return 0;
    struct node *old = head->next->next->next->next, *same = old;
    head->next->next->next->next = NULL;
    free(old);
    free(same);
    return same->v;
}

void fourth_twice(void)
{
    struct node *head = NULL;
    GROW(head);
    if (!head || !head->next || !head->next->next)
        return;
    struct node *old = head->next->next->next, *same = old;
    head->next->next->next = NULL;
    free(old);
    // CHECK: FN_older_node_released_twice.c:[[@LINE+1]]:5: error: 'same' is released twice: free() here, after free() at line [[@LINE-1]] already released it [double-free]
    free(same);
}
