/* rule_api.c - what analysis.h promises rules: events, queries, reporting, deferred verdicts. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- events ---- */

void raise_event(mc_analysis *an, mc_event *ev)
{
    ev->an = an;
    ev->func = an->f;
    if (ev->res_id >= 0 && !ev->res)
        ev->res = mc_st_res_c(ev->state, ev->res_id);
    for (int k = 0; k < an->rules.nlisteners; k++) {
        an->rules.cur_rule = an->rules.listeners[k];
        mc_rules[an->rules.cur_rule]->on_event(ev);
    }
    an->rules.cur_rule = -1;
}

mc_event event(mc_evkind kind, const mc_state *st, const mc_expr *e, mc_loc loc, int res)
{
    mc_event ev = {0};
    ev.kind = kind;
    ev.state = st;
    ev.expr = e;
    ev.loc = loc;
    ev.res_id = res;
    ev.arg = -1;
    ev.family = -1;
    return ev;
}

/* ---- the rules' own data ---- */

void place_rule_data(mc_analysis *an)
{
    size_t at = 0;
    for (int i = 0; i < mc_nrules; i++) {
        an->rules.res_data_at[i] = (int)at;
        at += mc_rules[i]->res_data;
    }
    if (at > MC_RES_RULE_BYTES) {
        fprintf(stderr, "memcheck: the rules ask for %zu bytes of data per resource; raise MC_RES_RULE_BYTES (%d)\n",
                at, MC_RES_RULE_BYTES);
        abort();
    }
}

/* Where two paths meet as one state: for each resource both hold, each rule
 * joins other's data into into's (mc_rule.res_data_join). */
void join_rule_data(mc_analysis *an, mc_state *into, const mc_state *other)
{
    for (int i = 0; i < other->res.n; i++) {
        int id = other->res.v[i].id;
        const mc_res *from = &other->res.v[i].r, *to = mc_st_res_c(into, id);
        for (int k = 0; to && k < mc_nrules; k++) {
            size_t at = (size_t)an->rules.res_data_at[k], n = mc_rules[k]->res_data;
            if (!mc_rules[k]->res_data_join || !memcmp(to->rule_data + at, from->rule_data + at, n))
                continue;
            mc_res *w = mc_st_res(into, id);
            mc_rules[k]->res_data_join(w->rule_data + at, from->rule_data + at);
            to = w;
        }
    }
}

/* Whether some rule joins its data where paths meet. */
bool rules_join_data(void)
{
    for (int k = 0; k < mc_nrules; k++)
        if (mc_rules[k]->res_data_join)
            return true;
    return false;
}

static bool all_zero(const uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (b[i])
            return false;
    return true;
}

/* Whether a rule that joins its data holds some for a resource of st. */
bool has_rule_data(const mc_analysis *an, const mc_state *st)
{
    for (int i = 0; i < st->res.n; i++)
        for (int k = 0; k < mc_nrules; k++)
            if (mc_rules[k]->res_data_join &&
                !all_zero(st->res.v[i].r.rule_data + an->rules.res_data_at[k], mc_rules[k]->res_data))
                return true;
    return false;
}

/* st arrives where an equal state, walked (NULL: one with no rules' data),
 * went on before: each resource of st gets walked's data joined with its own.
 * True when that differs from walked's: st is then a path not walked yet. */
bool rejoin_rule_data(mc_analysis *an, const mc_state *walked, mc_state *st)
{
    static const uint8_t zero[MC_RES_RULE_BYTES];
    bool changed = false;
    for (int i = 0; i < st->res.n; i++) {
        int id = st->res.v[i].id;
        const mc_res *w = walked ? mc_st_res_c(walked, id) : NULL;
        for (int k = 0; k < mc_nrules; k++) {
            size_t at = (size_t)an->rules.res_data_at[k], n = mc_rules[k]->res_data;
            if (!mc_rules[k]->res_data_join)
                continue;
            uint8_t joined[MC_RES_RULE_BYTES];
            const uint8_t *before = w ? w->rule_data + at : zero;
            memcpy(joined, before, n);
            mc_rules[k]->res_data_join(joined, st->res.v[i].r.rule_data + at);
            changed |= memcmp(joined, before, n) != 0;
            if (memcmp(joined, st->res.v[i].r.rule_data + at, n))
                memcpy(mc_st_res(st, id)->rule_data + at, joined, n);
        }
    }
    return changed;
}

void free_func_data(mc_analysis *an)
{
    for (int i = 0; i < mc_nrules; i++) {
        if (!an->rules.func_data[i])
            continue;
        if (mc_rules[i]->func_data_free)
            mc_rules[i]->func_data_free(an->rules.func_data[i]);
        free(an->rules.func_data[i]);
        an->rules.func_data[i] = NULL;
    }
}

