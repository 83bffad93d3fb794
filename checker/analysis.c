/* analysis.c - the ownership engine. Each function's CFG is walked path by path
 * over abstract states (state.c): values of places, resources with their status
 * and failure checks. Conditions split states; a bounded number of distinct
 * states per block (with integer facts widened away past a point) makes loops
 * reach a fixpoint. Along the way the engine raises events (analysis.h) that
 * rules turn into findings, and at the end it writes the function's summary for
 * its callers. Functions are walked bottom-up over the call graph. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "engine.h"
#include "summaries.h"

enum {
    STATES_PER_BLOCK = 12,      /* distinct states kept per block before widening */
    LOOP_EXACT_ROUNDS = 3,      /* arrivals at a loop head before its counters widen */
    STATES_PER_BLOCK_MAX = 24,  /* after widening; more are dropped */
    DEFAULT_BUDGET = 40000,     /* block visits per function */
    MAX_SECONDS = 2,            /* wall time per function */
    REACH_DEPTH = 8,            /* how deep ownership chains are followed */
};

typedef MC_VEC(mc_state *) states;

static mc_val eval(mc_analysis *an, mc_state *st, const mc_expr *e);
static int field_of_param(const mc_func *f, const mc_expr *w, const char **field);
static void forget_masks(mc_analysis *an, mc_state *st, int pl);
static int place_of(mc_analysis *an, mc_state *st, const mc_expr *e, bool write);
static int predicate_of_arg(mc_analysis *an, const mc_symbol *pred, mc_val arg, const mc_expr *e);
static bool is_predicate(mc_analysis *an, const mc_symbol *s);
static mc_val address_of(mc_analysis *an, mc_state *st, const mc_expr *k);
static void forget_predicates(mc_analysis *an, mc_state *st, int res);
static void check_lost(mc_analysis *an, mc_state *st, int id, mc_lostkind kind, mc_loc loc,
                       const mc_expr *at);
static void escape_var_fields(mc_analysis *an, mc_state *st, int pl);
static int out_param_place(mc_analysis *an, mc_state *st, const mc_expr *arg);
static void forget_place(mc_analysis *an, mc_state *st, int pl);
static int struct_param_of(mc_analysis *an, const mc_place *p);

/* ---- events ---- */

static void raise_event(mc_analysis *an, mc_event *ev)
{
    ev->an = an;
    ev->func = an->f;
    if (ev->res_id >= 0 && !ev->res)
        ev->res = mc_st_res_c(ev->state, ev->res_id);
    for (int k = 0; k < an->nlisteners; k++) {
        an->cur_rule = an->listeners[k];
        mc_rules[an->cur_rule]->on_event(ev);
    }
    an->cur_rule = -1;
}

static mc_event event(mc_evkind kind, const mc_state *st, const mc_expr *e, mc_loc loc, int res)
{
    mc_event ev = {0};
    ev.kind = kind;
    ev.state = st;
    ev.expr = e;
    ev.loc = loc;
    ev.res_id = res;
    ev.arg = -1;
    ev.family = -1;
    return ev;
}

/* ---- strings handed to rules ---- */

static const char *keep_text(mc_analysis *an, char *s)
{
    MC_VEC_PUSH(an->texts, s);
    return s;
}

const char *mc_event_text(const mc_event *ev)
{
    return ev->expr ? mc_expr_text(ev->an, ev->expr) : NULL;
}

bool mc_event_other_union_member(const mc_event *ev)
{
    const mc_expr *now = ev->expr ? mc_expr_strip(ev->expr) : NULL;
    const mc_expr *was = ev->res && ev->res->var_expr ? mc_expr_strip(ev->res->var_expr) : NULL;
    if (!now || !was || now->kind != MC_EX_MEMBER || was->kind != MC_EX_MEMBER || !now->op || !was->op)
        return false;
    return now->name && was->name && strcmp(now->name, was->name) != 0;
}

const char *mc_res_name(mc_analysis *an, const mc_res *r)
{
    if (r->var)
        return r->var;
    return r->var_expr ? mc_expr_text(an, r->var_expr) : "(value)";
}

const char *mc_expr_text(mc_analysis *an, const mc_expr *e)
{
    return mc_expr_text_in(an, an->f, e);
}

const char *mc_expr_text_in(mc_analysis *an, const mc_func *f, const mc_expr *e)
{
    mc_buf b = {0};
    mc_expr_text_buf(e, f, &b);
    return keep_text(an, mc_buf_detach(&b));
}

static int add_step(mc_analysis *an, mc_loc loc, mc_why why)
{
    MC_VEC_PUSH(an->steps, ((mc_step){loc, why}));
    return an->steps.n - 1;
}

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

static int intern_place(mc_analysis *an, mc_place p)
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

static int intern_var_place(mc_analysis *an, int var)
{
    mc_place p = {.kind = P_VAR, .var = var, .res = -1, .parent = -1, .type = an->f->vars[var].type};
    return intern_place(an, p);
}

/* reset_function() interns the variables' places first: each one's place is
 * its index. */
static int var_place(mc_analysis *an, int var)
{
    return var < an->f->nvars ? var : intern_var_place(an, var);
}

static int global_place(mc_analysis *an, const mc_expr *e)
{
    mc_place p = {.kind = P_GLOBAL, .var = -1, .global = e->global, .res = -1, .parent = -1, .type = e->type};
    return intern_place(an, p);
}

static int deref_place(mc_analysis *an, int res, mc_type t)
{
    mc_place p = {.kind = P_DEREF, .var = -1, .res = res, .parent = -1, .type = t};
    return intern_place(an, p);
}

static int field_place(mc_analysis *an, int parent, const char *field, mc_type t)
{
    mc_place p = {.kind = P_FIELD, .var = -1, .res = -1, .parent = parent, .field = field, .type = t};
    return intern_place(an, p);
}

/* Is pl inside place outer (one of its fields, at any depth)? */
static bool place_under(mc_analysis *an, int pl, int outer)
{
    while (pl >= 0 && pl != outer && an->places.v[pl].kind == P_FIELD)
        pl = an->places.v[pl].parent;
    return pl == outer;
}

static int place_root(mc_analysis *an, int pl)
{
    return pl >= 0 ? an->places.v[pl].root : pl;
}

/* A place that outlives the function: a global, a static local, or memory
 * reached through something this function does not own (a parameter's object). */
static bool place_escapes(mc_analysis *an, const mc_state *st, int pl)
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

static int res_id(mc_analysis *an, const void *site, int gen)
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

static bool res_referenced(mc_analysis *an, const mc_state *st, int id, int depth);
static void forget_fields(mc_analysis *an, mc_state *st, int id);

static bool place_alive(mc_analysis *an, const mc_state *st, int pl, int depth)
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

static bool res_referenced(mc_analysis *an, const mc_state *st, int id, int depth)
{
    for (int i = 0; i < st->vals.n; i++) {
        const mc_pv *pv = &st->vals.v[i];
        if (pv->v.kind == V_RES && pv->v.res == id && place_alive(an, st, pv->place, depth))
            return true;
    }
    return false;
}

/* What still refers to resource id forgets it, so that it does not come to
 * point to the object that takes the id over. */
static void forget_references(mc_state *st, int id)
{
    for (int i = 0; i < st->vals.n; i++)
        if (st->vals.v[i].v.kind == V_RES && st->vals.v[i].v.res == id)
            mc_st_clear_at(st, i);
}

static bool held_by_variable(mc_analysis *an, const mc_state *st, int id)
{
    for (int i = 0; i < st->vals.n; i++)
        if (st->vals.v[i].v.kind == V_RES && st->vals.v[i].v.res == id &&
            an->places.v[st->vals.v[i].place].kind == P_VAR)
            return true;
    return false;
}

/* A fresh resource for an acquisition at site. The same site in a loop gets a new
 * generation while the previous one is still tracked on this path. When every
 * generation is (a list built node by node), one that only memory holds (an inner
 * node, not the tail a variable points to) makes way, and what held it forgets it. */
static int new_res(mc_analysis *an, mc_state *st, const void *site, const mc_res *init)
{
    enum { GENERATIONS = 4 };
    int id = -1;
    bool unheld = false;
    for (int gen = 0; gen < GENERATIONS && !unheld; gen++) {
        id = res_id(an, site, gen);
        const mc_res *old = mc_st_res_c(st, id);
        unheld = !old || !res_referenced(an, st, id, 0);
    }
    if (!unheld) {
        id = res_id(an, site, 0);
        for (int gen = 0; gen < GENERATIONS; gen++)
            if (!held_by_variable(an, st, res_id(an, site, gen))) {
                id = res_id(an, site, gen);
                break;
            }
        forget_references(st, id);
    }
    /* the fields of the object it replaces are not the new object's */
    if (mc_st_res_c(st, id))
        forget_fields(an, st, id);
    mc_st_add_res(st, id, init);
    return id;
}

static mc_res blank_res(mc_origin origin, mc_loc loc)
{
    mc_res r = {0};
    r.family = -1;
    r.origin = (uint8_t)origin;
    r.status = MC_RS_LIVE;
    r.nullness = MC_NN_OK;
    r.param = -1;
    r.realloc_old = -1;
    r.took = -1;
    r.global_place = -1;
    r.null_with_place = -1;
    r.owned_if_place = -1;
    r.release_place = -1;
    r.acq_loc = loc;
    return r;
}

/* What a pointer read from a place we do not own points to: created on first read
 * so that releasing it twice, or using it after release, can be seen. */
static const void *place_site(int pl)
{
    return (const void *)(uintptr_t)(2 * (uintptr_t)pl + 1); /* odd: never a real pointer */
}

static mc_val materialize(mc_analysis *an, mc_state *st, int pl, const mc_expr *e)
{
    mc_res r = blank_res(MC_ORIG_PLACE, e->loc);
    r.nullness = MC_NN_UNCHECKED;
    r.var_expr = e;
    int id = new_res(an, st, place_site(pl), &r);
    mc_val v = mc_val_res(id);
    mc_st_set(st, pl, v);
    return v;
}

static void escape_held(mc_analysis *an, mc_state *st, int id, int depth);

/* Ownership handed off: the resource (and what it holds) is no longer ours. */
static void escape(mc_analysis *an, mc_state *st, int id)
{
    const mc_res *seen = mc_st_res_c(st, id);
    if (seen && seen->status == MC_RS_ESCAPED && seen->global_place != -1)
        mc_st_res(st, id)->global_place = -1; /* handed on again: no longer only in a global */
    if (!seen || seen->status != MC_RS_LIVE)
        return;
    mc_res *r = mc_st_res(st, id);
    if (r->refs) {
        r->refs--; /* a reference we retained is what is handed over */
        return;
    }
    if (r->owned)
        r->status = MC_RS_ESCAPED;
    else
        r->stored = true;
    escape_held(an, st, id, 0);
}

/* Resources stored in the fields of an object go with it. */
static void escape_held(mc_analysis *an, mc_state *st, int id, int depth)
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
static void forget_fields(mc_analysis *an, mc_state *st, int id)
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
static void forget_written_fields(mc_analysis *an, mc_state *st, int id, const mc_fieldset *written)
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
        if (!kept)
            mc_st_clear_at(st, i);
    }
}

/* ---- uses ---- */

static int pointee_res(mc_analysis *an, int i);

/* The parameter a place is a direct field of, when that parameter is a struct
 * passed by value, else -1. */
static int struct_param_of(mc_analysis *an, const mc_place *p)
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

/* Elements arr[k] of a local array or of an array a parameter points to, for a
 * few constant k, are followed like fields with these names (arr[0] is *arr). */
enum { NINDEX = 16 };
static const char index_names[NINDEX][5] = {"[0]", "[1]", "[2]", "[3]", "[4]", "[5]", "[6]", "[7]",
                                            "[8]", "[9]", "[10]", "[11]", "[12]", "[13]", "[14]", "[15]"};

static bool is_index_field(const char *field)
{
    return field && field[0] == '[';
}

/* The parameter whose pointee an element place arr[k] (k >= 1) is in, or -1. */
static int index_param_of(mc_analysis *an, const mc_place *p)
{
    if (p->kind != P_FIELD || !is_index_field(p->field) || an->places.v[p->parent].kind != P_DEREF)
        return -1;
    int res = an->places.v[p->parent].res;
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n; i++)
        if (an->f->vars[i].type.kind == MC_TY_PTR && res == res_id(an, &an->f->vars[i], 0))
            return i;
    return -1;
}

/* The record of the entry value of a global pointer, of a pointer field of a
 * struct parameter, or of an element of the array a parameter points to, when
 * resource id is one. */
static mc_entry_seen *entry_seen(mc_analysis *an, const mc_res *r, int id)
{
    if (r->origin != MC_ORIG_PLACE || id >= an->reskeys.n || !((uintptr_t)an->reskeys.v[id].site & 1))
        return NULL;
    const mc_place *p = &an->places.v[(uintptr_t)an->reskeys.v[id].site / 2];
    bool global = p->kind == P_GLOBAL && p->global;
    int param = struct_param_of(an, p);
    if (param < 0)
        param = index_param_of(an, p);
    if ((!global && param < 0) || p->type.kind != MC_TY_PTR)
        return NULL;
    mc_entry_seen key = {global ? p->global : NULL, global ? -1 : param, global ? NULL : p->field, r->var_expr, 0, 0,
                         false, -1, false};
    for (int i = 0; i < an->entries_seen.n; i++) {
        const mc_entry_seen *e = &an->entries_seen.v[i];
        if (e->global == key.global && e->param == key.param && e->field == key.field)
            return &an->entries_seen.v[i];
    }
    MC_VEC_PUSH(an->entries_seen, key);
    return &an->entries_seen.v[an->entries_seen.n - 1];
}

static void note_param_deref(mc_analysis *an, mc_state *st, const mc_res *r, int id)
{
    mc_entry_seen *g = entry_seen(an, r, id);
    if (g)
        g->derefed = true;
    if (r->origin == MC_ORIG_PARAM && r->nullness == MC_NN_UNCHECKED && r->param >= 0 && r->param < 64) {
        st->pderef |= 1ULL << r->param;
        if (an->on_every_path[an->block])
            an->p_deref_every |= 1ULL << r->param;
    }
    if (r->origin != MC_ORIG_PLACE)
        return;
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < 64; i++) {
        if (pointee_res(an, i) != id)
            continue;
        st->ppderef |= 1ULL << i;
        if (r->nullness == MC_NN_UNCHECKED)
            st->ppderef_unchecked |= 1ULL << i;
        if (r->nullness == MC_NN_UNCHECKED && an->on_every_path[an->block])
            an->pp_deref_every |= 1ULL << i;
    }
}

static void use(mc_analysis *an, mc_state *st, mc_val v, mc_usekind kind, const mc_expr *e,
                const mc_expr *at, const char *callee, int arg);

/* Is value v known not to be c? */
static bool excludes(mc_val v, int64_t c)
{
    if (v.kind != V_INT)
        return false;
    return c < v.lo || c > v.hi || (c == 0 && (v.flags & VF_NONZERO));
}

/* A mapping checked only against NULL is used, or its path ends: the NULL
 * check was the wrong one. */
static void flush_null_check(mc_analysis *an, mc_state *st, int id)
{
    mc_res *r = mc_st_res(st, id);
    const mc_expr *e = r->null_check;
    r->null_check = NULL;
    use(an, st, mc_val_res(id), MC_USE_BAD_CHECK, e, e, NULL, -1);
    mc_st_res(st, id)->nullness = MC_NN_OK;
}

enum { DEREF_NULL = 1, DEREF_OTHER = 2 };

/* The key of a dereference site: an argument is its own, since a call may pass
 * NULL as one and not as another. */
static const mc_expr *deref_site(mc_usekind kind, const mc_expr *e, const mc_expr *at)
{
    return kind == MC_USE_NONNULL || !at ? e : at;
}

/* What each dereference met, over all paths: a pointer NULL on every one that
 * reaches it is a bug whatever the conditions; NULL on some only is most often
 * a path the analysis cannot rule out. The path ends at a NULL dereference. */
static void note_deref_site(mc_analysis *an, mc_state *st, mc_val v, mc_usekind kind, const mc_expr *e,
                            const mc_expr *at, const char *callee, int arg)
{
    const mc_expr *site = deref_site(kind, e, at);
    uintptr_t bits = (uintptr_t)mc_ptrmap_get(&an->deref_sites, site);
    bool null = v.kind == V_NULL;
    if (null && !(bits & DEREF_NULL))
        MC_VEC_PUSH(an->null_sites, ((mc_null_site){e, at, at ? at->loc : e->loc, (uint8_t)kind, callee, arg}));
    uintptr_t now = bits | (null ? DEREF_NULL : DEREF_OTHER);
    if (now != bits)
        mc_ptrmap_put(&an->deref_sites, site, (void *)now);
    if (null)
        st->dead = true;
}

static void raise_null_derefs(mc_analysis *an)
{
    /* with paths dropped, a site's other paths may be among them */
    for (int i = 0; i < an->null_sites.n && !an->over_budget && !an->states_dropped; i++) {
        const mc_null_site *n = &an->null_sites.v[i];
        if ((uintptr_t)mc_ptrmap_get(&an->deref_sites, deref_site((mc_usekind)n->use, n->e, n->at)) != DEREF_NULL)
            continue;
        mc_event ev = event(MC_EV_NULL_DEREF, NULL, n->e, n->loc, -1);
        ev.within = n->at;
        ev.use = (mc_usekind)n->use;
        ev.callee = n->callee;
        ev.arg = n->arg;
        raise_event(an, &ev);
    }
    an->null_sites.n = 0;
    mc_ptrmap_clear(&an->deref_sites);
}

static void use(mc_analysis *an, mc_state *st, mc_val v, mc_usekind kind, const mc_expr *e,
                const mc_expr *at, const char *callee, int arg)
{
    if (kind == MC_USE_DEREF || kind == MC_USE_WRITE || kind == MC_USE_NONNULL)
        note_deref_site(an, st, v, kind, e, at, callee, arg);
    if (v.kind != V_RES)
        return;
    const mc_res *seen = mc_st_res_c(st, v.res);
    if (!seen)
        return;
    if (kind == MC_USE_WRITE)
        forget_predicates(an, st, v.res); /* name[0] = '-': what predicates said of it is gone */
    mc_res *r;
    if (seen->nullness == MC_NN_UNCHECKED && seen->null_with_place >= 0 && !seen->ok_with &&
        excludes(mc_st_get(st, seen->null_with_place), seen->null_with_value))
        mc_st_res(st, v.res)->nullness = MC_NN_OK; /* for (i = 0; i < count; i++) tokens[i]: count > 0, so not NULL */
    seen = mc_st_res_c(st, v.res);
    if (seen->null_check && seen->nullness == MC_NN_UNCHECKED && kind != MC_USE_BAD_CHECK)
        flush_null_check(an, st, v.res);
    mc_event ev = event(MC_EV_USE, st, e, at ? at->loc : e->loc, v.res);
    ev.within = at;
    ev.use = kind;
    ev.callee = callee;
    ev.arg = arg;
    ev.value_is_offset = (v.flags & VF_OFFSET) != 0;
    raise_event(an, &ev);
    const mc_res *now = mc_st_res_c(st, v.res); /* written below only when something changes */
    bool deref = kind == MC_USE_DEREF || kind == MC_USE_WRITE || kind == MC_USE_NONNULL;
    if (deref)
        note_param_deref(an, st, now, v.res);
    /* After a use the path assumes success: one report per resource and path. */
    if (deref && now->nullness == MC_NN_UNCHECKED) {
        r = mc_st_res(st, v.res);
        r->nullness = MC_NN_OK;
        r->deref_unchecked = true;
        now = r;
    }
    if (now->status == MC_RS_RELEASED && kind != MC_USE_BAD_CHECK && !now->use_reported)
        mc_st_res(st, v.res)->use_reported = true;
}

/* ---- reading and writing places ---- */

static bool is_pointer(const mc_type *t)
{
    return t->kind == MC_TY_PTR;
}

static bool is_temp_var(const mc_analysis *an, int var)
{
    return !an->f->vars[var].name && !an->f->vars[var].is_param;
}

static mc_val read_place(mc_analysis *an, mc_state *st, int pl, const mc_expr *e)
{
    mc_val v = mc_st_get(st, pl);
    /* what the caller put there: reachable from elsewhere, or a field of a struct passed by value */
    if (v.kind == V_UNKNOWN && !v.def && is_pointer(&e->type) &&
        (place_escapes(an, st, pl) || struct_param_of(an, &an->places.v[pl]) >= 0))
        v = materialize(an, st, pl, e);
    return v;
}

/* The address of a named object is the same every time it is taken. */
static mc_val address_of_object(mc_analysis *an, mc_state *st, const void *site, mc_origin origin,
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
static void note_struct_param_whole(mc_analysis *an, int var)
{
    const mc_var *v = &an->f->vars[var];
    if (v->is_param && v->type.kind == MC_TY_RECORD && var < 64)
        an->p_struct_kept |= 1ULL << var;
}

static mc_val eval_var(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    const mc_var *var = &an->f->vars[e->var];
    note_struct_param_whole(an, e->var);
    if (var->is_param && var->type.kind == MC_TY_PTR && e->var < 64)
        an->p_elems_kept |= 1ULL << e->var; /* used other than as arr[k] */
    if (var->type.kind == MC_TY_ARRAY)
        return address_of_object(an, st, var, var->is_static ? MC_ORIG_STATIC : MC_ORIG_STACK, e);
    int pl = var_place(an, e->var);
    mc_val v = read_place(an, st, pl, e);
    if (is_temp_var(an, e->var))
        mc_st_set(st, pl, mc_val_unknown()); /* a temporary is read once */
    return v;
}

static mc_val eval_global(mc_analysis *an, mc_state *st, const mc_expr *e)
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
    if (g->has_init && (g->is_const || !g->written))
        return mc_val_int(g->init);
    return read_place(an, st, pl, e);
}

static void add_global_write(mc_analysis *an, const mc_global *g)
{
    for (int i = 0; i < an->gwrites.n; i++)
        if (an->gwrites.v[i] == g)
            return;
    MC_VEC_PUSH(an->gwrites, g);
}

/* For callers' sake: which globals this function may assign. */
static void note_global_write(mc_analysis *an, int pl)
{
    int root = place_root(an, pl);
    if (root >= 0 && an->places.v[root].kind == P_GLOBAL && an->places.v[root].global)
        add_global_write(an, an->places.v[root].global);
}

/* The value a place takes, and the resource it drops. */
/* A field of the object a parameter points to (parent->children). */
static bool in_param_object(mc_analysis *an, const mc_state *st, int pl)
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

static void store(mc_analysis *an, mc_state *st, int pl, mc_val v, const mc_expr *at, const mc_expr *lhs)
{
    mc_res *r = NULL;
    if (pl < 0 || place_escapes(an, st, pl)) {
        r = v.kind == V_RES ? mc_st_res(st, v.res) : NULL;
        bool was_live = r && r->status == MC_RS_LIVE;
        if (r && r->status == MC_RS_ESCAPED)
            r->global_place = -1; /* stored somewhere else too */
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
        }
        if (pl < 0)
            return;
    }
    note_global_write(an, pl);
    mc_val old = mc_st_get(st, pl);
    mc_st_set(st, pl, v);
    forget_masks(an, st, pl);
    const mc_res *now = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    if (now && !now->var && !now->var_expr && lhs && !(lhs->kind == MC_EX_VAR && is_temp_var(an, lhs->var)))
        mc_st_res(st, v.res)->var_expr = lhs;
    if (old.kind == V_RES && !(v.kind == V_RES && v.res == old.res)) {
        if (now && now->realloc_old == old.res) {
            if (!res_referenced(an, st, old.res, 0)) {
                r = mc_st_res(st, v.res);
                r->realloc_dropped = true;
                r->realloc_loc = at->loc;
            }
            return;
        }
        check_lost(an, st, old.res, MC_LOST_OVERWRITE, at->loc, at);
    }
}

/* The whole of a struct place is overwritten: what its fields held is no longer there. */
static void forget_under(mc_analysis *an, mc_state *st, int dst)
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

static void copy_fields(mc_analysis *an, mc_state *st, int dst, int src, const mc_expr *at)
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
static int int_param(const mc_analysis *an, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (!e || e->kind != MC_EX_VAR || !an->f->vars[e->var].is_param || an->f->vars[e->var].type.kind != MC_TY_INT)
        return -1;
    return e->var < 64 ? e->var : -1;
}

/* ---- integers ---- */

/* v as a range of the values of type t: the whole type when nothing is known. */
static mc_val as_interval(mc_val v, const mc_type *t)
{
    if (v.kind == V_INT)
        return v;
    mc_val r = {.kind = V_INT, .flags = v.flags, .res = v.res, .def = v.def};
    r.lo = t->kind == MC_TY_INT && !t->is_signed ? 0 : INT64_MIN;
    r.hi = INT64_MAX;
    if (t->kind == MC_TY_INT && t->bits < 64) {
        r.hi = t->is_signed ? (int64_t)((1ULL << (t->bits - 1)) - 1) : (int64_t)((1ULL << t->bits) - 1);
        r.lo = t->is_signed ? -r.hi - 1 : 0;
    }
    return r;
}

/* The 64-bit words v, an integer of type t, may be once converted to an
 * unsigned 64-bit type: a signed value is sign-extended, so its negative values
 * are the words above INT64_MAX. A range across 0 gives every word. */
static void word_range(mc_val v, const mc_type *t, uint64_t *lo, uint64_t *hi)
{
    v = as_interval(v, t);
    if (v.lo >= 0) {
        *lo = (uint64_t)v.lo;
        /* an unsigned 64-bit value not bounded below 2^63 is not bounded at all */
        *hi = mc_type_is_u64(t) && v.hi == INT64_MAX && v.lo < v.hi ? UINT64_MAX : (uint64_t)v.hi;
    } else if (v.hi < 0) {
        *lo = (uint64_t)v.lo;
        *hi = (uint64_t)v.hi;
    } else {
        *lo = 0;
        *hi = UINT64_MAX;
    }
}

/* old, an integer of type t, narrowed to where its words (see word_range) lie
 * in [lo, hi], a part of old's: no narrower than old when t holds that set as
 * no one range (a signed value's words on both sides of 2^63). */
static mc_val from_words(mc_val old, const mc_type *t, uint64_t lo, uint64_t hi)
{
    mc_val v = as_interval(old, t);
    if (hi <= INT64_MAX || lo > INT64_MAX) {
        v.lo = (int64_t)lo;
        v.hi = (int64_t)hi;
    } else if (mc_type_is_u64(t)) {
        v.lo = lo < INT64_MAX ? (int64_t)lo : INT64_MAX - 1; /* [lo, 2^64 - 1]: no upper bound */
        v.hi = INT64_MAX;
    }
    return v;
}

/* The values v, an integer of type t, may have, when they are below 2^63. */
static bool value_range(mc_val v, const mc_type *t, int64_t *lo, int64_t *hi)
{
    if (!mc_type_is_u64(t)) {
        v = as_interval(v, t);
        *lo = v.lo;
        *hi = v.hi;
        return true;
    }
    uint64_t wlo, whi;
    word_range(v, t, &wlo, &whi);
    *lo = (int64_t)wlo;
    *hi = (int64_t)whi;
    return whi <= INT64_MAX;
}

/* v, an integer of type from, converted to integer type to as C converts it.
 * *same (unless NULL) says whether its values are unchanged, so that what a
 * branch learns of the converted value holds of v. */
static mc_val convert_int(mc_val v, const mc_type *from, const mc_type *to, bool *same)
{
    bool ignored;
    if (!same)
        same = &ignored;
    *same = true;
    if (v.kind != V_INT || from->kind != MC_TY_INT || to->kind != MC_TY_INT)
        return v;
    if (mc_val_exact(&v)) {
        v.lo = v.hi = mc_int_wrap(v.lo, to);
        return v;
    }
    mc_val r = as_interval(mc_val_unknown(), to);
    r.flags = v.flags;
    r.res = v.res;
    r.def = v.def;
    if (mc_type_is_u64(to)) {
        uint64_t lo, hi;
        word_range(v, from, &lo, &hi);
        r = from_words(r, to, lo, hi);
        /* the same numbers, but for a signed range across 0, or one unbounded
           above, which as unsigned 64-bit words is unbounded both ways */
        *same = mc_type_is_u64(from) || v.hi < 0 || (v.lo >= 0 && v.hi < INT64_MAX);
        return r;
    }
    int64_t lo, hi;
    if (value_range(v, from, &lo, &hi) && lo >= r.lo && hi <= r.hi) {
        r.lo = lo;
        r.hi = hi;
        return r;
    }
    *same = false;
    if (to->bits < from->bits)
        r.flags &= (uint8_t)~VF_NONZERO; /* 0x100 is nonzero, (uint8_t)0x100 is not */
    return r;
}

/* ---- expressions ---- */

static mc_val int_arith(mc_binop op, mc_val a, mc_val b, const mc_expr *e)
{
    if (mc_val_exact(&a) && mc_val_exact(&b)) {
        uint64_t x = (uint64_t)a.lo, y = (uint64_t)b.lo;
        switch (op) {
        case MC_BIN_MUL: return mc_val_int(mc_int_wrap((int64_t)(x * y), &e->type));
        case MC_BIN_ADD: return mc_val_int(mc_int_wrap((int64_t)(x + y), &e->type));
        case MC_BIN_SUB: return mc_val_int(mc_int_wrap((int64_t)(x - y), &e->type));
        case MC_BIN_AND: return mc_val_int(mc_int_wrap((int64_t)(x & y), &e->type));
        case MC_BIN_OR: return mc_val_int(mc_int_wrap((int64_t)(x | y), &e->type));
        default: break;
        }
    }
    mc_val v = mc_val_unknown();
    v.def = e;
    return v;
}

/* Testing pointer v against NULL, kept as an integer: `ok = p != NULL` remembers
 * the resource it tests, so that a later `if (!ok)` checks p. */
static mc_val test_value(const mc_state *st, mc_val v, bool nonnull)
{
    if (v.kind == V_NULL)
        return mc_val_int(!nonnull);
    const mc_res *r = v.kind == V_RES && !(v.flags & VF_OFFSET) ? mc_st_res_c(st, v.res) : NULL;
    if (!r || r->fails == MC_FAIL_NEGATIVE || r->fails == MC_FAIL_MAP_FAILED)
        return mc_val_unknown();
    if (r->nullness != MC_NN_UNCHECKED)
        return mc_val_int((r->nullness == MC_NN_OK) == nonnull);
    mc_val t = {.kind = V_INT, .res = v.res, .lo = 0, .hi = 1};
    t.flags = nonnull ? VF_TEST_NONNULL : VF_TEST_NULL;
    return t;
}

static mc_val eval_pointer_arith(mc_val p, mc_val n)
{
    if (!(mc_val_exact(&n) && n.lo == 0))
        p.flags |= VF_OFFSET;
    return p;
}

/* p | tag sets a tag on the block's start; & ~mask takes it off again, or
 * aligns an address that is then off the start. */
static mc_val eval_tag_arith(mc_binop op, mc_val p)
{
    if (op != MC_BIN_AND) {
        if (!(p.flags & VF_OFFSET))
            p.flags |= VF_TAGGED;
        p.flags |= VF_OFFSET;
    } else if (p.flags & VF_TAGGED) {
        p.flags &= (uint8_t)~(VF_TAGGED | VF_OFFSET);
    } else {
        p.flags |= VF_OFFSET;
    }
    return p;
}

/* What widening keeps of a capacity (mc_func_positive_vars): 0 while unset, any
 * positive size once set, so `if (!cap)` still tells whether it was allocated. */
static bool capacity_known(const mc_val *x)
{
    return x->kind == V_INT && (x->lo > 0 || (mc_val_exact(x) && x->lo == 0));
}

static mc_val capacity_value(mc_val x)
{
    if (mc_val_exact(&x) && x.lo == 0)
        return x;
    mc_val p = mc_val_int(1);
    p.hi = INT64_MAX;
    p.def = x.def;
    return p;
}

static bool stays_positive(mc_analysis *an, int var)
{
    if (var < 0 || var >= an->f->nvars)
        return false;
    if (!an->stays_positive[var])
        mc_func_positive_vars(an->f, an->stays_positive); /* every variable's answer at once */
    return an->stays_positive[var] == 2;
}

/* A capacity that only grows (cap *= 2 on a cap of unknown size) stays positive:
 * `if (!cap)` after it is false. */
static mc_val kept_positive(mc_analysis *an, const mc_expr *target, mc_val old, mc_val v)
{
    target = mc_expr_strip(target);
    if (mc_val_exact(&v) || old.kind != V_INT || old.lo <= 0 || target->kind != MC_EX_VAR ||
        !stays_positive(an, target->var))
        return v;
    return capacity_value(v);
}

static mc_val eval_compound_assign(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    mc_val rhs = eval(an, st, e->kids[1]);
    int pl = place_of(an, st, e->kids[0], true);
    mc_val old = mc_st_get(st, pl);
    mc_binop op = mc_binop_of_compound((mc_binop)e->op);
    mc_val v = old.kind == V_RES ? eval_pointer_arith(old, rhs) : int_arith(op, old, rhs, e);
    if (old.kind != V_RES && !mc_val_exact(&v))
        v.def = e;
    if (old.kind != V_RES)
        v = kept_positive(an, e->kids[0], old, v);
    mc_st_set(st, pl, v);
    forget_masks(an, st, pl);
    note_global_write(an, pl);
    return v;
}

/* A field of an object on the heap (conn->fd = fd in a constructor): it lives
 * as long as that object, which the caller gets or someone keeps. */
static bool in_heap_object(mc_analysis *an, int pl)
{
    int root = pl >= 0 ? place_root(an, pl) : -1;
    return root >= 0 && an->places.v[root].kind == P_DEREF;
}

