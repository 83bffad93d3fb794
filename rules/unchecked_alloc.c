/* unchecked_alloc.c - rule unchecked-alloc: the result of an allocator that can
 * fail is used before any check for failure (SPEC §1.1), or is checked the wrong
 * way (mmap against NULL, a file descriptor against 0 only). */
#include <stdio.h>

#include "rule.h"

static const char *failure_value(const mc_res *r)
{
    switch (r->fails) {
    case MC_FAIL_NEGATIVE: return "-1";
    case MC_FAIL_MAP_FAILED: return "MAP_FAILED";
    default: return "NULL";
    }
}

static const char *use_text(const mc_event *ev, char *buf, size_t n)
{
    switch (ev->use) {
    case MC_USE_NONNULL:
        if (ev->arg < 0) { /* read by the callee from a global or a struct's field */
            snprintf(buf, n, "used by %s(), which dereferences it", ev->callee ? ev->callee : "a function");
            return buf;
        }
        snprintf(buf, n, "passed to %s() (argument %d must not be %s)", ev->callee ? ev->callee : "a function",
                 ev->arg + 1, failure_value(ev->res));
        return buf;
    case MC_USE_WRITE: return "written through";
    default: return "dereferenced";
    }
}

static void report_bad_check(const mc_event *ev, const mc_res *r)
{
    const char *fn = r->acq_fn ? r->acq_fn : "the allocator";
    mc_finding *f;
    if (r->fails == MC_FAIL_MAP_FAILED)
        f = mc_report(ev, "unchecked-alloc", ev->loc,
                      "'%s' from %s() is compared with NULL, but %s() fails with MAP_FAILED, not NULL",
                      mc_res_name(ev->an, r), fn, fn);
    else
        f = mc_report(ev, "unchecked-alloc", ev->loc,
                      "'%s' from %s() is compared with 0 only; %s() fails with -1 and 0 is a valid descriptor",
                      mc_res_name(ev->an, r), fn, fn);
    mc_report_note(f, r->acq_loc, "'%s' acquired by %s() here", mc_res_name(ev->an, r), fn);
    mc_fixit(f, r->fails == MC_FAIL_MAP_FAILED ? "compare with MAP_FAILED" : "test for '< 0'");
}

/* Used on the branch where the check said it failed: `if (p == NULL) { p[0] = 0; }`,
 * or after `if (!p) log(...);` falls through. */
static void report_failed_use(const mc_event *ev, const mc_res *r)
{
    char buf[160];
    const char *fn = r->acq_fn ? r->acq_fn : "the allocator";
    const char *var = mc_res_name(ev->an, r);
    mc_finding *f = mc_report(ev, "unchecked-alloc", ev->loc, "'%s' from %s() at line %u is %s here (the check at line %u failed): %s",
                              var, fn, r->acq_loc.line, failure_value(r), r->check_loc.line, use_text(ev, buf, sizeof buf));
    mc_report_note(f, r->acq_loc, "'%s' acquired by %s() here", var, fn);
    mc_report_note(f, r->check_loc, "'%s' found to be %s here", var, failure_value(r));
}

/* A pointer that is NULL on every path reaching it, set so (`p = NULL;`) or
 * found so by a check, is dereferenced. A null pointer constant names no
 * variable: neither it nor a check of it is offered as one. */
static void report_null_use(const mc_event *ev)
{
    char buf[160];
    const char *how = ev->use == MC_USE_WRITE ? "written through" : "dereferenced";
    if (ev->use == MC_USE_NONNULL && ev->arg < 0) {
        snprintf(buf, sizeof buf, "used by %s(), which dereferences it", ev->callee ? ev->callee : "a function");
        how = buf;
    } else if (ev->use == MC_USE_NONNULL) {
        snprintf(buf, sizeof buf, "passed to %s() (argument %d must not be NULL)", ev->callee ? ev->callee : "a function",
                 ev->arg + 1);
        how = buf;
    }
    if (ev->expr && mc_expr_is_null_const(ev->expr)) {
        mc_report(ev, "unchecked-alloc", ev->loc, "a null pointer constant is used here: %s", how);
        return;
    }
    const char *var = mc_event_text(ev);
    mc_finding *f = mc_report(ev, "unchecked-alloc", ev->loc, "'%s' is NULL on every path here: %s", var ? var : "the pointer", how);
    if (var)
        mc_fixit(f, "check 'if (%s == NULL)' before using it", var);
}

