// --debug-engine: a pointer nothing is known of (the result of a function
// without a body) is not NULL on the path after it is dereferenced, as after
// a check; a field read through it says nothing of the pointer itself.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump();

struct table { int refs; struct table *next; };
struct table *table_get(const char *name);

void after_write(const char *name)
{
    struct table *t = table_get(name);
    memcheck_dump(t);
    // CHECK: dump-deref-unknown.c:[[@LINE-1]]:5: note: memcheck_dump: t = unknown{{$}}
    t->refs++;
    memcheck_dump(t);
    // CHECK: dump-deref-unknown.c:[[@LINE-1]]:5: note: memcheck_dump: t = unknown, nonzero{{$}}
}

int after_read(const char *name)
{
    struct table *t = table_get(name);
    int n = t->refs;
    memcheck_dump(t);
    // CHECK: dump-deref-unknown.c:[[@LINE-1]]:5: note: memcheck_dump: t = unknown, nonzero{{$}}
    struct table *next = t->next;
    memcheck_dump(next);
    // CHECK: dump-deref-unknown.c:[[@LINE-1]]:5: note: memcheck_dump: next = unknown{{$}}
    return n;
}
