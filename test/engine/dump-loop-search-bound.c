// --debug-engine: a search loop left by its condition (`i < t->count` false)
// leaves its index at the bound; past the rounds it follows exactly, where the
// index is forgotten, an index that only counts up from 0 still says the bound
// is a count, not negative. Reduced from libarchive's
// update_current_filesystem(), which then sizes a table by the bound.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdint.h>
#include <stdlib.h>
void memcheck_dump();

struct entry { int64_t key; int flags; };
struct table { struct entry *entries; struct entry *last; int last_id; int count; int allocated; };

int find_or_add(struct table *t, int64_t key)
{
    int i, id;
    if (t->last != NULL && t->last->key == key)
        return t->last_id;
    for (i = 0; i < t->count; i++) {
        if (t->entries[i].key == key) {
            t->last_id = i;
            t->last = &t->entries[i];
            return i;
        }
    }
    id = t->count;
    if (id >= 1000000)
        return -1;
    if (id + 1 > t->allocated) {
        memcheck_dump(id);
        // CHECK: dump-loop-search-bound.c:[[@LINE-1]]:9: note: memcheck_dump: id = int 0{{$}}
        // CHECK-NEXT: dump-loop-search-bound.c:[[@LINE-2]]:9: note: memcheck_dump: id = int 1{{$}}
        // CHECK-NEXT: dump-loop-search-bound.c:[[@LINE-3]]:9: note: memcheck_dump: id = int [2, 999999]{{$}}
        // CHECK-NEXT: dump-loop-search-bound.c:[[@LINE-4]]:9: note: memcheck_dump: id = int [0, 999999]{{$}}
        int n = (id + 1) * 2;
        void *p = realloc(t->entries, n * sizeof(*t->entries));
        if (p == NULL)
            return -1;
        t->entries = p;
        t->allocated = n;
    }
    t->count = id + 1;
    return id;
}

/* an index that may start below 0 says nothing of its bound */
int find_from(struct table *t, int64_t key, int start)
{
    int i;
    for (i = start; i < t->count; i++)
        if (t->entries[i].key == key)
            return i;
    memcheck_dump(t->count);
    // CHECK: dump-loop-search-bound.c:[[@LINE-1]]:5: note: memcheck_dump: t->count = int [-2147483648, 2147483647]{{$}}
    return -1;
}
