// RUN: %memcheck --fail-on never --rules=mismatched-dealloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
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

// CHECK: sinks.c:[[@LINE+1]]:80: error: 'data' was acquired by fopen() (family 'FILE') but is released by sink() (family 'malloc') [mismatched-dealloc]
void file_bad(void) { char *data = (char *)fopen("f", "r"); if (!data) return; sink(data); }
// CHECK: sinks.c:[[@LINE+1]]:81: error: 'data' was acquired by fopen() (family 'FILE') but is released by sink_outer() (family 'malloc') [mismatched-dealloc]
void chain_bad(void) { char *data = (char *)fopen("f", "r"); if (!data) return; sink_outer(data); }
// CHECK: sinks.c:[[@LINE+1]]:70: error: 'p' was acquired by malloc() (family 'malloc') but is released by close_sink() (family 'FILE') [mismatched-dealloc]
void heap_bad(void) { FILE *p = malloc(sizeof(int)); if (!p) return; close_sink(p); }
void heap_ok(void) { char *data = malloc(8); if (!data) return; sink(data); }
void file_ok(void) { FILE *f = fopen("f", "r"); if (!f) return; close_sink(f); }
/* a wrapper of free may stand for any destroyer: not spoken for a create-named family */
void wrapper_ok(void) { Foo *f = foo_create(); if (!f) return; generic_free(f); }

/* through a global, an array element or a struct field the sink reads */
static char *g_data;
struct box { char *data; };
static void global_sink(void) { char *data = g_data; free(data); }
static void array_sink(char *arr[]) { free(arr[2]); }
static void box_sink(struct box b) { free(b.data); }
// CHECK: sinks.c:[[@LINE+1]]:97: error: 'g_data' was acquired by fopen() (family 'FILE') but is released by global_sink() (family 'malloc') [mismatched-dealloc]
void global_bad(void) { char *data = (char *)fopen("f", "r"); if (!data) return; g_data = data; global_sink(); }
// CHECK: sinks.c:[[@LINE+1]]:110: error: 'arr[2]' was acquired by fopen() (family 'FILE') but is released by array_sink() (family 'malloc') [mismatched-dealloc]
void array_bad(void) { char *arr[4]; char *data = (char *)fopen("f", "r"); if (!data) return; arr[2] = data; array_sink(arr); }
// CHECK: sinks.c:[[@LINE+1]]:108: error: 'b' was acquired by fopen() (family 'FILE') but is released by box_sink() (family 'malloc') [mismatched-dealloc]
void box_bad(void) { struct box b; char *data = (char *)fopen("f", "r"); if (!data) return; b.data = data; box_sink(b); }
void global_ok(void) { char *data = malloc(8); if (!data) return; g_data = data; global_sink(); }
void array_ok(void) { char *arr[4]; arr[2] = malloc(8); array_sink(arr); }
static void ptr_sink(char **dp) { char *data = *dp; free(data); }
// CHECK: sinks.c:[[@LINE+1]]:79: error: 'data' was acquired by fopen() (family 'FILE') but is released by ptr_sink() (family 'malloc') [mismatched-dealloc]
void ptr_bad(void) { char *data = (char *)fopen("f", "r"); if (!data) return; ptr_sink(&data); }
void ptr_ok(void) { char *data = malloc(8); if (!data) return; ptr_sink(&data); }
