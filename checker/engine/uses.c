/* uses.c - a value used: the use event, dereference sites, what uses tell the summary. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- uses ---- */

/* The record of the entry value of a global pointer, of a pointer field of a
 * struct parameter or of the object a parameter points to, or of an element of
 * the array a parameter points to, when resource id is one. */
mc_entry_seen *entry_seen(mc_analysis *an, const mc_res *r, int id)
{
    int from = r->origin == MC_ORIG_PLACE ? res_read_from(an, id) : PLACE_NONE;
    return from < 0 ? NULL : entry_at(an, from, r->var_expr);
}

/* The record of what a global pointer, or a pointer field of a struct
 * parameter or of the object a parameter points to, holds (place from). */
mc_entry_seen *entry_at(mc_analysis *an, int from, const mc_expr *ref)
{
    const mc_place *p = &an->places.v[from];
    bool global = p->kind == P_GLOBAL && p->global;
    int param = struct_param_of(an, p);
    if (param < 0)
        param = pointee_param_of(an, p);
    if ((!global && param < 0) || p->type.kind != MC_TY_PTR)
        return NULL;
    mc_entry_seen key = {.global = global ? p->global : NULL, .param = global ? -1 : param,
                         .field = global ? NULL : p->field, .ref = ref, .family = -1};
    for (int i = 0; i < an->tally.entries_seen.n; i++) {
        const mc_entry_seen *e = &an->tally.entries_seen.v[i];
        if (e->global == key.global && e->param == key.param && e->field == key.field)
            return &an->tally.entries_seen.v[i];
    }
    MC_VEC_PUSH(an->tally.entries_seen, key);
    return &an->tally.entries_seen.v[an->tally.entries_seen.n - 1];
}

/* The parameter whose object's pointer field p's object is read from: for
 * ssl->handshake->psk, ssl and its field "handshake" (*outer). -1 if none. */
int deep_param_of(mc_analysis *an, const mc_place *p, const mc_place **outer)
{
    if (p->kind != P_FIELD || p->type.kind != MC_TY_PTR || is_index_field(p->field) ||
        an->places.v[p->parent].kind != P_DEREF)
        return -1;
    int at = res_read_from(an, an->places.v[p->parent].res);
    *outer = at >= 0 ? &an->places.v[at] : NULL;
    int param = *outer ? pointee_param_of(an, *outer) : -1;
    return param >= 0 && !is_index_field((*outer)->field) ? param : -1;
}

/* The record of what a field of an object a parameter's field points to holds
 * (ssl->handshake->psk: param ssl, field "handshake->psk"), for a path that
 * releases it or finds it NULL there (summarize.c); else as entry_seen. */
mc_entry_seen *entry_seen_deep(mc_analysis *an, const mc_res *r, int id)
{
    mc_entry_seen *g = entry_seen(an, r, id);
    int from = g || r->origin != MC_ORIG_PLACE ? PLACE_NONE : res_read_from(an, id);
    const mc_place *outer = NULL;
    int param = from >= 0 ? deep_param_of(an, &an->places.v[from], &outer) : -1;
    if (param < 0)
        return g;
    char *path = mc_xasprintf("%s->%s", outer->field, an->places.v[from].field);
    for (int i = 0; i < an->tally.entries_seen.n; i++) {
        mc_entry_seen *e = &an->tally.entries_seen.v[i];
        if (e->deep && e->param == param && strcmp(e->field, path) == 0) {
            free(path);
            return e;
        }
    }
    mc_entry_seen key = {.param = param, .field = keep_text(an, path), .ref = r->var_expr, .family = -1, .deep = true};
    MC_VEC_PUSH(an->tally.entries_seen, key);
    return &an->tally.entries_seen.v[an->tally.entries_seen.n - 1];
}

/* Whether this path released a parameter (free(it)) already. */
static bool param_released(const mc_state *st)
{
    for (int i = 0; i < st->res.n; i++)
        if (st->res.v[i].r.origin == MC_ORIG_PARAM && st->res.v[i].r.status == MC_RS_RELEASED)
            return true;
    return false;
}

void note_entry_deref(mc_entry_seen *g, const mc_state *st)
{
    if (!g)
        return;
    g->derefed = true;
    g->derefed_late |= param_released(st);
}

static void note_param_deref(mc_analysis *an, mc_state *st, const mc_res *r, int id)
{
    note_entry_deref(entry_seen(an, r, id), st);
    if (r->origin == MC_ORIG_PARAM && r->nullness == MC_NN_UNCHECKED && r->param >= 0 && r->param < 64) {
        st->pderef |= 1ULL << r->param;
        if (an->on_every_path[an->block])
            an->tally.p_deref_every |= 1ULL << r->param;
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
            an->tally.pp_deref_every |= 1ULL << i;
    }
}

/* Is value v known not to be c? */
bool excludes(mc_val v, int64_t c)
{
    if (v.kind != V_INT)
        return false;
    return c < v.lo || c > v.hi || (c == 0 && (v.flags & VF_NONZERO));
}

/* A mapping checked only against NULL is used, or its path ends: the NULL
 * check was the wrong one. */
void flush_null_check(mc_analysis *an, mc_state *st, int id)
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
void note_deref_site(mc_analysis *an, mc_state *st, mc_val v, mc_usekind kind, const mc_expr *e,
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

/* A variable nothing is known of, once dereferenced, is not NULL on this path
 * (t = table_get(n); t->refs++; table_unref(t) passes no NULL), as a check
 * would have told (truth_unknown_ptr). */
static void remember_nonnull(mc_analysis *an, mc_state *st, mc_val v, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (e->kind != MC_EX_VAR || e->type.kind != MC_TY_PTR || an->f->vars[e->var].type.kind != MC_TY_PTR)
        return;
    v.flags |= VF_NONZERO;
    mc_st_set(st, var_place(an, e->var), v);
}

void raise_null_derefs(mc_analysis *an)
{
    /* with paths dropped, a site's other paths may be among them */
    for (int i = 0; i < an->null_sites.n && !an->cost.over_budget && !an->states_dropped; i++) {
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

void use(mc_analysis *an, mc_state *st, mc_val v, mc_usekind kind, const mc_expr *e,
         const mc_expr *at, const char *callee, int arg)
{
    if (kind == MC_USE_DEREF || kind == MC_USE_WRITE || kind == MC_USE_NONNULL)
        note_deref_site(an, st, v, kind, e, at, callee, arg);
    if (v.kind == V_UNKNOWN && (kind == MC_USE_DEREF || kind == MC_USE_WRITE))
        remember_nonnull(an, st, v, e);
    if (v.kind != V_RES)
        return;
    const mc_res *seen = mc_st_res_c(st, v.res);
    if (!seen)
        return;
    if (kind == MC_USE_WRITE)
        forget_predicates(an, st, v.res); /* name[0] = '-': what predicates said of it is gone */
    mc_res *r;
    if (seen->nullness == MC_NN_UNCHECKED && seen->null_with.place >= 0 && !seen->null_with.when_ok &&
        excludes(mc_st_get(st, seen->null_with.place), seen->null_with.value))
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
    }
}
