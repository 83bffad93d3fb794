// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports 'g_buf[0] = 1' in both functions below when
 * the callee leaves 'g_buf' alone: it still holds malloc()'s unchecked result.
 * A global holding an unchecked allocation is forgotten across a call that may
 * assign it: an unknown function, or one of the program that assigns it.
 * docs/rules/unchecked-alloc.md, "A global holding an unchecked allocation is
 * forgotten across a call that may assign it". */
#include <stdlib.h>

char *g_buf;
void setup(void); /* unknown */
static int calls;
static void reset_maybe(int hard) { if (hard) g_buf = NULL; calls++; }

void across_unknown(size_t n) { g_buf = malloc(n); setup(); g_buf[0] = 1; }
void across_assigner(size_t n) { g_buf = malloc(n); reset_maybe(0); g_buf[0] = 1; }

/* control: across a library function the global is kept */
// CHECK: FN_global_across_call.c:[[@LINE+1]]:60: warning: 'g_buf' from malloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
void across_library(size_t n) { g_buf = malloc(n); abs(1); g_buf[0] = 1; }
