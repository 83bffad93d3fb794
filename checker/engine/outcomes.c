/* outcomes.c - effects that hold on one side of a function's result (mc_outcome):
 * found at the exits, written into the summary, applied where a caller tests it. */
#include <stdlib.h>

#include "internal.h"

/* The classes of result an exit may return, as bits. */
enum { RC_ZERO = 1, RC_POS = 2, RC_NEG = 4, RC_ALL = 7 };

/* What became of a parameter, or of what *param holds, on one exit. */
enum { OF_KEPT, OF_RELEASED, OF_TAKEN, OF_GIVES, OF_NULL, OF_OTHER, OF_N };

struct mc_outcome_watch {
    uint8_t (*fates)[OF_N];   /* per parameter, per fate: the result classes of its exits */
    int16_t *family;          /* per parameter: family of what *param is given, -1, -2 several */
    uint8_t *null_cls;        /* per parameter: the result classes of exits where *param
                                 is given something that may be NULL */
    uint8_t *dangle_cls;      /* ... where *param still points to a block released here */
    int n;
};

void outcome_watch_begin(mc_analysis *an, int nparams)
{
    int n = nparams < 64 ? nparams : 64;
    mc_outcome_watch *w = mc_xcalloc(1, sizeof *w);
    w->fates = mc_xcalloc((size_t)n + 1, sizeof *w->fates);
    w->family = mc_xmalloc(((size_t)n + 1) * sizeof *w->family);
    w->null_cls = mc_xcalloc((size_t)n + 1, 1);
    w->dangle_cls = mc_xcalloc((size_t)n + 1, 1);
    for (int i = 0; i <= n; i++)
        w->family[i] = -1;
    w->n = n;
    an->ow = w;
}

void outcome_watch_end(mc_analysis *an)
{
    if (!an->ow)
        return;
    free(an->ow->fates);
    free(an->ow->family);
    free(an->ow->null_cls);
    free(an->ow->dangle_cls);
    free(an->ow);
    an->ow = NULL;
}

/* ---- at the exits ---- */

/* The classes of result this exit may return: all of them where it is no int
 * or not known. */
static uint8_t exit_classes(const mc_analysis *an, const mc_state *st)
{
    const mc_type *t = &an->f->sym->ret;
    int64_t lo, hi;
    bool integer = t->kind == MC_TY_INT || t->kind == MC_TY_BOOL;
    if (!integer || !st->has_ret || st->ret.kind == V_RES || !value_range(st->ret, t, &lo, &hi))
        return RC_ALL;
    uint8_t c = 0;
    if (lo <= 0 && hi >= 0 && !(st->ret.flags & VF_NONZERO))
        c |= RC_ZERO;
    if (hi > 0)
        c |= RC_POS;
    if (lo < 0)
        c |= RC_NEG;
    return c;
}

static int param_fate(const mc_res *r)
{
    if (r->status == MC_RS_RELEASED)
        return OF_RELEASED;
    return r->status == MC_RS_ESCAPED || r->stored || r->taken ? OF_TAKEN : OF_KEPT;
}

/* What *param holds at this exit: a fresh block handed to the caller there
 * alone, nothing (NULL, or a block this path failed to get or released), or
 * something else (what the caller put there, a value we do not follow). */
static int pointee_fate(mc_analysis *an, const mc_state *st, int i)
{
    int orig = pointee_res(an, i);
    if (orig < 0 || an->f->vars[i].type.ptr_depth < 2)
        return -1;
    mc_val now = mc_st_get(st, deref_place(an, param_res(an, i), an->f->vars[i].type));
    const mc_res *g = now.kind == V_RES && now.res != orig ? mc_st_res_c(st, now.res) : NULL;
    if (now.kind == V_NULL || (mc_val_exact(&now) && now.lo == 0) ||
        (g && (g->nullness == MC_NN_FAILED || g->status == MC_RS_RELEASED)))
        return OF_NULL;
    if (g && g->owned && g->out_param == i + 1 && g->status == MC_RS_ESCAPED)
        return OF_GIVES;
    return OF_OTHER;
}

static void note_given(mc_outcome_watch *w, const mc_state *st, int i, mc_val now, uint8_t cls)
{
    const mc_res *g = mc_st_res_c(st, now.res);
    w->family[i] = w->family[i] == -1 || w->family[i] == g->family ? g->family : -2;
    if (g->nullness == MC_NN_UNCHECKED && g->may_fail)
        w->null_cls[i] |= cls;
}

/* An exit that returns a callee's status it did not test (`return make(out);`)
 * is two: one per side of that status. */
typedef struct exit_side {
    int status;               /* the status's resource, or -1 */
    bool ok;                  /* the side */
} exit_side;

