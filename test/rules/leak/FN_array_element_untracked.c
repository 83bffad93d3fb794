// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports a leak in each of the three functions below:
 * each block is stored only in an element of a local array and never freed.
 * Elements are followed one by one only at constant indexes below 16; a
 * pointer stored at a computed index, at index 16 or more, or through
 * '&arr[i]' is taken as handed off. docs/rules/leak.md, "Array elements are
 * tracked one by one only at constant indexes below 16". */
#include <stdlib.h>

int pick(void);

void computed_index(void)
{
    char *slots[4];
    int i = pick() & 3;
    slots[i] = malloc(8);
}

void high_index(void)
{
    char *slots[20];
    slots[17] = malloc(8);
}

void through_address(void)
{
    char *slots[4];
    char **slot = &slots[1];
    *slot = malloc(8);
}

/* control: a constant index below 16 is followed */
void low_index(void)
{
    char *slots[4];
    slots[1] = malloc(8);
// CHECK: FN_array_element_untracked.c:[[@LINE+1]]:1: warning: memory 'slots[1]' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function (line [[@LINE+1]]) [leak]
}
