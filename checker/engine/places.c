/* places.c - places (interned, read, written) and resources (made, held, escaped, lost). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- places ---- */

static bool place_same(const mc_place *a, const mc_place *b)
{
    return a->kind == b->kind && a->var == b->var && a->global == b->global && a->res == b->res &&
           a->parent == b->parent && a->field == b->field;
}

static uint64_t place_hash(const mc_place *p)
{
    uint64_t h = mc_mix(p->kind, (uint64_t)(uint32_t)p->var);
    h = mc_mix(h, (uint64_t)(uintptr_t)p->global);
    h = mc_mix(h, ((uint64_t)(uint32_t)p->res << 32) | (uint32_t)p->parent);
    return mc_mix(h, (uint64_t)(uintptr_t)p->field);
}

static uint64_t reskey_hash(const mc_reskey *k)
{
    return mc_mix((uint64_t)(uintptr_t)k->site, (uint64_t)(uint32_t)k->gen);
}

/* Makes room for one more of n ids, rehashing them with hash_of(i) when it grows. */
static void index_reserve(mc_id_index *x, int n, uint64_t (*hash_of)(const mc_analysis *, int),
                          const mc_analysis *an)
{
    if ((size_t)(n + 1) * 2 <= x->cap)
        return;
    size_t cap = x->cap ? x->cap * 2 : 256;
    int *slots = mc_xmalloc(cap * sizeof *slots);
    for (size_t i = 0; i < cap; i++)
        slots[i] = -1;
    for (int id = 0; id < n; id++) {
        size_t h = hash_of(an, id) & (cap - 1);
        while (slots[h] >= 0)
            h = (h + 1) & (cap - 1);
        slots[h] = id;
    }
    free(x->slots);
    x->slots = slots;
    x->cap = cap;
}

static uint64_t place_hash_of(const mc_analysis *an, int id) { return place_hash(&an->places.v[id]); }
static uint64_t reskey_hash_of(const mc_analysis *an, int id) { return reskey_hash(&an->reskeys.v[id]); }

int intern_place(mc_analysis *an, mc_place p)
{
    mc_id_index *x = &an->place_index;
    index_reserve(x, an->places.n, place_hash_of, an);
    size_t h = place_hash(&p) & (x->cap - 1);
    for (; x->slots[h] >= 0; h = (h + 1) & (x->cap - 1))
        if (place_same(&an->places.v[x->slots[h]], &p))
            return x->slots[h];
    p.root = p.kind != P_FIELD ? an->places.n : p.parent >= 0 ? an->places.v[p.parent].root : p.parent;
    MC_VEC_PUSH(an->places, p);
    x->slots[h] = an->places.n - 1;
    return an->places.n - 1;
}

int intern_var_place(mc_analysis *an, int var)
{
    mc_place p = {.kind = P_VAR, .var = var, .res = -1, .parent = -1, .type = an->f->vars[var].type};
    return intern_place(an, p);
}

/* reset_function() interns the variables' places first: each one's place is
 * its index. */
int var_place(mc_analysis *an, int var)
{
    return var < an->f->nvars ? var : intern_var_place(an, var);
}

int global_place(mc_analysis *an, const mc_expr *e)
{
    mc_place p = {.kind = P_GLOBAL, .var = -1, .global = e->global, .res = -1, .parent = -1, .type = e->type};
    return intern_place(an, p);
}

int deref_place(mc_analysis *an, int res, mc_type t)
{
    mc_place p = {.kind = P_DEREF, .var = -1, .res = res, .parent = -1, .type = t};
    return intern_place(an, p);
}

int field_place(mc_analysis *an, int parent, const char *field, mc_type t)
{
    mc_place p = {.kind = P_FIELD, .var = -1, .res = -1, .parent = parent, .field = field, .type = t};
    return intern_place(an, p);
}

/* Is pl inside place outer (one of its fields, at any depth)? */
bool place_under(mc_analysis *an, int pl, int outer)
{
    while (pl >= 0 && pl != outer && an->places.v[pl].kind == P_FIELD)
        pl = an->places.v[pl].parent;
    return pl == outer;
}

int place_root(mc_analysis *an, int pl)
{
    return pl >= 0 ? an->places.v[pl].root : pl;
}

