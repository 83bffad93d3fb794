// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: a struct passed by value to a function of the program that only reads
   its pointer fields leaves them with the caller; one that frees, keeps or
   passes them on takes them. */
#include <stdio.h>
#include <stdlib.h>

struct msg { char *text; int len; };
struct outer { struct msg inner; };
static char *kept;
void forward(struct msg m);

static void show(struct msg m) { puts(m.text); }
static void show_free(struct msg m) { puts(m.text); free(m.text); }
static void keep(struct msg m) { kept = m.text; }
static void pass_on(struct msg m) { forward(m); }
static char *give_back(struct msg m) { return m.text; }
static void keep_nested(struct outer o) { kept = o.inner.text; }
static void copy_out(struct msg m) { struct msg *p = malloc(sizeof *p); if (!p) exit(1); *p = m; forward(*p); free(p); }

// CHECK: struct-by-value.c:[[@LINE+1]]:121: warning: memory 'text' allocated by malloc() at line [[@LINE+1]] leaks at the end of the function (line [[@LINE+1]]) [leak]
void borrowed_bad(void) { struct msg m; char *text = malloc(8); if (!text) return; text[0] = 0; m.text = text; show(m); }
void borrowed_freed_ok(void) { struct msg m; char *text = malloc(8); if (!text) return; text[0] = 0; m.text = text; show(m); free(text); }
void callee_frees_ok(void) { struct msg m; m.text = malloc(8); if (!m.text) return; m.text[0] = 0; show_free(m); }
void callee_keeps_ok(void) { struct msg m; m.text = malloc(8); if (!m.text) return; keep(m); }
void callee_passes_ok(void) { struct msg m; m.text = malloc(8); if (!m.text) return; pass_on(m); }
void callee_returns_ok(void) { struct msg m; m.text = malloc(8); if (!m.text) return; kept = give_back(m); }
void nested_ok(void) { struct outer o; o.inner.text = malloc(8); if (!o.inner.text) return; keep_nested(o); }
void copied_ok(void) { struct msg m; m.text = malloc(8); if (!m.text) return; copy_out(m); }
