/* double_free.c - rule double-free: a resource released twice on some path,
 * through the same pointer or any copy of it (SPEC §1.4). */
#include "rule.h"

static void on_event(const mc_event *ev)
{
    if (ev->kind != MC_EV_RELEASE || !ev->res || ev->res->status != MC_RS_RELEASED ||
        ev->res->nullness == MC_NN_FAILED)
        return;
    if (mc_event_other_union_member(ev))
        return;
    const mc_res *r = ev->res;
    const char *var = mc_event_text(ev);
    const char *first = r->release_fn ? r->release_fn : "a release";
    mc_finding *f = mc_report(ev, "double-free", ev->loc, "'%s' is released twice: %s() here, after %s() at line %u already released it",
                              var, ev->callee ? ev->callee : "release", first, r->release_loc.line);
    if (r->origin == MC_ORIG_ALLOC)
        mc_report_note(f, r->acq_loc, "acquired by %s() here", r->acq_fn ? r->acq_fn : "an allocator");
    mc_report_release_notes(f, ev->an, r, "first released");
    const char *targets = mc_callee_targets(ev->an, ev->callee);
    if (targets)
        mc_report_note(f, ev->loc, "%s may be %s, and each releases it", ev->callee, targets);
    mc_fixit(f, "set the pointer to NULL after the first release, or release it on one path only");
}

const mc_rule mc_rule_double_free = {
    .id = "double-free",
    .summary = "a resource released twice on some path (also through aliases)",
    .cwe = "415",
    .severity = MC_SEV_ERROR,
    .on_event = on_event,
};