/* x = y for integers of one type: both hold one value, made for y when nothing
 * was known of it, so that a branch on either teaches the path about both
 * (int myfd = fd; if (myfd < 0) myfd = open(...); ... if (fd < 0) close(myfd);). */
static mc_val shared_int(mc_analysis *an, mc_state *st, const mc_expr *rhs, const mc_type *to, mc_val v)
{
    const mc_expr *k = mc_expr_strip(rhs);
    if (v.kind != V_UNKNOWN || v.def || v.flags || !k || k->kind != MC_EX_VAR)
        return v;
    const mc_type *t = &an->f->vars[k->var].type;
    if (t->kind != MC_TY_INT || to->kind != MC_TY_INT || t->bits != to->bits || t->is_signed != to->is_signed)
        return v;
    mc_val shared = as_interval(v, t);
    shared.def = k;
    mc_st_set(st, var_place(an, k->var), shared);
    return shared;
}

static mc_val eval_assign(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    if (e->op != MC_BIN_ASSIGN)
        return eval_compound_assign(an, st, e);
    mc_val v = eval(an, st, e->kids[1]);
    int pl = place_of(an, st, e->kids[0], true);
    if (e->type.kind == MC_TY_RECORD) {
        int src = place_of(an, st, e->kids[1], false);
        if (src >= 0 && pl >= 0)
            copy_fields(an, st, pl, src, e);
        else if (src >= 0)
            escape_var_fields(an, st, src); /* copied somewhere we do not follow */
        else if (pl >= 0)
            forget_under(an, st, pl); /* s = (struct S){0}: what its fields held is gone */
        return v;
    }
    int ip = int_param(an, e->kids[1]);
    if (ip >= 0 && (pl < 0 || place_escapes(an, st, pl) || in_heap_object(an, pl)))
        st->pint_kept |= 1ULL << ip; /* a descriptor kept in a longer-lived place */
    if (pl >= 0 && an->places.v[pl].kind == P_VAR)
        v = shared_int(an, st, e->kids[1], &e->kids[0]->type, v);
    store(an, st, pl, v, e, e->kids[0]);
    return v;
}

static mc_val eval_incdec(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    int pl = place_of(an, st, e->kids[0], true);
    mc_val old = mc_st_get(st, pl);
    mc_val v = old;
    int step = e->op == MC_UN_PREINC || e->op == MC_UN_POSTINC ? 1 : -1;
    if (old.kind == V_RES)
        v.flags |= VF_OFFSET;
    else if (mc_val_exact(&old) && old.lo > INT32_MIN && old.lo < INT32_MAX)
        v = mc_val_int(mc_int_wrap(old.lo + step, &e->type)); /* loops widen their counters after a few rounds */
    else
        v = kept_positive(an, e->kids[0], old, mc_val_unknown());
    mc_st_set(st, pl, v);
    forget_masks(an, st, pl);
    note_global_write(an, pl);
    return e->op == MC_UN_POSTINC || e->op == MC_UN_POSTDEC ? old : v;
}

/* &p->field points into p's block: returning or storing it hands the block on
 * (jv x = {&obj->refcnt}; return x;). It is address arithmetic, no load: p is
 * not dereferenced, and a NULL p (the offsetof of `&((T *)0)->field`) gives
 * an address nothing is known of. */
static mc_val member_address(mc_analysis *an, mc_state *st, const mc_expr *k)
{
    mc_val p = eval(an, st, k->kids[0]);
    if (p.kind != V_RES)
        return mc_val_unknown();
    p.flags |= VF_INTERIOR;
    p.def = NULL;
    return p;
}

/* The address of lvalue k (stripped). */
static mc_val address_of(mc_analysis *an, mc_state *st, const mc_expr *k)
{
    if (k->kind == MC_EX_VAR) {
        const mc_var *var = &an->f->vars[k->var];
        note_struct_param_whole(an, k->var);
        return address_of_object(an, st, var, var->is_static ? MC_ORIG_STATIC : MC_ORIG_STACK, k);
    }
    if (k->kind == MC_EX_GLOBAL)
        return address_of_object(an, st, k->global ? (const void *)k->global : (const void *)k,
                                 MC_ORIG_STATIC, k);
    if (k->kind == MC_EX_INDEX) {
        mc_val base = eval(an, st, k->kids[0]);
        mc_val idx = eval(an, st, k->kids[1]);
        return base.kind == V_RES ? eval_pointer_arith(base, idx) : mc_val_unknown();
    }
    if (k->kind == MC_EX_UNARY && k->op == MC_UN_DEREF)
        return eval(an, st, k->kids[0]);
    if (k->kind == MC_EX_MEMBER && k->arrow)
        return member_address(an, st, k);
    if (k->kind == MC_EX_MEMBER && k->nkids) { /* &v[i].field: inside the object v[i] is in */
        mc_val v = address_of(an, st, mc_expr_strip(k->kids[0]));
        if (v.kind == V_RES) {
            v.flags |= VF_INTERIOR;
            v.def = NULL;
        }
        return v;
    }
    place_of(an, st, k, false);
    return mc_val_unknown();
}

static mc_val eval_addr(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    return address_of(an, st, mc_expr_strip(e->kids[0]));
}

/* `!x` as a value: of a pointer, a test for NULL; of a test, the opposite one. */
static mc_val eval_not(const mc_state *st, mc_val v, const mc_expr *x)
{
    if (mc_val_exact(&v))
        return mc_val_int(!v.lo);
    if (v.flags & VF_TESTS) {
        v.flags ^= VF_TESTS;
        return v;
    }
    return is_pointer(&mc_expr_strip(x)->type) ? test_value(st, v, false) : mc_val_unknown();
}

static mc_val eval_unary(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    switch (e->op) {
    case MC_UN_ADDR: return eval_addr(an, st, e);
    case MC_UN_DEREF: {
        int pl = place_of(an, st, e, false);
        return pl >= 0 ? read_place(an, st, pl, e) : mc_val_unknown();
    }
    case MC_UN_PREINC: case MC_UN_PREDEC: case MC_UN_POSTINC: case MC_UN_POSTDEC:
        return eval_incdec(an, st, e);
    default: {
        mc_val v = eval(an, st, e->kids[0]);
        if (e->is_const)
            return mc_val_int(e->ival);
        if (e->op == MC_UN_NEG && mc_val_exact(&v))
            return mc_val_int(mc_int_wrap((int64_t)(0 - (uint64_t)v.lo), &e->type));
        if (e->op == MC_UN_NOT)
            return eval_not(st, v, e->kids[0]);
        return mc_val_unknown();
    }
    }
}

/* (uintptr_t)p + n, & ~(align - 1), or | 1 (a tag in the low bits), as a
 * pointer-wide integer: still an address in p's block (align_ptr(p, 64), a
 * tagged pointer); p & 7 is not. */
static bool address_arith(mc_binop op, mc_val other, const mc_expr *e)
{
    if (e->type.kind != MC_TY_INT || e->type.bits < 32)
        return false;
    if (op == MC_BIN_ADD || op == MC_BIN_SUB)
        return true;
    if (op == MC_BIN_OR || op == MC_BIN_XOR)
        return mc_val_exact(&other) && other.lo > 0 && other.lo < 64;
    return op == MC_BIN_AND && !(mc_val_exact(&other) && other.lo >= 0);
}

static mc_val eval_binary(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    mc_binop op = (mc_binop)e->op;
    if (mc_binop_is_assign(op))
        return eval_assign(an, st, e);
    mc_val a = eval(an, st, e->kids[0]);
    mc_val b = eval(an, st, e->kids[1]);
    if (op == MC_BIN_COMMA)
        return b;
    if (e->is_const)
        return mc_val_int(e->ival);
    if ((op == MC_BIN_ADD || op == MC_BIN_SUB) && a.kind == V_RES && is_pointer(&e->type))
        return eval_pointer_arith(a, b);
    if (op == MC_BIN_ADD && b.kind == V_RES && is_pointer(&e->type))
        return eval_pointer_arith(b, a);
    if ((op == MC_BIN_EQ || op == MC_BIN_NE) && is_pointer(&mc_expr_strip(e->kids[0])->type) &&
        (b.kind == V_NULL || a.kind == V_NULL))
        return test_value(st, a.kind == V_NULL ? b : a, op == MC_BIN_NE);
    if (mc_binop_is_compare(op) || op == MC_BIN_LAND || op == MC_BIN_LOR)
        return mc_val_unknown();
    if (a.kind == V_RES && b.kind != V_RES && address_arith(op, b, e))
        return op == MC_BIN_OR || op == MC_BIN_XOR || op == MC_BIN_AND ? eval_tag_arith(op, a) : eval_pointer_arith(a, b);
    return int_arith(op, a, b, e);
}

/* An array member of a struct that is itself a local or a global (x.buf, g.a.buf)
 * lives on the stack or in static storage; behind a pointer we cannot tell. */
static mc_val address_of_member_array(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    const mc_expr *root = e;
    while (root->kind == MC_EX_MEMBER && !root->arrow)
        root = mc_expr_strip(root->kids[0]);
    if (root->kind == MC_EX_VAR) {
        place_of(an, st, e, false); /* s.in.buf of a struct parameter: s is used whole */
        const mc_var *var = &an->f->vars[root->var];
        return address_of_object(an, st, e, var->is_static ? MC_ORIG_STATIC : MC_ORIG_STACK, e);
    }
    if (root->kind == MC_EX_GLOBAL)
        return address_of_object(an, st, e, MC_ORIG_STATIC, e);
    return address_of(an, st, e); /* socks[i].addr, p->in.buf: inside a block */
}

static mc_val eval_member(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    if (e->type.kind == MC_TY_ARRAY)
        return address_of_member_array(an, st, e); /* an array's address: nothing is loaded */
    int pl = place_of(an, st, e, false);
    if (pl < 0)
        return mc_val_unknown();
    return read_place(an, st, pl, e);
}

static mc_val eval_index(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    int pl = place_of(an, st, e, false);
    return pl >= 0 && e->type.kind != MC_TY_ARRAY && e->type.kind != MC_TY_RECORD ? read_place(an, st, pl, e)
                                                                                 : mc_val_unknown();
}

static mc_val eval_cast(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    mc_val v = eval(an, st, e->kids[0]);
    if (e->is_const)
        return mc_val_int(e->ival);
    if (e->type.kind == MC_TY_BOOL && is_pointer(&mc_expr_strip(e->kids[0])->type))
        return test_value(st, v, true); /* bool ok = p; */
    return convert_int(v, &e->kids[0]->type, &e->type, NULL);
}

static void eval_kids(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    for (int i = 0; i < e->nkids; i++)
        if (e->kids[i])
            eval(an, st, e->kids[i]);
}

/* Initializers of aggregates: what is stored in them we do not follow, so an owned
 * pointer put there is handed off rather than reported. */
static mc_val eval_init(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    for (int i = 0; i < e->nkids; i++) {
        const mc_expr *k = e->kids[i];
        /* `.field = value` reaches us wrapped: the value is its only expression */
        while (k->kind == MC_EX_OTHER && k->nkids == 1)
            k = k->kids[0];
        mc_val v = eval(an, st, k);
        if (v.kind == V_RES)
            escape(an, st, v.res);
    }
    return mc_val_unknown();
}

static mc_val eval_call(mc_analysis *an, mc_state *st, const mc_expr *e);

static mc_val eval(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    if (!e || st->dead)
        return mc_val_unknown();
    switch (e->kind) {
    case MC_EX_INT: return mc_val_int(e->ival);
    case MC_EX_NULL: return (mc_val){.kind = V_NULL, .res = -1};
    case MC_EX_STR: return address_of_object(an, st, e, MC_ORIG_STRLIT, e);
    case MC_EX_VAR: return eval_var(an, st, e);
    case MC_EX_GLOBAL: return eval_global(an, st, e);
    case MC_EX_CALL: return eval_call(an, st, e);
    case MC_EX_UNARY: return eval_unary(an, st, e);
    case MC_EX_BINARY: return eval_binary(an, st, e);
    case MC_EX_MEMBER: return eval_member(an, st, e);
    case MC_EX_INDEX: return eval_index(an, st, e);
    case MC_EX_CAST: return eval_cast(an, st, e);
    case MC_EX_INIT: return eval_init(an, st, e);
    default:
        eval_kids(an, st, e);
        return e->is_const ? mc_val_int(e->ival) : mc_val_unknown();
    }
}

/* An object whose fields are followed: a pointer moved off its block's start
 * (&arr[i], p++) may point at a different element each time, so it is not. */
static bool tracked_object(mc_val p)
{
    return p.kind == V_RES && !(p.flags & (VF_OFFSET | VF_INTERIOR)); /* fields of a member are not the block's */
}

/* What *p names: the local variable itself when p holds its address (so *pp = x
 * writes the variable), else the object p points to. */
static int pointee_place(mc_analysis *an, const mc_state *st, mc_val p, mc_type t)
{
    const mc_res *r = mc_st_res_c(st, p.res);
    if (r && r->origin == MC_ORIG_STACK && p.res < an->reskeys.n) {
        const mc_var *v = an->reskeys.v[p.res].site;
        if (v >= an->f->vars && v < an->f->vars + an->f->nvars && v->type.kind != MC_TY_ARRAY)
            return var_place(an, (int)(v - an->f->vars));
    }
    return deref_place(an, p.res, t);
}

/* Forgets the elements followed in an array object (written at an unknown index). */
static void forget_index_fields(mc_analysis *an, mc_state *st, int obj)
{
    for (int i = 0; i < st->vals.n; i++) {
        const mc_place *p = &an->places.v[st->vals.v[i].place];
        if (p->kind != P_FIELD || p->parent != obj || !is_index_field(p->field))
            continue;
        if (st->vals.v[i].v.kind == V_RES)
            escape(an, st, st->vals.v[i].v.res);
        mc_st_clear_at(st, i);
    }
}

/* arr[k]: with a constant k, an element of a local array or of the array a
 * parameter points to is a place of its own; other elements are not followed. */
static int index_place(mc_analysis *an, mc_state *st, mc_val base, mc_val idx, const mc_expr *e, bool write)
{
    const mc_res *r = tracked_object(base) ? mc_st_res_c(st, base.res) : NULL;
    if (!r || (r->origin != MC_ORIG_STACK && r->origin != MC_ORIG_PARAM))
        return PLACE_INDEXED;
    int obj = deref_place(an, base.res, e->type);
    if (!mc_val_exact(&idx) && r->origin == MC_ORIG_STACK) {
        forget_fields(an, st, base.res); /* arr[i]: any element, the followed ones too */
        return PLACE_INDEXED;
    }
    if (!mc_val_exact(&idx)) {
        if (write)
            forget_index_fields(an, st, obj);
        return PLACE_INDEXED;
    }
    if (idx.lo < 0 || idx.lo >= NINDEX)
        return PLACE_INDEXED;
    return idx.lo == 0 ? obj : field_place(an, obj, index_names[idx.lo], e->type);
}

/* The pointer arr[k] goes through. A parameter read as arr[k] with a constant k
 * only is not marked as used otherwise (its callers may keep its elements). */
static mc_val index_base(mc_analysis *an, mc_state *st, const mc_expr *e, bool write)
{
    const mc_expr *b = mc_expr_strip(e->kids[0]), *k = mc_expr_strip(e->kids[1]);
    if (b->kind != MC_EX_VAR || !an->f->vars[b->var].is_param || an->f->vars[b->var].type.kind != MC_TY_PTR ||
        !k->is_const || k->ival < 0 || k->ival >= NINDEX)
        return eval(an, st, e->kids[0]);
    if (write && b->var < 64)
        an->p_elems_kept |= 1ULL << b->var; /* it writes the caller's elements */
    return read_place(an, st, var_place(an, b->var), b);
}

/* The place an lvalue-ish expression names, evaluating what it goes through. A
 * dereference on the way is a use of the pointer. */
static int place_of(mc_analysis *an, mc_state *st, const mc_expr *e, bool write)
{
    e = mc_expr_strip(e);
    if (!e)
        return PLACE_NONE;
    switch (e->kind) {
    case MC_EX_VAR:
        return an->f->vars[e->var].type.kind == MC_TY_ARRAY ? PLACE_INDEXED : var_place(an, e->var);
    case MC_EX_GLOBAL:
        return e->global && e->global->type.kind != MC_TY_ARRAY ? global_place(an, e) : PLACE_INDEXED;
    case MC_EX_UNARY:
        if (e->op == MC_UN_DEREF) {
            mc_val p = eval(an, st, e->kids[0]);
            use(an, st, p, write ? MC_USE_WRITE : MC_USE_DEREF, e->kids[0], e, NULL, -1);
            return tracked_object(p) ? pointee_place(an, st, p, e->type) : PLACE_NONE;
        }
        break;
    case MC_EX_MEMBER: {
        int parent;
        if (e->arrow) {
            mc_val p = eval(an, st, e->kids[0]);
            use(an, st, p, write ? MC_USE_WRITE : MC_USE_DEREF, e->kids[0], e, NULL, -1);
            if (!tracked_object(p))
                return PLACE_NONE;
            parent = pointee_place(an, st, p, e->kids[0]->type);
        } else {
            parent = place_of(an, st, e->kids[0], write);
            if (parent < 0)
                return parent;
            /* s.inner.p of a struct parameter: deeper than its fields are followed */
            int root = place_root(an, parent);
            if (parent != root && an->places.v[root].kind == P_VAR)
                note_struct_param_whole(an, an->places.v[root].var);
        }
        /* the members of a union are one object under several names */
        return field_place(an, parent, e->op ? "(union)" : e->name, e->type);
    }
    case MC_EX_INDEX: {
        mc_val base = index_base(an, st, e, write);
        mc_val idx = eval(an, st, e->kids[1]);
        if (is_pointer(&e->kids[0]->type))
            use(an, st, base, write ? MC_USE_WRITE : MC_USE_DEREF, e->kids[0], e, NULL, -1);
        /* only an index written as a constant: a loop's counter may be known on
           one path and stand for every element on the others */
        if (!mc_expr_strip(e->kids[1])->is_const)
            idx = mc_val_unknown();
        return index_place(an, st, base, idx, e, write);
    }
    default:
        break;
    }
    eval(an, st, e);
    return PLACE_NONE;
}

/* ---- what a callee does ---- */

typedef enum arg_effect { ARG_BORROW, ARG_RELEASE, ARG_TAKE, ARG_ESCAPE } arg_effect;

/* Facts about a function that do not depend on the path, computed once. */
typedef struct mc_callee {
    const mc_fnmodel *model;
    mc_names names;            /* what its name promises */
    int naming_family;         /* family from a create/destroy name pair, -1 */
    int attr_family;           /* family from __attribute__((malloc(dealloc))), -1 */
    int dealloc_arg;           /* named as a deallocator by some attribute: its 1-based arg */
    bool never_fails;          /* on a never-fail list; what it does comes from its body */
} mc_callee;

/* A create-named function: what it makes and how it hands it out. */
typedef struct mc_creator {
    char *prefix;              /* "foo" for foo_create */
    const char *type;          /* "Foo" */
    bool returns_pointer;
} mc_creator;

/* The functions that read a global pointer's value (anything but assign it). */
enum { MAX_READERS = 4 };
typedef struct mc_readers {
    int n;                     /* MAX_READERS + 1: more, or its address is taken */
    const mc_symbol *fn[MAX_READERS];
} mc_readers;

typedef struct mc_proginfo {
    mc_ptrmap readers;         /* global -> mc_readers */
    MC_VEC(mc_readers *) readers_made;
    mc_callee *callees;        /* per mc_program.symbols index */
    MC_VEC(const char *) families;
    int nmodel_families;
    mc_ptrmap destroy_prefixes;  /* family name -> the type its destroyer takes */
    int *order_pos;              /* per symbol: position of its definition bottom-up, -1 */
    MC_VEC(mc_creator) creators;
} mc_proginfo;

static mc_proginfo *pinfo(mc_analysis *an)
{
    return an->pi;
}

static const mc_callee *callee_of(mc_analysis *an, const mc_symbol *s)
{
    return s ? &pinfo(an)->callees[s->index] : NULL;
}

/* A body here, or another shard's summary of one (read from a file). */
static bool has_body(const mc_symbol *s)
{
    return s && (s->def || s->summary);
}

/* The callee's summary, if it comes before the current function in the bottom-up
 * order: whatever the number of workers, a function sees the same summaries. */
static const mc_summary *summary_of(mc_analysis *an, const mc_symbol *s)
{
    if (s && !s->def && s->summary)
        return s->summary; /* another shard's, read from a file */
    if (!s || an->pi->order_pos[s->index] < 0 || an->pi->order_pos[s->index] >= an->cur_pos)
        return NULL;
    const mc_summary *sum = s->summary;
    return sum && sum->analysed ? sum : NULL;
}

static bool param_is_const_ptr(const mc_symbol *s, int i)
{
    return s && i < s->nparams && s->params[i].type.kind == MC_TY_PTR && s->params[i].type.pointee_const &&
           s->params[i].type.ptr_depth == 1;
}

static arg_effect effect_from_summary(const mc_summary *sum, int i)
{
    if (i >= sum->nparams)
        return sum->keeps_variadic ? ARG_ESCAPE : ARG_BORROW;
    switch (sum->param_effect[i]) {
    case MC_PARAM_BORROWS: return ARG_BORROW;
    case MC_PARAM_RELEASES: return ARG_RELEASE;
    case MC_PARAM_TAKES: return ARG_TAKE;
    default: return ARG_ESCAPE;
    }
}

/* A transfer the callee's name declares (take-named parameter): it binds the
 * caller (take-naming). Others (attributes, models, a body that keeps its
 * argument) just hand ownership away. */
static bool named_transfer(mc_analysis *an, const mc_symbol *s, const mc_callee *c, int i)
{
    if (!c || i >= 64 || !(c->names.taken & (1ULL << i)))
        return false;
    return mc_name_take_stands(s, &c->names, summary_of(an, s), i);
}

typedef struct param_ref { const mc_func *f; int var; } param_ref;

/* p->field = x, p->count += n: a write through the parameter */
static bool writes_through_param(const mc_expr *e, const void *ctx)
{
    const param_ref *pr = ctx;
    const mc_expr *w = mc_expr_written(e);
    const char *field;
    return w && field_of_param(pr->f, w, &field) == pr->var;
}

static bool root_writes_through(const mc_expr *e, const void *ctx)
{
    return mc_expr_any(e, writes_through_param, ctx);
}

/* The body writes fields of parameter i's object, itself or through callees that
 * only borrow it (w->avail -= n, window_shrink(w, n)). */
static bool writes_fields_of(const mc_symbol *s, const mc_summary *sum, int i)
{
    param_ref pr = {s ? s->def : NULL, i};
    return sum->param_fields[i].n > 0 || (pr.f && mc_func_any_root(pr.f, root_writes_through, &pr));
}

bool mc_name_take_stands(const mc_symbol *s, const mc_names *names, const mc_summary *sum, int i)
{
    if (!sum || i >= sum->nparams)
        return true;
    uint8_t e = sum->param_effect[i];
    /* a receiver: its fields written, itself never released, stored, returned nor
       handed on (window_consume_window(w, n) { w->avail -= n; } uses up n of the
       window): the verb acts on its state, not on its ownership. A parameter only
       read and dropped is still taken: that is the leak the name warns of. */
    if (e == MC_PARAM_BORROWS && writes_fields_of(s, sum, i))
        return false;
    if (!names->taken_alone)
        return true;
    /* the only pointer, taken by default: borrowed on every path, or a receiver
       at most handed to code we cannot see (read_consume(a) { a->offset += n;
       skip(a, n); }) */
    bool receiver = e == MC_PARAM_MAYBE && sum->param_family[i] < 0 && writes_fields_of(s, sum, i);
    return !(e == MC_PARAM_BORROWS || receiver);
}

/* What the call does with argument i: strongest source first (attributes, models,
 * names, the callee's body, then the unknown-calls policy). */
static arg_effect arg_effect_of(mc_analysis *an, const mc_symbol *s, const mc_callee *c, int i)
{
    uint64_t bit = i < 64 ? 1ULL << i : 0;
    if (s && (s->attr_ownership_takes & bit))
        return ARG_RELEASE; /* as the Clang analyzer reads it: the callee frees it */
    if (s && (s->attr_ownership_holds & bit))
        return ARG_TAKE;
    if (c && c->dealloc_arg == i + 1)
        return ARG_RELEASE;
    if (c && c->model) {
        const mc_fnmodel *m = c->model;
        if ((m->roles & MC_ROLE_DEALLOC) && m->arg == i + 1)
            return ARG_RELEASE;
        return (m->takes & bit) ? ARG_TAKE : ARG_BORROW;
    }
    if (c && c->names.view)
        return ARG_BORROW;
    if (named_transfer(an, s, c, i))
        return ARG_TAKE;
    const mc_summary *sum = summary_of(an, s);
    if (sum)
        return effect_from_summary(sum, i);
    /* a body without a summary (recursion, budget) is not guessed from its name */
    if (c && c->names.destroy && i == c->names.destroyed && !has_body(s))
        return ARG_RELEASE;
    if (has_body(s))
        return ARG_ESCAPE;
    if (s && s->in_system_header)
        return ARG_BORROW;
    if (param_is_const_ptr(s, i))
        return ARG_BORROW;
    return an->o->unknown_calls == MC_UNKNOWN_BORROW ? ARG_BORROW : ARG_ESCAPE;
}

static bool arg_nonnull(mc_analysis *an, const mc_symbol *s, const mc_callee *c, int i)
{
    uint64_t bit = i < 64 ? 1ULL << i : 0;
    if (s && (s->attr_nonnull & bit))
        return true;
    if (c && c->model && (c->model->nonnull & bit))
        return true;
    const mc_summary *sum = summary_of(an, s);
    return sum && i < sum->nparams && sum->param_deref[i];
}

/* The family a release belongs to. A destroyer with a body may free anything
 * (mg_free(void *) wraps free): only one known by its name alone
 * (foo_destroy(Foo *) declared, not defined) speaks for family foo. */
static int release_family(const mc_symbol *s, const mc_callee *c, int i)
{
    if (c && c->dealloc_arg == i + 1)
        return c->attr_family;
    if (c && c->model && (c->model->roles & (MC_ROLE_DEALLOC | MC_ROLE_REALLOC)))
        return c->model->family;
    if (c && c->names.destroy && !has_body(s))
        return c->naming_family;
    return -1;
}

/* The same, or the model family a function of the program releases its argument
 * with (sink(d) { free(d); }): spoken only for resources of a model family, as
 * a wrapper may free what a create-named function of any family made. */
static int release_family_of(mc_analysis *an, const mc_state *st, mc_val v, const mc_symbol *s, const mc_callee *c,
                             int i)
{
    int family = release_family(s, c, i);
    const mc_summary *sum = family < 0 ? summary_of(an, s) : NULL;
    const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    bool model_family = r && r->family >= 0 && r->family < an->pi->nmodel_families;
    if (sum && i < sum->nparams && r && (model_family || r->origin == MC_ORIG_PARAM))
        family = sum->param_family[i]; /* a parameter passes it on to its own callers */
    return family;
}

/* The function a call through a static function pointer reaches while the
 * pointer holds its initial value (`static void (*oom)(size_t) = oom_abort;`),
 * or NULL. */
static mc_symbol *initial_target(const mc_expr *call)
{
    const mc_expr *k = call->nkids ? mc_expr_strip(call->kids[0]) : NULL;
    if (k && k->kind == MC_EX_UNARY && k->op == MC_UN_DEREF)
        k = mc_expr_strip(k->kids[0]);
    return k && k->kind == MC_EX_GLOBAL && k->global && k->global->is_static ? k->global->init_fn : NULL;
}

static bool callee_noreturn(mc_analysis *an, const mc_symbol *s, const mc_callee *c)
{
    const mc_summary *sum = summary_of(an, s);
    return (s && s->attr_noreturn) || (c && c->model && (c->model->roles & MC_ROLE_NORETURN)) ||
           (sum && sum->noreturn);
}

/* ---- releases ---- */


/* The place an expression names, read without effects (nothing is created or
 * used): s->buf, *out, g, p.field; -1 when it goes through anything else. */
static int peek_place(mc_analysis *an, const mc_state *st, const mc_expr *e, int depth)
{
    e = mc_expr_strip(e);
    if (!e || depth > 8)
        return PLACE_NONE;
    if (e->kind == MC_EX_VAR && an->f->vars[e->var].type.kind != MC_TY_ARRAY)
        return var_place(an, e->var);
    if (e->kind == MC_EX_GLOBAL && e->global && e->global->type.kind != MC_TY_ARRAY)
        return global_place(an, e);
    if (e->kind == MC_EX_MEMBER && !e->arrow) {
        int parent = peek_place(an, st, e->kids[0], depth + 1);
        return parent < 0 ? PLACE_NONE : field_place(an, parent, e->name, e->type);
    }
    bool arrow = e->kind == MC_EX_MEMBER, deref = e->kind == MC_EX_UNARY && e->op == MC_UN_DEREF;
    if (!arrow && !deref)
        return PLACE_NONE;
    int base = peek_place(an, st, e->kids[0], depth + 1);
    mc_val p = base < 0 ? mc_val_unknown() : mc_st_get(st, base);
    if (!tracked_object(p))
        return PLACE_NONE;
    int obj = deref_place(an, p.res, e->kids[0]->type);
    return arrow ? field_place(an, obj, e->name, e->type) : obj;
}

/* The parameter whose object the resource was read from (p->f, p->a.b, *p),
 * or -1: releasing it releases something the parameter's object held. */
static int param_owning(mc_analysis *an, mc_state *st, int id)
{
    uintptr_t site = (uintptr_t)an->reskeys.v[id].site;
    if (!(site & 1))
        return -1;
    int root = place_root(an, (int)(site / 2));
    if (root < 0 || an->places.v[root].kind != P_DEREF)
        return -1;
    const mc_res *r = mc_st_res_c(st, an->places.v[root].res);
    return r && r->origin == MC_ORIG_PARAM ? r->param : -1;
}

/* The model family something is released with, for callers' mismatched-dealloc:
 * -1 none yet, -2 several or not a model's. */
static void note_family(int16_t *f, int family, int nmodel)
{
    bool model = family >= 0 && family < nmodel;
    if (!model)
        *f = -2;
    else if (*f == -1)
        *f = (int16_t)family;
    else if (*f != family)
        *f = -2;
}

static void note_param_family(mc_analysis *an, int i, int family)
{
    note_family(&an->p_rel_family[i], family, an->pi->nmodel_families);
}

static void release(mc_analysis *an, mc_state *st, mc_val v, const mc_expr *call, const mc_expr *arg,
                    const char *callee, int family, int argi, bool via_summary)
{
    int ip = int_param(an, arg);
    if (ip >= 0)
        st->pint_released |= 1ULL << ip;
    if (v.kind != V_RES)
        return;
    mc_event ev = event(MC_EV_RELEASE, st, arg, call->loc, v.res);
    ev.callee = callee;
    ev.family = family;
    ev.arg = argi;
    ev.value_is_offset = (v.flags & VF_OFFSET) != 0;
    raise_event(an, &ev);
    mc_res *r = mc_st_res(st, v.res);
    if (!r || r->nullness == MC_NN_FAILED || r->status == MC_RS_RELEASED)
        return;
    if (r->origin == MC_ORIG_STACK || r->origin == MC_ORIG_STATIC || r->origin == MC_ORIG_STRLIT)
        return;
    if (r->origin == MC_ORIG_PARAM && r->param >= 0 && r->param < an->f->nvars && an->p_rel_family)
        note_param_family(an, r->param, family);
    mc_entry_seen *entry = entry_seen(an, r, v.res);
    if (entry)
        note_family(&entry->family, family, an->pi->nmodel_families);
    int np = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; r->origin == MC_ORIG_PLACE && an->pp_rel_family && i < np; i++)
        if (pointee_res(an, i) == v.res)
            note_family(&an->pp_rel_family[i], family, an->pi->nmodel_families);
    int owner = param_owning(an, st, v.res);
    if (owner >= 0 && owner < 64)
        st->pfield_released |= 1ULL << owner;
    int named = peek_place(an, st, arg, 0);
    r = mc_st_res(st, v.res);
    r->status = MC_RS_RELEASED;
    r->release_place = named;
    r->release_loc = call->loc;
    r->release_fn = callee;
    r->via_summary = via_summary;
    if (via_summary) {
        escape_held(an, st, v.res, 0);
        return;
    }
    /* What only the released object held is lost with it. */
    for (int i = 0; i < st->vals.n; i++) {
        int root = place_root(an, st->vals.v[i].place);
        if (an->places.v[root].kind == P_DEREF && an->places.v[root].res == v.res &&
            st->vals.v[i].v.kind == V_RES && st->vals.v[i].v.res != v.res)
            check_lost(an, st, st->vals.v[i].v.res, MC_LOST_CONTAINER, call->loc, call);
    }
}

static void hand_over(mc_analysis *an, mc_state *st, mc_val v, const mc_expr *call, const mc_expr *arg,
                 const char *callee, int argi)
{
    if (v.kind != V_RES)
        return;
    if (v.flags & VF_INTERIOR) {
        /* take(&o->member): what the member holds moves, and the taker may keep
           the member, reaching o around it; o itself is not handed over */
        int member = out_param_place(an, st, arg);
        if (member >= 0)
            forget_place(an, st, member);
        escape(an, st, v.res);
        return;
    }
    mc_event ev = event(MC_EV_TAKE, st, arg, call->loc, v.res);
    ev.callee = callee;
    ev.arg = argi;
    raise_event(an, &ev);
    mc_res *r = mc_st_res(st, v.res);
    if (!r || r->status != MC_RS_LIVE)
        return;
    if (r->origin == MC_ORIG_STACK || r->origin == MC_ORIG_STATIC) {
        /* take(c, &obj): what obj holds moves; obj stays the caller's */
        int obj = out_param_place(an, st, arg);
        if (obj >= 0)
            escape_var_fields(an, st, obj);
        return;
    }
    r->taken = true;
    r->release_loc = call->loc;
    r->release_fn = callee;
    escape(an, st, v.res);
}

