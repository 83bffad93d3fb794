// RUN: %memcheck --fail-on error --rules=mismatched-dealloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* mismatched-dealloc: a function of the program that releases its argument with
   a library deallocator releases it in that family, for its callers too. */
#include <stdio.h>
#include <stdlib.h>

static void sink(char *data) { free(data); }
static void sink_outer(char *data) { sink(data); }
static void close_sink(FILE *f) { fclose(f); }
typedef struct Foo { int x; } Foo;
Foo *foo_create(void);
void foo_destroy(Foo *f);
static void generic_free(void *p) { free(p); }

// CHECK: sinks.c:[[@LINE+1]]:80: warning: 'data' was acquired by fopen() (family 'FILE') but is released by sink() (family 'malloc') [mismatched-dealloc]
void file_bad(void) { char *data = (char *)fopen("f", "r"); if (!data) return; sink(data); }
// CHECK: sinks.c:[[@LINE+1]]:81: warning: 'data' was acquired by fopen() (family 'FILE') but is released by sink_outer() (family 'malloc') [mismatched-dealloc]
void chain_bad(void) { char *data = (char *)fopen("f", "r"); if (!data) return; sink_outer(data); }
// CHECK: sinks.c:[[@LINE+1]]:70: warning: 'p' was acquired by malloc() (family 'malloc') but is released by close_sink() (family 'FILE') [mismatched-dealloc]
void heap_bad(void) { FILE *p = malloc(sizeof(int)); if (!p) return; close_sink(p); }
void heap_ok(void) { char *data = malloc(8); if (!data) return; sink(data); }
void file_ok(void) { FILE *f = fopen("f", "r"); if (!f) return; close_sink(f); }
/* a wrapper of free may stand for any destroyer: not spoken for a create-named family */
void wrapper_ok(void) { Foo *f = foo_create(); if (!f) return; generic_free(f); }
