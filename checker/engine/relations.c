/* relations.c - relations between two integer places a path learned: a product checked against overflow, a sum below a bound; an order narrows one by the other. */
#include "internal.h"

static bool has_rel(const mc_state *st, const mc_rel *r)
{
    for (int i = 0; i < st->rels.n; i++)
        if (mc_rel_same(&st->rels.v[i], r))
            return true;
    return false;
}

/* `a > MAX / b` failed (PRODUCT_FITS), `x >= K - y` failed (SUM_BELOW): the
 * path knows it from here on, until a or b is written. */
void rel_add(mc_state *st, mc_rel r)
{
    MC_VEC_PUSH(st->rels, r);
}

/* A write of place pl: the relations on pl no longer hold. Not for narrowing
 * a value on a branch, which keeps them. */
void rel_forget(mc_state *st, int pl)
{
    int out = 0;
    for (int i = 0; i < st->rels.n; i++)
        if (st->rels.v[i].a != pl && st->rels.v[i].b != pl)
            st->rels.v[out++] = st->rels.v[i];
    st->rels.n = out;
}

/* Where two paths meet as one state: the relations both know. */
void rel_join(mc_state *j, const mc_state *b)
{
    int out = 0;
    for (int i = 0; i < j->rels.n; i++)
        if (has_rel(b, &j->rels.v[i]))
            j->rels.v[out++] = j->rels.v[i];
    j->rels.n = out;
}

static const mc_rel *find_pair(const mc_state *st, int kind, int pa, int pb)
{
    for (int i = 0; i < st->rels.n; i++) {
        const mc_rel *r = &st->rels.v[i];
        if (r->kind == kind && ((r->a == pa && r->b == pb) || (r->a == pb && r->b == pa)))
            return r;
    }
    return NULL;
}

/* Whether the path checked pa * pb against overflow. */
bool rel_product_fits(const mc_state *st, int pa, int pb)
{
    return find_pair(st, MC_REL_PRODUCT_FITS, pa, pb) != NULL;
}

/* The bound the path knows pa + pb is below, or 0. */
int64_t rel_sum_below(const mc_state *st, int pa, int pb)
{
    const mc_rel *r = find_pair(st, MC_REL_SUM_BELOW, pa, pb);
    return r ? r->k : 0;
}

/* ---- order ---- */

/* The bounds of v, an integer of type t: *has_hi is false where it has none
 * below 2^63 (an unsigned 64-bit value). False when nothing is known. */
static bool bounds(mc_val v, const mc_type *t, int64_t *lo, int64_t *hi, bool *has_hi)
{
    if (v.kind != V_INT && v.kind != V_UNKNOWN)
        return false;
    *has_hi = value_range(v, t, lo, hi);
    if (!*has_hi) {
        uint64_t wlo, whi;
        word_range(v, t, &wlo, &whi);
        if (wlo > INT64_MAX)
            return false;
        *lo = (int64_t)wlo;
    }
    return true;
}

static void set_bounds(mc_state *st, int pl, const mc_type *t, int64_t lo, int64_t hi)
{
    mc_val v = as_interval(mc_st_get(st, pl), t);
    v.lo = lo;
    v.hi = hi;
    mc_st_set(st, pl, v);
}

/* x <= y + k (k 0 or -1): x is at most y's highest value + k. False where
 * their bounds say it cannot hold. Only the upper bound of x is narrowed: a
 * lower bound pushed up into y (n > i in a loop counting i) would grow with
 * every round and keep the loop from its fixpoint. */
static bool narrow_order(mc_analysis *an, mc_state *st, int x, int y, int k)
{
    const mc_type *tx = &an->places.v[x].type, *ty = &an->places.v[y].type;
    int64_t xl, xh, yl, yh;
    bool xb, yb;
    if (!bounds(mc_st_get(st, x), tx, &xl, &xh, &xb) || !bounds(mc_st_get(st, y), ty, &yl, &yh, &yb) || !yb)
        return true;
    if (yh == INT64_MIN || yh + k < xl)
        return false;
    if (!xb || yh + k < xh)
        set_bounds(st, x, tx, xl, yh + k);
    return true;
}

/* The path learned `a op b` of two integer places, as their values are (the
 * comparison converts neither): the lesser is narrowed to the greater's
 * highest value, now (`if (n > cap) return;` with cap at most 1000 leaves n
 * at most 1000). The order itself is not kept: states that know different orders do not
 * join, and keeping them cost sqlite3.c 22 % more block visits and, through
 * states dropped at the bound, a true leak in libevent. False where the
 * bounds say it cannot hold. */
bool rel_order(mc_analysis *an, mc_state *st, mc_binop op, int pa, int pb)
{
    switch (op) {
    case MC_BIN_LT: return narrow_order(an, st, pa, pb, -1);
    case MC_BIN_LE: return narrow_order(an, st, pa, pb, 0);
    case MC_BIN_GT: return narrow_order(an, st, pb, pa, -1);
    case MC_BIN_GE: return narrow_order(an, st, pb, pa, 0);
    case MC_BIN_EQ: return narrow_order(an, st, pa, pb, 0) && narrow_order(an, st, pb, pa, 0);
    default: return true;
    }
}
