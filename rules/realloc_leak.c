/* realloc_leak.c - rule realloc-leak: `p = realloc(p, n)` overwrites the only
 * pointer to the old block, which is lost when realloc fails (SPEC §1.4). The
 * engine raises it only when a failure path can reach an exit: a failure path
 * that aborts, or a copy kept elsewhere, is not reported. */
#include "rule.h"

static void on_event(const mc_event *ev)
{
    if (ev->kind != MC_EV_LOST || ev->lost != MC_LOST_REALLOC || !ev->res)
        return;
    const mc_res *r = ev->res;
    const char *var = mc_res_name(ev->an, r);
    const char *fn = r->release_fn ? r->release_fn : "realloc";
    mc_finding *f = mc_report(ev, "realloc-leak", ev->loc,
                              "'%s' is overwritten with %s()'s result: if %s() fails it returns NULL and the "
                              "old block is leaked", var, fn, fn);
    if (r->origin == MC_ORIG_ALLOC)
        mc_report_context(f, r->acq_loc, "the old block was acquired by %s() here", r->acq_fn ? r->acq_fn : "an allocator");
    mc_fixit(f, "keep the result in a temporary: 'void *tmp = %s(%s, n); if (!tmp) { /* %s is still valid */ } else %s = tmp;'",
             fn, var, var, var);
}

const mc_rule mc_rule_realloc_leak = {
    .id = "realloc-leak",
    .summary = "p = realloc(p, n): the old block is lost when realloc fails",
    .cwe = "401",
    .severity = MC_SEV_WARNING,
    .on_event = on_event,
};
