// RUN: %memcheck --fail-on never --rules=double-free,unchecked-alloc,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A callee that acts on its argument only when a global flag is set acts on it
   where its caller set the flag, and not where the caller cleared it. */
#include <stdlib.h>
#include <string.h>

static int sink_on;
int other_flag;
static void sink(char *data) { if (sink_on) free(data); }
static void use_sink(char *data) { if (sink_on) { strcpy(data, "x"); free(data); } }
static void flips(char *data) { if (other_flag) { other_flag = 0; } else { other_flag = 1; free(data); } }

// CHECK: flag-sinks.c:[[@LINE+1]]:90: error: 'data' is released twice: free() here, after sink() at line [[@LINE+1]] already released it [double-free]
void set_bad(void) { char *data = malloc(8); if (!data) return; sink_on = 1; sink(data); free(data); }
// CHECK: flag-sinks.c:[[@LINE+1]]:65: warning: 'data' from malloc() at line [[@LINE+1]] may be NULL: passed to use_sink() (argument 1 must not be NULL) without a check [unchecked-alloc]
void unchecked_bad(void) { char *data = malloc(8); sink_on = 1; use_sink(data); }
void cleared_ok(void) { char *data = malloc(8); if (!data) return; sink_on = 0; sink(data); free(data); }
void set_ok(void) { char *data = malloc(8); if (!data) return; sink_on = 1; sink(data); }
void unknown_flag_ok(void) { char *data = malloc(8); if (!data) return; sink(data); }
void unchecked_cleared_ok(void) { char *data = malloc(8); sink_on = 0; use_sink(data); free(data); }
/* the callee changes the flag it tests: what the caller set says nothing */
void flips_ok(void) { char *data = malloc(8); if (!data) return; other_flag = 1; flips(data); }
