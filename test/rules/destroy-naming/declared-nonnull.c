// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* destroy-naming: a destroyer that says its argument is never NULL, by
   __attribute__((nonnull)) or by its name (sqlite's sqlite3ExprDeleteNN next
   to the NULL-safe sqlite3ExprDelete), need not accept NULL; it must still
   release its argument on every path. */
#include <stdlib.h>

typedef struct Expr { struct Expr *left; int flags; } Expr;

Expr *expr_create(void) { return calloc(1, sizeof(Expr)); }

void expr_deleteNN(Expr *p)
{
    if (p->left)
        expr_deleteNN(p->left);
    free(p);
}

void expr_delete(Expr *p)
{
    if (p)
        expr_deleteNN(p);
}

/* a nonnull word does not name the object: the destroyer is still held to
   releasing its argument */
void expr_free_nonnull(Expr *p)
{
    free(p->left);
    if (p->flags)
        // CHECK: declared-nonnull.c:[[@LINE+1]]:9: warning: destroy-named expr_free_nonnull() does not release 'p' on the path returning at line [[@LINE+1]]
        return;
    free(p);
}

__attribute__((nonnull)) void expr_release(Expr *p)
{
    free(p->left);
    free(p);
}

/* "nn" as a namespace, not a last word (nanomsg's nn_ prefix): NULL-safety asked */
void nn_expr_free(Expr *p)
{
    // CHECK: declared-nonnull.c:[[@LINE+1]]:13: warning: destroy-named nn_expr_free() dereferences 'p' before checking it for NULL
    free(p->left);
    free(p);
}

void expr_destroy(Expr *p)
{
    // CHECK: declared-nonnull.c:[[@LINE+1]]:13: warning: destroy-named expr_destroy() dereferences 'p' before checking it for NULL
    free(p->left);
    free(p);
}

/* non-NULL by attribute, but a path that keeps the expression is still a
   path that does not release it */
__attribute__((nonnull)) void expr_dispose(Expr *p)
{
    free(p->left);
    if (p->flags)
        // CHECK: declared-nonnull.c:[[@LINE+1]]:9: warning: destroy-named expr_dispose() does not release 'p' on the path returning at line [[@LINE+1]]
        return;
    free(p);
}
