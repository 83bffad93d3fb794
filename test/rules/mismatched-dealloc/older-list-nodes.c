// RUN: %memcheck --fail-on never --rules=mismatched-dealloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* mismatched-dealloc: an inner node of a list built in a loop, older than the
 * four most recent, still has its allocator's family: releasing it with
 * another family's deallocator is reported, with the matching one it is not. */
#include <stdlib.h>
void *g_malloc(size_t n);
void g_free(void *p);
int more(void);
struct node { struct node *next; };

/* Grows the list at head by one node a round, all from the same call. */
#define GROW(head) \
    while (more()) { \
        struct node *nd = g_malloc(sizeof *nd); \
        nd->next = head; \
        head = nd; \
    }

void drop_fifth_bad(void)
{
    struct node *head = NULL;
    GROW(head);
    if (!head || !head->next || !head->next->next || !head->next->next->next)
        return;
    struct node *old = head->next->next->next->next;
    head->next->next->next->next = NULL;
    // CHECK: older-list-nodes.c:[[@LINE+1]]:5: error: 'old' was acquired by g_malloc() (family 'glib') but is released by free() (family 'malloc') [mismatched-dealloc]
    free(old);
}

void drop_fifth_ok(void)
{
    struct node *head = NULL;
    GROW(head);
    if (!head || !head->next || !head->next->next || !head->next->next->next)
        return;
    struct node *old = head->next->next->next->next;
    head->next->next->next->next = NULL;
    g_free(old);
}
