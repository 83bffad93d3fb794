// RUN: %memcheck --fail-on never --rules=leak,double-free,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* The elements of a block this function allocated, at constant indexes, are
 * places of their own (as a local array's are): `v[0] = malloc(n); free(v);`
 * loses what v[0] held. An element at an unknown index may be any of them. A
 * realloc of the block keeps its contents: the new block holds them. */
#include <stdlib.h>
#include <string.h>

void vector_lost_bad(size_t n)
{
    char **v = malloc(2 * sizeof *v);
    if (!v)
        return;
    v[0] = malloc(n);
    // CHECK: heap-elements.c:[[@LINE+1]]:5: warning: memory 'v[0]' allocated by malloc() at line {{[0-9]+}} leaks: the object holding it is released here [leak]
    free(v);
}

void vector_twice_bad(size_t n)
{
    char **v = malloc(2 * sizeof *v);
    if (!v)
        return;
    v[1] = malloc(n);
    free(v[1]);
    // CHECK: heap-elements.c:[[@LINE+1]]:5: error: 'v[1]' is released twice
    free(v[1]);
    free(v);
}

void vector_loop_ok(size_t n)
{
    char **v = malloc(2 * sizeof *v);
    if (!v)
        return;
    v[0] = malloc(n);
    v[1] = malloc(n);
    for (int i = 0; i < 2; i++)
        free(v[i]);
    free(v);
}

void vector_each_ok(size_t n)
{
    char **v = malloc(2 * sizeof *v);
    if (!v)
        return;
    v[0] = malloc(n);
    v[1] = NULL;
    free(v[0]);
    free(v[1]);
    free(v);
}

char **vector_returned_ok(size_t n)
{
    char **v = malloc(2 * sizeof *v);
    if (!v)
        return NULL;
    v[0] = malloc(n);
    v[1] = NULL;
    return v;
}

void vector_handed_ok(char ***out)
{
    char **v = calloc(3, sizeof *v);
    if (!v)
        return;
    v[0] = strdup("a");
    *out = v;
}

void vector_grown_ok(size_t n)
{
    char **v = malloc(2 * sizeof *v);
    if (!v)
        return;
    v[0] = malloc(n);
    char **w = realloc(v, 4 * sizeof *v);
    if (!w) {
        free(v[0]);
        free(v);
        return;
    }
    free(w[0]);
    free(w);
}

void vector_taken_out_ok(size_t n)
{
    char **v = malloc(2 * sizeof *v);
    if (!v)
        return;
    v[0] = malloc(n);
    char *p = v[0];
    free(v);
    free(p);
}

struct node { char *label; int n; };

void node_grown_ok(size_t n)
{
    struct node *o = malloc(sizeof *o);
    if (!o)
        return;
    o->label = malloc(n);
    struct node *bigger = realloc(o, 2 * sizeof *o);
    if (!bigger) {
        free(o->label);
        free(o);
        return;
    }
    free(bigger->label);
    free(bigger);
}

void node_grown_lost_bad(size_t n)
{
    struct node *o = malloc(sizeof *o);
    if (!o)
        return;
    o->label = malloc(n);
    struct node *bigger = realloc(o, 2 * sizeof *o);
    if (!bigger) {
        free(o->label);
        free(o);
        return;
    }
    // CHECK: heap-elements.c:[[@LINE+1]]:5: warning: memory '{{.*}}label' allocated by malloc() at line {{[0-9]+}} leaks: the object holding it is released here [leak]
    free(bigger);
}
