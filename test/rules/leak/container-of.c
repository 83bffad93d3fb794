// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function given the address of a struct's member may reach the whole struct
 * (container_of): libgit2 hands `&writer.base` to a filter chain whose close
 * callback closes `writer.fd`. One that only reads the member reaches nothing. */
#include <fcntl.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>

typedef struct stream {
    int (*write)(struct stream *s, const char *data, size_t len);
    int (*close)(struct stream *s);
} stream;

typedef struct fd_stream {
    stream base;
    int fd;
    int open;
} fd_stream;

int run_filters(const char *data, stream *target);

static int fd_close(stream *s)
{
    fd_stream *w = (fd_stream *)s;
    w->open = 0;
    return close(w->fd);
}

static int fd_write(stream *s, const char *data, size_t len)
{
    fd_stream *w = (fd_stream *)s;
    return (int)write(w->fd, data, len);
}

static int has_writer(const stream *s) { return s->write != NULL; }
static int is_writable(stream *s) { return s->write != NULL && s->close != NULL; }

int filtered_write_ok(const char *path, const char *data)
{
    int fd = open(path, O_WRONLY | O_CREAT, 0644);
    if (fd < 0)
        return -1;
    fd_stream w;
    memset(&w, 0, sizeof w);
    w.base.write = fd_write;
    w.base.close = fd_close;
    w.fd = fd;
    w.open = 1;
    int error = run_filters(data, &w.base);
    if (w.open)
        return -1;
    return error;
}

int const_member_bad(const char *path)
{
    fd_stream w;
    memset(&w, 0, sizeof w);
    w.base.write = fd_write;
    w.fd = open(path, O_RDONLY);
    if (w.fd < 0)
        return -1;
    // CHECK: container-of.c:[[@LINE+1]]:5: warning: file descriptor 'w.fd' allocated by open() at line {{[0-9]+}} leaks on the path returning {{.*}} [leak]
    return has_writer(&w.base);
}

int read_member_bad(const char *path)
{
    fd_stream w;
    memset(&w, 0, sizeof w);
    w.base.write = fd_write;
    w.fd = open(path, O_RDONLY);
    if (w.fd < 0)
        return -1;
    // CHECK: container-of.c:[[@LINE+1]]:5: warning: file descriptor 'w.fd' allocated by open() at line {{[0-9]+}} leaks on the path returning {{.*}} [leak]
    return is_writable(&w.base);
}
