// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 -m32 2>&1 | FileCheck %s %no-other-findings
/* alloc-size-overflow: the target of the compile command decides what can wrap;
 * with a 32-bit size_t, an int count times a size can. */
#include <stdlib.h>

// CHECK: m32.c:[[@LINE+1]]:37: warning: size of malloc() computed as 'n * sizeof(int)' can wrap around in 32-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
void *ints_bad(unsigned n) { return malloc(n * sizeof(int)); }
void *guarded_ok(unsigned n) { if (n > 1000000) return NULL; return malloc(n * sizeof(int)); }
