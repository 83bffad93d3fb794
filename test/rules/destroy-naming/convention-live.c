// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A program whose destroyers take a live object by convention: of the ten
 * that test or dereference their argument, nine dereference it first (three in
 * four would do). Its exported destroyers are then judged at their calls, as
 * internal ones are: reported only where a caller can bring NULL. The twin
 * program, convention-null-safe.c, where most destroyers check, reports an
 * exported one that does not wherever it is. */
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
    free(x->data);
    free(x);
}

void path_free(struct path *x)
{
// CHECK: convention-live.c:[[@LINE+1]]:13: warning: destroy-named path_free() dereferences 'x' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(x->data);
    free(x);
}

void key_free(struct key *x)
{
    free(x->data);
    free(x);
}

void value_free(struct value *x)
{
    free(x->data);
    free(x);
}

void label_free(struct label *x)
{
    free(x->data);
    free(x);
}

void title_free(struct title *x)
{
    free(x->data);
    free(x);
}

void note_free(struct note *x)
{
    free(x->data);
    free(x);
}

void tag_free(struct tag *x)
{
    free(x->data);
    free(x);
}

void text_free(struct text *x)
{
    free(x->data);
    free(x);
}

void blob_free(struct blob *b)
{
    if (b == NULL)
        return;
    free(b->data);
    free(b);
}

/* exported, but the program's convention is a live argument: callers that
   pass one are fine */
void keep_name(struct name *n)
{
    name_free(n);
}

struct path *path_find(const char *s);

/* a value tested and found NULL on this path reaches the destroyer */
void drop_path(struct path *p)
{
    if (p && p->data)
        p->data[0] = 0;
    path_free(p);
    // CHECK: convention-live.c:[[@LINE-1]]:5: note: path_free() may be given NULL here
}