/* Whether place pl still holds resource id. */
bool place_holds(const mc_state *st, int pl, int id)
{
    mc_val now = mc_st_get(st, pl);
    return now.kind == V_RES && now.res == id;
}

/* A place that outlives the function: a global, a static local, or memory
 * reached through something this function does not own (a parameter's object). */
bool place_escapes(mc_analysis *an, const mc_state *st, int pl)
{
    int root = place_root(an, pl);
    if (root < 0)
        return true;
    const mc_place *p = &an->places.v[root];
    if (p->kind == P_GLOBAL)
        return true;
    if (p->kind == P_VAR)
        return an->f->vars[p->var].is_static;
    const mc_res *r = mc_st_res_c(st, p->res);
    if (r && r->origin == MC_ORIG_STACK && r->status == MC_RS_LIVE && !r->stored)
        return false; /* an element of a local array whose address stayed here */
    return !r || !r->owned || r->status == MC_RS_ESCAPED;
}

/* ---- resources ---- */

int res_id(mc_analysis *an, const void *site, int gen)
{
    mc_id_index *x = &an->res_index;
    index_reserve(x, an->reskeys.n, reskey_hash_of, an);
    mc_reskey k = {.site = site, .gen = gen, .entry = -1};
    size_t h = reskey_hash(&k) & (x->cap - 1);
    for (; x->slots[h] >= 0; h = (h + 1) & (x->cap - 1))
        if (an->reskeys.v[x->slots[h]].site == site && an->reskeys.v[x->slots[h]].gen == gen)
            return x->slots[h];
    MC_VEC_PUSH(an->reskeys, k);
    x->slots[h] = an->reskeys.n - 1;
    return an->reskeys.n - 1;
}

bool place_alive(mc_analysis *an, const mc_state *st, int pl, int depth)
{
    int root = place_root(an, pl);
    const mc_place *p = &an->places.v[root];
    if (p->kind != P_DEREF)
        return true;
    const mc_res *r = mc_st_res_c(st, p->res);
    if (r && r->status == MC_RS_RELEASED)
        return false;
    if (!r || !r->owned || r->status == MC_RS_ESCAPED)
        return true;
    if (depth >= REACH_DEPTH)
        return false;
    return res_referenced(an, st, p->res, depth + 1);
}

bool res_referenced(mc_analysis *an, const mc_state *st, int id, int depth)
{
    for (int i = 0; i < st->vals.n; i++) {
        const mc_pv *pv = &st->vals.v[i];
        if (pv->v.kind == V_RES && pv->v.res == id && place_alive(an, st, pv->place, depth))
            return true;
    }
    return false;
}

mc_res blank_res(mc_origin origin, mc_loc loc)
{
    mc_res r = {0};
    r.family = -1;
    r.origin = (uint8_t)origin;
    r.status = MC_RS_LIVE;
    r.nullness = MC_NN_OK;
    r.param = -1;
    r.realloc_link.old = -1;
    r.took.id = -1;
    r.global_place = -1;
    r.null_with.place = -1;
    r.owned_if.place = -1;
    r.release_place = -1;
    r.acq_loc = loc;
    return r;
}

/* What a pointer read from a place we do not own points to: created on first read
 * so that releasing it twice, or using it after release, can be seen. */
const void *place_site(int pl)
{
    return (const void *)(uintptr_t)(2 * (uintptr_t)pl + 1); /* odd: never a real pointer */
}

/* The place resource id was first read from (materialize), or PLACE_NONE. */
int res_read_from(const mc_analysis *an, int id)
{
    uintptr_t site = id >= 0 && id < an->reskeys.n ? (uintptr_t)an->reskeys.v[id].site : 0;
    return site & 1 ? (int)(site / 2) : PLACE_NONE;
}

mc_val materialize(mc_analysis *an, mc_state *st, int pl, mc_loc loc, const mc_expr *e, const char *name)
{
    mc_res r = blank_res(MC_ORIG_PLACE, loc);
    r.nullness = MC_NN_UNCHECKED;
    r.var_expr = e;
    r.var = name;
    int id = new_res(an, st, place_site(pl), &r);
    mc_val v = mc_val_res(id);
    mc_st_set(st, pl, v);
    return v;
}

