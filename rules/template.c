/* template.c - how a rule is written; `scripts/new-rule.sh <id>` copies this file.
 *
 * A rule is one `const mc_rule` (id, summary, CWE tags, default severity) and an
 * event handler. The engine (checker/engine/) walks every path of every
 * function once and calls the handler of each enabled rule on these events:
 *
 *   MC_EV_USE      a pointer or handle is used (ev->use says how: dereference,
 *                  passed to a non-null parameter, returned, stored, ...)
 *   MC_EV_RELEASE  a deallocator is about to release ev->res (ev->family is the
 *                  deallocator's family, ev->callee its name)
 *   MC_EV_LOST     an owned resource lost its last reference (ev->lost: exit,
 *                  overwrite, scope end, container released, realloc failure)
 *   MC_EV_CALL     a call, arguments evaluated (ev->model, ev->callee_summary)
 *   MC_EV_TAKE     a resource handed to a take-named parameter
 *   MC_EV_EXIT     a path leaves the function (ev->state is the final state)
 *   MC_EV_FUNC_END the function is done (ev->callee_summary is its summary)
 *
 * ev->res is the resource concerned (family, origin, status, nullness, where it
 * was acquired, checked and released). The handler never changes the state; it
 * decides whether what happened breaks its contract and reports with mc_report(),
 * adding mc_report_note() steps in path order (mc_report_later() for a step after
 * the finding's place, such as the return that reveals it; mc_report_context()
 * for where an object came from when the cause is the code at the place alone)
 * and an optional mc_fixit() hint. The same finding
 * reached on many paths is reported once. Rules know no function names: what a
 * function does comes from the models (rules/models/), names and summaries.
 *
 * A rule has no static variables (the engine analyses functions on several
 * threads at once): what it keeps between events, the engine keeps for it.
 * The mc_rule says how many bytes, and the rule reaches them on any event:
 *
 *   .res_data   per resource, per path: mc_rule_res_data(ev) reads the bytes
 *               of ev's resource on ev's path, mc_rule_res_data_w(ev) writes
 *               them. Zero when the resource is acquired, copied with it when
 *               a path splits. Two paths that differ only in these bytes are
 *               one state: where they meet, .res_data_join(into, other) joins
 *               the arriving path's bytes into the ones that go on (without
 *               it, the first path's bytes stand). A join must move one way
 *               (each value reached once) and keep zero with zero. A few
 *               bytes at most (MC_RES_RULE_BYTES
 *               for all rules together); write only when they change, as a
 *               write gives the path its own copy of its resources.
 *   .func_data  per function: mc_rule_func_data(ev), zero when the walk of the
 *               function begins, the same on every event until MC_EV_FUNC_END,
 *               then freed (.func_data_free first frees what the rule
 *               allocated in it, such as an MC_VEC).
 *
 * To add a rule: add MC_RULE(mc_rule_<name>) to rules/rules.def, write
 * docs/rules/<id>.md and test/rules/<id>/ (must-flag and must-not-flag cases). */
#include <stdlib.h>

#include "rule.h"

/* What the rule knows of one resource on one path (.res_data). */
typedef struct res_seen {
    bool used;                /* used on this path already */
} res_seen;

/* What it gathers over one function (.func_data). */
typedef struct func_seen {
    MC_VEC(mc_loc) first_uses; /* where paths first used a resource */
} func_seen;

static void free_func_seen(void *data)
{
    MC_VEC_FREE(((func_seen *)data)->first_uses);
}

/* Two paths met as one: "used" only where both had used it, so that the next
 * use is seen as the first on the path that had none (.res_data_join). */
static void join_res_seen(void *into, const void *other)
{
    ((res_seen *)into)->used &= ((const res_seen *)other)->used;
}

static void on_use(const mc_event *ev)
{
    const res_seen *seen = mc_rule_res_data(ev);
    if (!seen || seen->used)
        return; /* this path used it before */
    ((res_seen *)mc_rule_res_data_w(ev))->used = true;
    func_seen *fn = mc_rule_func_data(ev);
    MC_VEC_PUSH(fn->first_uses, ev->loc);
    /* Decide, then report:
     * mc_finding *f = mc_report(ev, "template", ev->loc, "'%s' ...", mc_event_text(ev));
     * mc_report_note(f, ev->res->acq_loc, "acquired here");
     */
}

static void on_end(const mc_event *ev)
{
    const func_seen *fn = mc_rule_func_data(ev);
    /* Decide with what every path of the function showed, then report:
     * for (int i = 0; i < fn->first_uses.n; i++) ...
     */
    (void)fn;
}

static void on_event(const mc_event *ev)
{
    if (ev->kind == MC_EV_USE && ev->res)
        on_use(ev);
    else if (ev->kind == MC_EV_FUNC_END)
        on_end(ev);
}

const mc_rule mc_rule_template = {
    .id = "template",
    .summary = "one line saying what the rule flags",
    .cwe = "0",
    .severity = MC_SEV_WARNING,
    .on_event = on_event,
    .res_data = sizeof(res_seen),      /* 0, or leave it out, when none */
    .res_data_join = join_res_seen,    /* NULL: the first path's bytes stand */
    .func_data = sizeof(func_seen),
    .func_data_free = free_func_seen,
};