/* Made when first asked: most functions give most rules nothing to keep. */
void *mc_rule_func_data(const mc_event *ev)
{
    mc_analysis *an = ev->an;
    int k = an->rules.cur_rule;
    if (k < 0 || !mc_rules[k]->func_data)
        return NULL;
    if (!an->rules.func_data[k])
        an->rules.func_data[k] = mc_xcalloc(1, mc_rules[k]->func_data);
    return an->rules.func_data[k];
}

const void *mc_rule_res_data(const mc_event *ev)
{
    int k = ev->an->rules.cur_rule;
    const mc_res *r = ev->state && k >= 0 && mc_rules[k]->res_data ? mc_st_res_c(ev->state, ev->res_id) : NULL;
    return r ? r->rule_data + ev->an->rules.res_data_at[k] : NULL;
}

void *mc_rule_res_data_w(const mc_event *ev)
{
    int k = ev->an->rules.cur_rule;
    mc_res *r = ev->state && k >= 0 && mc_rules[k]->res_data ? mc_st_res((mc_state *)ev->state, ev->res_id) : NULL;
    return r ? r->rule_data + ev->an->rules.res_data_at[k] : NULL;
}

/* ---- strings handed to rules ---- */

const char *keep_text(mc_analysis *an, char *s)
{
    MC_VEC_PUSH(an->texts, s);
    return s;
}

const char *mc_event_text(const mc_event *ev)
{
    return ev->expr ? mc_expr_text(ev->an, ev->expr) : NULL;
}

bool mc_event_other_union_member(const mc_event *ev)
{
    const mc_expr *now = ev->expr ? mc_expr_strip(ev->expr) : NULL;
    const mc_expr *was = ev->res && ev->res->var_expr ? mc_expr_strip(ev->res->var_expr) : NULL;
    if (!now || !was || now->kind != MC_EX_MEMBER || was->kind != MC_EX_MEMBER || !now->op || !was->op)
        return false;
    return now->name && was->name && strcmp(now->name, was->name) != 0;
}

void mc_report_release_notes(mc_finding *f, mc_analysis *an, const mc_res *r, const char *what)
{
    static const char *const when[] = {NULL, "returns nonzero", "returns a negative value", "returns 0",
                                       "returns 0 or more"};
    const char *fn = r->release_fn ? r->release_fn : "a release";
    /* the block a call gave in *out, released by the same call where it failed */
    bool own_block = r->origin == MC_ORIG_ALLOC && r->acq_fn && strcmp(r->acq_fn, fn) == 0;
    if (r->release_when == MC_WHEN_LAST_REF)
        mc_report_note(f, r->release_loc, "%s by %s() here (it drops a reference, the only one known here)", what, fn);
    else if (r->release_when < sizeof when / sizeof *when && when[r->release_when])
        mc_report_note(f, r->release_loc, "%s by %s() here (%s when it %s)", what, fn,
                       own_block ? "it may free the block it stored there and leave it set" : "it releases its argument",
                       when[r->release_when]);
    else
        mc_report_note(f, r->release_loc, "%s by %s() here", what, fn);
    const char *targets = mc_callee_targets(an, r->release_fn);
    if (targets)
        mc_report_note(f, r->release_loc, "%s may be %s, and each releases it", fn, targets);
}

const char *mc_res_name(mc_analysis *an, const mc_res *r)
{
    if (r->var)
        return r->var;
    return r->var_expr ? mc_expr_text(an, r->var_expr) : "(value)";
}

const char *mc_expr_text(mc_analysis *an, const mc_expr *e)
{
    return mc_expr_text_in(an, an->f, e);
}

const char *mc_expr_text_in(mc_analysis *an, const mc_func *f, const mc_expr *e)
{
    mc_buf b = {0};
    mc_expr_text_buf(e, f, &b);
    return keep_text(an, mc_buf_detach(&b));
}

/* ---- queries for rules ---- */

static bool is_error_value(const mc_analysis *an, const mc_state *st)
{
    if (!st->has_ret)
        return false;
    if (st->ret.kind == V_NULL)
        return true;
    if (mc_val_exact(&st->ret) && st->ret.lo < 0)
        return true;
    const mc_symbol *s = an->f->sym;
    return s && s->ret.kind == MC_TY_BOOL && mc_val_exact(&st->ret) && st->ret.lo == 0;
}

const mc_models *mc_analysis_models(mc_analysis *an)
{
    return an->o->models;
}

int mc_analysis_create_returns_pointer(mc_analysis *an, const char *prefix, const char *type)
{
    int found = -1;
    for (int i = 0; type && i < an->pi->creators.n && found != 1; i++) {
        const mc_creator *c = &an->pi->creators.v[i];
        if (strcmp(c->prefix, prefix) == 0 && strcmp(c->type, type) == 0)
            found = c->returns_pointer;
    }
    return found;
}

