// A function that owns nothing is walked joined, yet its summary is the one the
// path-sensitive walk gives: keep_sometimes() stores p on one path only, and
// the paths joined after that still count as keeping p on some path and not on
// another (effect 4, may keep it), not as always keeping it (3, keep_always).
// And its callers' findings are those of a path-sensitive walk.
// RUN: %memcheck --quiet --summaries-out %t.json %s -- -std=gnu11
// RUN: FileCheck %s < %t.json
// RUN: %memcheck --fail-on error --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s --check-prefix=FIND %no-other-findings %no-other-dumps
// CHECK: "name":"keep_sometimes",{{[^]]*}}"params":[{"effect":4,
// CHECK: "name":"keep_always",{{[^]]*}}"params":[{"effect":3,
#include <stdlib.h>
void memcheck_dump();
void note(int);
static char *saved;

void keep_sometimes(char *p, int k)
{
    int a = 0, b = 0, c = 0;
    if (k & 8)
        saved = p;
    if (k & 1)
        a = 1;
    if (k & 2)
        b = 1;
    if (k & 4)
        c = 1;
    note(a + b + c);
}

void keep_always(char *p, int k)
{
    saved = p;
    note(k);
}

void caller(int k)
{
    char *p = malloc(4);
    if (!p)
        return;
    keep_sometimes(p, k);
    memcheck_dump(p);
    // FIND: joined-summary.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, escaped, owned, non-null, may fail{{$}}
}

/* The caller owns p: its walk stays path-sensitive, and the leak is found. */
void caller_leaks(int k)
{
    char *p = malloc(4);
    if (!p)
        return;
    if (k)
        return;
    // FIND: joined-summary.c:[[@LINE-1]]:9: warning: {{.*}}'p'{{.*}} [leak]
    keep_sometimes(p, k);
}
