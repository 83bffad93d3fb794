/* entries.c - what a callee does, on entry, to the pointers its caller's
 * globals and objects hold (mc_entry_effect), applied at each call. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The value the caller's struct argument holds in field (sink(s) with s.a set). */
static mc_val struct_arg_field(mc_analysis *an, const mc_state *st, const mc_expr *arg, const char *field)
{
    const mc_expr *a = mc_expr_strip(arg);
    if (!a || a->kind != MC_EX_VAR || an->f->vars[a->var].type.kind != MC_TY_RECORD)
        return mc_val_unknown();
    int var = var_place(an, a->var);
    for (int i = 0; i < st->vals.n; i++) {
        const mc_place *p = &an->places.v[st->vals.v[i].place];
        if (p->kind == P_FIELD && p->parent == var && p->field && strcmp(p->field, field) == 0)
            return st->vals.v[i].v;
    }
    return mc_val_unknown();
}

/* The value the caller's array argument holds at element field ("[2]"), or unknown. */
static mc_val index_arg_field(mc_analysis *an, const mc_state *st, mc_val arg, const mc_expr *e, const char *field)
{
    int k = atoi(field + 1);
    if (!tracked_object(an, arg) || k < 1 || k >= NINDEX)
        return mc_val_unknown();
    int obj = deref_place(an, arg.res, e->type);
    return mc_st_get(st, field_place(an, obj, index_names[k], e->type));
}

static void collect_fields(const mc_expr *e, void *ctx)
{
    mc_analysis *an = ctx;
    if (!e)
        return;
    if (e->kind == MC_EX_MEMBER && e->name && !e->op) {
        int i = 0;
        while (i < an->fields.n && an->fields.v[i] != e->name)
            i++;
        if (i == an->fields.n)
            MC_VEC_PUSH(an->fields, e->name);
    }
    for (int i = 0; i < e->nkids; i++)
        collect_fields(e->kids[i], ctx);
}

/* The pointer this function's places use for field name (places compare names
 * by pointer, and names are interned per part of a TU, so a callee's is
 * another): its own member expressions' first, else name from now on. */
static const char *own_field_name(mc_analysis *an, const char *name)
{
    if (!an->fields_known)
        mc_func_each_root(an->f, collect_fields, an);
    an->fields_known = true;
    for (int i = 0; i < an->fields.n; i++)
        if (strcmp(an->fields.v[i], name) == 0)
            return an->fields.v[i];
    MC_VEC_PUSH(an->fields, name);
    return name;
}

/* The caller's place for the field an entry effect names in the object the
 * argument points to (c->buf for sink(c) { free(c->buf); }), or -1. A
 * summaries file does not say the field's type: a pointer, then. */
static int pointee_field_place(mc_analysis *an, mc_state *st, mc_val arg, const mc_expr *e,
                               const mc_entry_effect *g)
{
    const mc_expr *member = addressed(e);
    int obj = member ? peek_expr_place(an, st, member, 0) : PLACE_NONE; /* clear(&o->filters): o->filters */
    if (obj < 0 && !tracked_object(an, arg))
        return -1;
    if (obj < 0)
        obj = pointee_place(an, st, arg, e->type);
    const char *arrow = strstr(g->field, "->"), *field;
    if (arrow) { /* "handshake->psk": through what the caller's o->handshake points to */
        char *outer = mc_xasprintf("%.*s", (int)(arrow - g->field), g->field);
        field = own_field_name(an, keep_text(an, outer));
        mc_type pointer = {.kind = MC_TY_PTR, .ptr_depth = 1, .bits = e->type.bits};
        int at = field_place(an, obj, field, pointer);
        mc_val held = mc_st_get(st, at);
        if (held.kind == V_UNKNOWN && !held.def && !held.flags && place_escapes(an, st, at)) {
            const char *name = keep_text(an, mc_xasprintf("%s%s%s", mc_expr_text(an, member ? member : e),
                                                          member ? "." : "->", field));
            held = materialize(an, st, at, e->loc, NULL, name);
        }
        if (!tracked_object(an, held))
            return -1;
        obj = pointee_place(an, st, held, pointer);
    }
    field = own_field_name(an, arrow ? keep_text(an, mc_xstrdup(arrow + 2)) : g->field);
    for (int i = 0; i < st->vals.n; i++) {
        const mc_place *p = &an->places.v[st->vals.v[i].place];
        if (p->kind == P_FIELD && p->parent == obj && p->field == field)
            return st->vals.v[i].place;
    }
    mc_type pointer = {.kind = MC_TY_PTR, .ptr_depth = 1, .bits = e->type.bits};
    return field_place(an, obj, field, g->ref ? g->ref->type : pointer);
}

/* What the caller's c->buf holds for a callee that releases it: what it put
 * there, or, if it never looked, the object's own entry value, made now and
 * named after the argument. */
