// RUN: %memcheck --fail-on never --rules=use-after-free,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Draining a queue: each turn reads the head node afresh; what the previous
 * turn's node held (its payload, freed then) is not the new node's. */
#include <stdlib.h>

struct qnode { struct qnode *next; void *payload; };
struct queue { struct qnode *head; unsigned long count; };
void queue_unlink(struct queue *q, struct qnode *n); /* elsewhere */
struct job { void (*run)(void *); void *ctx; };

void drain_ok(struct queue *q)
{
    while (q->count) {
        struct qnode *n = q->head;
        struct job *j = n->payload;
        queue_unlink(q, n);
        j->run(j->ctx);
        free(j);
    }
}

// CHECK: queue-drain.c:[[@LINE+7]]:9: error: 'j' is released twice: free() here, after free() at line [[@LINE+7]] already released it [double-free]
// CHECK: queue-drain.c:[[@LINE+7]]:12: error: 'j' is dereferenced after free() released it at line [[@LINE+6]] [use-after-free]
void drain_same_node_bad(struct queue *q)
{
    struct qnode *n = q->head;
    struct job *j = n->payload;
    while (q->count) {
        free(j);
        j->run(j->ctx);
        queue_unlink(q, n);
    }
}
