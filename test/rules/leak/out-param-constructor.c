// RUN: %memcheck --fail-on never --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function that hands its caller a fresh block through an out-parameter
 * (int make(struct x **out)) gives it on the side of its result that says
 * success, and nothing on the other: the caller owns it only there. */
#include <stdlib.h>
#include <string.h>

struct conn { char *buf; int fd; };

/* 0 and a fresh connection in *out, or -1 and nothing */
static int conn_make(struct conn **out, int fd)
{
    struct conn *c = malloc(sizeof *c);
    if (!c)
        return -1;
    c->buf = NULL;
    c->fd = fd;
    *out = c;
    return 0;
}

int open_and_peek(int fd)
{
    struct conn *c;
    if (conn_make(&c, fd) != 0)
        return -1;
    // CHECK: out-param-constructor.c:[[@LINE+1]]:5: warning: memory 'c' allocated by conn_make() at line {{[0-9]+}} leaks on the path returning c->fd at line [[@LINE+1]] [leak]
    return c->fd;
}

/* must not flag: released on success; the failing side holds nothing */
int open_and_close(int fd)
{
    struct conn *c;
    if (conn_make(&c, fd) < 0)
        return -1;
    int r = c->fd;
    free(c);
    return r;
}

/* must not flag: handed on through its own out-parameter */
int open_into(struct conn **res, int fd)
{
    struct conn *c = NULL;
    int rc = conn_make(&c, fd);
    if (rc)
        return rc;
    *res = c;
    return 0;
}

/* ... which makes open_into() a constructor too */
int use_open_into(int fd)
{
    struct conn *c;
    if (open_into(&c, fd))
        return -1;
    // CHECK: out-param-constructor.c:[[@LINE+1]]:5: warning: memory 'c' allocated by open_into() at line {{[0-9]+}} leaks on the path returning c->fd at line [[@LINE+1]] [leak]
    return c->fd;
}

/* must not flag: stored in a field of the caller's object */
struct server { struct conn *conn; };
int server_attach(struct server *s, int fd)
{
    return conn_make(&s->conn, fd);
}

/* must not flag: a constructor that also keeps the object elsewhere does not
 * give its caller the only reference */
static struct conn *registry[8];
static int conn_make_registered(struct conn **out, int fd)
{
    struct conn *c = malloc(sizeof *c);
    if (!c)
        return -1;
    c->fd = fd;
    c->buf = NULL;
    *out = c;
    registry[fd & 7] = c;
    return 0;
}
int registered(int fd)
{
    struct conn *c;
    if (conn_make_registered(&c, fd))
        return -1;
    return c->fd;
}

/* every path writes *out, NULL where it failed: a NULL check decides */
static void conn_make_or_null(struct conn **out)
{
    struct conn *c = malloc(sizeof *c);
    if (!c) {
        *out = NULL;
        return;
    }
    c->fd = 0;
    c->buf = NULL;
    *out = c;
}
int null_checked(void)
{
    struct conn *c;
    conn_make_or_null(&c);
    if (!c)
        return -1;
    free(c);
    return 0;
}
int null_checked_leak(void)
{
    struct conn *c;
    conn_make_or_null(&c);
    if (!c)
        return -1;
    // CHECK: out-param-constructor.c:[[@LINE+1]]:5: warning: memory 'c' allocated by conn_make_or_null() at line {{[0-9]+}} leaks on the path returning c->fd at line [[@LINE+1]] [leak]
    return c->fd;
}

/* must not flag: the status is not tested, and free(NULL) is harmless */
int untested(int fd)
{
    struct conn *c = NULL;
    conn_make(&c, fd);
    free(c);
    return 0;
}

