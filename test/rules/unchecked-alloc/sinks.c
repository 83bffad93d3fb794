// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* unchecked-alloc: an unchecked allocation handed to a function of the program
   that dereferences it on every path before any check, directly or through a
   pointer to the caller's variable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void show_discard(char *data) { data[0] = 0; puts(data); free(data); }
static void use_via(char **dp) { char *data = *dp; data[0] = 0; puts(data); free(data); }
static void use_via_void(void *vp) { char **dp = (char **)vp; char *data = *dp; strcpy(data, "x"); free(data); }
static void checked_free(char *data) { if (data == NULL) return; data[0] = 0; free(data); }
static void checked_via(char **dp) { if (*dp == NULL) return; (*dp)[0] = 0; free(*dp); }
static void replaces_via(char **dp) { *dp = malloc(4); if (!*dp) exit(1); (*dp)[0] = 0; }

// CHECK: sinks.c:[[@LINE+1]]:55: warning: 'data' from malloc() at line [[@LINE+1]] may be NULL: passed to show_discard() (argument 1 must not be NULL) without a check [unchecked-alloc]
void release_sink_bad(void) { char *data = malloc(8); show_discard(data); }
// CHECK: sinks.c:[[@LINE+1]]:51: warning: 'data' from malloc() at line [[@LINE+1]] may be NULL: passed to use_via() (argument 1 must not be NULL) without a check [unchecked-alloc]
void via_sink_bad(void) { char *data = malloc(8); use_via(&data); }
// CHECK: sinks.c:[[@LINE+1]]:52: warning: 'data' from malloc() at line [[@LINE+1]] may be NULL: passed to use_via_void() (argument 1 must not be NULL) without a check [unchecked-alloc]
void void_sink_bad(void) { char *data = malloc(8); use_via_void(&data); }

void release_sink_ok(void) { char *data = malloc(8); if (data == NULL) exit(1); show_discard(data); }
void via_sink_ok(void) { char *data = malloc(8); if (!data) return; use_via(&data); }
void checked_sink_ok(void) { char *data = malloc(8); checked_free(data); }
void checked_via_ok(void) { char *data = malloc(8); checked_via(&data); }
void replaced_ok(void) { char *data = malloc(8); free(data); replaces_via(&data); free(data); }

/* through a global the sink reads, or a field of a struct it gets by value */
static char *g_data;
struct box { char *data; int n; };
static void global_sink(void) { char *data = g_data; data[0] = 0; puts(data); free(data); }
static void global_checked_sink(void) { char *data = g_data; if (data) data[0] = 0; free(data); }
static void box_sink(struct box b) { b.data[0] = 0; puts(b.data); free(b.data); }
// CHECK: sinks.c:[[@LINE+1]]:64: warning: 'data' from malloc() at line [[@LINE+1]] may be NULL: used by global_sink(), which dereferences it without a check [unchecked-alloc]
void global_bad(void) { char *data = malloc(8); g_data = data; global_sink(); }
// CHECK: sinks.c:[[@LINE+1]]:75: warning: 'data' from malloc() at line [[@LINE+1]] may be NULL: used by box_sink(), which dereferences it without a check [unchecked-alloc]
void box_bad(void) { struct box b; char *data = malloc(8); b.data = data; box_sink(b); }
void global_ok(void) { char *data = malloc(8); if (!data) exit(1); g_data = data; global_sink(); }
void global_checked_ok(void) { char *data = malloc(8); g_data = data; global_checked_sink(); }
void box_ok(void) { struct box b; char *data = malloc(8); if (!data) return; b.data = data; box_sink(b); }
