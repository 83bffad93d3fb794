// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A mapping tested against NULL and then against MAP_FAILED was checked the
 * right way (the NULL test is only redundant); tested against NULL alone it
 * was not, whether it is used, stored or returned afterwards. */
#include <stddef.h>
#include <sys/mman.h>

struct map { void *data; size_t len; };

int both_or_ok(struct map *out, int fd, size_t n)
{
    out->data = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, 0);
    if (!out->data || out->data == MAP_FAILED)
        return -1;
    out->len = n;
    return 0;
}
char both_sequence_ok(int fd, size_t n)
{
    char *m = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == NULL)
        return 0;
    if (m == MAP_FAILED)
        return 0;
    char c = m[0];
    munmap(m, n);
    return c;
}

// CHECK: mmap-both-checks.c:[[@LINE+5]]:9: warning: 'm' from mmap() is compared with NULL, but mmap() fails with MAP_FAILED, not NULL [unchecked-alloc]
char null_then_use_bad(int fd, size_t n)
{
    char *m = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, 0);
    char c = 0;
    if (m != NULL)
        c = m[0];
    return c;
}
// CHECK: mmap-both-checks.c:[[@LINE+4]]:15: warning: 'out->data' from mmap() is compared with NULL, but mmap() fails with MAP_FAILED, not NULL [unchecked-alloc]
int null_then_store_bad(struct map *out, int fd, size_t n)
{
    out->data = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, 0);
    if (!out->data)
        return -1;
    out->len = n;
    return 0;
}
