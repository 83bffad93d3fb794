// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FP: the block stored in 'addressed' does not leak: free_where() frees it
 * through 'where', which points to 'addressed' from its initializer.
 * Initializers are not lowered, so that address is not seen, the global looks
 * read only by show_addressed(), which borrows, and the block is reported.
 * docs/rules/leak.md, "A global whose address is taken in another global's
 * initializer". */
#include <stdio.h>
#include <stdlib.h>

static char *addressed;
static char **where = &addressed;
static void show_addressed(void) { puts(addressed); }
void free_where(void) { free(*where); }
// CHECK: FP_global_address_in_initializer.c:[[@LINE+1]]:109: warning: memory 'p' allocated by malloc() at line [[@LINE+1]] leaks at the end of the function (line [[@LINE+1]]) [leak]
void keep_addressed(void) { char *p = malloc(8); if (!p) return; p[0] = 0; addressed = p; show_addressed(); }

/* control: the same address taken in a function is seen */
static char *addressed_here;
static void show_addressed_here(void) { puts(addressed_here); }
void free_through(char **pp) { free(*pp); }
void keep_addressed_here(void) { char *p = malloc(8); if (!p) return; p[0] = 0; addressed_here = p; show_addressed_here(); }
void free_addressed_here(void) { free_through(&addressed_here); }
