/* destroy_naming.c - rule destroy-naming: a destroy-named function (foo_destroy,
 * foo_free, ...) accepts NULL like free() and releases its first pointer argument
 * on every path (SPEC §1.5). The weaker
 * words (release, unref, close) also name lock and reference-count operations,
 * so for them only a function that releases on some paths is held to all paths. */
#include <stdlib.h>
#include <string.h>

#include "rule.h"

typedef struct pending {
    mc_loc loc;
} pending;

/* Per function: the exits that did not release, reported at its end. */
static _Thread_local struct {
    const mc_func *f;
    bool released_somewhere;
    int n;
    pending exits[32];
} cur;

static bool strong_word(const char *w)
{
    return w && (strcmp(w, "destroy") == 0 || strcmp(w, "free") == 0 || strcmp(w, "delete") == 0 ||
                 strcmp(w, "dispose") == 0);
}

static int destroyed_param(const mc_event *ev)
{
    return mc_func_names(ev->an)->destroyed;
}

static const char *destroy_word(const mc_event *ev)
{
    return mc_func_names(ev->an)->destroy_word;
}

static void on_deref(const mc_event *ev)
{
    const mc_res *r = ev->res;
    int k = destroyed_param(ev);
    if (!r || r->origin != MC_ORIG_PARAM || r->param != k || r->nullness != MC_NN_UNCHECKED ||
        !strong_word(destroy_word(ev)))
        return;
    mc_finding *f = mc_report(ev, "destroy-naming", ev->loc,
                              "destroy-named %s() dereferences '%s' before checking it for NULL; like free(), a "
                              "destroyer must accept NULL", ev->func->name, ev->func->vars[k].name);
    mc_fixit(f, "start with 'if (%s == NULL) return;'", ev->func->vars[k].name);
}

/* Objects the program creates by value (Arena arena_create()) are destroyed by
 * releasing what they hold, which may be nothing on some paths; heap objects
 * (Foo *foo_create()) must themselves be freed on every path. Without a create
 * function to tell, the object is taken to be a value. */
static bool value_type(const mc_event *ev)
{
    char *prefix = mc_name_prefix(ev->func->name, MC_WORD_DESTROY);
    int k = destroyed_param(ev);
    int heap = prefix ? mc_analysis_create_returns_pointer(ev->an, prefix, ev->func->vars[k].type.name) : -1;
    free(prefix);
    return heap != 1;
}

static void on_path_exit(const mc_event *ev)
{
    int k = destroyed_param(ev);
    const mc_res *p = k >= 0 ? mc_state_param(ev->an, ev->state, k) : NULL;
    if (cur.f != ev->func)
        cur.f = ev->func, cur.n = 0, cur.released_somewhere = false;
    if (!p || p->nullness == MC_NN_FAILED)
        return;
    if (p->status != MC_RS_LIVE || p->stored || p->taken) {
        cur.released_somewhere = true;
        return;
    }
    if (cur.n < 32)
        cur.exits[cur.n++].loc = ev->loc;
}

/* `--p->refs` or `p->count -= 1`: a reference-count release, which frees only
 * when the count reaches zero. */
static bool decrements_field(const mc_expr *e, int k)
{
    if (!e)
        return false;
    const mc_expr *target = NULL;
    if (e->kind == MC_EX_UNARY && (e->op == MC_UN_PREDEC || e->op == MC_UN_POSTDEC))
        target = mc_expr_strip(e->kids[0]);
    if (e->kind == MC_EX_BINARY && e->op == MC_BIN_SUB_ASSIGN)
        target = mc_expr_strip(e->kids[0]);
    if (target && target->kind == MC_EX_MEMBER && target->arrow) {
        const mc_expr *base = mc_expr_strip(target->kids[0]);
        if (base->kind == MC_EX_VAR && base->var == k)
            return true;
    }
    for (int i = 0; i < e->nkids; i++)
        if (decrements_field(e->kids[i], k))
            return true;
    return false;
}

static bool is_refcount_release(const mc_func *f, int k)
{
    for (int b = 0; b < f->nblocks; b++) {
        for (int i = 0; i < f->blocks[b].nstmts; i++)
            if (decrements_field(f->blocks[b].stmts[i].e, k))
                return true;
        if (decrements_field(f->blocks[b].cond, k))
            return true;
    }
    return false;
}

static void on_end(const mc_event *ev)
{
    int k = destroyed_param(ev);
    bool report = cur.f == ev->func && cur.n > 0 && (cur.released_somewhere || strong_word(destroy_word(ev))) &&
                  !is_refcount_release(ev->func, k) && !value_type(ev);
    for (int i = 0; report && i < cur.n; i++)
        mc_report(ev, "destroy-naming", cur.exits[i].loc,
                  "destroy-named %s() does not release '%s' on the path returning at line %u", ev->func->name,
                  ev->func->vars[k].name, cur.exits[i].loc.line);
    cur.f = NULL;
    cur.n = 0;
}

static void on_event(const mc_event *ev)
{
    if (!destroy_word(ev) || destroyed_param(ev) < 0)
        return;
    if (ev->kind == MC_EV_USE && (ev->use == MC_USE_DEREF || ev->use == MC_USE_WRITE))
        on_deref(ev);
    else if (ev->kind == MC_EV_EXIT)
        on_path_exit(ev);
    else if (ev->kind == MC_EV_FUNC_END)
        on_end(ev);
}

const mc_rule mc_rule_destroy_naming = {
    .id = "destroy-naming",
    .summary = "a destroy-named function that is not NULL-safe or does not release its argument on every path",
    .cwe = "401,476",
    .severity = MC_SEV_WARNING,
    .on_event = on_event,
};
