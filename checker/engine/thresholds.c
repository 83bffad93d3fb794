/* thresholds.c - widening with thresholds: the bounds a loop's integers stop at instead of being forgotten. */
#include <stdlib.h>

#include "internal.h"

/* The thresholds of every variable the loop at head writes, worked out once
 * per walk (the limit a counter steps up to reads the CFG only; its value is
 * read from each state). */
const var_thresholds *loop_thresholds(mc_analysis *an, walk *w, int head)
{
    if (w->thresholds[head])
        return w->thresholds[head];
    int *vars = loop_written_vars(an->f, head);
    const mc_expr *cond = an->f->blocks[head].term == MC_TERM_BRANCH ? an->f->blocks[head].cond : NULL;
    int n = 0;
    while (vars[n] >= 0)
        n++;
    var_thresholds *t = mc_xcalloc((size_t)n + 1, sizeof *t);
    for (int i = 0; i < n; i++) {
        t[i].var = vars[i];
        t[i].read_by_cond = reads_var(cond, vars[i]);
        t[i].limit = counter_limit(an->f, head, vars[i], &t[i].extra);
    }
    t[n].var = -1;
    free(vars);
    return w->thresholds[head] = t;
}

/* A local that only counts up or is set to constants of at least 0: a tally
 * or a flag (mc_var_is_counter). */
bool is_tally(mc_analysis *an, walk *w, int var)
{
    if (!w->counts_up[var])
        w->counts_up[var] = mc_var_is_counter(an->f, var) ? 1 : -1;
    return w->counts_up[var] > 0;
}

/* A counter the loop steps up to a limit it keeps and that is no higher yet
 * is, from here on, between where it started and that limit: [1, lim] if it is
 * positive, [0, lim] if it may be 0 (two lower bounds at most, so that the
 * rounds meet), not unknown; inside the loop below the limit; leaving it,
 * where the condition put it. A limit in a variable or a field bounds it by
 * that one's highest value. */
static bool widen_to_limit(mc_analysis *an, mc_state *st, const var_thresholds *t, mc_val x, int where, mc_val *out)
{
    const mc_expr *lim = t->limit;
    if (!lim)
        return false;
    if (where == LOOP_LEAVING && mc_val_exact(&x)) {
        *out = x; /* while (j < 10) j++; leaves j at 10 */
        return true;
    }
    int64_t top, lo, hi, ignored;
    if (lim->is_const) {
        top = lim->ival;
    } else {
        int pl = place_of(an, st, lim, false);
        mc_val b = pl >= 0 ? mc_st_get(st, pl) : mc_val_unknown();
        if (b.kind != V_INT || !value_range(b, &lim->type, &ignored, &top))
            return false;
    }
    const mc_type *type = &an->f->vars[t->var].type;
    mc_val all = as_interval(mc_val_unknown(), type);
    if (!value_range(x, type, &lo, &hi) || top > all.hi - t->extra || top + t->extra <= all.lo || hi > top + t->extra)
        return false;
    *out = all;
    out->lo = lo > 0 ? 1 : lo == 0 ? 0 : all.lo;
    out->hi = top + t->extra - (where == LOOP_INSIDE);
    out->def = x.def;
    return out->lo <= out->hi;
}

/* A tally that the loop's condition does not read (the nodes of a list walked
 * to its end, not the index of a search, which counter_at_bound ties to its
 * bound) is from a loop head on between 1 (or 0) and a tally's highest value:
 * it stops long before memory runs out, and a flag once set stays nonzero on
 * this path. One still at 0 stays 0, as a capacity does: nothing was counted
 * yet on this path (the lower bound takes two values only, so that the rounds
 * meet). */
static bool widen_tally(mc_analysis *an, walk *w, const var_thresholds *t, mc_val x, mc_val *out)
{
    int64_t lo, hi;
    const mc_type *type = &an->f->vars[t->var].type;
    if (t->read_by_cond || !is_tally(an, w, t->var) || !value_range(x, type, &lo, &hi) || lo < 0)
        return false;
    if (mc_val_exact(&x) && lo == 0) {
        *out = x;
        return true;
    }
    *out = as_interval(mc_val_unknown(), type);
    out->lo = lo > 0 ? 1 : 0;
    out->hi = mc_tally_max(type);
    out->def = x.def;
    return out->lo <= out->hi;
}

/* The integer x of t's variable, widened at a loop head: to the first
 * threshold that holds it (a counter's limit, a tally's highest value, a
 * capacity that stays set), else unknown (where it came from stays). */
mc_val widen_int(mc_analysis *an, walk *w, mc_state *st, const var_thresholds *t, mc_val x, int where)
{
    mc_val u = mc_val_unknown();
    u.def = x.def;
    if (widen_to_limit(an, st, t, x, where, &u) || widen_tally(an, w, t, x, &u))
        return u;
    if (capacity_known(&x) && stays_positive(an, t->var))
        return capacity_value(x, &an->f->vars[t->var].type); /* a capacity: 0 until set, then set */
    return u;
}