/* A call that may return: anything but a failed assertion (__assert_fail and
 * other noreturn functions, by attribute, model or summary). */
static bool call_that_returns(const mc_expr *e, const void *ctx)
{
    mc_analysis *an = (mc_analysis *)ctx;
    return e->kind == MC_EX_CALL && !e->ptr_noreturn && !(e->sym && callee_noreturn(an, e->sym, callee_of(an, e->sym)));
}

static bool calls_what_returns(const mc_expr *e, const void *ctx)
{
    return mc_expr_any(e, call_that_returns, ctx);
}

/* The body of the program's destroyer of prefix (POOL_free for POOL_create), or NULL. */
static const mc_func *destroyer_of(mc_analysis *an, const char *prefix)
{
    for (int i = 0; prefix && i < an->prog->symbols.n; i++) {
        const mc_symbol *s = an->prog->symbols.v[i];
        if (!s->def || s->in_system_header || !mc_name_has(s->name, MC_WORD_DESTROY) ||
            callee_of(an, s)->names.closed >= 0)
            continue;
        char *pre = mc_name_prefix(s->name, MC_WORD_DESTROY);
        bool same = pre && strcmp(pre, prefix) == 0;
        free(pre);
        if (same)
            return s->def;
    }
    return NULL;
}

bool mc_analysis_destroyer_is_noop(mc_analysis *an, const char *prefix)
{
    const mc_func *d = destroyer_of(an, prefix);
    return d && !mc_func_any_root(d, calls_what_returns, an);
}

/* `p != &oom`, `&oom == p`: a comparison with the address of the global named
 * by USR ctx. */
static bool compares_address_of(const mc_expr *e, const void *usr)
{
    if (e->kind != MC_EX_BINARY || (e->op != MC_BIN_EQ && e->op != MC_BIN_NE) || e->nkids != 2)
        return false;
    for (int i = 0; i < 2; i++) {
        const mc_expr *k = mc_expr_strip(e->kids[i]);
        const mc_expr *g = k && k->kind == MC_EX_UNARY && k->op == MC_UN_ADDR ? mc_expr_strip(k->kids[0]) : NULL;
        if (g && g->kind == MC_EX_GLOBAL && g->usr && strcmp(g->usr, usr) == 0)
            return true;
    }
    return false;
}

static bool root_compares_address_of(const mc_expr *e, const void *usr)
{
    return mc_expr_any(e, compares_address_of, usr);
}

bool mc_analysis_destroyer_knows_static(mc_analysis *an, const char *prefix, const mc_res *r)
{
    const mc_expr *g = r->origin == MC_ORIG_STATIC && r->var_expr ? mc_expr_strip(r->var_expr) : NULL;
    if (!g || g->kind != MC_EX_GLOBAL || !g->usr)
        return false;
    const mc_func *d = destroyer_of(an, prefix);
    return d && mc_func_any_root(d, root_compares_address_of, g->usr);
}

const mc_names *mc_func_names(mc_analysis *an)
{
    static const mc_names none = {.viewed = -1, .destroyed = -1, .retained = -1, .closed = -1};
    const mc_callee *c = an->f->sym ? callee_of(an, an->f->sym) : NULL;
    return c ? &c->names : &none;
}

bool mc_analysis_strict_names(mc_analysis *an)
{
    return an->o->strict_names;
}

const char *mc_family_name(mc_analysis *an, int family)
{
    const mc_proginfo *pi = an->pi;
    return family >= 0 && family < pi->families.n ? pi->families.v[family] : NULL;
}

bool mc_family_from_program(mc_analysis *an, int family)
{
    return family >= an->pi->nmodel_families;
}

const char *mc_res_kind(mc_analysis *an, const mc_res *r)
{
    const mc_models *m = an->o->models;
    if (r->family >= 0 && r->family < m->nfamilies && m->families[r->family].kind)
        return m->families[r->family].kind;
    return "memory";
}

bool mc_state_returns_failure(mc_analysis *an, const mc_state *s)
{
    const mc_symbol *f = an->f->sym;
    if (!s->has_ret || !f)
        return false;
    return is_error_value(an, s) || (f->ret.kind == MC_TY_INT && excludes(s->ret, 0));
}

bool mc_state_error_path(mc_analysis *an, const mc_state *s, const char **why)
{
    *why = NULL;
    if (s->err_step >= 0) {
        const mc_step *st = &an->steps.v[s->err_step];
        static const char *const forms[] = {"'%s' is NULL", "'%s'", "'%s' is false", "'%s' failed"};
        char *test = mc_xasprintf(forms[st->why.how], mc_expr_text(an, st->why.e));
        *why = keep_text(an, mc_xasprintf("%s at line %u", test, st->loc.line));
        free(test);
    }
    return s->err_step >= 0 || is_error_value(an, s);
}