/* ---- calls ---- */

static mc_val new_owned(mc_analysis *an, mc_state *st, const mc_expr *call, int family, mc_failkind fails,
                        bool may_fail)
{
    mc_res r = blank_res(MC_ORIG_ALLOC, call->loc);
    r.family = (int16_t)family;
    r.owned = true;
    r.fails = (uint8_t)fails;
    r.may_fail = may_fail && fails != MC_FAIL_NONE;
    r.nullness = r.may_fail ? MC_NN_UNCHECKED : MC_NN_OK;
    r.acq_fn = call->name;
    r.site = call;
    return mc_val_res(new_res(an, st, call, &r));
}

/* `&x` passed to a call: the callee may store into x. */
static int out_param_place(mc_analysis *an, mc_state *st, const mc_expr *arg)
{
    const mc_expr *a = mc_expr_strip(arg);
    if (!a || a->kind != MC_EX_UNARY || a->op != MC_UN_ADDR)
        return PLACE_NONE;
    const mc_expr *k = mc_expr_strip(a->kids[0]);
    if (k->kind == MC_EX_VAR && an->f->vars[k->var].type.kind != MC_TY_ARRAY)
        return var_place(an, k->var);
    if (k->kind == MC_EX_MEMBER || k->kind == MC_EX_GLOBAL)
        return place_of(an, st, k, true);
    return PLACE_NONE;
}

static void forget_place(mc_analysis *an, mc_state *st, int pl)
{
    note_global_write(an, pl);
    mc_val old = mc_st_get(st, pl);
    if (old.kind == V_RES)
        escape(an, st, old.res);
    mc_st_set(st, pl, mc_val_unknown());
    for (int i = 0; i < st->vals.n; i++) {
        int p = st->vals.v[i].place;
        while (p >= 0 && an->places.v[p].kind == P_FIELD && an->places.v[p].parent != pl)
            p = an->places.v[p].parent;
        if (p >= 0 && an->places.v[p].kind == P_FIELD && an->places.v[p].parent == pl) {
            if (st->vals.v[i].v.kind == V_RES)
                escape(an, st, st->vals.v[i].v.res);
            mc_st_clear_at(st, i);
        }
    }
}

/* memcpy(dst, &p, sizeof p): the pointers held in p, or in its fields, now
 * also live wherever dst is; we do not follow them there. */
static void copied_out(mc_analysis *an, mc_state *st, int pl)
{
    mc_val held = mc_st_get(st, pl);
    if (held.kind == V_RES)
        escape(an, st, held.res);
    escape_var_fields(an, st, pl);
}

static bool is_checked_product_builtin(const char *name)
{
    return name && strncmp(name, "__builtin_", 10) == 0 && strstr(name, "mul_overflow");
}

/* A release known from a deallocator frees the very pointer it is given: an
 * attribute's or a model's, or a body's that frees its parameter with one
 * (obj_free(o) { free(o); }). A destroyer known by its name, alone or through a
 * body that hands its parameter to one, may as well free only what the object
 * holds (buf_dispose(b) frees b->data). */
static bool frees_the_pointer(mc_analysis *an, const mc_symbol *s, const mc_callee *c, int i)
{
    if ((s && i < 64 && ((s->attr_ownership_takes >> i) & 1)) || (c && (c->model || c->dealloc_arg)))
        return true;
    const mc_summary *sum = summary_of(an, s);
    return sum && i < sum->nparams && sum->param_family[i] >= 0;
}

/* A destroyer given the address of an object that is no block of its own (a
 * local or static object, a member: rec_release(&rec), mutex_destroy(&loop->mu))
 * frees what the object holds, not the object nor the block around it, unless it
 * frees the very pointer (free(&o->first) frees o). */
static bool releases_contents(mc_analysis *an, const mc_state *st, const mc_symbol *s, const mc_callee *c, int i,
                              mc_val v)
{
    const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    if (!r || (r->origin != MC_ORIG_STACK && r->origin != MC_ORIG_STATIC && !(v.flags & VF_INTERIOR)))
        return false;
    return !frees_the_pointer(an, s, c, i);
}

/* A pointer found on entry (in a global, *p, an element, a struct's field) and
 * passed on is used: a caller that released it has its callee use it. */
static void note_entry_passed(mc_analysis *an, const mc_state *st, int id)
{
    const mc_res *r = mc_st_res_c(st, id);
    if (!r || r->origin != MC_ORIG_PLACE)
        return;
    mc_entry_seen *g = entry_seen(an, r, id);
    if (g)
        g->derefed = true;
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < 64; i++)
        if (pointee_res(an, i) == id)
            an->pp_passed |= 1ULL << i;
}

/* Is the flag the callee branches on known to be set here? */
static bool guard_set(mc_analysis *an, const mc_state *st, const mc_summary *sum)
{
    const mc_global *g = sum->guard;
    if (!g)
        return false;
    mc_place p = {.kind = P_GLOBAL, .var = -1, .global = g, .res = -1, .parent = -1, .type = g->type};
    mc_val v = mc_st_get(st, intern_place(an, p));
    if (v.kind == V_UNKNOWN && g->has_init && (g->is_const || !g->written))
        v = mc_val_int(g->init);
    return v.kind == V_INT && (v.lo > 0 || v.hi < 0 || (v.flags & VF_NONZERO));
}

/* Parameter i is a pointer to something the callee may write (char **endptr). */
static bool writes_through(const mc_symbol *s, int i)
{
    return s && i < s->nparams && s->params[i].type.kind == MC_TY_PTR && !s->params[i].type.pointee_const;
}

/* f(char **err) { check(err); }: when the callee writes *err, so does f. */
static void note_param_pointee_passed(mc_analysis *an, const mc_state *st, mc_val v, const mc_symbol *s,
                                      const mc_callee *c, int i)
{
    const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    if (!r || r->origin != MC_ORIG_PARAM || r->param < 0 || an->f->vars[r->param].type.ptr_depth < 2)
        return;
    const mc_summary *sum = summary_of(an, s);
    bool writes = sum ? i < sum->nparams && sum->pointee_effect[i] == MC_PARAM_UNKNOWN
                      : !(c && c->model) && writes_through(s, i);
    if (writes)
        an->pp_written[r->param] = 1;
}

/* Whether variadic argument i of call is printed as an address: the format,
 * the last fixed argument, gives it `%p`. Printing a freed pointer's value reads
 * no memory (`log("munmap(%p) failed", addr)`). */
static bool printed_as_address(const mc_symbol *s, const mc_expr *call, int i)
{
    if (!s || !s->variadic || s->nparams < 1 || i < s->nparams || s->nparams >= call->nkids)
        return false;
    const mc_expr *fmt = mc_expr_strip(call->kids[s->nparams]);
    if (fmt->kind != MC_EX_STR || !fmt->name)
        return false;
    int want = i - s->nparams, n = 0;
    for (const char *p = strchr(fmt->name, '%'); p; p = strchr(p + 1, '%')) {
        if (*++p == '%')
            continue;
        p += strspn(p, "-+ #0'");
        for (; *p == '*' || *p == '.' || (*p >= '0' && *p <= '9'); p++)
            if (*p == '*' && n++ == want)
                return false; /* a width, not a pointer */
        p += strspn(p, "hlLqjzt");
        if (!*p)
            return false;
        if (n++ == want)
            return *p == 'p';
    }
    return false;
}

/* The local struct whose member's address arg is (&w.base, &w.a.b), or -1:
 * code given a member may reach the whole (container_of). */
static int member_address_base(mc_analysis *an, const mc_expr *arg)
{
    const mc_expr *e = mc_expr_strip(arg);
    if (e->kind != MC_EX_UNARY || e->op != MC_UN_ADDR || !e->nkids)
        return -1;
    e = mc_expr_strip(e->kids[0]);
    if (e->kind != MC_EX_MEMBER)
        return -1;
    while (e->kind == MC_EX_MEMBER && !e->arrow && e->nkids)
        e = mc_expr_strip(e->kids[0]);
    return e->kind == MC_EX_VAR && an->f->vars[e->var].type.kind == MC_TY_RECORD ? e->var : -1;
}

/* The local object whose fields a store writes (d.fd = x, d.u.fd[0] = x), or -1. */
static int local_object_written(const mc_analysis *an, const mc_expr *lhs)
{
    const mc_expr *k = mc_expr_strip(lhs);
    bool field = false;
    while (k && ((k->kind == MC_EX_MEMBER && !k->arrow) || k->kind == MC_EX_INDEX) && k->nkids > 0) {
        field = true;
        k = mc_expr_strip(k->kids[0]);
    }
    if (!field || !k || k->kind != MC_EX_VAR || k->var < 0 || an->f->vars[k->var].type.kind != MC_TY_RECORD)
        return -1;
    return k->var;
}

static void note_int_stores(const mc_expr *e, void *ctx)
{
    mc_analysis *an = ctx;
    if (!e)
        return;
    if (e->kind == MC_EX_BINARY && e->op == MC_BIN_ASSIGN && e->nkids == 2) {
        int obj = local_object_written(an, e->kids[0]), ip = int_param(an, e->kids[1]);
        if (obj >= 0 && ip >= 0)
            an->int_stores[obj] |= 1ULL << ip;
    }
    for (int i = 0; i < e->nkids; i++)
        note_int_stores(e->kids[i], ctx);
}

/* The integer parameters stored into the fields of the local object whose address
 * arg is (&d), found once per function. */
static uint64_t int_params_stored_in(mc_analysis *an, const mc_expr *arg)
{
    const mc_expr *a = mc_expr_strip(arg);
    if (!a || a->kind != MC_EX_UNARY || a->op != MC_UN_ADDR || a->nkids != 1)
        return 0;
    const mc_expr *k = mc_expr_strip(a->kids[0]);
    if (!k || k->kind != MC_EX_VAR || k->var < 0 || an->f->vars[k->var].type.kind != MC_TY_RECORD)
        return 0;
    if (!an->int_stores) {
        an->int_stores = mc_xcalloc((size_t)an->f->nvars + 1, sizeof *an->int_stores);
        mc_func_each_root(an->f, note_int_stores, an);
    }
    return an->int_stores[k->var];
}

static void apply_arg(mc_analysis *an, mc_state *st, const mc_expr *call, int i, mc_val v,
                      const mc_symbol *s, const mc_callee *c)
{
    const mc_expr *arg = call->kids[i + 1];
    note_param_pointee_passed(an, st, v, s, c, i);
    arg_effect eff = arg_effect_of(an, s, c, i);
    const char *name = call->name;
    if (eff == ARG_RELEASE && releases_contents(an, st, s, c, i, v)) {
        int obj = out_param_place(an, st, arg);
        if (obj >= 0)
            forget_place(an, st, obj);
        else if (v.flags & VF_INTERIOR)
            forget_fields(an, st, v.res); /* m = &o->mu; mutex_destroy(m): some member of o */
        const mc_res *r = mc_st_res_c(st, v.res);
        int owner = r->origin == MC_ORIG_PARAM ? r->param : param_owning(an, st, v.res);
        if ((v.flags & VF_INTERIOR) && owner >= 0 && owner < 64)
            st->pfield_released |= 1ULL << owner; /* what a member of the parameter's object held */
        return;
    }
    const mc_summary *gsum = summary_of(an, s);
    bool guarded = gsum && i < 64 && guard_set(an, st, gsum);
    if (eff == ARG_ESCAPE && guarded && (gsum->released_if_guard & (1ULL << i)))
        eff = ARG_RELEASE; /* sink(d) { if (flag) free(d); } called with flag set */
    bool nonnull = arg_nonnull(an, s, c, i) || (guarded && (gsum->deref_if_guard & (1ULL << i)));
    if (eff == ARG_RELEASE) {
        /* sink(p) { p[0] = 0; free(p); } uses p before releasing it */
        if (v.kind == V_RES && nonnull && mc_st_res_c(st, v.res) &&
            mc_st_res_c(st, v.res)->status != MC_RS_RELEASED)
            use(an, st, v, MC_USE_NONNULL, arg, call, name, i);
        release(an, st, v, call, arg, name, release_family_of(an, st, v, s, c, i), i,
                !(c && (c->model || c->dealloc_arg)) && summary_of(an, s));
        return;
    }
    if (v.kind != V_RES && nonnull)
        note_deref_site(an, st, v, MC_USE_NONNULL, arg, call, name, i); /* strlen(NULL), sink(NULL) */
    if (v.kind == V_RES) {
        note_entry_passed(an, st, v.res);
        const mc_res *r = mc_st_res_c(st, v.res);
        bool printed = r && r->status == MC_RS_RELEASED && printed_as_address(s, call, i);
        if ((nonnull || (r && r->status == MC_RS_RELEASED)) && !printed)
            use(an, st, v, nonnull ? MC_USE_NONNULL : MC_USE_PASS, arg, call, name, i);
        if (eff == ARG_TAKE && named_transfer(an, s, c, i))
            hand_over(an, st, v, call, arg, name, i);
        else if (eff == ARG_TAKE || eff == ARG_ESCAPE)
            escape(an, st, v.res);
        const mc_summary *esum = summary_of(an, s);
        bool elems_borrowed = esum && i < 64 && (esum->elems_borrowed & (1ULL << i));
        const mc_fieldset *written = esum && i < esum->nparams ? &esum->param_fields[i] : NULL;
        const mc_expr *sa = mc_expr_strip(arg);
        bool whole = !(v.flags & VF_OFFSET) && !(sa->kind == MC_EX_UNARY && sa->op == MC_UN_ADDR); /* not &o->member */
        if (eff == ARG_BORROW && written && !written->all && whole)
            forget_written_fields(an, st, v.res, written);
        else if (eff != ARG_BORROW || (!(c && c->model) && !param_is_const_ptr(s, i) && !elems_borrowed))
            forget_fields(an, st, v.res);
        bool variadic_to_library = c && c->model && s && i >= s->nparams; /* printf("%s", name) */
        if (!param_is_const_ptr(s, i) && !variadic_to_library && !is_predicate(an, s))
            forget_predicates(an, st, v.res); /* strcpy(name, "-") */
    }
    /* an integer parameter (a descriptor) handed to code that may keep it: a body
       that does, or a call through a pointer (ct->create_accepted(fd)), which
       the caller could not follow either; alone, or in a local object whose
       address goes (d.fd = fd; ops->ctrl(&d)) */
    if (eff == ARG_TAKE || (eff == ARG_ESCAPE && (has_body(s) || !s))) {
        int ip = int_param(an, arg);
        if (ip >= 0)
            st->pint_kept |= 1ULL << ip;
        st->pint_kept |= int_params_stored_in(an, arg);
    }
    /* a struct passed by value hands over copies of what its fields own, unless
       the callee only reads them */
    const mc_expr *sa = mc_expr_strip(arg);
    const mc_summary *ssum = summary_of(an, s);
    bool borrowed = ssum && i < 64 && (ssum->struct_borrowed & (1ULL << i));
    if (sa->kind == MC_EX_VAR && an->f->vars[sa->var].type.kind == MC_TY_RECORD && !borrowed)
        escape_var_fields(an, st, var_place(an, sa->var));
    int whole = member_address_base(an, arg);
    if (whole >= 0 && eff != ARG_BORROW)
        escape_var_fields(an, st, var_place(an, whole)); /* the callee may reach all of w from &w.base */
    int out = out_param_place(an, st, arg);
    if (out < 0 || (c && c->model && c->model->result_arg == i + 1))
        return;
    if (c && c->model && i < 64 && (c->model->copies & (1ULL << i))) {
        copied_out(an, st, out);
        return;
    }
    const mc_summary *sum = summary_of(an, s);
    int pointee = sum && i < sum->nparams ? sum->pointee_effect[i] : MC_PARAM_UNKNOWN;
    mc_val held = mc_st_get(st, out);
    const mc_res *hr = held.kind == V_RES ? mc_st_res_c(st, held.res) : NULL;
    if (sum && i < sum->nparams && sum->pointee_deref[i] && hr && hr->status == MC_RS_RELEASED)
        use(an, st, held, MC_USE_PASS, mc_expr_strip(arg)->kids[0], call, name, i); /* reads freed *arg */
    else if (sum && i < 64 && (sum->pointee_nonnull & (1ULL << i)))
        use(an, st, held, MC_USE_NONNULL, mc_expr_strip(arg)->kids[0], call, name, i); /* derefs *arg */
    if (pointee == MC_PARAM_BORROWS)
        return; /* the callee only read *arg: the caller still owns what is there */
    if (pointee == MC_PARAM_RELEASES) {
        bool model = hr && hr->family >= 0 && hr->family < an->pi->nmodel_families;
        release(an, st, held, call, mc_expr_strip(arg)->kids[0], name, model ? sum->pointee_family[i] : -1, i, true);
        /* free_ptr(&p): p dangles as after free(p), unless the callee reset or replaced it */
        if (sum->pointee_after[i] == MC_AFTER_NULL)
            mc_st_set(st, out, (mc_val){.kind = V_NULL, .res = -1});
        else if (sum->pointee_after[i] == MC_AFTER_UNKNOWN)
            mc_st_set(st, out, mc_val_unknown());
        return;
    }
    /* strtol(s, &end, 10) sets end; fscanf(f, "%zu", &n) sets n */
    bool variadic_out = s && s->variadic && i >= s->nparams && !arg->type.pointee_const;
    if (eff != ARG_BORROW || !(c && c->model) || ((writes_through(s, i) || variadic_out) && held.kind != V_RES))
        forget_place(an, st, out);
}

/* What a T ** argument that is no address (getline(path, ...) with char **path)
 * points to, when it points to an object we follow. */
static int pointee_of_arg(mc_analysis *an, mc_state *st, const mc_expr *arg)
{
    const mc_expr *a = mc_expr_strip(arg);
    if (!a || a->type.kind != MC_TY_PTR || a->type.ptr_depth < 2 || a->kind != MC_EX_VAR)
        return PLACE_NONE;
    mc_val p = mc_st_get(st, var_place(an, a->var));
    if (p.kind != V_RES || !tracked_object(p) || (p.flags & VF_OFFSET))
        return PLACE_NONE;
    mc_type t = a->type;
    t.ptr_depth--;
    return pointee_place(an, st, p, t);
}

/* The resource a modelled allocator stores through its result argument. */
static mc_val alloc_into_arg(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_fnmodel *m)
{
    mc_val status = mc_val_unknown();
    status.def = call;
    if (m->result_arg > call->nkids - 1)
        return status;
    int out = out_param_place(an, st, call->kids[m->result_arg]);
    if (out < 0)
        out = pointee_of_arg(an, st, call->kids[m->result_arg]);
    mc_val r = new_owned(an, st, call, m->family, m->fails, true);
    mc_res *res = mc_st_res(st, r.res);
    const mc_expr *target = mc_expr_strip(call->kids[m->result_arg]);
    res->var_expr = target->kind == MC_EX_UNARY && target->op == MC_UN_ADDR ? target->kids[0] : target;
    if (out >= 0) {
        mc_val old = mc_st_get(st, out);
        mc_st_set(st, out, r);
        if (old.kind == V_RES && old.res != r.res)
            escape(an, st, old.res); /* reused or reallocated by the callee (getline) */
        if (place_escapes(an, st, out))
            escape(an, st, r.res); /* into the caller's *path */
    } else {
        escape(an, st, r.res);
    }
    status.flags = VF_STATUS;
    status.res = r.res;
    return status;
}

/* p = realloc(old, n), or a wrapper of it: old is released, but comes back if
 * the result turns out to be the failure value. */
static mc_val realloc_like(mc_analysis *an, mc_state *st, const mc_expr *call, int i, int family, mc_failkind fails,
                           bool may_fail, const mc_val *args)
{
    mc_val old = i >= 0 && i < call->nkids - 1 ? args[i] : mc_val_unknown();
    mc_res *r = old.kind == V_RES ? mc_st_res(st, old.res) : NULL;
    int released_as = family;
    if (r && r->family >= 0)
        family = r->family;
    uint8_t was = r ? r->status : MC_RS_LIVE;
    if (old.kind == V_RES)
        release(an, st, old, call, call->kids[i + 1], call->name, released_as, i, false);
    mc_val v = new_owned(an, st, call, family, fails, may_fail);
    if (old.kind == V_RES && mc_st_res(st, old.res) && mc_st_res(st, old.res)->status == MC_RS_RELEASED) {
        mc_st_res(st, v.res)->realloc_old = old.res;
        mc_st_res(st, v.res)->realloc_old_status = was;
    }
    return v;
}

static mc_val realloc_result(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_fnmodel *m,
                             const mc_val *args)
{
    return realloc_like(an, st, call, m->arg - 1, m->family, m->fails, true, args);
}

/* A function of the program that reallocates its parameter i (yaml_realloc). */
static int realloc_param_of(mc_analysis *an, const mc_symbol *s, const mc_callee *c)
{
    const mc_summary *sum = c && c->model ? NULL : summary_of(an, s);
    return sum && sum->returns_owned ? sum->realloc_param : -1;
}

static int family_named(mc_analysis *an, const char *name);

/* A call whose flag argument rules out the NULL its callee may return. */
/* A size_t parameter: an object's size, not a flag. */
static bool is_size_param(const mc_symbol *s, int i)
{
    const mc_type *t = s && i < s->nparams ? &s->params[i].type : NULL;
    return t && t->kind == MC_TY_INT && !t->is_signed && t->spelling && strcmp(t->spelling, "size_t") == 0;
}

/* Which side of zero a value is on: 0 or NULL, nonzero or non-NULL, or unknown. */
enum { SIDE_ZERO, SIDE_NONZERO, SIDE_UNKNOWN };

static int value_side(const mc_state *st, mc_val v)
{
    if (v.kind == V_NULL)
        return SIDE_ZERO;
    if (v.kind == V_RES) {
        const mc_res *r = mc_st_res_c(st, v.res);
        return !r ? SIDE_UNKNOWN : r->nullness == MC_NN_FAILED ? SIDE_ZERO : r->nullness == MC_NN_OK ? SIDE_NONZERO
                                                                                                 : SIDE_UNKNOWN;
    }
    if (mc_val_exact(&v))
        return v.lo == 0 ? SIDE_ZERO : SIDE_NONZERO;
    if (v.kind == V_INT && (v.lo > 0 || v.hi < 0 || (v.flags & VF_NONZERO)))
        return SIDE_NONZERO;
    return SIDE_UNKNOWN;
}

/* A path that knows the argument deciding ownership (mc_summary.owned_param) was
 * on the other side: what the call returned is not ours (stdout). */
static bool lent_here(const mc_state *st, const mc_res *r)
{
    if (!r->owned_if || r->owned_if_place < 0)
        return false;
    int side = value_side(st, mc_st_get(st, r->owned_if_place));
    return side != SIDE_UNKNOWN && (side == SIDE_NONZERO) != r->owned_if_nonzero;
}

/* NULL cannot come back for these arguments. A wrapper that returns NULL only for
 * a size of 0 (redis's zrealloc(p, 0) frees p) counts as never failing unless the
 * size is 0 here: using a zero-sized block is its own bug, a check would not fix it. */
static bool null_ruled_out(const mc_symbol *s, const mc_summary *sum, const mc_val *args, int nargs)
{
    int i = sum->null_param;
    if (i < 0 || i >= nargs)
        return false;
    if (!mc_val_exact(&args[i]))
        return !sum->null_if_nonzero && is_size_param(s, i);
    return (args[i].lo != 0) != sum->null_if_nonzero;
}

/* The call's result is ours only where its argument a is on one side of zero:
 * where the caller tests the variable it passed, its paths will know. */
static void owned_if_arg(mc_analysis *an, mc_res *r, const mc_expr *a, const mc_summary *sum, int decider)
{
    a = mc_expr_strip(a);
    r->owned_if = true;
    r->owned_if_nonzero = sum->owned_if_nonzero;
    r->owned_if_place = sum->owned_pred ? decider : a && a->kind == MC_EX_VAR ? var_place(an, a->var) : -1;
}

/* The declaration promises a result that is not NULL (returns_nonnull, a
 * `_Nonnull` result): its callers trust it, whatever the body does (a body's
 * summary says so too, see write_summary). */
static bool declared_nonnull(const mc_symbol *s)
{
    return s && s->attr_returns_nonnull;
}

/* What a function that always returns a static buffer, a literal or stack memory
 * hands its caller: not something to release. */
static mc_val nonheap_result(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_summary *sum)
{
    mc_val v = address_of_object(an, st, call, (mc_origin)sum->ret_nonheap, call);
    mc_res *r = mc_st_res(st, v.res);
    r->acq_fn = call->name;
    if (sum->may_return_null && r->nullness == MC_NN_OK && r->status == MC_RS_LIVE)
        r->nullness = MC_NN_UNCHECKED;
    return v;
}

static mc_val call_result(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_symbol *s,
                          const mc_callee *c, const mc_val *args)
{
    const mc_fnmodel *m = c ? c->model : NULL;
    const mc_summary *sum = summary_of(an, s);
    if (m && (m->roles & MC_ROLE_REALLOC))
        return realloc_result(an, st, call, m, args);
    int ri = realloc_param_of(an, s, c);
    if (ri >= 0) {
        int family = c && c->naming_family >= 0 ? c->naming_family : sum->ret_family;
        bool may_fail = sum->may_return_null && !(c && c->never_fails) && !null_ruled_out(s, sum, args, call->nkids - 1);
        return realloc_like(an, st, call, ri, family, (mc_failkind)sum->ret_fails, may_fail, args);
    }
    if (m && m->returns_arg > 0 && m->returns_arg < call->nkids)
        return args[m->returns_arg - 1]; /* p = memcpy(malloc(n), s, n) */
    if (m && (m->roles & MC_ROLE_ALLOC) && m->when_null && m->when_null < call->nkids &&
        args[m->when_null - 1].kind != V_NULL && !mc_val_exact(&args[m->when_null - 1])) {
        /* filled the caller's buffer, and returns it (realpath(path, buf) == buf) */
        mc_val buf = args[m->when_null - 1];
        return buf.kind == V_RES ? buf : mc_val_unknown();
    }
    if (m && (m->roles & MC_ROLE_ALLOC) && m->stack)
        return address_of_object(an, st, call, MC_ORIG_ALLOCA, call);
    if (m && (m->roles & MC_ROLE_ALLOC))
        return m->result_arg > 0 ? alloc_into_arg(an, st, call, m)
                                 : new_owned(an, st, call, m->family, m->fails, true);
    if (s && (s->attr_dealloc || s->attr_ownership_returns)) /* a body says whether it fails */
        return new_owned(an, st, call, c->attr_family, MC_FAIL_NULL,
                         !declared_nonnull(s) && (!sum || sum->may_return_null));
    if (sum && sum->returns_owned) {
        int family = c && c->naming_family >= 0 ? c->naming_family : sum->ret_family;
        bool may_fail = sum->may_return_null && !(c && c->never_fails) && !null_ruled_out(s, sum, args, call->nkids - 1);
        int by = sum->owned_param < call->nkids - 1 ? sum->owned_param : -1;
        int decider = by >= 0 && sum->owned_pred ? predicate_of_arg(an, sum->owned_pred, args[by], call->kids[by + 1])
                                                 : PLACE_NONE;
        int side = by < 0 ? SIDE_UNKNOWN
                   : sum->owned_pred ? (decider >= 0 ? value_side(st, mc_st_get(st, decider)) : SIDE_UNKNOWN)
                                     : value_side(st, args[by]);
        if (by >= 0 && side != SIDE_UNKNOWN && (side == SIDE_NONZERO) != sum->owned_if_nonzero) {
            mc_val lent = mc_val_unknown(); /* open_out(NULL): stdout, not ours */
            lent.def = call;
            return lent;
        }
        mc_val v = new_owned(an, st, call, family, (mc_failkind)sum->ret_fails, may_fail);
        if (by >= 0 && side == SIDE_UNKNOWN)
            owned_if_arg(an, mc_st_res(st, v.res), call->kids[by + 1], sum, decider);
        if (sum->returns_linked)
            mc_st_res(st, v.res)->owned = false; /* its parent may hold it too */
        bool ok_with = sum->null_out_param < 0;
        int k = ok_with ? sum->ok_out_param : sum->null_out_param;
        int out = k >= 0 && k + 1 < call->nkids ? out_param_place(an, st, call->kids[k + 1]) : PLACE_NONE;
        if (out >= 0 && may_fail) {
            mc_res *r = mc_st_res(st, v.res);
            r->null_with_place = out;
            r->null_with_value = ok_with ? sum->ok_out_value : sum->null_out_value;
            r->ok_with = ok_with;
        }
        return v;
    }
    /* __attribute__((malloc)) with no body to read: a fresh block; who frees it,
       the attribute does not say, nor whether it can fail: the wrappers that carry
       it most (g_malloc, xmalloc) abort instead, so callers are not told to check
       (a model or never-fail: says otherwise). System headers' functions are the
       models' to describe (glibc marks fopen and popen so). */
    if (s && s->attr_malloc && !s->def && !sum && !s->in_system_header && s->ret.kind == MC_TY_PTR)
        return new_owned(an, st, call, c ? c->naming_family : -1, MC_FAIL_NULL, false);
    if (c && c->names.create && s && !s->def && s->ret.kind == MC_TY_PTR && !sum)
        return new_owned(an, st, call, c->naming_family, MC_FAIL_NULL, false);
    if (sum && sum->ret_nonheap)
        return nonheap_result(an, st, call, sum);
    if (sum && sum->ret_tests >= 0 && sum->ret_tests < call->nkids - 1 && args[sum->ret_tests].kind == V_RES) {
        mc_val t = test_value(st, args[sum->ret_tests], !sum->ret_tests_null);
        if (t.kind == V_INT)
            return t; /* if (!valid(p)): a check of p */
    }
    if (sum && sum->returns_const && is_pointer(&call->type) && sum->const_value == 0)
        return (mc_val){.kind = V_NULL, .res = -1}; /* returns NULL on every path */
    if (sum && sum->returns_const)
        return mc_val_int(sum->const_value);
    mc_val v = mc_val_unknown();
    v.def = call;
    return v;
}

static void mark_checked_product(mc_analysis *an, mc_state *st, const mc_expr *call)
{
    int out = call->nkids >= 4 ? out_param_place(an, st, call->kids[call->nkids - 1]) : PLACE_NONE;
    if (out < 0)
        return;
    mc_val v = mc_val_unknown();
    v.flags = VF_PRODUCT_OK;
    v.def = call;
    mc_st_set(st, out, v);
}

/* Reference counts: obj_ref(o) takes a reference this function must give back
 * (obj_unref(o)), store or return; the unref of such a reference releases nothing. */
static bool count_reference(mc_state *st, const mc_expr *call, int i, mc_val v, const mc_callee *c)
{
    mc_res *r = c && !c->model && v.kind == V_RES ? mc_st_res(st, v.res) : NULL;
    if (!r || r->status != MC_RS_LIVE)
        return false;
    if (c->names.retained == i) {
        if (r->refs < 3)
            r->refs++;
        r->ref_loc = call->loc;
        r->ref_fn = call->name;
        return true;
    }
    if (c->names.destroyed == i && r->refs > 0) {
        r->refs--;
        return true;
    }
    return false;
}

/* obj_unref(o) whose body frees only when the count drops to zero still gives
 * up the caller's reference: rules hear of it (a borrowed reference must not be
 * released), though the object may live on. */
static void note_conditional_release(mc_analysis *an, mc_state *st, const mc_expr *call, int i, mc_val v,
                                     const mc_symbol *s, const mc_callee *c)
{
    const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    if (!r || r->origin != MC_ORIG_PARAM || !c || c->model || !c->names.destroy || c->names.destroyed != i ||
        arg_effect_of(an, s, c, i) == ARG_RELEASE)
        return;
    mc_event ev = event(MC_EV_RELEASE, st, call->kids[i + 1], call->loc, v.res);
    ev.callee = call->name;
    ev.arg = i;
    raise_event(an, &ev);
}

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
    if (!tracked_object(arg) || k < 1 || k >= NINDEX)
        return mc_val_unknown();
    int obj = deref_place(an, arg.res, e->type);
    return mc_st_get(st, field_place(an, obj, index_names[k], e->type));
}

/* What the callee does with the pointers in globals now (sink() frees g_data),
 * in the fields of a struct it gets by value (sink(s) frees s.a), or, when
 * elements is set, in the elements of an array it gets (sink(arr) frees arr[2]):
 * those before its arguments' effects forget what the array held. */
static void apply_entry_effects(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_summary *sum,
                                const mc_val *args, bool elements)
{
    for (int i = 0; sum && i < sum->nentries; i++) {
        const mc_entry_effect *g = &sum->entries[i];
        const mc_expr *at = g->ref;
        mc_val v;
        if (elements != (!g->global && is_index_field(g->field)))
            continue;
        /* names the element in messages: arr[2] */
        mc_expr k = {.kind = MC_EX_INT, .var = -1, .is_const = 1}, *kids[2] = {NULL, &k};
        mc_expr elem = {.kind = MC_EX_INDEX, .var = -1, .nkids = 2, .kids = kids};
        if (elements) {
            if (g->param < 0 || g->param + 1 >= call->nkids)
                continue;
            kids[0] = call->kids[g->param + 1];
            k.ival = atoi(g->field + 1);
            elem.loc = call->loc;
            elem.type = g->ref ? g->ref->type : kids[0]->type;
            at = &elem;
            v = index_arg_field(an, st, args[g->param], kids[0], g->field);
        } else if (g->global) {
            mc_place p = {.kind = P_GLOBAL, .var = -1, .global = g->global, .res = -1, .parent = -1, .type = g->ref->type};
            v = mc_st_get(st, intern_place(an, p));
        } else if (g->param >= 0 && g->param + 1 < call->nkids) {
            at = call->kids[g->param + 1];
            v = struct_arg_field(an, st, at, g->field);
        } else {
            continue;
        }
        const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
        if (!r && g->nonnull)
            note_deref_site(an, st, v, MC_USE_NONNULL, at, call, call->name, -1); /* sink() { *g = 1; } */
        if (!r)
            continue;
        if (g->derefs && r->status == MC_RS_RELEASED)
            use(an, st, v, MC_USE_PASS, at, call, call->name, -1);
        else if (g->nonnull)
            use(an, st, v, MC_USE_NONNULL, at, call, call->name, -1); /* sink() { g->x = 1; } */
        if (g->keeps && !g->releases)
            escape(an, st, v.res); /* kept or handed on by the callee on some path */
        if (!g->releases)
            continue;
        /* spoken only for a model family's resource, as for parameters */
        int family = r->family >= 0 && r->family < an->pi->nmodel_families ? g->family : -1;
        release(an, st, v, call, at, call->name, family, -1, true);
        mc_res *rr = mc_st_res(st, v.res);
        if (rr)
            rr->release_place = -1; /* the callee's business whether the global dangles */
    }
}

