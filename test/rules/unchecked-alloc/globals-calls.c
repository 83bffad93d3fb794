// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* unchecked-alloc: a global holding an unchecked allocation may be reassigned by
   a call that can write it; after a call known to leave it alone it is still
   the unchecked allocation. */
#include <stdlib.h>
#include <string.h>

struct S { int x; char *name; };
struct S *g;
static struct S *sg;
static struct { char *buf; } holder;
void setup(void);
void (*hook)(void);
static void noop(void) { }
static void replace_sg(void) { sg = malloc(sizeof *sg); if (!sg) exit(1); }
static void calls_setup(void) { setup(); }
static int count;
static void bump(void) { count++; }

void unknown_ok(void) { g = malloc(sizeof *g); setup(); g->x = 1; }
void unknown_static_ok(void) { sg = malloc(sizeof *sg); setup(); sg->x = 1; }
void writer_ok(void) { sg = malloc(sizeof *sg); replace_sg(); sg->x = 1; }
void indirect_ok(void) { g = malloc(sizeof *g); calls_setup(); g->x = 1; }
void hook_ok(void) { g = malloc(sizeof *g); hook(); g->x = 1; }
void field_ok(void) { holder.buf = malloc(8); setup(); holder.buf[0] = 0; }

// CHECK: globals-calls.c:[[@LINE+1]]:58: warning: 'g' from malloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
void known_bad(void) { g = malloc(sizeof *g); noop(); g->x = 1; }
// CHECK: globals-calls.c:[[@LINE+1]]:65: warning: 'g' from malloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
void other_global_bad(void) { g = malloc(sizeof *g); bump(); g->x = 1; }
// CHECK: globals-calls.c:[[@LINE+1]]:62: warning: 'g' from malloc() at line [[@LINE+1]] may be NULL: passed to memset() (argument 1 must not be NULL) without a check [unchecked-alloc]
void library_bad(void) { g = malloc(sizeof *g); strlen("x"); memset(g, 0, sizeof *g); }
// CHECK: globals-calls.c:[[@LINE+1]]:51: warning: 'g' from malloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
void before_bad(void) { g = malloc(sizeof *g); g->x = 1; setup(); }
/* a local copy is still the unchecked allocation, whatever the callee does to g */
// CHECK: globals-calls.c:[[@LINE+1]]:75: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
void copy_bad(void) { struct S *p = malloc(sizeof *p); g = p; setup(); p->x = 1; }