const mc_expr *mc_state_return_expr(const mc_state *s)
{
    return s->has_ret ? s->ret_expr : NULL;
}

static mc_val peek(mc_analysis *an, const mc_state *s, const mc_expr *e);

/* The place of a variable or of a member (x.n, p->size, p->in.len) read
 * without effects, PLACE_NONE for any other expression. */
static int peek_place(mc_analysis *an, const mc_state *s, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (e->kind == MC_EX_VAR)
        return an->f->vars[e->var].type.kind != MC_TY_ARRAY ? var_place(an, e->var) : PLACE_NONE;
    if (e->kind != MC_EX_MEMBER)
        return PLACE_NONE;
    int parent = PLACE_NONE;
    if (e->arrow) {
        mc_val p = peek(an, s, e->kids[0]);
        if (tracked_object(an, p))
            parent = pointee_place(an, s, p, e->kids[0]->type);
    } else {
        parent = peek_place(an, s, e->kids[0]);
    }
    return parent < 0 ? PLACE_NONE : field_place(an, parent, e->op ? "(union)" : e->name, e->type);
}

/* The value of an expression on this path without effects: constants,
 * variables, members. */
static mc_val peek(mc_analysis *an, const mc_state *s, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (e->is_const)
        return mc_val_int(e->ival);
    int pl = peek_place(an, s, e);
    if (pl >= 0)
        return mc_st_get(s, pl);
    if (e->kind == MC_EX_GLOBAL && e->global) {
        mc_val v = mc_st_get(s, global_place(an, e));
        int64_t k;
        if (v.kind == V_UNKNOWN && mc_global_constant(e->global, &k))
            return mc_val_int(k);
        return v;
    }
    return mc_val_unknown();
}

/* Bounds are numbers: an unsigned 64-bit value that may be 2^63 or more has none. */
bool mc_event_arg_bounds(const mc_event *ev, int i, int64_t *lo, int64_t *hi)
{
    if (i < 0 || i >= ev->argc || ev->argv[i].kind != V_INT || i + 1 >= ev->expr->nkids)
        return false;
    return value_range(ev->argv[i], &ev->expr->kids[i + 1]->type, lo, hi);
}

/* The result of a call whose callee returns NULL on some path. */
static bool may_return_null(mc_analysis *an, const mc_expr *def)
{
    const mc_summary *sum = def && def->kind == MC_EX_CALL ? summary_of(an, def->sym) : NULL;
    return sum && sum->may_return_null;
}

/* Whether this path shows the argument may be NULL: NULL itself, a result that
 * may be NULL and was never checked, or a field read (see arg_always_set). A
 * value the path knows nothing of (the caller's own parameter, the result of
 * a function without a body) is no evidence. */
bool mc_event_arg_may_be_null(const mc_event *ev, int i)
{
    if (i < 0 || i >= ev->argc)
        return false;
    mc_val v = ev->argv[i];
    if (v.flags & VF_NONZERO)
        return false;
    if (v.kind == V_NULL)
        return true;
    if (v.kind == V_UNKNOWN)
        return may_return_null(ev->an, v.def);
    if (v.kind == V_INT)
        return !(v.lo > 0 || v.hi < 0);
    const mc_res *r = v.kind == V_RES ? mc_st_res_c(ev->state, v.res) : NULL;
    if (!r || r->nullness == MC_NN_OK || r->deref_unchecked)
        return false; /* dereferenced already: NULL would have failed before this call */
    if (r->nullness == MC_NN_FAILED)
        return true;
    return r->origin == MC_ORIG_ALLOC || r->origin == MC_ORIG_CALL || r->origin == MC_ORIG_PLACE;
}

/* A pointer read from a field no function tests for NULL or sets to NULL, as
 * the argument itself (x->f) or into a variable passed on (d = x->f; g(d)). */
bool mc_event_arg_always_set(const mc_event *ev, int i)
{
    if (i < 0 || i >= ev->argc || ev->argv[i].kind == V_NULL || !ev->expr || i + 1 >= ev->expr->nkids)
        return false;
    const mc_res *r = ev->argv[i].kind == V_RES ? mc_st_res_c(ev->state, ev->argv[i].res) : NULL;
    if (r && r->origin != MC_ORIG_PLACE)
        return false; /* what this path put there: its own facts speak */
    const char *name;
    bool element;
    if (!mc_pointer_field(ev->expr->kids[i + 1], &name, &element) &&
        !(r && r->var_expr && mc_pointer_field(r->var_expr, &name, &element)))
        return false;
    return !mc_program_field_optional(ev->an->prog, name, element);
}

bool mc_event_arg_local_object(const mc_event *ev, int i)
{
    if (i < 0 || i >= ev->argc || ev->argv[i].kind != V_RES)
        return false;
    const mc_res *r = mc_st_res_c(ev->state, ev->argv[i].res);
    return r && r->origin == MC_ORIG_STACK;
}

