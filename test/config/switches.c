// unknown-calls, leaks-at-exit and strict-names change what is reported.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/s.c
// RUN: cd %t && %memcheck --fail-on error s.c -- 2>&1 | FileCheck %s --check-prefix=DEFAULT %no-other-findings
// RUN: printf 'unknown-calls: borrow\nleaks-at-exit: true\nstrict-names: true\n' > %t/.memcheck.yml
// RUN: cd %t && %memcheck --fail-on error s.c -- 2>&1 | FileCheck %s --check-prefix=ALL %no-other-findings
#include <stdlib.h>

void keep_somewhere(char *p);

void unknown_callee(void)
{
    char *p = malloc(8);
    keep_somewhere(p);
} // ALL: s.c:[[@LINE]]:1: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function

char *make_label(void)
{
    char *p = malloc(8);
    return p; // ALL: s.c:[[@LINE]]:5: warning: make_label() returns memory it allocated with malloc() at line {{[0-9]+}}, but its name does not say
}

int main(void)
{
    char *p = malloc(8);
    return p ? 0 : 1; // ALL: s.c:[[@LINE]]:5: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks
}
// DEFAULT: no findings
