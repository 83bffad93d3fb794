/* relations.c - relations between two integer places a path learned: a product checked against overflow, a sum below a bound. */
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
