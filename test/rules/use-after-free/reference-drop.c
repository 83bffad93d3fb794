// RUN: %memcheck --fail-on never --rules=use-after-free,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Reference counts: obj_unref() frees the object when its count reaches zero.
 * What a function made holds the only reference it knows of: dropping it
 * releases the object, so a later use is a use after free and a second drop a
 * double release. A reference retained or stored since keeps it alive. */
#include <stdlib.h>

struct obj { int refs; int v; };
struct obj *registry;

struct obj *obj_new(void)
{
    struct obj *o = calloc(1, sizeof *o);
    if (o)
        o->refs = 1;
    return o;
}

struct obj *obj_ref(struct obj *o)
{
    o->refs++;
    return o;
}

void obj_unref(struct obj *o)
{
    if (o && --o->refs == 0)
        free(o);
}

int use_after_drop(void)
{
    struct obj *o = obj_new();
    if (!o)
        return -1;
    obj_unref(o);
    // CHECK: reference-drop.c:[[@LINE+2]]:15: error: 'o' is dereferenced after obj_unref() released it at line [[@LINE-1]] [use-after-free]
    // CHECK: reference-drop.c:[[@LINE-2]]:5: note: released by obj_unref() here (it drops a reference, the only one known here)
    return o->v;
}

void drop_twice(void)
{
    struct obj *o = obj_new();
    if (!o)
        return;
    obj_unref(o);
    // CHECK: reference-drop.c:[[@LINE+1]]:5: error: 'o' is released twice: obj_unref() here, after obj_unref() at line [[@LINE-1]] already released it [double-free]
    obj_unref(o);
}

/* must not flag: a second reference retained first */
int retained_first(void)
{
    struct obj *o = obj_new();
    if (!o)
        return -1;
    obj_ref(o);
    obj_unref(o);
    int v = o->v;
    obj_unref(o);
    return v;
}

/* must not flag: the registry holds a reference */
int registered(void)
{
    struct obj *o = obj_new();
    if (!o)
        return -1;
    registry = o;
    obj_unref(o);
    return o->v;
}

/* must not flag: the caller's reference, not this function's */
int borrowed(struct obj *o)
{
    obj_unref(o);
    return o->v;
}

/* must not flag: the reference retained for the registry stays */
int registered_with_ref(void)
{
    struct obj *o = obj_new();
    if (!o)
        return -1;
    registry = obj_ref(o);
    obj_unref(o);
    return o->v;
}