static int param_fate_on(const mc_state *st, const mc_res *p, int id, exit_side side)
{
    const mc_res *s = side.status >= 0 ? mc_st_res_c(st, side.status) : NULL;
    int to = s && s->took.id == id ? (side.ok ? s->took.ok : s->took.fail) : 0;
    return to == MC_RS_RELEASED + 1 ? OF_RELEASED : to == MC_RS_LIVE + 1 ? OF_KEPT : param_fate(p);
}

static void note_exit_side(mc_analysis *an, const mc_state *st, uint8_t cls, exit_side side)
{
    mc_outcome_watch *w = an->ow;
    for (int i = 0; i < w->n; i++) {
        int id = param_res(an, i);
        const mc_res *p = mc_st_res_c(st, id);
        if (p && p->nullness != MC_NN_FAILED) { /* where it was NULL, no fate tells */
            w->fates[i][param_fate_on(st, p, id, side)] |= cls;
            if (st->plive_joined >> i & 1)
                w->fates[i][OF_KEPT] |= cls; /* a path joined into this one */
        }
        int f = pointee_fate(an, st, i);
        if (f < 0)
            continue;
        mc_val now = mc_st_get(st, deref_place(an, param_res(an, i), an->f->vars[i].type));
        if (f == OF_GIVES && now.res == side.status && !side.ok)
            f = OF_NULL; /* the callee gave nothing there */
        w->fates[i][f] |= cls;
        if (f == OF_GIVES)
            note_given(w, st, i, now, cls);
        else if (f == OF_NULL)
            w->null_cls[i] |= cls;
        const mc_res *held = now.kind == V_RES ? mc_st_res_c(st, now.res) : NULL;
        if (f == OF_NULL && held && held->status == MC_RS_RELEASED)
            w->dangle_cls[i] |= cls;
    }
}

void note_outcome_exit(mc_analysis *an, const mc_state *st)
{
    if (!an->f->sym)
        return;
    const mc_res *s = st->ret.flags & VF_STATUS ? mc_st_res_c(st, st->ret.res) : NULL;
    uint8_t ok = !s ? 0 : s->fails == MC_FAIL_NONZERO ? RC_ZERO : s->fails == MC_FAIL_NEGATIVE ? RC_ZERO | RC_POS
                     : s->fails == MC_FAIL_ZERO ? RC_POS : 0;
    mc_tykind ret = an->f->sym->ret.kind;
    if (!ok || s->nullness != MC_NN_UNCHECKED || (ret != MC_TY_INT && ret != MC_TY_BOOL)) {
        note_exit_side(an, st, exit_classes(an, st), (exit_side){-1, false});
        return;
    }
    note_exit_side(an, st, ok, (exit_side){st->ret.res, true});
    note_exit_side(an, st, RC_ALL & ~ok, (exit_side){st->ret.res, false});
}

/* ---- the summary ---- */

/* The one fate among first..last seen on the exits of the classes in side, or
 * -1; -2 when a fate seen there is also seen on the other side. */
static int side_fate(const uint8_t *fates, int first, int last, uint8_t side)
{
    int found = -1;
    for (int f = first; f <= last; f++) {
        if (!fates[f])
            continue;
        if (fates[f] & ~side && fates[f] & side)
            return -2;
        if (!(fates[f] & side))
            continue;
        if (found >= 0)
            return -2;
        found = f;
    }
    return found;
}

static uint8_t fate_effect(int f)
{
    return f == OF_RELEASED ? MC_PARAM_RELEASES : f == OF_TAKEN ? MC_PARAM_TAKES : MC_PARAM_BORROWS;
}

/* Gives *param i a fresh block on the ok side, and nothing on the other. */
static bool gives_on(const uint8_t *fates, uint8_t ok)
{
    uint8_t none = fates[OF_NULL] | fates[OF_OTHER];
    return fates[OF_GIVES] && !(fates[OF_GIVES] & ~ok) && none && !(none & ok);
}

/* Finds, for the split of results at `ok`, a parameter treated differently per
 * side and a parameter given a block on the ok side only. */
static bool find_split(const mc_outcome_watch *w, uint8_t ok, mc_outcome *o)
{
    for (int i = 0; i < w->n && o->out_param < 0; i++)
        if (gives_on(w->fates[i], ok) && w->family[i] != -2)
            o->out_param = (int16_t)i;
    /* one parameter per call: one that is released on a side before others */
    for (int pass = 0; pass < 2 && o->param < 0; pass++) {
        for (int i = 0; i < w->n && o->param < 0; i++) {
            int on_ok = side_fate(w->fates[i], OF_KEPT, OF_TAKEN, ok);
            int on_fail = side_fate(w->fates[i], OF_KEPT, OF_TAKEN, RC_ALL & ~ok);
            bool releases = on_ok == OF_RELEASED || on_fail == OF_RELEASED;
            if (on_ok >= 0 && on_fail >= 0 && on_ok != on_fail && (releases || pass == 1)) {
                o->param = (int16_t)i;
                o->on_ok = fate_effect(on_ok);
                o->on_fail = fate_effect(on_fail);
            }
        }
    }
    return o->out_param >= 0 || o->param >= 0;
}

