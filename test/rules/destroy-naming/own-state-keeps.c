// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A destroyer that keeps its object on a path chosen by the object's own
 * lifetime state does so by design: a reference still held, a free deferred
 * by a flag, a connection already closed, a kind of cell owned elsewhere, an
 * object embedded in another. Reduced from tmux's session_free(), libevent's
 * evhttp_request_free() and evws_close(), sqlite's sqlite3ExprDeleteNN() and
 * libuv's close callbacks, zstd's ZSTD_freeCDict(). A test of what it holds
 * is no such state. */
#include <stdbool.h>
#include <stdlib.h>

typedef struct session { int references; char *name; } session;

/* freed once no reference is left; held through another name (s = sess) */
void session_free(session *sess)
{
    session *s = sess;
    if (s == NULL)
        return;
    if (s->references == 0) {
        free(s->name);
        free(s);
    }
}

#define REQ_DEFER_FREE 0x4
#define REQ_NEEDS_FREE 0x8
typedef struct request { int flags; char *uri; } request;

void request_free(request *req)
{
    if (req == NULL)
        return;
    if (req->flags & REQ_DEFER_FREE) {
        req->flags |= REQ_NEEDS_FREE;
        return;
    }
    free(req->uri);
    free(req);
}

typedef struct conn { bool closed; char *buf; } conn;

void conn_close(conn *c)
{
    if (c == NULL || c->closed)
        return;
    c->closed = true;
    free(c->buf);
    free(c);
}

enum cell_kind { CELL_SPLIT = 1, CELL_PANE = 2 };
typedef struct cell { enum cell_kind kind; struct cell *child; } cell;

void cell_free(cell *c, int only_splits)
{
    if (c == NULL || (only_splits && c->kind == CELL_PANE))
        return;
    cell_free(c->child, only_splits);
    free(c);
}

typedef struct handle { void *data; } handle;
typedef struct pinger { int pongs; handle tcp; } pinger;

void pinger_free(handle *h)
{
    if (h == NULL)
        return;
    pinger *p = h->data;
    if (h == &p->tcp) {
        free(p); /* frees h too */
    } else {
        free(h);
        free(p);
    }
}

/* placed in its own workspace: freeing the workspace frees it (zstd's
 * ZSTD_freeCDict(), whose workspace helper zeroes the handle with memset) */
typedef struct workspace { char *start, *end; } workspace;
typedef struct dict { workspace ws; int level; } dict;

static int workspace_owns(const workspace *ws, const void *p)
{
    return p != NULL && (const char *)p >= ws->start && (const char *)p < ws->end;
}

static void workspace_free(workspace *ws)
{
    char *start = ws->start;
    __builtin_memset(ws, 0, sizeof *ws);
    free(start);
}

void dict_free(dict *d)
{
    if (d == NULL)
        return;
    int inside = workspace_owns(&d->ws, d);
    workspace_free(&d->ws);
    if (!inside)
        free(d);
}

/* controls: a test of what the object holds chooses no lifetime */

typedef struct buffer { size_t len; char *data; } buffer;

void buffer_destroy(buffer *b)
{
    if (b == NULL)
        return;
    if (b->len == 0)
        // CHECK: own-state-keeps.c:[[@LINE+1]]:9: warning: destroy-named buffer_destroy() does not release 'b' on the path returning at line [[@LINE+1]] [destroy-naming]
        return;
    free(b->data);
    free(b);
}

typedef struct file { int fd; char *path; } file;

void file_free(file *f)
{
    if (f == NULL)
        return;
    if (f->fd < 0)
        // CHECK: own-state-keeps.c:[[@LINE+1]]:9: warning: destroy-named file_free() does not release 'f' on the path returning at line [[@LINE+1]] [destroy-naming]
        return;
    free(f->path);
    free(f);
}
