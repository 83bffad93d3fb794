// --debug-engine: other families than malloc's: a FILE from fopen(), a
// descriptor from open() (an integer resource), a mapping from mmap(). What a
// check found is "null"/"non-null" for what fails as NULL, "failed"/"not
// failed" for what fails otherwise (-1, MAP_FAILED).
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <fcntl.h>
#include <sys/mman.h>
#include <stdio.h>
#include <unistd.h>
void memcheck_dump();

void file(void)
{
    FILE *f = fopen("a", "r");
    memcheck_dump(f);
    // CHECK: dump-handles.c:[[@LINE-1]]:5: note: memcheck_dump: f = resource #2: alloc by fopen(), family FILE, live, owned, unchecked, may fail{{$}}
    if (f)
        fclose(f);
    memcheck_dump(f);
    // CHECK: dump-handles.c:[[@LINE-1]]:5: note: memcheck_dump: f = resource #2: alloc by fopen(), family FILE, live, owned, null, may fail [error path]{{$}}
    // CHECK-NEXT: dump-handles.c:[[@LINE-2]]:5: note: memcheck_dump: f = resource #2: alloc by fopen(), family FILE, released by fclose(), owned, non-null, may fail{{$}}
}

void descriptor(void)
{
    int fd = open("a", O_RDONLY);
    memcheck_dump(fd);
    // CHECK: dump-handles.c:[[@LINE-1]]:5: note: memcheck_dump: fd = resource #1: alloc by open(), family fd, live, owned, unchecked, may fail{{$}}
    if (fd < 0)
        return;
    memcheck_dump(fd);
    // CHECK: dump-handles.c:[[@LINE-1]]:5: note: memcheck_dump: fd = resource #1: alloc by open(), family fd, live, owned, not failed, may fail{{$}}
    close(fd);
    memcheck_dump(fd);
    // CHECK: dump-handles.c:[[@LINE-1]]:5: note: memcheck_dump: fd = resource #1: alloc by open(), family fd, released by close(), owned, not failed, may fail{{$}}
}

void mapping(size_t n)
{
    void *p = mmap(0, n, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        memcheck_dump(p);
        // CHECK: dump-handles.c:[[@LINE-1]]:9: note: memcheck_dump: p = resource #0: alloc by mmap(), family mmap, live, owned, failed, may fail [error path]{{$}}
        return;
    }
    memcheck_dump(p);
    // CHECK: dump-handles.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by mmap(), family mmap, live, owned, not failed, may fail{{$}}
    munmap(p, n);
    memcheck_dump(p);
    // CHECK: dump-handles.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by mmap(), family mmap, released by munmap(), owned, not failed, may fail{{$}}
}
