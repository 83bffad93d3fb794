/* mismatched_dealloc.c - rule mismatched-dealloc: a resource released by a
 * deallocator of another family (fopen/free, malloc/fclose, foo_create/free when
 * foo_destroy exists). Families come from the models and from create/destroy
 * name pairs (SPEC §1.4). */
#include <string.h>

#include "rule.h"

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
