/* conditional.c - conditional effects (summary.h, mc_cond): what a function
 * does only under a condition its caller can know, found at the function's
 * exits, and decided or attached to the result at each call. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- deciding a condition ---- */

/* A size_t parameter: an object's size, not a flag. */
static bool is_size_param(const mc_symbol *s, int i)
{
    const mc_type *t = s && i < s->nparams ? &s->params[i].type : NULL;
    return t && t->kind == MC_TY_INT && !t->is_signed && t->spelling && strcmp(t->spelling, "size_t") == 0;
}

int value_side(const mc_state *st, mc_val v)
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

/* NULL cannot come back for these arguments. A wrapper that returns NULL only for
 * a size of 0 (redis's zrealloc(p, 0) frees p) counts as never failing unless the
 * size is 0 here: using a zero-sized block is its own bug, a check would not fix it. */
bool null_ruled_out(const mc_symbol *s, const mc_summary *sum, const mc_val *args, int nargs)
{
    const mc_cond *c = &sum->null_only_if;
    int i = c->param;
    if (c->on != MC_COND_ARG || i >= nargs)
        return false;
    const mc_val *a = &args[i];
    bool nonzero = a->kind == V_INT && (a->lo > 0 || a->hi < 0 || (a->flags & VF_NONZERO));
    if (!mc_val_exact(a))
        return !c->nonzero && (nonzero || is_size_param(s, i)); /* if (argc != 0) copy_argv(argc, argv) */
    return (a->lo != 0) != c->nonzero;
}

/* Is the flag the callee branches on known to be set here? */
bool guard_holds(mc_analysis *an, const mc_state *st, const mc_summary *sum)
{
    const mc_global *g = sum->guarded.on.global;
    if (!g)
        return false;
    mc_place p = {.kind = P_GLOBAL, .var = -1, .global = g, .res = -1, .parent = -1, .type = g->type};
    mc_val v = mc_st_get(st, intern_place(an, p));
    int64_t k;
    if (v.kind == V_UNKNOWN && mc_global_constant(g, &k))
        v = mc_val_int(k);
    return v.kind == V_INT && (v.lo > 0 || v.hi < 0 || (v.flags & VF_NONZERO));
}

/* How the argument deciding whether the result is the caller's
 * (mc_summary.owned_only_if) stands here: known to hold, known to fail, or
 * not known, then with the place that will tell (the variable passed, or the
 * predicate's answer for it). */
owned_call owned_at_call(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_summary *sum,
                         const mc_val *args)
{
    const mc_cond *oc = &sum->owned_only_if;
    owned_call out = {COND_HOLDS, PLACE_NONE};
    if (oc->on == MC_COND_NONE || oc->param >= call->nkids - 1)
        return out;
    int side;
    if (oc->on == MC_COND_OUT) { /* the call sets the flag: its caller's test will tell */
        out.place = out_param_place(an, st, call->kids[oc->param + 1]);
        side = SIDE_UNKNOWN;
    } else if (oc->on == MC_COND_PRED) {
        out.place = predicate_of_arg(an, oc->pred, args[oc->param], call->kids[oc->param + 1]);
        side = out.place >= 0 ? value_side(st, mc_st_get(st, out.place)) : SIDE_UNKNOWN;
    } else {
        const mc_expr *a = mc_expr_strip(call->kids[oc->param + 1]);
        out.place = a && a->kind == MC_EX_VAR ? var_place(an, a->var) : PLACE_NONE;
        side = value_side(st, args[oc->param]);
    }
    out.side = side == SIDE_UNKNOWN ? COND_UNKNOWN : (side == SIDE_NONZERO) == oc->nonzero ? COND_HOLDS : COND_FAILS;
    return out;
}

/* The call's result is ours only where place (see owned_at_call) is on one
 * side of zero: where the caller tests it, its paths will know. */
void owned_where(mc_res *r, const mc_summary *sum, int place)
{
    r->owned_if.set = true;
    r->owned_if.nonzero = sum->owned_only_if.nonzero;
    r->owned_if.place = place;
}

/* A NULL (or non-NULL) result leaves a constant in what an argument points to
 * (mc_summary.when_null, when_ok): the caller testing that knows the result. */
