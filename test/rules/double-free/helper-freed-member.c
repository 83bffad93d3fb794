// RUN: %memcheck --fail-on never --rules=double-free,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A helper given the address of a member (`clear(&o->filters)`) that frees a
 * field of it on every path releases the caller's field: freeing it again, or
 * reading it, afterwards is reported; resetting it first is fine. */
#include <stdlib.h>

struct filters { char *stack; int count; };
struct reader { struct filters filters; char *name; };

static void clear_filters(struct filters *f)
{
    free(f->stack);
}

void reader_free_twice(struct reader *r)
{
    clear_filters(&r->filters);
    // CHECK: helper-freed-member.c:[[@LINE+1]]:5: error: 'r->filters.stack' is released twice: free() here, after clear_filters() at line [[@LINE-1]] already released it [double-free]
    free(r->filters.stack);
    free(r);
}

int reader_peek(struct reader *r)
{
    clear_filters(&r->filters);
    // CHECK: helper-freed-member.c:[[@LINE+1]]:13: error: 'r->filters.stack' is dereferenced after clear_filters() released it at line [[@LINE-1]] [use-after-free]
    int c = r->filters.stack[0];
    free(r);
    return c;
}

void reader_reset(struct reader *r)
{
    clear_filters(&r->filters);
    r->filters.stack = NULL;
    free(r->filters.stack);
    free(r);
}

