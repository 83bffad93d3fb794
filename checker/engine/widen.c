/* widen.c - where paths meet: dead variables forgotten, loop nodes renamed, integers widened. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- dead variables, and the integers a counting loop changes ---- */

/* Entering a block where paths meet: what the path knew of variables read no more
 * (but for the resources they hold) is forgotten. */
void forget_dead(mc_analysis *an, const walk *w, int block, mc_state *st)
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

/* Widening for counting loops: what the path knew of the integers the loop
 * changes is forgotten (where each value came from stays), but for those its
 * condition reads, unless told to: while the condition can tell when the loop
 * ends, the rounds stay exact (for (i = 0; i < 1; i++) runs once). A counter
 * with a limit keeps it, and a tally its bound (thresholds.c). */
void forget_loop_ints(mc_analysis *an, walk *w, int head, mc_state *st, bool counters, int where)
{
    for (const var_thresholds *t = loop_thresholds(an, w, head); t->var >= 0; t++) {
        if (!counters && t->read_by_cond)
            continue;
        int pl = var_place(an, t->var);
        mc_val x = mc_st_get(st, pl);
        if (x.kind == V_INT) {
            mc_st_set(st, pl, widen_int(an, w, st, t, x, where));
            forget_masks(an, st, pl);
        }
    }
}

/* ---- loops that walk memory ---- */

/* A pointer read from memory we do not own: one node of a list is as good as the
 * next. */
static bool is_node(const mc_res *r)
{
    return r->origin == MC_ORIG_PLACE && !r->owned && !r->ref.count;
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
        if (st->res.v[i].r.realloc_link.old == id || st->res.v[i].r.took.id == id)
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
    if (res_is_summary(an, id))
        return true;
    switch (r->origin) {
    case MC_ORIG_STATIC:
    case MC_ORIG_STRLIT:
    case MC_ORIG_STACK:
    case MC_ORIG_CALL:
        return r->status == MC_RS_LIVE && !r->owned && !r->stored && !r->moved && !r->ref.count && !r->taken;
    case MC_ORIG_PLACE: return is_node(r) && !entry_value(an, id);
    default: return false;
    }
}

