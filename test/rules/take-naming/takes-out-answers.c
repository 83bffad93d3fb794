// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A take-named function that returns a pointer hands out what it took from its
 * receiver (curl's thrdq_tpool_take(user_data, &description, &timeout)): its
 * T ** parameters are further answers, not pointers it takes. */
#include <stdlib.h>

struct item { const char *description; long timeout; };
struct node;
struct list;
struct queue { struct list *sendq, *recvq; int aborted; void (*done)(void *); void *user; };
struct node *list_head(struct list *l);
void *node_take_elem(struct node *n);
void list_append(struct list *l, void *elem);
long elapsed(void);

void *queue_take(void *user_data, const char **pdescription, long *ptimeout)
{
    struct queue *q = user_data;
    struct item *it = NULL;
    struct node *e;
    void (*done)(void *) = NULL;
    *pdescription = NULL;
    *ptimeout = 0;
    if (!q->aborted) {
        e = list_head(q->sendq);
        while (e) {
            it = node_take_elem(e);
            long left = it->timeout ? it->timeout - elapsed() : 0;
            if (left < 0) { /* timed out while queued */
                list_append(q->recvq, it);
                done = q->done;
                it = NULL;
                e = list_head(q->sendq);
                continue;
            }
            *pdescription = it->description;
            *ptimeout = left;
            break;
        }
    }
    if (done)
        done(q->user);
    return it;
}

/* Without a pointer result it is still a taker. */
// CHECK: takes-out-answers.c:[[@LINE+1]]:{{[0-9]+}}: warning: {{.*}}queue_take_item() takes ownership of 'it' {{.*}}[take-naming]
void queue_take_item(struct queue *q, struct item *it) { (void)q; (void)it; }
