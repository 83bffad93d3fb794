// RUN: %memcheck --fail-on never --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A static helper that frees a field of the object it is given (or a global),
 * on every path, and leaves it dangling hands that field to its callers: each call leaves the
 * caller's own field released, and the caller's exits judge it. A caller that
 * then frees the whole object, or resets the field, leaves nothing dangling;
 * one that returns with the object alive gets the finding, at the call.
 * Reduced from libarchive's clear_filters(&rar->filters) in the cleanup that
 * frees rar next. */
#include <stdlib.h>

struct filters { char *stack; int count; };
struct reader { struct filters filters; char *name; };
struct conn { char *buf; int fd; };

static void clear_filters(struct filters *f)
{
    free(f->stack);
    f->count = 0;
}

void reader_free(struct reader *r)
{
    clear_filters(&r->filters);
    free(r->name);
    free(r);
}

void reader_rewind(struct reader *r)
{
    // CHECK: helper-empties-member.c:[[@LINE+1]]:5: warning: 'r->filters.stack' is released by clear_filters() but still points to the freed memory when reader_rewind() returns at line [[@LINE+2]] [null-after-free]
    clear_filters(&r->filters);
}

void reader_restart(struct reader *r)
{
    clear_filters(&r->filters);
    r->filters.stack = NULL;
}

int reader_local(void)
{
    struct filters f = {malloc(8), 1};
    clear_filters(&f);
    return f.count;
}

/* the same through a pointer to the object itself */
static void drop_buf(struct conn *c)
{
    free(c->buf);
}

void conn_close(struct conn *c)
{
    drop_buf(c);
    free(c);
}

void conn_flush(struct conn *c)
{
    // CHECK: helper-empties-member.c:[[@LINE+1]]:5: warning: 'c->buf' is released by drop_buf() but still points to the freed memory when conn_flush() returns at line [[@LINE+2]] [null-after-free]
    drop_buf(c);
}

/* a helper that frees the field on one path only keeps the finding itself */
static void maybe_drop(struct conn *c, int all)
{
    if (all)
        // CHECK: helper-empties-member.c:[[@LINE+1]]:9: warning: 'c->buf' is released by free() but still points to the freed memory when maybe_drop() returns at line [[@LINE+2]] [null-after-free]
        free(c->buf);
}

void conn_end(struct conn *c)
{
    maybe_drop(c, 1);
    free(c);
}

/* a global the helper frees on every path goes to its callers the same way:
 * main() ends the program, a caller that returns with it dangling is told */
static char *cache_buf;

static void drop_cache(void)
{
    free(cache_buf);
}

void cache_reset(void)
{
    // CHECK: helper-empties-member.c:[[@LINE+1]]:5: warning: 'cache_buf' is released by drop_cache() but still points to the freed memory when cache_reset() returns at line [[@LINE+2]] [null-after-free]
    drop_cache();
}

void cache_refill(void)
{
    drop_cache();
    cache_buf = malloc(64);
}

int main(void)
{
    cache_buf = malloc(16);
    drop_cache();
    return 0;
}