/* Does place name entry g: `param->field`, or the global? */
static bool names_entry(const mc_entry_effect *g, int param, const char *param_name, const char *place)
{
    if (g->global)
        return param < 0 && g->global->name && strcmp(place, g->global->name) == 0;
    size_t n = param_name ? strlen(param_name) : 0;
    return g->param == param && n && strncmp(place, param_name, n) == 0 && strncmp(place + n, "->", 2) == 0 &&
           strcmp(g->field, place + n + 2) == 0;
}

bool mc_event_callee_leaves_field(const mc_event *ev, int param, const char *param_name, const char *place)
{
    const mc_summary *sum = ev->callee_summary;
    for (int i = 0; sum && place && i < sum->nentries; i++)
        if (sum->entries[i].dangles && names_entry(&sum->entries[i], param, param_name, place))
            return true;
    return false;
}

bool mc_event_field_bounds(const mc_event *ev, const mc_expr *e, int64_t *lo, int64_t *hi)
{
    return mc_program_field_bounds(ev->an->prog, e, lo, hi);
}

bool mc_state_var_nonzero(mc_analysis *an, const mc_state *s, int var)
{
    mc_val v = mc_st_get(s, var_place(an, var));
    return v.kind == V_INT && ((v.flags & VF_NONZERO) || v.lo > 0 || v.hi < 0);
}

bool mc_state_int_bounds(mc_analysis *an, const mc_state *s, const mc_expr *e, int64_t *lo, int64_t *hi)
{
    mc_val v = peek(an, s, e);
    return v.kind == V_INT && value_range(v, &mc_expr_strip(e)->type, lo, hi);
}

static int quiet_place(mc_analysis *an, const mc_expr *e)
{
    e = mc_expr_strip(e);
    return e->kind == MC_EX_VAR ? var_place(an, e->var) : PLACE_NONE;
}

bool mc_state_product_guarded(mc_analysis *an, const mc_state *s, const mc_expr *a, const mc_expr *b)
{
    int pa = quiet_place(an, a), pb = quiet_place(an, b);
    if (pa >= 0 && rel_product_fits(s, pa, pb))
        return true;
    mc_val v = peek(an, s, a);
    return (v.flags & VF_PRODUCT_OK) != 0;
}

const mc_expr *mc_state_value_def(mc_analysis *an, const mc_state *s, const mc_expr *e)
{
    return peek(an, s, e).def;
}

const mc_res *mc_state_param(mc_analysis *an, const mc_state *s, int i)
{
    if (i < 0 || i >= an->f->nvars || !an->f->vars[i].is_param)
        return NULL;
    return mc_st_res_c(s, param_res(an, i));
}

bool mc_state_param_field_released(const mc_state *s, int i)
{
    return i >= 0 && i < 64 && (s->pfield_released & (1ULL << i));
}

/* Was the resource read from place pl (created there on first read)? */
static bool came_from(mc_analysis *an, int id, int pl)
{
    return id >= 0 && id < an->reskeys.n && an->reskeys.v[id].site == place_site(pl);
}

bool mc_state_param_out_only(mc_analysis *an, const mc_state *s, int i)
{
    int orig = pointee_res(an, i);
    if (orig < 0 || an->f->vars[i].type.ptr_depth < 2 || mc_st_res_c(s, orig))
        return false;
    mc_val now = mc_st_get(s, deref_place(an, param_res(an, i), an->f->vars[i].type));
    return now.kind != V_UNKNOWN || now.def;
}

int mc_state_param_move(mc_analysis *an, const mc_state *s, int i, mc_loc *where)
{
    int id = param_res(an, i);
    const mc_res *p = mc_st_res_c(s, id);
    if (!p)
        return 0;
    int obj = deref_place(an, id, an->f->vars[i].type);
    bool moved = p->moved, uncleared = p->moved, cleared = false;
    if (p->moved)
        *where = p->moved_loc;
    /* owned contents read out of the object and handed on */
    for (int k = 0; k < s->res.n; k++) {
        const mc_res *held = &s->res.v[k].r;
        if (held->origin != MC_ORIG_PLACE || !(held->stored || held->taken || held->status != MC_RS_LIVE))
            continue;
        for (int pl = 0; pl < an->places.n; pl++) {
            if (!came_from(an, s->res.v[k].id, pl) || !(pl == obj || place_under(an, pl, obj)))
                continue;
            moved = true;
            *where = held->stored ? held->moved_loc : held->release_loc;
            mc_val now = mc_st_get(s, pl);
            if (now.kind == V_RES && now.res == s->res.v[k].id)
                uncleared = true;
        }
    }
    for (int k = 0; k < s->vals.n; k++) {
        const mc_val *v = &s->vals.v[k].v;
        if ((v->kind == V_NULL || (mc_val_exact(v) && v->lo == 0)) &&
            (s->vals.v[k].place == obj || place_under(an, s->vals.v[k].place, obj)))
            cleared = true;
    }
    if (p->moved && cleared && uncleared && moved)
        uncleared = false;
    if (p->status == MC_RS_RELEASED)
        uncleared = false; /* the object goes too: nothing is left pointing at what moved */
    return !moved ? 0 : uncleared ? 2 : 1;
}

