// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: lists built node by node through a tail pointer. Each node goes to
 * the head (an out-parameter or a local) or to the previous node's next; the
 * loop runs more times than the engine keeps generations of one allocation
 * site, which must not make a linked node look lost. */
#include <stdlib.h>

struct node { struct node *next; int v; };
void list_free(struct node **head);

int list_copy_ok(struct node **dest, const struct node *src)
{
    struct node *node, *last = NULL;
    *dest = NULL;
    while (src) {
        node = calloc(1, sizeof *node);
        if (!node) {
            list_free(dest);
            return -1;
        }
        if (last)
            last->next = node;
        else
            *dest = node;
        last = node;
        node->v = src->v;
        if (node->v < 0) {
            list_free(dest);
            return -2;
        }
        src = src->next;
    }
    return 0;
}

int list_read_ok(struct node **head, int count)
{
    struct node *node, *tail = NULL;
    *head = NULL;
    while (count-- > 0) {
        node = calloc(1, sizeof *node);
        if (!node) {
            list_free(head);
            return -1;
        }
        if (!*head)
            *head = node;
        else
            tail->next = node;
        tail = node;
    }
    return 0;
}

struct node *list_make_ok(int count)
{
    struct node *head = NULL, *tail = NULL, *node;
    while (count-- > 0) {
        node = malloc(sizeof *node);
        if (!node)
            break;
        node->next = NULL;
        if (!head)
            head = node;
        else
            tail->next = node;
        tail = node;
    }
    return head;
}

int list_read_bad(struct node **head, int count)
{
    struct node *node, *tail = NULL;
    *head = NULL;
    while (count-- > 0) {
        node = calloc(1, sizeof *node);
        if (!node) {
            list_free(head);
            return -1;
        }
// CHECK: tail-built-list.c:[[@LINE+3]]:13: warning: memory 'node' allocated by calloc() at line {{[0-9]+}} leaks on the error path returning -2 at line {{[0-9]+}} [leak]
        node->v = count;
        if (count == 7)
            return -2; /* neither freed nor linked yet */
        if (tail)
            tail->next = node;
        else
            *head = node;
        tail = node;
    }
    return 0;
}

int list_count_bad(int count)
{
    struct node *head = NULL, *tail = NULL, *node;
    while (count-- > 0) {
        node = malloc(sizeof *node);
        if (!node)
            break;
        node->next = NULL;
        if (!head)
            head = node;
        else
            tail->next = node;
        tail = node;
    }
// CHECK: tail-built-list.c:[[@LINE+1]]:5: warning: memory 'node' allocated by malloc() at line {{[0-9]+}} leaks on the path returning head != NULL at line {{[0-9]+}} [leak]
    return head != NULL; /* the list is never freed */
}
