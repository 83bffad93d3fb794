// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* The twin of convention-live.c: of ten destroyers, six check their argument
 * for NULL first. Accepting NULL is the convention, and an exported destroyer
 * that does not is reported where it dereferences, callers or not. */
#include <stdlib.h>

#define OBJECT(T) struct T { char *data; }
#define ACCEPTS_NULL(T) void T##_free(struct T *x) { if (x == NULL) return; free(x->data); free(x); }

OBJECT(name); OBJECT(path); OBJECT(key); OBJECT(value); OBJECT(label);
OBJECT(title); OBJECT(note); OBJECT(tag); OBJECT(text); OBJECT(blob);

ACCEPTS_NULL(name) ACCEPTS_NULL(path) ACCEPTS_NULL(key)
ACCEPTS_NULL(value) ACCEPTS_NULL(label) ACCEPTS_NULL(title)

void note_free(struct note *x)
{
    // CHECK: convention-null-safe.c:[[@LINE+1]]:13: warning: destroy-named note_free() dereferences 'x' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(x->data);
    free(x);
}

void tag_free(struct tag *x)
{
    // CHECK: convention-null-safe.c:[[@LINE+1]]:13: warning: destroy-named tag_free() dereferences 'x' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(x->data);
    free(x);
}

void text_free(struct text *x)
{
    // CHECK: convention-null-safe.c:[[@LINE+1]]:13: warning: destroy-named text_free() dereferences 'x' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(x->data);
    free(x);
}

void blob_free(struct blob *x)
{
    // CHECK: convention-null-safe.c:[[@LINE+1]]:13: warning: destroy-named blob_free() dereferences 'x' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(x->data);
    free(x);
}
