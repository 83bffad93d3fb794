// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* "take" also means handing something out of a pool: pool_take(pool, &item)
 * writes *item before reading it, it takes nothing from the caller. A taker
 * of a T ** that leaves *pp untouched on a path still leaks what it was given. */
#include <stdlib.h>

typedef struct chunk { struct chunk *next; char data[64]; } Chunk;
typedef struct pool { Chunk *spare; int count; } Pool;

int pool_take(Pool *p, Chunk **out)
{
    if (p->spare) {
        *out = p->spare;
        p->spare = p->spare->next;
        return 0;
    }
    Chunk *c = malloc(sizeof *c);
    if (!c) {
        *out = NULL;
        return -1;
    }
    *out = c;
    return 0;
}
/* cleared first, filled on one path only */
void *queue_take(Pool *p, const char **pname)
{
    *pname = NULL;
    if (p->count == 0)
        return NULL;
    *pname = "chunk";
    return p->spare;
}

// CHECK: take-from-pool.c:[[@LINE+1]]:58: warning: chunk_take_bad() takes ownership of 'pc' by its name, but neither releases, stores nor passes it on on the path returning at line [[@LINE+1]]; the caller has let go of it, so it leaks [take-naming]
void chunk_take_bad(Pool *p, Chunk **pc) { if (p->count) return; p->spare = *pc; *pc = NULL; }