void null_tells_out(mc_analysis *an, mc_state *st, mc_res *r, const mc_expr *call, const mc_summary *sum)
{
    bool when_ok = sum->when_null.on == MC_COND_NONE;
    const mc_cond *told = when_ok ? &sum->when_ok : &sum->when_null;
    int k = told->on == MC_COND_OUT ? told->param : -1;
    int out = k >= 0 && k + 1 < call->nkids ? out_param_place(an, st, call->kids[k + 1]) : PLACE_NONE;
    if (out < 0)
        return;
    r->null_with.place = out;
    r->null_with.value = told->value;
    r->null_with.when_ok = when_ok;
}

/* What a function returning whether its pointer argument is non-NULL (or
 * NULL) returns here: a check of that argument (if (!valid(p))), else unknown. */
mc_val returned_test(const mc_state *st, const mc_expr *call, const mc_summary *sum, const mc_val *args)
{
    const mc_cond *rt = &sum->returns_test;
    if (rt->on != MC_COND_ARG || rt->param >= call->nkids - 1 || args[rt->param].kind != V_RES)
        return mc_val_unknown();
    return test_value(st, args[rt->param], rt->nonzero);
}

/* ---- a resource's conditions, on the caller's later paths ---- */

/* A path that knows the argument deciding ownership (mc_summary.owned_only_if)
 * was on the other side: what the call returned is not ours (stdout). */
bool lent_here(const mc_state *st, const mc_res *r)
{
    if (!r->owned_if.set || r->owned_if.place < 0)
        return false;
    int side = value_side(st, mc_st_get(st, r->owned_if.place));
    return side != SIDE_UNKNOWN && (side == SIDE_NONZERO) != r->owned_if.nonzero;
}

/* Where paths meet: a result a test already found lent on this path (`if
 * (allocated) free(d);`, the other arm) stays lent, though widening may forget
 * the value that told. */
void settle_lent(mc_state *st)
{
    for (int i = 0; i < st->res.n; i++) {
        if (!st->res.v[i].r.owned_if.set || !lent_here(st, &st->res.v[i].r))
            continue;
        mc_res *r = mc_st_res(st, st->res.v[i].id);
        r->owned = false;
        r->owned_if.set = false;
    }
}

/* `p = parse(s, &err); if (err) return -1;`: p is NULL on that path. */
bool null_by_out(const mc_state *st, const mc_res *r)
{
    return r->null_with.when_ok && r->nullness == MC_NN_UNCHECKED && r->null_with.place >= 0 &&
           excludes(mc_st_get(st, r->null_with.place), r->null_with.value);
}

/* ---- what the exits tell ---- */

static bool int_nonzero(const mc_val *v)
{
    return v->kind == V_INT && (v->lo > 0 || v->hi < 0 || (v->flags & VF_NONZERO));
}

/* What the parameters go through on the paths where the flag is set. */
void note_guard_exit(mc_analysis *an, const mc_state *st, uint64_t deref)
{
    if (an->cw.guard_pl < 0)
        return;
    mc_val g = mc_st_get(st, an->cw.guard_pl);
    if (!int_nonzero(&g)) {
        if (!(mc_val_exact(&g) && g.lo == 0))
            an->cw.guard_lost = true; /* widened away, or never tested on this path */
        return;
    }
    uint64_t released = 0;
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < 64; i++) {
        const mc_res *r = mc_st_res_c(st, param_res(an, i));
        if (r && r->status == MC_RS_RELEASED)
            released |= 1ULL << i;
    }
    an->cw.guard_released = an->cw.guard_exits ? an->cw.guard_released & released : released;
    an->cw.guard_deref = an->cw.guard_exits ? an->cw.guard_deref & deref : deref;
    an->cw.guard_exits++;
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
            an->cw.null_flag_zero |= bit;
        else if (v.kind == V_INT && (v.lo > 0 || v.hi < 0 || (v.flags & VF_NONZERO)))
            an->cw.null_flag_nonzero |= bit;
        else
            an->cw.null_flag_other |= bit;
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
    mc_pred_sides *ps = &an->cw.pred_sides;
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

