// RUN: %memcheck --fail-on never --rules=use-after-free,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Calls through a function-pointer field whose targets the program names use
 * what all the targets do to an argument: a table of operations initialised
 * with named functions (designated or positional), or a field assigned a named
 * function. Where the targets disagree, or the field is also given something
 * else than a named function, the call is one nothing is known of. */
#include <stdlib.h>

struct conn;
struct conn_ops {
    int (*close)(struct conn *c);
    int (*read)(struct conn *c);
};
struct conn {
    const struct conn_ops *ops;
    char *buf;
    int fd;
};

static int tcp_close(struct conn *c) { free(c->buf); free(c); return 0; }
static int tls_close(struct conn *c) { free(c->buf); free(c); return 1; }
static int tcp_read(struct conn *c) { return c->fd; }
static int tls_read(struct conn *c) { return c->buf[0]; }

static const struct conn_ops tcp_ops = { .close = tcp_close, .read = tcp_read };
static const struct conn_ops tls_ops = { tls_close, tls_read };
const struct conn_ops *conn_ops_for(int tls) { return tls ? &tls_ops : &tcp_ops; }

// CHECK: callbacks.c:[[@LINE+5]]:15: error: 'c' is dereferenced after c->ops->close() released it at line [[@LINE+4]] [use-after-free]
// CHECK: callbacks.c:[[@LINE+3]]:5: note: released by c->ops->close() here
// CHECK: callbacks.c:[[@LINE+2]]:5: note: c->ops->close may be tcp_close() or tls_close(), and each releases it
int conn_close_bad(struct conn *c) {
    c->ops->close(c);
    return c->fd;
}

/* a call through a local copy of the table */
// CHECK: callbacks.c:[[@LINE+6]]:12: error: 'c' is passed to ops->read() after ops->close() released it at line [[@LINE+5]] [use-after-free]
// CHECK: note: released by ops->close() here
// CHECK: note: ops->close may be tcp_close() or tls_close(), and each releases it
int conn_reopen_bad(struct conn *c) {
    const struct conn_ops *ops = c->ops;
    ops->close(c);
    return ops->read(c);
}

/* read only reads: what follows it is fine */
int conn_read_ok(struct conn *c) {
    int n = c->ops->read(c);
    return n + c->fd;
}

/* a field assigned named functions, called as (*h->fn)(p) */
struct holder {
    void (*release)(void *p);
    void (*peek)(const void *p);
    void *data;
};
static void data_free(void *p) { free(p); }
static void data_free_logged(void *p) { free(p); }
static void data_peek(const void *p) { (void)p; }

void holder_init(struct holder *h, int logged) {
    if (logged)
        h->release = data_free_logged;
    else
        h->release = data_free;
    h->peek = data_peek;
}

// CHECK: callbacks.c:[[@LINE+5]]:5: error: 'p' is written through after h->release() released it at line [[@LINE+4]] [use-after-free]
// CHECK: callbacks.c:[[@LINE+3]]:5: note: released by h->release() here
// CHECK: callbacks.c:[[@LINE+2]]:5: note: h->release may be data_free() or data_free_logged(), and each releases it
void holder_drop_bad(struct holder *h, char *p) {
    (*h->release)(p);
    *p = 0;
}

void holder_peek_ok(struct holder *h, char *p) {
    h->peek(p);
    *p = 0;
    h->release(p);
}

/* the targets disagree: one frees, one keeps */
struct sink_ops { void (*put)(char *s); };
static char *kept;
static void sink_free(char *s) { free(s); }
static void sink_keep(char *s) { kept = s; }
static const struct sink_ops sinks[] = { { sink_free }, { .put = sink_keep } };

char sink_disagree_ok(int k, char *s) {
    sinks[k].put(s);
    return s[0];
}

/* a field also given a parameter: its targets are not all known */
struct timer { void (*done)(void *arg); void *arg; };
static void timer_free(void *arg) { free(arg); }
void timer_default(struct timer *t) { t->done = timer_free; }
void timer_set(struct timer *t, void (*fn)(void *)) { t->done = fn; }

int timer_fire_ok(struct timer *t, int *arg) {
    t->done(arg);
    return *arg;
}

/* a field copied from another kind of field: unknown */
struct job { void (*finish)(void *p); };
struct pool { void (*cleanup)(void *p); };
static void job_free(void *p) { free(p); }
void job_init(struct job *j, const struct pool *pl) {
    j->finish = job_free;
    if (pl)
        j->finish = pl->cleanup;
}

int job_run_ok(struct job *j, int *p) {
    j->finish(p);
    return *p;
}

/* a pluggable allocator given a library function: the library's users may
   give it their own, so what it does is not known */
struct allocator { void *(*alloc)(size_t n); void (*release)(void *p); };
static struct allocator default_allocator = { malloc, free };

int allocator_release_ok(struct allocator *a, int *p) {
    a->release(p);
    return *p;
}

/* a table copied whole from another: what that one holds is not known */
struct codec { void (*drop)(void *p); };
static void codec_drop(void *p) { free(p); }
static struct codec codec_current = { codec_drop };
void codec_install(const struct codec *c) { codec_current = *c; }

int codec_drop_ok(int *p) {
    codec_current.drop(p);
    return *p;
}
