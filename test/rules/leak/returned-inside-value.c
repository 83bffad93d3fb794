// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* What is returned inside another value is handed on: a descriptor returned by
 * a helper that maps errors (quickjs's js_get_errno) or boxed in a struct by
 * value (JS_NewInt32), and a block returned as the address of its flexible
 * array member (the caller gets back to the header with container_of). */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

typedef union { int32_t int32; void *ptr; } value_union;
typedef struct { value_union u; int64_t tag; } value;
#define MKVAL(tag, v) (value){ (value_union){ .int32 = v }, tag }

static inline value new_int32(int32_t v) { return MKVAL(1, v); }
static ssize_t get_errno(ssize_t ret) { if (ret == -1) ret = -errno; return ret; }

value os_open_ok(const char *path)
{
    int ret = get_errno(open(path, O_RDONLY));
    return new_int32(ret);
}

value os_dup_ok(int fd)
{
    int ret = get_errno(dup(fd));
    return new_int32(ret);
}

struct sab { int ref_count; unsigned char buf[]; };

void *sab_alloc_ok(size_t size)
{
    struct sab *s = malloc(sizeof *s + size);
    if (!s)
        return NULL;
    s->ref_count = 1;
    return s->buf;
}

// CHECK: returned-inside-value.c:[[@LINE+7]]:9: warning: memory 's' allocated by malloc() at line [[@LINE+3]] leaks on the {{.*}}path returning NULL at line [[@LINE+7]] [leak]
void *sab_alloc_bad(size_t size)
{
    struct sab *s = malloc(sizeof *s + size);
    if (!s)
        return NULL;
    if (size > 4096)
        return NULL;
    return s->buf;
}

// CHECK: returned-inside-value.c:[[@LINE+5]]:5: warning: file descriptor 'fd' allocated by open() at line [[@LINE+3]] leaks {{.*}}[leak]
value os_open_bad(const char *path)
{
    int fd = open(path, O_RDONLY);
    (void)fd;
    return new_int32(0);
}