/* Could the callee assign global g? Library functions (models, system headers)
 * assign none of the program's; a function with a summary says which; anything
 * else may assign any, except that code outside the program names no static of
 * it when statics_seen (a callback could, which strict callers keep in mind). */
static bool callee_writes_ex(mc_analysis *an, const mc_symbol *s, const mc_callee *c, const mc_global *g,
                             bool statics_seen)
{
    if ((c && c->model) || (s && s->in_system_header))
        return false;
    const mc_summary *sum = summary_of(an, s);
    /* code outside the program names no static of it (its address taken would
       make the global's readers unknown: collect_reads) */
    bool hidden = statics_seen && g->is_static;
    if (!sum)
        return !(s && !has_body(s) && hidden);
    if (sum->writes_any_global || (sum->writes_extern_globals && !hidden))
        return true;
    for (int i = 0; i < sum->nglobal_writes; i++)
        if (sum->global_writes[i] == g)
            return true;
    return false;
}

static void note_callee_writes(mc_analysis *an, const mc_symbol *s, const mc_callee *c)
{
    if ((c && c->model) || (s && s->in_system_header))
        return;
    const mc_summary *sum = summary_of(an, s);
    if (!sum && s && !has_body(s))
        an->gwrites_extern = true; /* code outside the program */
    else if (!sum || sum->writes_any_global)
        an->gwrites_any = true;
    if (sum && sum->writes_extern_globals)
        an->gwrites_extern = true;
    for (int i = 0; sum && i < sum->nglobal_writes; i++)
        add_global_write(an, sum->global_writes[i]);
}

/* What a call may have done to the globals. A callee that may assign g (setup()
 * may set it) leaves it holding something else than the allocation not yet
 * checked or the flag value the path knew; a callee we know nothing of may
 * also have freed what only a global held, or not returned from a failure
 * branch (if (!p) fatal("oom")). */
static void forget_written_globals(mc_analysis *an, mc_state *st, const mc_symbol *s, const mc_callee *c)
{
    note_callee_writes(an, s, c);
    const mc_summary *sum = summary_of(an, s);
    bool library = (c && c->model) || (s && s->in_system_header);
    bool unknown = !library && !sum;
    if (!library && (unknown || sum->may_not_return))
        for (int i = 0; i < st->res.n; i++)
            if (st->res.v[i].r.nullness == MC_NN_FAILED)
                mc_st_res(st, st->res.v[i].id)->failed_then_unknown = true;
    if (library || (sum && !sum->writes_any_global && !sum->writes_extern_globals && sum->nglobal_writes == 0))
        return; /* assigns no global of the program */
    for (int i = 0; i < st->res.n; i++) {
        mc_res *r = &st->res.v[i].r;
        if (r->global_place < 0)
            continue;
        const mc_place *root = &an->places.v[place_root(an, r->global_place)];
        bool reached = unknown && !(root->kind == P_GLOBAL && root->global->is_static && s && !has_body(s));
        if (reached || (root->kind == P_GLOBAL && callee_writes_ex(an, s, c, root->global, true)))
            r->global_place = -1;
    }
    for (int i = 0; i < st->vals.n; i++) {
        const mc_pv *pv = &st->vals.v[i];
        const mc_place *root = &an->places.v[place_root(an, pv->place)];
        if (root->kind != P_GLOBAL || !root->global)
            continue;
        const mc_res *r = pv->v.kind == V_RES ? mc_st_res_c(st, pv->v.res) : NULL;
        bool unchecked = r && r->nullness == MC_NN_UNCHECKED && r->origin == MC_ORIG_ALLOC;
        bool flag = pv->v.kind == V_INT; /* g_flag, g.state.flag */
        /* free(g); g = bigger; -- the callee that released it may have replaced it */
        bool released = r && r->status == MC_RS_RELEASED;
        if ((unchecked && callee_writes_ex(an, s, c, root->global, false)) ||
            ((flag || released) && callee_writes_ex(an, s, c, root->global, true)))
            mc_st_clear_at(st, i);
    }
}

/* qsort(v, n, size, cmp): a library function given one of the program's
 * functions may call it, and what that one assigns is assigned. */
static void forget_callback_writes(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_symbol *s,
                                   const mc_callee *c)
{
    if (!((c && c->model) || (s && s->in_system_header)))
        return; /* the program's own functions' summaries count their indirect calls */
    for (int i = 1; i < call->nkids; i++) {
        const mc_expr *a = mc_expr_strip(call->kids[i]);
        if (a && a->kind == MC_EX_UNARY && a->op == MC_UN_ADDR)
            a = mc_expr_strip(a->kids[0]);
        if (a && a->kind == MC_EX_GLOBAL && a->sym && has_body(a->sym))
            forget_written_globals(an, st, a->sym, callee_of(an, a->sym));
    }
}

/* fdopen(fd, ...): the new stream remembers the descriptor it took, to give it
 * back if the call turns out to have failed. */
/* memset(s, 0, sizeof *s): what the bytes an argument points to held is gone. */
static void overwrite_pointees(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_val *args,
                               const mc_callee *c)
{
    for (int i = 0; c && c->model && i < call->nkids - 1 && i < 64; i++) {
        if (!(c->model->overwrites & (1ULL << i)))
            continue;
        int obj = out_param_place(an, st, call->kids[i + 1]);
        if (obj >= 0)
            forget_place(an, st, obj);
        else if (args[i].kind == V_RES)
            forget_fields(an, st, args[i].res);
    }
}

static void note_taken_on_success(mc_state *st, const mc_expr *call, const mc_callee *c, const mc_val *args,
                                  mc_val result)
{
    mc_res *r = c && c->model && result.kind == V_RES ? mc_st_res(st, result.res) : NULL;
    for (int i = 0; r && i < call->nkids - 1 && i < 64; i++)
        if ((c->model->takes_on_success & (1ULL << i)) && args[i].kind == V_RES)
            r->took = args[i].res;
}

static mc_val eval_call(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    const mc_symbol *s = e->sym;
    const mc_callee *c = callee_of(an, s);
    if (!s)
        eval(an, st, e->kids[0]);
    int nargs = e->nkids - 1;
    mc_val stack_args[16];
    mc_val *args = nargs <= 16 ? stack_args : mc_xmalloc((size_t)nargs * sizeof *args);
    for (int i = 0; i < nargs; i++)
        args[i] = eval(an, st, e->kids[i + 1]);
    mc_event ev = event(MC_EV_CALL, st, e, e->loc, -1);
    ev.argv = args;
    ev.argc = nargs;
    ev.callee = e->name;
    ev.model = c ? c->model : NULL;
    ev.callee_summary = summary_of(an, s);
    raise_event(an, &ev);
    apply_entry_effects(an, st, e, summary_of(an, s), args, true);
    if (is_checked_product_builtin(e->name)) {
        mark_checked_product(an, st, e);
    } else if (!(c && c->model && (c->model->roles & MC_ROLE_REALLOC))) {
        int reallocated = realloc_param_of(an, s, c); /* call_result() releases it */
        /* releases last: yyfree(scanner, scanner) passes scanner before freeing it */
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; i < nargs; i++) {
                if (i == reallocated || (arg_effect_of(an, s, c, i) == ARG_RELEASE) != (pass == 1))
                    continue;
                if (count_reference(st, e, i, args[i], c))
                    continue;
                note_conditional_release(an, st, e, i, args[i], s, c);
                apply_arg(an, st, e, i, args[i], s, c);
            }
    }
    overwrite_pointees(an, st, e, args, c);
    apply_entry_effects(an, st, e, summary_of(an, s), args, false);
    forget_written_globals(an, st, s, c);
    forget_callback_writes(an, st, e, s, c);
    mc_val result = call_result(an, st, e, s, c, args);
    note_taken_on_success(st, e, c, args, result);
    if (c && !c->model && c->names.retained >= 0 && c->names.retained < nargs && is_pointer(&e->type) &&
        args[c->names.retained].kind == V_RES)
        result = args[c->names.retained]; /* obj_ref(o) returns o */
    if (args != stack_args)
        free(args);
    const mc_symbol *handler = s ? NULL : initial_target(e);
    if (callee_noreturn(an, s, c) || e->ptr_noreturn ||
        (handler && callee_noreturn(an, handler, callee_of(an, handler)))) {
        st->dead = true; /* a handler installed in place of one that never returns keeps its contract */
        an->dead_end = true;
    }
    return result;
}

/* ---- conditions ---- */

static void push(states *v, mc_state *s)
{
    MC_VEC_PUSH(*v, s);
}

static void set_error(mc_analysis *an, mc_state *st, mc_loc loc, mc_why why)
{
    if (st->err_step < 0)
        st->err_step = add_step(an, loc, why);
}

static void bad_check(mc_analysis *an, mc_state *st, mc_val v, const mc_expr *e)
{
    mc_res *r = mc_st_res(st, v.res);
    if (!r || r->nullness != MC_NN_UNCHECKED)
        return;
    use(an, st, v, MC_USE_BAD_CHECK, e, e, NULL, -1);
    r = mc_st_res(st, v.res);
    r->nullness = MC_NN_OK;
}

/* The failure branch of a resource test. */
static void res_failed(mc_analysis *an, mc_state *st, int id, const mc_expr *e, mc_why why)
{
    mc_res *r = mc_st_res(st, id);
    r->nullness = MC_NN_FAILED;
    r->check_loc = e->loc;
    int old = r->realloc_old;
    uint8_t was = r->realloc_old_status;
    bool dropped = r->realloc_dropped;
    mc_loc where = r->realloc_loc;
    if (r->origin == MC_ORIG_ALLOC)
        set_error(an, st, e->loc, why);
    if (r->took >= 0) {
        mc_res *t = mc_st_res(st, r->took);
        if (t && t->owned && t->status == MC_RS_ESCAPED)
            t->status = MC_RS_LIVE; /* fdopen failed: the descriptor is still ours */
    }
    if (old >= 0) {
        mc_res *o = mc_st_res(st, old);
        if (o && o->status == MC_RS_RELEASED) {
            o->status = was == MC_RS_ESCAPED && !dropped ? MC_RS_ESCAPED : MC_RS_LIVE;
            if (dropped) {
                o->owned = true;
                o->lost_by_realloc = true;
                o->realloc_loc = where;
            }
        }
    }
}

static void res_ok(mc_state *st, int id, const mc_expr *e)
{
    mc_res *r = mc_st_res(st, id);
    r->nullness = MC_NN_OK;
    r->check_loc = e->loc;
}

static bool fails_negative(const mc_res *r)
{
    return r->fails == MC_FAIL_NEGATIVE;
}

/* Splits on whether pointer/handle value v is "true" (non-NULL); why says, for
 * messages, which test failed on the NULL side. */
static void truth_res(mc_analysis *an, mc_state *st, mc_val v, const mc_expr *e, mc_why why, states *T,
                      states *F)
{
    const mc_res *r = mc_st_res_c(st, v.res);
    if (!r || (v.flags & VF_OFFSET)) {
        push(T, st);
        push(F, mc_st_copy(st));
        return;
    }
    if (r->nullness == MC_NN_UNCHECKED && r->fails == MC_FAIL_MAP_FAILED) {
        /* `!m || m == MAP_FAILED`: judged when m is used or the path ends */
        if (!r->null_check)
            mc_st_res(st, v.res)->null_check = e;
        push(T, st);
        return;
    }
    if (r->nullness == MC_NN_UNCHECKED && fails_negative(r))
        bad_check(an, st, v, e);
    r = mc_st_res_c(st, v.res);
    if (r->nullness == MC_NN_FAILED && !fails_negative(r)) {
        push(F, st);
        return;
    }
    if (r->nullness != MC_NN_UNCHECKED) {
        push(T, st);
        if (fails_negative(r) || r->origin == MC_ORIG_STACK || r->origin == MC_ORIG_STATIC ||
            r->origin == MC_ORIG_STRLIT || r->nullness == MC_NN_OK)
            return;
        push(F, mc_st_copy(st));
        return;
    }
    mc_state *f = mc_st_copy(st);
    res_ok(st, v.res, e);
    res_failed(an, f, v.res, e, why);
    push(T, st);
    push(F, f);
}

static bool def_is_call(const mc_val *v)
{
    return v->def && v->def->kind == MC_EX_CALL;
}

/* Splits on an integer that tests resource res against its failure value;
 * holds_if_ok says whether condition e holds where the resource is fine. */
static void split_test(mc_analysis *an, mc_state *st, int res, const mc_expr *e, bool holds_if_ok, states *T,
                       states *F)
{
    mc_why why = {e, holds_if_ok ? MC_WHY_FALSE : MC_WHY_HOLDS};
    truth_res(an, st, mc_val_res(res), e, why, holds_if_ok ? T : F, holds_if_ok ? F : T);
}

static void truth_int(mc_analysis *an, mc_state *st, mc_val v, int pl, const mc_expr *e, states *T, states *F)
{
    if ((v.flags & VF_TESTS) && mc_st_res(st, v.res)) {
        split_test(an, st, v.res, e, (v.flags & VF_TEST_NONNULL) != 0, T, F);
        return;
    }
    if (mc_val_exact(&v)) {
        push(v.lo ? T : F, st);
        return;
    }
    if (v.kind == V_INT && (v.lo > 0 || v.hi < 0 || (v.flags & VF_NONZERO))) {
        push(T, st);
        return;
    }
    mc_state *f = mc_st_copy(st);
    if (v.flags & VF_STATUS) {
        mc_res *r = mc_st_res(st, v.res);
        if (r && r->fails == MC_FAIL_NONZERO) {
            res_failed(an, st, v.res, e, (mc_why){e, MC_WHY_CALL_FAILED});
            res_ok(f, v.res, e);
        }
    }
    if (pl >= 0) {
        mc_val t = as_interval(v.kind == V_INT ? v : (mc_val){.kind = V_UNKNOWN, .res = v.res}, &e->type);
        t.flags |= VF_NONZERO;
        if (e->type.kind == MC_TY_INT && !e->type.is_signed) {
            uint64_t lo, hi; /* unsigned and not zero: at least 1, so `i < n` holds for i = 0 */
            word_range(t, &e->type, &lo, &hi);
            t = from_words(t, &e->type, lo ? lo : 1, hi);
        }
        t.def = v.def;
        mc_st_set(st, pl, t);
        mc_val z = mc_val_int(0);
        z.def = v.def;
        z.flags = v.flags & VF_STATUS;
        z.res = v.res;
        mc_st_set(f, pl, z);
    }
    if (def_is_call(&v) && e->type.kind == MC_TY_BOOL)
        set_error(an, f, e->loc, (mc_why){e, MC_WHY_FALSE});
    push(T, st);
    push(F, f);
}

/* NULL from a system function that acquires nothing (readdir, strchr, getenv)
 * means "no more" or "not found", not a failure: the path is not an error path. */
static bool null_is_an_answer(mc_analysis *an, const mc_expr *call)
{
    const mc_callee *c = callee_of(an, call->sym);
    if (c && c->model)
        return !(c->model->roles & (MC_ROLE_ALLOC | MC_ROLE_REALLOC));
    return call->sym && call->sym->in_system_header;
}

static void truth_unknown_ptr(mc_analysis *an, mc_state *st, mc_val v, int pl, const mc_expr *e, states *T,
                              states *F)
{
    mc_state *f = mc_st_copy(st);
    if (pl >= 0)
        mc_st_set(f, pl, (mc_val){.kind = V_NULL, .res = -1});
    if (def_is_call(&v) && !null_is_an_answer(an, v.def))
        set_error(an, f, e->loc, (mc_why){e, MC_WHY_NULL});
    push(T, st);
    push(F, f);
}

static void truth_of(mc_analysis *an, mc_state *st, mc_val v, int pl, const mc_expr *e, mc_why why, states *T,
                     states *F)
{
    switch (v.kind) {
    case V_NULL: push(F, st); return;
    case V_RES: truth_res(an, st, v, e, why, T, F); return;
    case V_INT: truth_int(an, st, v, pl, e, T, F); return;
    default:
        if (is_pointer(&e->type))
            truth_unknown_ptr(an, st, v, pl, e, T, F);
        else
            truth_int(an, st, v, pl, e, T, F);
        return;
    }
}

/* The truth of v (at place pl) splits st into T and F. Where a pointer in a
 * global is found NULL, the path is a lazy initialisation (`if (!table) {
 * table = make(); name = make(); }`): what it stores in globals is kept there
 * on purpose. */
static void truth(mc_analysis *an, mc_state *st, mc_val v, int pl, const mc_expr *e, mc_why why, states *T,
                  states *F)
{
    int before = F->n;
    truth_of(an, st, v, pl, e, why, T, F);
    const mc_expr *root = mc_expr_strip(e);
    while (root && root->kind == MC_EX_MEMBER && !root->arrow)
        root = mc_expr_strip(root->kids[0]);
    bool global = is_pointer(&e->type) &&
                  ((pl >= 0 && an->places.v[place_root(an, pl)].kind == P_GLOBAL) || (root && root->kind == MC_EX_GLOBAL));
    for (int i = before; global && i < F->n; i++)
        F->v[i]->lazy_init = true;
}

static mc_binop flip(mc_binop op)
{
    switch (op) {
    case MC_BIN_LT: return MC_BIN_GT;
    case MC_BIN_GT: return MC_BIN_LT;
    case MC_BIN_LE: return MC_BIN_GE;
    case MC_BIN_GE: return MC_BIN_LE;
    default: return op;
    }
}

static mc_binop negate(mc_binop op)
{
    switch (op) {
    case MC_BIN_LT: return MC_BIN_GE;
    case MC_BIN_GT: return MC_BIN_LE;
    case MC_BIN_LE: return MC_BIN_GT;
    case MC_BIN_GE: return MC_BIN_LT;
    case MC_BIN_EQ: return MC_BIN_NE;
    default: return MC_BIN_EQ;
    }
}

/* Does `x op c` hold for every / no x in [lo, hi]?  Returns 1, 0, or -1 (depends). */
static int decide(mc_binop op, int64_t lo, int64_t hi, int64_t c)
{
    switch (op) {
    case MC_BIN_LT: return hi < c ? 1 : lo >= c ? 0 : -1;
    case MC_BIN_LE: return hi <= c ? 1 : lo > c ? 0 : -1;
    case MC_BIN_GT: return lo > c ? 1 : hi <= c ? 0 : -1;
    case MC_BIN_GE: return lo >= c ? 1 : hi < c ? 0 : -1;
    case MC_BIN_EQ: return lo == c && hi == c ? 1 : (c < lo || c > hi) ? 0 : -1;
    case MC_BIN_NE: return lo == c && hi == c ? 0 : (c < lo || c > hi) ? 1 : -1;
    default: return -1;
    }
}

/* Narrows [lo, hi] to the values where `x op c` holds. */
static void narrow(mc_binop op, int64_t c, mc_val *v)
{
    switch (op) {
    case MC_BIN_LT: if (c > INT64_MIN && v->hi > c - 1) v->hi = c - 1; break;
    case MC_BIN_LE: if (v->hi > c) v->hi = c; break;
    case MC_BIN_GT: if (c < INT64_MAX && v->lo < c + 1) v->lo = c + 1; break;
    case MC_BIN_GE: if (v->lo < c) v->lo = c; break;
    case MC_BIN_EQ: v->lo = v->hi = c; break;
    case MC_BIN_NE:
        if (v->lo == c && c < INT64_MAX) v->lo = c + 1;
        else if (v->hi == c && c > INT64_MIN) v->hi = c - 1;
        break;
    default: break;
    }
}

/* Which side of `call-result op c` is the error: 1 when true is, 0 when false is, -1 neither. */
static int error_side(mc_binop op, int64_t c)
{
    if ((op == MC_BIN_LT && c == 0) || (op == MC_BIN_LE && c == -1) || (op == MC_BIN_EQ && c < 0) ||
        (op == MC_BIN_NE && c == 0))
        return 1;
    if ((op == MC_BIN_GE && c == 0) || (op == MC_BIN_GT && c == -1) || (op == MC_BIN_NE && c < 0) ||
        (op == MC_BIN_EQ && c == 0))
        return 0;
    return -1;
}

/* Of `status op c`, the side that holds no negative value (1: true, 0: false),
 * where the other holds both negatives and successes; -1 when neither. */
static int ok_side(mc_binop op, int64_t c)
{
    if ((op == MC_BIN_GT && c >= 0) || (op == MC_BIN_GE && c >= 1))
        return 1;
    if ((op == MC_BIN_LT && c >= 1) || (op == MC_BIN_LE && c >= 0))
        return 0;
    return -1;
}

static void compare_fd(mc_analysis *an, mc_state *st, mc_binop op, mc_val v, int64_t c, const mc_expr *e,
                       states *T, states *F)
{
    int side = error_side(op, c);
    if ((op == MC_BIN_EQ || op == MC_BIN_NE) && c >= 0 && c <= 2) {
        if (c == 0)
            bad_check(an, st, v, e);
        mc_state *other = mc_st_copy(st);
        /* if (fd != STDIN_FILENO) close(fd): where it is 0, 1 or 2 it is taken
           for the standard stream, which is not this function's to close */
        escape(an, op == MC_BIN_EQ ? st : other, v.res);
        push(T, st);
        push(F, other);
        return;
    }
    bool std_below = ((op == MC_BIN_GT || op == MC_BIN_LE) && (c == 1 || c == 2)) ||
                     ((op == MC_BIN_GE || op == MC_BIN_LT) && (c == 2 || c == 3));
    if (std_below) {
        /* if (fd > STDERR_FILENO) close(fd): below it is a standard stream, or failed */
        mc_state *other = mc_st_copy(st);
        bool below_is_true = op == MC_BIN_LE || op == MC_BIN_LT;
        escape(an, below_is_true ? st : other, v.res);
        res_ok(below_is_true ? other : st, v.res, e);
        push(T, st);
        push(F, other);
        return;
    }
    if (op == MC_BIN_GT && c == 0)
        side = 0;
    if (op == MC_BIN_LE && c == 0)
        side = 1;
    mc_res *r = mc_st_res(st, v.res);
    if (side >= 0 && r->nullness != MC_NN_UNCHECKED) {
        /* already checked: the test is decided (fail side is T when side == 1) */
        bool failed = r->nullness == MC_NN_FAILED;
        push(failed == (side == 1) ? T : F, st);
        return;
    }
    if (side < 0) {
        push(T, st);
        push(F, mc_st_copy(st));
        return;
    }
    mc_state *other = mc_st_copy(st);
    mc_state *fail = side ? st : other, *ok = side ? other : st;
    res_failed(an, fail, v.res, e, (mc_why){e, side ? MC_WHY_HOLDS : MC_WHY_FALSE});
    res_ok(ok, v.res, e);
    push(T, st);
    push(F, other);
}

static void compare_status(mc_analysis *an, mc_state *st, mc_binop op, mc_val v, int64_t c, const mc_expr *e,
                           states *T, states *F)
{
    mc_res *r = mc_st_res(st, v.res);
    int side = r ? error_side(op, c) : -1;
    if (r && r->fails == MC_FAIL_NEGATIVE && c == 0 && (op == MC_BIN_NE || op == MC_BIN_EQ))
        side = -1;
    mc_state *other = mc_st_copy(st);
    if (side >= 0 && r->nullness == MC_NN_UNCHECKED) {
        res_failed(an, side ? st : other, v.res, e, (mc_why){e, MC_WHY_CALL_FAILED});
        res_ok(side ? other : st, v.res, e);
    } else if (r && r->nullness == MC_NN_UNCHECKED && r->fails == MC_FAIL_NEGATIVE) {
        /* `n < 1`, `n > 0`: one side holds no negative status, so the call
           succeeded there; the other also holds successes (0), so stays open */
        int ok = ok_side(op, c);
        if (ok >= 0)
            res_ok(ok ? st : other, v.res, e);
    }
    push(T, st);
    push(F, other);
}

/* The other variables holding the value a branch narrows in place pl, copied
 * from one another (shared_int), learn the same. */
static void narrow_copies(mc_state *st, int pl, const mc_val *held, mc_val now)
{
    if (held->kind != V_INT || !held->def || held->def->kind != MC_EX_VAR)
        return;
    for (int i = 0; i < st->vals.n; i++)
        if (st->vals.v[i].place != pl && mc_val_same(&st->vals.v[i].v, held))
            mc_st_set(st, st->vals.v[i].place, now);
}

/* The comparison `x op c` of x, an integer of type t held in v, as unsigned
 * 64-bit words (c is a word): 1 or 0 when every x decides it alike, else -1,
 * with v narrowed to where it holds in *yes and to where it does not in *no.
 * Words are put in signed order (w ^ 2^63) for decide() and narrow(). */
static int decide_words(mc_binop op, mc_val v, const mc_type *t, int64_t c, mc_val *yes, mc_val *no)
{
    const uint64_t bias = 1ULL << 63;
    uint64_t lo, hi;
    word_range(v, t, &lo, &hi);
    int64_t k = (int64_t)((uint64_t)c ^ bias);
    mc_val w = {.kind = V_INT, .lo = (int64_t)(lo ^ bias), .hi = (int64_t)(hi ^ bias)};
    int d = decide(op, w.lo, w.hi, k);
    if ((v.flags & VF_NONZERO) && c == 0 && (op == MC_BIN_EQ || op == MC_BIN_NE))
        d = op == MC_BIN_NE;
    if (d >= 0)
        return d;
    mc_val wy = w, wn = w;
    narrow(op, k, &wy);
    narrow(negate(op), k, &wn);
    *yes = from_words(v, t, (uint64_t)wy.lo ^ bias, (uint64_t)wy.hi ^ bias);
    *no = from_words(v, t, (uint64_t)wn.lo ^ bias, (uint64_t)wn.hi ^ bias);
    return -1;
}

/* The same over the values of type ct, which x of type t is converted to; where
 * the conversion changes values, what the branch learns is not x's (*same). */
static int decide_values(mc_binop op, mc_val v, const mc_type *t, const mc_type *ct, int64_t c, mc_val *yes,
                         mc_val *no, bool *same)
{
    mc_val iv = as_interval(convert_int(as_interval(v, t), t, ct, same), ct);
    int d = decide(op, iv.lo, iv.hi, c);
    if ((iv.flags & VF_NONZERO) && c == 0 && (op == MC_BIN_EQ || op == MC_BIN_NE))
        d = op == MC_BIN_NE;
    *yes = *no = iv;
    narrow(op, c, yes);
    narrow(negate(op), c, no);
    return d;
}

/* `a op c`, a an integer whose value v of type t (in place pl) is converted to
 * a's type: every comparison of an unsigned 64-bit type is over its words, from
 * 0 to 2^64 - 1 (`n > SIZE_MAX` never holds, `n > SIZE_MAX - 1` may). */
static void compare_int(mc_analysis *an, mc_state *st, mc_binop op, mc_val v, const mc_type *t, int pl, int64_t c,
                        const mc_expr *a, const mc_expr *e, states *T, states *F)
{
    mc_val yes, no;
    bool same = true;
    int d = mc_type_is_u64(&a->type) ? decide_words(op, v, t, c, &yes, &no)
                                     : decide_values(op, v, t, &a->type, c, &yes, &no, &same);
    if (d >= 0) {
        push(d ? T : F, st);
        return;
    }
    if (c == 0 && (op == MC_BIN_EQ || op == MC_BIN_NE))
        (op == MC_BIN_NE ? &yes : &no)->flags |= VF_NONZERO;
    mc_state *f = mc_st_copy(st);
    if (pl >= 0 && same) {
        mc_val held = mc_st_get(st, pl);
        narrow_copies(st, pl, &held, yes);
        narrow_copies(f, pl, &held, no);
        mc_st_set(st, pl, yes);
        mc_st_set(f, pl, no);
    }
    int side = def_is_call(&v) ? error_side(op, c) : -1;
    if (side >= 0)
        set_error(an, side ? st : f, e->loc, (mc_why){e, side ? MC_WHY_HOLDS : MC_WHY_FALSE});
    push(T, st);
    push(F, f);
}

/* The place a branch on `x & K` (K a nonzero constant, x an integer variable
 * or field) keeps its answer in, or -1. */
static int mask_place(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    if (e->kind != MC_EX_BINARY || e->op != MC_BIN_AND || e->nkids != 2)
        return -1;
    const mc_expr *x = mc_expr_strip(e->kids[0]), *k = mc_expr_strip(e->kids[1]);
    if (x->is_const) {
        const mc_expr *t = x;
        x = k;
        k = t;
    }
    if (!k->is_const || k->ival == 0 || x->type.kind != MC_TY_INT || (x->kind != MC_EX_VAR && x->kind != MC_EX_MEMBER))
        return -1;
    int base = place_of(an, st, x, false);
    if (base < 0 || (x->kind == MC_EX_VAR && is_temp_var(an, x->var)))
        return -1;
    const char *name = NULL;
    for (int i = 0; i < an->masks.n && !name; i++)
        if (an->masks.v[i].base == base && an->masks.v[i].k == k->ival)
            name = an->masks.v[i].name;
    if (!name) {
        mc_mask m = {base, k->ival, NULL, mc_xasprintf("&%lld", (long long)k->ival)};
        MC_VEC_PUSH(an->masks, m);
        name = m.name;
    }
    return field_place(an, base, name, e->type);
}

/* A function of one pointer that writes nothing and answers with an integer
 * (is_stdout(name)): for the same object, the same answer. */
static bool is_predicate(mc_analysis *an, const mc_symbol *s)
{
    const mc_summary *sum = s && has_body(s) ? summary_of(an, s) : NULL;
    return sum && sum->analysed && !sum->noreturn && sum->nparams == 1 && s->nparams == 1 &&
           sum->ret_tests < 0 && !sum->returns_owned && !sum->writes_any_global && !sum->writes_extern_globals &&
           sum->nglobal_writes == 0 && sum->param_effect[0] == MC_PARAM_BORROWS &&
           (param_is_const_ptr(s, 0) || (!sum->param_fields[0].all && sum->param_fields[0].n == 0)) &&
           (s->ret.kind == MC_TY_INT || s->ret.kind == MC_TY_BOOL);
}

static const char *predicate_field(mc_analysis *an, const mc_symbol *pred)
{
    for (int i = 0; i < an->masks.n; i++)
        if (an->masks.v[i].pred == pred)
            return an->masks.v[i].name;
    mc_mask m = {.base = PLACE_NONE, .pred = pred, .name = mc_xasprintf("&%s()", pred->name)};
    MC_VEC_PUSH(an->masks, m);
    an->npredicates++;
    return m.name;
}

/* What pred says of the object resource res points to: a field of that object,
 * gone when the object is written or the pointer points elsewhere. */
static int predicate_of(mc_analysis *an, const mc_symbol *pred, int res, mc_type t)
{
    int pl = field_place(an, deref_place(an, res, t), predicate_field(an, pred), pred->ret);
    an->places.v[pl].pred = pred;
    return pl;
}

/* The same for the value passed as an argument, or -1. */
static int predicate_of_arg(mc_analysis *an, const mc_symbol *pred, mc_val arg, const mc_expr *e)
{
    return arg.kind == V_RES && !(arg.flags & (VF_OFFSET | VF_INTERIOR)) ? predicate_of(an, pred, arg.res, e->type)
                                                                         : -1;
}

/* What a predicate said of an object (of the one res points to, unless res < 0). */
static bool is_predicate_place(const mc_analysis *an, int pl, int res)
{
    const mc_place *p = &an->places.v[pl];
    return p->pred && (res < 0 || an->places.v[p->parent].res == res);
}

/* The object res points to may have been written: what predicates said of it
 * is gone, and what a call chose by one of their answers is ours either way. */
static void forget_predicates(mc_analysis *an, mc_state *st, int res)
{
    if (!an->npredicates)
        return;
    for (int i = 0; i < st->vals.n; i++)
        if (is_predicate_place(an, st->vals.v[i].place, res))
            mc_st_clear_at(st, i);
    for (int i = 0; i < st->res.n; i++) {
        const mc_res *r = &st->res.v[i].r;
        if (r->owned_if && r->owned_if_place >= 0 && is_predicate_place(an, r->owned_if_place, res))
            mc_st_res(st, st->res.v[i].id)->owned_if = false;
    }
}

/* if (!is_stdout(name)) fclose(f): the place that keeps what the branch learns
 * of a predicate call, or -1. */
static int predicate_place(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    if (e->kind != MC_EX_CALL || e->nkids != 2 || !is_predicate(an, e->sym))
        return -1;
    const mc_expr *arg = mc_expr_strip(e->kids[1]);
    if (arg->kind != MC_EX_VAR && arg->kind != MC_EX_MEMBER)
        return -1;
    int apl = place_of(an, st, arg, false);
    return apl >= 0 ? predicate_of_arg(an, e->sym, mc_st_get(st, apl), arg) : -1;
}

