/* free_non_heap.c - rule free-non-heap: release of the address of a local or
 * static object, an array, a string literal, or a pointer moved off the start of
 * its block (SPEC §1.4). */
#include "rule.h"

static const char *what(const mc_res *r)
{
    switch (r->origin) {
    case MC_ORIG_STACK: return "a local object on the stack";
    case MC_ORIG_STATIC: return "a static object";
    case MC_ORIG_STRLIT: return "a string literal";
    case MC_ORIG_ALLOCA: return "stack memory from alloca()";
    default: return NULL;
    }
}

/* A function of the program that releases what it is given: where it is. */
static void note_callee(mc_finding *f, const mc_event *ev, const char *fn)
{
    if (ev->callee_def.line)
        mc_report_note(f, ev->callee_def, "%s() releases its argument; it is defined here", fn);
}

static void on_event(const mc_event *ev)
{
    if (ev->kind != MC_EV_RELEASE || !ev->res)
        return;
    const mc_res *r = ev->res;
    const char *var = mc_event_text(ev);
    const char *fn = ev->callee ? ev->callee : "the deallocator";
    const char *kind = what(r);
    if (kind) {
        mc_finding *f = mc_report(ev, "free-non-heap", ev->loc, "%s() releases '%s', which points to %s, not to memory it allocated",
                                  fn, var, kind);
        mc_report_note(f, r->acq_loc, "'%s' is %s", mc_res_name(ev->an, r), kind);
        note_callee(f, ev, fn);
        return;
    }
    /* Only where the block starts is known: a parameter may point past a header. */
    if (ev->value_is_offset && r->origin == MC_ORIG_ALLOC && r->status == MC_RS_LIVE && r->nullness != MC_NN_FAILED) {
        mc_finding *f = mc_report(ev, "free-non-heap", ev->loc,
                                  "%s() releases '%s', which no longer points to the start of its block", fn, var);
        if (r->origin == MC_ORIG_ALLOC)
            mc_report_note(f, r->acq_loc, "the block was acquired by %s() here", r->acq_fn ? r->acq_fn : "an allocator");
        note_callee(f, ev, fn);
    }
}

const mc_rule mc_rule_free_non_heap = {
    .id = "free-non-heap",
    .summary = "release of a stack or static object, a string literal, or a pointer not at the start of its block",
    .cwe = "590,761",
    .severity = MC_SEV_ERROR,
    .on_event = on_event,
};
