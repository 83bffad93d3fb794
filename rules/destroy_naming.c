/* destroy_naming.c - rule destroy-naming: a destroy-named function (foo_destroy,
 * foo_free, list_delete, ...) accepts NULL like free() and releases its argument
 * on every path (SPEC §1.5). Which argument: the one its name points at
 * (mc_destroyed_param). Words like free, close and release also name things
 * that are no destructors (free_space, lock_release), so a function is held to
 * the contract only when it releases its argument on some path. */
#include <stdlib.h>
#include <string.h>

#include "rule.h"

/* Per function: what to report at its end, once it is known whether it is a
 * destroyer at all (releases its argument on some path). */
static _Thread_local struct {
    const mc_func *f;
    bool released_somewhere;  /* the argument or what it holds */
    bool freed_itself;        /* the argument itself, on some path: a heap object */
    int nexits, nderefs, nreleasing;
    mc_loc exits[32];
    const char *exit_value[32];     /* what each of those returns, or NULL */
    const char *releasing_value[8]; /* what the releasing paths return */
    mc_loc derefs[8];
} cur;

static int destroyed_param(const mc_event *ev)
{
    return mc_func_names(ev->an)->destroyed;
}

static void track(const mc_event *ev)
{
    if (cur.f != ev->func) {
        cur.f = ev->func;
        cur.released_somewhere = cur.freed_itself = false;
        cur.nexits = cur.nderefs = cur.nreleasing = 0;
    }
}

/* An array given with its length (free_strings(char **v, size_t n) indexing v
 * in a loop up to n): NULL with length 0 is the empty array, never indexed. */
static bool indexed_with_length(const mc_event *ev)
{
    if (!ev->within || ev->within->kind != MC_EX_INDEX)
        return false;
    for (int i = 0; ev->func->sym && i < ev->func->sym->nparams; i++)
        if (ev->func->vars[i].type.kind == MC_TY_INT)
            return true;
    return false;
}

static void on_deref(const mc_event *ev)
{
    const mc_res *r = ev->res;
    if (!r || r->origin != MC_ORIG_PARAM || r->param != destroyed_param(ev) || r->nullness != MC_NN_UNCHECKED ||
        indexed_with_length(ev))
        return;
    track(ev);
    if (cur.nderefs < 8)
        cur.derefs[cur.nderefs++] = ev->loc;
}

/* A destroyer that says its argument is never NULL: __attribute__((nonnull)), or
 * a name ending in a nonnull word (sqlite's sqlite3ExprDeleteNN, foo_free_nonnull),
 * the fast variant next to a NULL-safe one. */
static bool declared_nonnull(const mc_event *ev, int k)
{
    const mc_symbol *s = ev->func->sym;
    return (s && k < 64 && (s->attr_nonnull >> k & 1)) || mc_name_ends_with(ev->func->name, MC_WORD_NONNULL);
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

/* The text of what this path returns, or NULL (void, or no value). */
static const char *returned_text(const mc_event *ev)
{
    const mc_expr *ret = mc_state_return_expr(ev->state);
    return ret ? mc_expr_text(ev->an, ret) : NULL;
}

static void on_path_exit(const mc_event *ev)
{
    int k = destroyed_param(ev);
    const mc_res *p = mc_state_param(ev->an, ev->state, k);
    track(ev);
    if (!p || p->nullness == MC_NN_FAILED || p->is_static)
        return;
    if (p->status != MC_RS_LIVE || p->stored || p->taken) {
        cur.released_somewhere = true;
        cur.freed_itself |= p->status == MC_RS_RELEASED;
        if (cur.nreleasing < 8)
            cur.releasing_value[cur.nreleasing++] = returned_text(ev);
        return;
    }
    /* what it holds goes: a destroyer, which may still have to free the object */
    cur.released_somewhere |= mc_state_param_field_released(ev->state, k);
    if (cur.nexits < 32) {
        cur.exit_value[cur.nexits] = returned_text(ev);
        cur.exits[cur.nexits++] = ev->loc;
    }
}

/* A path returning what no releasing path returns is a refusal with an error
 * code (ZSTD_freeCCtx on a static context), not a forgotten release. */
static bool refusal(int exit)
{
    const char *v = cur.exit_value[exit];
    if (!v)
        return false;
    for (int i = 0; i < cur.nreleasing; i++)
        if (cur.releasing_value[i] && strcmp(cur.releasing_value[i], v) == 0)
            return false;
    return true;
}

/* `--p->refs` or `p->count -= 1`: a reference-count release, which frees only
 * when the count reaches zero. */
static bool decrements_field(const mc_expr *e, const void *ctx)
{
    int k = *(const int *)ctx;
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
    return false;
}

static bool decrements_field_within(const mc_expr *e, const void *k)
{
    return mc_expr_any(e, decrements_field, k);
}

static bool is_refcount_release(const mc_func *f, int k)
{
    return mc_func_any_root(f, decrements_field_within, &k);
}

static void on_end(const mc_event *ev)
{
    int k = destroyed_param(ev);
    const char *name = ev->func->vars[k].name, *fn = ev->func->name;
    if (cur.f != ev->func || !cur.released_somewhere)
        return;
    /* An object passed by address to be emptied (a struct on the caller's stack)
     * is never NULL; NULL safety is asked of destroyers of heap objects. */
    bool heap = cur.freed_itself || !value_type(ev);
    for (int i = 0; heap && !declared_nonnull(ev, k) && i < cur.nderefs; i++) {
        mc_finding *f = mc_report(ev, "destroy-naming", cur.derefs[i],
                                  "destroy-named %s() dereferences '%s' before checking it for NULL; like free(), "
                                  "a destroyer must accept NULL", fn, name);
        mc_fixit(f, "start with 'if (%s == NULL) return;'", name);
    }
    /* An object freed on some path is a heap object, whatever creates it: the
     * paths that only empty it, or do nothing, forget to free it. */
    if (is_refcount_release(ev->func, k) || !heap)
        return;
    for (int i = 0; i < cur.nexits; i++)
        if (!refusal(i))
            mc_report(ev, "destroy-naming", cur.exits[i],
                      "destroy-named %s() does not release '%s' on the path returning at line %u", fn, name,
                      cur.exits[i].line);
}

static void on_event(const mc_event *ev)
{
    if (destroyed_param(ev) < 0)
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
