// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: a block kept in an element of a local array at a constant index is
   followed there; passed to a function of the program that only reads the
   elements, it is still the caller's. Elements reached at other indexes, or an
   array handed somewhere unknown, are handed off. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void keep_all(char **v, int n);
static void show_third(char *arr[]) { char *data = arr[2]; puts(data); }
static void free_third(char *arr[]) { free(arr[2]); }
static void free_n(char **v, int n) { for (int i = 0; i < n; i++) free(v[i]); }
static void keep_third(char *arr[]) { keep_all(arr + 2, 1); }

// CHECK: array-elements.c:[[@LINE+1]]:135: warning: memory 'data' allocated by malloc() at line [[@LINE+1]] leaks at the end of the function (line [[@LINE+1]]) [leak]
void borrowed_bad(void) { char *arr[5]; char *data = malloc(8); if (!data) return; strcpy(data, "x"); arr[2] = data; show_third(arr); }
// CHECK: array-elements.c:[[@LINE+1]]:96: warning: memory 'arr[1]' allocated by malloc() at line [[@LINE+1]] leaks at the end of the function (line [[@LINE+1]]) [leak]
void one_freed_bad(void) { char *arr[2]; arr[0] = malloc(4); arr[1] = malloc(4); free(arr[0]); }
// CHECK: array-elements.c:[[@LINE+1]]:64: warning: memory from malloc() at line [[@LINE+1]] leaks: 'arr[1]', the last reference to it, is overwritten [leak]
void overwritten_bad(void) { char *arr[2]; arr[1] = malloc(4); arr[1] = NULL; free(arr[0]); }

void borrowed_ok(void) { char *arr[5]; char *data = malloc(8); if (!data) return; strcpy(data, "x"); arr[2] = data; show_third(arr); free(data); }
void callee_frees_ok(void) { char *arr[5]; arr[2] = malloc(8); free_third(arr); }
void loop_frees_ok(void) { char *bufs[2]; bufs[0] = malloc(4); bufs[1] = malloc(4); for (int i = 0; i < 2; i++) free(bufs[i]); }
void callee_loop_ok(void) { char *v[2]; v[0] = malloc(4); v[1] = malloc(4); free_n(v, 2); }
void callee_keeps_ok(void) { char *arr[3]; arr[2] = malloc(4); keep_third(arr); }
void unknown_ok(void) { char *arr[3]; arr[0] = malloc(4); arr[1] = malloc(4); keep_all(arr, 2); }
void counted_ok(FILE *out) { char *lines[3]; int n = 0; lines[n++] = strdup("a"); lines[n++] = strdup("b"); for (int i = 0; i < n; i++) { fputs(lines[i], out); free(lines[i]); } }
void alias_ok(void) { char *arr[2]; char **p = arr; p[1] = malloc(4); free(arr[1]); }