/* x is written: what branches learned of its bits is gone. */
static void forget_masks(mc_analysis *an, mc_state *st, int pl)
{
    for (int m = 0; m < an->masks.n && pl >= 0; m++) {
        if (an->masks.v[m].base != pl)
            continue;
        for (int i = 0; i < st->vals.n; i++) {
            const mc_place *p = &an->places.v[st->vals.v[i].place];
            if (p->kind == P_FIELD && p->parent == pl && p->field && p->field[0] == '&')
                mc_st_clear_at(st, i);
        }
        return;
    }
}

/* For a leaf `a op b` of a condition: the value of a, its type (a's, or the type
 * of the variable or field read under a's conversions) and, where a names a
 * place, that place, so the branch can teach the path what it learned. */
static mc_val operand(mc_analysis *an, mc_state *st, const mc_expr *a, int *pl, const mc_type **type)
{
    const mc_expr *s = mc_expr_strip(a);
    *pl = PLACE_NONE;
    *type = &s->type;
    if (s->kind == MC_EX_BINARY && s->op == MC_BIN_ASSIGN) {
        mc_val v = eval(an, st, s);
        const mc_expr *lhs = mc_expr_strip(s->kids[0]);
        if (lhs->kind == MC_EX_VAR)
            *pl = var_place(an, lhs->var);
        return v;
    }
    if (s->kind == MC_EX_VAR || s->kind == MC_EX_MEMBER || (s->kind == MC_EX_GLOBAL && s->global)) {
        if (s->kind == MC_EX_VAR && an->f->vars[s->var].type.kind == MC_TY_ARRAY)
            return eval(an, st, s);
        if (s->kind == MC_EX_GLOBAL) {
            mc_val v = eval(an, st, s);
            bool constant = s->global->has_init && (s->global->is_const || !s->global->written);
            if (an->at_loop_head && v.kind == V_INT && !constant)
                return mc_val_unknown(); /* what an earlier branch taught may not hold any more */
            /* a flag: the branch teaches the path its value (until a call may write it) */
            /* not a loop's: `while (running)` may be ended by a signal handler */
            if ((s->type.kind == MC_TY_INT || s->type.kind == MC_TY_BOOL) && !mc_val_exact(&v) && !an->at_loop_head) {
                *pl = global_place(an, s);
                if (an->guard_pl < 0)
                    an->guard_pl = *pl;
            }
            return v;
        }
        *pl = place_of(an, st, s, false);
        if (*pl < 0)
            return mc_val_unknown();
        mc_val v = read_place(an, st, *pl, s);
        if (s->kind == MC_EX_VAR && is_temp_var(an, s->var))
            *pl = PLACE_NONE;
        return v;
    }
    mc_val v = eval(an, st, a);
    *type = &a->type;
    int mp = !mc_val_exact(&v) && !st->dead ? mask_place(an, st, s) : -1;
    if (mp < 0 && !mc_val_exact(&v) && !st->dead && !(v.flags & VF_TESTS))
        mp = predicate_place(an, st, s);
    if (mp >= 0) { /* if (flags & F) ... if (flags & F): the second knows */
        *pl = mp;
        mc_val known = mc_st_get(st, mp);
        if (known.kind == V_INT) {
            *type = &s->type;
            return known;
        }
    }
    return v;
}

/* Do two pointers compare equal: 1 yes, 0 no, -1 cannot tell. Distinct objects
 * (a fresh block, a local array, a static) never share an address. */
static int pointers_equal(const mc_state *st, mc_val a, mc_val b)
{
    if (a.res == b.res)
        return ((a.flags | b.flags) & (VF_OFFSET | VF_INTERIOR)) ? -1 : 1;
    const mc_res *x = mc_st_res_c(st, a.res), *y = mc_st_res_c(st, b.res);
    if (!x || !y || x->nullness == MC_NN_FAILED || y->nullness == MC_NN_FAILED)
        return -1;
    bool xd = x->origin == MC_ORIG_ALLOC || x->origin == MC_ORIG_STACK || x->origin == MC_ORIG_STATIC;
    bool yd = y->origin == MC_ORIG_ALLOC || y->origin == MC_ORIG_STACK || y->origin == MC_ORIG_STATIC;
    /* distinct objects: unequal, unless both may be NULL (one unchecked allocation
       compared with a buffer on the stack still differs from it) */
    return xd && yd && (x->nullness == MC_NN_OK || y->nullness == MC_NN_OK) ? 0 : -1;
}

/* `p != &sentinel`: where a parameter equals the address of a static object, it
 * is that object, nothing to release (sqlite3_str_free leaves &sqlite3OomStr). */
static bool compare_with_static(mc_state *st, mc_binop op, mc_val va, mc_val vb, states *T, states *F)
{
    const mc_res *x = mc_st_res_c(st, va.res), *y = mc_st_res_c(st, vb.res);
    if (x && y && y->origin == MC_ORIG_PARAM) {
        const mc_res *t = x; x = y; y = t;
        va = vb;
    }
    if (!x || !y || x->origin != MC_ORIG_PARAM || y->origin != MC_ORIG_STATIC || ((va.flags | vb.flags) & VF_OFFSET))
        return false;
    mc_state *eq = mc_st_copy(st);
    mc_st_res(eq, va.res)->is_static = true;
    push(op == MC_BIN_EQ ? T : F, eq);
    push(op == MC_BIN_EQ ? F : T, st);
    return true;
}

/* A block this function acquired, checked and kept to itself is not what a
 * global held before (f != stdin after f = fopen(...)): had it been stored
 * there, the global would hold it, and it would have been handed off. */
static bool fresh_vs_global(const mc_state *st, mc_val v, const mc_expr *other)
{
    const mc_expr *o = mc_expr_strip(other);
    const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    if (!r || !o || o->kind != MC_EX_GLOBAL || !o->global || !is_pointer(&o->type))
        return false;
    return r->origin == MC_ORIG_ALLOC && r->owned && r->status == MC_RS_LIVE && r->nullness == MC_NN_OK &&
           !(v.flags & VF_OFFSET);
}

static bool is_null_value(const mc_val *v, const mc_expr *e)
{
    return v->kind == V_NULL || (mc_val_exact(v) && v->lo == 0 && is_pointer(&e->type));
}

/* Records `a * b` as overflow-checked when the path saw `a > MAX / b` fail. */
static void note_product_guard(mc_analysis *an, mc_state *st, const mc_expr *a, const mc_expr *bound)
{
    const mc_expr *q = mc_expr_strip(bound);
    if (q->kind != MC_EX_BINARY || q->op != MC_BIN_DIV || !mc_expr_strip(q->kids[0])->is_const)
        return;
    int pa = PLACE_NONE, pb = PLACE_NONE;
    const mc_expr *x = mc_expr_strip(a), *y = mc_expr_strip(q->kids[1]);
    if (x->kind == MC_EX_VAR)
        pa = var_place(an, x->var);
    if (y->kind == MC_EX_VAR)
        pb = var_place(an, y->var);
    if (pa >= 0 && pb >= 0)
        MC_VEC_PUSH(st->guards, ((mc_guard){pa, pb}));
}

/* p == NO_OBJECT ((void *)-1): a callee that answers with a sentinel instead
 * of a block; where p is the sentinel, there is no block to own. */
static void compare_sentinel(mc_state *st, mc_binop op, mc_val v, const mc_expr *e, states *T, states *F)
{
    mc_state *same = mc_st_copy(st);
    mc_res *r = mc_st_res(same, v.res);
    if (r->origin == MC_ORIG_ALLOC && r->status == MC_RS_LIVE) {
        r->nullness = MC_NN_FAILED;
        r->check_loc = e->loc;
    }
    push(op == MC_BIN_EQ ? T : F, same);
    push(op == MC_BIN_EQ ? F : T, st);
}

/* `(_Bool)p`: a pointer converted to a truth value. */
static bool is_bool_of_pointer(const mc_expr *a)
{
    for (; a && a->kind == MC_EX_CAST && a->nkids == 1; a = a->kids[0])
        if (a->type.kind == MC_TY_BOOL)
            return is_pointer(&mc_expr_strip(a)->type);
    return false;
}

/* `ok == 0`, `failed != 0`, `(_Bool)p == 0`: a truth value of a test against NULL
 * compared with 0 or 1. */
static bool compare_test(mc_analysis *an, mc_state *st, mc_binop op, mc_val va, mc_val vb, const mc_expr *a,
                         const mc_expr *e, states *T, states *F)
{
    if ((op != MC_BIN_EQ && op != MC_BIN_NE) || !mc_val_exact(&vb) || (vb.lo != 0 && vb.lo != 1))
        return false;
    bool holds_if_true = (op == MC_BIN_NE) == (vb.lo == 0);
    if ((va.flags & VF_TESTS) && mc_st_res(st, va.res)) {
        bool nonnull = (va.flags & VF_TEST_NONNULL) != 0;
        split_test(an, st, va.res, e, nonnull == holds_if_true, T, F);
        return true;
    }
    if (va.kind == V_RES && is_bool_of_pointer(a) && !(va.flags & VF_OFFSET)) {
        const mc_res *r = mc_st_res_c(st, va.res);
        if (!r || r->fails == MC_FAIL_NEGATIVE || r->fails == MC_FAIL_MAP_FAILED)
            return false;
        split_test(an, st, va.res, e, holds_if_true, T, F);
        return true;
    }
    return false;
}

/* Two integers holding one value made for both (a copy, a counter at its
 * bound): what they hold is unknown, but they are equal. */
static bool one_shared_int(const mc_val *va, const mc_val *vb, const mc_expr *a, const mc_expr *b)
{
    return va->kind == V_INT && va->def && mc_val_same(va, vb) && !is_pointer(&a->type) && !is_pointer(&b->type);
}

static void compare(mc_analysis *an, mc_state *st, const mc_expr *e, states *T, states *F)
{
    mc_binop op = (mc_binop)e->op;
    const mc_expr *a = e->kids[0], *b = e->kids[1];
    int pa, pb;
    const mc_type *ta, *tb;
    mc_val va = operand(an, st, a, &pa, &ta);
    mc_val vb = operand(an, st, b, &pb, &tb);
    if (st->dead) {
        push(T, st);
        return;
    }
    if ((mc_val_exact(&va) || va.kind == V_NULL) && !(mc_val_exact(&vb) || vb.kind == V_NULL)) {
        mc_val tv = va; va = vb; vb = tv;
        int tp = pa; pa = pb; pb = tp;
        const mc_expr *te = a; a = b; b = te;
        const mc_type *tt = ta; ta = tb; tb = tt;
        op = flip(op);
    }
    if (mc_val_exact(&vb))
        vb = convert_int(vb, tb, &b->type, NULL); /* the constant as the comparison sees it */
    if (compare_test(an, st, op, va, vb, a, e, T, F))
        return;
    if (one_shared_int(&va, &vb, a, b)) {
        push(decide(op, 0, 0, 0) ? T : F, st); /* as x op x */
        return;
    }
    bool vs_null = is_null_value(&vb, b) || (vb.kind == V_NULL);
    if ((op == MC_BIN_EQ || op == MC_BIN_NE) && vs_null && (va.kind == V_RES || is_pointer(&a->type))) {
        mc_why why = {e, op == MC_BIN_EQ ? MC_WHY_HOLDS : MC_WHY_FALSE};
        if (op == MC_BIN_EQ)
            truth(an, st, va, pa, a, why, F, T);
        else
            truth(an, st, va, pa, a, why, T, F);
        return;
    }
    if (va.kind == V_RES && mc_val_exact(&vb)) {
        mc_res *r = mc_st_res(st, va.res);
        if (r && r->fails == MC_FAIL_MAP_FAILED && vb.lo == -1 && (op == MC_BIN_EQ || op == MC_BIN_NE)) {
            compare_fd(an, st, op, va, -1, e, T, F);
            return;
        }
        if (r && fails_negative(r)) {
            compare_fd(an, st, op, va, vb.lo, e, T, F);
            return;
        }
        if (r && vb.lo != 0 && (op == MC_BIN_EQ || op == MC_BIN_NE) && is_pointer(&a->type)) {
            compare_sentinel(st, op, va, e, T, F);
            return;
        }
    }
    if ((op == MC_BIN_EQ || op == MC_BIN_NE) && (fresh_vs_global(st, va, b) || fresh_vs_global(st, vb, a))) {
        push(op == MC_BIN_NE ? T : F, st);
        return;
    }
    if ((op == MC_BIN_EQ || op == MC_BIN_NE) && va.kind == V_RES && vb.kind == V_RES) {
        int same = pointers_equal(st, va, vb);
        if (same >= 0) {
            push((same == 1) == (op == MC_BIN_EQ) ? T : F, st);
            return;
        }
        if (compare_with_static(st, op, va, vb, T, F))
            return;
    }
    if ((va.flags & VF_STATUS) && mc_val_exact(&vb)) {
        compare_status(an, st, op, va, vb.lo, e, T, F);
        return;
    }
    if (mc_val_exact(&vb) && va.kind != V_RES && !is_pointer(&a->type)) {
        compare_int(an, st, op, va, ta, pa, vb.lo, a, e, T, F);
        return;
    }
    /* `a > MAX / b` failing, or `a < MAX / b` holding, guards `a * b`. */
    mc_state *f = mc_st_copy(st);
    if (op == MC_BIN_GT || op == MC_BIN_GE)
        note_product_guard(an, f, a, b);
    else if (op == MC_BIN_LT || op == MC_BIN_LE)
        note_product_guard(an, st, a, b);
    push(T, st);
    push(F, f);
}

/* Splits st on condition e into the states where it holds (T) and not (F). */
static void split(mc_analysis *an, mc_state *st, const mc_expr *e, states *T, states *F)
{
    const mc_expr *s = mc_expr_strip(e);
    if (s->is_const) {
        push(s->ival ? T : F, st);
        return;
    }
    if (s->kind == MC_EX_UNARY && s->op == MC_UN_NOT) {
        split(an, st, s->kids[0], F, T);
        return;
    }
    if (s->kind == MC_EX_BINARY && mc_binop_is_compare((mc_binop)s->op)) {
        compare(an, st, s, T, F);
        return;
    }
    if (s->kind == MC_EX_BINARY && s->op == MC_BIN_COMMA) {
        eval(an, st, s->kids[0]);
        split(an, st, s->kids[1], T, F);
        return;
    }
    int pl;
    const mc_type *type;
    mc_val v = operand(an, st, s, &pl, &type);
    if (st->dead) {
        push(T, st);
        return;
    }
    truth(an, st, v, pl, s, (mc_why){s, MC_WHY_NULL}, T, F);
}

/* ---- leaks ---- */

static void raise_lost(mc_analysis *an, mc_state *st, int id, mc_lostkind kind, mc_loc loc, const mc_expr *at)
{
    mc_event ev = event(MC_EV_LOST, st, at, loc, id);
    ev.lost = kind;
    raise_event(an, &ev);
}

/* Called when a place stops holding resource id: reports it if nothing else does. */
/* `p = parse(s, &err); if (err) return -1;`: p is NULL on that path. */
static bool null_by_out(const mc_state *st, const mc_res *r)
{
    return r->ok_with && r->nullness == MC_NN_UNCHECKED && r->null_with_place >= 0 &&
           excludes(mc_st_get(st, r->null_with_place), r->null_with_value);
}

static void check_lost(mc_analysis *an, mc_state *st, int id, mc_lostkind kind, mc_loc loc, const mc_expr *at)
{
    mc_res *r = mc_st_res(st, id);
    if (r && r->lost_by_realloc) {
        kind = MC_LOST_REALLOC;
        loc = r->realloc_loc;
    }
    if (!r || !r->owned || r->status != MC_RS_LIVE || r->nullness == MC_NN_FAILED)
        return;
    if (res_referenced(an, st, id, 0) || null_by_out(st, r) || lent_here(st, r))
        return;
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
    if (!r->owned || r->status != MC_RS_ESCAPED || r->global_place < 0 || r->taken || r->refs ||
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

static void exit_leaks(mc_analysis *an, mc_state *st, mc_loc loc, const mc_expr *at)
{
    if (an->is_main && !an->o->leaks_at_exit)
        return;
    for (int i = 0; i < st->res.n; i++) {
        mc_res *r = &st->res.v[i].r;
        int id = st->res.v[i].id;
        if (r->realloc_dropped && r->nullness == MC_NN_UNCHECKED && r->realloc_old >= 0)
            raise_lost(an, st, r->realloc_old, MC_LOST_REALLOC, r->realloc_loc, at);
        else if (r->owned && r->status == MC_RS_LIVE && r->nullness != MC_NN_FAILED &&
                 !held_by_live_owner(an, st, id) && !null_by_out(st, r) && !lent_here(st, r))
            raise_lost(an, st, id, r->lost_by_realloc ? MC_LOST_REALLOC : MC_LOST_EXIT,
                       r->lost_by_realloc ? r->realloc_loc : loc, at);
        else if (lost_in_global(an, st, r, id))
            raise_lost(an, st, id, MC_LOST_EXIT, loc, at);
        r = &st->res.v[i].r;
        bool returned = st->has_ret && st->ret.kind == V_RES && st->ret.res == id;
        /* a retain function's reference is its caller's (sqlite3PagerRef wraps PcacheRef) */
        if (r->refs && !r->owned && r->status == MC_RS_LIVE && r->nullness != MC_NN_FAILED && !returned &&
            mc_func_names(an)->retained < 0)
            raise_lost(an, st, id, MC_LOST_REFERENCE, loc, at);
    }
}

/* ---- statements ---- */

static void run_cleanup(mc_analysis *an, mc_state *st, int var, mc_loc loc)
{
    const mc_var *v = &an->f->vars[var];
    int slot = an->cleanup_slot[var];
    if (slot < 0 || !(st->cleanups & (1ULL << slot)))
        return;
    st->cleanups &= ~(1ULL << slot);
    mc_val val = mc_st_get(st, var_place(an, var));
    if (val.kind != V_RES)
        return;
    mc_expr at = {.kind = MC_EX_VAR, .var = var, .loc = loc, .type = v->type, .name = v->name};
    mc_expr call = {.kind = MC_EX_CALL, .var = -1, .loc = loc, .name = v->cleanup};
    const mc_callee *c = callee_of(an, v->cleanup_sym);
    release(an, st, val, &call, &at, v->cleanup, c && c->model ? c->model->family : -1, 0, false);
}

/* A variable's block ends. On the way out of the function, what it drops is the
 * exit's to report (exit_leaks), with the return in the message. */
/* The variable at pl ends: what it told of the resources tied to it is settled
 * (`if (err) return -1;` after `p = parse(s, &err)`: p is NULL there). */
static void settle_out_facts(mc_state *st, int pl)
{
    for (int i = 0; i < st->res.n; i++) {
        const mc_res *r = &st->res.v[i].r;
        if (r->null_with_place != pl)
            continue;
        bool null = null_by_out(st, r);
        mc_res *w = mc_st_res(st, st->res.v[i].id);
        w->null_with_place = -1;
        if (null)
            w->nullness = MC_NN_FAILED;
    }
}

static void end_var(mc_analysis *an, mc_state *st, int var, mc_loc loc, bool at_return)
{
    run_cleanup(an, st, var, loc);
    int pl = var_place(an, var);
    settle_out_facts(st, pl);
    mc_val old = mc_st_get(st, pl);
    mc_st_set(st, pl, mc_val_unknown());
    if (at_return)
        return;
    if (old.kind == V_RES)
        check_lost(an, st, old.res, MC_LOST_SCOPE, loc, NULL);
    /* fields of a local struct */
    for (int i = 0; i < st->vals.n; i++) {
        if (place_root(an, st->vals.v[i].place) != pl || st->vals.v[i].v.kind != V_RES)
            continue;
        int id = st->vals.v[i].v.res;
        mc_st_clear_at(st, i);
        check_lost(an, st, id, MC_LOST_SCOPE, loc, NULL);
    }
}

static void escape_var_fields(mc_analysis *an, mc_state *st, int pl)
{
    for (int i = 0; i < st->vals.n; i++)
        if (place_root(an, st->vals.v[i].place) == pl && st->vals.v[i].v.kind == V_RES)
            escape(an, st, st->vals.v[i].v.res);
}

/* return fd, return (Val){.i = fd}: an integer parameter returned, alone or
 * inside a value, is handed on, as when stored. */
static void note_returned_int_params(mc_analysis *an, mc_state *st, const mc_expr *x)
{
    int self = int_param(an, x);
    if (self >= 0)
        st->pint_kept |= 1ULL << self;
    if (!x || (x->kind != MC_EX_INIT && x->kind != MC_EX_OTHER && x->kind != MC_EX_CAST))
        return;
    for (int i = 0; i < x->nkids; i++) {
        int ip = int_param(an, x->kids[i]);
        if (ip >= 0)
            st->pint_kept |= 1ULL << ip;
        else
            note_returned_int_params(an, st, mc_expr_strip(x->kids[i]));
    }
}

static void exec_retval(mc_analysis *an, mc_state *st, const mc_stmt *s)
{
    mc_val v = eval(an, st, s->e);
    st->has_ret = true;
    st->ret = v;
    st->ret_expr = s->e;
    const mc_expr *x = mc_expr_strip(s->e);
    if (x->kind == MC_EX_VAR && an->f->vars[x->var].type.kind == MC_TY_RECORD)
        escape_var_fields(an, st, var_place(an, x->var));
    note_returned_int_params(an, st, x);
    /* return h->buf: the block behind h, handed out by an address inside it */
    int base = x->kind == MC_EX_MEMBER && x->arrow && x->type.kind == MC_TY_ARRAY ? place_of(an, st, x->kids[0], false) : -1;
    mc_val b = base >= 0 ? mc_st_get(st, base) : mc_val_unknown();
    if (b.kind == V_RES)
        escape(an, st, b.res);
    if (v.kind != V_RES)
        return;
    use(an, st, v, MC_USE_RETURN, s->e, s->e, NULL, -1);
    mc_res *r = mc_st_res(st, v.res);
    if (!st->ret_res)
        st->ret_res = mc_xcalloc(1, sizeof *st->ret_res);
    if (r) {
        *st->ret_res = *r;
        escape(an, st, v.res); /* what is not ours is marked handed out (stored) */
    }
}

static void exec_decl(mc_analysis *an, mc_state *st, const mc_stmt *s)
{
    int pl = var_place(an, s->var);
    int slot = an->cleanup_slot[s->var];
    if (slot >= 0)
        st->cleanups |= 1ULL << slot;
    if (!s->e) {
        mc_st_set(st, pl, mc_val_unknown());
        return;
    }
    mc_val v = eval(an, st, s->e);
    if (an->f->vars[s->var].type.kind == MC_TY_RECORD) {
        int src = place_of(an, st, s->e, false);
        if (src >= 0)
            copy_fields(an, st, pl, src, s->e);
        return;
    }
    v = shared_int(an, st, s->e, &an->f->vars[s->var].type, v);
    store(an, st, pl, v, s->e, NULL);
    mc_res *r = v.kind == V_RES ? mc_st_res(st, v.res) : NULL;
    if (r && !r->var && !r->var_expr)
        r->var = an->f->vars[s->var].name;
}

static void exec_stmt(mc_analysis *an, mc_state *st, const mc_stmt *s)
{
    switch (s->kind) {
    case MC_ST_EXPR: eval(an, st, s->e); break;
    case MC_ST_DECL: exec_decl(an, st, s); break;
    case MC_ST_RETVAL: exec_retval(an, st, s); break;
    case MC_ST_SCOPE_END:
        for (int i = 0; i < s->nvars; i++)
            end_var(an, st, s->vars[i], s->loc, s->at_return);
        break;
    }
}

/* ---- exits and the summary ---- */

static int param_res(mc_analysis *an, int i)
{
    return res_id(an, &an->f->vars[i], 0);
}

/* The value *p had on entry, for a parameter T **p, or -1. */
static int pointee_res(mc_analysis *an, int i)
{
    const mc_type *t = &an->f->vars[i].type;
    bool void_ptr = t->kind == MC_TY_PTR && t->ptr_depth == 1 && t->pointee_kind == MC_TY_VOID;
    if (t->kind != MC_TY_PTR || (t->ptr_depth < 2 && !void_ptr)) /* void *: maybe a T ** in disguise */
        return -1;
    return res_id(an, place_site(deref_place(an, param_res(an, i), *t)), 0);
}

static bool is_error_value(const mc_analysis *an, const mc_state *st)
{
    if (!st->has_ret)
        return false;
    if (st->ret.kind == V_NULL)
        return true;
    if (mc_val_exact(&st->ret) && st->ret.lo < 0)
        return true;
    const mc_symbol *s = an->f->sym;
    return s && s->ret.kind == MC_TY_BOOL && mc_val_exact(&st->ret) && st->ret.lo == 0;
}

/* What this path did with *param: released, kept or only read what the caller
 * put there, or wrote something else into it. */
/* free(*p) leaves *p dangling, or is followed by *p = NULL, or by *p = another. */
static void note_pointee_release(mc_analysis *an, int i, mc_val now, int orig)
{
    an->pp_released[i] = 1;
    if (now.kind == V_RES && now.res == orig)
        an->pp_after[i] |= 1; /* dangling */
    else if (now.kind == V_NULL || (mc_val_exact(&now) && now.lo == 0))
        an->pp_after[i] |= 2; /* reset */
    else
        an->pp_after[i] |= 4; /* replaced */
}

static void summarize_pointee(mc_analysis *an, const mc_state *st, int i)
{
    const mc_type *t = &an->f->vars[i].type;
    if (st->ppderef & (1ULL << i))
        an->pp_deref[i] = 1;
    int orig = pointee_res(an, i);
    if (orig < 0)
        return;
    int obj = deref_place(an, param_res(an, i), *t);
    mc_val now = mc_st_get(st, obj);
    const mc_res *r = mc_st_res_c(st, orig);
    const mc_res *p = mc_st_res_c(st, param_res(an, i));
    if (p && p->stored && !r)
        an->pp_written[i] = 1; /* handed on to code we cannot see (pPager->xGet(..., ppPage)) */
    bool untouched = now.kind == V_UNKNOWN && !now.def && !r;
    if (!untouched && !(now.kind == V_RES && now.res == orig) && !(r && r->status == MC_RS_RELEASED))
        an->pp_written[i] = 1;
    else if (r && r->nullness == MC_NN_FAILED)
        return;
    else if (r && r->status == MC_RS_RELEASED)
        note_pointee_release(an, i, now, orig);
    else if (r && (r->status == MC_RS_ESCAPED || r->stored || r->taken))
        an->pp_escaped[i] = 1;
    else
        an->pp_live[i] = 1;
}

/* An integer parameter (a descriptor): released, kept or only used here. */
static void summarize_int_param(mc_analysis *an, const mc_state *st, int i)
{
    if (an->f->vars[i].type.kind != MC_TY_INT)
        return;
    if (st->pint_released & (1ULL << i))
        an->p_released[i] = 1;
    else if (st->pint_kept & (1ULL << i))
        an->p_escaped[i] = 1;
    else
        an->p_live[i] = 1;
}

static void summarize_globals(mc_analysis *an, const mc_state *st)
{
    for (int i = 0; i < st->res.n; i++) {
        const mc_res *r = &st->res.v[i].r;
        mc_entry_seen *g = r->status == MC_RS_RELEASED || r->deref_unchecked ? entry_seen(an, r, st->res.v[i].id)
                                                                              : NULL;
        if (g && r->status == MC_RS_RELEASED)
            g->released_exits++;
        if (g && r->deref_unchecked)
            g->nonnull_exits++;
        g = entry_seen(an, r, st->res.v[i].id);
        bool kept = r->status != MC_RS_LIVE || r->stored || r->taken;
        if (g && kept)
            g->kept = true;
        if (g && !g->global && g->param >= 0 && g->param < 64 && kept)
            an->p_struct_kept |= 1ULL << g->param;
        if (g && !g->global && g->param >= 0 && g->param < 64 && kept && is_index_field(g->field))
            an->p_elems_kept |= 1ULL << g->param;
    }
}

static bool int_nonzero(const mc_val *v)
{
    return v->kind == V_INT && (v->lo > 0 || v->hi < 0 || (v->flags & VF_NONZERO));
}

/* What the parameters go through on the paths where the flag is set. */
static void summarize_guard(mc_analysis *an, const mc_state *st, uint64_t deref)
{
    if (an->guard_pl < 0)
        return;
    mc_val g = mc_st_get(st, an->guard_pl);
    if (!int_nonzero(&g)) {
        if (!(mc_val_exact(&g) && g.lo == 0))
            an->guard_lost = true; /* widened away, or never tested on this path */
        return;
    }
    uint64_t released = 0;
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < 64; i++) {
        const mc_res *r = mc_st_res_c(st, param_res(an, i));
        if (r && r->status == MC_RS_RELEASED)
            released |= 1ULL << i;
    }
    an->guard_released = an->guard_exits ? an->guard_released & released : released;
    an->guard_deref = an->guard_exits ? an->guard_deref & deref : deref;
    an->guard_exits++;
}

static void summarize_params(mc_analysis *an, const mc_state *st)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    uint64_t deref = 0;
    for (int i = 0; i < n && i < 64; i++) {
        summarize_pointee(an, st, i);
        const mc_res *r = mc_st_res_c(st, param_res(an, i));
        if (!r) {
            summarize_int_param(an, st, i);
            continue;
        }
        if (st->pderef & (1ULL << i))
            deref |= 1ULL << i;
        if (r->nullness == MC_NN_FAILED)
            continue;
        if (r->status == MC_RS_RELEASED)
            an->p_released[i] = 1;
        else if (r->status == MC_RS_ESCAPED || r->stored || r->taken)
            an->p_escaped[i] = 1;
        else
            an->p_live[i] = 1;
    }
    an->p_deref_all = an->exits == 0 ? (int64_t)deref : (an->p_deref_all & (int64_t)deref);
    summarize_guard(an, st, deref);
    an->pp_nonnull_all = an->exits == 0 ? st->ppderef_unchecked : (an->pp_nonnull_all & st->ppderef_unchecked);
}

/* Does every exit return a static object, a string literal or stack memory? */
static void note_ret_nonheap(mc_analysis *an, const mc_res *r, bool null)
{
    if (null) {
        an->ret_nonheap_null = true;
        return;
    }
    bool nonheap = r && !r->owned && (r->origin == MC_ORIG_STATIC || r->origin == MC_ORIG_STRLIT ||
                                      r->origin == MC_ORIG_STACK || r->origin == MC_ORIG_ALLOCA);
    if (!nonheap)
        an->ret_nonheap = -1;
    else if (an->ret_nonheap == 0)
        an->ret_nonheap = r->origin;
    else if (an->ret_nonheap != r->origin)
        an->ret_nonheap = -1;
}

/* On a path returning NULL (or maybe something else): what each int *out
 * parameter holds there, in seen/bad/val. */
static void note_outs(mc_analysis *an, const mc_state *st, uint64_t *seen, uint64_t *bad, int64_t *val)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < 64; i++) {
        const mc_type *t = &an->f->vars[i].type;
        if (t->kind != MC_TY_PTR || t->ptr_depth != 1 || t->pointee_kind != MC_TY_INT || t->pointee_const)
            continue;
        mc_val v = mc_st_get(st, deref_place(an, param_res(an, i), *t));
        uint64_t bit = 1ULL << i;
        if (!mc_val_exact(&v) || ((*seen & bit) && val[i] != v.lo))
            *bad |= bit;
        *seen |= bit;
        val[i] = v.lo;
    }
}

/* On a path that may return NULL: what each integer parameter is known to be
 * (a flag such as `try` that decides whether failure is returned or fatal). */
static void note_null_flags(mc_analysis *an, const mc_state *st)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < 64; i++) {
        int k = an->f->vars[i].type.kind;
        if (k != MC_TY_INT && k != MC_TY_BOOL)
            continue;
        mc_val v = mc_st_get(st, var_place(an, i));
        uint64_t bit = 1ULL << i;
        if (mc_val_exact(&v) && v.lo == 0)
            an->null_flag_zero |= bit;
        else if (v.kind == V_INT && (v.lo > 0 || v.hi < 0 || (v.flags & VF_NONZERO)))
            an->null_flag_nonzero |= bit;
        else
            an->null_flag_other |= bit;
    }
}

/* On an exit: which side of zero each integer or pointer parameter is known on. */
static void note_param_sides(mc_analysis *an, const mc_state *st, mc_sides *sides)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < 64; i++) {
        int k = an->f->vars[i].type.kind;
        int side = k == MC_TY_INT || k == MC_TY_BOOL || k == MC_TY_PTR ? value_side(st, mc_st_get(st, var_place(an, i)))
                                                                      : SIDE_UNKNOWN;
        uint64_t bit = 1ULL << i;
        if (side == SIDE_ZERO)
            sides->zero |= bit;
        else if (side == SIDE_NONZERO)
            sides->nonzero |= bit;
        else
            sides->other |= bit;
    }
}

/* A predicate of a parameter that st knows the answer of: the first such. */
static bool known_predicate(mc_analysis *an, const mc_state *st, int *param, const mc_symbol **pred)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < st->vals.n; i++) {
        const mc_place *p = &an->places.v[st->vals.v[i].place];
        for (int k = 0; p->pred && k < n && k < 64; k++)
            if (an->places.v[p->parent].res == param_res(an, k)) {
                *param = k;
                *pred = p->pred;
                return true;
            }
    }
    return false;
}

/* On an owned or a lent exit: what one predicate of one parameter is known to
 * say (the first exit picks which). */