static mc_val pointee_field_value(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_expr *at,
                                  const mc_entry_effect *g, int pl)
{
    mc_val v = mc_st_get(st, pl);
    if (v.kind != V_UNKNOWN || v.def || v.flags || !g->releases || !place_escapes(an, st, pl))
        return v;
    const mc_expr *member = addressed(at->kids[0]); /* &o->filters: o->filters.stack */
    const char *name = keep_text(an, mc_xasprintf("%s%s%s", mc_expr_text(an, member ? member : at->kids[0]),
                                                  member ? "." : "->", g->field));
    return materialize(an, st, pl, call->loc, NULL, name);
}

/* Entry effects on what the caller's arguments reach apply before the
 * arguments' own effects forget it: elements (sink(arr) frees arr[2]) and
 * fields of the object a pointer argument points to (sink(c) frees c->buf). */
static bool reaches_through_arg(const mc_entry_effect *g, const mc_expr *call)
{
    if (g->global || g->param < 0 || g->param + 1 >= call->nkids)
        return false;
    return is_index_field(g->field) || is_pointer(&call->kids[g->param + 1]->type);
}

/* What the callee does with the pointers in globals now (sink() frees g_data),
 * in the fields of a struct it gets by value (sink(s) frees s.a), or, for
 * MC_ENTRY_THROUGH_ARGS, in the elements of an array it gets (sink(arr) frees
 * arr[2]) and in the fields of an object it gets (sink(c) frees c->buf). A
 * global's uses are checked in the callee's order: a lookup in the table
 * `items` points to, before the callee frees its argument, which was items'
 * first element, is no use after that release; a read of items after it is. */
void apply_entry_effects(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_summary *sum,
                         const mc_val *args, mc_entry_part part)
{
    bool before_args = part == MC_ENTRY_THROUGH_ARGS;
    for (int i = 0; sum && i < sum->nentries; i++) {
        const mc_entry_effect *g = &sum->entries[i];
        const mc_expr *at = g->ref;
        mc_val v;
        int field = -1; /* the caller's place for c->buf, or for the global */
        if (before_args != reaches_through_arg(g, call))
            continue;
        /* names the element or field in messages: arr[2], c->buf */
        mc_expr k = {.kind = MC_EX_INT, .var = -1, .is_const = 1}, *kids[2] = {NULL, &k};
        mc_expr elem = {.kind = MC_EX_INDEX, .var = -1, .nkids = 2, .kids = kids, .loc = call->loc};
        if (before_args) {
            kids[0] = call->kids[g->param + 1];
            elem.type = g->ref ? g->ref->type : kids[0]->type;
            at = &elem;
        }
        if (before_args && is_index_field(g->field)) {
            k.ival = atoi(g->field + 1);
            v = index_arg_field(an, st, args[g->param], kids[0], g->field);
        } else if (before_args) {
            field = pointee_field_place(an, st, args[g->param], kids[0], g);
            if (field < 0)
                continue;
            elem.kind = MC_EX_MEMBER;
            elem.arrow = 1;
            elem.nkids = 1;
            elem.name = g->field;
            elem.type = an->places.v[field].type;
            v = pointee_field_value(an, st, call, &elem, g, field);
        } else if (g->global) {
            mc_place p = {.kind = P_GLOBAL, .var = -1, .global = g->global, .res = -1, .parent = -1, .type = g->ref->type};
            field = intern_place(an, p);
            v = mc_st_get(st, field);
            if (v.kind == V_UNKNOWN && !v.def && !v.flags && g->dangles) /* the caller never looked */
                v = materialize(an, st, field, call->loc, NULL, g->global->name);
        } else if (g->param >= 0 && g->param + 1 < call->nkids) {
            at = call->kids[g->param + 1];
            v = struct_arg_field(an, st, at, g->field);
        } else {
            continue;
        }
        const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
        /* a use comes before the arguments' releases unless the callee used
           the object only after releasing one of its parameters */
        if (part == MC_ENTRY_THROUGH_ARGS || (part == MC_ENTRY_USES) != g->derefs_late) {
            if (!r && g->nonnull)
                note_deref_site(an, st, v, MC_USE_NONNULL, at, call, call->name, -1); /* sink() { *g = 1; } */
            if (r && g->derefs && r->status == MC_RS_RELEASED)
                use(an, st, v, MC_USE_PASS, at, call, call->name, -1);
            else if (r && g->nonnull)
                use(an, st, v, MC_USE_NONNULL, at, call, call->name, -1); /* sink() { g->x = 1; } */
        }
        if (!r || part == MC_ENTRY_USES)
            continue;
        if (g->keeps && !g->releases)
            escape(an, st, v.res); /* kept or handed on by the callee on some path */
        if (!g->releases)
            continue;
        /* spoken only for a model family's resource, as for parameters */
        int family = r->family >= 0 && r->family < an->pi->nmodel_families ? g->family : -1;
        release(an, st, v, call, at, call->name, family, -1, true);
        /* what a callee with known callers leaves dangling, in a field of the
           caller's object or a global, is the caller's to judge (clear(&o->
           filters); free(o)); else the callee's business */
        mc_res *rr = mc_st_res(st, v.res);
        if (rr)
            rr->release_place = g->dangles && field >= 0 && place_holds(st, field, v.res) ? field : -1;
    }
}
