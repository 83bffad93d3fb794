// vocabulary: nonnull replaces the last words that say a destroyer's argument
// is never NULL (default nn, nonnull, notnull).
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/v.c
// RUN: cd %t && %memcheck --fail-on error --rules=destroy-naming v.c -- 2>&1 | FileCheck %s --check-prefix=DEFAULT %no-other-findings
// RUN: printf 'vocabulary:\n  nonnull: [fast]\n' > %t/.memcheck.yml
// RUN: cd %t && %memcheck --fail-on error --rules=destroy-naming v.c -- 2>&1 | FileCheck %s --check-prefix=FAST %no-other-findings
#include <stdlib.h>

typedef struct Tree { struct Tree *kid; } Tree;

void free_tree_nn(Tree *tree)
{
    free(tree->kid); // FAST: v.c:[[@LINE]]:16: warning: destroy-named free_tree_nn() dereferences 'tree' before checking it for NULL
    free(tree);
}

void free_tree_fast(Tree *tree)
{
    free(tree->kid); // DEFAULT: v.c:[[@LINE]]:16: warning: destroy-named free_tree_fast() dereferences 'tree' before checking it for NULL
    free(tree);
}
