// A finding prints its note steps and its fix-it hint as note lines, after the
// source line and caret.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/n.c
// RUN: cd %t && %memcheck --no-color n.c -- > %t/out 2>&1; echo "exit: $?" >> %t/out
// RUN: FileCheck %s < %t/out
#include <stdlib.h>

int *make(size_t count)
{
    int *v = malloc(count * sizeof *v);
    return v;
}

void fill(void)
{
    char *p = malloc(16);
    p[0] = 'x';
    free(p);
}

// CHECK: n.c:10:14: warning: {{.*}} [alloc-size-overflow]
// CHECK-NEXT: {{^}}    int *v = malloc(count * sizeof *v);
// CHECK-NEXT: {{^}}             ^
// CHECK-NEXT: n.c:10:14: note: fix: {{.*}}calloc
// CHECK-NEXT: n.c:17:5: warning: {{.*}} [unchecked-alloc]
// CHECK-NEXT: {{^}}    p[0] = 'x';
// CHECK-NEXT: {{^}}    ^
// CHECK-NEXT: n.c:16:15: note: 'p' acquired by malloc() here
// CHECK-NEXT: n.c:17:5: note: fix: check 'if (p == NULL)' before using it
// CHECK-NEXT: memcheck: 1 TU, 2 functions analysed, 0 skipped; 2 findings (2 warnings)
// CHECK-NEXT: exit: 1
