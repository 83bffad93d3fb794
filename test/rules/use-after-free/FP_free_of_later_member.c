// RUN: %memcheck --fail-on never --rules=use-after-free,free-non-heap %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FP (wrong finding): free(&o->count) does not release 'o': 'count' is not
 * o's first member, so the bug is that free() itself (an address that is not
 * the start of the block: free-non-heap). Member offsets are not known, so the
 * free is read as releasing 'o', nothing is said of it, and the read of
 * 'o->first' that follows is reported as a use after free.
 * docs/rules/use-after-free.md, "Member offsets are not known". */
#include <stdio.h>
#include <stdlib.h>

struct pair { int first; char *name; int count; };

void drop_count(void)
{
    struct pair *o = malloc(sizeof *o);
    if (!o)
        return;
    o->first = 1;
    free(&o->count);
// CHECK: FP_free_of_later_member.c:[[@LINE+1]]:23: error: 'o' is dereferenced after free() released it at line {{[0-9]+}} [use-after-free]
    printf("%d\n", o->first);
}
