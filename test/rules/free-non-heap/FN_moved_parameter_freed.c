// RUN: %memcheck --fail-on never --rules=free-non-heap %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports drop_tail(): 'payload + 16' lies past the start
 * of whatever block 'payload' points into, and no allocator hands out such an
 * address. A parameter may legitimately point past a header its callee
 * allocated (free(payload - 16) below is such a release), so moving a parameter
 * is not reported in either direction. docs/rules/free-non-heap.md, "A pointer
 * received as a parameter may legitimately point past a header". */
#include <stdlib.h>

void drop_tail(char *payload) { free(payload + 16); }
void drop_with_header(char *payload) { free(payload - 16); }

/* control: a moved local is reported */
// CHECK: FN_moved_parameter_freed.c:[[@LINE+1]]:64: error: free() releases 'p + 8', which no longer points to the start of its block [free-non-heap]
void local_moved(void) { char *p = malloc(16); if (!p) return; free(p + 8); }
