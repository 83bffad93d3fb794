// --debug-engine: a call in a loop makes one resource per object for its four
// most recent objects; an older one a path still points to (an inner node of a
// list built node by node) is folded into the site's summary: not owned,
// handed off, non-null, its fields not followed. Two pointers to the summary
// may be the same object or two.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();
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

/* The loop's paths: the fifth node is folded, or the list is shorter (the
 * path that widening left the count of). */
struct node *fifth(void)
{
    struct node *head = NULL;
    GROW(head);
    if (!head || !head->next || !head->next->next || !head->next->next->next)
        return head;
    struct node *n5 = head->next->next->next->next;
    if (!n5)
        return head;
    memcheck_dump(n5, n5->next);
    // CHECK: dump-recency.c:[[@LINE-1]]:5: note: memcheck_dump: n5 = resource #4 (older objects of its site): alloc by malloc(), family malloc, escaped, not owned, non-null; n5->next = unknown{{$}}
    // CHECK-NEXT: dump-recency.c:[[@LINE-2]]:5: note: memcheck_dump: n5 = unknown, nonzero; n5->next = unknown{{$}}
    return head;
}

/* a and b both point into the summary: equal or not, both branches go on. */
struct node *compared(void)
{
    struct node *head = NULL;
    GROW(head);
    if (!head || !head->next || !head->next->next || !head->next->next->next || !head->next->next->next->next)
        return head;
    struct node *a = head->next->next->next->next, *b = a;
    if (more())
        b = head->next->next->next->next;
    if (a == b)
        memcheck_dump(a, b);
        // CHECK: dump-recency.c:[[@LINE-1]]:9: note: memcheck_dump: a = resource #4 (older objects of its site): {{.*}}; b = resource #4 (older objects of its site): {{.*}}
        // CHECK-NEXT: dump-recency.c:[[@LINE-2]]:9: note: memcheck_dump: a = unknown; b = unknown{{$}}
    else
        memcheck_dump(b, a);
        // CHECK: dump-recency.c:[[@LINE-1]]:9: note: memcheck_dump: b = resource #4 (older objects of its site): {{.*}}; a = resource #4 (older objects of its site): {{.*}}
        // CHECK-NEXT: dump-recency.c:[[@LINE-2]]:9: note: memcheck_dump: b = unknown; a = unknown{{$}}
    return head;
}
