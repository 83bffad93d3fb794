// A suppression naming no rule (a typo) suppresses nothing: its note names the id
// and the rule it may be a typo of, whether or not another id of the comment
// matched a finding; a comment whose ids are all rules' gets no such note.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/f.c
// RUN: cd %t && not %memcheck f.c -- 2>&1 | FileCheck %s %no-other-findings --implicit-check-not=unused-suppression
#include <stdlib.h>

void typo(void)
{
    char *p = malloc(8);
    // memcheck: ignore[unchecked-aloc] the allocator aborts in this build
    // CHECK: f.c:[[@LINE-1]]:1: note: 'unchecked-aloc' in this suppression is no rule; did you mean 'unchecked-alloc'? [unused-suppression]
    p[0] = 0; // CHECK: f.c:[[@LINE]]:5: warning: {{.*}}[unchecked-alloc]
    free(p);
}

void one_of_two(void)
{
    char *p = malloc(8);
    p[0] = 0; // memcheck: ignore[unchecked-alloc, lek] kept on purpose
    // CHECK: f.c:[[@LINE-1]]:1: note: 'lek' in this suppression is no rule; did you mean 'leak'? [unused-suppression]
    free(p);
}

void far_off(void)
{
    char *p = malloc(8);
    // memcheck: ignore[memory-bug]
    // CHECK: f.c:[[@LINE-1]]:1: note: 'memory-bug' in this suppression is no rule (see memcheck --list-rules) [unused-suppression]
    p[0] = 0; // CHECK: f.c:[[@LINE]]:5: warning: {{.*}}[unchecked-alloc]
    free(p);
}

void fine(void)
{
    char *p = malloc(8);
    p[0] = 0; // memcheck: ignore[unchecked-alloc]
    free(p);
}
// CHECK: 5 findings (2 warnings, 3 notes), 2 suppressed
