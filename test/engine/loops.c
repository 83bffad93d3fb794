// RUN: not %memcheck --rules=leak,unchecked-alloc,use-after-free,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Loops reach a fixpoint in a few rounds: a walk over a list meets one node per
 * variable, not a new one each time round; counters the condition cannot bound
 * are forgotten after the second round; what dead variables held is forgotten
 * where paths meet. Each round before that is exact. */
#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; int len; char *data; };

void list_free_ok(struct node *p)
{
    while (p) {
        struct node *n = p->next;
        free(p->data);
        free(p);
        p = n;
    }
}

// CHECK: loops.c:[[@LINE+4]]:30: error: 'p' is dereferenced after free() released it at line [[@LINE+5]] [use-after-free]
void list_free_bad(struct node *head)
{
    struct node *p;
    for (p = head; p; p = p->next)
        free(p);
}

void queue_drain_ok(struct node **pp)
{
    while (*pp) {
        struct node *p = *pp;
        *pp = p->next;
        free(p);
    }
}

/* runs once: the second round is exact, so nothing is freed twice */
void once_ok(char *p)
{
    for (int i = 0; i < 1; i++)
        free(p);
}

// CHECK: loops.c:[[@LINE+10]]:9: warning: memory 'buf' allocated by malloc() at line [[@LINE+4]] leaks on the error path returning -1 at line [[@LINE+10]] [leak]
int copy_lengths(struct node *head, char **out)
{
    int n = 0, rounds = 0;
    char *buf = malloc(64);
    if (!buf)
        return -1;
    for (struct node *p = head; p; p = p->next, rounds++)
        n += p->len;
    if (n > 64 || rounds > 8)
        return -1;
    *out = buf;
    return n;
}

/* a flag that is never set: the debugging branch is dead in every round */
int sum_boxes(const int *boxes, int nboxes)
{
    int debug = 0, total = 0, last = 0;
    for (int i = 0; i < 9; i++) {
        if (boxes[i] == 0) {
            if (debug)
                fprintf(fopen("/tmp/log", "a"), "box %d empty\n", i);
            continue;
        }
        if (last && boxes[i] == boxes[last])
            continue;
        if (debug) {
            FILE *f = fopen("/tmp/log", "a");
            fprintf(f, "box %d\n", i);
            fclose(f);
        }
        total += boxes[i] < nboxes ? boxes[i] : nboxes;
        last = i;
    }
    return total;
}
