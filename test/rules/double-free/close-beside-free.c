// RUN: %memcheck --fail-on never --rules=double-free,use-after-free,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* conn_close(Conn *) beside conn_free(Conn *) closes the object, which stays to
 * be freed by conn_free: the close hides no leak, and a free or a read after it
 * is no double free nor use after free. A close with no free of its own prefix
 * and type (file_close, stream_close beside a stream_free of another type) is
 * still the destroyer. */
typedef struct Conn { int fd; } Conn;
typedef struct File { int fd; } File;
typedef struct Stream { int fd; } Stream;
typedef struct Other { int fd; } Other;

Conn *conn_create(void);
void conn_close(Conn *c);
void conn_free(Conn *c);
File *file_create(void);
void file_close(File *f);
Stream *stream_create(void);
void stream_close(Stream *s);
void stream_free(Other *o);

void close_then_free(void)
{
    Conn *c = conn_create();
    if (!c)
        return;
    conn_close(c);
    conn_free(c);
}

int read_after_close(void)
{
    Conn *c = conn_create();
    if (!c)
        return 0;
    conn_close(c);
    int fd = c->fd;
    conn_free(c);
    return fd;
}

void close_only(void)
{
    Conn *c = conn_create();
    if (!c)
        return;
    conn_close(c);
// CHECK: close-beside-free.c:[[@LINE+1]]:1: warning: memory 'c' allocated by conn_create() at line {{[0-9]+}} leaks at the end of the function (line {{[0-9]+}}) [leak]
}

void file_once(void)
{
    File *f = file_create();
    if (!f)
        return;
    file_close(f);
}

void file_twice(void)
{
    File *f = file_create();
    if (!f)
        return;
    file_close(f);
// CHECK: close-beside-free.c:[[@LINE+1]]:5: error: 'f' is released twice: file_close() here, after file_close() at line {{[0-9]+}} already released it [double-free]
    file_close(f);
}

void stream_twice(void)
{
    Stream *s = stream_create();
    if (!s)
        return;
    stream_close(s);
// CHECK: close-beside-free.c:[[@LINE+1]]:5: error: 's' is released twice: stream_close() here, after stream_close() at line {{[0-9]+}} already released it [double-free]
    stream_close(s);
}
