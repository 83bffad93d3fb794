// --debug-engine: what a callee defined in the file does with its argument,
// from its summary: frees it (released via summary), keeps it (escaped; linked
// when another argument is the object a parameter points to, where it is kept),
// only reads it (still live and owned here).
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
#include <string.h>
void memcheck_dump();
struct box { char *buf; };

static void dispose(char *s) { free(s); }
static void keep(struct box *b, char *s) { b->buf = s; }
static size_t length(const char *s) { return strlen(s); }

void passed(struct box *b)
{
    char *a = malloc(4), *c = malloc(4), *d = malloc(4);
    if (!a || !c || !d) {
        free(a);
        free(c);
        free(d);
        return;
    }
    dispose(a);
    keep(b, c);
    length(d);
    memcheck_dump(a, c, d);
    // CHECK: dump-summary-args.c:[[@LINE-1]]:5: note: memcheck_dump: a = resource #1: alloc by malloc(), family malloc, released by dispose(), owned, non-null, may fail, via summary; c = resource #2: alloc by malloc(), family malloc, escaped, owned, non-null, may fail, linked; d = resource #3: alloc by malloc(), family malloc, live, owned, non-null, may fail{{$}}
    free(d);
}
