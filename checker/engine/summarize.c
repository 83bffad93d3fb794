/* summarize.c - a function's summary: what each exit tells, and the summary made from it. */
#include <string.h>

#include "internal.h"

/* ---- what each exit tells the summary ---- */

/* What this path did with *param: released, kept or only read what the caller
 * put there, or wrote something else into it. */
/* free(*p) leaves *p dangling, or is followed by *p = NULL, or by *p = another. */
static void note_pointee_release(mc_analysis *an, int i, mc_val now, int orig)
{
    an->tally.pp_released[i] = 1;
    if (now.kind == V_RES && now.res == orig)
        an->tally.pp_after[i] |= 1; /* dangling */
    else if (now.kind == V_NULL || (mc_val_exact(&now) && now.lo == 0))
        an->tally.pp_after[i] |= 2; /* reset */
    else
        an->tally.pp_after[i] |= 4; /* replaced */
}

static void summarize_pointee(mc_analysis *an, const mc_state *st, int i)
{
    const mc_type *t = &an->f->vars[i].type;
    if (st->ppderef & (1ULL << i))
        an->tally.pp_deref[i] = 1;
    int orig = pointee_res(an, i);
    if (orig < 0)
        return;
    int obj = deref_place(an, param_res(an, i), *t);
    mc_val now = mc_st_get(st, obj);
    const mc_res *r = mc_st_res_c(st, orig);
    const mc_res *p = mc_st_res_c(st, param_res(an, i));
    if (p && p->stored && !r)
        an->tally.pp_written[i] = 1; /* handed on to code we cannot see (pPager->xGet(..., ppPage)) */
    bool untouched = now.kind == V_UNKNOWN && !now.def && !r;
    if (!untouched && !(now.kind == V_RES && now.res == orig) && !(r && r->status == MC_RS_RELEASED))
        an->tally.pp_written[i] = 1;
    else if (r && r->nullness == MC_NN_FAILED)
        return;
    else if (r && r->status == MC_RS_RELEASED)
        note_pointee_release(an, i, now, orig);
    else if (r && (r->status == MC_RS_ESCAPED || r->stored || r->taken))
        an->tally.pp_escaped[i] = 1;
    else
        an->tally.pp_live[i] = 1;
    if (st->pplive_joined >> i & 1)
        an->tally.pp_live[i] = 1; /* a path joined into this one */
}

/* An integer parameter (a descriptor): released, kept or only used here. */
static void summarize_int_param(mc_analysis *an, const mc_state *st, int i)
{
    if (an->f->vars[i].type.kind != MC_TY_INT)
        return;
    if (st->pint_released & (1ULL << i))
        an->tally.p_released[i] = 1;
    else if (st->pint_kept & (1ULL << i))
        an->tally.p_escaped[i] = 1;
    else
        an->tally.p_live[i] = 1;
}

/* free(c->buf) or free(g_buf) with nothing after: released resource id is
 * still in the global or the field of the parameter's object it was read from. */
static bool left_dangling(mc_analysis *an, const mc_state *st, const mc_res *r, int id)
{
    int from = res_read_from(an, id);
    const mc_place *outer;
    if (from < 0 || r->release_place != from ||
        (an->places.v[from].kind != P_GLOBAL && pointee_param_of(an, &an->places.v[from]) < 0 &&
         deep_param_of(an, &an->places.v[from], &outer) < 0))
        return false;
    return place_holds(st, from, id);
}

/* cpio->resolver = resolver_new(); ... resolver_free(cpio->resolver); with
 * nothing after: what this function made, stored in a field of its
 * parameter's object (or a global) and released from there, which the field
 * still points to. Its callers get the field as one left dangling. */
static mc_entry_seen *made_and_left_dangling(mc_analysis *an, const mc_state *st, const mc_res *r, int id)
{
    int at = r->release_place;
    if (r->origin != MC_ORIG_ALLOC || r->status != MC_RS_RELEASED || at < 0 || !place_holds(st, at, id))
        return NULL;
    const mc_place *p = &an->places.v[at];
    if (p->kind != P_GLOBAL && pointee_param_of(an, p) < 0)
        return NULL;
    return entry_at(an, at, r->var_expr);
}

