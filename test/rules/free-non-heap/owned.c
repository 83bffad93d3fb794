// RUN: %memcheck --fail-on error --rules=free-non-heap %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* free-non-heap: pointers that look local but hold heap memory, and releases
 * that only happen on the paths where the pointer holds heap memory. */
#include <stdlib.h>
#include <string.h>

struct line { char small[16]; char *text; };

void small_or_heap_ok(size_t n) { char stack[64]; char *p = n < sizeof stack ? stack : malloc(n); if (!p) return; memset(p, 0, n); if (p != stack) free(p); }
void heap_in_struct_ok(struct line *l) { if (l->text != l->small) free(l->text); l->text = l->small; }
void pointer_array_ok(void) { char *v[4] = {0}; for (int i = 0; i < 4; i++) v[i] = malloc(8); for (int i = 0; i < 4; i++) free(v[i]); }
void strdup_local_ok(const char *s) { char *copy = strdup(s); free(copy); }
void returned_by_helper_ok(char *(*make)(void)) { char *p = make(); free(p); }
void reset_to_heap_ok(void) { char buf[8]; char *p = buf; p = malloc(8); free(p); (void)buf; }