void drop_unheld(mc_analysis *an, mc_state *st)
{
    int words = an->reskeys.n / 64 + 1;
    uint64_t stackbuf[16];
    uint64_t *held = words <= 16 ? stackbuf : mc_xmalloc((size_t)words * sizeof *held);
    memset(held, 0, (size_t)words * sizeof *held);
    for (int i = 0; i < st->vals.n; i++)
        if ((st->vals.v[i].v.kind == V_RES || (st->vals.v[i].v.flags & VF_STATUS)) && st->vals.v[i].v.res >= 0)
            set_bit(held, st->vals.v[i].v.res);
    if (st->ret.kind == V_RES && st->ret.res >= 0)
        set_bit(held, st->ret.res);
    for (int i = 0; i < st->res.n; i++) {
        if (st->res.v[i].r.realloc_link.old >= 0)
            set_bit(held, st->res.v[i].r.realloc_link.old);
        if (st->res.v[i].r.took.id >= 0)
            set_bit(held, st->res.v[i].r.took.id);
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
void widen_loop(mc_analysis *an, mc_state *st, int block)
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

/* ---- integers past the bound, and a counting loop left by its condition ---- */

/* The integers all the states entering block agree on: `int debug = 0`, a
 * flag set once. Past the bound they are kept, not forgotten with the others. */
void note_agreement(walk *w, int block, const mc_state *st)
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
void widen_ints(mc_analysis *an, walk *w, int block, mc_state *st)
{
    mc_pv kept[16];
    int n = 0;
    for (int i = 0; i < st->vals.n && n < 16; i++) {
        const mc_pv *pv = &st->vals.v[i];
        if (pv->place < an->f->nvars && capacity_known(&pv->v) && stays_positive(an, pv->place))
            kept[n++] = (mc_pv){pv->place, capacity_value(pv->v, &an->f->vars[pv->place].type)};
        else if (pv->v.kind == V_INT && is_object_answer(an, pv->place))
            kept[n++] = *pv; /* is_stdout(name), S_ISREG(st->st_mode) */
        else if (pv->v.kind == V_INT && pv->v.def && (pv->v.def->kind == MC_EX_VAR || pv->v.def->kind == MC_EX_MEMBER))
            kept[n++] = *pv; /* a copy's value (myfd = fd): which one a path opened; or the
                                field bound a counter stopped at (counter_at_bound) */
    }
    mc_st_forget_ints(st, w->agree[block].v, w->agree[block].n, w->guards, an->f->nvars);
    for (int i = 0; i < n; i++)
        if (mc_st_get(st, kept[i].place).kind == V_UNKNOWN)
            mc_st_set(st, kept[i].place, kept[i].v);
}

/* Leaving a counting loop by its condition, the counter stands at the bound
 * (counts are not negative): `if (i == n)` after it tells a search that found
 * nothing from one that broke out. A counter the condition left exact (0 where
 * the loop ran no time) keeps its value, and the bound takes it. */
void counter_at_bound(mc_analysis *an, walk *w, mc_state *st, int head)
{
    int var;
    const mc_expr *n = counter_bound(an->f, head, &var);
    int pl = n ? place_of(an, st, n, false) : -1;
    if (pl < 0)
        return;
    mc_val v = mc_st_get(st, pl);
    if (v.kind != V_UNKNOWN && v.kind != V_INT)
        return;
    mc_val counter = mc_st_get(st, var_place(an, var));
    if (mc_val_exact(&counter)) {
        /* the condition said where it stopped: 0 where it ran no time, and
           there the bound, a count, is taken to be 0 too, not negative */
        v = as_interval(v, &n->type);
        if (counter.lo >= 0 && v.lo < counter.lo && v.hi >= counter.lo) {
            v.lo = v.hi = counter.lo;
            mc_st_set(st, pl, v);
        }
        return;
    }
    if (v.kind == V_UNKNOWN || !v.def) {
        v = as_interval(v, &n->type);
        if (v.lo < 0 && v.hi >= 0 && is_tally(an, w, var))
            v.lo = 0; /* a count, as where it ran no time: the counter is one */
        v.def = n;
        mc_st_set(st, pl, v);
    }
    mc_st_set(st, var_place(an, var), v);
}

/* ---- joining two states, for a function that owns nothing ---- */

/* The parameter whose object (1) or whose *p (2) resource id is, in *param. */
static int param_holding(mc_analysis *an, int id, int *param)
{
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < 64; i++) {
        *param = i;
        if (param_res(an, i) == id)
            return 1;
        if (pointee_res(an, i) == id)
            return 2;
    }
    return 0;
}

/* A resource stored on one path and not on the other: stored, and where the
 * other path counted it live at an exit, the summary still hears so. */
static void join_stored(mc_analysis *an, mc_state *j, int id, const mc_res *unstored)
{
    mc_st_res(j, id)->stored = true;
    int i = 0, kind = param_holding(an, id, &i);
    if (unstored->status != MC_RS_LIVE || unstored->taken || unstored->nullness == MC_NN_FAILED || !kind)
        return;
    if (kind == 1)
        j->plive_joined |= 1ULL << i;
    else
        j->pplive_joined |= 1ULL << i;
}

/* The join of two joinable states (mc_st_joinable): what both paths know. A
 * value that differs becomes unknown (NULL stays NULL only when both have it),
 * a nullness that differs is unchecked; what one path did to a resource the
 * other has not met is kept. Of the paths' facts, those summaries read as "on
 * every path" (dereferenced) hold where both hold them, those read as "on some
 * path" (kept, released) where either does. */
mc_state *join_states(mc_analysis *an, const mc_state *a, const mc_state *b)
{
    mc_state *j = mc_st_copy(a);
    for (int i = 0, k = 0; i < j->vals.n; i++) {
        while (k < b->vals.n && b->vals.v[k].place < j->vals.v[i].place)
            k++;
        if (!(k < b->vals.n && b->vals.v[k].place == j->vals.v[i].place && mc_val_same(&j->vals.v[i].v, &b->vals.v[k].v)))
            mc_st_clear_at(j, i);
    }
    for (int k = 0; k < b->res.n; k++) {
        int id = b->res.v[k].id;
        const mc_res *rb = &b->res.v[k].r, *ra = mc_st_res_c(a, id);
        if (!ra) {
            mc_st_add_res(j, id, rb);
            continue;
        }
        if (ra->stored != rb->stored)
            join_stored(an, j, id, ra->stored ? rb : ra);
        if (ra->nullness != rb->nullness || ra->deref_unchecked != rb->deref_unchecked) {
            mc_res *r = mc_st_res(j, id);
            if (r->nullness != rb->nullness)
                r->nullness = MC_NN_UNCHECKED;
            r->deref_unchecked = r->deref_unchecked && rb->deref_unchecked;
        }
    }
    rel_join(j, b);
    j->pderef &= b->pderef;
    j->ppderef |= b->ppderef;
    j->ppderef_unchecked &= b->ppderef_unchecked;
    j->pfield_released |= b->pfield_released;
    j->pint_released |= b->pint_released;
    j->pint_kept |= b->pint_kept;
    j->plive_joined |= b->plive_joined;
    j->pplive_joined |= b->pplive_joined;
    if (j->err_step != b->err_step)
        j->err_step = -1;
    join_rule_data(an, j, b);
    return j;
}
