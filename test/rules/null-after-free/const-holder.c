// RUN: %memcheck --fail-on never --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A field of what a pointer-to-const parameter points to cannot be cleared
 * by the function: a read callback given `const struct buf *b` frees b->base,
 * and its caller fills the buffer anew before the next call (libuv's
 * uv_read_cb). Through a pointer to a modifiable object it can, and is. */
#include <stdlib.h>

struct buf { char *base; size_t len; };
struct stream { struct buf pending; char *name; };

void on_read(struct stream *s, long n, const struct buf *b)
{
    (void)s;
    (void)n;
    free(b->base);
}

void on_read_mutable(struct stream *s, long n, struct buf *b)
{
    (void)s;
    (void)n;
    // CHECK: const-holder.c:[[@LINE+1]]:5: warning: 'b->base' is released by free() but still points to the freed memory when on_read_mutable() returns at line [[@LINE+2]] [null-after-free]
    free(b->base);
}

/* The object the const pointer reaches through a field of its own is another
 * object, which it may clear: not exempt. */
struct holder { struct stream *s; };
void drop_name(const struct holder *h)
{
    // CHECK: const-holder.c:[[@LINE+1]]:5: warning: 'h->s->name' is released by free() but still points to the freed memory when drop_name() returns at line [[@LINE+2]] [null-after-free]
    free(h->s->name);
}