/* Ownership handed off: the resource (and what it holds) is no longer ours. */
void escape(mc_analysis *an, mc_state *st, int id)
{
    const mc_res *seen = mc_st_res_c(st, id);
    if (seen && seen->status == MC_RS_ESCAPED && (seen->global_place != -1 || seen->out_param)) {
        mc_res *again = mc_st_res(st, id); /* handed on again: no longer only in a global or *out */
        again->global_place = -1;
        again->out_param = 0;
    }
    if (!seen || seen->status != MC_RS_LIVE)
        return;
    mc_res *r = mc_st_res(st, id);
    if (r->ref.count) {
        r->ref.count--; /* a reference we retained is what is handed over */
        r->ref.shared = true;
        return;
    }
    if (r->owned)
        r->status = MC_RS_ESCAPED;
    else
        r->stored = true;
    escape_held(an, st, id, 0);
}

/* Resources stored in the fields of an object go with it. */
void escape_held(mc_analysis *an, mc_state *st, int id, int depth)
{
    if (depth > REACH_DEPTH)
        return;
    for (int i = 0; i < st->vals.n; i++) {
        mc_pv *pv = &st->vals.v[i];
        int root = place_root(an, pv->place);
        if (an->places.v[root].kind != P_DEREF || an->places.v[root].res != id || pv->v.kind != V_RES)
            continue;
        mc_res *h = mc_st_res(st, pv->v.res);
        if (!h || h->status != MC_RS_LIVE || pv->v.res == id)
            continue;
        if (h->owned)
            h->status = MC_RS_ESCAPED;
        else if (!h->stored && h->origin == MC_ORIG_PARAM)
            h->stored = true; /* a parameter kept in the object goes with it */
        else
            continue;
        escape_held(an, st, pv->v.res, depth + 1);
    }
}

/* A callee may have changed the object: forget its fields (what they held goes). */
void forget_fields(mc_analysis *an, mc_state *st, int id)
{
    escape_held(an, st, id, 0);
    for (int i = 0; i < st->vals.n; i++) {
        int root = place_root(an, st->vals.v[i].place);
        if (an->places.v[root].kind == P_DEREF && an->places.v[root].res == id)
            mc_st_clear_at(st, i);
    }
}

/* The field of the object of resource id that place pl is in (o->f for o->f.g), or NULL. */
static const char *own_field(mc_analysis *an, int pl, int id)
{
    while (pl >= 0 && an->places.v[pl].kind == P_FIELD) {
        const mc_place *parent = &an->places.v[an->places.v[pl].parent];
        if (parent->kind == P_DEREF)
            return parent->res == id ? an->places.v[pl].field : NULL;
        pl = an->places.v[pl].parent;
    }
    return NULL;
}

/* After a call that only borrows the object and writes these of its fields:
 * what the others held stands (a flag it tests again: `if (ctx->flags & F)`). */
void forget_written_fields(mc_analysis *an, mc_state *st, int id, const mc_fieldset *written)
{
    escape_held(an, st, id, 0);
    for (int i = 0; i < st->vals.n; i++) {
        int root = place_root(an, st->vals.v[i].place);
        if (an->places.v[root].kind != P_DEREF || an->places.v[root].res != id)
            continue;
        const char *f = own_field(an, st->vals.v[i].place, id);
        bool kept = f != NULL;
        for (int k = 0; k < written->n && kept; k++)
            kept = strcmp(written->names[k], f) != 0;
        /* what the callee wrote there and left dangling, its entry effects said */
        const mc_val *v = &st->vals.v[i].v;
        const mc_res *r = v->kind == V_RES ? mc_st_res_c(st, v->res) : NULL;
        if (r && r->status == MC_RS_RELEASED && r->release_place == st->vals.v[i].place)
            kept = true;
        if (!kept)
            mc_st_clear_at(st, i);
    }
}

/* ---- places in a parameter's struct or array ---- */

/* The parameter a place is a direct field of, when that parameter is a struct
 * passed by value, else -1. */
int struct_param_of(mc_analysis *an, const mc_place *p)
{
    if (p->kind != P_FIELD || p->parent < 0)
        return -1;
    const mc_place *parent = &an->places.v[p->parent];
    int n = an->f->sym ? an->f->sym->nparams : 0;
    if (parent->kind != P_VAR || parent->var < 0 || parent->var >= n ||
        an->f->vars[parent->var].type.kind != MC_TY_RECORD)
        return -1;
    return parent->var;
}

