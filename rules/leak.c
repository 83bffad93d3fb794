/* leak.c - rule leak: an owned resource (memory, FILE *, descriptor, DIR *,
 * mapping, anything a model or a create-named function hands out) is lost on
 * some path: at a return, when the last variable holding it is overwritten or
 * goes out of scope, or when the object holding it is released (SPEC §1.3). */
#include <stdio.h>

#include "rule.h"

static const char *what(const mc_event *ev, const mc_res *r)
{
    return mc_res_kind(ev->an, r);
}

/* "memory 'buf' allocated by malloc() at line 3", or for a call's result that
 * nothing holds (node_create(o, key); as a statement) "memory returned by
 * node_create() at line 3". */
static void subject(char *out, size_t n, const mc_event *ev, const mc_res *r, const char *var, const char *fn)
{
    if (r->var || r->var_expr)
        snprintf(out, n, "%s '%s' allocated by %s() at line %u", what(ev, r), var, fn, r->acq_loc.line);
    else
        snprintf(out, n, "%s returned by %s() at line %u", what(ev, r), fn, r->acq_loc.line);
}

static void note_acquired(mc_finding *f, const mc_res *r, const char *var, const char *fn)
{
    if (r->var || r->var_expr)
        mc_report_note(f, r->acq_loc, "'%s' acquired by %s() here", var, fn);
    else
        mc_report_note(f, r->acq_loc, "returned by %s() here, and dropped", fn);
}

static void report_exit(const mc_event *ev, const mc_res *r, const char *var, const char *fn)
{
    const char *why = NULL;
    bool error = mc_state_error_path(ev->an, ev->state, &why);
    const mc_expr *ret = mc_state_return_expr(ev->state);
    char where[240];
    if (ret)
        snprintf(where, sizeof where, "on the %s returning %s at line %u", error ? "error path" : "path",
                 mc_expr_text(ev->an, ret), ev->loc.line);
    else if (ev->loc.line == ev->func->end_loc.line)
        snprintf(where, sizeof where, "%sat the end of the function (line %u)", error ? "on an error path " : "",
                 ev->loc.line);
    else
        snprintf(where, sizeof where, "on the %s returning at line %u", error ? "error path" : "path", ev->loc.line);
    char taken[240] = "";
    if (why)
        snprintf(taken, sizeof taken, " (taken when %s)", why);
    char subj[320];
    subject(subj, sizeof subj, ev, r, var, fn);
    mc_finding *f = mc_report(ev, "leak", ev->loc, "%s leaks %s%s", subj, where, taken);
    note_acquired(f, r, var, fn);
}

/* obj_ref(o) with no obj_unref(o), store or return on this path. */
static void report_reference(const mc_event *ev, const mc_res *r, const char *var)
{
    const mc_expr *ret = mc_state_return_expr(ev->state);
    char where[240];
    if (ret)
        snprintf(where, sizeof where, "the path returning %s at line %u", mc_expr_text(ev->an, ret), ev->loc.line);
    else
        snprintf(where, sizeof where, "the path ending at line %u", ev->loc.line);
    mc_finding *f = mc_report(ev, "leak", ev->loc,
                              "the reference to '%s' taken by %s() at line %u is never released on %s", var,
                              r->ref.fn ? r->ref.fn : "a retain", r->ref.loc.line, where);
    mc_report_note(f, r->ref.loc, "reference taken by %s() here", r->ref.fn ? r->ref.fn : "a retain");
}

static void on_event(const mc_event *ev)
{
    if (ev->kind != MC_EV_LOST || !ev->res || ev->lost == MC_LOST_REALLOC)
        return;
    const mc_res *r = ev->res;
    const char *var = mc_res_name(ev->an, r);
    if (ev->lost == MC_LOST_REFERENCE) {
        report_reference(ev, r, var);
        return;
    }
    const char *fn = r->acq_fn ? r->acq_fn : "the allocator";
    mc_finding *f;
    switch (ev->lost) {
    case MC_LOST_EXIT:
        report_exit(ev, r, var, fn);
        return;
    case MC_LOST_OVERWRITE:
        f = mc_report(ev, "leak", ev->loc, "%s from %s() at line %u leaks: '%s', the last reference to it, is overwritten",
                      what(ev, r), fn, r->acq_loc.line, var);
        break;
    case MC_LOST_SCOPE:
        f = mc_report(ev, "leak", ev->loc, "%s '%s' allocated by %s() at line %u leaks when '%s' goes out of scope",
                      what(ev, r), var, fn, r->acq_loc.line, var);
        break;
    default: {
        char subj[320];
        subject(subj, sizeof subj, ev, r, var, fn);
        f = mc_report(ev, "leak", ev->loc, "%s leaks: the object holding it is released here", subj);
        break;
    }
    }
    note_acquired(f, r, var, fn);
}

const mc_rule mc_rule_leak = {
    .id = "leak",
    .summary = "an owned resource (memory, FILE *, descriptor, mapping, ...) is lost on some path",
    .cwe = "401,775,772",
    .severity = MC_SEV_WARNING,
    .on_event = on_event,
};
