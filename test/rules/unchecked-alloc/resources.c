// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* unchecked-alloc: descriptors, streams, directories and mappings fail their own
 * way; a wrong check is its own finding. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

int fd_ok(const char *path) { int fd = open(path, O_RDONLY); if (fd < 0) return -1; char b[4]; int n = (int)read(fd, b, sizeof b); close(fd); return n; }
int fd_minus_one_ok(const char *path) { int fd = open(path, O_RDONLY); if (fd == -1) return -1; close(fd); return 0; }
int file_ok(const char *path) { FILE *f = fopen(path, "r"); if (!f) return -1; fprintf(f, "x"); fclose(f); return 0; }
int dir_ok(const char *path) { DIR *d = opendir(path); if (!d) return -1; readdir(d); closedir(d); return 0; }
void *map_ok(int fd, size_t n) { void *m = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, 0); if (m == MAP_FAILED) return NULL; return m; }

// CHECK: resources.c:[[@LINE+1]]:87: warning: 'fd' from open() at line {{[0-9]+}} may be -1: passed to read() (argument 1 must not be -1) without a check [unchecked-alloc]
int fd_bad(const char *path) { int fd = open(path, O_RDONLY); char b[4]; int n = (int)read(fd, b, sizeof b); close(fd); return n; }
// CHECK: resources.c:[[@LINE+1]]:72: warning: 'fd' from open() is compared with 0 only; open() fails with -1 and 0 is a valid descriptor [unchecked-alloc]
int fd_zero_bad(const char *path) { int fd = open(path, O_RDONLY); if (fd == 0) return -1; close(fd); return 0; }
// CHECK: resources.c:[[@LINE+1]]:62: warning: 'f' from fopen() at line {{[0-9]+}} may be NULL: passed to fprintf() (argument 1 must not be NULL) without a check [unchecked-alloc]
int file_bad(const char *path) { FILE *f = fopen(path, "r"); fprintf(f, "x"); fclose(f); return 0; }
// CHECK: resources.c:[[@LINE+1]]:57: warning: 'd' from opendir() at line {{[0-9]+}} may be NULL: passed to readdir() (argument 1 must not be NULL) without a check [unchecked-alloc]
int dir_bad(const char *path) { DIR *d = opendir(path); readdir(d); closedir(d); return 0; }
// CHECK: resources.c:[[@LINE+1]]:100: warning: 'm' from mmap() is compared with NULL, but mmap() fails with MAP_FAILED, not NULL [unchecked-alloc]
void *map_null_bad(int fd, size_t n) { void *m = mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, 0); if (m == NULL) return NULL; return m; }
