// RUN: %memcheck --fail-on never --rules=free-non-heap,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function whose body releases its parameter only through a destroyer known
 * by its name (buf_dispose(b) { mem_release(b); }) may free only what the object
 * holds: given the address of a local or a member, it releases their contents,
 * as the destroyer itself would. A body that frees its parameter with a
 * deallocator frees that very pointer: given a local's address, a bug. */
#include <stdlib.h>

typedef struct { char *data; size_t len; } buf_t;
typedef struct { buf_t buf; int y; } conn_t;

void mem_release(void *p);
void buf_dispose(buf_t *b) { mem_release(b); }
void buf_free(buf_t *b) { free(b->data); free(b); }

int local_ok(void)
{
    buf_t b = {0};
    b.data = malloc(4);
    buf_dispose(&b);
    return 0;
}

int local_member_ok(void)
{
    conn_t c = {0};
    c.buf.data = malloc(4);
    buf_dispose(&c.buf);
    return c.y;
}

// CHECK: release-by-name.c:[[@LINE+1]]:39: error: buf_free() releases '&b', which points to a local object on the stack, not to memory it allocated [free-non-heap]
void local_bad(void) { buf_t b = {0}; buf_free(&b); }