const mc_res *mc_state_return_res(const mc_state *s, bool *offset)
{
    *offset = s->has_ret && (s->ret.flags & VF_OFFSET);
    return s->has_ret && s->ret.kind == V_RES ? s->ret_res : NULL;
}

bool mc_state_return_still_held(mc_analysis *an, const mc_state *s)
{
    int pl = s->has_ret && s->ret.kind == V_RES ? res_read_from(an, s->ret.res) : PLACE_NONE;
    if (pl < 0)
        return false; /* not read from a place */
    mc_val now = mc_st_get(s, pl);
    if (now.kind != V_RES || now.res != s->ret.res)
        return false;
    /* only where nothing here could have put it: a global, or behind a const parameter */
    const mc_place *root = &an->places.v[place_root(an, pl)];
    if (root->kind == P_GLOBAL)
        return true;
    const mc_res *owner = root->kind == P_DEREF ? mc_st_res_c(s, root->res) : NULL;
    return owner && owner->origin == MC_ORIG_PARAM && owner->param >= 0 &&
           an->f->vars[owner->param].type.pointee_const;
}

int mc_state_nres(const mc_state *s)
{
    return s->res.n;
}

const mc_res *mc_state_res(const mc_state *s, int i)
{
    return i >= 0 && i < s->res.n ? &s->res.v[i].r : NULL;
}

static void place_name(mc_analysis *an, const mc_state *s, int pl, mc_buf *b, int depth)
{
    const mc_place *p = &an->places.v[pl];
    if (depth > 8) {
        mc_buf_printf(b, "...");
        return;
    }
    switch (p->kind) {
    case P_VAR: mc_buf_printf(b, "%s", an->f->vars[p->var].name ? an->f->vars[p->var].name : "?"); break;
    case P_GLOBAL: mc_buf_printf(b, "%s", p->global->name ? p->global->name : "?"); break;
    case P_DEREF: {
        const char *v = NULL;
        for (int i = 0; i < an->reskeys.n && !v; i++)
            if (i == p->res && an->reskeys.v[i].site >= (const void *)an->f->vars &&
                an->reskeys.v[i].site < (const void *)(an->f->vars + an->f->nvars))
                v = ((const mc_var *)an->reskeys.v[i].site)->name;
        const mc_res *r = v ? NULL : mc_st_res_c(s, p->res);
        if (r && (r->var || r->var_expr))
            v = mc_res_name(an, r);
        mc_buf_printf(b, "*%s", v ? v : "(object)");
        break;
    }
    case P_FIELD:
        if (an->places.v[p->parent].kind == P_DEREF) {
            mc_buf inner = {0};
            place_name(an, s, p->parent, &inner, depth + 1);
            mc_buf_printf(b, "%s->%s", inner.s + 1, p->field);
            free(inner.s);
        } else {
            place_name(an, s, p->parent, b, depth + 1);
            mc_buf_printf(b, ".%s", p->field);
        }
        break;
    }
}

/* Whether object id, read from a long-lived place (a global, a parameter's
 * object), was taken out of it and nothing long-lived holds it any more
 * (HASH_DELETE of the last item: free(head->tbl); head = NULL). */
static bool unlinked(mc_analysis *an, const mc_state *s, int id)
{
    int from = res_read_from(an, id);
    if (from < 0)
        return false;
    mc_val held = mc_st_get(s, from);
    if (held.kind == V_RES && held.res == id)
        return false;
    for (int i = 0; i < s->vals.n; i++)
        if (s->vals.v[i].v.kind == V_RES && s->vals.v[i].v.res == id && place_escapes(an, s, s->vals.v[i].place))
            return false;
    return true;
}

bool mc_field_tracked(const mc_analysis *an, const char *field)
{
    return mc_program_field_tracked(an->prog, field);
}

