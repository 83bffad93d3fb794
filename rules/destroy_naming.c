/* destroy_naming.c - rule destroy-naming: a destroy-named function (foo_destroy,
 * foo_free, list_delete, ...) accepts NULL like free() and releases its argument
 * on every path (SPEC §1.5). Which argument: the one its name points at
 * (mc_destroyed_param). Words like free, close and release also name things
 * that are no destructors (free_space, lock_release), so a function is held to
 * the contract only when it releases its argument on some path.
 *
 * The NULL contract is owed where a caller can bring NULL: an exported
 * function, one others may call, answers for itself; a static one whose every
 * call the program shows, or one internal to a program (not exported, and
 * hidden or in a database with main(): mc_internal_function), answers at the
 * calls that may pass NULL (a verdict left to them); one called through a
 * pointer (a callback, a slot of operations) is left to the code that calls
 * the slot, which checks (obj_put: if (o) o->del(o)). Where three in four of
 * the program's destroyers dereference their argument unchecked, taking a live
 * object is the project's convention: exported ones are judged at the calls
 * too (conventions.c). */
#include <stdlib.h>
#include <string.h>

#include "rule.h"

/* An exit that keeps the argument, and what it returns (or NULL). */
typedef struct kept_exit {
    mc_loc loc;
    const char *value;
} kept_exit;

/* Per function: what to report at its end, once it is known whether it is a
 * destroyer at all (releases its argument on some path). */
typedef struct destroyer {
    bool released_somewhere;  /* the argument or what it holds */
    bool freed_itself;        /* the argument itself, on some path: a heap object */
    MC_VEC(kept_exit) exits;
    MC_VEC(const char *) releasing_value; /* what the releasing paths return */
    MC_VEC(mc_loc) derefs;
    MC_VEC(const mc_expr *) deref_exprs; /* ... and what dereferences there */
} destroyer;

static void free_destroyer(void *data)
{
    destroyer *d = data;
    MC_VEC_FREE(d->exits);
    MC_VEC_FREE(d->releasing_value);
    MC_VEC_FREE(d->derefs);
    MC_VEC_FREE(d->deref_exprs);
}

/* The destroyed parameter, or the one a closer beside a destroyer of its
 * prefix closes (conn_close beside conn_free), judged only if its body frees it. */
static int destroyed_param(const mc_event *ev)
{
    const mc_names *n = mc_func_names(ev->an);
    return n->destroyed >= 0 ? n->destroyed : n->closed;
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
    destroyer *d = mc_rule_func_data(ev);
    MC_VEC_PUSH(d->derefs, ev->loc);
    MC_VEC_PUSH(d->deref_exprs, ev->expr);
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
    destroyer *d = mc_rule_func_data(ev);
    if (!p || p->nullness == MC_NN_FAILED || p->is_static)
        return;
    if (p->status != MC_RS_LIVE || p->stored || p->taken) {
        d->released_somewhere = true;
        d->freed_itself |= p->status == MC_RS_RELEASED;
        MC_VEC_PUSH(d->releasing_value, returned_text(ev));
        return;
    }
    /* what it holds goes: a destroyer, which may still have to free the object */
    d->released_somewhere |= mc_state_param_field_released(ev->state, k);
    MC_VEC_PUSH(d->exits, ((kept_exit){ev->loc, returned_text(ev)}));
}

/* A path returning what no releasing path returns is a refusal with an error
 * code (ZSTD_freeCCtx on a static context), not a forgotten release. */
