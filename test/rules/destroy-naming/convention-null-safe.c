// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* The twin of convention-live.c: of ten destroyers, six check their argument
 * for NULL first. Accepting NULL is the convention, and an exported destroyer
 * that does not is reported where it dereferences, callers or not. */
#include <stdlib.h>

struct name { char *data; };
struct path { char *data; };
struct key { char *data; };
struct value { char *data; };
struct label { char *data; };
struct title { char *data; };
struct note { char *data; };
struct tag { char *data; };
struct text { char *data; };
struct blob { char *data; };

void name_free(struct name *x)
{
    if (x == NULL)
        return;
    free(x->data);
    free(x);
}

void path_free(struct path *x)
{
    if (x == NULL)
        return;
    free(x->data);
    free(x);
}

void key_free(struct key *x)
{
    if (x == NULL)
        return;
    free(x->data);
    free(x);
}

void value_free(struct value *x)
{
    if (x == NULL)
        return;
    free(x->data);
    free(x);
}

void label_free(struct label *x)
{
    if (x == NULL)
        return;
    free(x->data);
    free(x);
}

void title_free(struct title *x)
{
    if (x == NULL)
        return;
    free(x->data);
    free(x);
}

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

void blob_free(struct blob *b)
{
// CHECK: convention-null-safe.c:[[@LINE+1]]:13: warning: destroy-named blob_free() dereferences 'b' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(b->data);
    free(b);
}