static void note_predicate_sides(mc_analysis *an, const mc_state *st, bool owned)
{
    mc_pred_sides *ps = &an->pred_sides;
    if (ps->state == 0)
        ps->state = known_predicate(an, st, &ps->param, &ps->pred) ? 1 : 2;
    if (ps->state != 1)
        return;
    int pl = predicate_of(an, ps->pred, param_res(an, ps->param), an->f->vars[ps->param].type);
    int side = value_side(st, mc_st_get(st, pl));
    unsigned bit = side == SIDE_ZERO ? 1 : side == SIDE_NONZERO ? 2 : 4;
    if (owned)
        ps->owned |= bit;
    else
        ps->lent |= bit;
}

/* The parameter that alone decides whether what comes back is the caller's: on
 * one side of zero on every exit returning what is, on the other on every exit
 * returning what is not (`if (!name) return stdout; return fopen(name, "w");`). */
static void summarize_owned_param(mc_analysis *an, mc_summary *sum)
{
    sum->owned_param = -1;
    if (!sum->returns_owned || !an->lent_exits)
        return;
    const mc_sides *o = &an->owned_sides, *l = &an->lent_sides;
    uint64_t if_zero = o->zero & ~o->nonzero & ~o->other & l->nonzero & ~l->zero & ~l->other;
    uint64_t if_nonzero = o->nonzero & ~o->zero & ~o->other & l->zero & ~l->nonzero & ~l->other;
    uint64_t either = (if_zero | if_nonzero) & ~an->params_assigned;
    for (int i = 0; i < 64 && either; i++)
        if (either & (1ULL << i)) {
            sum->owned_param = (int16_t)i;
            sum->owned_if_nonzero = (if_nonzero >> i) & 1;
            return;
        }
    /* or a predicate of one: `is_stdout(name) ? stdout : fopen(name, "w")` */
    const mc_pred_sides *ps = &an->pred_sides;
    bool one_way = (ps->owned == 1 || ps->owned == 2) && (ps->lent == 1 || ps->lent == 2);
    if (ps->state == 1 && one_way && ps->owned != ps->lent && !(an->params_assigned >> ps->param & 1)) {
        sum->owned_param = (int16_t)ps->param;
        sum->owned_pred = ps->pred;
        sum->owned_if_nonzero = ps->owned == 2;
    }
}

/* The parameter whose value alone decides whether NULL can come back: known
 * on every such path, always the same way, and never assigned. */
static void summarize_null_out(mc_analysis *an, mc_summary *sum)
{
    sum->null_out_param = sum->ok_out_param = -1;
    uint64_t ok = an->null_out_seen & ~an->null_out_bad;
    for (int i = 0; i < 64 && ok && sum->may_return_null; i++)
        if (ok & (1ULL << i)) {
            sum->null_out_param = (int16_t)i;
            sum->null_out_value = an->null_out_val[i];
            return;
        }
    /* every exit that may return non-NULL leaves the same constant in *param, and
       some NULL exit another one (err = 1): the caller testing it knows */
    uint64_t told = an->ok_out_seen & ~an->ok_out_bad & an->null_out_seen & ~an->params_assigned;
    for (int i = 0; i < 64 && told && sum->may_return_null; i++)
        if ((told & (1ULL << i)) && (an->null_out_bad & (1ULL << i) || an->null_out_val[i] != an->ok_out_val[i])) {
            sum->ok_out_param = (int16_t)i;
            sum->ok_out_value = an->ok_out_val[i];
            return;
        }
}

static void summarize_null_flag(mc_analysis *an, mc_summary *sum)
{
    sum->null_param = -1;
    if (!sum->may_return_null)
        return;
    uint64_t zero = an->null_flag_zero & ~an->null_flag_nonzero & ~an->null_flag_other;
    uint64_t nonzero = an->null_flag_nonzero & ~an->null_flag_zero & ~an->null_flag_other;
    for (int i = 0; i < 64 && (zero | nonzero); i++) {
        uint64_t bit = 1ULL << i;
        if (!((zero | nonzero) & bit) || (an->params_assigned & bit))
            continue;
        sum->null_param = (int16_t)i;
        sum->null_if_nonzero = (nonzero & bit) != 0;
        return;
    }
}

/* Parameters released on a path returning NULL: a function that does so (frees
 * the block when the size is too big) is not a reallocator, whose failure
 * leaves the block to its caller. */
static void note_released_params(mc_analysis *an, const mc_state *st)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < 64; i++) {
        const mc_res *p = mc_st_res_c(st, param_res(an, i));
        if (p && p->status == MC_RS_RELEASED)
            an->released_on_null |= 1ULL << i;
    }
}

/* An owned result that replaces parameter i's block (realloc(p, n) returned):
 * the function reallocates i, if every such exit says the same. */
static void note_realloc_param(mc_analysis *an, const mc_res *r)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    int param = -1;
    for (int i = 0; i < n && r->realloc_old >= 0; i++)
        if (param_res(an, i) == r->realloc_old)
            param = i;
    if (param < 0)
        return;
    an->realloc_param = an->realloc_param == -1 || an->realloc_param == param ? param : -2;
}

static void summarize_return(mc_analysis *an, const mc_state *st)
{
    if (!st->has_ret)
        return;
    const mc_val *v = &st->ret;
    const mc_res *r = v->kind == V_RES ? st->ret_res : NULL;
    /* a pointer into something already handed off (a vector's element) is not ours to give */
    bool owned = r && r->owned && r->nullness != MC_NN_FAILED && r->status == MC_RS_LIVE;
    if (r && r->fails && !an->ret_fails)
        an->ret_fails = r->fails; /* how what it hands out fails: NULL, -1, MAP_FAILED */
    if (r && r->owned && r->origin == MC_ORIG_ALLOC && r->status == MC_RS_ESCAPED && r->linked &&
        r->nullness != MC_NN_FAILED)
        an->ret_linked = true; /* node_new(parent) links the node into parent and returns it */
    if (owned) {
        an->ret_owned = true;
        note_realloc_param(an, r);
        if (an->ret_family < 0)
            an->ret_family = r->family;
        if (r->nullness == MC_NN_UNCHECKED && r->may_fail)
            an->ret_null = true;
    }
    /* an int function that returns a descriptor on some paths and an error code
       on others fails the way open() does */
    if (!r && an->f->sym && an->f->sym->ret.kind == MC_TY_INT)
        an->ret_int_other = true;
    bool null = v->kind == V_NULL || (r && r->nullness == MC_NN_FAILED);
    if (null)
        an->ret_null = true;
    if (null)
        note_released_params(an, st);
    if (null || (owned && r->nullness == MC_NN_UNCHECKED && r->may_fail))
        note_null_flags(an, st);
    if (null)
        note_outs(an, st, &an->null_out_seen, &an->null_out_bad, an->null_out_val);
    else if (owned && r->nullness == MC_NN_UNCHECKED && r->may_fail)
        an->null_out_bad = ~0ULL; /* NULL passed up from a callee: *out not known there */
    if (!null)
        note_outs(an, st, &an->ok_out_seen, &an->ok_out_bad, an->ok_out_val);
    note_ret_nonheap(an, r, null);
    if (owned) {
        note_param_sides(an, st, &an->owned_sides);
        note_predicate_sides(an, st, true);
    } else if (!null && r && !r->owned && r->status == MC_RS_LIVE) {
        note_param_sides(an, st, &an->lent_sides);
        note_predicate_sides(an, st, false);
        an->lent_exits = true;
    }
    if (null || !r || r->nullness == MC_NN_UNCHECKED)
        an->ret_all_nonnull = false;
    if (mc_val_exact(v) || v->kind == V_NULL) { /* NULL counts as the constant 0 */
        int64_t c = v->kind == V_NULL ? 0 : v->lo;
        if (!an->ret_const_seen)
            an->ret_const = c;
        else if (an->ret_const != c)
            an->ret_const_same = false;
        an->ret_const_seen = true;
    } else {
        an->ret_const_same = false;
    }
}

/* Does the return value tell whether pointer parameter i is NULL (valid(p):
 * `return p != NULL;`, or `if (!p) return 0; return 1;`)? Every exit must agree,
 * and some exit must see each side. */
enum { RT_NONNULL = 1, RT_NULL = 2, RT_SEEN_OK = 4, RT_SEEN_FAILED = 8 };

static void summarize_ret_test(mc_analysis *an, const mc_state *st)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n; i++) {
        const mc_res *r = an->f->vars[i].type.kind == MC_TY_PTR ? mc_st_res_c(st, param_res(an, i)) : NULL;
        const mc_val *v = &st->ret;
        int bits = 0;
        if (!r || !st->has_ret)
            bits = 0;
        else if ((v->flags & VF_TESTS) && v->res == param_res(an, i))
            bits = ((v->flags & VF_TEST_NONNULL) ? RT_NONNULL : RT_NULL) | RT_SEEN_OK | RT_SEEN_FAILED;
        else if (mc_val_exact(v) && r->nullness != MC_NN_UNCHECKED && r->status == MC_RS_LIVE)
            bits = ((r->nullness == MC_NN_OK) == (v->lo != 0) ? RT_NONNULL : RT_NULL) |
                   (r->nullness == MC_NN_OK ? RT_SEEN_OK : RT_SEEN_FAILED);
        an->p_ret_test[i] = (uint8_t)((an->p_ret_test[i] & bits & 3) | ((an->p_ret_test[i] | bits) & 12));
    }
}

static void exit_path(mc_analysis *an, mc_state *st, const mc_block *b)
{
    for (int i = 0; i < st->res.n; i++)
        if (st->res.v[i].r.null_check && st->res.v[i].r.nullness == MC_NN_UNCHECKED)
            flush_null_check(an, st, st->res.v[i].id);
    for (int v = an->f->nvars - 1; v >= 0; v--)
        run_cleanup(an, st, v, b->term_loc);
    mc_event ev = event(MC_EV_EXIT, st, b->cond, b->term_loc, -1);
    raise_event(an, &ev);
    summarize_params(an, st);
    summarize_globals(an, st);
    summarize_return(an, st);
    summarize_ret_test(an, st);
    an->exits++;
    an->fell_off |= b->term_loc.line == an->f->end_loc.line && b->term_loc.col == an->f->end_loc.col;
    exit_leaks(an, st, b->term_loc, b->cond);
}

/* ---- the fields a function writes through its pointer parameters ---- */

/* The pointer parameter e is, casts aside, or -1. */
static int param_var(const mc_func *f, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (!e || e->kind != MC_EX_VAR || e->var >= f->nvars)
        return -1;
    const mc_var *v = &f->vars[e->var];
    return v->is_param && v->type.kind == MC_TY_PTR ? e->var : -1;
}

static void add_field(mc_fieldset *fs, const char *name)
{
    if (fs->all)
        return;
    if (!name) {
        fs->all = true;
        return;
    }
    for (int k = 0; k < fs->n; k++)
        if (strcmp(fs->names[k], name) == 0)
            return;
    fs->names = mc_xrealloc(fs->names, (size_t)(fs->n + 1) * sizeof *fs->names);
    fs->names[fs->n++] = mc_xstrdup(name);
}

/* The parameter whose own field place w is (p->f, p->f.g, p->arr[k]), with
 * that field; -1 for anything else (p->next->v is another object's). */
static int field_of_param(const mc_func *f, const mc_expr *w, const char **field)
{
    for (w = mc_expr_strip(w); w; w = mc_expr_strip(w->kids[0])) {
        if (w->kind == MC_EX_MEMBER && w->arrow) {
            *field = w->name;
            return param_var(f, w->kids[0]);
        }
        bool inside = (w->kind == MC_EX_MEMBER && w->nkids == 1) ||
                      (w->kind == MC_EX_INDEX && w->nkids == 2 && w->kids[0]->type.kind == MC_TY_ARRAY);
        if (!inside)
            return -1;
    }
    return -1;
}

typedef struct fields_scan {
    mc_analysis *an;
    mc_summary *sum;
} fields_scan;

static void all_fields(fields_scan *fs, int p)
{
    if (p >= 0 && p < fs->sum->nparams)
        fs->sum->param_fields[p].all = true;
}

/* p passed to a call: the callee's fields, or all of them where it has none. */
static void fields_of_call_arg(fields_scan *fs, const mc_expr *call, int arg, int p)
{
    const mc_symbol *s = call->sym;
    if (param_is_const_ptr(s, arg))
        return;
    const mc_summary *g = summary_of(fs->an, s);
    if (!g || arg >= g->nparams || g->param_fields[arg].all) {
        all_fields(fs, p);
        return;
    }
    for (int k = 0; k < g->param_fields[arg].n; k++)
        add_field(&fs->sum->param_fields[p], g->param_fields[arg].names[k]);
}

/* Where a parameter can stand without its fields being written behind our back:
 * the base of p->f, a call's argument (looked at on its own), a comparison or
 * a truth test. */
static bool harmless_use(const mc_expr *parent, int kid)
{
    switch (parent->kind) {
    case MC_EX_MEMBER: return parent->arrow && kid == 0;
    case MC_EX_CALL: return kid > 0;
    case MC_EX_UNARY: return parent->op == MC_UN_NOT;
    case MC_EX_BINARY:
        return mc_binop_is_compare((mc_binop)parent->op) || parent->op == MC_BIN_LAND || parent->op == MC_BIN_LOR;
    default: return false;
    }
}

static void scan_fields(fields_scan *fs, const mc_expr *e)
{
    if (!e)
        return;
    const mc_func *f = fs->an->f;
    const mc_expr *w = mc_expr_written(e);
    const char *field = NULL;
    int wp = w ? field_of_param(f, w, &field) : -1;
    if (wp >= 0)
        add_field(&fs->sum->param_fields[wp], field);
    for (int i = 0; i < e->nkids; i++) {
        int p = param_var(f, e->kids[i]);
        int ap = e->kind == MC_EX_CALL && i > 0 && p < 0 && mc_expr_strip(e->kids[i])->type.kind == MC_TY_ARRAY
                     ? field_of_param(f, e->kids[i], &field)
                     : -1;
        if (ap >= 0 && !param_is_const_ptr(e->sym, i - 1))
            add_field(&fs->sum->param_fields[ap], field); /* strcpy(p->name, s) fills the array */
        if (p < 0) {
            scan_fields(fs, e->kids[i]);
            continue;
        }
        if (!harmless_use(e, i))
            all_fields(fs, p);
        else if (e->kind == MC_EX_CALL)
            fields_of_call_arg(fs, e, i - 1, p);
    }
}

/* A parameter stored, returned, copied or reassigned may be written through
 * anywhere: all its fields. */
static void scan_root_fields(fields_scan *fs, const mc_expr *e, bool value_kept)
{
    int p = param_var(fs->an->f, e);
    if (p >= 0 && value_kept)
        all_fields(fs, p);
    else if (p < 0)
        scan_fields(fs, e);
}

static void summarize_fields(mc_analysis *an, mc_summary *sum)
{
    const mc_func *f = an->f;
    fields_scan fs = {an, sum};
    for (int i = 0; i < sum->nparams; i++)
        sum->param_fields[i].all = !sum->analysed || i >= 64 || (an->params_assigned >> i & 1);
    for (int b = 0; b < f->nblocks; b++) {
        const mc_block *bl = &f->blocks[b];
        for (int i = 0; i < bl->nstmts; i++)
            if (bl->stmts[i].e)
                scan_root_fields(&fs, bl->stmts[i].e, bl->stmts[i].kind != MC_ST_EXPR);
        if (bl->cond)
            scan_root_fields(&fs, bl->cond, bl->term == MC_TERM_RETURN);
    }
}

/* `job->args[i] = va_arg(ap, void *)`: a variadic argument stored where it
 * outlives the call (anywhere but a local variable). */
static bool stores_va_arg(const mc_expr *e, const void *ctx)
{
    const mc_func *f = ctx;
    if (e->kind != MC_EX_BINARY || e->op != MC_BIN_ASSIGN || e->nkids < 2)
        return false;
    const mc_expr *lhs = mc_expr_strip(e->kids[0]), *rhs = mc_expr_strip(e->kids[1]);
    if (rhs->kind != MC_EX_OTHER || !rhs->name || strcmp(rhs->name, "va_arg") != 0 || rhs->type.kind != MC_TY_PTR)
        return false;
    return lhs->kind != MC_EX_VAR || f->vars[lhs->var].is_static;
}

static bool root_stores_va_arg(const mc_expr *e, const void *ctx)
{
    return mc_expr_any(e, stores_va_arg, ctx);
}

static void write_summary(mc_analysis *an, mc_summary *sum)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    sum->ndeferred = an->deferred.n;
    sum->deferred = an->deferred.v;
    an->deferred.v = NULL;
    an->deferred.n = an->deferred.cap = 0;
    sum->analysed = !an->over_budget && !an->f->lowering_incomplete;
    /* what the declarations promise speaks for the body, also to callers in
       other shards, which may not see the definition's attributes */
    const mc_symbol *self = an->f->sym;
    sum->noreturn = (sum->analysed && an->exits == 0) || (self && self->attr_noreturn);
    /* fail() { if (failed) return; ...; longjmp(bail, 1); }: it returns early only,
       its end does not come; a function that may assert on a side path does */
    sum->may_not_return = sum->analysed && an->exits > 0 && an->dead_end && !an->fell_off && an->f->sym &&
                          an->f->sym->ret.kind == MC_TY_VOID;
    sum->returns_owned = an->ret_owned;
    sum->returns_linked = an->ret_owned && an->ret_linked;
    sum->may_return_null = (an->ret_null || (an->ret_owned && an->ret_int_other)) && !declared_nonnull(self);
    if (an->ret_owned && an->ret_int_other)
        an->ret_fails = MC_FAIL_NEGATIVE;
    summarize_null_flag(an, sum);
    summarize_owned_param(an, sum);
    sum->keeps_variadic = an->f->sym && an->f->sym->variadic && mc_func_any_root(an->f, root_stores_va_arg, an->f);
    summarize_null_out(an, sum);
    bool realloc_ok = an->realloc_param >= 0 && an->realloc_param < 64 && !(an->released_on_null >> an->realloc_param & 1);
    sum->realloc_param = (int16_t)(realloc_ok ? an->realloc_param : -1);
    sum->returns_nonnull = an->exits > 0 && an->ret_all_nonnull;
    sum->ret_family = (int16_t)an->ret_family;
    sum->ret_fails = (uint8_t)(an->ret_fails ? an->ret_fails : MC_FAIL_NULL);
    sum->returns_const = an->exits > 0 && an->ret_const_seen && an->ret_const_same;
    sum->const_value = an->ret_const;
    sum->ret_tests = -1;
    /* the flag as the caller set it: not one this function (or its callees) may change */
    const mc_global *guard = an->guard_pl >= 0 ? an->places.v[an->guard_pl].global : NULL;
    bool guard_written = an->gwrites_any || (an->gwrites_extern && guard && !guard->is_static);
    for (int i = 0; guard && i < an->gwrites.n; i++)
        guard_written |= an->gwrites.v[i] == guard;
    if (an->guard_pl >= 0 && an->guard_exits > 0 && !an->guard_lost && !guard_written) {
        sum->guard = an->places.v[an->guard_pl].global;
        sum->released_if_guard = an->guard_released;
        sum->deref_if_guard = an->guard_deref;
    }
    sum->ret_nonheap = an->exits > 0 && an->ret_nonheap > 0 && an->f->sym && an->f->sym->ret.kind == MC_TY_PTR
                           ? (uint8_t)an->ret_nonheap : 0;
    /* with paths dropped at a bound, every exit seen is not every path */
    sum->pointee_nonnull = an->exits == 0 ? 0 : an->pp_nonnull_all & (an->states_dropped ? an->pp_deref_every : ~0ULL);
    for (int i = 0; i < n && i < 64; i++) {
        if (an->f->vars[i].type.kind == MC_TY_RECORD && !(an->p_struct_kept & (1ULL << i)))
            sum->struct_borrowed |= 1ULL << i;
        if (an->f->vars[i].type.kind == MC_TY_PTR && !(an->p_elems_kept & (1ULL << i)) && an->exits > 0)
            sum->elems_borrowed |= 1ULL << i;
    }
    for (int i = 0; i < n && sum->ret_tests < 0 && an->exits > 0; i++) {
        uint8_t t = an->p_ret_test[i];
        if ((t & 3) && (t & 3) != 3 && (t & 12) == 12) {
            sum->ret_tests = (int16_t)i;
            sum->ret_tests_null = (t & RT_NULL) != 0;
        }
    }
    mc_summary_init_params(sum, n);
    summarize_fields(an, sum);
    for (int i = 0; i < n; i++) {
        int kinds = an->p_released[i] + an->p_escaped[i] + an->p_live[i];
        sum->param_effect[i] = kinds > 1 ? MC_PARAM_MAYBE
                               : an->p_released[i] ? MC_PARAM_RELEASES
                               : an->p_escaped[i] ? MC_PARAM_TAKES
                                                  : MC_PARAM_BORROWS;
        if (an->f->vars[i].type.kind != MC_TY_PTR && an->f->vars[i].type.kind != MC_TY_INT)
            sum->param_effect[i] = MC_PARAM_BORROWS;
        sum->param_deref[i] = i < 64 && an->exits > 0 && (an->p_deref_all & (1LL << i)) &&
                              (!an->states_dropped || (an->p_deref_every >> i & 1));
        int seen = an->pp_released[i] + an->pp_escaped[i] + an->pp_live[i];
        /* *val = &f->upvalue[n]: a value the paths do not follow is still a write */
        bool written = an->pp_written[i] || (i < 64 && !an->pp_released[i] && !an->pp_escaped[i] &&
                                             !(an->params_assigned >> i & 1) && (an->pointees_assigned >> i & 1));
        sum->pointee_effect[i] = written || !seen ? MC_PARAM_UNKNOWN
                                 : seen > 1           ? MC_PARAM_MAYBE
                                 : an->pp_released[i] ? MC_PARAM_RELEASES
                                 : an->pp_escaped[i]  ? MC_PARAM_TAKES
                                                      : MC_PARAM_BORROWS;
        /* a void * is taken for a T ** only when it frees what it points to, or
           dereferences it and only reads it */
        bool as_handle = sum->pointee_effect[i] == MC_PARAM_RELEASES ||
                         (sum->pointee_effect[i] == MC_PARAM_BORROWS && an->pp_deref[i]);
        if (an->f->vars[i].type.ptr_depth < 2 && !as_handle)
            sum->pointee_effect[i] = MC_PARAM_UNKNOWN;
        sum->pointee_deref[i] = an->pp_deref[i] || (i < 64 && (an->pp_passed & (1ULL << i)));
        sum->pointee_after[i] = an->pp_after[i] == 2 ? MC_AFTER_NULL : an->pp_after[i] > 1 ? MC_AFTER_UNKNOWN
                                                                                          : MC_AFTER_DANGLING;
        sum->param_family[i] = an->p_rel_family[i] >= 0 ? an->p_rel_family[i] : -1;
        sum->pointee_family[i] = an->pp_rel_family[i] >= 0 ? an->pp_rel_family[i] : -1;
    }
    sum->writes_any_global = an->gwrites_any;
    sum->writes_extern_globals = an->gwrites_extern;
    sum->nglobal_writes = an->gwrites.n;
    sum->global_writes = mc_xcalloc((size_t)an->gwrites.n + 1, sizeof *sum->global_writes);
    for (int i = 0; i < an->gwrites.n; i++)
        sum->global_writes[i] = an->gwrites.v[i];
    sum->entries = mc_xcalloc((size_t)an->entries_seen.n + 1, sizeof *sum->entries);
    for (int i = 0; i < an->entries_seen.n; i++) {
        const mc_entry_seen *g = &an->entries_seen.v[i];
        bool releases = an->exits > 0 && g->released_exits == an->exits;
        bool nonnull = an->exits > 0 && g->nonnull_exits == an->exits;
        if (releases || g->derefed || g->global)
            sum->entries[sum->nentries++] =
                (mc_entry_effect){g->global, g->param, g->field, g->ref, releases, g->derefed, nonnull, g->kept,
                                  g->family >= 0 ? g->family : -1};
    }
}

/* ---- the walk ---- */

typedef struct work {
    int block;
    mc_state *st;
} work;

typedef MC_VEC(mc_pv) pvs;

typedef struct walk {
    MC_VEC(work) todo;
    MC_VEC(uint64_t) *seen;    /* per block: hashes of the states that entered it */
    pvs *agree;                /* per block where paths meet: the integers every state
                                  that entered it held alike (widening keeps them) */
    int *preds;                /* per block: number of predecessors */
    int **loop_vars;           /* per loop head, once needed: loop_written_vars() */
    int words;                 /* 64-bit words of a set of variables */
    uint64_t *live;            /* per block: the variables live on entry */
    uint64_t *pinned;          /* variables always live */
    uint64_t *guards;          /* integer variables tested together with a pointer or
                                  descriptor (`if (!use_stdin && file)`): kept by widening */
} walk;

/* ---- liveness: what a dead variable held cannot tell paths apart ---- */

static void set_bit(uint64_t *set, int i) { set[i / 64] |= 1ULL << (i % 64); }
static bool has_bit(const uint64_t *set, int i) { return (set[i / 64] >> (i % 64)) & 1; }

/* 64-bit words of a set of f's variables. */
static int var_words(const mc_func *f) { return (f->nvars + 63) / 64 + 1; }

/* The variables e assigns in set and, when pointees is not NULL, those whose
 * pointee it assigns (*out = x, out[0] = x). */
static void note_assigned(const mc_expr *e, uint64_t *set, uint64_t *pointees)
{
    if (!e)
        return;
    const mc_expr *k = mc_expr_written(e);
    if (k && k->kind == MC_EX_VAR && k->var >= 0)
        set_bit(set, k->var);
    const mc_expr *base = k && ((k->kind == MC_EX_UNARY && k->op == MC_UN_DEREF) || k->kind == MC_EX_INDEX)
                              ? mc_expr_strip(k->kids[0]) : NULL;
    if (pointees && base && base->kind == MC_EX_VAR && base->var >= 0)
        set_bit(pointees, base->var);
    for (int i = 0; i < e->nkids; i++)
        note_assigned(e->kids[i], set, pointees);
}

/* The successors of a block: succ[0], then succ[1] of a branch or the cases of a
 * switch; a successor may be -1. */
static int succ_count(const mc_block *b)
{
    switch (b->term) {
    case MC_TERM_GOTO: return 1;
    case MC_TERM_BRANCH: return 2;
    case MC_TERM_SWITCH: return 1 + b->ncases;
    default: return 0;
    }
}

static int succ_at(const mc_block *b, int i)
{
    return i == 0 ? b->succ[0] : b->term == MC_TERM_BRANCH ? b->succ[1] : b->cases[i - 1].succ;
}

/* Predecessors per block, the entry counting as one of block 0's. */
static int *count_preds(const mc_func *f)
{
    int *preds = mc_xcalloc((size_t)f->nblocks + 1, sizeof *preds);
    preds[0] = 1; /* the entry */
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < succ_count(&f->blocks[b]); i++)
            if (succ_at(&f->blocks[b], i) >= 0)
                preds[succ_at(&f->blocks[b], i)]++;
    return preds;
}

/* ---- dominance: the blocks every path to the exit runs ---- */

static int dom_intersect(const int *idom, const int *po, int a, int b)
{
    while (a != b) {
        while (po[a] < po[b])
            a = idom[a];
        while (po[b] < po[a])
            b = idom[b];
    }
    return a;
}

/* Postorder numbers (po[b], -1 when unreachable) and blocks in reverse postorder. */
static int number_blocks(const mc_func *f, int *po, int *rpo)
{
    int n = f->nblocks, count = 0, top = 0;
    int *stack = mc_xmalloc((size_t)(n + 1) * sizeof *stack), *next = mc_xcalloc((size_t)n + 1, sizeof *next);
    for (int b = 0; b < n; b++)
        po[b] = -2; /* unseen */
    stack[top++] = 0;
    po[0] = -1;
    while (top) {
        int b = stack[top - 1];
        if (next[b] < succ_count(&f->blocks[b])) {
            int s = succ_at(&f->blocks[b], next[b]++);
            if (s >= 0 && po[s] == -2) {
                po[s] = -1;
                stack[top++] = s;
            }
            continue;
        }
        po[b] = count++;
        top--;
    }
    for (int b = 0; b < n; b++) {
        if (po[b] == -2)
            po[b] = -1;
        if (po[b] >= 0)
            rpo[count - 1 - po[b]] = b;
    }
    free(stack);
    free(next);
    return count;
}

/* The blocks that dominate every return: what happens there happens on every
 * path that returns (Cooper, Harvey and Kennedy's iteration). */
static bool *blocks_on_every_path(const mc_func *f)
{
    int n = f->nblocks;
    bool *every = mc_xcalloc((size_t)n + 1, 1);
    if (n == 0)
        return every;
    int *po = mc_xmalloc((size_t)n * sizeof *po), *rpo = mc_xmalloc((size_t)n * sizeof *rpo);
    int *idom = mc_xmalloc((size_t)n * sizeof *idom);
    int count = number_blocks(f, po, rpo);
    /* predecessors, as blocks keep only their successors: first[b]..first[b+1] in pred */
    int *npreds = count_preds(f), *first = mc_xcalloc((size_t)n + 2, sizeof *first);
    npreds[0]--; /* the entry is no edge */
    for (int b = 0; b < n; b++)
        first[b + 1] = first[b] + npreds[b];
    free(npreds);
    int *pred = mc_xmalloc((size_t)(first[n] + 1) * sizeof *pred), *fill = mc_xmalloc((size_t)(n + 1) * sizeof *fill);
    memcpy(fill, first, (size_t)n * sizeof *fill);
    for (int p = 0; p < n; p++)
        for (int i = 0; i < succ_count(&f->blocks[p]); i++)
            if (succ_at(&f->blocks[p], i) >= 0)
                pred[fill[succ_at(&f->blocks[p], i)]++] = p;
    for (int b = 0; b < n; b++)
        idom[b] = -1;
    idom[0] = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (int k = 1; k < count; k++) {
            int b = rpo[k], nd = -1;
            for (int e = first[b]; e < first[b + 1]; e++)
                if (idom[pred[e]] >= 0)
                    nd = nd < 0 ? pred[e] : dom_intersect(idom, po, pred[e], nd);
            if (nd >= 0 && idom[b] != nd) {
                idom[b] = nd;
                changed = true;
            }
        }
    }
    int exit_dom = -1;
    for (int b = 0; b < n; b++)
        if (po[b] >= 0 && f->blocks[b].term == MC_TERM_RETURN)
            exit_dom = exit_dom < 0 ? b : dom_intersect(idom, po, b, exit_dom);
    for (int b = exit_dom; b >= 0; b = b == 0 ? -1 : idom[b])
        every[b] = true;
    free(po);
    free(rpo);
    free(idom);
    free(first);
    free(pred);
    free(fill);
    return every;
}

/* Reads of variables in e, in evaluation order: a read counts only before the
 * block assigns the variable; a plain assignment kills. */
static void gen_kill(const mc_expr *e, uint64_t *gen, uint64_t *kill)
{
    if (!e)
        return;
    if (e->kind == MC_EX_BINARY && e->op == MC_BIN_ASSIGN && mc_expr_strip(e->kids[0])->kind == MC_EX_VAR) {
        gen_kill(e->kids[1], gen, kill);
        set_bit(kill, mc_expr_strip(e->kids[0])->var);
        return;
    }
    if (e->kind == MC_EX_VAR && !has_bit(kill, e->var))
        set_bit(gen, e->var);
    for (int i = 0; i < e->nkids; i++)
        gen_kill(e->kids[i], gen, kill);
}

static void pin_vars(const mc_expr *e, void *ctx)
{
    uint64_t *pinned = ctx;
    if (!e)
        return;
    if (e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR && mc_expr_strip(e->kids[0])->kind == MC_EX_VAR)
        set_bit(pinned, mc_expr_strip(e->kids[0])->var);
    for (int i = 0; i < e->nkids; i++)
        pin_vars(e->kids[i], pinned);
}

/* Parameters (summaries read them at exit), statics, cleanup variables,
 * aggregates and anything whose address is taken are always live. */
static void find_pinned(const mc_func *f, uint64_t *pinned)
{
    for (int v = 0; v < f->nvars; v++) {
        const mc_var *var = &f->vars[v];
        if (var->is_param || var->is_static || var->cleanup || var->type.kind == MC_TY_ARRAY ||
            var->type.kind == MC_TY_RECORD)
            set_bit(pinned, v);
    }
    mc_func_each_root(f, pin_vars, pinned);
}

/* The integer (into ints, unless NULL) and the pointer variables e reads, but
 * not inside calls. */
static void vars_read(const mc_func *f, const mc_expr *e, uint64_t *ints, bool *pointer)
{
    if (!e)
        return;
    if (e->kind == MC_EX_VAR && e->var >= 0 && e->var < f->nvars) {
        const mc_type *t = &f->vars[e->var].type;
        if (t->kind == MC_TY_PTR)
            *pointer = true;
        else if (ints && (t->kind == MC_TY_INT || t->kind == MC_TY_BOOL))
            set_bit(ints, e->var);
    }
    for (int i = e->kind == MC_EX_CALL ? 1 : 0; i < e->nkids; i++)
        vars_read(f, e->kids[i], ints, pointer);
}

/* Does block b test a pointer, or pass one to a call, before anything else? */
static bool touches_pointer(const mc_func *f, int b)
{
    if (b < 0 || b >= f->nblocks)
        return false;
    const mc_block *bl = &f->blocks[b];
    bool pointer = false;
    if (bl->nstmts)
        vars_read(f, bl->stmts[0].e, NULL, &pointer);
    else if (bl->term == MC_TERM_BRANCH)
        vars_read(f, bl->cond, NULL, &pointer);
    return pointer;
}

/* Flags tested next to a pointer: `if (!use_stdin && file) fclose(file);`,
 * `if (need_free) free(p);`. They say which paths hold what, so widening must
 * not forget them. */
