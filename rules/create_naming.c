/* create_naming.c - rule create-naming: a create-named function (foo_create,
 * foo_new, str_dup, ...) returning a pointer returns NULL or memory it owns on
 * every path, never a static, stack or borrowed pointer. With strict-names, a
 * function that returns memory it allocated must say so in its name (SPEC §1.5). */
#include <stdlib.h>
#include <string.h>

#include "rule.h"

/* str_dup(const char *s) returning s is a lie; alloc_from(Pool *p, void *buf)
 * returning buf is a sub-allocator handing out caller-provided space. */
static bool sole_pointer_param(const mc_event *ev)
{
    int n = 0;
    for (int i = 0; ev->func->sym && i < ev->func->sym->nparams; i++)
        n += ev->func->vars[i].type.kind == MC_TY_PTR;
    return n == 1;
}

static const char *not_owned(const mc_event *ev, const mc_res *r, bool offset)
{
    switch (r->origin) {
    case MC_ORIG_STACK: return "a local object that dies when it returns";
    case MC_ORIG_STATIC: return "a static object";
    case MC_ORIG_STRLIT: return "a string literal";
    case MC_ORIG_PARAM: return offset || !sole_pointer_param(ev) ? NULL : "its own borrowed parameter";
    case MC_ORIG_PLACE:
        return !offset && mc_state_return_still_held(ev->an, ev->state) ? "a pointer that a field or global still owns"
                                                                        : NULL;
    default: return NULL;
    }
}

/* zstd's single-threaded POOL_create returns &g_poolCtx, and POOL_free does
 * nothing with it: a singleton whose destroyer agrees. sqlite3_str_new returns
 * &sqlite3OomStr when memory runs out, and sqlite3_str_free leaves that one
 * alone (`if (p != &sqlite3OomStr)`): a sentinel whose destroyer knows it. */
static bool static_singleton(const mc_event *ev, const mc_res *r)
{
    if (r->origin != MC_ORIG_STATIC)
        return false;
    char *prefix = mc_name_prefix(ev->func->name, MC_WORD_CREATE);
    bool agrees =
        mc_analysis_destroyer_is_noop(ev->an, prefix) || mc_analysis_destroyer_knows_static(ev->an, prefix, r);
    free(prefix);
    return agrees;
}

static void check_create(const mc_event *ev, const mc_res *r, bool offset)
{
    const char *what = not_owned(ev, r, offset);
    if (!what || static_singleton(ev, r))
        return;
    const mc_expr *ret = mc_state_return_expr(ev->state);
    mc_report(ev, "create-naming", ev->loc, "create-named %s() returns '%s', %s, not memory the caller will own",
              ev->func->name, ret ? mc_expr_text(ev->an, ret) : mc_res_name(ev->an, r), what);
}

static void check_strict(const mc_event *ev, const mc_res *r)
{
    const mc_symbol *s = ev->func->sym;
    if (!r->owned || r->origin != MC_ORIG_ALLOC || r->nullness == MC_NN_FAILED || !s || s->attr_malloc ||
        s->attr_dealloc || s->attr_ownership_returns || strcmp(s->name, "main") == 0 ||
        mc_models_find(mc_analysis_models(ev->an), s->name))
        return;
    mc_finding *f = mc_report(ev, "create-naming", ev->loc,
                              "%s() returns memory it allocated with %s() at line %u, but its name does not say the "
                              "caller owns it", ev->func->name, r->acq_fn ? r->acq_fn : "an allocator", r->acq_loc.line);
    mc_fixit(f, "name it with a create word (create, new, alloc, dup, clone), or add __attribute__((malloc))");
}

static void on_event(const mc_event *ev)
{
    if (ev->kind != MC_EV_EXIT || !ev->func->sym || ev->func->sym->ret.kind != MC_TY_PTR)
        return;
    bool offset;
    const mc_res *r = mc_state_return_res(ev->state, &offset);
    if (!r)
        return;
    /* a pointer to const is a borrowed answer (check_create_errors() -> "why"):
       no caller frees it, whatever the name says */
    if (mc_func_names(ev->an)->create && !ev->func->sym->ret.pointee_const)
        check_create(ev, r, offset);
    else if (mc_analysis_strict_names(ev->an))
        check_strict(ev, r);
}

const mc_rule mc_rule_create_naming = {
    .id = "create-naming",
    .summary = "a create-named function that does not return owned memory; opt-in: an owning return whose name does not say so",
    .cwe = "401",
    .severity = MC_SEV_WARNING,
    .per_function = true,
    .on_event = on_event,
};
