/* null_after_free.c - rule null-after-free: a freed pointer kept in a place that
 * outlives the function (a field reached from a parameter, a global, *out) is
 * still dangling when the function returns (SPEC §1.5). Locals are exempt. */
#include <stdlib.h>

#include "rule.h"

/* The parameter that dies with the call of a destroyer, by its name and
 * signature (mc_disposed_param), or of a teardown (config_cleanup(struct
 * config *), message_free_contents(struct message *)), or -1. A closer beside
 * a destroyer of its prefix is no destroyer: the object lives on to be freed. */
static int dying_param(const mc_event *ev)
{
    const mc_names *n = mc_func_names(ev->an);
    if (!ev->func->sym)
        return -1;
    int destroyed = !n->destroy ? -1 : n->destroyed >= 0 ? n->destroyed : mc_disposed_param(ev->func->sym);
    return destroyed >= 0 ? destroyed : mc_torn_down_param(ev->func->sym);
}

/* Where nothing outlives the function: its return ends the program (main(),
 * `exit(client_main())`), and a teardown without parameters (pub_cleanup(void),
 * loop_fini(void)) ends its module's state. */
static bool nothing_outlives(const mc_event *ev)
{
    const mc_symbol *s = ev->func->sym;
    if (mc_returns_end_program(ev->an))
        return true;
    return s && s->nparams == 0 && mc_name_tears_down(s->name);
}

/* A failing exit may leave a caller's out-struct half built: a caller whose
 * struct is its own local drops it (`if (chunk_read(&ch)) return 1;`), one
 * whose struct lives on keeps the dangling pointer. Such verdicts are left to
 * the calls, when the program shows them all. */
static bool left_to_callers(const mc_event *ev, int param)
{
    return param >= 0 && mc_state_returns_failure(ev->an, ev->state) && mc_contract_left_to_callers(ev->an);
}

/* Verdicts a function keeps for its end (mc_deferred.data): a field of its
 * parameter's object, or a global, that a static helper with known callers
 * frees, which its summary may hand to them (clear(&o->filters); free(o)). */
enum { AT_END = 1 };

static void report_here(const mc_event *ev, mc_loc at, const char *text, mc_loc later, const char *place)
{
    mc_finding *f = mc_report(ev, "null-after-free", at, "%s", text);
    mc_report_later(f, later, "%s() returns here with '%s' dangling", ev->func->name, place);
    mc_fixit(f, "set '%s = NULL' after releasing it", place);
}

static void report_place(const char *place, const char *field, const mc_res *r, int param, bool deep, void *ctx)
{
    const mc_event *ev = ctx;
    /* a destroyer's argument dies with the call: its fields need no reset (what
       they point to lives on) */
    if (param >= 0 && !deep && param == dying_param(ev))
        return;
    /* a field the program frees only under a test of another (`if
       (state->size) free(state->in)`) is set when that one says so */
    if (field && mc_field_tracked(ev->an, field))
        return;
    char *text = mc_xasprintf("'%s' is released by %s() but still points to the freed memory when %s() returns at line %u",
                              place, r->release_fn ? r->release_fn : "a deallocator", ev->func->name, ev->loc.line);
    mc_deferred d = {.param = param, .loc = r->release_loc, .text = text, .subject = place, .later = ev->loc};
    bool global = !field && param < 0;
    if ((param >= 0 || global) && !mc_state_returns_failure(ev->an, ev->state) && mc_callers_all_known(ev->an)) {
        d.data = AT_END;
        mc_defer(ev, &d);
    } else {
        /* one deeper, the object lives on whoever holds the struct */
        bool left = !deep && left_to_callers(ev, param);
        if (left)
            mc_defer(ev, &d);
        if (!left || !mc_callers_judge_contract(ev->an))
            report_here(ev, r->release_loc, text, ev->loc, place);
    }
    free(text);
}

/* At the function's end, what it kept for then: reported here, but for the
 * fields its summary hands to the callers, whose exits judge them. */
static void judge_at_end(const mc_event *ev)
{
    const mc_deferred *d;
    for (int i = 0; (d = mc_next_own_deferred(ev, &i));)
        if (d->data == AT_END && !mc_event_callee_leaves_field(ev, d->param, d->param_name, d->subject))
            report_here(ev, d->loc, d->text, d->later, d->subject);
}

/* At a call of a function that left a half-built struct to its callers: what
 * a caller does not own on its stack lives on with the dangling pointer, but
 * for a field the call leaves released in the caller's own state (the callee
 * frees it on every path), which the caller's exits judge. */
static void judge_deferred(const mc_event *ev)
{
    const mc_deferred *d;
    for (int i = 0; (d = mc_next_deferred(ev, &i));) {
        if (!d->text || d->data == AT_END || mc_event_arg_local_object(ev, d->param) ||
            mc_event_callee_leaves_field(ev, d->param, d->param_name, d->subject))
            continue;
        mc_finding *f = mc_report_deferred(ev, d, "%s", d->text);
        mc_report_note(f, ev->loc, "%s() is given an object that outlives this call here", d->func_name);
        mc_report_later(f, d->later, "%s() returns here with '%s' dangling", d->func_name, d->subject);
        mc_fixit(f, "set '%s = NULL' after releasing it", d->subject);
    }
}

static void on_event(const mc_event *ev)
{
    if (ev->kind == MC_EV_CALL) {
        judge_deferred(ev);
        return;
    }
    if (ev->kind == MC_EV_FUNC_END) {
        judge_at_end(ev);
        return;
    }
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
