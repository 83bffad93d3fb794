/* mismatched_dealloc.c - rule mismatched-dealloc: a resource released by a
 * deallocator of another family (fopen/free, malloc/fclose, foo_create/free when
 * foo_destroy exists). Families come from the models and from create/destroy
 * name pairs (SPEC §1.4). */
#include <string.h>

#include "rule.h"

/* `x = v->f` or `v->f = NULL` for a pointer field f: what v held is moved out
 * or cleared. */
static bool empties(const mc_expr *e, const void *var)
{
    if (e->kind != MC_EX_BINARY || e->op != MC_BIN_ASSIGN || e->nkids != 2)
        return false;
    for (int side = 0; side < 2; side++) {
        const mc_expr *m = mc_expr_strip(e->kids[side]);
        const mc_expr *base = m->kind == MC_EX_MEMBER && m->arrow ? mc_expr_strip(m->kids[0]) : NULL;
        if (!base || base->kind != MC_EX_VAR || base->var != *(const int *)var || m->type.kind != MC_TY_PTR)
            continue;
        const mc_expr *other = mc_expr_strip(e->kids[1 - side]);
        if (side == 1 || other->kind == MC_EX_NULL)
            return true;
    }
    return false;
}

static bool empties_within(const mc_expr *e, const void *var)
{
    return mc_expr_any(e, empties, var);
}

/* Whether the function moves a pointer field out of the variable released, or
 * clears it (`gd->lines = old->lines; free(old);`): what goes is the shell. */
static bool releases_shell(const mc_event *ev)
{
    const mc_expr *arg = ev->expr ? mc_expr_strip(ev->expr) : NULL; /* the pointer released */
    if (!arg || arg->kind != MC_EX_VAR)
        return false;
    int var = arg->var;
    return mc_func_any_root(ev->func, empties_within, &var);
}

static void on_event(const mc_event *ev)
{
    if (ev->kind != MC_EV_RELEASE || !ev->res || ev->family < 0)
        return;
    const mc_res *r = ev->res;
    /* handed off (stored in a global, a struct passed on) and released by a callee
       of another family is a mismatch all the same */
    if (r->origin != MC_ORIG_ALLOC || r->family < 0 || r->family == ev->family ||
        (r->status != MC_RS_LIVE && r->status != MC_RS_ESCAPED) || r->nullness == MC_NN_FAILED)
        return;
    /* foo_create()'s block, emptied of what foo_destroy() would release, is a
       plain block again: the model deallocator of its allocator frees it */
    if (mc_family_from_program(ev->an, r->family) && !mc_family_from_program(ev->an, ev->family) &&
        releases_shell(ev))
        return;
    const char *have = mc_family_name(ev->an, r->family), *got = mc_family_name(ev->an, ev->family);
    if (!have || !got || strcmp(have, got) == 0)
        return;
    const char *var = mc_event_text(ev);
    mc_finding *f = mc_report(ev, "mismatched-dealloc", ev->loc,
                              "'%s' was acquired by %s() (family '%s') but is released by %s() (family '%s')", var,
                              r->acq_fn ? r->acq_fn : "an allocator", have, ev->callee ? ev->callee : "a deallocator", got);
    mc_report_note(f, r->acq_loc, "acquired by %s() here", r->acq_fn ? r->acq_fn : "an allocator");
}

const mc_rule mc_rule_mismatched_dealloc = {
    .id = "mismatched-dealloc",
    .summary = "a resource released by a deallocator of another family",
    .cwe = "762,404",
    .severity = MC_SEV_ERROR,
    .on_event = on_event,
};
