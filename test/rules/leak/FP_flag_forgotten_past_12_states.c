// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FP: 'label' is freed on every path that allocated it: exactly those set
 * 'kind' to KIND_COPY. The four independent options below bring more than 12
 * states to a block, where integer facts are forgotten; 'kind' is not one kept
 * (its test does not touch a pointer first), so a path that copied yet skips
 * the free is assumed, and a leak reported on it. docs/rules/leak.md, "Past 12
 * states at a block, integer facts are forgotten". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { KIND_BORROWED, KIND_COPY };
int option(int which);
void show(int value);
int copies_freed;

void print_label(const char *name, int copy)
{
    char *label = (char *)name;
    int kind = KIND_BORROWED;
    if (copy) {
        label = strdup(name);
        if (!label)
            return;
        kind = KIND_COPY;
    }
    int bold = 0, wide = 0, dim = 0, boxed = 0;
    if (option(1))
        bold = 1;
    if (option(2))
        wide = 1;
    if (option(3))
        dim = 1;
    if (option(4))
        boxed = 1;
    puts(label);
    if (kind == KIND_COPY) {
        copies_freed++;
        free(label);
    }
    show(bold);
    show(wide);
    show(dim);
    show(boxed);
// CHECK: FP_flag_forgotten_past_12_states.c:[[@LINE+1]]:1: warning: memory 'label' allocated by strdup() at line {{[0-9]+}} leaks at the end of the function (line [[@LINE+1]]) [leak]
}

/* control: with two options (at most 8 states per block) the flag decides */
void print_label_short(const char *name, int copy)
{
    char *label = (char *)name;
    int kind = KIND_BORROWED;
    if (copy) {
        label = strdup(name);
        if (!label)
            return;
        kind = KIND_COPY;
    }
    int bold = 0, wide = 0;
    if (option(1))
        bold = 1;
    if (option(2))
        wide = 1;
    puts(label);
    if (kind == KIND_COPY) {
        copies_freed++;
        free(label);
    }
    show(bold);
    show(wide);
}