/* On an exit: what the value returned tells of each pointer parameter (RT_*). */
void note_ret_test(mc_analysis *an, const mc_state *st)
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
        an->cw.p_ret_test[i] = (uint8_t)((an->cw.p_ret_test[i] & bits & 3) | ((an->cw.p_ret_test[i] | bits) & 12));
    }
}


/* On an exit returning NULL (null), or what is the caller's (owned), or
 * something else it does not own: the facts the conditions are found from. */
void note_exit_conditions(mc_analysis *an, const mc_state *st, const mc_res *r, bool null, bool owned)
{
    bool may_be_null = owned && r->nullness == MC_NN_UNCHECKED && r->may_fail;
    if (null || may_be_null)
        note_null_flags(an, st);
    if (null)
        note_outs(an, st, &an->cw.null_out_seen, &an->cw.null_out_bad, an->cw.null_out_val);
    else if (may_be_null)
        an->cw.null_out_bad = ~0ULL; /* NULL passed up from a callee: *out not known there */
    if (!null)
        note_outs(an, st, &an->cw.ok_out_seen, &an->cw.ok_out_bad, an->cw.ok_out_val);
    if (owned) {
        note_param_sides(an, st, &an->cw.owned_sides);
        note_predicate_sides(an, st, true);
        note_outs(an, st, &an->cw.owned_out.seen, &an->cw.owned_out.bad, an->cw.owned_out.val);
    } else if (!null && r && !r->owned && r->status == MC_RS_LIVE) {
        note_param_sides(an, st, &an->cw.lent_sides);
        note_predicate_sides(an, st, false);
        an->cw.lent_exits = true;
    }
    if (!owned && (null || (r && !r->owned && r->status == MC_RS_LIVE)))
        note_outs(an, st, &an->cw.lent_out.seen, &an->cw.lent_out.bad, an->cw.lent_out.val);
}

/* ---- the summary's conditional effects ---- */

/* The parameter that alone decides whether what comes back is the caller's: on
 * one side of zero on every exit returning what is, on the other on every exit
 * returning what is not (`if (!name) return stdout; return fopen(name, "w");`). */
static void summarize_owned(mc_analysis *an, mc_summary *sum)
{
    if (!sum->returns_owned || !an->cw.lent_exits)
        return;
    const mc_sides *o = &an->cw.owned_sides, *l = &an->cw.lent_sides;
    uint64_t if_zero = o->zero & ~o->nonzero & ~o->other & l->nonzero & ~l->zero & ~l->other;
    uint64_t if_nonzero = o->nonzero & ~o->zero & ~o->other & l->zero & ~l->nonzero & ~l->other;
    uint64_t either = (if_zero | if_nonzero) & ~an->params_assigned;
    for (int i = 0; i < 64 && either; i++)
        if (either & (1ULL << i)) {
            sum->owned_only_if = (mc_cond){.on = MC_COND_ARG, .param = (int16_t)i, .nonzero = (if_nonzero >> i) & 1};
            return;
        }
    /* or a predicate of one: `is_stdout(name) ? stdout : fopen(name, "w")` */
    const mc_pred_sides *ps = &an->cw.pred_sides;
    bool one_way = (ps->owned == 1 || ps->owned == 2) && (ps->lent == 1 || ps->lent == 2);
    if (ps->state == 1 && one_way && ps->owned != ps->lent && !(an->params_assigned >> ps->param & 1)) {
        sum->owned_only_if =
            (mc_cond){.on = MC_COND_PRED, .param = (int16_t)ps->param, .pred = ps->pred, .nonzero = ps->owned == 2};
        return;
    }
    /* or a flag it sets: `*allocated = 1;` on every exit returning a copy, 0 on
       every other (tmux's window_copy_cellstring()) */
    const mc_outs *oo = &an->cw.owned_out, *lo = &an->cw.lent_out;
    uint64_t known = oo->seen & ~oo->bad & lo->seen & ~lo->bad;
    for (int i = 0; i < 64 && known; i++)
        if ((known >> i & 1) && (oo->val[i] != 0) != (lo->val[i] != 0)) {
            sum->owned_only_if = (mc_cond){.on = MC_COND_OUT, .param = (int16_t)i, .nonzero = oo->val[i] != 0};
            return;
        }
}

/* The parameter whose value alone decides whether NULL can come back: known
 * on every such path, always the same way, and never assigned. */
