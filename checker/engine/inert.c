/* inert.c - functions that own nothing: no call of theirs reaches an acquisition or a release. */
#include <stdlib.h>

#include "internal.h"

typedef MC_VEC(int) intvec;

/* Whether a call to s may acquire, release or hand off ownership by what is
 * said of s itself: a model or an attribute (which the engine believes before
 * any body), or, where there is no body to look through, its name. Copy-only
 * models (memcpy) and those that only hand an argument on (pthread_create)
 * do not own. Another shard's summary counts as such a callee:
 * its body cannot be looked through. */
static bool owns_by_contract(const mc_proginfo *pi, const mc_symbol *s)
{
    const mc_callee *c = &pi->callees[s->index];
    if (s->attr_malloc || s->attr_dealloc || s->attr_alloc_size[0] || s->attr_ownership_returns ||
        s->attr_ownership_takes || s->attr_ownership_holds || c->dealloc_arg)
        return true;
    if (c->model)
        return c->model->roles & (MC_ROLE_ALLOC | MC_ROLE_DEALLOC | MC_ROLE_REALLOC);
    if (s->def)
        return false;
    return s->summary || c->names.create || c->names.destroy || c->names.take || c->names.retained >= 0;
}

typedef struct scan {
    const mc_proginfo *pi;
    bool owns;          /* a call owns by contract */
    bool calls_taker;   /* a call to a take-named function: take-naming judges the caller */
    intvec bodies;      /* the callees whose bodies are looked through */
    intvec slot_groups; /* per call through a slot with known targets: their number,
                           then each one's symbol index */
} scan;

static void scan_callee(scan *sc, const mc_symbol *s)
{
    if (s && owns_by_contract(sc->pi, s))
        sc->owns = true;
    else if (s && s->def)
        MC_VEC_PUSH(sc->bodies, s->index);
    if (s && sc->pi->callees[s->index].names.take)
        sc->calls_taker = true;
}

/* A call through a slot releases an argument only where every target does:
 * it may own when every target's body may (see slot_reaches_owner). */
static void note_slot_group(scan *sc, const mc_expr *e)
{
    const mc_symbol *const *targets;
    int n = slot_call_targets(sc->pi, e, &targets);
    for (int k = 0; k < n; k++)
        if (!targets[k]->def)
            return; /* a library function's: the call never applies what they do */
    if (!n)
        return;
    MC_VEC_PUSH(sc->slot_groups, n);
    for (int k = 0; k < n; k++)
        MC_VEC_PUSH(sc->slot_groups, targets[k]->index);
}

/* Some call through a slot whose every target is not inert. */
static bool slot_reaches_owner(const mc_proginfo *pi, const intvec *groups)
{
    for (int g = 0; g < groups->n; g += 1 + groups->v[g]) {
        bool all = true;
        for (int k = 1; k <= groups->v[g] && all; k++)
            all = !pi->inert[groups->v[g + k]];
        if (all)
            return true;
    }
    return false;
}

static void scan_expr(const mc_expr *e, void *ctx)
{
    scan *sc = ctx;
    if (!e)
        return;
    /* a call through a static pointer while it holds its initial function
       (initial_target) may reach that function, one through a slot its
       targets (note_slot_group); the engine sees nothing else through a
       pointer it cannot resolve */
    const mc_symbol *s = e->kind != MC_EX_CALL ? NULL : e->sym ? e->sym : initial_target(e);
    scan_callee(sc, s);
    note_slot_group(sc, e);
    for (int i = 0; i < e->nkids; i++)
        scan_expr(e->kids[i], ctx);
}

static bool has_cleanup_vars(const mc_func *f)
{
    for (int i = 0; i < f->nvars; i++)
        if (f->vars[i].cleanup)
            return true;
    return false;
}

/* Whether a naming rule judges f: by its own name, or as the caller of a
 * take-named function (take-naming). */
static bool judged_by_names(const mc_proginfo *pi, const mc_func *f, bool calls_taker)
{
    const mc_names *n = &pi->callees[f->sym->index].names;
    return calls_taker || n->take || n->view || n->create || n->destroy || n->retained >= 0;
}

/* Bottom-up: a function is inert unless it owns by contract, or has a variable
 * with a cleanup, or calls a function with a body that is not inert. Calls
 * within a cycle are settled by repeating the pass until nothing changes.
 * pi->walk_joined says which inert functions no naming rule judges. */
void find_inert(mc_proginfo *pi, const mc_program *p, const mc_func *const *order, int n)
{
    int nsyms = p->symbols.n;
    pi->inert = mc_xcalloc((size_t)nsyms + 1, 1);
    pi->walk_joined = mc_xcalloc((size_t)nsyms + 1, 1);
    intvec *bodies = mc_xcalloc((size_t)n + 1, sizeof *bodies);
    intvec *groups = mc_xcalloc((size_t)n + 1, sizeof *groups);
    bool *taker = mc_xcalloc((size_t)n + 1, sizeof *taker);
    for (int i = 0; i < n; i++) {
        const mc_func *f = order[i];
        if (!f->sym || f->sym->def != f)
            continue;
        scan sc = {.pi = pi};
        mc_func_each_root(f, scan_expr, &sc);
        const mc_symbol *s = f->sym;
        bool own_attrs = s->attr_malloc || s->attr_dealloc || s->attr_ownership_returns || s->attr_ownership_takes ||
                         s->attr_ownership_holds;
        pi->inert[s->index] = !sc.owns && !own_attrs && !has_cleanup_vars(f) && !f->lowering_incomplete;
        bodies[i] = sc.bodies;
        groups[i] = sc.slot_groups;
        taker[i] = sc.calls_taker;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n; i++) {
            const mc_symbol *s = order[i]->sym;
            if (!s || s->def != order[i] || !pi->inert[s->index])
                continue;
            bool owns = slot_reaches_owner(pi, &groups[i]);
            for (int k = 0; k < bodies[i].n && !owns; k++)
                owns = !pi->inert[bodies[i].v[k]];
            if (owns) {
                pi->inert[s->index] = 0;
                changed = true;
            }
        }
    }
    for (int i = 0; i < n; i++) {
        const mc_func *f = order[i];
        if (f->sym && f->sym->def == f)
            pi->walk_joined[f->sym->index] = pi->inert[f->sym->index] && !judged_by_names(pi, f, taker[i]);
        MC_VEC_FREE(bodies[i]);
        MC_VEC_FREE(groups[i]);
    }
    free(bodies);
    free(groups);
    free(taker);
}
