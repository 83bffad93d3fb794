// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports each unchecked use, 'p[1] = 2' too; after the
 * first unchecked use the path assumes success, and later uses on the same path
 * are not reported again. docs/rules/unchecked-alloc.md, "After the first
 * unchecked use on a path, the path assumes success". */
#include <stdlib.h>

void fill(size_t n)
{
    char *p = malloc(n);
// CHECK: FN_second_use_on_path.c:[[@LINE+1]]:5: warning: 'p' from malloc() at line {{[0-9]+}} may be NULL: written through without a check [unchecked-alloc]
    p[0] = 1;
    p[1] = 2;
    free(p);
}
