// RUN: %memcheck --fail-on never --rules=use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* use-after-free: a freed pointer kept in an array element that a function of
   the program reads and dereferences. */
#include <stdio.h>
#include <stdlib.h>

static void show_third(char *arr[]) { char *data = arr[2]; puts(data); }
static void show_len(char *arr[]) { if (arr[1]) puts(arr[1]); }

// CHECK: array-elements.c:[[@LINE+1]]:107: error: 'arr[2]' is passed to show_third() after free() released it at line [[@LINE+1]] [use-after-free]
void sink_bad(void) { char *arr[5]; char *data = malloc(8); if (!data) return; free(data); arr[2] = data; show_third(arr); }
void sink_ok(void) { char *arr[5]; char *data = malloc(8); if (!data) return; data[0] = 0; arr[2] = data; show_third(arr); free(data); }
void other_element_ok(void) { char *arr[5]; char *data = malloc(8); if (!data) return; free(data); arr[1] = data; arr[2] = "x"; show_third(arr); }