const char index_names[NINDEX][5] = {"[0]", "[1]", "[2]", "[3]", "[4]", "[5]", "[6]", "[7]",
                                     "[8]", "[9]", "[10]", "[11]", "[12]", "[13]", "[14]", "[15]"};

bool is_index_field(const char *field)
{
    return field && field[0] == '[';
}

/* The pointer parameter whose pointee a field place (p->f, or an element
 * arr[k] with k >= 1) is directly in, or -1. */
int pointee_param_of(mc_analysis *an, const mc_place *p)
{
    if (p->kind != P_FIELD || p->parent < 0 || an->places.v[p->parent].kind != P_DEREF)
        return -1;
    int res = an->places.v[p->parent].res;
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n; i++)
        if (an->f->vars[i].type.kind == MC_TY_PTR && res == res_id(an, &an->f->vars[i], 0))
            return i;
    return -1;
}

/* The parameter whose pointee an element place arr[k] (k >= 1) is in, or -1. */
int index_param_of(mc_analysis *an, const mc_place *p)
{
    return is_index_field(p->field) ? pointee_param_of(an, p) : -1;
}

/* ---- reading and writing places ---- */

bool is_pointer(const mc_type *t)
{
    return t->kind == MC_TY_PTR;
}

bool is_temp_var(const mc_analysis *an, int var)
{
    return !an->f->vars[var].name && !an->f->vars[var].is_param;
}

mc_val read_place(mc_analysis *an, mc_state *st, int pl, const mc_expr *e)
{
    mc_val v = mc_st_get(st, pl);
    /* what the caller put there: reachable from elsewhere, or a field of a struct passed by value */
    if (v.kind == V_UNKNOWN && !v.def && is_pointer(&e->type) &&
        (place_escapes(an, st, pl) || struct_param_of(an, &an->places.v[pl]) >= 0))
        v = materialize(an, st, pl, e->loc, e, NULL);
    return v;
}

/* The address of a named object is the same every time it is taken. */
mc_val address_of_object(mc_analysis *an, mc_state *st, const void *site, mc_origin origin,
                         const mc_expr *e)
{
    int id = res_id(an, site, 0);
    if (!mc_st_res(st, id)) {
        mc_res r = blank_res(origin, e->loc);
        r.var_expr = e;
        mc_st_add_res(st, id, &r);
    }
    return mc_val_res(id);
}

/* A struct parameter copied, passed, returned or addressed as a whole: what its
 * fields hold may go anywhere. */
void note_struct_param_whole(mc_analysis *an, int var)
{
    const mc_var *v = &an->f->vars[var];
    if (v->is_param && v->type.kind == MC_TY_RECORD && var < 64)
        an->tally.p_struct_kept |= 1ULL << var;
}

mc_val eval_var(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    const mc_var *var = &an->f->vars[e->var];
    note_struct_param_whole(an, e->var);
    if (var->is_param && var->type.kind == MC_TY_PTR && e->var < 64)
        an->tally.p_elems_kept |= 1ULL << e->var; /* used other than as arr[k] */
    if (var->type.kind == MC_TY_ARRAY)
        return address_of_object(an, st, var, var->is_static ? MC_ORIG_STATIC : MC_ORIG_STACK, e);
    int pl = var_place(an, e->var);
    mc_val v = read_place(an, st, pl, e);
    if (is_temp_var(an, e->var))
        mc_st_set(st, pl, mc_val_unknown()); /* a temporary is read once */
    return v;
}

mc_val eval_global(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    const mc_global *g = e->global;
    if (!g)
        return mc_val_unknown();
    if (g->type.kind == MC_TY_ARRAY)
        return address_of_object(an, st, g, MC_ORIG_STATIC, e);
    int pl = global_place(an, e);
    mc_val v = mc_st_get(st, pl);
    if (v.kind != V_UNKNOWN)
        return v;
    /* A flag never written anywhere in the program is its initial value. */
    int64_t k;
    if (mc_global_constant(g, &k))
        return mc_val_int(k);
    return read_place(an, st, pl, e);
}

