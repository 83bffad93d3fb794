// RUN: %memcheck --fail-on error --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* null-after-free: the object holding a freed field was taken out of the
 * long-lived place it was read from, and nothing long-lived holds it any more
 * (uthash's HASH_DELETE of the last item: free(head->tbl); head = NULL): the
 * place named no longer exists. One still held, or held elsewhere too, does. */
#include <stdlib.h>

struct table { char *buckets; int n; };
struct item { struct table *tbl; struct item *next; };

struct item *items;

void items_drop_last(void)
{
    if (items->next == NULL) {
        free(items->tbl->buckets);
        free(items->tbl);
        items = NULL;
    }
}

void list_drop_last(struct item **head)
{
    free((*head)->tbl);
    *head = NULL;
}

struct item *spare;

void items_move_to_spare(void)
{
    // CHECK: unlinked-holder.c:[[@LINE+1]]:5: warning: 'items->tbl' is released by free() but still points to the freed memory when items_move_to_spare() returns at line [[@LINE+4]] [null-after-free]
    free(items->tbl);
    spare = items;
    items = NULL;
}

void items_keep(void)
{
    // CHECK: unlinked-holder.c:[[@LINE+1]]:5: warning: 'items->tbl' is released by free() but still points to the freed memory when items_keep() returns at line [[@LINE+2]] [null-after-free]
    free(items->tbl);
}