static bool refusal(const destroyer *d, const kept_exit *exit)
{
    const char *v = exit->value;
    if (!v)
        return false;
    for (int i = 0; i < d->releasing_value.n; i++)
        if (d->releasing_value.v[i] && strcmp(d->releasing_value.v[i], v) == 0)
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

/* The variables that hold the destroyed argument: the parameter, and those
 * assigned from it (Session *s = arg). */
typedef struct holders {
    uint8_t *is;    /* by variable */
    uint8_t *where; /* by variable: holds the answer of lives_in_own_part() */
    const char *cleared[8]; /* fields of the object it sets to NULL or 0 (s->curw = NULL) */
    int ncleared;
} holders;

static bool held(const holders *h, const mc_expr *e);

/* &p->member or p->field, with p holding the object. */
static bool part_of_held(const holders *h, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (e && e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR)
        e = mc_expr_strip(e->kids[0]);
    while (e && e->kind == MC_EX_MEMBER && !e->arrow)
        e = mc_expr_strip(e->kids[0]);
    return e && e->kind == MC_EX_MEMBER && held(h, e->kids[0]);
}

/* A call given the object and one of its own parts: whether the object lives
 * inside a buffer it holds (zstd's ZSTD_cwksp_owns_buffer(&cdict->workspace,
 * cdict): a dictionary placed in its own workspace goes with it). */
static bool lives_in_own_part(const holders *h, const mc_expr *e)
{
    e = e ? mc_expr_strip(e) : NULL;
    if (!e || e->kind != MC_EX_CALL)
        return false;
    bool whole = false, part = false;
    for (int i = 1; i < e->nkids; i++) {
        whole |= held(h, e->kids[i]);
        part |= part_of_held(h, e->kids[i]);
    }
    return whole && part;
}

static void note_holder(holders *h, const mc_stmt *st)
{
    const mc_expr *e = st->e ? mc_expr_strip(st->e) : NULL;
    if (st->kind == MC_ST_DECL && e && e->kind == MC_EX_VAR && h->is[e->var])
        h->is[st->var] = 1;
    if (st->kind == MC_ST_DECL && lives_in_own_part(h, e))
        h->where[st->var] = 1;
    if (st->kind != MC_ST_EXPR || !e || e->kind != MC_EX_BINARY || e->op != MC_BIN_ASSIGN)
        return;
    const mc_expr *to = mc_expr_strip(e->kids[0]), *from = mc_expr_strip(e->kids[1]);
    if (to->kind == MC_EX_VAR && from->kind == MC_EX_VAR && h->is[from->var])
        h->is[to->var] = 1;
    if (to->kind == MC_EX_VAR && lives_in_own_part(h, from))
        h->where[to->var] = 1;
}

static bool held(const holders *h, const mc_expr *e)
{
    e = mc_expr_strip(e);
    return e && e->kind == MC_EX_VAR && h->is[e->var];
}

/* p->field with p holding the object: the field's name, else NULL. */
static const char *held_field(const holders *h, const mc_expr *e)
{
    e = mc_expr_strip(e);
    return e && e->kind == MC_EX_MEMBER && e->arrow && held(h, e->kids[0]) ? e->name : NULL;
}

/* `s->curw = NULL;`: a field the destroyer clears on its way. */
static void note_cleared(holders *h, const mc_stmt *st)
{
    const mc_expr *e = st->e ? mc_expr_strip(st->e) : NULL;
    bool clears = st->kind == MC_ST_EXPR && e && e->kind == MC_EX_BINARY && e->op == MC_BIN_ASSIGN &&
                  mc_expr_is_null_const(e->kids[1]);
    if (!clears)
        return;
    const char *field = held_field(h, e->kids[0]);
    if (field && h->ncleared < (int)(sizeof h->cleared / sizeof *h->cleared))
        h->cleared[h->ncleared++] = field;
}

/* A test of a field the destroyer clears (`if (s->curw == NULL) return;
 * s->curw = NULL;`): a second call finds the object destroyed by the first. */
static bool tests_cleared_field(const holders *h, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (e && e->kind == MC_EX_UNARY && e->op == MC_UN_NOT)
        e = mc_expr_strip(e->kids[0]);
    else if (e && e->kind == MC_EX_BINARY && (e->op == MC_BIN_EQ || e->op == MC_BIN_NE) && e->nkids == 2)
        e = mc_expr_is_null_const(e->kids[1]) ? e->kids[0] : mc_expr_is_null_const(e->kids[0]) ? e->kids[1] : NULL;
    const char *field = held_field(h, e);
    for (int i = 0; field && i < h->ncleared; i++)
        if (strcmp(h->cleared[i], field) == 0)
            return true;
    return false;
}

/* An integer or _Bool field read through the object (s->references, c->tcp.flags). */
static const mc_expr *own_field(const holders *h, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (!e || e->kind != MC_EX_MEMBER || (e->type.kind != MC_TY_INT && e->type.kind != MC_TY_BOOL))
        return NULL;
    const mc_expr *base = e;
    while (base->kind == MC_EX_MEMBER && !base->arrow)
        base = mc_expr_strip(base->kids[0]);
    return base->kind == MC_EX_MEMBER && held(h, base->kids[0]) ? e : NULL;
}

static bool is_const(const mc_expr *e, bool nonzero)
{
    e = mc_expr_strip(e);
    return e && e->is_const && (!nonzero || e->ival != 0);
}

/* &outer->member: the address of an object inside another. */
static bool embedded_address(const mc_expr *e)
{
    e = mc_expr_strip(e);
    return e && e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR && mc_expr_strip(e->kids[0])->kind == MC_EX_MEMBER;
}

/* A test of the object's lifetime state, not of its contents: a flag bit
 * (`p->flags & EP_STATIC`), a _Bool (`c->closed`), a kind (`lc->type ==
 * CELL_PANE`), a reference count against a constant (`s->references == 0`),
 * or its address against another object's (`h == &outer->tcp`: embedded).
 * Reads inside a call's arguments do not count. */
static bool tests_own_state(const holders *h, const mc_expr *e)
{
    if (e && (lives_in_own_part(h, e) || (e->kind == MC_EX_VAR && h->where[e->var]) || tests_cleared_field(h, e)))
        return true;
    if (!e || e->kind == MC_EX_CALL)
        return false;
    const mc_expr *f = own_field(h, e);
    if (f && f->type.kind == MC_TY_BOOL)
        return true;
    if (e->kind == MC_EX_BINARY && e->nkids == 2) {
        for (int i = 0; i < 2; i++) {
            const mc_expr *field = own_field(h, e->kids[i]), *other = e->kids[1 - i];
            bool equality = e->op == MC_BIN_EQ || e->op == MC_BIN_NE;
            if (field && e->op == MC_BIN_AND && is_const(other, true))
                return true;
            if (field && equality && is_const(other, !mc_name_has(field->name, MC_WORD_REFCOUNT)))
                return true;
            if (equality && held(h, e->kids[i]) && embedded_address(other))
                return true;
        }
    }
    for (int i = 0; i < e->nkids; i++)
        if (tests_own_state(h, e->kids[i]))
            return true;
    return false;
}

/* Whether some branch of the function turns on the object's own state: then
 * the paths that keep it are its design (a reference still held, a free
 * deferred, a static or embedded object), not a forgotten release. */
static bool keeps_by_own_state(const mc_func *f, int k)
{
    holders h = {mc_xcalloc((size_t)f->nvars + 1, 1), mc_xcalloc((size_t)f->nvars + 1, 1), {0}, 0};
    h.is[k] = 1;
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].nstmts; i++)
            note_holder(&h, &f->blocks[b].stmts[i]);
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].nstmts; i++)
            note_cleared(&h, &f->blocks[b].stmts[i]);
    bool found = false;
    for (int b = 0; b < f->nblocks && !found; b++) {
        const mc_block *bl = &f->blocks[b];
        found = (bl->term == MC_TERM_BRANCH || bl->term == MC_TERM_SWITCH) && tests_own_state(&h, bl->cond);
    }
    free(h.is);
    free(h.where);
    return found;
}

