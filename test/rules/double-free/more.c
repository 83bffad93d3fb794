// RUN: %memcheck --fail-on never --rules=double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* double-free: loops, containers, cleanup attributes, switch and aliases. */
#include <stdlib.h>

struct node { struct node *next; char *data; };
static void free_ptr(void *p) { free(*(void **)p); }

void list_each_ok(struct node *head) { while (head) { struct node *next = head->next; free(head->data); free(head); head = next; } }
void switch_ok(int k) { char *p = malloc(8); switch (k) { case 0: free(p); return; default: break; } free(p); }
void autofree_ok(void) { __attribute__((cleanup(free_ptr))) char *p = malloc(8); if (p) p[0] = 0; }
void swap_ok(void) { char *a = malloc(8), *b = malloc(8); char *t = a; a = b; b = t; free(a); free(b); }
void realloc_ok(void) { char *p = malloc(8); char *q = realloc(p, 16); if (!q) { free(p); return; } free(q); }
void alias_array_ok(void) { char *p = malloc(8); char *v[1] = {p}; free(v[0]); }

// CHECK: more.c:[[@LINE+1]]:92: error: 'p' is released twice: free_ptr() here, after free() at line {{[0-9]+}} already released it [double-free]
void autofree_bad(void) { __attribute__((cleanup(free_ptr))) char *p = malloc(8); free(p); }
// CHECK: more.c:[[@LINE+1]]:86: error: 'p' is released twice: free() here, after free() at line {{[0-9]+}} already released it [double-free]
void switch_bad(int k) { char *p = malloc(8); switch (k) { case 0: free(p); default: free(p); } }
// CHECK: more.c:[[@LINE+1]]:99: error: 'p' is released twice: free() here, after realloc() at line {{[0-9]+}} already released it [double-free]
void realloc_then_free_bad(void) { char *p = malloc(8); char *q = realloc(p, 16); if (!q) return; free(p); free(q); }
// CHECK: more.c:[[@LINE+1]]:81: error: 'p' is released twice: free() here, after free() at line {{[0-9]+}} already released it [double-free]
void nested_bad(int a, int b) { char *p = malloc(8); if (a) { if (b) free(p); } free(p); }
