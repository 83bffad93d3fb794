/* use_after_free.c - rule use-after-free: a released resource is dereferenced,
 * passed to a function or returned afterwards; comparing its value is fine
 * (SPEC §1.4). Reported once per path, at the first use. */
#include <string.h>

#include "rule.h"

static const char *how(mc_usekind u)
{
    switch (u) {
    case MC_USE_DEREF: return "dereferenced";
    case MC_USE_WRITE: return "written through";
    case MC_USE_RETURN: return "returned";
    default: return "passed to a function";
    }
}

/* Per resource and path: whether it was used since its release (then reported,
 * unless the use was a store or through another union member). */
typedef struct seen {
    bool used;
} seen;

/* Two paths met: a use is the first where either has not had one. */
static void join_seen(void *into, const void *other)
{
    ((seen *)into)->used &= ((const seen *)other)->used;
}

/* The first use of a released resource on a path; later ones are its echo. */
static bool first_use(const mc_event *ev)
{
    const seen *s = mc_rule_res_data(ev);
    if (!s || s->used)
        return false;
    ((seen *)mc_rule_res_data_w(ev))->used = true;
    return true;
}

/* The call that uses it released it too: a callee that frees its argument and
 * then reads a global holding the same object (free(it); puts(head->name)). */
static bool released_by_this_call(const mc_event *ev, const mc_res *r)
{
    return ev->callee && r->release_fn && strcmp(ev->callee, r->release_fn) == 0 && r->release_loc.file &&
           ev->loc.file && strcmp(r->release_loc.file, ev->loc.file) == 0 && r->release_loc.line == ev->loc.line &&
           r->release_loc.col == ev->loc.col;
}

static void on_event(const mc_event *ev)
{
    if (ev->kind != MC_EV_USE || !ev->res || ev->res->status != MC_RS_RELEASED || ev->use == MC_USE_BAD_CHECK)
        return;
    if (!first_use(ev) || ev->use == MC_USE_STORE)
        return;
    if (mc_event_other_union_member(ev))
        return;
    const mc_res *r = ev->res;
    const char *var = mc_event_text(ev);
    const char *rel = r->release_fn ? r->release_fn : "a release";
    mc_finding *f;
    if (released_by_this_call(ev, r))
        f = mc_report(ev, "use-after-free", ev->loc,
                      "%s() uses '%s' after releasing it itself: what it frees and what it then reads are "
                      "the same object", ev->callee, var);
    else if (ev->use == MC_USE_NONNULL || ev->use == MC_USE_PASS)
        f = mc_report(ev, "use-after-free", ev->loc, "'%s' is passed to %s() after %s() released it at line %u", var,
                      ev->callee ? ev->callee : "a function", rel, r->release_loc.line);
    else
        f = mc_report(ev, "use-after-free", ev->loc, "'%s' is %s after %s() released it at line %u", var, how(ev->use),
                      rel, r->release_loc.line);
    if (r->origin == MC_ORIG_ALLOC)
        mc_report_note(f, r->acq_loc, "acquired by %s() here", r->acq_fn ? r->acq_fn : "an allocator");
    mc_report_release_notes(f, ev->an, r, "released");
}

const mc_rule mc_rule_use_after_free = {
    .id = "use-after-free",
    .summary = "a released resource used afterwards (dereferenced, passed or returned)",
    .cwe = "416,672",
    .severity = MC_SEV_ERROR,
    .on_event = on_event,
    .res_data = sizeof(seen),
    .res_data_join = join_seen,
};