void add_global_write(mc_analysis *an, const mc_global *g)
{
    for (int i = 0; i < an->tally.gwrites.n; i++)
        if (an->tally.gwrites.v[i] == g)
            return;
    MC_VEC_PUSH(an->tally.gwrites, g);
}

/* For callers' sake: which globals this function may assign. */
void note_global_write(mc_analysis *an, int pl)
{
    int root = place_root(an, pl);
    if (root >= 0 && an->places.v[root].kind == P_GLOBAL && an->places.v[root].global)
        add_global_write(an, an->places.v[root].global);
}

/* The value a place takes, and the resource it drops. */
/* A field of the object a parameter points to (parent->children). */
bool in_param_object(mc_analysis *an, const mc_state *st, int pl)
{
    int root = pl >= 0 ? place_root(an, pl) : -1;
    if (root < 0 || an->places.v[root].kind != P_DEREF)
        return false;
    const mc_res *o = mc_st_res_c(st, an->places.v[root].res);
    return o && o->origin == MC_ORIG_PARAM;
}

/* A place this path found NULL (the global a test just failed on). */
static bool held_null(const mc_state *st, mc_val v)
{
    const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    return v.kind == V_NULL || (r && r->nullness == MC_NN_FAILED);
}

void store(mc_analysis *an, mc_state *st, int pl, mc_val v, const mc_expr *at, const mc_expr *lhs)
{
    mc_res *r = NULL;
    if (pl < 0 || place_escapes(an, st, pl)) {
        r = v.kind == V_RES ? mc_st_res(st, v.res) : NULL;
        bool was_live = r && r->status == MC_RS_LIVE;
        if (r && r->status == MC_RS_ESCAPED) {
            r->global_place = -1; /* stored somewhere else too */
            r->out_param = 0;
        }
        if (was_live) {
            r->linked = r->linked || in_param_object(an, st, pl);
            use(an, st, v, MC_USE_STORE, lhs, at, NULL, -1);
            r = mc_st_res(st, v.res);
            if (!r->owned)
                r->moved_loc = at->loc;
            escape(an, st, v.res);
            r = mc_st_res(st, v.res);
            int root = pl >= 0 ? place_root(an, pl) : -1;
            /* if (!g) g = make(): a lazily made singleton, kept on purpose */
            bool lazy = pl >= 0 && (held_null(st, mc_st_get(st, pl)) || st->lazy_init);
            if (r->owned && root >= 0 && an->places.v[root].kind == P_GLOBAL && !lazy)
                r->global_place = pl;
            if (root == pl)
                note_out_store(an, st, pl, v.res);
        }
        if (pl < 0)
            return;
    }
    note_global_write(an, pl);
    mc_val old = mc_st_get(st, pl);
    mc_st_set(st, pl, v);
    rel_forget(st, pl);
    forget_masks(an, st, pl);
    const mc_res *now = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    if (now && !now->var && !now->var_expr && lhs && !(lhs->kind == MC_EX_VAR && is_temp_var(an, lhs->var)))
        mc_st_res(st, v.res)->var_expr = lhs;
    if (old.kind == V_RES && !(v.kind == V_RES && v.res == old.res)) {
        if (now && now->realloc_link.old == old.res) {
            if (!res_referenced(an, st, old.res, 0)) {
                r = mc_st_res(st, v.res);
                r->realloc_link.dropped = true;
                r->realloc_link.loc = at->loc;
            }
            return;
        }
        check_lost(an, st, old.res, MC_LOST_OVERWRITE, at->loc, at);
    }
}

/* The whole of a struct place is overwritten: what its fields held is no longer there. */
void forget_under(mc_analysis *an, mc_state *st, int dst)
{
    for (int i = 0; i < st->vals.n; i++)
        if (st->vals.v[i].place != dst && place_under(an, st->vals.v[i].place, dst))
            mc_st_clear_at(st, i);
}

/* Struct assignment: the fields of the source object are copied to the target. */

/* The place under dst that pl is under src (src.a.b -> dst.a.b), or -1 when too deep. */
static int same_field_under(mc_analysis *an, int pl, int src, int dst)
{
    int chain[8], n = 0;
    for (int p = pl; p != src; p = an->places.v[p].parent) {
        if (n == 8 || an->places.v[p].kind != P_FIELD)
            return -1;
        chain[n++] = p;
    }
    int target = dst;
    while (n-- > 0) {
        const mc_place *f = &an->places.v[chain[n]];
        target = field_place(an, target, f->field, f->type);
    }
    return target;
}