void mc_state_dangling_places(mc_analysis *an, const mc_state *s,
                              void (*fn)(const char *place, const char *field, const mc_res *r, int param,
                                         bool deep, void *ctx),
                              void *ctx)
{
    for (int i = 0; i < s->vals.n; i++) {
        const mc_pv *pv = &s->vals.v[i];
        const mc_res *r = pv->v.kind == V_RES ? mc_st_res_c(s, pv->v.res) : NULL;
        /* free(s->buf) leaves s->buf dangling; free(copy) of what s->buf held is the
           copy's business */
        if (!r || r->status != MC_RS_RELEASED || r->release_place != pv->place)
            continue;
        if (!place_escapes(an, s, pv->place) || !place_alive(an, s, pv->place, 0))
            continue;
        int root = place_root(an, pv->place);
        /* the object holding it was forgotten, as nothing here held it any more
           (free(res->spare->buf); free(res->spare); res->spare = NULL) */
        if (an->places.v[root].kind == P_DEREF && !mc_st_res_c(s, an->places.v[root].res))
            continue;
        const mc_res *owner = an->places.v[root].kind == P_DEREF ? mc_st_res_c(s, an->places.v[root].res) : NULL;
        if (owner && owner->origin == MC_ORIG_PLACE && unlinked(an, s, an->places.v[root].res))
            continue;
        /* the static result a call hands back (tmux's cmd_parse_from_file():
           `static struct cmd_parse_result pr; ... return &pr;`) is the callee's
           scratch, filled anew by its next call */
        if (owner && owner->origin == MC_ORIG_STATIC && owner->acq_fn)
            continue;
        /* a field of what a pointer-to-const parameter points to (a read
           callback's `const uv_buf_t *buf`): the function may not clear it, its
           caller fills it anew */
        if (owner && owner->origin == MC_ORIG_PARAM && owner->param >= 0 && owner->param < an->f->nvars &&
            an->f->vars[owner->param].type.pointee_const && an->places.v[pv->place].parent == root)
            continue;
        mc_buf b = {0};
        place_name(an, s, pv->place, &b, 0);
        const mc_place *p = &an->places.v[pv->place], *outer;
        int param = owner && owner->origin == MC_ORIG_PARAM ? owner->param : -1;
        bool deep = param < 0 && (param = deep_param_of(an, p, &outer)) >= 0; /* ssl->handshake->psk */
        fn(keep_text(an, mc_buf_detach(&b)), p->kind == P_FIELD ? p->field : NULL, r, param, deep, ctx);
    }
}

/* ---- reporting ---- */

static bool already_reported(mc_analysis *an, mc_loc loc)
{
    for (int i = 0; i < an->reported.n; i++) {
        const mc_reported *r = &an->reported.v[i];
        if (r->rule == an->rules.cur_rule && r->loc.line == loc.line && r->loc.col == loc.col && r->loc.file == loc.file)
            return true;
    }
    return false;
}

/* A finding of the current rule at loc, in func (once per rule and place). */
static mc_finding *report_in(mc_analysis *an, const char *func_name, mc_loc loc, const char *fmt, va_list ap)
{
    if (an->rules.cur_rule < 0 || already_reported(an, loc)) {
        an->rules.discarded = (mc_finding){0}; /* a rule may still write to it */
        return &an->rules.discarded;
    }
    MC_VEC_PUSH(an->reported, ((mc_reported){an->rules.cur_rule, loc}));
    char *msg = mc_xvasprintf(fmt, ap);
    mc_severity sev = an->o->rule_severity ? an->o->rule_severity[an->rules.cur_rule] : mc_rules[an->rules.cur_rule]->severity;
    mc_finding *f = mc_diags_new(an->out, mc_rules[an->rules.cur_rule]->id, sev, loc, func_name, msg);
    f->unit = an->f->unit; /* the TU whose analysis found it, the one a cache entry must hold it with */
    return f;
}

mc_finding *mc_report(const mc_event *ev, const char *rule, mc_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mc_finding *f = report_in(ev->an, ev->an->f->name, loc, fmt, ap);
    va_end(ap);
    return f;
}

/* A finding of no rule is one reported already: what is added to it goes. */
static mc_note *add_note(mc_finding *f, mc_loc loc, bool after, const char *fmt, va_list ap)
{
    if (!f->rule)
        return NULL;
    mc_finding_note(f, loc, mc_xvasprintf(fmt, ap));
    f->notes[f->nnotes - 1].after = after;
    return &f->notes[f->nnotes - 1];
}

void mc_report_note(mc_finding *f, mc_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add_note(f, loc, false, fmt, ap);
    va_end(ap);
}

void mc_report_context(mc_finding *f, mc_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mc_note *n = add_note(f, loc, false, fmt, ap);
    va_end(ap);
    if (n)
        n->context = true;
}

void mc_report_later(mc_finding *f, mc_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add_note(f, loc, true, fmt, ap);
    va_end(ap);
}

void mc_fixit(mc_finding *f, const char *fmt, ...)
{
    if (!f->rule)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = mc_xvasprintf(fmt, ap);
    va_end(ap);
    free(f->fixit);
    f->fixit = msg;
}

/* ---- verdicts left to the callers ---- */

bool mc_callers_all_known(const mc_analysis *an)
{
    const mc_symbol *s = an->f->sym;
    return s && s->is_static && !s->address_taken && !s->used_as_cleanup && s->ncalls > 0;
}