/* A pointer this path found NULL in the global or field it read it from, which
 * still holds it: for the callers, the path that skips `if (c->buf)
 * free(c->buf);` leaves the field as a free() would. */
static bool found_null(mc_analysis *an, const mc_state *st, const mc_res *r, int id)
{
    int from = r->status == MC_RS_LIVE && r->nullness == MC_NN_FAILED ? res_read_from(an, id) : -1;
    return from >= 0 && place_holds(st, from, id);
}

static void summarize_globals(mc_analysis *an, const mc_state *st)
{
    for (int i = 0; i < st->res.n; i++) {
        const mc_res *r = &st->res.v[i].r;
        mc_entry_seen *made = made_and_left_dangling(an, st, r, st->res.v[i].id);
        if (made) {
            made->released_exits++;
            made->dangling_exits++;
            made->kept = true;
        }
        bool null = found_null(an, st, r, st->res.v[i].id);
        mc_entry_seen *g = r->status == MC_RS_RELEASED || null ? entry_seen_deep(an, r, st->res.v[i].id)
                           : r->deref_unchecked                ? entry_seen(an, r, st->res.v[i].id)
                                                               : NULL;
        if (g && null)
            g->null_exits++;
        if (g && r->status == MC_RS_RELEASED)
            g->released_exits++;
        if (g && r->status == MC_RS_RELEASED && left_dangling(an, st, r, st->res.v[i].id))
            g->dangling_exits++;
        if (g && r->deref_unchecked)
            g->nonnull_exits++;
        g = entry_seen(an, r, st->res.v[i].id);
        bool kept = r->status != MC_RS_LIVE || r->stored || r->taken;
        if (g && kept)
            g->kept = true;
        if (g && !g->global && g->param >= 0 && g->param < 64 && kept)
            an->tally.p_struct_kept |= 1ULL << g->param;
        if (g && !g->global && g->param >= 0 && g->param < 64 && kept && is_index_field(g->field))
            an->tally.p_elems_kept |= 1ULL << g->param;
    }
}

static void summarize_params(mc_analysis *an, const mc_state *st)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    uint64_t deref = 0, out = 0;
    for (int i = 0; i < n && i < 64; i++) {
        summarize_pointee(an, st, i);
        if (mc_state_param_out_only(an, st, i))
            out |= 1ULL << i;
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
            an->tally.p_released[i] = 1;
        else if (r->status == MC_RS_ESCAPED || r->stored || r->taken)
            an->tally.p_escaped[i] = 1;
        else
            an->tally.p_live[i] = 1;
        if (st->plive_joined >> i & 1)
            an->tally.p_live[i] = 1; /* a path joined into this one */
    }
    an->tally.p_deref_all = an->tally.exits == 0 ? (int64_t)deref : (an->tally.p_deref_all & (int64_t)deref);
    note_guard_exit(an, st, deref);
    an->tally.pp_nonnull_all = an->tally.exits == 0 ? st->ppderef_unchecked : (an->tally.pp_nonnull_all & st->ppderef_unchecked);
    an->tally.pp_out_all = an->tally.exits == 0 ? out : (an->tally.pp_out_all & out);
}

/* Does every exit return a static object, a string literal or stack memory? */
static void note_ret_nonheap(mc_analysis *an, const mc_res *r, bool null)
{
    if (null) {
        an->tally.ret_nonheap_null = true;
        return;
    }
    bool nonheap = r && !r->owned && (r->origin == MC_ORIG_STATIC || r->origin == MC_ORIG_STRLIT ||
                                      r->origin == MC_ORIG_STACK || r->origin == MC_ORIG_ALLOCA);
    if (!nonheap)
        an->tally.ret_nonheap = -1;
    else if (an->tally.ret_nonheap == 0)
        an->tally.ret_nonheap = r->origin;
    else if (an->tally.ret_nonheap != r->origin)
        an->tally.ret_nonheap = -1;
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
            an->tally.released_on_null |= 1ULL << i;
    }
}

/* An owned result that replaces parameter i's block (realloc(p, n) returned):
 * the function reallocates i, if every such exit says the same. */
static void note_realloc_param(mc_analysis *an, const mc_res *r)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    int param = -1;
    for (int i = 0; i < n && r->realloc_link.old >= 0; i++)
        if (param_res(an, i) == r->realloc_link.old)
            param = i;
    if (param < 0)
        return;
    an->tally.realloc_param = an->tally.realloc_param == -1 || an->tally.realloc_param == param ? param : -2;
}

