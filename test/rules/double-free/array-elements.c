// RUN: %memcheck --fail-on never --rules=double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* double-free: elements of a local array at constant indexes are followed,
   also into a function of the program that gets the array (char *arr[]). */
#include <stdlib.h>

static void free_third(char *arr[]) { char *data = arr[2]; free(data); }
static void free_first_two(char **v) { free(v[0]); free(v[1]); }
static void free_some(char *arr[], int n) { for (int i = 0; i < n; i++) free(arr[i]); }

// CHECK: array-elements.c:[[@LINE+1]]:107: error: 'arr[2]' is released twice: free_third() here, after free() at line [[@LINE+1]] already released it [double-free]
void sink_bad(void) { char *arr[5]; char *data = malloc(8); if (!data) return; free(data); arr[2] = data; free_third(arr); }
// CHECK: array-elements.c:[[@LINE+1]]:118: error: 'data' is released twice: free() here, after free_third() at line [[@LINE+1]] already released it [double-free]
void after_sink_bad(void) { char *arr[5]; char *data = malloc(8); if (!data) return; arr[2] = data; free_third(arr); free(data); }
// CHECK: array-elements.c:[[@LINE+1]]:62: error: 'arr[1]' is released twice: free() here, after free() at line [[@LINE+1]] already released it [double-free]
void local_bad(char *p) { char *arr[2]; arr[1] = p; free(p); free(arr[1]); }

void sink_ok(void) { char *arr[5]; char *data = malloc(8); if (!data) return; arr[2] = data; free_third(arr); }
void other_index_ok(void) { char *arr[5]; char *data = malloc(8); if (!data) return; arr[1] = data; free_third(arr); free(data); }
void two_ok(void) { char *v[2]; v[0] = malloc(4); v[1] = malloc(4); free_first_two(v); }
void overwritten_ok(int i) { char *arr[3]; char *a = malloc(4), *b = malloc(4); arr[1] = a; arr[i] = b; free(a); free(arr[1]); free(b); }
void loop_ok(int n) { char *arr[4]; for (int i = 0; i < 4; i++) arr[i] = malloc(4); free_some(arr, n < 4 ? n : 4); }
