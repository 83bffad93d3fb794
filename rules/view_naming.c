/* view_naming.c - rule view-naming: a borrowed pointer (the argument of a
 * view-named function, or any `const T *` parameter) must not be released or
 * handed to a taker; a view-named function must not write through what it
 * borrows nor return memory it allocated (SPEC §1.5). */
#include "rule.h"

/* An integer parameter named as an ownership flag (`own`, `take_ownership`)
 * that this path found nonzero: the caller said it hands the pointer over
 * (jansson's string_create(const char *value, size_t len, int own)). */
static bool owned_by_flag(const mc_event *ev)
{
    static const char *const words[] = {"own", "owned", "owns", "ownership", "take", "takes", "steal", "adopt"};
    const mc_func *f = ev->func;
    for (int i = 0; f->sym && i < f->sym->nparams && i < f->nvars; i++) {
        if (f->vars[i].type.kind != MC_TY_INT || !f->vars[i].name || !mc_state_var_nonzero(ev->an, ev->state, i))
            continue;
        for (size_t w = 0; w < sizeof words / sizeof *words; w++)
            if (mc_ident_has_word(f->vars[i].name, words[w]))
                return true;
    }
    return false;
}

/* Why parameter i is borrowed, or NULL when it is not. */
static const char *borrowed(const mc_event *ev, int i)
{
    const mc_func *f = ev->func;
    if (i < 0 || i >= f->nvars)
        return NULL;
    const mc_type *t = &f->vars[i].type;
    /* tables_free(const uint8_t *tables): releasing is what the name promises */
    bool destroyer = mc_func_names(ev->an)->destroy && mc_name_ends_with(f->name, MC_WORD_DESTROY);
    if (t->kind == MC_TY_PTR && t->pointee_const && t->ptr_depth == 1 && !destroyer && !owned_by_flag(ev))
        return "it is a pointer to const";
    if (mc_func_names(ev->an)->view && mc_func_names(ev->an)->viewed == i)
        return "it is what the view-named function borrows";
    return NULL;
}

static void on_release_or_take(const mc_event *ev)
{
    const mc_res *r = ev->res;
    if (!r || r->origin != MC_ORIG_PARAM || r->status != MC_RS_LIVE)
        return;
    const char *why = borrowed(ev, r->param);
    if (!why)
        return;
    mc_report(ev, "view-naming", ev->loc, "%s() %s '%s', which it only borrows (%s); the caller still owns it",
              ev->func->name, ev->kind == MC_EV_TAKE ? "hands ownership of" : "releases", ev->func->vars[r->param].name,
              why);
}

static void on_write(const mc_event *ev)
{
    const mc_res *r = ev->res;
    const mc_names *n = mc_func_names(ev->an);
    if (!r || r->origin != MC_ORIG_PARAM || !n->view || n->viewed != r->param)
        return;
    mc_finding *f = mc_report(ev, "view-naming", ev->loc, "view-named %s() writes through '%s', which it only borrows",
                              ev->func->name, ev->func->vars[r->param].name);
    mc_fixit(f, "make the parameter a pointer to const, or rename the function");
}

static void on_path_exit(const mc_event *ev)
{
    bool offset;
    const mc_res *r = mc_state_return_res(ev->state, &offset);
    if (!mc_func_names(ev->an)->view || !r || !r->owned || r->origin != MC_ORIG_ALLOC || r->nullness == MC_NN_FAILED)
        return;
    mc_finding *f = mc_report(ev, "view-naming", ev->loc,
                              "view-named %s() returns memory it allocated with %s() at line %u; a view must borrow, "
                              "not hand out ownership", ev->func->name, r->acq_fn ? r->acq_fn : "an allocator",
                              r->acq_loc.line);
    mc_report_note(f, r->acq_loc, "allocated here");
}

static void on_event(const mc_event *ev)
{
    if (ev->kind == MC_EV_RELEASE || ev->kind == MC_EV_TAKE)
        on_release_or_take(ev);
    else if (ev->kind == MC_EV_USE && ev->use == MC_USE_WRITE)
        on_write(ev);
    else if (ev->kind == MC_EV_EXIT)
        on_path_exit(ev);
}

const mc_rule mc_rule_view_naming = {
    .id = "view-naming",
    .summary = "a borrowed pointer (view verb or const pointee) that is released, transferred or written through",
    .cwe = "763",
    .severity = MC_SEV_WARNING,
    .per_function = true,
    .on_event = on_event,
};
