// RUN: %memcheck --fail-on never --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A pointer field that the program releases only under a test of another
 * field of the same object (zlib's gzip state: `if (state->size)`) is tracked
 * by that field: a set-up that fails, frees it and leaves the tracking field
 * at 0 leaves nothing anyone frees or reads again. A field some function
 * frees without such a test (a destroyer freeing it unconditionally) keeps
 * the finding. */
#include <stdlib.h>

struct stream { unsigned size, want; int direct; unsigned char *in, *out; };

int stream_init(struct stream *s)
{
    s->in = malloc(s->want);
    if (s->in == NULL)
        return -1;
    if (!s->direct) {
        s->out = malloc(s->want);
        if (s->out == NULL) {
            free(s->in);
            return -1;
        }
    }
    s->size = s->want;
    return 0;
}

void stream_close(struct stream *s)
{
    if (s->size) {
        if (!s->direct)
            free(s->out);
        free(s->in);
    }
    free(s);
}

/* the same shape, but the destroyer frees the fields whatever the state */
struct conn { int ready; char *host, *bind; };

int conn_set(struct conn *c)
{
    c->host = malloc(16);
    if (!c->host)
        return -1;
    c->bind = malloc(16);
    if (!c->bind) {
        free(c->host);
        // CHECK: tracked-by-field.c:[[@LINE-1]]:9: warning: 'c->host' is released by free() but still points to the freed memory when conn_set() returns at line [[@LINE+1]] [null-after-free]
        return -1;
    }
    c->ready = 1;
    return 0;
}

void conn_free(struct conn *c)
{
    if (c->ready)
        free(c->bind);
    free(c->host);
    free(c);
}
