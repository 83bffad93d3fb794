// RUN: %memcheck --fail-on never --rules=leak,double-free,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FP: in a circular list 'first->prev' is 'head', so the unlink writes
 * 'head->next' and the second node taken is another one. The write through
 * 'first->prev' is not seen through 'head', which may alias it: 'head->next'
 * still reads the freed first node, and its unlink and release are reported as
 * a use after free and a double free. docs/rules/leak.md, "Writes through one
 * pointer are not seen through another that may alias it". */
#include <stdlib.h>

struct node { struct node *next, *prev; };

void drop_first_two(struct node *head)
{
    struct node *first = head->next;
    first->prev->next = first->next;
    first->next->prev = first->prev;
    free(first);
    struct node *second = head->next;
// CHECK: FP_alias_write_unseen.c:[[@LINE+1]]:34: error: 'second' is dereferenced after free() released it at line {{[0-9]+}} [use-after-free]
    second->prev->next = second->next;
    second->next->prev = second->prev;
// CHECK: FP_alias_write_unseen.c:[[@LINE+1]]:5: error: 'second' is released twice: free() here, after free() at line {{[0-9]+}} already released it [double-free]
    free(second);
}