static void find_guards(const mc_func *f, uint64_t *guards)
{
    int W = var_words(f);
    uint64_t *ints = mc_xcalloc((size_t)W, sizeof *ints);
    for (int b = 0; b < f->nblocks; b++) {
        const mc_block *bl = &f->blocks[b];
        if (bl->term != MC_TERM_BRANCH)
            continue;
        bool pointer = false;
        memset(ints, 0, (size_t)W * sizeof *ints);
        vars_read(f, bl->cond, ints, &pointer);
        if (!pointer && !touches_pointer(f, bl->succ[0]) && !touches_pointer(f, bl->succ[1]))
            continue;
        for (int i = 0; i < W; i++)
            guards[i] |= ints[i];
    }
    free(ints);
}

static void compute_liveness(const mc_func *f, walk *w)
{
    int W = w->words = var_words(f);
    size_t nb = (size_t)f->nblocks + 1;
    uint64_t *gen = mc_xcalloc(nb * (size_t)W, sizeof *gen), *kill = mc_xcalloc(nb * (size_t)W, sizeof *kill);
    w->live = mc_xcalloc(nb * (size_t)W, sizeof *w->live);
    w->pinned = mc_xcalloc((size_t)W, sizeof *w->pinned);
    find_pinned(f, w->pinned);
    w->guards = mc_xcalloc((size_t)W, sizeof *w->guards);
    find_guards(f, w->guards);
    for (int b = 0; b < f->nblocks; b++) {
        const mc_block *bl = &f->blocks[b];
        uint64_t *g = gen + (size_t)b * W, *k = kill + (size_t)b * W;
        for (int i = 0; i < bl->nstmts; i++) {
            gen_kill(bl->stmts[i].e, g, k);
            if (bl->stmts[i].kind == MC_ST_DECL && bl->stmts[i].var >= 0)
                set_bit(k, bl->stmts[i].var);
        }
        gen_kill(bl->cond, g, k);
    }
    uint64_t *out = mc_xmalloc((size_t)W * sizeof *out);
    for (bool changed = true; changed;) {
        changed = false;
        for (int b = f->nblocks - 1; b >= 0; b--) {
            const mc_block *bl = &f->blocks[b];
            memset(out, 0, (size_t)W * sizeof *out);
            for (int k = 0; k < succ_count(bl); k++)
                for (int j = 0, s = succ_at(bl, k); s >= 0 && j < W; j++)
                    out[j] |= w->live[(size_t)s * W + j];
            uint64_t *in = w->live + (size_t)b * W;
            for (int j = 0; j < W; j++) {
                uint64_t now = gen[(size_t)b * W + j] | (out[j] & ~kill[(size_t)b * W + j]);
                changed |= now != in[j];
                in[j] = now;
            }
        }
    }
    free(out);
    free(gen);
    free(kill);
}

/* Entering a block where paths meet: what the path knew of variables read no more
 * (but for the resources they hold) is forgotten. */
static void forget_dead(mc_analysis *an, const walk *w, int block, mc_state *st)
{
    const uint64_t *live = w->live + (size_t)block * w->words;
    for (int i = 0; i < st->vals.n; i++) {
        const mc_pv *pv = &st->vals.v[i];
        if (pv->v.kind == V_RES || (pv->v.kind == V_UNKNOWN && !pv->v.def && !pv->v.flags))
            continue;
        const mc_place *root = &an->places.v[place_root(an, pv->place)];
        if (root->kind == P_VAR && root->var >= 0 && root->var < an->f->nvars && !has_bit(live, root->var) &&
            !has_bit(w->pinned, root->var))
            mc_st_clear_at(st, i);
    }
}

/* The local variables a loop declares, assigns, counts or takes the address of,
 * ending in -1. */
static int *loop_written_vars(const mc_func *f, int head)
{
    const mc_block *h = &f->blocks[head];
    uint64_t *set = mc_xcalloc((size_t)var_words(f), sizeof *set);
    for (int b = head; b < h->loop_end && b < f->nblocks; b++) {
        const mc_block *bl = &f->blocks[b];
        if (b == h->loop_exit)
            continue;
        for (int i = 0; i < bl->nstmts; i++) {
            if (bl->stmts[i].kind == MC_ST_DECL && bl->stmts[i].var >= 0)
                set_bit(set, bl->stmts[i].var);
            note_assigned(bl->stmts[i].e, set, NULL);
        }
        note_assigned(bl->cond, set, NULL);
    }
    MC_VEC(int) out = {0};
    for (int v = 0; v < f->nvars; v++)
        if (has_bit(set, v))
            MC_VEC_PUSH(out, v);
    MC_VEC_PUSH(out, -1);
    free(set);
    return out.v;
}

static bool is_var(const mc_expr *e, const void *var)
{
    return e->kind == MC_EX_VAR && e->var == *(const int *)var;
}

static bool reads_var(const mc_expr *e, int var)
{
    return mc_expr_any(e, is_var, &var);
}

/* Widening for counting loops: what the path knew of the integers the loop
 * changes is forgotten (where each value came from stays), but for those its
 * condition reads, unless told to: while the condition can tell when the loop
 * ends, the rounds stay exact (for (i = 0; i < 1; i++) runs once). */
static void forget_loop_ints(mc_analysis *an, walk *w, int head, mc_state *st, bool counters)
{
    if (!w->loop_vars[head])
        w->loop_vars[head] = loop_written_vars(an->f, head);
    const mc_expr *cond = an->f->blocks[head].term == MC_TERM_BRANCH ? an->f->blocks[head].cond : NULL;
    for (const int *v = w->loop_vars[head]; *v >= 0; v++) {
        if (!counters && reads_var(cond, *v))
            continue;
        int pl = var_place(an, *v);
        mc_val x = mc_st_get(st, pl);
        if (x.kind == V_INT) {
            mc_val u = mc_val_unknown();
            u.def = x.def;
            if (capacity_known(&x) && stays_positive(an, *v)) /* a capacity: 0 until set, then set */
                u = capacity_value(x);
            mc_st_set(st, pl, u);
            forget_masks(an, st, pl);
        }
    }
}

static bool seen_before(const walk *w, int block, uint64_t h)
{
    for (int i = 0; i < w->seen[block].n; i++)
        if (w->seen[block].v[i] == h)
            return true;
    return false;
}

/* ---- loops that walk memory ---- */

/* A pointer read from memory we do not own: one node of a list is as good as the
 * next. */
static bool is_node(const mc_res *r)
{
    return r->origin == MC_ORIG_PLACE && !r->owned && !r->refs;
}

/* The value a global, a field of a struct parameter or an element of an array
 * parameter had on entry: summaries follow it, so it keeps its id. */
static bool is_entry_value(mc_analysis *an, int id)
{
    uintptr_t site = (uintptr_t)an->reskeys.v[id].site;
    if (!(site & 1))
        return true; /* not read from a place */
    int pl = (int)(site / 2), root = place_root(an, pl);
    const mc_place *p = &an->places.v[pl];
    if (root >= 0 && an->places.v[root].kind == P_GLOBAL)
        return true;
    if (struct_param_of(an, p) >= 0 || index_param_of(an, p) >= 0)
        return true;
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n; i++)
        if (pointee_res(an, i) == id)
            return true;
    return false;
}

/* The node a loop head gives the variable in place pl (never an entry value). */
static int loop_node(mc_analysis *an, int block, int pl)
{
    int id = res_id(an, &an->f->blocks[block], pl);
    an->reskeys.v[id].entry = 0;
    return id;
}

static bool entry_value(mc_analysis *an, int id)
{
    if (an->reskeys.v[id].entry < 0)
        an->reskeys.v[id].entry = is_entry_value(an, id);
    return an->reskeys.v[id].entry;
}

static bool held_by_other_res(const mc_state *st, int id)
{
    for (int i = 0; i < st->res.n; i++)
        if (st->res.v[i].r.realloc_old == id || st->res.v[i].r.took == id)
            return true;
    return false;
}

enum { LOOP_RENAMES = 16 };

typedef struct renames {
    int n, from[LOOP_RENAMES], to[LOOP_RENAMES];
    mc_res rec[LOOP_RENAMES];
} renames;

static int rename_index(const renames *m, int id)
{
    for (int k = 0; k < m->n; k++)
        if (m->from[k] == id)
            return k;
    return -1;
}

/* Each node a variable holds is to become the loop's node for the first variable
 * holding it. */
static void plan_renames(mc_analysis *an, const mc_state *st, int block, renames *m)
{
    m->n = 0;
    for (int i = 0; i < st->vals.n && m->n < LOOP_RENAMES; i++) {
        const mc_pv *pv = &st->vals.v[i];
        if (pv->v.kind != V_RES || an->places.v[pv->place].kind != P_VAR || rename_index(m, pv->v.res) >= 0)
            continue;
        const mc_res *r = mc_st_res_c(st, pv->v.res);
        if (!r || !is_node(r) || entry_value(an, pv->v.res) || held_by_other_res(st, pv->v.res))
            continue;
        int to = loop_node(an, block, pv->place);
        if (to == pv->v.res)
            continue; /* the loop's node already */
        m->from[m->n] = pv->v.res;
        m->to[m->n] = to;
        m->rec[m->n++] = *r;
    }
}

/* Resources that nothing holds and that no longer matter: addresses of objects
 * and pointers we do not own, untouched, and nodes read from memory, live or
 * released. Taken or read again, they are made anew. */
static bool droppable(mc_analysis *an, const mc_res *r, int id)
{
    switch (r->origin) {
    case MC_ORIG_STATIC:
    case MC_ORIG_STRLIT:
    case MC_ORIG_STACK:
    case MC_ORIG_CALL:
        return r->status == MC_RS_LIVE && !r->owned && !r->stored && !r->moved && !r->refs && !r->taken;
    case MC_ORIG_PLACE: return is_node(r) && !entry_value(an, id);
    default: return false;
    }
}

static void drop_unheld(mc_analysis *an, mc_state *st)
{
    int words = an->reskeys.n / 64 + 1;
    uint64_t stackbuf[16];
    uint64_t *held = words <= 16 ? stackbuf : mc_xmalloc((size_t)words * sizeof *held);
    memset(held, 0, (size_t)words * sizeof *held);
    for (int i = 0; i < st->vals.n; i++)
        if (st->vals.v[i].v.kind == V_RES && st->vals.v[i].v.res >= 0)
            set_bit(held, st->vals.v[i].v.res);
    if (st->ret.kind == V_RES && st->ret.res >= 0)
        set_bit(held, st->ret.res);
    for (int i = 0; i < st->res.n; i++) {
        if (st->res.v[i].r.realloc_old >= 0)
            set_bit(held, st->res.v[i].r.realloc_old);
        if (st->res.v[i].r.took >= 0)
            set_bit(held, st->res.v[i].r.took);
    }
    for (int i = st->res.n - 1; i >= 0; i--) {
        int id = st->res.v[i].id;
        if (!has_bit(held, id) && droppable(an, &st->res.v[i].r, id))
            mc_st_drop_res(st, id);
    }
    if (held != stackbuf)
        free(held);
}

static bool in_list(const int *v, int n, int x)
{
    for (int k = 0; k < n; k++)
        if (v[k] == x)
            return true;
    return false;
}

/* Widening for loops that walk memory (p = p->next): from the second arrival at a
 * loop head on, the nodes local variables hold are renamed to one per variable,
 * and what their fields held and what other places said of nodes is forgotten
 * (read again, such a place yields a node anew), so the walk reaches a fixpoint
 * in a few rounds instead of meeting a new node each time. The loop's node from
 * the round before, where a variable no longer holds it, goes. */
static void widen_loop(mc_analysis *an, mc_state *st, int block)
{
    for (int i = 0; i < st->vals.n; i++) {
        const mc_pv *pv = &st->vals.v[i];
        const mc_res *r = pv->v.kind == V_RES ? mc_st_res_c(st, pv->v.res) : NULL;
        if (r && an->places.v[pv->place].kind != P_VAR && is_node(r) && !entry_value(an, pv->v.res))
            mc_st_clear_at(st, i);
    }
    renames m;
    plan_renames(an, st, block, &m);
    int old[LOOP_RENAMES], nold = 0; /* targets already there, not renamed themselves */
    for (int k = 0; k < m.n; k++)
        if (mc_st_res_c(st, m.to[k]) && rename_index(&m, m.to[k]) < 0)
            old[nold++] = m.to[k];
    for (int i = 0; i < st->vals.n; i++) {
        const mc_pv *pv = &st->vals.v[i];
        const mc_place *root = &an->places.v[place_root(an, pv->place)];
        bool field = root->kind == P_DEREF && (rename_index(&m, root->res) >= 0 || in_list(old, nold, root->res));
        int k = pv->v.kind == V_RES ? rename_index(&m, pv->v.res) : -1;
        if (field || (pv->v.kind == V_RES && in_list(old, nold, pv->v.res))) {
            mc_st_clear_at(st, i);
        } else if (k >= 0) {
            mc_val v = pv->v;
            v.res = (int16_t)m.to[k];
            mc_st_set(st, pv->place, v);
        }
    }
    for (int k = 0; k < m.n; k++)
        mc_st_drop_res(st, m.from[k]);
    for (int k = 0; k < nold; k++)
        mc_st_drop_res(st, old[k]);
    for (int k = 0; k < m.n; k++)
        mc_st_add_res(st, m.to[k], &m.rec[k]);
}

/* The integers all the states entering block agree on: `int debug = 0`, a
 * flag set once. Past the bound they are kept, not forgotten with the others. */
static void note_agreement(walk *w, int block, const mc_state *st)
{
    pvs *a = &w->agree[block];
    if (w->seen[block].n == 0) {
        a->n = 0;
        for (int i = 0; i < st->vals.n; i++)
            if (st->vals.v[i].v.kind == V_INT)
                MC_VEC_PUSH(*a, st->vals.v[i]);
    } else {
        mc_st_agree_ints(st, a->v, &a->n);
    }
}

/* Past the bound, a block's states forget their integers, but for those all of
 * them agree on, the flags guarding pointers, and that a capacity once set is
 * still positive. */
static void widen_ints(mc_analysis *an, walk *w, int block, mc_state *st)
{
    mc_pv kept[16];
    int n = 0;
    for (int i = 0; i < st->vals.n && n < 16; i++) {
        const mc_pv *pv = &st->vals.v[i];
        if (pv->place < an->f->nvars && capacity_known(&pv->v) && stays_positive(an, pv->place))
            kept[n++] = (mc_pv){pv->place, capacity_value(pv->v)};
        else if (pv->v.kind == V_INT && is_predicate_place(an, pv->place, -1))
            kept[n++] = *pv; /* like a guard: it tells which paths hold what (is_stdout(name)) */
        else if (pv->v.kind == V_INT && pv->v.def && (pv->v.def->kind == MC_EX_VAR || pv->v.def->kind == MC_EX_MEMBER))
            kept[n++] = *pv; /* a copy's value (myfd = fd): which one a path opened; or the
                                field bound a counter stopped at (counter_at_bound) */
    }
    mc_st_forget_ints(st, w->agree[block].v, w->agree[block].n, w->guards, an->f->nvars);
    for (int i = 0; i < n; i++)
        if (mc_st_get(st, kept[i].place).kind == V_UNKNOWN)
            mc_st_set(st, kept[i].place, kept[i].v);
}

/* Only where paths meet can a state repeat: there states are deduplicated (by a
 * 64-bit hash of everything that matters) and, past a bound, widened. */
static void enqueue(mc_analysis *an, walk *w, int block, mc_state *st)
{
    if (st->dead || an->over_budget) {
        mc_st_free(st);
        return;
    }
    if (w->preds[block] > 1) {
        const mc_block *b = &an->f->blocks[block];
        forget_dead(an, w, block, st);
        if (b->is_loop_head && w->seen[block].n >= 1)
            widen_loop(an, st, block);
        if (b->is_loop_head && w->seen[block].n >= 2)
            forget_loop_ints(an, w, block, st, w->seen[block].n >= LOOP_EXACT_ROUNDS);
        drop_unheld(an, st);
        note_agreement(w, block, st);
        uint64_t h = mc_st_hash(st);
        if (seen_before(w, block, h)) {
            mc_st_free(st);
            return;
        }
        if (w->seen[block].n >= STATES_PER_BLOCK) {
            widen_ints(an, w, block, st);
            h = mc_st_hash(st);
            if (w->seen[block].n >= STATES_PER_BLOCK_MAX || seen_before(w, block, h)) {
                an->states_dropped |= w->seen[block].n >= STATES_PER_BLOCK_MAX && !seen_before(w, block, h);
                mc_st_free(st);
                return;
            }
        }
        MC_VEC_PUSH(w->seen[block], h);
    }
    MC_VEC_PUSH(w->todo, ((work){block, st}));
}

static void switch_edges(mc_analysis *an, walk *w, mc_state *st, const mc_block *b)
{
    int pl;
    const mc_type *type;
    mc_val v = operand(an, st, b->cond, &pl, &type);
    if (st->dead) {
        mc_st_free(st);
        return;
    }
    bool same;
    v = convert_int(v, type, &b->cond->type, &same); /* the value the cases are matched against */
    if (!same)
        pl = PLACE_NONE;
    bool matched = false;
    for (int i = 0; i < b->ncases; i++) {
        const mc_case *c = &b->cases[i];
        if (mc_val_exact(&v) && (v.lo < c->lo || v.lo > c->hi))
            continue;
        mc_state *s = mc_st_copy(st);
        if (pl >= 0 && c->lo == c->hi)
            mc_st_set(s, pl, mc_val_int(c->lo));
        enqueue(an, w, c->succ, s);
        matched |= mc_val_exact(&v);
    }
    if (matched)
        mc_st_free(st);
    else
        enqueue(an, w, b->succ[0], st);
}

/* An assignment to var in e other than a step up by one (i++, ++i, i += 1), or
 * its address taken (a callee may write it). */
static bool steps_otherwise(const mc_expr *e, const void *var)
{
    if (e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR && is_var(mc_expr_strip(e->kids[0]), var))
        return true;
    const mc_expr *k = mc_expr_written(e);
    if (!k || k->kind != MC_EX_VAR || k->var != *(const int *)var)
        return false;
    if (e->kind == MC_EX_UNARY)
        return e->op != MC_UN_PREINC && e->op != MC_UN_POSTINC;
    const mc_expr *by = e->nkids == 2 ? mc_expr_strip(e->kids[1]) : NULL;
    return !(e->kind == MC_EX_BINARY && e->op == MC_BIN_ADD_ASSIGN && by && by->kind == MC_EX_INT && by->ival == 1);
}

/* A write in e to the place bound names (a variable, or a field of that name). */
static bool writes_bound(const mc_expr *e, const void *bound)
{
    const mc_expr *k = mc_expr_written(e), *x = bound;
    if (!k)
        return false;
    if (x->kind == MC_EX_VAR)
        return k->kind == MC_EX_VAR && k->var == x->var;
    return k->kind == MC_EX_MEMBER && strcmp(k->name, x->name) == 0;
}

/* Whether an expression of the loop at head has pred. */
static bool loop_has(const mc_func *f, int head, bool (*pred)(const mc_expr *, const void *), const void *ctx)
{
    const mc_block *h = &f->blocks[head];
    for (int b = head; b < h->loop_end && b < f->nblocks; b++) {
        const mc_block *bl = &f->blocks[b];
        if (b == h->loop_exit)
            continue;
        for (int i = 0; i < bl->nstmts; i++)
            if (mc_expr_any(bl->stmts[i].e, pred, ctx))
                return true;
        if (mc_expr_any(bl->cond, pred, ctx))
            return true;
    }
    return false;
}

/* The bound of a counting loop, `for (...; i < n; i++)` (n a variable or a
 * field the loop does not write), or NULL; *var is the counter. */
static const mc_expr *counter_bound(const mc_func *f, int head, int *var)
{
    const mc_expr *c = mc_expr_strip(f->blocks[head].cond);
    if (!c || c->kind != MC_EX_BINARY || c->nkids != 2 || (c->op != MC_BIN_LT && c->op != MC_BIN_NE))
        return NULL;
    const mc_expr *i = mc_expr_strip(c->kids[0]), *n = mc_expr_strip(c->kids[1]);
    if (i->kind != MC_EX_VAR || i->var < 0 || i->type.kind != MC_TY_INT || n->type.kind != MC_TY_INT ||
        (n->kind != MC_EX_VAR && n->kind != MC_EX_MEMBER) || reads_var(n, i->var))
        return NULL;
    *var = i->var;
    if (loop_has(f, head, steps_otherwise, var))
        return NULL;
    const mc_expr *base = n; /* s of s->count, s.a.count */
    while (base->kind == MC_EX_MEMBER)
        base = mc_expr_strip(base->kids[0]);
    if (base->kind != MC_EX_VAR || loop_has(f, head, writes_bound, n) ||
        (base != n && loop_has(f, head, writes_bound, base)))
        return NULL;
    return n;
}

/* Leaving a counting loop by its condition, the counter stands at the bound
 * (counts are not negative): `if (i == n)` after it tells a search that found
 * nothing from one that broke out. */
static void counter_at_bound(mc_analysis *an, mc_state *st, int head)
{
    int var;
    const mc_expr *n = counter_bound(an->f, head, &var);
    int pl = n ? place_of(an, st, n, false) : -1;
    if (pl < 0)
        return;
    mc_val v = mc_st_get(st, pl);
    if (v.kind != V_UNKNOWN && v.kind != V_INT)
        return;
    if (v.kind == V_UNKNOWN || !v.def) {
        v = as_interval(v, &n->type);
        v.def = n;
        mc_st_set(st, pl, v);
    }
    mc_st_set(st, var_place(an, var), v);
}

static void branch_edges(mc_analysis *an, walk *w, mc_state *st, const mc_block *b)
{
    states T = {0}, F = {0};
    an->at_loop_head = b->is_loop_head;
    split(an, st, b->cond, &T, &F);
    an->at_loop_head = false;
    /* a loop that runs on past its second round while its condition cannot tell
     * when it ends: forget its counters, so that it reaches a fixpoint */
    int block = (int)(b - an->f->blocks);
    if (b->is_loop_head && T.n && F.n && w->seen[block].n >= 2)
        for (int i = 0; i < T.n + F.n; i++)
            forget_loop_ints(an, w, block, i < T.n ? T.v[i] : F.v[i - T.n], true);
    for (int i = 0; i < T.n; i++)
        enqueue(an, w, b->succ[0], T.v[i]);
    for (int i = 0; i < F.n && b->is_loop_head; i++)
        counter_at_bound(an, F.v[i], block);
    for (int i = 0; i < F.n; i++)
        enqueue(an, w, b->succ[1], F.v[i]);
    MC_VEC_FREE(T);
    MC_VEC_FREE(F);
}

/* The other half of the budget: wall time, for functions whose blocks are cheap
 * to count but dear to evaluate. */
static bool out_of_time(const mc_analysis *an)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double spent = (double)(now.tv_sec - an->started.tv_sec) + (double)(now.tv_nsec - an->started.tv_nsec) / 1e9;
    return spent > MAX_SECONDS;
}

static void visit(mc_analysis *an, walk *w, int block, mc_state *st)
{
    const mc_block *b = &an->f->blocks[block];
    an->block = block;
    if (++an->visits > an->budget || ((an->visits & 1023) == 0 && out_of_time(an))) {
        an->over_budget = true;
        mc_st_free(st);
        return;
    }
    for (int i = 0; i < b->nstmts && !st->dead; i++)
        exec_stmt(an, st, &b->stmts[i]);
    if (st->dead) {
        mc_st_free(st);
        return;
    }
    switch (b->term) {
    case MC_TERM_GOTO: enqueue(an, w, b->succ[0], st); break;
    case MC_TERM_BRANCH: branch_edges(an, w, st, b); break;
    case MC_TERM_SWITCH: switch_edges(an, w, st, b); break;
    case MC_TERM_RETURN:
        exit_path(an, st, b);
        mc_st_free(st);
        break;
    default: mc_st_free(st); break;
    }
}

static mc_state *entry_state(mc_analysis *an)
{
    mc_state *st = mc_st_new();
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < an->f->nvars; i++) {
        const mc_var *v = &an->f->vars[i];
        if (v->type.kind != MC_TY_PTR)
            continue;
        mc_res r = blank_res(MC_ORIG_PARAM, v->loc);
        r.nullness = MC_NN_UNCHECKED;
        r.param = (int16_t)i;
        r.var = v->name;
        int id = param_res(an, i);
        mc_st_add_res(st, id, &r);
        mc_st_set(st, var_place(an, i), mc_val_res(id));
    }
    return st;
}


static void walk_function(mc_analysis *an)
{
    walk w = {0};
    w.seen = mc_xcalloc((size_t)an->f->nblocks + 1, sizeof *w.seen);
    w.agree = mc_xcalloc((size_t)an->f->nblocks + 1, sizeof *w.agree);
    w.preds = count_preds(an->f);
    w.loop_vars = mc_xcalloc((size_t)an->f->nblocks + 1, sizeof *w.loop_vars);
    compute_liveness(an->f, &w);
    an->on_every_path = blocks_on_every_path(an->f);
    enqueue(an, &w, 0, entry_state(an));
    while (w.todo.n) {
        work item = w.todo.v[--w.todo.n];
        visit(an, &w, item.block, item.st);
    }
    for (int b = 0; b < an->f->nblocks; b++) {
        MC_VEC_FREE(w.seen[b]);
        MC_VEC_FREE(w.agree[b]);
        free(w.loop_vars[b]);
    }
    free(w.loop_vars);
    free(an->on_every_path);
    an->on_every_path = NULL;
    free(w.live);
    free(w.pinned);
    free(w.guards);
    free(w.seen);
    free(w.agree);
    free(w.preds);
    MC_VEC_FREE(w.todo);
}

/* ---- queries for rules ---- */

const mc_models *mc_analysis_models(mc_analysis *an)
{
    return an->o->models;
}

int mc_analysis_create_returns_pointer(mc_analysis *an, const char *prefix, const char *type)
{
    int found = -1;
    for (int i = 0; type && i < an->pi->creators.n && found != 1; i++) {
        const mc_creator *c = &an->pi->creators.v[i];
        if (strcmp(c->prefix, prefix) == 0 && strcmp(c->type, type) == 0)
            found = c->returns_pointer;
    }
    return found;
}

/* A call that may return: anything but a failed assertion (__assert_fail and
 * other noreturn functions, by attribute, model or summary). */
static bool call_that_returns(const mc_expr *e, const void *ctx)
{
    mc_analysis *an = (mc_analysis *)ctx;
    return e->kind == MC_EX_CALL && !e->ptr_noreturn && !(e->sym && callee_noreturn(an, e->sym, callee_of(an, e->sym)));
}

static bool calls_what_returns(const mc_expr *e, const void *ctx)
{
    return mc_expr_any(e, call_that_returns, ctx);
}

bool mc_analysis_destroyer_is_noop(mc_analysis *an, const char *prefix)
{
    for (int i = 0; prefix && i < an->prog->symbols.n; i++) {
        const mc_symbol *s = an->prog->symbols.v[i];
        if (!s->def || s->in_system_header || !mc_name_has(s->name, MC_WORD_DESTROY))
            continue;
        char *pre = mc_name_prefix(s->name, MC_WORD_DESTROY);
        bool same = pre && strcmp(pre, prefix) == 0;
        free(pre);
        if (same)
            return !mc_func_any_root(s->def, calls_what_returns, an);
    }
    return false;
}

const mc_names *mc_func_names(mc_analysis *an)
{
    static const mc_names none = {.viewed = -1, .destroyed = -1};
    const mc_callee *c = an->f->sym ? callee_of(an, an->f->sym) : NULL;
    return c ? &c->names : &none;
}

bool mc_analysis_strict_names(mc_analysis *an)
{
    return an->o->strict_names;
}

const char *mc_family_name(mc_analysis *an, int family)
{
    const mc_proginfo *pi = an->pi;
    return family >= 0 && family < pi->families.n ? pi->families.v[family] : NULL;
}

const char *mc_res_kind(mc_analysis *an, const mc_res *r)
{
    const mc_models *m = an->o->models;
    if (r->family >= 0 && r->family < m->nfamilies && m->families[r->family].kind)
        return m->families[r->family].kind;
    return "memory";
}

bool mc_state_error_path(mc_analysis *an, const mc_state *s, const char **why)
{
    *why = NULL;
    if (s->err_step >= 0) {
        const mc_step *st = &an->steps.v[s->err_step];
        static const char *const forms[] = {"'%s' is NULL", "'%s'", "'%s' is false", "'%s' failed"};
        char *test = mc_xasprintf(forms[st->why.how], mc_expr_text(an, st->why.e));
        *why = keep_text(an, mc_xasprintf("%s at line %u", test, st->loc.line));
        free(test);
    }
    return s->err_step >= 0 || is_error_value(an, s);
}

const mc_expr *mc_state_return_expr(const mc_state *s)
{
    return s->has_ret ? s->ret_expr : NULL;
}

/* The value of an expression on this path without effects: constants, variables. */
static mc_val peek(mc_analysis *an, const mc_state *s, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (e->is_const)
        return mc_val_int(e->ival);
    if (e->kind == MC_EX_VAR && an->f->vars[e->var].type.kind != MC_TY_ARRAY)
        return mc_st_get(s, var_place(an, e->var));
    if (e->kind == MC_EX_GLOBAL && e->global) {
        mc_val v = mc_st_get(s, global_place(an, e));
        if (v.kind == V_UNKNOWN && e->global->has_init && (e->global->is_const || !e->global->written))
            return mc_val_int(e->global->init);
        return v;
    }
    return mc_val_unknown();
}

/* Bounds are numbers: an unsigned 64-bit value that may be 2^63 or more has none. */
bool mc_event_arg_bounds(const mc_event *ev, int i, int64_t *lo, int64_t *hi)
{
    if (i < 0 || i >= ev->argc || ev->argv[i].kind != V_INT || i + 1 >= ev->expr->nkids)
        return false;
    return value_range(ev->argv[i], &ev->expr->kids[i + 1]->type, lo, hi);
}

bool mc_state_int_bounds(mc_analysis *an, const mc_state *s, const mc_expr *e, int64_t *lo, int64_t *hi)
{
    mc_val v = peek(an, s, e);
    return v.kind == V_INT && value_range(v, &mc_expr_strip(e)->type, lo, hi);
}

static int quiet_place(mc_analysis *an, const mc_expr *e)
{
    e = mc_expr_strip(e);
    return e->kind == MC_EX_VAR ? var_place(an, e->var) : PLACE_NONE;
}

bool mc_state_product_guarded(mc_analysis *an, const mc_state *s, const mc_expr *a, const mc_expr *b)
{
    int pa = quiet_place(an, a), pb = quiet_place(an, b);
    for (int i = 0; i < s->guards.n; i++) {
        const mc_guard *g = &s->guards.v[i];
        if ((g->a == pa && g->b == pb) || (g->a == pb && g->b == pa))
            return pa >= 0;
    }
    mc_val v = peek(an, s, a);
    return (v.flags & VF_PRODUCT_OK) != 0;
}

const mc_expr *mc_state_value_def(mc_analysis *an, const mc_state *s, const mc_expr *e)
{
    return peek(an, s, e).def;
}

const mc_res *mc_state_param(mc_analysis *an, const mc_state *s, int i)
{
    if (i < 0 || i >= an->f->nvars || !an->f->vars[i].is_param)
        return NULL;
    return mc_st_res_c(s, param_res(an, i));
}

bool mc_state_param_field_released(const mc_state *s, int i)
{
    return i >= 0 && i < 64 && (s->pfield_released & (1ULL << i));
}

/* Was the resource read from place pl (created there on first read)? */
static bool came_from(mc_analysis *an, int id, int pl)
{
    return id >= 0 && id < an->reskeys.n && an->reskeys.v[id].site == place_site(pl);
}

bool mc_state_param_out_only(mc_analysis *an, const mc_state *s, int i)
{
    int orig = pointee_res(an, i);
    if (orig < 0 || an->f->vars[i].type.ptr_depth < 2 || mc_st_res_c(s, orig))
        return false;
    mc_val now = mc_st_get(s, deref_place(an, param_res(an, i), an->f->vars[i].type));
    return now.kind != V_UNKNOWN || now.def;
}

int mc_state_param_move(mc_analysis *an, const mc_state *s, int i, mc_loc *where)
{
    int id = param_res(an, i);
    const mc_res *p = mc_st_res_c(s, id);
    if (!p)
        return 0;
    int obj = deref_place(an, id, an->f->vars[i].type);
    bool moved = p->moved, uncleared = p->moved, cleared = false;
    if (p->moved)
        *where = p->moved_loc;
    /* owned contents read out of the object and handed on */
    for (int k = 0; k < s->res.n; k++) {
        const mc_res *held = &s->res.v[k].r;
        if (held->origin != MC_ORIG_PLACE || !(held->stored || held->taken || held->status != MC_RS_LIVE))
            continue;
        for (int pl = 0; pl < an->places.n; pl++) {
            if (!came_from(an, s->res.v[k].id, pl) || !(pl == obj || place_under(an, pl, obj)))
                continue;
            moved = true;
            *where = held->stored ? held->moved_loc : held->release_loc;
            mc_val now = mc_st_get(s, pl);
            if (now.kind == V_RES && now.res == s->res.v[k].id)
                uncleared = true;
        }
    }
    for (int k = 0; k < s->vals.n; k++) {
        const mc_val *v = &s->vals.v[k].v;
        if ((v->kind == V_NULL || (mc_val_exact(v) && v->lo == 0)) &&
            (s->vals.v[k].place == obj || place_under(an, s->vals.v[k].place, obj)))
            cleared = true;
    }
    if (p->moved && cleared && uncleared && moved)
        uncleared = false;
    if (p->status == MC_RS_RELEASED)
        uncleared = false; /* the object goes too: nothing is left pointing at what moved */
    return !moved ? 0 : uncleared ? 2 : 1;
}

