// --debug-engine: a block stored into a parameter's object or a global is
// handed off (escaped) and linked; returning it hands it off too.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();
struct box { char *buf; int n; };
char *saved;

void into_field(struct box *b)
{
    char *s = malloc(3);
    b->buf = s;
    memcheck_dump(s, b->buf);
    // CHECK: dump-escape.c:[[@LINE-1]]:5: note: memcheck_dump: s = resource #1: alloc by malloc(), family malloc, escaped, owned, unchecked, may fail, linked; b->buf = resource #1: alloc by malloc(), family malloc, escaped, owned, unchecked, may fail, linked{{$}}
}

void into_global(void)
{
    char *s = malloc(3);
    saved = s;
    memcheck_dump(s, saved);
    // CHECK: dump-escape.c:[[@LINE-1]]:5: note: memcheck_dump: s = resource #0: alloc by malloc(), family malloc, escaped, owned, unchecked, may fail; saved = resource #0: alloc by malloc(), family malloc, escaped, owned, unchecked, may fail{{$}}
}

/* A local struct is not longer-lived: the block stays ours. */
void into_local(void)
{
    struct box local;
    local.buf = malloc(3);
    memcheck_dump(local.buf);
    // CHECK: dump-escape.c:[[@LINE-1]]:5: note: memcheck_dump: local.buf = resource #0: alloc by malloc(), family malloc, live, owned, unchecked, may fail{{$}}
    free(local.buf);
}
