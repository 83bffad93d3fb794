/* recency.c - allocation sites: their most recent objects one by one, older ones as one summary object. */
#include "internal.h"

/* A site (a call in a loop) has up to GENERATIONS objects a path follows one by
 * one, each a resource of its own. An object pushed out by a newer one is folded
 * into the site's summary: one resource, of generation SUMMARY_GEN, standing for
 * every older object of the site a path still points to (the inner nodes of a
 * list built node by node). A summary is not owned and counts as handed off, so
 * no rule judges its lifetime; it keeps what all its objects share (the family,
 * not NULL). Its updates are weak: releasing, taking or retaining it changes
 * nothing (it may be another of its objects the next time), pointers to it may
 * or may not be equal, and its fields are not followed. */
enum { GENERATIONS = 4, SUMMARY_GEN = -1 };

bool res_is_summary(const mc_analysis *an, int id)
{
    return id >= 0 && id < an->reskeys.n && an->reskeys.v[id].gen == SUMMARY_GEN;
}

static bool held_by_variable(mc_analysis *an, const mc_state *st, int id)
{
    for (int i = 0; i < st->vals.n; i++)
        if (st->vals.v[i].v.kind == V_RES && st->vals.v[i].v.res == id &&
            an->places.v[st->vals.v[i].place].kind == P_VAR)
            return true;
    return false;
}

/* An allocation known not to be NULL can join the summary; of anything else
 * (a node read from memory, a block not checked or already released) the
 * summary would keep nothing, so what pointed to it forgets it instead. */
static bool summarizable(const mc_res *r)
{
    return r->origin == MC_ORIG_ALLOC && r->nullness == MC_NN_OK && r->status != MC_RS_RELEASED;
}

static mc_res older_objects(const mc_res *older, const mc_res *had)
{
    mc_res s = blank_res(MC_ORIG_ALLOC, older->acq_loc);
    s.family = had && had->family != older->family ? -1 : older->family;
    s.fails = older->fails;
    s.acq_fn = older->acq_fn;
    s.site = older->site;
    s.var_expr = older->var_expr;
    s.status = MC_RS_ESCAPED;
    return s;
}

/* Object id makes way for a newer one of the same site: what pointed to it
 * points to the site's summary, or forgets it. */
static void fold_into_summary(mc_analysis *an, mc_state *st, const void *site, int id)
{
    const mc_res *older = mc_st_res_c(st, id);
    int to = -1;
    if (older && summarizable(older)) {
        mc_res copy = *older;
        to = res_id(an, site, SUMMARY_GEN);
        mc_res s = older_objects(&copy, mc_st_res_c(st, to));
        mc_st_add_res(st, to, &s);
    }
    for (int i = 0; i < st->vals.n; i++) {
        mc_val v = st->vals.v[i].v;
        if (v.kind != V_RES || v.res != id)
            continue;
        if (to < 0) {
            mc_st_clear_at(st, i);
            continue;
        }
        v.res = (int16_t)to;
        mc_st_set(st, st->vals.v[i].place, v);
    }
}

/* A fresh resource for an acquisition at site. The same site in a loop gets a new
 * generation while the previous one is still tracked on this path. When every
 * generation is (a list built node by node), one that only memory holds (an inner
 * node, not the tail a variable points to) is folded into the summary. */
int new_res(mc_analysis *an, mc_state *st, const void *site, const mc_res *init)
{
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
        fold_into_summary(an, st, site, id);
    }
    /* the fields of the object it replaces are not the new object's */
    if (mc_st_res_c(st, id))
        forget_fields(an, st, id);
    mc_st_add_res(st, id, init);
    return id;
}
