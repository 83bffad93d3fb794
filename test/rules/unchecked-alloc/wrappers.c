// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* unchecked-alloc: wrappers are judged by their bodies; never-fail ones need no check. */
#include <stdlib.h>
#include <string.h>

static void *xmalloc(size_t n) { void *p = malloc(n); if (!p) abort(); return p; }
static char *try_dup(const char *s) { char *d = malloc(strlen(s) + 1); if (d) strcpy(d, s); return d; }
static void fill(char *p) { p[0] = 'x'; }

int xmalloc_ok(void) { char *p = xmalloc(8); p[0] = 0; free(p); return 0; }
int try_dup_checked_ok(const char *s) { char *d = try_dup(s); if (!d) return -1; d[0] = 'y'; free(d); return 0; }
int free_unchecked_ok(void) { char *p = malloc(8); free(p); return 0; }
char *return_unchecked_ok(void) { char *p = malloc(8); return p; }
int compare_ok(void) { char *p = malloc(8); int same = p == NULL; free(p); return same; }

// CHECK: wrappers.c:[[@LINE+1]]:56: warning: 'd' from try_dup() at line {{[0-9]+}} may be NULL: written through without a check [unchecked-alloc]
int try_dup_bad(const char *s) { char *d = try_dup(s); d[0] = 'y'; free(d); return 0; }
// CHECK: wrappers.c:[[@LINE+1]]:52: warning: 'p' from malloc() at line {{[0-9]+}} may be NULL: passed to fill() (argument 1 must not be NULL) without a check [unchecked-alloc]
int helper_derefs_bad(void) { char *p = malloc(8); fill(p); free(p); return 0; }