/* realloc(from, n) keeps the block's contents: what the fields of block from
 * hold, the same fields of block to hold too (from keeps them for the path
 * where realloc fails). */
void copy_contents(mc_analysis *an, mc_state *st, int from, int to)
{
    int n = st->vals.n;
    for (int i = 0; i < n; i++) {
        mc_pv pv = st->vals.v[i];
        int root = place_root(an, pv.place);
        const mc_place *r = &an->places.v[root];
        if (r->kind != P_DEREF || r->res != from)
            continue;
        int target = same_field_under(an, pv.place, root, deref_place(an, to, r->type));
        if (target >= 0)
            mc_st_set(st, target, pv.v);
    }
}

void copy_fields(mc_analysis *an, mc_state *st, int dst, int src, const mc_expr *at)
{
    const mc_place *from = &an->places.v[src];
    mc_res *obj = from->kind == P_DEREF ? mc_st_res(st, from->res) : NULL;
    if (obj) {
        obj->moved = true;
        obj->moved_loc = at->loc;
    }
    MC_VEC(mc_pv) fields = {0};
    for (int i = 0; i < st->vals.n; i++)
        if (st->vals.v[i].place != src && place_under(an, st->vals.v[i].place, src))
            MC_VEC_PUSH(fields, st->vals.v[i]);
    forget_under(an, st, dst);
    for (int i = 0; i < fields.n; i++) {
        int target = same_field_under(an, fields.v[i].place, src, dst);
        mc_val v = fields.v[i].v;
        if (target < 0)
            continue;
        if (place_escapes(an, st, target) && v.kind == V_RES)
            escape(an, st, v.res);
        mc_st_set(st, target, v);
    }
    MC_VEC_FREE(fields);
}

/* The integer parameter (a descriptor, a handle) an argument is, or -1. */
int int_param(const mc_analysis *an, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (!e || e->kind != MC_EX_VAR || !an->f->vars[e->var].is_param || an->f->vars[e->var].type.kind != MC_TY_INT)
        return -1;
    return e->var < 64 ? e->var : -1;
}

/* ---- leaks ---- */

static void raise_lost(mc_analysis *an, mc_state *st, int id, mc_lostkind kind, mc_loc loc, const mc_expr *at)
{
    mc_event ev = event(MC_EV_LOST, st, at, loc, id);
    ev.lost = kind;
    raise_event(an, &ev);
}

/* Called when a place stops holding resource id: reports it if nothing else does. */
void check_lost(mc_analysis *an, mc_state *st, int id, mc_lostkind kind, mc_loc loc, const mc_expr *at)
{
    mc_res *r = mc_st_res(st, id);
    if (r && r->realloc_link.lost) {
        kind = MC_LOST_REALLOC;
        loc = r->realloc_link.loc;
    }
    if (!r || !r->owned || r->status != MC_RS_LIVE || r->nullness == MC_NN_FAILED)
        return;
    if (res_referenced(an, st, id, 0) || null_by_out(st, r))
        return;
    if (lent_here(st, r)) {
        r->owned = false; /* never the caller's on this path, and now out of reach */
        return;
    }
    raise_lost(an, st, id, kind, loc, at);
    r = mc_st_res(st, id);
    r->status = MC_RS_ESCAPED; /* reported: not again on this path */
    escape_held(an, st, id, 0);
}

/* Held only inside another owned object that is itself still live: reported with it. */
static bool held_by_live_owner(mc_analysis *an, const mc_state *st, int id)
{
    for (int i = 0; i < st->vals.n; i++) {
        const mc_pv *pv = &st->vals.v[i];
        if (pv->v.kind != V_RES || pv->v.res != id)
            continue;
        int root = place_root(an, pv->place);
        if (an->places.v[root].kind != P_DEREF || an->places.v[root].res == id)
            continue;
        const mc_res *owner = mc_st_res_c(st, an->places.v[root].res);
        if (owner && owner->owned && owner->status == MC_RS_LIVE && owner->nullness != MC_NN_FAILED)
            return true;
    }
    return false;
}

