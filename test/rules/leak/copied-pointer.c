// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A pointer whose bytes are copied into a container's storage with memcpy
 * (generic containers store a void * that way) has been handed to it. */
#include <stdlib.h>
#include <string.h>

struct slot { unsigned char bytes[sizeof(void *)]; };
struct table { struct slot *slots; int n; };

static void table_put(struct table *t, int i, void *value) { memcpy(t->slots[i].bytes, &value, sizeof value); }

struct entry { int key; };
struct entry *entry_add(struct table *t, int i, int key)
{
    struct entry *e = malloc(sizeof *e);
    if (!e)
        return NULL;
    e->key = key;
    table_put(t, i, e);
    return e;
}
int entry_add_ok(struct table *t) { struct entry *e = entry_add(t, 0, 1); return e ? 0 : -1; }
int copy_direct_ok(struct table *t) { char *p = malloc(4); if (!p) return -1; memmove(t->slots[0].bytes, &p, sizeof p); return 0; }

// CHECK: copied-pointer.c:[[@LINE+1]]:115: warning: memory 'p' allocated by malloc() at line [[@LINE+1]] leaks
int copy_contents_bad(struct table *t) { char *p = malloc(4); if (!p) return -1; memcpy(t->slots[0].bytes, p, 4); return 0; }
