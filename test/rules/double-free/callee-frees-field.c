// RUN: %memcheck --fail-on never --rules=double-free,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A callee that frees a field of the object its pointer parameter points to
 * (drop_buf(c) { free(c->buf); }) releases the caller's c->buf: freeing it
 * again, or using it, after the call is a bug. One that sets the field to
 * NULL, frees it on some paths only, or is followed by a new value is not. */
#include <stdlib.h>

struct conn { char *buf; char *name; int n; };

static void drop_buf(struct conn *c) { free(c->buf); }
static void drop_buf_clear(struct conn *c) { free(c->buf); c->buf = NULL; }
static void drop_buf_if(struct conn *c, int k) { if (k) free(c->buf); }
static void read_buf(struct conn *c) { c->n = c->buf[0]; }

void param_twice(struct conn *c)
{
    drop_buf(c);
    // CHECK: callee-frees-field.c:[[@LINE+1]]:5: error: 'c->buf' is released twice: free() here, after drop_buf() at line [[@LINE-1]] already released it [double-free]
    free(c->buf);
}

void local_twice(void)
{
    struct conn *c = malloc(sizeof *c);
    if (!c)
        return;
    c->buf = malloc(16);
    drop_buf(c);
    // CHECK: callee-frees-field.c:[[@LINE+1]]:5: error: 'c->buf' is released twice: free() here, after drop_buf() at line [[@LINE-1]] already released it [double-free]
    free(c->buf);
    free(c);
}

void written_after(struct conn *c)
{
    drop_buf(c);
    // CHECK: callee-frees-field.c:[[@LINE+1]]:5: error: 'c->buf' is written through after drop_buf() released it at line [[@LINE-1]] [use-after-free]
    c->buf[0] = 'x';
}

void passed_after(struct conn *c)
{
    drop_buf(c);
    // CHECK: callee-frees-field.c:[[@LINE+1]]:5: error: 'c->buf' is passed to read_buf() after drop_buf() released it at line [[@LINE-1]] [use-after-free]
    read_buf(c);
}

/* must not flag */
void cleared_by_callee(struct conn *c) { drop_buf_clear(c); free(c->buf); }
void some_paths(struct conn *c, int k) { drop_buf_if(c, k); c->buf = NULL; }
void replaced(struct conn *c) { drop_buf(c); c->buf = malloc(4); free(c->buf); c->buf = NULL; }
void other_field(struct conn *c) { drop_buf(c); free(c->name); c->name = NULL; c->buf = NULL; }
void other_object(struct conn *a, struct conn *b) { drop_buf(a); free(b->buf); b->buf = NULL; a->buf = NULL; }