/* Not static, yet declared for no export and only ever called directly. */
static bool maybe_internal(const mc_symbol *s)
{
    return s && !s->is_static && !s->address_taken && !s->used_as_cleanup && !s->exported;
}

bool mc_internal_function(const mc_analysis *an, const mc_symbol *s, const char *file)
{
    return maybe_internal(s) && (s->hidden || mc_program_main_beside(an->prog, file));
}

bool mc_returns_end_program(const mc_analysis *an)
{
    const mc_symbol *s = an->f->sym;
    if (an->is_main)
        return true;
    bool known = s && (s->is_static ? mc_callers_all_known(an) : mc_internal_function(an, s, an->f->loc.file));
    return known && s->ncalls > 0 && s->ncalls_ending == s->ncalls;
}

bool mc_callers_judge_contract(const mc_analysis *an)
{
    const mc_symbol *s = an->f->sym;
    return s && s->is_static ? mc_callers_all_known(an) : mc_internal_function(an, s, an->f->loc.file);
}

bool mc_contract_left_to_callers(const mc_analysis *an)
{
    return mc_callers_judge_contract(an) || maybe_internal(an->f->sym);
}

bool mc_destroyers_take_live(const mc_analysis *an)
{
    return mc_program_destroyers_take_live(an->prog);
}

bool mc_called_indirectly(const mc_analysis *an)
{
    const mc_symbol *s = an->f->sym;
    return s && (s->address_taken || s->used_as_cleanup);
}

int mc_deferrable_param(mc_analysis *an, const mc_expr *e)
{
    if (!mc_callers_all_known(an))
        return -1;
    e = mc_expr_strip(e);
    if (!e || e->kind != MC_EX_VAR || !an->f->vars[e->var].is_param || e->var >= 64 ||
        an->f->vars[e->var].type.kind != MC_TY_INT || (an->params_assigned >> e->var & 1))
        return -1;
    return e->var;
}

/* The next verdict of the current rule, from *i on, that the callee answered
 * for itself (answered) or left to its callers (!answered). */
static const mc_deferred *next_verdict(const mc_event *ev, int *i, bool answered)
{
    const mc_summary *sum = ev->callee_summary;
    const mc_symbol *callee = ev->expr ? ev->expr->sym : NULL;
    for (; sum && *i < sum->ndeferred; (*i)++) {
        const mc_deferred *d = &sum->deferred[*i];
        bool exported = callee && !callee->is_static && !mc_internal_function(ev->an, callee, d->func_file);
        if (d->rule == ev->an->rules.cur_rule && exported == answered) {
            (*i)++;
            return d;
        }
    }
    return NULL;
}

const mc_deferred *mc_next_deferred(const mc_event *ev, int *i)
{
    return next_verdict(ev, i, false);
}

const mc_deferred *mc_next_answered(const mc_event *ev, int *i)
{
    return next_verdict(ev, i, true);
}

const mc_deferred *mc_next_own_deferred(const mc_event *ev, int *i)
{
    const mc_summary *sum = ev->kind == MC_EV_FUNC_END ? ev->callee_summary : NULL;
    for (; sum && *i < sum->ndeferred; (*i)++)
        if (sum->deferred[*i].rule == ev->an->rules.cur_rule)
            return &sum->deferred[(*i)++];
    return NULL;
}

static bool same_loc(mc_loc a, mc_loc b)
{
    return a.line == b.line && a.col == b.col && a.file == b.file;
}

void mc_defer(const mc_event *ev, const mc_deferred *d)
{
    mc_analysis *an = ev->an;
    for (int i = 0; i < an->deferred.n; i++) {
        mc_deferred *o = &an->deferred.v[i];
        if (o->rule != an->rules.cur_rule || o->param != d->param || o->expr != d->expr || o->data != d->data ||
            !same_loc(o->loc, d->loc))
            continue;
        if (o->bounded && d->bounded) {
            o->lo = d->lo < o->lo ? d->lo : o->lo;
            o->hi = d->hi > o->hi ? d->hi : o->hi;
        }
        o->bounded = o->bounded && d->bounded;
        return;
    }
    mc_deferred n = *d;
    n.rule = an->rules.cur_rule;
    n.func = an->f;
    n.func_name = an->f->name;
    n.param_name = d->param >= 0 && d->param < an->f->nvars ? an->f->vars[d->param].name : NULL;
    n.func_file = an->f->loc.file;
    n.text = d->text ? mc_xstrdup(d->text) : NULL; /* the summary's (mc_summary_free) */
    n.subject = d->subject ? mc_xstrdup(d->subject) : NULL;
    MC_VEC_PUSH(an->deferred, n);
}

mc_finding *mc_report_deferred(const mc_event *ev, const mc_deferred *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mc_finding *f = report_in(ev->an, d->func_name, d->loc, fmt, ap);
    va_end(ap);
    return f;
}
