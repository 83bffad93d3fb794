// RUN: %memcheck --fail-on never --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* argc is never negative (C11 5.1.2.2.1): a table of argc pointers, made by a
 * static helper judged at its call, cannot wrap its size; a count read from
 * the command line can be anything. */
#include <stdlib.h>

static char **table_make(size_t n)
{
    return malloc(n * sizeof(char *));
}

static char **table_from_text(size_t n)
{
    // CHECK: argc-count.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'n * sizeof(char *)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
    return malloc(n * sizeof(char *));
    // CHECK: argc-count.c:{{[0-9]+}}:{{[0-9]+}}: note: main() passes 'strtoul(argv[1], NULL, 10)' here
}

int main(int argc, char **argv)
{
    char **all = table_make((size_t)argc);
    char **some = argc > 1 ? table_from_text(strtoul(argv[1], NULL, 10)) : NULL;
    free(all);
    free(some);
    return 0;
}
