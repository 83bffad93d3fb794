// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* alloc-size-overflow: the target of the compile command decides what can wrap;
 * on 64-bit targets the same unsigned product cannot wrap. */
#include <stdlib.h>

void *ints_ok(unsigned n) { return malloc(n * sizeof(int)); }
void *guarded_ok(unsigned n) { if (n > 1000000) return NULL; return malloc(n * sizeof(int)); }
