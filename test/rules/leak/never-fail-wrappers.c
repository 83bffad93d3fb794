// RUN: printf 'never-fail: [grow_or_die, make_or_die]\n' > %t.yml
// RUN: %memcheck --config %t.yml --fail-on error --rules=leak,unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A never-fail wrapper with a body keeps what its body does: one that
 * reallocates releases the old block, so growing in a loop leaks nothing. The
 * handler it calls on failure is set at run time (it does not return). */
#include <stdlib.h>

static void (*on_oom)(size_t);
void set_oom(void (*h)(size_t)) { on_oom = h; }

static void *try_grow(void *p, size_t n)
{
    if (n == 0 && p) {
        free(p);
        return NULL;
    }
    void *q = realloc(p, n);
    return q;
}
void *grow_or_die(void *p, size_t n) { p = try_grow(p, n); if (!p && n) on_oom(n); return p; }
void *make_or_die(size_t n) { void *p = malloc(n); if (!p) on_oom(n); return p; }

struct item { int v; };
int grow_loop_ok(int k)
{
    struct item *items = NULL;
    int n = 0;
    for (int i = 0; i < k; i++) {
        items = grow_or_die(items, sizeof *items * (size_t)(n + 1));
        items[n++].v = i;
    }
    free(items);
    return n;
}
int make_unchecked_ok(void) { char *p = make_or_die(4); p[0] = 0; free(p); return 0; }

// CHECK: never-fail-wrappers.c:[[@LINE+1]]:63: warning: memory 'p' allocated by make_or_die() at line [[@LINE+1]] leaks
int make_leak_bad(void) { char *p = make_or_die(4); p[0] = 0; return 1; }
// CHECK: never-fail-wrappers.c:[[@LINE+1]]:92: warning: memory 'q' allocated by grow_or_die() at line [[@LINE+1]] leaks
int grow_leak_bad(void) { char *p = make_or_die(4); char *q = grow_or_die(p, 8); q[0] = 0; return 1; }
