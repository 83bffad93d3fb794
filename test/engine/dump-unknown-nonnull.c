// --debug-engine: a pointer from an unmodelled call, once tested, keeps the
// answer on the branch where it was not NULL, until it is assigned again.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stddef.h>
struct node;
struct node *head(void);
struct node *next(struct node *n);
void memcheck_dump();

void tested(void)
{
    struct node *n = head();
    memcheck_dump(n);
    // CHECK: dump-unknown-nonnull.c:[[@LINE-1]]:5: note: memcheck_dump: n = unknown{{$}}
    if (n == NULL)
        return;
    memcheck_dump(n);
    // CHECK: dump-unknown-nonnull.c:[[@LINE-1]]:5: note: memcheck_dump: n = unknown, nonzero{{$}}
    n = next(n);
    memcheck_dump(n);
    // CHECK: dump-unknown-nonnull.c:[[@LINE-1]]:5: note: memcheck_dump: n = unknown{{$}}
}

int loop_runs(void)
{
    struct node *n;
    int count = 0;
    if (!(n = head()))
        return -1;
    while (n) {
        count++;
        n = next(n);
    }
    /* The loop's end, where next() gave NULL, is taken for an error path: a
     * better answer is a plain path, since next() allocates nothing. */
    memcheck_dump(count);
    // CHECK: dump-unknown-nonnull.c:[[@LINE-1]]:5: note: memcheck_dump: count = int [1, {{[0-9]+}}] [error path]{{$}}
    return count;
}
