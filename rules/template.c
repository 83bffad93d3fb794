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
 * the finding's place, such as the return that reveals it) and an optional
 * mc_fixit() hint. The same finding
 * reached on many paths is reported once. Rules know no function names: what a
 * function does comes from the models (rules/models/), names and summaries.
 *
 * To add a rule: add MC_RULE(mc_rule_<name>) to rules/rules.def, write
 * docs/rules/<id>.md and test/rules/<id>/ (must-flag and must-not-flag cases). */
#include "rule.h"

static void on_event(const mc_event *ev)
{
    if (ev->kind != MC_EV_USE || !ev->res)
        return;
    /* Decide, then report:
     * mc_finding *f = mc_report(ev, "template", ev->loc, "'%s' ...", mc_event_text(ev));
     * mc_report_note(f, ev->res->acq_loc, "acquired here");
     */
}

const mc_rule mc_rule_template = {
    .id = "template",
    .summary = "one line saying what the rule flags",
    .cwe = "0",
    .severity = MC_SEV_WARNING,
    .on_event = on_event,
};
