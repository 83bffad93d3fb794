// RUN: %memcheck --fail-on never --rules=mismatched-dealloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* mismatched-dealloc: attribute-declared deallocators, GLib, directories, and
 * releases that match. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pool_free(void *p);
__attribute__((malloc(pool_free, 1))) void *pool_alloc(size_t n);
void *g_malloc(size_t n);
void g_free(void *p);

// CHECK: more.c:[[@LINE+1]]:53: error: 'p' was acquired by pool_alloc() (family 'pool_free') but is released by free() (family 'malloc') [mismatched-dealloc]
void attr_free_bad(void) { void *p = pool_alloc(8); free(p); }
// CHECK: more.c:[[@LINE+1]]:46: error: 'p' was acquired by g_malloc() (family 'glib') but is released by free() (family 'malloc') [mismatched-dealloc]
void glib_bad(void) { char *p = g_malloc(8); free(p); }
// CHECK: more.c:[[@LINE+1]]:77: error: 'dir' was acquired by opendir() (family 'DIR') but is released by free() (family 'malloc') [mismatched-dealloc]
void dir_free_bad(const char *d) { DIR *dir = opendir(d); if (!dir) return; free(dir); }
// CHECK: more.c:[[@LINE+1]]:78: error: 'p' was acquired by strdup() (family 'malloc') but is released by fclose() (family 'FILE') [mismatched-dealloc]
void strdup_fclose_bad(const char *s) { char *p = strdup(s); if (!p) return; fclose((FILE *)p); }

void attr_ok(void) { void *p = pool_alloc(8); pool_free(p); }
void glib_ok(void) { char *p = g_malloc(8); g_free(p); }
void dir_ok(const char *d) { DIR *dir = opendir(d); if (!dir) return; closedir(dir); }
void strdup_ok(const char *s) { char *p = strdup(s); free(p); }
void calloc_ok(void) { int *v = calloc(4, sizeof *v); free(v); }
void realloc_ok(void) { char *p = malloc(4); char *q = realloc(p, 8); if (!q) { free(p); return; } free(q); }
void tmpfile_ok(void) { FILE *f = tmpfile(); if (f) fclose(f); }
