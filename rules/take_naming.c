/* take_naming.c - rule take-naming: a function named with a take verb
 * (container_take_buffer) takes ownership of a pointer argument. The callee must,
 * on every path, release it, store it somewhere that outlives the call, or pass
 * it on to another taker, and clear the source when it moves out of a pointer to
 * an owner. The caller must not release, dereference or hand on the pointer again
 * (SPEC §1.5). */
#include <stdlib.h>

#include "rule.h"

static void report_kept(const mc_event *ev, int i, mc_loc exit)
{
    mc_report(ev, "take-naming", exit,
              "%s() takes ownership of '%s' by its name, but neither releases, stores nor passes it on "
              "on the path returning at line %u; the caller has let go of it, so it leaks", ev->func->name,
              ev->func->vars[i].name, exit.line);
}

/* Whether the name's take stands is known once the function is done: a body
 * that borrows a parameter and writes its fields (window_consume_window(w, n)
 * uses up n of the window), or borrows its only pointer parameter taken by
 * default on every path (read_consume(a) consumes input from a), says the verb
 * is not about ownership. Until then the paths that drop one are held. */
typedef struct kept_exit { int param; mc_loc exit; } kept_exit;
typedef MC_VEC(kept_exit) held_exits; /* the rule's data per function */

static void free_held(void *data)
{
    MC_VEC_FREE(*(held_exits *)data);
}

static void held_until_end(const mc_event *ev, int i)
{
    held_exits *held = mc_rule_func_data(ev);
    for (int k = 0; k < held->n; k++)
        if (held->v[k].param == i && held->v[k].exit.line == ev->loc.line && held->v[k].exit.col == ev->loc.col &&
            held->v[k].exit.file == ev->loc.file)
            return; /* another path to the same exit */
    MC_VEC_PUSH(*held, ((kept_exit){i, ev->loc}));
}

static void judge_held(const mc_event *ev)
{
    const held_exits *held = mc_rule_func_data(ev);
    for (int k = 0; k < held->n; k++)
        if (mc_name_take_stands(ev->func->sym, mc_func_names(ev->an), ev->callee_summary, held->v[k].param))
            report_kept(ev, held->v[k].param, held->v[k].exit);
}

static void check_param(const mc_event *ev, int i)
{
    const mc_res *p = mc_state_param(ev->an, ev->state, i);
    if (!p || p->nullness == MC_NN_FAILED)
        return;
    const char *fn = ev->func->name, *name = ev->func->vars[i].name;
    mc_loc where;
    int move = mc_state_param_move(ev->an, ev->state, i, &where);
    if (move == 2) {
        mc_finding *f = mc_report(ev, "take-naming", ev->loc,
                                  "%s() moves the contents of '%s' at line %u but leaves the source pointing at them: "
                                  "two owners when it returns at line %u", fn, name, where.line, ev->loc.line);
        mc_report_note(f, where, "moved here");
        mc_fixit(f, "clear the moved field in '%s' (set it to NULL) after the move", name);
        return;
    }
    if (move == 1 || p->status != MC_RS_LIVE || p->stored || p->taken || mc_state_param_field_released(ev->state, i))
        return;
    /* pool_take(pool, &item) hands an item out through a T **: nothing was taken */
    if (mc_state_param_out_only(ev->an, ev->state, i))
        return;
    held_until_end(ev, i);
}

static void callee_exit(const mc_event *ev)
{
    const mc_symbol *s = ev->func->sym;
    uint64_t taken = mc_func_names(ev->an)->taken;
    if (!s || !taken)
        return;
    for (int i = 0; i < s->nparams && i < 64; i++)
        if (taken & (1ULL << i))
            check_param(ev, i);
}

static void caller_use(const mc_event *ev)
{
    const mc_res *r = ev->res;
    const char *var = mc_event_text(ev), *taker = r->release_fn ? r->release_fn : "a taker";
    mc_finding *f;
    if (ev->kind == MC_EV_RELEASE)
        f = mc_report(ev, "take-naming", ev->loc, "'%s' is released by %s() after %s() took ownership of it at line %u",
                      var, ev->callee ? ev->callee : "a deallocator", taker, r->release_loc.line);
    else if (ev->kind == MC_EV_TAKE)
        f = mc_report(ev, "take-naming", ev->loc, "'%s' is handed to %s() after %s() already took ownership of it at line %u",
                      var, ev->callee ? ev->callee : "a taker", taker, r->release_loc.line);
    else
        f = mc_report(ev, "take-naming", ev->loc, "'%s' is used after %s() took ownership of it at line %u", var, taker,
                      r->release_loc.line);
    mc_report_note(f, r->release_loc, "ownership handed to %s() here", taker);
}

static void on_event(const mc_event *ev)
{
    if (ev->kind == MC_EV_EXIT) {
        callee_exit(ev);
        return;
    }
    if (ev->kind == MC_EV_FUNC_END) {
        judge_held(ev);
        return;
    }
    if (!ev->res || !ev->res->taken)
        return;
    if (ev->kind == MC_EV_RELEASE || ev->kind == MC_EV_TAKE ||
        (ev->kind == MC_EV_USE && (ev->use == MC_USE_DEREF || ev->use == MC_USE_WRITE || ev->use == MC_USE_NONNULL)))
        caller_use(ev);
}

const mc_rule mc_rule_take_naming = {
    .id = "take-naming",
    .summary = "ownership transfer named by a take verb that the callee or the caller does not honour",
    .cwe = "401,415,416",
    .severity = MC_SEV_WARNING,
    .per_function = true,
    .on_event = on_event,
    .func_data = sizeof(held_exits),
    .func_data_free = free_held,
};
