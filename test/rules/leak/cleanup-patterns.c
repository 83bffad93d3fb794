// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: the classic cleanup patterns come out clean; their broken twins leak on
 * the error path. */
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <unistd.h>

int single_label_ok(const char *path)
{
    int result = -1;
    FILE *f = NULL;
    char *buffer = NULL;
    f = fopen(path, "r");
    if (!f)
        goto cleanup;
    buffer = malloc(4096);
    if (!buffer)
        goto cleanup;
    result = 0;
cleanup:
    free(buffer);
    if (f)
        fclose(f);
    return result;
}

int nested_returns_ok(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char *buffer = malloc(4096);
    if (!buffer) {
        fclose(f);
        return -1;
    }
    free(buffer);
    fclose(f);
    return 0;
}

int nested_returns_bad(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char *buffer = malloc(4096);
    if (!buffer)
// CHECK: cleanup-patterns.c:[[@LINE+1]]:9: warning: file 'f' allocated by fopen() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} (taken when 'buffer' is NULL at line {{[0-9]+}}) [leak]
        return -1;
    free(buffer);
    fclose(f);
    return 0;
}

int label_skips_bad(const char *path)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return -1;
    char *buf = malloc(64);
    if (!buf)
        goto out;
    if (read(fd, buf, 64) < 0)
        goto out;
    free(buf);
out:
    close(fd);
// CHECK: cleanup-patterns.c:[[@LINE+1]]:5: warning: memory 'buf' allocated by malloc() at line {{[0-9]+}} leaks on the error path returning 0 at line {{[0-9]+}} (taken when 'read(fd, buf, 64) < 0' at line {{[0-9]+}}) [leak]
    return 0;
}

typedef struct Resource { int fd; void *buffer; } Resource;

Resource *resource_create(size_t size)
{
    Resource *r = malloc(sizeof *r);
    if (!r)
        return NULL;
    r->buffer = malloc(size);
    if (!r->buffer) {
        free(r);
        return NULL;
    }
    r->fd = open("/dev/null", O_RDONLY);
    if (r->fd < 0) {
        free(r->buffer);
        free(r);
        return NULL;
    }
    return r;
}

Resource *resource_create_bad(size_t size)
{
    Resource *r = malloc(sizeof *r);
    if (!r)
        return NULL;
    r->buffer = malloc(size);
    if (!r->buffer)
// CHECK: cleanup-patterns.c:[[@LINE+1]]:9: warning: memory 'r' allocated by malloc() at line {{[0-9]+}} leaks on the error path returning NULL at line {{[0-9]+}} (taken when 'r->buffer' is NULL at line {{[0-9]+}}) [leak]
        return NULL;
    return r;
}