const mc_res *mc_state_return_res(const mc_state *s, bool *offset)
{
    *offset = s->has_ret && (s->ret.flags & VF_OFFSET);
    return s->has_ret && s->ret.kind == V_RES ? s->ret_res : NULL;
}

bool mc_state_return_still_held(mc_analysis *an, const mc_state *s)
{
    if (!s->has_ret || s->ret.kind != V_RES || s->ret.res >= an->reskeys.n)
        return false;
    uintptr_t site = (uintptr_t)an->reskeys.v[s->ret.res].site;
    if (!(site & 1))
        return false; /* not read from a place */
    int pl = (int)(site / 2);
    mc_val now = mc_st_get(s, pl);
    if (now.kind != V_RES || now.res != s->ret.res)
        return false;
    /* only where nothing here could have put it: a global, or behind a const parameter */
    const mc_place *root = &an->places.v[place_root(an, pl)];
    if (root->kind == P_GLOBAL)
        return true;
    const mc_res *owner = root->kind == P_DEREF ? mc_st_res_c(s, root->res) : NULL;
    return owner && owner->origin == MC_ORIG_PARAM && owner->param >= 0 &&
           an->f->vars[owner->param].type.pointee_const;
}

int mc_state_nres(const mc_state *s)
{
    return s->res.n;
}

const mc_res *mc_state_res(const mc_state *s, int i)
{
    return i >= 0 && i < s->res.n ? &s->res.v[i].r : NULL;
}

static void place_name(mc_analysis *an, const mc_state *s, int pl, mc_buf *b, int depth)
{
    const mc_place *p = &an->places.v[pl];
    if (depth > 8) {
        mc_buf_printf(b, "...");
        return;
    }
    switch (p->kind) {
    case P_VAR: mc_buf_printf(b, "%s", an->f->vars[p->var].name ? an->f->vars[p->var].name : "?"); break;
    case P_GLOBAL: mc_buf_printf(b, "%s", p->global->name ? p->global->name : "?"); break;
    case P_DEREF: {
        const char *v = NULL;
        for (int i = 0; i < an->reskeys.n && !v; i++)
            if (i == p->res && an->reskeys.v[i].site >= (const void *)an->f->vars &&
                an->reskeys.v[i].site < (const void *)(an->f->vars + an->f->nvars))
                v = ((const mc_var *)an->reskeys.v[i].site)->name;
        const mc_res *r = v ? NULL : mc_st_res_c(s, p->res);
        if (r && (r->var || r->var_expr))
            v = mc_res_name(an, r);
        mc_buf_printf(b, "*%s", v ? v : "(object)");
        break;
    }
    case P_FIELD:
        if (an->places.v[p->parent].kind == P_DEREF) {
            mc_buf inner = {0};
            place_name(an, s, p->parent, &inner, depth + 1);
            mc_buf_printf(b, "%s->%s", inner.s + 1, p->field);
            free(inner.s);
        } else {
            place_name(an, s, p->parent, b, depth + 1);
            mc_buf_printf(b, ".%s", p->field);
        }
        break;
    }
}

void mc_state_dangling_places(mc_analysis *an, const mc_state *s,
                              void (*fn)(const char *place, const mc_res *r, int param, void *ctx), void *ctx)
{
    for (int i = 0; i < s->vals.n; i++) {
        const mc_pv *pv = &s->vals.v[i];
        const mc_res *r = pv->v.kind == V_RES ? mc_st_res_c(s, pv->v.res) : NULL;
        /* free(s->buf) leaves s->buf dangling; free(copy) of what s->buf held is the
           copy's business */
        if (!r || r->status != MC_RS_RELEASED || r->release_place != pv->place)
            continue;
        if (!place_escapes(an, s, pv->place) || !place_alive(an, s, pv->place, 0))
            continue;
        int root = place_root(an, pv->place);
        /* the object holding it was forgotten, as nothing here held it any more
           (free(res->spare->buf); free(res->spare); res->spare = NULL) */
        if (an->places.v[root].kind == P_DEREF && !mc_st_res_c(s, an->places.v[root].res))
            continue;
        mc_buf b = {0};
        place_name(an, s, pv->place, &b, 0);
        const mc_res *owner = an->places.v[root].kind == P_DEREF ? mc_st_res_c(s, an->places.v[root].res) : NULL;
        fn(keep_text(an, mc_buf_detach(&b)), r, owner && owner->origin == MC_ORIG_PARAM ? owner->param : -1, ctx);
    }
}

/* ---- reporting ---- */

static bool already_reported(mc_analysis *an, mc_loc loc)
{
    for (int i = 0; i < an->reported.n; i++) {
        const mc_reported *r = &an->reported.v[i];
        if (r->rule == an->cur_rule && r->loc.line == loc.line && r->loc.col == loc.col && r->loc.file == loc.file)
            return true;
    }
    return false;
}

static _Thread_local mc_finding dummy_finding;

/* A finding of the current rule at loc, in func (once per rule and place). */
static mc_finding *report_in(mc_analysis *an, const mc_func *func, mc_loc loc, const char *fmt, va_list ap)
{
    if (an->cur_rule < 0 || already_reported(an, loc)) {
        dummy_finding = (mc_finding){0};
        return &dummy_finding;
    }
    MC_VEC_PUSH(an->reported, ((mc_reported){an->cur_rule, loc}));
    char *msg = mc_xvasprintf(fmt, ap);
    mc_severity sev = an->o->rule_severity ? an->o->rule_severity[an->cur_rule] : mc_rules[an->cur_rule]->severity;
    mc_finding *f = mc_diags_new(an->out, mc_rules[an->cur_rule]->id, sev, loc, func->name, msg);
    f->unit = an->f->unit; /* the TU whose analysis found it, the one a cache entry must hold it with */
    return f;
}

mc_finding *mc_report(const mc_event *ev, const char *rule, mc_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mc_finding *f = report_in(ev->an, ev->an->f, loc, fmt, ap);
    va_end(ap);
    return f;
}

void mc_report_note(mc_finding *f, mc_loc loc, const char *fmt, ...)
{
    if (f == &dummy_finding)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = mc_xvasprintf(fmt, ap);
    va_end(ap);
    mc_finding_note(f, loc, msg);
}

void mc_report_later(mc_finding *f, mc_loc loc, const char *fmt, ...)
{
    if (f == &dummy_finding)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = mc_xvasprintf(fmt, ap);
    va_end(ap);
    mc_finding_note(f, loc, msg);
    f->notes[f->nnotes - 1].after = true;
}

void mc_fixit(mc_finding *f, const char *fmt, ...)
{
    if (f == &dummy_finding)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = mc_xvasprintf(fmt, ap);
    va_end(ap);
    free(f->fixit);
    f->fixit = msg;
}

/* ---- one function ---- */

static void setup_cleanup_slots(mc_analysis *an)
{
    an->cleanup_slot = mc_xmalloc((size_t)(an->f->nvars + 1) * sizeof *an->cleanup_slot);
    int next = 0;
    for (int i = 0; i < an->f->nvars; i++)
        an->cleanup_slot[i] = an->f->vars[i].cleanup && next < 64 ? next++ : -1;
}

typedef struct assigned_sets { uint64_t *vars, *pointees; } assigned_sets;

static void note_root_assigned(const mc_expr *e, void *ctx)
{
    assigned_sets *a = ctx;
    note_assigned(e, a->vars, a->pointees);
}

/* The parameters the function assigns, and those whose pointee it assigns. */
static uint64_t params_assigned(const mc_func *f, uint64_t *pointees_assigned)
{
    int words = var_words(f);
    uint64_t *set = mc_xcalloc((size_t)words * 2, sizeof *set);
    mc_func_each_root(f, note_root_assigned, &(assigned_sets){set, set + words});
    uint64_t bits = 0;
    *pointees_assigned = 0;
    for (int v = 0; v < f->nvars && v < 64; v++) {
        if (f->vars[v].is_param && has_bit(set, v))
            bits |= 1ULL << v;
        if (f->vars[v].is_param && has_bit(set + words, v))
            *pointees_assigned |= 1ULL << v;
    }
    free(set);
    return bits;
}

static void reset_function(mc_analysis *an, const mc_func *f)
{
    int n = f->sym ? f->sym->nparams : 0;
    an->f = f;
    for (int v = 0; v < f->nvars; v++)
        intern_var_place(an, v);
    an->cur_rule = -1;
    an->visits = 0;
    an->budget = an->o->max_states > 0 ? an->o->max_states : DEFAULT_BUDGET;
    an->over_budget = false;
    an->states_dropped = false;
    clock_gettime(CLOCK_MONOTONIC, &an->started);
    an->is_main = f->name && strcmp(f->name, "main") == 0;
    an->exits = 0;
    an->ret_owned = an->ret_null = an->ret_const_seen = an->ret_int_other = an->ret_linked = false;
    an->null_flag_zero = an->null_flag_nonzero = an->null_flag_other = 0;
    an->owned_sides = an->lent_sides = (mc_sides){0};
    an->pred_sides = (mc_pred_sides){0};
    an->lent_exits = false;
    an->null_out_seen = an->null_out_bad = 0;
    an->ok_out_seen = an->ok_out_bad = 0;
    an->ret_all_nonnull = an->ret_const_same = true;
    an->ret_family = -1;
    an->realloc_param = -1;
    an->released_on_null = 0;
    an->ret_fails = 0;
    an->p_deref_all = 0;
    an->p_deref_every = an->pp_deref_every = 0;
    an->dead_end = an->fell_off = false;
    an->p_struct_kept = 0;
    an->pp_passed = 0;
    an->p_elems_kept = 0;
    an->p_released = mc_xcalloc((size_t)n + 1, 1);
    an->p_escaped = mc_xcalloc((size_t)n + 1, 1);
    an->p_live = mc_xcalloc((size_t)n + 1, 1);
    an->pp_released = mc_xcalloc((size_t)n + 1, 1);
    an->pp_escaped = mc_xcalloc((size_t)n + 1, 1);
    an->pp_live = mc_xcalloc((size_t)n + 1, 1);
    an->pp_written = mc_xcalloc((size_t)n + 1, 1);
    an->pp_deref = mc_xcalloc((size_t)n + 1, 1);
    an->pp_after = mc_xcalloc((size_t)n + 1, 1);
    an->p_ret_test = mc_xcalloc((size_t)n + 1, 1);
    an->p_rel_family = mc_xmalloc(((size_t)n + 1) * sizeof *an->p_rel_family);
    an->pp_rel_family = mc_xmalloc(((size_t)n + 1) * sizeof *an->pp_rel_family);
    for (int i = 0; i <= n; i++)
        an->p_rel_family[i] = an->pp_rel_family[i] = -1;
    an->ret_nonheap = 0;
    an->ret_nonheap_null = false;
    an->guard_pl = -1;
    an->guard_exits = 0;
    an->guard_lost = false;
    an->guard_released = an->guard_deref = 0;
    for (int i = 0; i < n; i++)
        an->p_ret_test[i] = RT_NONNULL | RT_NULL;
    an->entries_seen.n = 0;
    an->gwrites.n = 0;
    an->gwrites_any = an->gwrites_extern = false;
    an->params_assigned = params_assigned(f, &an->pointees_assigned);
    an->stays_positive = mc_xcalloc((size_t)f->nvars + 1, 1);
    setup_cleanup_slots(an);
}

int mc_deferrable_param(mc_analysis *an, const mc_expr *e)
{
    const mc_symbol *s = an->f->sym;
    if (!s || !s->is_static || s->address_taken || s->used_as_cleanup || s->ncalls == 0)
        return -1;
    e = mc_expr_strip(e);
    if (!e || e->kind != MC_EX_VAR || !an->f->vars[e->var].is_param || e->var >= 64 ||
        an->f->vars[e->var].type.kind != MC_TY_INT || (an->params_assigned >> e->var & 1))
        return -1;
    return e->var;
}

void mc_defer(const mc_event *ev, const mc_deferred *d)
{
    mc_analysis *an = ev->an;
    for (int i = 0; i < an->deferred.n; i++) {
        mc_deferred *o = &an->deferred.v[i];
        if (o->rule != an->cur_rule || o->param != d->param || o->expr != d->expr)
            continue;
        if (o->bounded && d->bounded) {
            o->lo = d->lo < o->lo ? d->lo : o->lo;
            o->hi = d->hi > o->hi ? d->hi : o->hi;
        }
        o->bounded = o->bounded && d->bounded;
        return;
    }
    mc_deferred n = *d;
    n.rule = an->cur_rule;
    n.func = an->f;
    MC_VEC_PUSH(an->deferred, n);
}

mc_finding *mc_report_deferred(const mc_event *ev, const mc_deferred *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mc_finding *f = report_in(ev->an, d->func, d->loc, fmt, ap);
    va_end(ap);
    return f;
}

static void clear_function(mc_analysis *an)
{
    for (int i = 0; i < an->masks.n; i++)
        free(an->masks.v[i].name);
    an->masks.n = 0;
    an->npredicates = 0;
    free(an->stays_positive);
    an->stays_positive = NULL;
    free(an->int_stores);
    an->int_stores = NULL;
    free(an->p_released);
    free(an->p_escaped);
    free(an->p_live);
    free(an->cleanup_slot);
    free(an->place_index.slots);
    free(an->res_index.slots);
    free(an->pp_released);
    free(an->pp_escaped);
    free(an->pp_live);
    free(an->pp_deref);
    free(an->pp_after);
    free(an->pp_written);
    free(an->p_ret_test);
    an->p_ret_test = NULL;
    free(an->p_rel_family);
    free(an->pp_rel_family);
    an->p_rel_family = an->pp_rel_family = NULL;
    an->p_released = an->p_escaped = an->p_live = NULL;
    an->pp_released = an->pp_escaped = an->pp_live = an->pp_written = an->pp_deref = an->pp_after = NULL;
    an->cleanup_slot = NULL;
    an->place_index = (mc_id_index){0};
    an->res_index = (mc_id_index){0};
    an->places.n = 0;
    an->reskeys.n = 0;
    an->steps.n = 0;
    an->reported.n = 0;
    for (int i = 0; i < an->texts.n; i++)
        free(an->texts.v[i]);
    an->texts.n = 0;
}

static void analyze_function(mc_analysis *an, const mc_func *f, mc_analysis_stats *stats)
{
    reset_function(an, f);
    walk_function(an);
    mc_summary *sum = mc_xcalloc(1, sizeof *sum);
    write_summary(an, sum);
    if (f->sym && !f->sym->summary)
        f->sym->summary = sum;
    raise_null_derefs(an);
    mc_event ev = event(MC_EV_FUNC_END, NULL, NULL, f->loc, -1);
    ev.callee_summary = sum;
    raise_event(an, &ev);
    if (!f->sym || f->sym->summary != sum)
        mc_summary_free(sum);
    if (an->over_budget) {
        stats->skipped++;
        MC_VEC_PUSH(stats->skipped_names, mc_xasprintf("%s:%u: %s", f->loc.file ? f->loc.file : "?",
                                                       f->loc.line, f->name ? f->name : "?"));
    } else {
        stats->functions++;
    }
    stats->visits += an->visits;
    clear_function(an);
}

/* ---- the program ---- */

static int family_named(mc_analysis *an, const char *name)
{
    mc_proginfo *pi = an->pi;
    for (int i = 0; i < pi->families.n; i++)
        if (strcmp(pi->families.v[i], name) == 0)
            return i;
    MC_VEC_PUSH(pi->families, mc_xstrdup(name));
    return pi->families.n - 1;
}

/* The prefixes of every destroy-named function: "foo" for foo_destroy. */
/* For each destroyer (foo_destroy(Foo *)): its prefix's family -> the type it destroys. */
static void collect_destroy_prefixes(const mc_program *p, mc_ptrmap *out, mc_analysis *an)
{
    for (int i = 0; i < p->symbols.n; i++) {
        const mc_symbol *s = p->symbols.v[i];
        if (s->in_system_header || !mc_name_has(s->name, MC_WORD_DESTROY))
            continue;
        int k = mc_destroyed_param(s);
        char *pre = mc_name_prefix(s->name, MC_WORD_DESTROY);
        /* a void * destroyer (mem_free(void *)) wraps free: it names no family */
        if (pre && k >= 0 && s->params[k].type.name && s->params[k].type.pointee_kind != MC_TY_VOID) {
            int fam = family_named(an, pre);
            mc_ptrmap_put(out, an->pi->families.v[fam], (void *)s->params[k].type.name);
        }
        free(pre);
    }
}

/* Is there a destroyer of the same prefix for the type a create function returns?
 * Then foo_create()'s objects are family foo; a generic foo_alloc() returning
 * void * is not. */
static bool has_destroy_for(mc_analysis *an, const char *prefix, const char *type)
{
    mc_proginfo *pi = an->pi;
    for (int i = pi->nmodel_families; i < pi->families.n && type; i++) {
        if (strcmp(pi->families.v[i], prefix) != 0)
            continue;
        const char *destroyed = mc_ptrmap_get(&pi->destroy_prefixes, pi->families.v[i]);
        return destroyed && strcmp(destroyed, type) == 0;
    }
    return false;
}

static void naming_facts(mc_analysis *an, const mc_symbol *s, mc_callee *c)
{
    mc_names_of(s, &c->names);
    if (c->names.create && s->ret.name) {
        mc_creator cr = {mc_name_prefix(s->name, MC_WORD_CREATE), s->ret.name, s->ret.kind == MC_TY_PTR};
        if (cr.prefix)
            MC_VEC_PUSH(an->pi->creators, cr);
    }
    mc_word_class cls = c->names.create ? MC_WORD_CREATE : MC_WORD_DESTROY;
    char *prefix = (c->names.create || c->names.destroy) ? mc_name_prefix(s->name, cls) : NULL;
    bool typed = s->ret.kind == MC_TY_PTR && s->ret.pointee_kind != MC_TY_VOID;
    if (prefix && (c->names.destroy || (typed && has_destroy_for(an, prefix, s->ret.name))))
        c->naming_family = family_named(an, prefix);
    free(prefix);
}

static void add_reader(mc_analysis *an, const mc_global *g, const mc_symbol *fn, bool addressed)
{
    mc_readers *rd = mc_ptrmap_get(&an->pi->readers, g);
    if (!rd) {
        rd = mc_xcalloc(1, sizeof *rd);
        MC_VEC_PUSH(an->pi->readers_made, rd);
        mc_ptrmap_put(&an->pi->readers, g, rd);
    }
    for (int i = 0; i < rd->n && i < MAX_READERS; i++)
        if (rd->fn[i] == fn && !addressed)
            return;
    if (addressed || rd->n >= MAX_READERS || !fn)
        rd->n = MAX_READERS + 1;
    else
        rd->fn[rd->n++] = fn;
}

/* Every global a function reads (anything but `g = ...`), for lost_in_global. */
static void collect_reads(mc_analysis *an, const mc_symbol *fn, const mc_expr *e)
{
    if (!e)
        return;
    const mc_expr *k0 = e->nkids > 0 && e->kids[0] ? mc_expr_strip(e->kids[0]) : NULL;
    if (e->kind == MC_EX_GLOBAL && e->global)
        add_reader(an, e->global, fn, false);
    if (e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR && k0 && k0->kind == MC_EX_GLOBAL && k0->global)
        add_reader(an, k0->global, fn, true);
    bool assigns = e->kind == MC_EX_BINARY && e->op == MC_BIN_ASSIGN && k0 && k0->kind == MC_EX_GLOBAL;
    for (int i = assigns ? 1 : 0; i < e->nkids; i++)
        collect_reads(an, fn, e->kids[i]);
}

typedef struct reads_in { mc_analysis *an; const mc_symbol *fn; } reads_in;

static void collect_root_reads(const mc_expr *e, void *ctx)
{
    reads_in *r = ctx;
    collect_reads(r->an, r->fn, e);
}

static void collect_global_readers(mc_analysis *an)
{
    for (int i = 0; i < an->prog->funcs.n; i++) {
        const mc_func *f = an->prog->funcs.v[i];
        mc_func_each_root(f, collect_root_reads, &(reads_in){an, f->sym});
    }
}

static void build_proginfo(mc_analysis *an)
{
    mc_program *p = an->prog;
    mc_proginfo *pi = an->pi;
    const mc_models *m = an->o->models;
    for (int i = 0; i < m->nfamilies; i++)
        MC_VEC_PUSH(pi->families, mc_xstrdup(m->families[i].name));
    pi->nmodel_families = m->nfamilies;
    collect_destroy_prefixes(p, &pi->destroy_prefixes, an);
    collect_global_readers(an);
    pi->callees = mc_xcalloc((size_t)p->symbols.n + 1, sizeof *pi->callees);
    for (int i = 0; i < p->symbols.n; i++) {
        const mc_symbol *s = p->symbols.v[i];
        mc_callee *c = &pi->callees[i];
        c->model = mc_models_find(m, s->name);
        if (c->model && c->model->only_never_fail && has_body(s)) {
            c->model = NULL;
            c->never_fails = true;
        }
        c->naming_family = c->attr_family = -1;
        c->names.viewed = c->names.destroyed = c->names.retained = -1;
        if (!s->in_system_header && !c->model)
            naming_facts(an, s, c);
    }
    /* __attribute__((malloc(dealloc, n))): the allocator's family is its deallocator's. */
    for (int i = 0; i < p->symbols.n; i++) {
        const mc_symbol *s = p->symbols.v[i];
        if (!s->attr_dealloc && !s->attr_ownership_returns)
            continue;
        const char *dname = s->attr_dealloc ? s->attr_dealloc : s->attr_ownership_module;
        const mc_fnmodel *dm = dname ? mc_models_find(m, dname) : NULL;
        int fam = dm && dm->family >= 0 ? dm->family : dname ? family_named(an, dname) : -1;
        pi->callees[i].attr_family = fam;
        mc_symbol *d = s->attr_dealloc ? mc_program_lookup_name(p, s->attr_dealloc) : NULL;
        if (d && !pi->callees[d->index].model) {
            pi->callees[d->index].dealloc_arg = s->attr_dealloc_arg > 0 ? s->attr_dealloc_arg : 1;
            pi->callees[d->index].attr_family = fam;
        }
    }
}

static void free_proginfo(mc_proginfo *pi)
{
    for (int i = 0; i < pi->readers_made.n; i++)
        free(pi->readers_made.v[i]);
    MC_VEC_FREE(pi->readers_made);
    mc_ptrmap_free(&pi->readers);
    free(pi->callees);
    mc_ptrmap_free(&pi->destroy_prefixes);
    for (int i = 0; i < pi->creators.n; i++)
        free(pi->creators.v[i].prefix);
    MC_VEC_FREE(pi->creators);
    for (int i = 0; i < pi->families.n; i++)
        free((char *)pi->families.v[i]);
    MC_VEC_FREE(pi->families);
}

/* Callees before callers: a depth-first post-order over direct calls. */
typedef MC_VEC(int) intvec;

typedef struct order {
    mc_program *p;
    uint8_t *mark;   /* 0 new, 1 on stack, 2 done */
    MC_VEC(const mc_func *) out;
} order;

static void callees_of_expr(const mc_expr *e, void *ctx)
{
    intvec *out = ctx;
    if (!e)
        return;
    const mc_symbol *callee = e->kind != MC_EX_CALL ? NULL : e->sym ? e->sym : initial_target(e);
    if (callee && callee->def)
        MC_VEC_PUSH(*out, callee->index);
    for (int i = 0; i < e->nkids; i++)
        callees_of_expr(e->kids[i], out);
}

static void collect_callees(const mc_func *f, intvec *out)
{
    mc_func_each_root(f, callees_of_expr, out);
}

static void post_order(order *o, const mc_func *root)
{
    /* iterative DFS: stack of (function index into symbols), children expanded once */
    typedef struct frame { const mc_func *f; intvec kids; int next; } frame;
    MC_VEC(frame) stack = {0};
    frame top = {root, {0}, 0};
    collect_callees(root, &top.kids);
    o->mark[root->sym->index] = 1;
    MC_VEC_PUSH(stack, top);
    while (stack.n) {
        frame *fr = &stack.v[stack.n - 1];
        if (fr->next < fr->kids.n) {
            int k = fr->kids.v[fr->next++];
            if (o->mark[k])
                continue;
            const mc_func *g = o->p->symbols.v[k]->def;
            o->mark[k] = 1;
            frame nf = {g, {0}, 0};
            collect_callees(g, &nf.kids);
            MC_VEC_PUSH(stack, nf);
            continue;
        }
        o->mark[fr->f->sym->index] = 2;
        MC_VEC_PUSH(o->out, fr->f);
        MC_VEC_FREE(fr->kids);
        stack.n--;
    }
    MC_VEC_FREE(stack);
}

static void bottom_up(mc_program *p, order *o)
{
    o->p = p;
    o->mark = mc_xcalloc((size_t)p->symbols.n + 1, 1);
    for (int i = 0; i < p->funcs.n; i++) {
        const mc_func *f = p->funcs.v[i];
        if (!f->sym) {
            MC_VEC_PUSH(o->out, f);
            continue;
        }
        if (!o->mark[f->sym->index])
            post_order(o, f);
    }
    free(o->mark);
    o->mark = NULL;
}

static void free_summaries(mc_program *p)
{
    for (int i = 0; i < p->symbols.n; i++) {
        mc_summary_free(p->symbols.v[i]->summary);
        p->symbols.v[i]->summary = NULL;
    }
}

/* ---- running functions on workers ---- */

/* Functions run once their callees earlier in the bottom-up order are done; the
 * workers take whatever is ready. */
typedef struct sched {
    pthread_mutex_t lock;
    pthread_cond_t ready_cv;
    const mc_program *prog;
    const mc_analysis_opts *o;
    mc_proginfo *pi;
    const mc_func **order;
    int n;
    int *waiting;          /* per position: callees not done yet */
    intvec *dependents;    /* per position: positions waiting for it */
    intvec ready;
    int done;
} sched;

typedef struct worker {
    sched *sc;
    mc_diags diags;
    mc_analysis_stats stats;
    pthread_t thread;
} worker;

/* The functions reading the globals f names: lost_in_global() asks their
 * summaries, so they must be done before f, as its callees are. */
typedef struct readers_of { const mc_proginfo *pi; intvec *out; } readers_of;

static void global_readers_of_expr(const mc_expr *e, void *ctx)
{
    readers_of *r = ctx;
    if (!e)
        return;
    const mc_readers *rd = e->kind == MC_EX_GLOBAL && e->global ? mc_ptrmap_get(&r->pi->readers, e->global) : NULL;
    for (int k = 0; rd && rd->n <= MAX_READERS && k < rd->n; k++)
        MC_VEC_PUSH(*r->out, rd->fn[k]->index);
    for (int i = 0; i < e->nkids; i++)
        global_readers_of_expr(e->kids[i], ctx);
}

static void plan(sched *sc, order *ord)
{
    sc->order = ord->out.v;
    sc->n = ord->out.n;
    sc->waiting = mc_xcalloc((size_t)sc->n + 1, sizeof *sc->waiting);
    sc->dependents = mc_xcalloc((size_t)sc->n + 1, sizeof *sc->dependents);
    for (int i = 0; i < sc->n; i++) {
        intvec callees = {0};
        collect_callees(sc->order[i], &callees);
        mc_func_each_root(sc->order[i], global_readers_of_expr, &(readers_of){sc->pi, &callees});
        for (int k = 0; k < callees.n; k++) {
            int pos = sc->pi->order_pos[callees.v[k]];
            if (pos < 0 || pos >= i)
                continue;
            bool seen = false;
            for (int d = 0; d < sc->dependents[pos].n && !seen; d++)
                seen = sc->dependents[pos].v[d] == i;
            if (!seen) {
                MC_VEC_PUSH(sc->dependents[pos], i);
                sc->waiting[i]++;
            }
        }
        MC_VEC_FREE(callees);
        if (!sc->waiting[i])
            MC_VEC_PUSH(sc->ready, i);
    }
}

static int next_ready(sched *sc)
{
    pthread_mutex_lock(&sc->lock);
    while (!sc->ready.n && sc->done < sc->n)
        pthread_cond_wait(&sc->ready_cv, &sc->lock);
    int pos = sc->ready.n ? sc->ready.v[--sc->ready.n] : -1;
    pthread_mutex_unlock(&sc->lock);
    return pos;
}

static void finished(sched *sc, int pos)
{
    pthread_mutex_lock(&sc->lock);
    sc->done++;
    if (sc->o->progress)
        sc->o->progress(sc->o->progress_ctx, sc->done, sc->n);
    for (int d = 0; d < sc->dependents[pos].n; d++)
        if (--sc->waiting[sc->dependents[pos].v[d]] == 0)
            MC_VEC_PUSH(sc->ready, sc->dependents[pos].v[d]);
    pthread_cond_broadcast(&sc->ready_cv);
    pthread_mutex_unlock(&sc->lock);
}

/* The enabled rules that watch events, in table order. */
static void find_listeners(mc_analysis *an)
{
    an->nlisteners = 0;
    for (int i = 0; i < mc_nrules; i++)
        if (an->o->rule_enabled[i] && mc_rules[i]->on_event)
            an->listeners[an->nlisteners++] = i;
}

static void *work_loop(void *arg)
{
    worker *w = arg;
    sched *sc = w->sc;
    mc_analysis an = {.o = sc->o, .prog = (mc_program *)sc->prog, .out = &w->diags, .pi = sc->pi};
    find_listeners(&an);
    for (int pos; (pos = next_ready(sc)) >= 0;) {
        an.cur_pos = pos;
        if (!(sc->o->stop && *sc->o->stop))
            analyze_function(&an, sc->order[pos], &w->stats);
        finished(sc, pos);
    }
    MC_VEC_FREE(an.places);
    MC_VEC_FREE(an.reskeys);
    MC_VEC_FREE(an.steps);
    MC_VEC_FREE(an.reported);
    MC_VEC_FREE(an.texts);
    MC_VEC_FREE(an.entries_seen);
    MC_VEC_FREE(an.gwrites);
    MC_VEC_FREE(an.deferred);
    MC_VEC_FREE(an.null_sites);
    MC_VEC_FREE(an.masks);
    mc_ptrmap_free(&an.deref_sites);
    return NULL;
}

static void run_workers(sched *sc, int jobs, mc_diags *out, mc_analysis_stats *stats)
{
    if (jobs < 1)
        jobs = 1;
    worker *ws = mc_xcalloc((size_t)jobs, sizeof *ws);
    int started = 0;
    for (int i = 0; i < jobs; i++) {
        ws[i].sc = sc;
        if (i > 0 && pthread_create(&ws[i].thread, NULL, work_loop, &ws[i]) == 0)
            started = i;
    }
    work_loop(&ws[0]);
    for (int i = 1; i <= started; i++)
        pthread_join(ws[i].thread, NULL);
    for (int i = 0; i < jobs; i++) {
        mc_diags_append(out, &ws[i].diags);
        mc_diags_free(&ws[i].diags);
        stats->functions += ws[i].stats.functions;
        stats->skipped += ws[i].stats.skipped;
        stats->visits += ws[i].stats.visits;
        for (int k = 0; k < ws[i].stats.skipped_names.n; k++)
            MC_VEC_PUSH(stats->skipped_names, ws[i].stats.skipped_names.v[k]);
        MC_VEC_FREE(ws[i].stats.skipped_names);
    }
    free(ws);
}

static int by_text(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int family_index(void *ctx, const char *name)
{
    return family_named(ctx, name);
}

static mc_family_names family_names(mc_analysis *an)
{
    return (mc_family_names){an->pi->families.v, an->pi->families.n, family_index, an};
}

/* Other shards' summaries, for the functions this run sees no body of. */
static bool read_summaries(mc_analysis *an, void *made)
{
    mc_family_names fam = family_names(an);
    for (int i = 0; i < an->o->nsummaries_in; i++)
        if (!mc_summaries_read(an->prog, an->o->summaries_in[i],
                               an->o->summaries_loaded ? an->o->summaries_loaded[i] : NULL, &fam, made))
            return false;
    return true;
}

void mc_analyze_program(mc_program *p, const mc_analysis_opts *o, mc_diags *out, mc_analysis_stats *stats)
{
    mc_proginfo pi = {0};
    mc_analysis setup = {.o = o, .prog = p, .out = out, .pi = &pi};
    build_proginfo(&setup);
    void *made = mc_summaries_new_made();
    stats->summaries_failed = !read_summaries(&setup, made);
    order ord = {0};
    bottom_up(p, &ord);
    pi.order_pos = mc_xmalloc(((size_t)p->symbols.n + 1) * sizeof *pi.order_pos);
    for (int i = 0; i <= p->symbols.n; i++)
        pi.order_pos[i] = -1;
    for (int i = 0; i < ord.out.n; i++)
        if (ord.out.v[i]->sym)
            pi.order_pos[ord.out.v[i]->sym->index] = i;
    sched sc = {.prog = p, .o = o, .pi = &pi};
    pthread_mutex_init(&sc.lock, NULL);
    pthread_cond_init(&sc.ready_cv, NULL);
    plan(&sc, &ord);
    run_workers(&sc, o->jobs, out, stats);
    mc_family_names fam = family_names(&setup);
    if (o->summaries_out && !mc_summaries_write(p, o->summaries_out, &fam))
        stats->summaries_failed = true;
    if (o->after)
        o->after(o->after_ctx, p, &fam, out);
    if (stats->skipped_names.n)
        qsort(stats->skipped_names.v, (size_t)stats->skipped_names.n, sizeof *stats->skipped_names.v, by_text);
    pthread_mutex_destroy(&sc.lock);
    pthread_cond_destroy(&sc.ready_cv);
    for (int i = 0; i < sc.n; i++)
        MC_VEC_FREE(sc.dependents[i]);
    free(sc.dependents);
    free(sc.waiting);
    MC_VEC_FREE(sc.ready);
    MC_VEC_FREE(ord.out);
    free(pi.order_pos);
    free_proginfo(&pi);
    free_summaries(p);
    mc_summaries_free_made(made);
}
