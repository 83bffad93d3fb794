// RUN: %memcheck --fail-on never --rules=double-free,use-after-free,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* double-free, use-after-free, leak: the inner nodes of a list built in a loop,
 * older than the four most recent, are one summary object; releasing the
 * nodes one after another releases it more than once, and that is no double
 * release (it may be another of its objects each time). The most recent
 * nodes are still followed one by one. */
#include <stdlib.h>
int more(void);
struct node { struct node *next; char *buf; };

/* Grows the list at head by one node a round, all from the same call. */
#define GROW(head) \
    while (more()) { \
        struct node *nd = malloc(sizeof *nd); \
        if (!nd) \
            exit(1); \
        nd->next = head; \
        head = nd; \
    }

void release_all_ok(void)
{
    struct node *head = NULL;
    GROW(head);
    while (head) {
        struct node *next = head->next;
        free(head);
        head = next;
    }
}

/* A block stored in an older node goes with it: the node's fields are not
 * followed, so neither a leak nor a release of what it held is reported. */
struct node *fill_older_ok(void)
{
    struct node *head = NULL;
    GROW(head);
    if (!head || !head->next || !head->next->next || !head->next->next->next || !head->next->next->next->next)
        return head;
    struct node *old = head->next->next->next->next;
    old->buf = malloc(10);
    free(old->buf);
    old->buf = malloc(10);
    free(old->buf);
    return head;
}

/* a and b both stand for older nodes: unequal, they are two objects, each
 * released once (a strong release of the summary would call it twice). */
struct node *two_older_ok(void)
{
    struct node *head = NULL;
    GROW(head);
    if (!head || !head->next || !head->next->next || !head->next->next->next || !head->next->next->next->next)
        return head;
    struct node *a = head->next->next->next->next, *b = a;
    if (more())
        b = head->next->next->next->next;
    if (a != b) {
        free(a);
        free(b);
    }
    return head;
}

void newest_twice_bad(void)
{
    struct node *head = NULL;
    GROW(head);
    // CHECK: older-list-nodes.c:[[@LINE+1]]:5: warning: memory 'nd' allocated by malloc() at line {{[0-9]+}} leaks: the object holding it is released here [leak]
    free(head);
    // CHECK: older-list-nodes.c:[[@LINE+1]]:5: error: 'head' is released twice: free() here, after free() at line [[@LINE-1]] already released it [double-free]
    free(head);
}
