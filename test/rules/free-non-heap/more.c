// RUN: %memcheck --fail-on never --rules=free-non-heap %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* free-non-heap: struct members, globals' addresses, arrays in structs; and
 * heap pointers moved back or copied first. */
#include <stdlib.h>

struct s { char buf[16]; char *heap; };
static struct s g_s;
static int g_n;

// CHECK: more.c:[[@LINE+1]]:49: error: free() releases 'x.buf', which points to a local object on the stack, not to memory it allocated [free-non-heap]
void local_member_array_bad(void) { struct s x; free(x.buf); }
// CHECK: more.c:[[@LINE+1]]:30: error: free() releases '&g_n', which points to a static object, not to memory it allocated [free-non-heap]
void global_addr_bad(void) { free(&g_n); }
// CHECK: more.c:[[@LINE+1]]:32: error: free() releases 'g_s.buf', which points to a static object, not to memory it allocated [free-non-heap]
void global_member_bad(void) { free(g_s.buf); }
// CHECK: more.c:[[@LINE+1]]:43: error: free() releases '&x', which points to a local object on the stack, not to memory it allocated [free-non-heap]
void local_struct_bad(void) { struct s x; free(&x); }
// CHECK: more.c:[[@LINE+1]]:67: error: free() releases '&p[2]', which no longer points to the start of its block [free-non-heap]
void index_moved_bad(void) { char *p = malloc(8); if (!p) return; free(&p[2]); }

void member_heap_ok(struct s *p) { free(p->heap); p->heap = NULL; }
void index_zero_ok(void) { char *p = malloc(8); if (!p) return; free(&p[0]); }
void member_array_of_pointee_ok(struct s *p) { free(p->heap); }
void first_member_array_ok(struct s *p) { free(p->buf); }
void calloc_ok(void) { char *p = calloc(8, 1); free(p); }
void strdup_ok(void) { char *p = NULL; free(p); }
