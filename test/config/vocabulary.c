// vocabulary: replaces a word list, so an existing codebase's own verbs count.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/v.c
// RUN: cd %t && %memcheck --fail-on error --rules=take-naming v.c -- 2>&1 | FileCheck %s --check-prefix=DEFAULT
// RUN: printf 'vocabulary:\n  take: [take, steal]\n' > %t/.memcheck.yml
// RUN: cd %t && %memcheck --fail-on error --rules=take-naming v.c -- 2>&1 | FileCheck %s --check-prefix=STEAL %no-other-findings
#include <stdlib.h>

typedef struct Node { struct Node *next; } Node;
typedef struct List { Node *head; } List;

void list_steal_node(List *l, Node *n)
{
    if (!l)
        return; // STEAL: v.c:[[@LINE]]:9: warning: list_steal_node() takes ownership of 'n' by its name
    n->next = l->head;
    l->head = n;
}
// DEFAULT: no findings