static void summarize_null_out(mc_analysis *an, mc_summary *sum)
{
    uint64_t ok = an->cw.null_out_seen & ~an->cw.null_out_bad;
    for (int i = 0; i < 64 && ok && sum->may_return_null; i++)
        if (ok & (1ULL << i)) {
            sum->when_null = (mc_cond){.on = MC_COND_OUT, .param = (int16_t)i, .value = an->cw.null_out_val[i]};
            return;
        }
    /* every exit that may return non-NULL leaves the same constant in *param, and
       some NULL exit another one (err = 1): the caller testing it knows */
    uint64_t told = an->cw.ok_out_seen & ~an->cw.ok_out_bad & an->cw.null_out_seen & ~an->params_assigned;
    for (int i = 0; i < 64 && told && sum->may_return_null; i++)
        if ((told & (1ULL << i)) && (an->cw.null_out_bad & (1ULL << i) || an->cw.null_out_val[i] != an->cw.ok_out_val[i])) {
            sum->when_ok = (mc_cond){.on = MC_COND_OUT, .param = (int16_t)i, .value = an->cw.ok_out_val[i]};
            return;
        }
}

static void summarize_null_flag(mc_analysis *an, mc_summary *sum)
{
    if (!sum->may_return_null)
        return;
    uint64_t zero = an->cw.null_flag_zero & ~an->cw.null_flag_nonzero & ~an->cw.null_flag_other;
    uint64_t nonzero = an->cw.null_flag_nonzero & ~an->cw.null_flag_zero & ~an->cw.null_flag_other;
    for (int i = 0; i < 64 && (zero | nonzero); i++) {
        uint64_t bit = 1ULL << i;
        if (!((zero | nonzero) & bit) || (an->params_assigned & bit))
            continue;
        sum->null_only_if = (mc_cond){.on = MC_COND_ARG, .param = (int16_t)i, .nonzero = (nonzero & bit) != 0};
        return;
    }
}

/* The flag as the caller set it: not one this function (or its callees) may change. */
static void summarize_guard(mc_analysis *an, mc_summary *sum)
{
    const mc_global *guard = an->cw.guard_pl >= 0 ? an->places.v[an->cw.guard_pl].global : NULL;
    bool guard_written = an->tally.gwrites_any || (an->tally.gwrites_extern && guard && !guard->is_static);
    for (int i = 0; guard && i < an->tally.gwrites.n; i++)
        guard_written |= an->tally.gwrites.v[i] == guard;
    if (guard && an->cw.guard_exits > 0 && !an->cw.guard_lost && !guard_written) {
        sum->guarded.on = (mc_cond){.on = MC_COND_GLOBAL, .global = guard, .nonzero = true};
        sum->guarded.released = an->cw.guard_released;
        sum->guarded.deref = an->cw.guard_deref;
    }
}

/* The pointer parameter whose test the function returns on every exit. */
static void summarize_returned_test(mc_analysis *an, mc_summary *sum)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && an->tally.exits > 0; i++) {
        uint8_t t = an->cw.p_ret_test[i];
        if ((t & 3) && (t & 3) != 3 && (t & 12) == 12) {
            sum->returns_test = (mc_cond){.on = MC_COND_ARG, .param = (int16_t)i, .nonzero = !(t & RT_NULL)};
            return;
        }
    }
}

/* Needs may_return_null and returns_owned set. */
void summarize_conditions(mc_analysis *an, mc_summary *sum)
{
    summarize_null_flag(an, sum);
    summarize_owned(an, sum);
    summarize_null_out(an, sum);
    summarize_guard(an, sum);
    summarize_returned_test(an, sum);
}

/* ---- the watch, per function ---- */

void cond_watch_begin(mc_analysis *an, int nparams)
{
    uint8_t *ret_test = mc_xcalloc((size_t)nparams + 1, 1);
    for (int i = 0; i < nparams; i++)
        ret_test[i] = RT_NONNULL | RT_NULL;
    an->cw = (mc_cond_watch){.guard_pl = -1, .p_ret_test = ret_test};
}

void cond_watch_end(mc_analysis *an)
{
    free(an->cw.p_ret_test);
    an->cw.p_ret_test = NULL;
}
