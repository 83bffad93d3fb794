// RUN: %memcheck --fail-on never --rules=use-after-free,double-free,free-non-heap,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A member's address is not its base. A destroyer known by its name, alone or
 * through a body that hands its parameter to one, given &base->member or
 * &local.member frees what the member holds, not the block around it:
 * mutex_destroy(&loop->mu) leaves loop to be used and freed. A deallocator
 * given the address, or a body that frees its parameter with one, frees that
 * very pointer, which is the block's when the member comes first (container_of):
 * that release is still the base's. A member that is a pointer is its own
 * object. */
#include <stdlib.h>

typedef struct { int locked; } mutex_t;
typedef struct { char *data; size_t len; } buf_t;
typedef struct { char *name; int y; } obj_t;
typedef struct { mutex_t mu; buf_t buf; buf_t *bp; obj_t obj; char *name; int y; } loop_t;

void mutex_destroy(mutex_t *m);                     /* known by its name */
void mem_release(void *p);
void buf_dispose(buf_t *b) { mem_release(b); }      /* by a name, one call away */
void buf_destroy(buf_t *b);
void obj_free(obj_t *o) { free(o->name); free(o); } /* frees the very pointer */

void loop_close_ok(loop_t *loop)
{
    mutex_destroy(&loop->mu);
    buf_dispose(&loop->buf);
    free(loop->name);
    free(loop);
}

int member_pointer_ok(loop_t *loop)
{
    mutex_t *m = &loop->mu;
    mutex_destroy(m);
    return loop->y;
}

int local_member_ok(void)
{
    loop_t l = {0};
    l.buf.data = malloc(4);
    buf_dispose(&l.buf);
    return l.y;
}

int heap_loop_ok(void)
{
    loop_t *l = calloc(1, sizeof *l);
    if (!l)
        return -1;
    mutex_destroy(&l->mu);
    l->y = 1;
    free(l);
    return 0;
}

void free_member_bad(loop_t *loop)
{
    free(&loop->buf);
// CHECK: member-address.c:[[@LINE+1]]:11: error: 'loop' is written through after free() released it at line [[@LINE-1]] [use-after-free]
    loop->y = 1;
}

int obj_free_bad(loop_t *loop)
{
    obj_free(&loop->obj);
// CHECK: member-address.c:[[@LINE+1]]:18: error: 'loop' is dereferenced after obj_free() released it at line [[@LINE-1]] [use-after-free]
    return loop->y;
}

size_t field_pointer_bad(loop_t *loop)
{
    buf_destroy(loop->bp);
// CHECK: member-address.c:[[@LINE+1]]:22: error: 'loop->bp' is dereferenced after buf_destroy() released it at line [[@LINE-1]] [use-after-free]
    return loop->bp->len;
}

void destroy_after_free_bad(loop_t *loop)
{
    free(loop);
// CHECK: member-address.c:[[@LINE+1]]:26: error: 'loop' is written through after free() released it at line [[@LINE-1]] [use-after-free]
    mutex_destroy(&loop->mu);
}

void field_pointer_twice_bad(loop_t *loop)
{
    buf_destroy(loop->bp);
// CHECK: member-address.c:[[@LINE+1]]:5: error: 'loop->bp' is released twice: buf_destroy() here, after buf_destroy() at line [[@LINE-1]] already released it [double-free]
    buf_destroy(loop->bp);
}
