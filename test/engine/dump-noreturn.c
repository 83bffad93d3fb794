// --debug-engine: a path that ends in a call that never returns reaches no
// later call: no line for it.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();
__attribute__((noreturn)) void die(const char *why);

void pruned(char *p)
{
    memcheck_dump(p);
    // CHECK: dump-noreturn.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: param 'p', live, not owned, unchecked{{$}}
    if (!p)
        die("no");
    memcheck_dump(p);
    // CHECK: dump-noreturn.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: param 'p', live, not owned, non-null{{$}}
    if (p[0] == 'x') {
        abort();
        memcheck_dump();
    }
    memcheck_dump();
    // CHECK: dump-noreturn.c:[[@LINE-1]]:5: note: memcheck_dump: reached{{$}}
}

static void fatal(void)
{
    exit(1);
}

/* A function of the file that never returns, by its summary. */
void by_summary(void)
{
    char *p = malloc(4);
    if (!p)
        fatal();
    memcheck_dump(p);
    // CHECK: dump-noreturn.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, live, owned, non-null, may fail{{$}}
    free(p);
}