/* The integer parameter this exit returns as it came in: `return d;`, or a copy
 * of it (`x = d; ... return x;`, see shared_int), d never assigned; or -1. */
static int returned_param(const mc_analysis *an, const mc_state *st)
{
    const mc_expr *x = st->ret_expr ? mc_expr_strip(st->ret_expr) : NULL;
    if (x && x->kind == MC_EX_VAR && !an->f->vars[x->var].is_param)
        x = st->ret.def;
    int n = an->f->sym ? an->f->sym->nparams : 0;
    if (!x || x->kind != MC_EX_VAR || x->var < 0 || x->var >= n || x->var >= 64)
        return -1;
    const mc_var *v = &an->f->vars[x->var];
    if (!v->is_param || v->type.kind != MC_TY_INT || (an->params_assigned >> x->var & 1))
        return -1;
    return x->var;
}

/* The range this exit returns, joined per integer parameter into the side of
 * zero the path knows it on, or into both where it does not know. */
static void note_ret_sides(mc_analysis *an, const mc_state *st, int64_t lo, int64_t hi)
{
    int n = an->f->sym->nparams;
    for (int p = 0; p < n && p < MC_RET_SPLIT_PARAMS; p++) {
        if (an->f->vars[p].type.kind != MC_TY_INT || (an->params_assigned >> p & 1))
            continue;
        int side = value_side(st, mc_st_get(st, var_place(an, p)));
        for (int s = 0; s < 2; s++) {
            if (side != SIDE_UNKNOWN && side != (s ? SIDE_NONZERO : SIDE_ZERO))
                continue;
            int64_t *r = an->tally.ret_side[p][s];
            bool set = an->tally.ret_side_set[p] >> s & 1;
            r[0] = set && r[0] < lo ? r[0] : lo;
            r[1] = set && r[1] > hi ? r[1] : hi;
            an->tally.ret_side_set[p] |= (uint8_t)(1 << s);
            if (side != SIDE_UNKNOWN)
                an->tally.ret_side_seen[p] |= (uint8_t)(1 << s);
        }
    }
}

/* What an int function returns, joined over its exits: a range of values, and
 * whether every exit returns one parameter unchanged. */
static void note_ret_int(mc_analysis *an, const mc_state *st)
{
    const mc_type *t = &an->f->sym->ret;
    mc_val all = as_interval(mc_val_unknown(), t);
    int64_t lo, hi;
    bool ok = st->ret.kind != V_RES && value_range(st->ret, t, &lo, &hi);
    if (ok && !mc_type_is_u64(t)) { /* a count up held as [1, INT64_MAX] is at most the type's highest */
        lo = lo < all.lo ? all.lo : lo;
        hi = hi > all.hi ? all.hi : hi;
    }
    an->tally.ret_range_ok &= ok && lo <= hi;
    if (an->tally.ret_range_ok && !an->tally.ret_range_seen) {
        an->tally.ret_lo = lo;
        an->tally.ret_hi = hi;
    } else if (an->tally.ret_range_ok) {
        an->tally.ret_lo = lo < an->tally.ret_lo ? lo : an->tally.ret_lo;
        an->tally.ret_hi = hi > an->tally.ret_hi ? hi : an->tally.ret_hi;
    }
    an->tally.ret_range_seen = true;
    if (an->tally.ret_range_ok)
        note_ret_sides(an, st, lo, hi);
    int p = returned_param(an, st);
    an->tally.ret_param = p >= 0 && (an->tally.ret_param == -1 || an->tally.ret_param == p) ? p : -2;
}