/* Returned by a function whose declaration promises its callers a result that
 * is not NULL (returns_nonnull, `_Nonnull`): they trust the promise and do not
 * check, so the failure reaches them unseen. */
static void report_broken_promise(const mc_event *ev, const mc_res *r)
{
    const char *fn = r->acq_fn ? r->acq_fn : "the allocator";
    char what[160];
    const mc_expr *returned = mc_expr_strip(ev->expr);
    if (returned && returned->kind == MC_EX_VAR)
        snprintf(what, sizeof what, "'%s' from %s()", mc_event_text(ev), fn);
    else
        snprintf(what, sizeof what, "the result of %s()", fn);
    bool failed = r->nullness == MC_NN_FAILED;
    mc_finding *f = mc_report(ev, "unchecked-alloc", ev->loc,
                              "%s at line %u %s %s: returned by %s(), which is declared never to return NULL", what,
                              r->acq_loc.line, failed ? "is" : "may be", failure_value(r), ev->func->name);
    if (failed)
        mc_report_note(f, r->check_loc, "found to be %s here", failure_value(r));
    mc_report_note(f, r->acq_loc, "acquired by %s() here; it returns %s on failure", fn, failure_value(r));
    mc_fixit(f, "handle the failure before returning, or drop the promise (returns_nonnull, _Nonnull)");
}

static bool promises_nonnull(const mc_event *ev)
{
    return ev->func->sym && ev->func->sym->attr_returns_nonnull;
}

static void on_event(const mc_event *ev)
{
    if (ev->kind == MC_EV_NULL_DEREF) {
        report_null_use(ev);
        return;
    }
    if (ev->kind != MC_EV_USE || !ev->res)
        return;
    const mc_res *r = ev->res;
    if (r->origin != MC_ORIG_ALLOC || !r->may_fail)
        return;
    if (ev->use == MC_USE_BAD_CHECK) {
        report_bad_check(ev, r);
        return;
    }
    if (r->nullness == MC_NN_OK || (r->status != MC_RS_LIVE && r->status != MC_RS_ESCAPED))
        return;
    if (ev->use == MC_USE_RETURN && promises_nonnull(ev) && r->fails == MC_FAIL_NULL && !r->failed_then_unknown) {
        report_broken_promise(ev, r);
        return;
    }
    if (ev->use != MC_USE_DEREF && ev->use != MC_USE_WRITE && ev->use != MC_USE_NONNULL)
        return;
    if (r->nullness == MC_NN_FAILED) {
        if (!r->failed_then_unknown)
            report_failed_use(ev, r);
        return;
    }
    char buf[160];
    const char *fn = r->acq_fn ? r->acq_fn : "the allocator";
    const char *var = mc_res_name(ev->an, r);
    mc_finding *f = mc_report(ev, "unchecked-alloc", ev->loc, "'%s' from %s() at line %u may be %s: %s without a check",
                              var, fn, r->acq_loc.line, failure_value(r), use_text(ev, buf, sizeof buf));
    mc_report_note(f, r->acq_loc, "'%s' acquired by %s() here; it returns %s on failure", var, fn, failure_value(r));
    mc_fixit(f, "check 'if (%s%s)' before using it", var,
             r->fails == MC_FAIL_NEGATIVE ? " < 0" : r->fails == MC_FAIL_MAP_FAILED ? " == MAP_FAILED" : " == NULL");
}

const mc_rule mc_rule_unchecked_alloc = {
    .id = "unchecked-alloc",
    .summary = "a result of an allocator that can fail is used before it was checked for failure",
    .cwe = "690,252,476",
    .severity = MC_SEV_WARNING,
    .on_event = on_event,
};
