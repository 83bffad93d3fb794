// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: flags that guard the release (constants, globals never written, locals
 * set on the way), loops, switch, goto cleanup, cleanup attributes and the
 * reassignment that defeats them, struct fields and out-parameters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEBUG_KEEP 0
static const int keep_copies = 0;
static int g_verbose = 1;
static void free_charp(char **p) { free(*p); }
#define auto_free __attribute__((cleanup(free_charp)))

void const_flag_ok(void) { char *p = malloc(8); if (!p) return; if (!DEBUG_KEEP) free(p); }
void static_const_flag_ok(void) { char *p = malloc(8); if (!p) return; if (keep_copies == 0) free(p); }
void unwritten_global_flag_ok(void) { char *p = malloc(8); if (!p) return; if (g_verbose) puts(p); free(p); }
// CHECK: flows.c:[[@LINE+1]]:91: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function (line {{[0-9]+}}) [leak]
void const_flag_bad(void) { char *p = malloc(8); if (!p) return; if (DEBUG_KEEP) free(p); }
void local_flag_ok(int n) { char *p = NULL; int owned = 0; if (n > 0) { p = malloc(n); if (!p) return; owned = 1; } if (owned) free(p); }
// CHECK: flows.c:[[@LINE+1]]:117: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function (line {{[0-9]+}}) [leak]
void local_flag_bad(int n) { char *p = malloc(8); int done = 0; if (!p) return; if (n) done = 1; if (done) free(p); }
int loop_each_ok(int n) { for (int i = 0; i < n; i++) { char *p = malloc(16); if (!p) return -1; snprintf(p, 16, "%d", i); puts(p); free(p); } return 0; }
// CHECK: flows.c:[[@LINE+1]]:112: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks when 'p' goes out of scope [leak]
int loop_break_bad(int n) { for (int i = 0; i < n; i++) { char *p = malloc(16); if (!p) return -1; if (i == 3) break; free(p); } return 0; }
int switch_each_ok(int k) { char *p = malloc(8); if (!p) return -1; switch (k) { case 0: puts("a"); break; case 1: puts("b"); /* fall through */ default: puts("c"); } free(p); return 0; }
// CHECK: flows.c:[[@LINE+1]]:118: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks on the path returning 1 at line {{[0-9]+}} [leak]
int switch_case_bad(int k) { char *p = malloc(8); if (!p) return -1; switch (k) { case 0: free(p); return 0; case 1: return 1; default: free(p); return 2; } }
int goto_cleanup_ok(const char *a, const char *b) { int rc = -1; char *x = strdup(a); char *y = NULL; if (!x) goto out; y = strdup(b); if (!y) goto out; rc = 0; out: free(y); free(x); return rc; }
// CHECK: flows.c:[[@LINE+1]]:166: warning: memory 'x' allocated by strdup() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} (taken when 'y' is NULL at line {{[0-9]+}}) [leak]
int goto_skips_bad(const char *a, const char *b) { char *x = strdup(a); if (!x) return -1; char *y = strdup(b); if (!y) goto fail; free(y); free(x); return 0; fail: return -1; }
void cleanup_attr_ok(int k) { auto_free char *p = malloc(8); if (!p || k) return; puts(p); }
// CHECK: flows.c:[[@LINE+1]]:82: warning: memory from malloc() at line {{[0-9]+}} leaks: 'p', the last reference to it, is overwritten [leak]
void cleanup_reassign_bad(void) { auto_free char *p = malloc(8); if (!p) return; p = malloc(16); }
void cleanup_reassign_after_free_ok(void) { auto_free char *p = malloc(8); free(p); p = malloc(16); }
struct conn { char *name; FILE *log; };
int conn_open_ok(struct conn *c, const char *name) { c->name = strdup(name); if (!c->name) return -1; c->log = fopen("/tmp/log", "a"); if (!c->log) { free(c->name); c->name = NULL; return -1; } return 0; }
// CHECK: flows.c:[[@LINE+1]]:102: warning: memory 'c.name' allocated by strdup() at line {{[0-9]+}} leaks on the path returning puts(c.name) at line {{[0-9]+}} [leak]
int conn_local_bad(const char *name) { struct conn c; c.name = strdup(name); if (!c.name) return -1; return puts(c.name); }
int out_param_on_success_ok(char **out, const char *s) { char *p = strdup(s); if (!p) return -1; if (!*s) { free(p); return -1; } *out = p; return 0; }
// CHECK: flows.c:[[@LINE+1]]:103: warning: memory 'p' allocated by strdup() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} [leak]
int out_param_error_bad(char **out, const char *s) { char *p = strdup(s); if (!p) return -1; if (!*s) return -1; *out = p; return 0; }
