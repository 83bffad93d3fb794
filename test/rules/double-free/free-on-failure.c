// RUN: %memcheck --fail-on never --rules=double-free,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function that frees its argument on one side of its result only
 * (conn_finish() frees the connection where it returns -1): the caller's
 * release on that side is a second one, on the other side it is the only one. */
#include <stdlib.h>

struct conn { char *buf; int fd; };
int flush_fd(int fd);
void note(int fd);

/* -1 when the connection was broken; it is freed then */
static int conn_finish(struct conn *c)
{
    if (flush_fd(c->fd) < 0) {
        free(c->buf);
        free(c);
        return -1;
    }
    return 0;
}

static struct conn *conn_new(int fd)
{
    struct conn *c = malloc(sizeof *c);
    if (!c)
        return NULL;
    c->buf = NULL;
    c->fd = fd;
    return c;
}

void finish_then_free_on_failure(int fd)
{
    struct conn *c = conn_new(fd);
    if (!c)
        return;
    if (conn_finish(c) < 0) {
        // CHECK: free-on-failure.c:[[@LINE+2]]:9: error: 'c' is released twice: free() here, after conn_finish() at line {{[0-9]+}} already released it [double-free]
        // CHECK: free-on-failure.c:[[@LINE-2]]:9: note: first released by conn_finish() here (it releases its argument when it returns nonzero)
        free(c);
        return;
    }
    free(c);
}

/* must not flag: released by the caller only where conn_finish() kept it */
void finish_then_free_on_success(int fd)
{
    struct conn *c = conn_new(fd);
    if (!c)
        return;
    if (conn_finish(c) < 0)
        return;
    free(c->buf);
    free(c);
}

/* the status kept in a variable and tested later */
void finish_status_later(int fd)
{
    struct conn *c = conn_new(fd);
    if (!c)
        return;
    int rc = conn_finish(c);
    if (rc != 0)
        // CHECK: free-on-failure.c:[[@LINE+1]]:17: error: 'c' is dereferenced after conn_finish() released it at line {{[0-9]+}} [use-after-free]
        note(c->fd);
    else
        free(c);
}

/* must not flag: the status is not tested: which side was taken is unknown */
void finish_untested(int fd)
{
    struct conn *c = conn_new(fd);
    if (!c)
        return;
    conn_finish(c);
}

/* frees its argument only where it succeeds (0); on failure the caller keeps it */
static int conn_close(struct conn *c)
{
    if (flush_fd(c->fd) != 0)
        return -1;
    free(c->buf);
    free(c);
    return 0;
}

void close_then_free_on_success(int fd)
{
    struct conn *c = conn_new(fd);
    if (!c)
        return;
    if (conn_close(c) == 0)
        // CHECK: free-on-failure.c:[[@LINE+2]]:9: error: 'c' is released twice: free() here, after conn_close() at line {{[0-9]+}} already released it [double-free]
        // CHECK: free-on-failure.c:[[@LINE-2]]:9: note: first released by conn_close() here (it releases its argument when it returns 0)
        free(c);
}

/* must not flag: the caller frees only where conn_close() failed */
void close_or_free(int fd)
{
    struct conn *c = conn_new(fd);
    if (!c)
        return;
    if (conn_close(c) != 0) {
        free(c->buf);
        free(c);
    }
}

/* must not flag: a parameter the caller was lent, used where it was kept */
int close_param(struct conn *c)
{
    if (conn_close(c) != 0) {
        note(c->fd);
        return -1;
    }
    return 0;
}

/* ... and used where it was freed */
int close_param_bad(struct conn *c)
{
    if (conn_close(c) == 0) {
        // CHECK: free-on-failure.c:[[@LINE+1]]:17: error: 'c' is dereferenced after conn_close() released it at line {{[0-9]+}} [use-after-free]
        note(c->fd);
        return 0;
    }
    return -1;
}