/* A block given in *param on every path, non-NULL, or NULL on results that
 * also give one (a void function, *out = NULL where it failed). Where the
 * result tells NULL apart in a way no split says (NULL where it returns 1,
 * given where -1: compdb.c's find_db(); NULL on -1, given on 0 and on -2),
 * callers test the result, not *out: nothing is said. */
static void find_always(const mc_outcome_watch *w, mc_outcome *o)
{
    for (int i = 0; i < w->n; i++) {
        const uint8_t *f = w->fates[i];
        if (!f[OF_GIVES] || f[OF_OTHER] || w->family[i] == -2)
            continue;
        if (w->null_cls[i] && w->null_cls[i] != f[OF_GIVES])
            return;
        o->out_param = (int16_t)i;
        o->out_always = true;
        o->out_may_null = w->null_cls[i] != 0;
        return;
    }
}

void summarize_outcome(mc_analysis *an, mc_summary *sum)
{
    mc_outcome *o = &sum->outcome;
    if (an->tally.exits == 0 || an->states_dropped || !an->ow)
        return; /* with paths dropped at a bound, the exits seen are not all */
    /* a block given where it returns -1 and nothing where 0 (tmux's
       layout_parse(..., &cause)) is no split: its callers test `== -1` */
    static const uint8_t ok_sides[3] = {RC_ZERO, RC_ZERO | RC_POS, RC_POS};
    static const uint8_t fails[3] = {MC_FAIL_NONZERO, MC_FAIL_NEGATIVE, MC_FAIL_ZERO};
    for (int k = 0; k < 3; k++) {
        mc_outcome found = {.param = -1, .out_param = -1, .out_family = -1};
        if (find_split(an->ow, ok_sides[k], &found)) {
            *o = found;
            o->fails = fails[k];
            o->out_dangles = o->out_param >= 0 && (an->ow->dangle_cls[o->out_param] & ~ok_sides[k] & RC_ALL);
            break;
        }
    }
    if (o->out_param < 0)
        find_always(an->ow, o);
    if (o->out_param >= 0)
        o->out_family = an->ow->family[o->out_param];
}

/* ---- on a path: *out = p ---- */

/* p was just stored in place pl: if pl is *param of the function walked, p went
 * there alone (until handed on again, see escape()). */
void note_out_store(mc_analysis *an, mc_state *st, int pl, int res)
{
    const mc_place *p = pl >= 0 ? &an->places.v[pl] : NULL;
    const mc_res *r = res >= 0 ? mc_st_res_c(st, res) : NULL;
    if (!p || p->kind != P_DEREF || !r || !r->owned || r->status != MC_RS_ESCAPED)
        return;
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < 64; i++)
        if (an->f->vars[i].type.ptr_depth >= 2 && param_res(an, i) == p->res) {
            mc_st_res(st, res)->out_param = (int8_t)(i + 1);
            return;
        }
}

/* ---- at a call ---- */

/* The results a status of kind fails has on the failing side, or the other. */
static uint8_t released_when(uint8_t fails, bool failed)
{
    switch (fails) {
    case MC_FAIL_NONZERO: return failed ? MC_WHEN_NONZERO : MC_WHEN_ZERO;
    case MC_FAIL_NEGATIVE: return failed ? MC_WHEN_NEGATIVE : MC_WHEN_NONNEG;
    case MC_FAIL_ZERO: return failed ? MC_WHEN_ZERO : MC_WHEN_NONZERO;
    default: return MC_WHEN_ALWAYS;
    }
}

/* A test of a call's status found it failed: the block it gives in *out is
 * released by the call there when the callee may have freed it on failure and
 * left it set (mc_outcome.out_dangles). */
void settle_out_on_failure(mc_analysis *an, mc_state *st, int id)
{
    const mc_res *s = mc_st_res_c(st, id);
    const mc_expr *call = s ? s->site : NULL;
    const mc_summary *sum = call && call->kind == MC_EX_CALL && s->owned ? summary_of(an, call->sym) : NULL;
    if (!sum || !sum->outcome.out_dangles || s->status != MC_RS_LIVE)
        return;
    uint8_t fails = s->fails;
    mc_res *r = mc_st_res(st, id);
    r->status = MC_RS_RELEASED;
    r->nullness = MC_NN_OK; /* not NULL: the callee's freed block */
    r->release_fn = call->name;
    r->release_loc = call->loc;
    r->via_summary = true;
    r->release_when = released_when(fails, true);
}

