/* null_after_free.c - rule null-after-free: a freed pointer kept in a place that
 * outlives the function (a field reached from a parameter, a global, *out) is
 * still dangling when the function returns (SPEC §1.5). Locals are exempt. */
#include <string.h>

#include "rule.h"

/* The parameter that dies with the call of a destroyer, by its name and
 * signature (mc_disposed_param), or of a teardown (config_cleanup(struct
 * config *)), or -1. A closer beside a destroyer of its prefix is no
 * destroyer: the object lives on to be freed. */
static int dying_param(const mc_event *ev)
{
    const mc_names *n = mc_func_names(ev->an);
    if (!ev->func->sym)
        return -1;
    if (!n->destroy)
        return mc_torn_down_param(ev->func->sym);
    return n->destroyed >= 0 ? n->destroyed : mc_disposed_param(ev->func->sym);
}

/* Where nothing outlives the function: main() returning ends the program, and
 * a teardown without parameters (pub_cleanup(void), loop_fini(void)) ends its
 * module's state. */
static bool nothing_outlives(const mc_event *ev)
{
    const mc_symbol *s = ev->func->sym;
    if (ev->func->name && strcmp(ev->func->name, "main") == 0)
        return true;
    return s && s->nparams == 0 && mc_name_tears_down(s->name);
}

static void report_place(const char *place, const mc_res *r, int param, void *ctx)
{
    const mc_event *ev = ctx;
    /* a destroyer's argument dies with the call: its fields need no reset */
    if (param >= 0 && param == dying_param(ev))
        return;
    mc_finding *f = mc_report(ev, "null-after-free", r->release_loc,
                              "'%s' is released by %s() but still points to the freed memory when %s() returns at line %u",
                              place, r->release_fn ? r->release_fn : "a deallocator", ev->func->name, ev->loc.line);
    mc_report_later(f, ev->loc, "%s() returns here with '%s' dangling", ev->func->name, place);
    mc_fixit(f, "set '%s = NULL' after releasing it", place);
}

static void on_event(const mc_event *ev)
{
    /* A cleanup function's variable dies as it returns: nothing is left dangling. */
    if (ev->kind != MC_EV_EXIT || (ev->func->sym && ev->func->sym->used_as_cleanup) || nothing_outlives(ev))
        return;
    mc_state_dangling_places(ev->an, ev->state, report_place, (void *)ev);
}

const mc_rule mc_rule_null_after_free = {
    .id = "null-after-free",
    .summary = "a freed pointer stored in a longer-lived place is left dangling when the function returns",
    .cwe = "416",
    .severity = MC_SEV_WARNING,
    .on_event = on_event,
};
