// RUN: %memcheck --fail-on never --rules=use-after-free,destroy-naming,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A destroy-named function with an integer handle parameter releases what the
 * handle names (a registry slot, a descriptor, a key), not the container it
 * gets as a pointer: luaL_unref(L, t, ref). The container stays usable. */
#include <stdlib.h>

struct state;
struct pool { int used[8]; char *name; };

void registry_unref(struct state *L, int t, int ref);
void state_push_error(struct state *L, const char *msg);

void unref_then_use_ok(struct state *L, int ref)
{
    registry_unref(L, -1000, ref);
    state_push_error(L, "unreferenced");
}

/* Releases a slot: not a destroyer of the pool. */
void pool_release(struct pool *p, int slot_id)
{
    p->used[slot_id] = 0;
}

void pool_reuse_ok(struct pool *p)
{
    pool_release(p, 3);
    p->used[3] = 1;
}

/* A destroyer without a handle is still one. */
void pool_destroy(struct pool *p)
{
    if (!p)
        return;
    free(p->name);
    free(p);
}

// CHECK: handle-release.c:[[@LINE+4]]:5: error: 'p->used' is {{.*}}after pool_destroy() released it at line [[@LINE+3]] [use-after-free]
void pool_destroy_then_use_bad(struct pool *p)
{
    pool_destroy(p);
    p->used[0] = 1;
}