static bool calls_symbol(const mc_expr *e, const void *callee)
{
    return e->kind == MC_EX_CALL && e->sym == callee;
}

/* An owned block whose only hand-off was being stored in a global (g = p), when
 * g still holds it at the exit, this function calls a reader of g, and every
 * other function that reads g has been seen to only borrow what it finds there
 * (g = p; sink(); with sink() { char *d = g; puts(d); }): nothing will ever
 * release it. A store no reader is called after is a hand-off (SPEC 1.3): the
 * pool an init function fills for the rest of the program. */
static bool lost_in_global(mc_analysis *an, const mc_state *st, const mc_res *r, int id)
{
    if (!r->owned || r->status != MC_RS_ESCAPED || r->global_place < 0 || r->taken || r->ref.count ||
        r->nullness == MC_NN_FAILED)
        return false;
    mc_val now = mc_st_get(st, r->global_place);
    const mc_place *root = &an->places.v[place_root(an, r->global_place)];
    if (now.kind != V_RES || now.res != id || root->kind != P_GLOBAL || !root->global)
        return false;
    const mc_readers *rd = mc_ptrmap_get(&an->pi->readers, root->global);
    if (!rd || rd->n > MAX_READERS)
        return false;
    bool seen_reader = false;
    for (int i = 0; i < rd->n; i++) {
        if (rd->fn[i] == an->f->sym)
            continue;
        const mc_summary *sum = summary_of(an, rd->fn[i]);
        bool borrows = false;
        for (int k = 0; sum && k < sum->nentries; k++)
            if (sum->entries[k].global == root->global)
                borrows = !sum->entries[k].releases && !sum->entries[k].keeps;
        if (!borrows)
            return false;
        seen_reader |= mc_func_any_root(an->f, calls_symbol, rd->fn[i]);
    }
    return seen_reader;
}

void exit_leaks(mc_analysis *an, mc_state *st, mc_loc loc, const mc_expr *at)
{
    if (!an->o->leaks_at_exit && mc_returns_end_program(an))
        return;
    for (int i = 0; i < st->res.n; i++) {
        mc_res *r = &st->res.v[i].r;
        int id = st->res.v[i].id;
        if (r->realloc_link.dropped && r->nullness == MC_NN_UNCHECKED && r->realloc_link.old >= 0)
            raise_lost(an, st, r->realloc_link.old, MC_LOST_REALLOC, r->realloc_link.loc, at);
        else if (r->owned && r->status == MC_RS_LIVE && r->nullness != MC_NN_FAILED &&
                 !held_by_live_owner(an, st, id) && !null_by_out(st, r) && !lent_here(st, r))
            raise_lost(an, st, id, r->realloc_link.lost ? MC_LOST_REALLOC : MC_LOST_EXIT,
                       r->realloc_link.lost ? r->realloc_link.loc : loc, at);
        else if (lost_in_global(an, st, r, id))
            raise_lost(an, st, id, MC_LOST_EXIT, loc, at);
        r = &st->res.v[i].r;
        bool returned = st->has_ret && st->ret.kind == V_RES && st->ret.res == id;
        /* a retain function's reference is its caller's (sqlite3PagerRef wraps PcacheRef) */
        if (r->ref.count && !r->owned && r->status == MC_RS_LIVE && r->nullness != MC_NN_FAILED && !returned &&
            mc_func_names(an)->retained < 0)
            raise_lost(an, st, id, MC_LOST_REFERENCE, loc, at);
    }
}

/* ---- what the parameters brought in ---- */

int param_res(mc_analysis *an, int i)
{
    return res_id(an, &an->f->vars[i], 0);
}

/* The value *p had on entry, for a parameter T **p, or -1. */
int pointee_res(mc_analysis *an, int i)
{
    const mc_type *t = &an->f->vars[i].type;
    bool void_ptr = t->kind == MC_TY_PTR && t->ptr_depth == 1 && t->pointee_kind == MC_TY_VOID;
    if (t->kind != MC_TY_PTR || (t->ptr_depth < 2 && !void_ptr)) /* void *: maybe a T ** in disguise */
        return -1;
    return res_id(an, place_site(deref_place(an, param_res(an, i), *t)), 0);
}
