// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: every kind of resource, aliases, noreturn paths, switch and main. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

__attribute__((noreturn)) void die(const char *msg);

// CHECK: resources-paths.c:[[@LINE+1]]:82: warning: directory stream 'd' allocated by opendir() at line {{[0-9]+}} leaks on the path returning 0 at line {{[0-9]+}} [leak]
int dir_bad(const char *p) { DIR *d = opendir(p); if (!d) return -1; readdir(d); return 0; }
int dir_ok(const char *p) { DIR *d = opendir(p); if (!d) return -1; readdir(d); closedir(d); return 0; }
// CHECK: resources-paths.c:[[@LINE+1]]:114: warning: mapping 'm' allocated by mmap() at line {{[0-9]+}} leaks on the path returning 0 at line {{[0-9]+}} [leak]
int map_bad(int fd) { void *m = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0); if (m == MAP_FAILED) return -1; return 0; }
int map_ok(int fd) { void *m = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0); if (m == MAP_FAILED) return -1; munmap(m, 4096); return 0; }
int fd_ok(const char *p) { int fd = open(p, O_RDONLY); if (fd < 0) return -1; close(fd); return 0; }
int alias_ok(void) { char *p = malloc(8); char *q = p; free(q); return 0; }
int noreturn_ok(void) { char *p = malloc(8); if (!p) return -1; die("stop"); }
int exit_ok(void) { char *p = malloc(8); if (!p) return -1; exit(1); }

int switch_bad(int k)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    switch (k) {
    case 1:
        free(p);
        return 1;
    case 2:
// CHECK: resources-paths.c:[[@LINE+1]]:9: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks on the path returning 2 at line {{[0-9]+}} [leak]
        return 2;
    default:
        break;
    }
    free(p);
    return 0;
}

int main(void)
{
    char *kept_until_exit = malloc(8);
    if (!kept_until_exit)
        return 1;
    return 0;
}
