// RUN: %memcheck --fail-on never --rules=leak,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: memcpy, memset, strcpy and the like return their first argument: what
   they return is the block they were given. */
#include <stdlib.h>
#include <string.h>

static void *xmalloc(size_t n) { void *p = malloc(n); if (!p) abort(); return p; }
char *dup_ok(const char *s, size_t n) { return memcpy(xmalloc(n), s, n); }
char *zeroed_ok(size_t n) { char *p = malloc(n); if (!p) return NULL; return memset(p, 0, n); }
void kept_ok(char **out, const char *s) { char *p = malloc(8); if (!p) return; *out = strcpy(p, s); }
// CHECK: returns-arg.c:[[@LINE+1]]:92: warning: memory 'q' allocated by xmalloc() at line [[@LINE+1]] leaks at the end of the function (line [[@LINE+1]]) [leak]
void lost_bad(const char *s) { char *q = memcpy(xmalloc(strlen(s) + 1), s, strlen(s) + 1); }
// CHECK: returns-arg.c:[[@LINE+1]]:103: error: 'd' is written through after free() released it at line [[@LINE+1]] [use-after-free]
void freed_bad(const char *s) { char *p = malloc(8); if (!p) return; char *d = strcpy(p, s); free(p); d[0] = 0; }