static void summarize_return(mc_analysis *an, const mc_state *st)
{
    if (!st->has_ret)
        return;
    const mc_val *v = &st->ret;
    const mc_res *r = v->kind == V_RES ? st->ret_res : NULL;
    /* a pointer into something already handed off (a vector's element) is not ours to give */
    bool owned = r && r->owned && r->nullness != MC_NN_FAILED && r->status == MC_RS_LIVE;
    if (r && r->fails && !an->tally.ret_fails)
        an->tally.ret_fails = r->fails; /* how what it hands out fails: NULL, -1, MAP_FAILED */
    if (r && r->owned && r->origin == MC_ORIG_ALLOC && r->status == MC_RS_ESCAPED && r->linked &&
        r->nullness != MC_NN_FAILED)
        an->tally.ret_linked = true; /* node_new(parent) links the node into parent and returns it */
    if (owned) {
        an->tally.ret_owned = true;
        note_realloc_param(an, r);
        if (an->tally.ret_family < 0)
            an->tally.ret_family = r->family;
        if (r->nullness == MC_NN_UNCHECKED && r->may_fail)
            an->tally.ret_null = true;
    }
    /* an int function that returns a descriptor on some paths and an error code
       on others fails the way open() does */
    if (!r && an->f->sym && an->f->sym->ret.kind == MC_TY_INT)
        an->tally.ret_int_other = true;
    bool null = v->kind == V_NULL || (r && r->nullness == MC_NN_FAILED);
    if (null)
        an->tally.ret_null = true;
    if (null)
        note_released_params(an, st);
    note_exit_conditions(an, st, r, null, owned);
    note_ret_nonheap(an, r, null);
    /* what a callee promised not NULL (`o = options_add(oo, name); return o;`)
       is no resource of ours, yet not NULL either */
    bool promised = !r && (v->flags & VF_NONZERO) && an->f->sym && an->f->sym->ret.kind == MC_TY_PTR;
    if (null || (!r && !promised) || (r && r->nullness == MC_NN_UNCHECKED))
        an->tally.ret_all_nonnull = false;
    if (an->f->sym && an->f->sym->ret.kind == MC_TY_INT)
        note_ret_int(an, st);
    if (mc_val_exact(v) || v->kind == V_NULL) { /* NULL counts as the constant 0 */
        int64_t c = v->kind == V_NULL ? 0 : v->lo;
        if (!an->tally.ret_const_seen)
            an->tally.ret_const = c;
        else if (an->tally.ret_const != c)
            an->tally.ret_const_same = false;
        an->tally.ret_const_seen = true;
    } else {
        an->tally.ret_const_same = false;
    }
}

void exit_path(mc_analysis *an, mc_state *st, const mc_block *b)
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
    note_outcome_exit(an, st);
    note_ret_test(an, st);
    an->tally.exits++;
    an->tally.fell_off |= b->term_loc.line == an->f->end_loc.line && b->term_loc.col == an->f->end_loc.col;
    exit_leaks(an, st, b->term_loc, b->cond);
}

/* ---- the summary, written ---- */

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

/* The first integer parameter whose side of zero, known on some exit of each
 * side, tells the returned ranges apart (`if (flag) return 1; return 2;`). */
static void summarize_ret_sides(const mc_analysis *an, mc_summary *sum)
{
    int n = an->f->sym->nparams;
    for (int p = 0; p < n && p < MC_RET_SPLIT_PARAMS; p++) {
        const int64_t(*r)[2] = an->tally.ret_side[p];
        if (an->tally.ret_side_seen[p] == 3 && an->tally.ret_side_set[p] == 3 && (r[0][0] != r[1][0] || r[0][1] != r[1][1])) {
            sum->ret_int.split_param = (int16_t)p;
            memcpy(sum->ret_int.if_zero, r[0], sizeof sum->ret_int.if_zero);
            memcpy(sum->ret_int.if_nonzero, r[1], sizeof sum->ret_int.if_nonzero);
            return;
        }
    }
}

/* An int function's result: a range narrower than its type, or one parameter. */
static void summarize_ret_int(const mc_analysis *an, mc_summary *sum)
{
    sum->ret_int.param = -1;
    sum->ret_int.split_param = -1;
    if (an->tally.exits == 0 || !an->tally.ret_range_seen || sum->ret_int.is_const || an->states_dropped)
        return; /* with paths dropped at a bound, the exits seen are not all */
    if (an->tally.ret_param >= 0)
        sum->ret_int.param = (int16_t)an->tally.ret_param;
    mc_val all = as_interval(mc_val_unknown(), &an->f->sym->ret);
    int64_t lo, hi;
    if (!value_range(all, &an->f->sym->ret, &lo, &hi)) {
        lo = 0; /* an unsigned 64-bit type: its values below 2^63 */
        hi = INT64_MAX;
    }
    if (!an->tally.ret_range_ok || (an->tally.ret_lo <= lo && an->tally.ret_hi >= hi))
        return;
    sum->ret_int.is_range = true;
    sum->ret_int.lo = an->tally.ret_lo;
    sum->ret_int.hi = an->tally.ret_hi;
    summarize_ret_sides(an, sum);
}

