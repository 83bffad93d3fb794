// RUN: %memcheck --fail-on never --rules=use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports both writes through 'p' after free(); only
 * the first use on a path is reported. docs/rules/use-after-free.md, "Only the
 * first use on a path is reported". */
#include <stdlib.h>

void scribble(char *p)
{
    free(p);
// CHECK: FN_second_use_on_path.c:[[@LINE+1]]:5: error: 'p' is written through after free() released it at line {{[0-9]+}} [use-after-free]
    p[0] = 1;
    p[1] = 2;
}
