// A file outside any database is analysed with the arguments after '--'.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/dd.c
// RUN: cd %t && %memcheck --no-color dd.c -- -DBUGGY > %t/bug.out 2>&1; echo "exit: $?" >> %t/bug.out
// RUN: FileCheck %s --check-prefix=BUG < %t/bug.out
// RUN: cd %t && %memcheck --no-color dd.c -- > %t/clean.out 2>&1; echo "exit: $?" >> %t/clean.out
// RUN: FileCheck %s --check-prefix=CLEAN < %t/clean.out
// RUN: cd %t && %memcheck --no-color %t/dd.c -- -c -o dd.o -MD -MF dd.d -DBUGGY > %t/flags.out 2>&1; echo "exit: $?" >> %t/flags.out
// RUN: FileCheck %s --check-prefix=BUG < %t/flags.out

struct thing {
    int n;
};

#ifdef BUGGY
struct thing *thing_create(void)
{
    static struct thing t;
    return &t;
}
#endif

// BUG: dd.c:[[@LINE-4]]:5: warning: create-named thing_create() returns '&t'{{.*}} [create-naming]
// BUG: memcheck: 1 TU, 1 function analysed, 0 skipped; 1 finding (1 warning)
// BUG-NEXT: exit: 1
// CLEAN: memcheck: 1 TU, 0 functions analysed, 0 skipped; no findings
// CLEAN-NEXT: exit: 0