static mc_finding *report_not_null_safe(const mc_event *ev, const mc_deferred *at, int k, mc_loc loc)
{
    const char *name = at ? at->param_name : ev->func->vars[k].name;
    static const char fmt[] = "destroy-named %s() dereferences '%s' before checking it for NULL; like free(), "
                              "a destroyer must accept NULL";
    mc_finding *found = at ? mc_report_deferred(ev, at, fmt, at->func_name, name)
                           : mc_report(ev, "destroy-naming", loc, fmt, ev->func->name, name);
    mc_fixit(found, "start with 'if (%s == NULL) return;'", name);
    return found;
}

/* The dereferences before any check, by who may pass NULL (see the top).
 * Each is also left to the callers of a destroyer that answers for itself:
 * where the program's destroyers take a live object by convention (which a
 * shard may learn only from the others' summaries), its calls judge it. */
static void judge_null_safety(const mc_event *ev, const destroyer *d, int k)
{
    if (mc_called_indirectly(ev->an))
        return;
    bool answers = !mc_callers_judge_contract(ev->an);
    bool left = !answers || mc_contract_left_to_callers(ev->an) || (ev->func->sym && !ev->func->sym->is_static);
    for (int i = 0; i < d->derefs.n; i++) {
        if (left)
            mc_defer(ev, &(mc_deferred){.param = k, .loc = d->derefs.v[i], .expr = d->deref_exprs.v[i]});
        if (answers && !mc_destroyers_take_live(ev->an))
            report_not_null_safe(ev, NULL, k, d->derefs.v[i]);
    }
}

