// RUN: %memcheck --fail-on never --rules=free-non-heap %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* free-non-heap: a function of the program that returns a static buffer or a
   string literal on every path (or NULL) hands out nothing to release. */
#include <stdlib.h>
#include <string.h>

static char *static_source(void) { static char buf[32]; strcpy(buf, "x"); return buf; }
static const char *name_of(int k) { return k ? "one" : "other"; }
static char *maybe_static(int k) { static char buf[8]; if (k < 0) return NULL; return buf; }
static char *mixed(int k) { static char buf[8]; if (k) return buf; return malloc(8); }

// CHECK: returned.c:[[@LINE+1]]:55: error: free() releases 'data', which points to a static object, not to memory it allocated [free-non-heap]
void static_bad(void) { char *data = static_source(); free(data); }
// CHECK: returned.c:[[@LINE+1]]:57: error: free() releases 'n', which points to a string literal, not to memory it allocated [free-non-heap]
void literal_bad(int k) { char *n = (char *)name_of(k); free(n); }
// CHECK: returned.c:[[@LINE+1]]:85: error: free() releases 'p', which points to a static object, not to memory it allocated [free-non-heap]
void maybe_bad(int k) { char *p = maybe_static(k); if (p == NULL) return; p[0] = 0; free(p); }
void mixed_ok(int k) { char *p = mixed(k); free(p); }
void kept_ok(void) { char *data = static_source(); data[0] = 'y'; }
