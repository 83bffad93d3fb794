// In-code suppressions: on the line or the line before, several ids, block
// comments; an unused one is a note; suppressed findings do not count.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/f.c
// RUN: cd %t && not %memcheck f.c -- 2>&1 | FileCheck %s %no-other-findings
// RUN: cd %t && %memcheck --fail-on warning --rules=-leak f.c -- > /dev/null 2>&1
#include <stdlib.h>

void same_line(void)
{
    char *p = malloc(8);
    p[0] = 0; // memcheck: ignore[unchecked-alloc] the allocator aborts in this build
    free(p);
}

void line_before(void)
{
    char *p = malloc(8);
    /* memcheck: ignore[unchecked-alloc] */
    p[0] = 0;
    free(p);
}

void several_ids(int n)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (n)
        return; // memcheck: ignore[double-free, leak] kept on purpose
    free(p);
}

void not_this_rule(int n)
{
    char *p = malloc(8);
    if (!p)
        return;
    // memcheck: ignore[double-free]
    // CHECK: f.c:[[@LINE-1]]:1: note: this suppression matches no finding: remove it or correct its rule ids [unused-suppression]
    if (n)
        return; // CHECK: f.c:[[@LINE]]:9: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks on the path returning
    free(p);
}
// CHECK: 2 findings (1 warning, 1 note), 3 suppressed
