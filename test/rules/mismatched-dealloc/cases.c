// RUN: %memcheck --fail-on never --rules=mismatched-dealloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* mismatched-dealloc: released by a deallocator of another family. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

typedef struct Foo { int x; } Foo;
Foo *foo_create(void) { return calloc(1, sizeof(Foo)); }
void foo_destroy(Foo *f) { free(f); }
void *foo_alloc(size_t n) { return malloc(n); }

// CHECK: cases.c:[[@LINE+1]]:78: error: 'f' was acquired by fopen() (family 'FILE') but is released by free() (family 'malloc') [mismatched-dealloc]
void file_free_bad(const char *p) { FILE *f = fopen(p, "r"); if (!f) return; free(f); }
// CHECK: cases.c:[[@LINE+1]]:70: error: 'f' was acquired by malloc() (family 'malloc') but is released by fclose() (family 'FILE') [mismatched-dealloc]
void malloc_fclose_bad(void) { FILE *f = malloc(64); if (!f) return; fclose(f); }
// CHECK: cases.c:[[@LINE+1]]:116: error: 'm' was acquired by mmap() (family 'mmap') but is released by free() (family 'malloc') [mismatched-dealloc]
void mmap_free_bad(int fd) { void *m = mmap(NULL, 64, PROT_READ, MAP_PRIVATE, fd, 0); if (m == MAP_FAILED) return; free(m); }
// CHECK: cases.c:[[@LINE+1]]:86: error: 'f' was acquired by fdopen() (family 'FILE') but is released by free() (family 'malloc') [mismatched-dealloc]
void fdopen_free_bad(int fd) { FILE *f = fdopen(fd, "r"); if (!f) return; close(fd); free(f); }
// CHECK: cases.c:[[@LINE+1]]:50: error: 'f' was acquired by foo_create() (family 'foo') but is released by free() (family 'malloc') [mismatched-dealloc]
void foo_free_bad(void) { Foo *f = foo_create(); free(f); }
// CHECK: cases.c:[[@LINE+1]]:75: error: 'f' was acquired by popen() (family 'popen') but is released by fclose() (family 'FILE') [mismatched-dealloc]
void popen_fclose_bad(void) { FILE *f = popen("ls", "r"); if (!f) return; fclose(f); }

void file_ok(const char *p) { FILE *f = fopen(p, "r"); if (!f) return; fclose(f); }
void foo_ok(void) { Foo *f = foo_create(); foo_destroy(f); }
void foo_alloc_ok(void) { char *s = foo_alloc(8); free(s); }
void popen_ok(void) { FILE *f = popen("ls", "r"); if (!f) return; pclose(f); }
void mmap_ok(int fd) { void *m = mmap(NULL, 64, PROT_READ, MAP_PRIVATE, fd, 0); if (m == MAP_FAILED) return; munmap(m, 64); }
