// RUN: %memcheck --fail-on never --rules=use-after-free,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A call through a function-pointer field whose targets all release an
 * argument releases it: a later release is a double free, and a release
 * before it makes the call the second one. Targets that disagree, that only
 * borrow, or a field also given a parameter release nothing the caller knows
 * of. */
#include <stdlib.h>

struct buf;
struct buf_ops {
    void (*destroy)(struct buf *b);
    int (*size)(const struct buf *b);
};
struct buf {
    const struct buf_ops *ops;
    char *data;
    int len;
};

static void heap_destroy(struct buf *b) { free(b->data); free(b); }
static void pool_destroy(struct buf *b) { free(b); }
static int buf_size(const struct buf *b) { return b->len; }

static const struct buf_ops heap_ops = { .destroy = heap_destroy, .size = buf_size };
static const struct buf_ops pool_ops = { pool_destroy, buf_size };
const struct buf_ops *buf_ops_for(int pooled) { return pooled ? &pool_ops : &heap_ops; }

// CHECK: callbacks.c:[[@LINE+5]]:5: error: 'b' is released twice: free() here, after b->ops->destroy() at line [[@LINE+4]] already released it [double-free]
// CHECK: callbacks.c:[[@LINE+3]]:5: note: first released by b->ops->destroy() here
// CHECK: callbacks.c:[[@LINE+2]]:5: note: b->ops->destroy may be heap_destroy() or pool_destroy(), and each releases it
void buf_drop_bad(struct buf *b) {
    b->ops->destroy(b);
    free(b);
}

// CHECK: callbacks.c:[[@LINE+4]]:5: error: 'b' is released twice: ops->destroy() here, after free() at line [[@LINE+3]] already released it [double-free]
// CHECK: callbacks.c:[[@LINE+3]]:5: note: ops->destroy may be heap_destroy() or pool_destroy(), and each releases it
void buf_drop_twice_bad(const struct buf_ops *ops, struct buf *b) {
    free(b);
    ops->destroy(b);
}

/* a function calling through the field releases its parameter for its own
   callers: its summary comes after the targets' */
static void buf_release(struct buf *b) { b->ops->destroy(b); }

// CHECK: callbacks.c:[[@LINE+3]]:5: error: 'b' is released twice: free() here, after buf_release() at line [[@LINE+2]] already released it [double-free]
void buf_release_bad(struct buf *b) {
    buf_release(b);
    free(b);
}

/* size only reads */
void buf_size_ok(struct buf *b) {
    if (b->ops->size(b) > 0)
        free(b);
}

/* the targets disagree: one keeps what it is given */
struct cache_ops { void (*put)(char *s); };
static char *cached;
static void put_free(char *s) { free(s); }
static void put_keep(char *s) { cached = s; }
static struct cache_ops cache_ops = { put_free };
void cache_use_keep(void) { cache_ops.put = put_keep; }

void cache_put_ok(char *s) {
    cache_ops.put(s);
    free(s);
}

/* a field also given a parameter */
struct req { void (*on_done)(char *p); };
static void req_free(char *p) { free(p); }
void req_init(struct req *r) { r->on_done = req_free; }
void req_hook(struct req *r, void (*fn)(char *)) { r->on_done = fn; }

void req_finish_ok(struct req *r, char *p) {
    r->on_done(p);
    free(p);
}

/* every target only borrows */
struct log_ops { void (*print)(const char *s); };
static void log_plain(const char *s) { (void)s; }
static void log_quiet(const char *s) { (void)s; }
static const struct log_ops log_table[2] = { { log_plain }, { .print = log_quiet } };

void log_then_free_ok(int k, char *s) {
    log_table[k].print(s);
    free(s);
}

/* a realloc() wrapper gives the block back when it fails: the caller may
   still free it then */
struct mem_ops { void *(*resize)(void *p, size_t n); };
static void *resize_plain(void *p, size_t n) { return realloc(p, n); }
static void *resize_twice(void *p, size_t n) { return realloc(p, n * 2); }
static const struct mem_ops mem_ops_table[] = { { resize_plain }, { resize_twice } };

char *grow_ok(int k, char *p, size_t n) {
    char *q = mem_ops_table[k].resize(p, n);
    if (!q) {
        free(p);
        return NULL;
    }
    return q;
}