/* A branch decided a status (res_failed, res_ok): the argument the call treats
 * differently per side gets what this side does to it. */
void settle_taken(mc_analysis *an, mc_state *st, int id, bool failed)
{
    const mc_res *s = mc_st_res_c(st, id);
    if (!s || s->took.id < 0)
        return;
    int took = s->took.id, to = failed ? s->took.fail : s->took.ok;
    const mc_expr *call = s->site;
    const mc_res *t = mc_st_res_c(st, took);
    if (!t || !to)
        return;
    if (to == MC_TOOK_FOLLOWS) { /* pipe(fds): fds[1] was made where fds[0] was */
        mc_st_res(st, took)->nullness = failed ? MC_NN_FAILED : MC_NN_OK;
        return;
    }
    if (to == MC_RS_LIVE + 1 && t->owned && t->status == MC_RS_ESCAPED) {
        mc_st_res(st, took)->status = MC_RS_LIVE;
        return;
    }
    const mc_summary *sum = to == MC_RS_RELEASED + 1 && call ? summary_of(an, call->sym) : NULL;
    int param = sum ? sum->outcome.param : -1;
    if (param < 0 || param >= call->nkids - 1 || param >= sum->nparams)
        return;
    uint8_t when = released_when(s->fails, failed);
    bool was_released = t->status == MC_RS_RELEASED;
    release(an, st, mc_val_res(took), call, call->kids[param + 1], call->name, sum->param_family[param], param, true);
    mc_res *now = mc_st_res(st, took);
    if (!was_released && now->status == MC_RS_RELEASED)
        now->release_when = when;
}

static uint8_t status_after(uint8_t effect)
{
    return effect == MC_PARAM_RELEASES ? MC_RS_RELEASED + 1 : effect == MC_PARAM_BORROWS ? MC_RS_LIVE + 1 : 0;
}

/* The resource that stands for whether the call succeeded: the block it gives
 * in *out, or one made for the status alone. */
static int status_res(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_outcome *o, int out)
{
    mc_res r = blank_res(out >= 0 ? MC_ORIG_ALLOC : MC_ORIG_CALL, call->loc);
    r.owned = out >= 0;
    r.family = (int16_t)(out >= 0 ? o->out_family : -1);
    r.fails = o->out_always ? MC_FAIL_NULL : o->fails;
    r.may_fail = !o->out_always || o->out_may_null;
    r.nullness = r.may_fail ? MC_NN_UNCHECKED : MC_NN_OK;
    r.acq_fn = call->name;
    r.site = call;
    return new_res(an, st, call, &r);
}

/* Whether the argument a call treats differently per side of its result is a
 * resource held (live) before the call: only then is it held again on the side
 * where the callee kept it. */
bool outcome_arg_live(const mc_state *st, const mc_summary *sum, const mc_val *args, int nargs)
{
    int i = sum ? sum->outcome.param : -1;
    const mc_res *r = i >= 0 && i < nargs && args[i].kind == V_RES ? mc_st_res_c(st, args[i].res) : NULL;
    return r && r->status == MC_RS_LIVE;
}

/* What a call to a function whose summary has an outcome returns: a status
 * the caller's tests of decide the effects by, or ret (nothing to decide).
 * arg_live: outcome_arg_live() before the call. */
mc_val outcome_result(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_summary *sum,
                      const mc_val *args, mc_val ret, bool arg_live)
{
    const mc_outcome *o = &sum->outcome;
    int nargs = call->nkids - 1;
    int out = o->out_param >= 0 && o->out_param < nargs ? o->out_param : -1;
    bool split = o->fails != MC_FAIL_NONE;
    int took = split && o->param >= 0 && o->param < nargs && args[o->param].kind == V_RES ? args[o->param].res : -1;
    if (out < 0 && took < 0)
        return ret;
    int id = status_res(an, st, call, o, out);
    if (out >= 0)
        store_into_arg(an, st, call->kids[out + 1], id);
    if (!split)
        return ret;
    if (took >= 0) {
        mc_res *r = mc_st_res(st, id);
        r->took.id = (int16_t)took;
        r->took.fail = arg_live || o->on_fail != MC_PARAM_BORROWS ? status_after(o->on_fail) : 0;
        r->took.ok = arg_live || o->on_ok != MC_PARAM_BORROWS ? status_after(o->on_ok) : 0;
    }
    mc_val status = mc_val_unknown();
    status.def = call;
    status.flags = VF_STATUS;
    status.res = (int16_t)id;
    return status;
}