void write_summary(mc_analysis *an, mc_summary *sum)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    sum->ndeferred = an->deferred.n;
    sum->deferred = an->deferred.v;
    an->deferred.v = NULL;
    an->deferred.n = an->deferred.cap = 0;
    sum->analysed = !an->cost.over_budget && !an->f->lowering_incomplete;
    /* what the declarations promise speaks for the body, also to callers in
       other shards, which may not see the definition's attributes */
    const mc_symbol *self = an->f->sym;
    sum->noreturn = (sum->analysed && an->tally.exits == 0) || (self && self->attr_noreturn);
    /* fail() { if (failed) return; ...; longjmp(bail, 1); }: it returns early only,
       its end does not come; a function that may assert on a side path does */
    sum->may_not_return = sum->analysed && an->tally.exits > 0 && an->tally.dead_end && !an->tally.fell_off && an->f->sym &&
                          an->f->sym->ret.kind == MC_TY_VOID;
    sum->returns_owned = an->tally.ret_owned;
    sum->returns_linked = an->tally.ret_owned && an->tally.ret_linked;
    sum->may_return_null = (an->tally.ret_null || (an->tally.ret_owned && an->tally.ret_int_other)) && !declared_nonnull(self);
    if (an->tally.ret_owned && an->tally.ret_int_other)
        an->tally.ret_fails = MC_FAIL_NEGATIVE;
    summarize_conditions(an, sum);
    sum->keeps_variadic = an->f->sym && an->f->sym->variadic && mc_func_any_root(an->f, root_stores_va_arg, an->f);
    bool realloc_ok = an->tally.realloc_param >= 0 && an->tally.realloc_param < 64 && !(an->tally.released_on_null >> an->tally.realloc_param & 1);
    sum->realloc_param = (int16_t)(realloc_ok ? an->tally.realloc_param : -1);
    sum->returns_nonnull = an->tally.exits > 0 && an->tally.ret_all_nonnull;
    sum->ret_family = (int16_t)an->tally.ret_family;
    sum->ret_fails = (uint8_t)(an->tally.ret_fails ? an->tally.ret_fails : MC_FAIL_NULL);
    sum->ret_int.is_const = an->tally.exits > 0 && an->tally.ret_const_seen && an->tally.ret_const_same;
    sum->ret_int.value = sum->ret_int.is_const ? an->tally.ret_const : 0; /* else what the last function returned */
    summarize_ret_int(an, sum);
    sum->ret_nonheap = an->tally.exits > 0 && an->tally.ret_nonheap > 0 && an->f->sym && an->f->sym->ret.kind == MC_TY_PTR
                           ? (uint8_t)an->tally.ret_nonheap : 0;
    /* with paths dropped at a bound, every exit seen is not every path */
    sum->pointee_nonnull = an->tally.exits == 0 ? 0 : an->tally.pp_nonnull_all & (an->states_dropped ? an->tally.pp_deref_every : ~0ULL);
    sum->pointee_out = an->tally.exits == 0 || an->states_dropped ? 0 : an->tally.pp_out_all;
    for (int i = 0; i < n && i < 64; i++) {
        if (an->f->vars[i].type.kind == MC_TY_RECORD && !(an->tally.p_struct_kept & (1ULL << i)))
            sum->struct_borrowed |= 1ULL << i;
        if (an->f->vars[i].type.kind == MC_TY_PTR && !(an->tally.p_elems_kept & (1ULL << i)) && an->tally.exits > 0)
            sum->elems_borrowed |= 1ULL << i;
    }
    mc_summary_init_params(sum, n);
    summarize_outcome(an, sum);
    summarize_fields(an, sum);
    for (int i = 0; i < n; i++) {
        int kinds = an->tally.p_released[i] + an->tally.p_escaped[i] + an->tally.p_live[i];
        sum->param_effect[i] = kinds > 1 ? MC_PARAM_MAYBE
                               : an->tally.p_released[i] ? MC_PARAM_RELEASES
                               : an->tally.p_escaped[i] ? MC_PARAM_TAKES
                                                  : MC_PARAM_BORROWS;
        if (an->f->vars[i].type.kind != MC_TY_PTR && an->f->vars[i].type.kind != MC_TY_INT)
            sum->param_effect[i] = MC_PARAM_BORROWS;
        sum->param_deref[i] = i < 64 && an->tally.exits > 0 && (an->tally.p_deref_all & (1LL << i)) &&
                              (!an->states_dropped || (an->tally.p_deref_every >> i & 1));
        int seen = an->tally.pp_released[i] + an->tally.pp_escaped[i] + an->tally.pp_live[i];
        /* *val = &f->upvalue[n]: a value the paths do not follow is still a write */
        bool written = an->tally.pp_written[i] || (i < 64 && !an->tally.pp_released[i] && !an->tally.pp_escaped[i] &&
                                             !(an->params_assigned >> i & 1) && (an->pointees_assigned >> i & 1));
        sum->pointee_effect[i] = written || !seen ? MC_PARAM_UNKNOWN
                                 : seen > 1           ? MC_PARAM_MAYBE
                                 : an->tally.pp_released[i] ? MC_PARAM_RELEASES
                                 : an->tally.pp_escaped[i]  ? MC_PARAM_TAKES
                                                      : MC_PARAM_BORROWS;
        /* a void * is taken for a T ** only when it frees what it points to, or
           dereferences it and only reads it */
        bool as_handle = sum->pointee_effect[i] == MC_PARAM_RELEASES ||
                         (sum->pointee_effect[i] == MC_PARAM_BORROWS && an->tally.pp_deref[i]);
        if (an->f->vars[i].type.ptr_depth < 2 && !as_handle)
            sum->pointee_effect[i] = MC_PARAM_UNKNOWN;
        sum->pointee_deref[i] = an->tally.pp_deref[i] || (i < 64 && (an->tally.pp_passed & (1ULL << i)));
        sum->pointee_after[i] = an->tally.pp_after[i] == 2 ? MC_AFTER_NULL : an->tally.pp_after[i] > 1 ? MC_AFTER_UNKNOWN
                                                                                          : MC_AFTER_DANGLING;
        sum->param_family[i] = an->tally.p_rel_family[i] >= 0 ? an->tally.p_rel_family[i] : -1;
        sum->pointee_family[i] = an->tally.pp_rel_family[i] >= 0 ? an->tally.pp_rel_family[i] : -1;
    }
    sum->writes.any = an->tally.gwrites_any;
    sum->writes.extern_globals = an->tally.gwrites_extern;
    sum->writes.n = an->tally.gwrites.n;
    sum->writes.v = mc_xcalloc((size_t)an->tally.gwrites.n + 1, sizeof *sum->writes.v);
    for (int i = 0; i < an->tally.gwrites.n; i++)
        sum->writes.v[i] = an->tally.gwrites.v[i];
    sum->entries = mc_xcalloc((size_t)an->tally.entries_seen.n + 1, sizeof *sum->entries);
    for (int i = 0; i < an->tally.entries_seen.n; i++) {
        const mc_entry_seen *g = &an->tally.entries_seen.v[i];
        bool releases = g->released_exits > 0 && g->released_exits + g->null_exits == an->tally.exits;
        /* only where its callers are all known: each then holds what it
           leaves dangling; a function others may call answers for itself */
        bool dangles = releases && g->dangling_exits + g->null_exits == an->tally.exits && mc_callers_all_known(an);
        bool nonnull = an->tally.exits > 0 && g->nonnull_exits == an->tally.exits;
        /* a field one deeper only where it is left dangling: what else the
           callee writes one deeper (a reset to NULL) its summary does not say */
        if (g->deep && !dangles)
            continue;
        if (releases || g->derefed || g->global)
            sum->entries[sum->nentries++] =
                (mc_entry_effect){.global = g->global, .param = g->param, .field = g->deep ? mc_xstrdup(g->field) : g->field,
                                  .owns_field = g->deep, .ref = g->ref, .releases = releases, .dangles = dangles,
                                  .derefs = g->derefed, .derefs_late = g->derefed_late, .nonnull = nonnull, .keeps = g->kept,
                                  .family = g->family >= 0 ? g->family : -1};
    }
}