static void judge_at_call(const mc_event *ev, const mc_deferred *d)
{
    if (mc_event_arg_may_be_null(ev, d->param) && !mc_event_arg_always_set(ev, d->param)) {
        mc_finding *f = report_not_null_safe(ev, d, d->param, d->loc);
        mc_report_note(f, ev->loc, "%s() may be given NULL here", d->func_name);
    }
}

/* At a call of a destroyer that left its NULL safety to its callers. */
static void judge_deferred(const mc_event *ev)
{
    const mc_deferred *d;
    for (int i = 0; (d = mc_next_deferred(ev, &i));)
        judge_at_call(ev, d);
    for (int i = 0; mc_destroyers_take_live(ev->an) && (d = mc_next_answered(ev, &i));)
        judge_at_call(ev, d);
}

static void on_end(const mc_event *ev)
{
    int k = destroyed_param(ev);
    const char *name = ev->func->vars[k].name, *fn = ev->func->name;
    const destroyer *d = mc_rule_func_data(ev);
    /* a closer that leaves the object to its destroyer owes nothing; one that
       frees the object itself on some path is a destroyer after all */
    bool closer = mc_func_names(ev->an)->closed >= 0;
    if (!d->released_somewhere || (closer && !d->freed_itself))
        return;
    /* An object passed by address to be emptied (a struct on the caller's stack)
     * is never NULL; NULL safety is asked of destroyers of heap objects. */
    bool heap = d->freed_itself || !value_type(ev);
    if (heap && !declared_nonnull(ev, k))
        judge_null_safety(ev, d, k);
    /* An object freed on some path is a heap object, whatever creates it: the
     * paths that only empty it, or do nothing, forget to free it. */
    if (is_refcount_release(ev->func, k) || !heap || keeps_by_own_state(ev->func, k))
        return;
    for (int i = 0; i < d->exits.n; i++)
        if (!refusal(d, &d->exits.v[i]))
            mc_report(ev, "destroy-naming", d->exits.v[i].loc,
                      "destroy-named %s() does not release '%s' on the path returning at line %u", fn, name,
                      d->exits.v[i].loc.line);
}

static void on_event(const mc_event *ev)
{
    if (ev->kind == MC_EV_CALL)
        judge_deferred(ev);
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
    .per_function = true,
    .on_event = on_event,
    .func_data = sizeof(destroyer),
    .func_data_free = free_destroyer,
};
