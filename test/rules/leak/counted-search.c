// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: a search for a free slot, then an append when it found none. The loop
 * leaves by its condition only with the counter at its bound, so after it
 * `i == n` is what tells the two apart: the object is stored on both. */
#include <stdlib.h>

struct item { int key; };
struct table { struct item **slots; int count; };

int table_put_ok(struct table *t, int key)
{
    struct item *it = calloc(1, sizeof *it);
    if (!it)
        return -1;
    it->key = key;
    int i;
    for (i = 0; i < t->count; i++) {
        if (!t->slots[i]) {
            t->slots[i] = it;
            break;
        }
    }
    if (i == t->count) {
        struct item **grown = realloc(t->slots, sizeof *grown * (size_t)(t->count + 1u));
        if (!grown) {
            free(it);
            return -1;
        }
        t->slots = grown;
        t->slots[t->count++] = it;
    }
    return 0;
}

int array_put_ok(struct item **slots, size_t n, int key)
{
    struct item *it = malloc(sizeof *it);
    if (!it)
        return -1;
    it->key = key;
    size_t i;
    for (i = 0; i != n; ++i)
        if (!slots[i]) {
            slots[i] = it;
            break;
        }
    if (i < n)
        return 0;
    free(it); /* no room */
    return 1;
}

int table_put_bad(struct table *t, int key)
{
    struct item *it = calloc(1, sizeof *it);
    if (!it)
        return -1;
    it->key = key;
    int i;
    for (i = 0; i < t->count; i++) {
        if (!t->slots[i]) {
            t->slots[i] = it;
            break;
        }
    }
// CHECK: counted-search.c:[[@LINE+2]]:9: warning: memory 'it' allocated by calloc() at line {{[0-9]+}} leaks on the path returning 1 at line {{[0-9]+}} [leak]
    if (i == t->count)
        return 1; /* full: 'it' is neither stored nor freed */
    return 0;
}

int array_put_stride_bad(struct item **slots, int n, int key)
{
    struct item *it = malloc(sizeof *it);
    if (!it)
        return -1;
    it->key = key;
    int i;
    for (i = 0; i < n; i += 2) /* steps by two: it may stop past n */
        if (!slots[i]) {
            slots[i] = it;
            return 0;
        }
    if (i == n) {
        free(it);
        return 1;
    }
// CHECK: counted-search.c:[[@LINE+1]]:5: warning: memory 'it' allocated by malloc() at line {{[0-9]+}} leaks on the path returning 2 at line {{[0-9]+}} [leak]
    return 2;
}

int next_free(struct item **slots, int n, int *i);

int array_put_by_callee_bad(struct item **slots, int n, int key)
{
    struct item *it = malloc(sizeof *it);
    if (!it)
        return -1;
    it->key = key;
    int i;
    for (i = 0; i < n; i++) /* the callee moves i on as it likes */
        if (next_free(slots, n, &i) == 0) {
            slots[i] = it;
            return 0;
        }
    if (i == n) {
        free(it);
        return 1;
    }
// CHECK: counted-search.c:[[@LINE+1]]:5: warning: memory 'it' allocated by malloc() at line {{[0-9]+}} leaks on the path returning 2 at line {{[0-9]+}} [leak]
    return 2;
}
