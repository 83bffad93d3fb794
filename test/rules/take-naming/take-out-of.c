// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* list_take(List *) that returns a pointer takes the first element out of its
 * list: the list is the receiver, not something handed over. A one-argument
 * taker that returns nothing takes its argument. */
#include <stdlib.h>

typedef struct elem { struct elem *next; } Elem;
typedef struct chain { Elem *first; } Chain;

static Elem *chain_take(Chain *c)
{
    if (!c->first)
        return NULL;
    Elem *e = c->first;
    c->first = e->next;
    return e;
}
int drain_ok(void)
{
    Chain c = {NULL};
    int n = 0;
    Elem *e;
    while ((e = chain_take(&c))) {
        free(e);
        n++;
    }
    return n + (c.first != NULL);
}

// CHECK: take-out-of.c:[[@LINE+1]]:51: warning: elem_sink_bad() takes ownership of 'e' by its name, but neither releases, stores nor passes it on on the path returning at line [[@LINE+1]]; the caller has let go of it, so it leaks [take-naming]
static void elem_sink_bad(Elem *e) { if (e->next) return; free(e); }
void use_sink(Elem *e) { elem_sink_bad(e); }

/* A taker given the address of a local object takes what it holds; the
 * object itself stays the caller's to use. */
typedef struct batch { Elem *items; } Batch;
void queue_adopt_batch(Chain *q, Batch *b); /* moves b->items into q */
static int batch_empty(const Batch *b) { return b->items == NULL; }
int adopt_local_ok(Chain *q)
{
    Batch b = {NULL};
    b.items = malloc(sizeof *b.items);
    queue_adopt_batch(q, &b);
    b.items = NULL;
    return batch_empty(&b);
}
