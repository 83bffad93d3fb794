// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A program whose destroyers take a live object by convention: of the ten
 * that test or dereference their argument, nine dereference it first (three in
 * four would do). Its exported destroyers are then judged at their calls, as
 * internal ones are: reported only where a caller can bring NULL. The twin
 * program, convention-null-safe.c, where most destroyers check, reports an
 * exported one that does not wherever it is. */
#include <stdlib.h>

#define OBJECT(T) struct T { char *data; }
/* a destroyer that takes a live object, and one that accepts NULL */
#define TAKES_LIVE(T) void T##_free(struct T *x) { free(x->data); free(x); }
#define ACCEPTS_NULL(T) void T##_free(struct T *x) { if (x == NULL) return; free(x->data); free(x); }

OBJECT(name); OBJECT(path); OBJECT(key); OBJECT(value); OBJECT(label);
OBJECT(title); OBJECT(note); OBJECT(tag); OBJECT(text); OBJECT(blob);

TAKES_LIVE(name)
TAKES_LIVE(key) TAKES_LIVE(value) TAKES_LIVE(label) TAKES_LIVE(title)
TAKES_LIVE(note) TAKES_LIVE(tag) TAKES_LIVE(text)
ACCEPTS_NULL(blob)

void path_free(struct path *x)
{
    // CHECK: convention-live.c:[[@LINE+1]]:13: warning: destroy-named path_free() dereferences 'x' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(x->data);
    free(x);
}

/* exported, but the program's convention is a live argument: callers that
   pass one are fine */
void keep_name(struct name *n)
{
    name_free(n);
}

/* a value tested and found NULL on this path reaches the destroyer */
void drop_path(struct path *p)
{
    if (p && p->data)
        p->data[0] = 0;
    path_free(p);
    // CHECK: convention-live.c:[[@LINE-1]]:5: note: path_free() may be given NULL here
}