/* negative on failure, a count on success */
static int buf_read(char **out, int n)
{
    if (n <= 0)
        return -1;
    char *b = malloc((size_t)n);
    if (!b)
        return -2;
    memset(b, 0, (size_t)n);
    *out = b;
    return n;
}
int read_leak(int n)
{
    char *b;
    int got = buf_read(&b, n);
    if (got < 0)
        return -1;
    // CHECK: out-param-constructor.c:[[@LINE+1]]:5: warning: memory 'b' allocated by buf_read() at line {{[0-9]+}} leaks on the path returning b[0] + got at line [[@LINE+1]] [leak]
    return b[0] + got;
}
int read_ok(int n)
{
    char *b;
    int got = buf_read(&b, n);
    if (got < 0)
        return -1;
    int r = b[0];
    free(b);
    return r;
}

/* failing with what another call said (nonzero there), else returning the
 * status of a constructor it calls, untested: a constructor two levels deep */
int probe(int fd);
static int conn_make_probed(struct conn **out, int fd)
{
    int rc = probe(fd);
    if (rc)
        return rc;
    return conn_make(out, fd);
}
int probed_leak(int fd)
{
    struct conn *c;
    if (conn_make_probed(&c, fd) != 0)
        return -1;
    // CHECK: out-param-constructor.c:[[@LINE+1]]:5: warning: memory 'c' allocated by conn_make_probed() at line {{[0-9]+}} leaks on the path returning c->fd at line [[@LINE+1]] [leak]
    return c->fd;
}

/* must not flag: a result that does not tell (unknown on both sides) */
static int conn_make_unsure(struct conn **out, int fd)
{
    if (probe(fd) > 3)
        return probe(fd);
    *out = malloc(sizeof **out);
    return probe(fd);
}
int unsure(int fd)
{
    struct conn *c;
    if (conn_make_unsure(&c, fd) != 0)
        return -1;
    return 0;
}

/* must not flag: the status tested within the condition, then again */
int read_status_twice(int n)
{
    char *b = NULL;
    int err = 0;
    if ((err = buf_read(&b, n)) < 0)
        return err ? -1 : 0;
    free(b);
    return 0;
}

/* 1 and a fresh connection in *out, or 0 and nothing */
static int conn_make_one(struct conn **out)
{
    struct conn *c = malloc(sizeof *c);
    if (!c)
        return 0;
    c->fd = 1;
    c->buf = NULL;
    *out = c;
    return 1;
}

int make_one_leak(void)
{
    struct conn *c;
    if (!conn_make_one(&c))
        return -1;
    // CHECK: out-param-constructor.c:[[@LINE+1]]:5: warning: memory 'c' allocated by conn_make_one() at line {{[0-9]+}} leaks on the path returning c->fd at line [[@LINE+1]] [leak]
    return c->fd;
}

/* must not flag: the status kept and compared with 0 */
int make_one_ok(void)
{
    struct conn *c;
    int ok = conn_make_one(&c);
    if (ok == 0)
        return -1;
    int fd = c->fd;
    free(c);
    return fd;
}

/* must not flag: compared with 1 where it succeeded */
int make_one_eq(void)
{
    struct conn *c;
    if (conn_make_one(&c) == 1) {
        int fd = c->fd;
        free(c);
        return fd;
    }
    return -1;
}

/* must not flag: an error text given in *cause where it returns -1 and
 * nothing where it returns 0 (tmux's layout_parse()), freed where the caller
 * sees -1 */
static int parse_layout(int w, char **cause)
{
    if (w < 0) {
        *cause = strdup("negative");
        return -1;
    }
    if (w > 5) {
        *cause = strdup("too big");
        return -1;
    }
    return 0;
}
int select_layout(int w)
{
    char *cause;
    if (parse_layout(w, &cause) == -1) {
        free(cause);
        return -1;
    }
    return 0;
}

/* must not flag: a path given where it returns -1, NULL where it returns an
 * exit code (memcheck's own find_db()), and the caller returns that code */
static int find_dir(const char *hint, char **dir)
{
    if (hint) {
        *dir = strdup(hint);
        if (!*dir)
            return 2;
        return -1;
    }
    *dir = NULL;
    return 2;
}
int open_db(const char *hint)
{
    char *dir;
    int rc = find_dir(hint, &dir);
    if (rc >= 0)
        return rc;
    int n = (int)strlen(dir);
    free(dir);
    return n;
}
