// --debug-engine: a value returned by a function of the file comes from its
// summary: owned memory that may be NULL (wrap), owned memory never NULL
// (xmalloc aborts instead), a literal that is not the caller's.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();

static char *xmalloc(size_t n)
{
    char *p = malloc(n);
    if (!p)
        abort();
    return p;
}
static char *wrap(size_t n) { return malloc(n); }
static const char *name(void) { return "x"; }
static char *maybe_null(int c) { return c ? "yes" : NULL; }

void callers(int c)
{
    char *x = xmalloc(3), *y = wrap(3);
    const char *z = name();
    const char *m = maybe_null(c);
    memcheck_dump(x, y, z, m);
    // CHECK: dump-wrappers.c:[[@LINE-1]]:5: note: memcheck_dump: x = resource #0: alloc by xmalloc(), family malloc, live, owned, non-null; y = resource #1: alloc by wrap(), family malloc, live, owned, unchecked, may fail; z = resource #2: string literal by name(), live, not owned, non-null; m = resource #3: string literal by maybe_null(), live, not owned, unchecked{{$}}
    free(x);
    free(y);
}
