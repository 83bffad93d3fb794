// RUN: %memcheck --fail-on never --rules=free-non-heap %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* free-non-heap: releasing what no allocator returned. */
#include <alloca.h>
#include <stdlib.h>

static char table[64];

// CHECK: cases.c:[[@LINE+1]]:38: error: free() releases 'buf', which points to a local object on the stack, not to memory it allocated [free-non-heap]
void local_bad(void) { char buf[16]; free(buf); }
// CHECK: cases.c:[[@LINE+1]]:40: error: free() releases '&x', which points to a local object on the stack, not to memory it allocated [free-non-heap]
void local_addr_bad(void) { int x = 0; free(&x); }
// CHECK: cases.c:[[@LINE+1]]:25: error: free() releases 'table', which points to a static object, not to memory it allocated [free-non-heap]
void static_bad(void) { free(table); }
// CHECK: cases.c:[[@LINE+1]]:44: error: free() releases 's', which points to a string literal, not to memory it allocated [free-non-heap]
void literal_bad(void) { char *s = "text"; free(s); }
// CHECK: cases.c:[[@LINE+1]]:66: error: free() releases 'p', which no longer points to the start of its block [free-non-heap]
void moved_bad(void) { char *p = malloc(8); if (!p) return; p++; free(p); }
// CHECK: cases.c:[[@LINE+1]]:64: error: free() releases 'p + 1', which no longer points to the start of its block [free-non-heap]
void plus_one_bad(void) { char *p = malloc(8); if (!p) return; free(p + 1); }
// CHECK: cases.c:[[@LINE+1]]:47: error: free() releases 'p', which points to stack memory from alloca(), not to memory it allocated [free-non-heap]
void alloca_bad(void) { char *p = alloca(16); free(p); }

void heap_ok(void) { char *p = malloc(8); free(p); }
void null_ok(void) { free(NULL); }
void moved_back_ok(void) { char *p = malloc(8); if (!p) return; char *q = p; p++; free(q); }
void param_ok(char *p) { free(p); }
void choose_ok(int k) { char buf[8]; char *p = k ? malloc(8) : buf; if (p != buf) free(p); }
