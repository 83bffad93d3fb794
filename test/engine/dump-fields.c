// --debug-engine: a field written is read back with what was written; a field
// of a parameter's object never written here is a pointer the function does
// not own (origin place).
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();
struct box { char *buf; int n; struct box *next; };

void write_then_read(struct box *b)
{
    b->n = 5;
    b->buf = NULL;
    memcheck_dump(b->n, b->buf, b);
    // CHECK: dump-fields.c:[[@LINE-1]]:5: note: memcheck_dump: b->n = int 5; b->buf = null; b = resource #0: param 'b', live, not owned, non-null{{$}}
}

void read_only(struct box *b)
{
    memcheck_dump(b->buf);
    // CHECK: dump-fields.c:[[@LINE-1]]:5: note: memcheck_dump: b->buf = resource #1: place, live, not owned, unchecked{{$}}
}

/* The initialiser {0} sets the first field; the others it leaves at 0, which is
 * not followed today: a better answer for s.n is 0. */
void local_struct(void)
{
    struct box s = {0};
    memcheck_dump(s.buf, s.n);
    // CHECK: dump-fields.c:[[@LINE-1]]:5: note: memcheck_dump: s.buf = null; s.n = unknown{{$}}
    s.n = 7;
    s.buf = malloc(2);
    memcheck_dump(s.buf, s.n);
    // CHECK: dump-fields.c:[[@LINE-1]]:5: note: memcheck_dump: s.buf = resource #0: alloc by malloc(), family malloc, live, owned, unchecked, may fail; s.n = int 7{{$}}
    free(s.buf);
}
