// Data through unions, pointers to locals and pointers handed to helpers as
// T ** or void *: the value is followed, so what happens to it downstream counts.
// RUN: %memcheck --fail-on never --rules=leak,double-free,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

union slot { char *text; void *any; };

void union_both_names_ok(void) { union slot s; char *p = malloc(8); if (!p) return; s.text = p; free(s.any); }
// CHECK: dataflow.c:[[@LINE+1]]:98: warning: memory 's.text' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function (line {{[0-9]+}}) [leak]
void union_leak_bad(void) { union slot s; s.text = malloc(8); if (!s.text) return; puts(s.text); }
// CHECK: dataflow.c:[[@LINE+1]]:98: error: 's.any' is released twice: free() here, after free() at line {{[0-9]+}} already released it [double-free]
void union_double_bad(void) { union slot s; s.any = malloc(8); if (!s.any) return; free(s.text); free(s.any); }

void through_alias_ok(void) { char *data; char **pp = &data; *pp = malloc(8); if (!data) return; free(data); }
// CHECK: dataflow.c:[[@LINE+1]]:110: warning: memory '*pp' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function (line {{[0-9]+}}) [leak]
void through_alias_bad(void) { char *data; char **pp = &data; *pp = malloc(8); if (!*pp) return; puts(data); }
void write_then_read_ok(void) { char *a = NULL; char **pa = &a; *pa = strdup("x"); if (!*pa) return; puts(a); free(*pa); }

static void print_at(char **dp) { puts(*dp); }
static void print_any(void *vp) { char **dp = vp; puts(*dp); }
static void free_any(void *vp) { char **dp = (char **)vp; free(*dp); }
static void fill(char **out) { *out = strdup("x"); }

// CHECK: dataflow.c:[[@LINE+1]]:96: error: 'd' is passed to print_at() after free() released it at line {{[0-9]+}} [use-after-free]
void read_after_free_bad(void) { char *d = malloc(8); if (!d) return; strcpy(d, "x"); free(d); print_at(&d); }
void read_before_free_ok(void) { char *d = malloc(8); if (!d) return; strcpy(d, "x"); print_at(&d); free(d); }
// CHECK: dataflow.c:[[@LINE+1]]:101: error: 'd' is passed to print_any() after free() released it at line {{[0-9]+}} [use-after-free]
void void_read_after_free_bad(void) { char *d = malloc(8); if (!d) return; strcpy(d, "x"); free(d); print_any(&d); }
// CHECK: dataflow.c:[[@LINE+1]]:80: error: 'd' is released twice: free_any() here, after free() at line {{[0-9]+}} already released it [double-free]
void void_free_twice_bad(void) { char *d = malloc(8); if (!d) return; free(d); free_any(&d); }
void void_free_once_ok(void) { char *d = malloc(8); if (!d) return; free_any(&d); }
void refill_after_free_ok(void) { char *d = malloc(8); if (!d) return; free(d); fill(&d); if (d) free(d); }

static void consume(char *p) { free(p); }
static void look(char *p) { puts(p); }
void fnptr_sink_ok(void) { void (*sink)(char *) = consume; char *p = malloc(8); if (!p) return; sink(p); }
// CHECK: dataflow.c:[[@LINE+1]]:124: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function (line {{[0-9]+}}) [leak]
void fnptr_look_bad(void) { void (*sink)(char *) = &look; char *p = malloc(8); if (!p) return; strcpy(p, "x"); (*sink)(p); }
void fnptr_reassigned_ok(int k) { void (*sink)(char *) = look; if (k) sink = consume; char *p = malloc(8); if (!p) return; sink(p); }

static char *g_current;
static void drop_current(void) { char *p = g_current; free(p); }
static void show_current(void) { puts(g_current); }
static void maybe_drop(int k) { if (k) free(g_current); }
// CHECK: dataflow.c:[[@LINE+1]]:92: error: 'g_current' is released twice: drop_current() here, after free() at line {{[0-9]+}} already released it [double-free]
void global_twice_bad(void) { char *p = malloc(8); if (!p) return; free(p); g_current = p; drop_current(); }
void global_once_ok(void) { char *p = malloc(8); if (!p) return; g_current = p; drop_current(); g_current = NULL; }
// CHECK: dataflow.c:[[@LINE+1]]:105: error: 'g_current' is passed to show_current() after free() released it at line {{[0-9]+}} [use-after-free]
void global_shown_after_free_bad(void) { char *p = strdup("x"); if (!p) return; g_current = p; free(p); show_current(); }
void global_shown_then_freed_ok(void) { char *p = strdup("x"); if (!p) return; g_current = p; show_current(); g_current = NULL; free(p); }
void global_maybe_dropped_ok(int k) { char *p = malloc(8); if (!p) return; g_current = p; maybe_drop(k); g_current = NULL; if (!k) free(p); }

struct pair { char *key; char *val; };
static void pair_drop(struct pair p) { free(p.key); free(p.val); }
static void pair_show(struct pair p) { puts(p.key); }
// CHECK: dataflow.c:[[@LINE+1]]:114: error: 'p' is released twice: pair_drop() here, after free() at line {{[0-9]+}} already released it [double-free]
void by_value_twice_bad(void) { struct pair p; p.key = malloc(4); p.val = NULL; if (!p.key) return; free(p.key); pair_drop(p); }
void by_value_once_ok(void) { struct pair p = {malloc(4), malloc(4)}; pair_drop(p); }
// CHECK: dataflow.c:[[@LINE+1]]:107: error: 'p' is passed to pair_show() after free() released it at line {{[0-9]+}} [use-after-free]
void by_value_read_freed_bad(void) { struct pair p; p.key = strdup("k"); if (!p.key) return; free(p.key); pair_show(p); }
void by_value_read_ok(void) { struct pair p; p.key = strdup("k"); if (!p.key) return; pair_show(p); free(p.key); }
// CHECK: dataflow.c:[[@LINE+1]]:92: warning: memory 'd' allocated by strdup() at line {{[0-9]+}} leaks at the end of the function (line {{[0-9]+}}) [leak]
void void_read_then_leak_bad(void) { char *d = strdup("x"); if (!d) return; print_any(&d); }
void void_read_then_free_ok(void) { char *d = strdup("x"); if (!d) return; print_any(&d); free(d); }
