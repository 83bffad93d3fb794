// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: reference counts. A function that retains (obj_ref, CFRetain) must give
 * the reference back (obj_unref), store it or return it on every path. */
#include <stdlib.h>

typedef struct Obj { int refs; char *name; } Obj;
Obj *obj_new(void) { Obj *o = calloc(1, sizeof *o); if (o) o->refs = 1; return o; }
Obj *obj_ref(Obj *o) { if (o) o->refs++; return o; }
void obj_unref(Obj *o) { if (o && --o->refs == 0) { free(o->name); free(o); } }
int obj_ref_count(const Obj *o) { return o ? o->refs : 0; }
int obj_work(const Obj *o) { return o && o->name ? 1 : -1; }

typedef struct Cache { Obj *slots[8]; Obj *last; } Cache;
typedef void *TypeRef;
void TypeRetain(TypeRef t);
void TypeRelease(TypeRef t);
int TypeUse(TypeRef t) { return t != 0 ? 1 : -1; }

int ref_unref_ok(Obj *o) { obj_ref(o); int r = obj_work(o); obj_unref(o); return r; }
// CHECK: refcount.c:[[@LINE+1]]:65: warning: the reference to 'o' taken by obj_ref() at line {{[0-9]+}} is never released on the path returning -1 at line {{[0-9]+}} [leak]
int early_return_bad(Obj *o) { obj_ref(o); if (obj_work(o) < 0) return -1; obj_unref(o); return 0; }
void store_ok(Cache *c, Obj *o) { c->last = obj_ref(o); }
void store_slot_ok(Cache *c, int i, Obj *o) { obj_ref(o); c->slots[i & 7] = o; }
Obj *return_ok(Obj *o) { return obj_ref(o); }
// CHECK: refcount.c:[[@LINE+1]]:89: warning: the reference to 'o' taken by obj_ref() at line {{[0-9]+}} is never released on the path returning r at line {{[0-9]+}} [leak]
int twice_once_bad(Obj *o) { obj_ref(o); obj_ref(o); int r = obj_work(o); obj_unref(o); return r; }
int loop_ok(Obj **v, int n) { int sum = 0; for (int i = 0; i < n; i++) { Obj *o = obj_ref(v[i]); sum += obj_work(o); obj_unref(o); } return sum; }
int count_is_no_ref_ok(Obj *o) { return obj_ref_count(o) > 1; }
int replace_ok(Cache *c, Obj *o) { Obj *old = c->last; c->last = obj_ref(o); obj_unref(old); return 0; }
int camel_ok(TypeRef t) { TypeRetain(t); int r = TypeUse(t); TypeRelease(t); return r; }
// CHECK: refcount.c:[[@LINE+1]]:63: warning: the reference to 't' taken by TypeRetain() at line {{[0-9]+}} is never released on the path returning -1 at line {{[0-9]+}} [leak]
int camel_bad(TypeRef t) { TypeRetain(t); if (TypeUse(t) < 0) return -1; TypeRelease(t); return 0; }
void new_then_unref_ok(void) { Obj *o = obj_new(); if (!o) return; obj_work(o); obj_unref(o); }
void new_ref_unref_twice_ok(void) { Obj *o = obj_new(); if (!o) return; obj_ref(o); obj_unref(o); obj_unref(o); }
int guarded_ok(Obj *o, int keep) { obj_ref(o); if (keep) { obj_unref(o); return 1; } obj_unref(o); return 0; }
void obj_page_ref(Obj *o) { obj_ref(o); }

/* "ref" after a verb or a conjunction is a noun: these retain nothing. */
struct dynbuf { unsigned char *data; int len; };
void dbuf_putc(struct dynbuf *b, int c);
static void get_loc_or_ref(struct dynbuf *bc, int is_ref, int idx) { dbuf_putc(bc, is_ref ? 1 : 2); dbuf_putc(bc, idx); }
static void emit_ref(struct dynbuf *bc, int idx) { dbuf_putc(bc, idx); }
int emit_noun_refs_ok(struct dynbuf *bc)
{
    get_loc_or_ref(bc, 1, 3);
    emit_ref(bc, 4);
    return 0;
}

/* Reduced from tmux: window_remove_ref() drops a reference (and frees the
 * window at zero); it takes none. */
struct window;
void window_remove_ref(struct window *w, const char *from);
void window_drop_ref(struct window *w);
void alerts_done_ok(struct window *w)
{
    window_remove_ref(w, __func__);
}
void dropped_ok(struct window *w)
{
    window_drop_ref(w);
}
