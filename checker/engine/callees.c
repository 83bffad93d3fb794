/* callees.c - what is known of a callee on any path: program facts, effects on arguments. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- what a callee does ---- */

static mc_proginfo *pinfo(mc_analysis *an)
{
    return an->pi;
}

const mc_callee *callee_of(mc_analysis *an, const mc_symbol *s)
{
    return s ? &pinfo(an)->callees[s->index] : NULL;
}

/* A body here, or another shard's summary of one (read from a file). */
bool has_body(const mc_symbol *s)
{
    return s && (s->def || s->summary);
}

/* The callee's summary, if it comes before the current function in the bottom-up
 * order: whatever the number of workers, a function sees the same summaries. */
const mc_summary *summary_of(mc_analysis *an, const mc_symbol *s)
{
    if (s && !s->def && s->summary)
        return s->summary; /* another shard's, read from a file */
    if (!s || an->pi->order_pos[s->index] < 0 || an->pi->order_pos[s->index] >= an->cur_pos)
        return NULL;
    const mc_summary *sum = s->summary;
    return sum && sum->analysed ? sum : NULL;
}

bool param_is_const_ptr(const mc_symbol *s, int i)
{
    return s && i < s->nparams && s->params[i].type.kind == MC_TY_PTR && s->params[i].type.pointee_const &&
           s->params[i].type.ptr_depth == 1;
}

static arg_effect effect_from_summary(const mc_summary *sum, int i)
{
    if (i >= sum->nparams)
        return sum->keeps_variadic ? ARG_ESCAPE : ARG_BORROW;
    switch (sum->param_effect[i]) {
    case MC_PARAM_BORROWS: return ARG_BORROW;
    case MC_PARAM_RELEASES: return ARG_RELEASE;
    case MC_PARAM_TAKES: return ARG_TAKE;
    default: return ARG_ESCAPE;
    }
}

/* A transfer the callee's name declares (take-named parameter): it binds the
 * caller (take-naming). Others (attributes, models, a body that keeps its
 * argument) just hand ownership away. */
bool named_transfer(mc_analysis *an, const mc_symbol *s, const mc_callee *c, int i)
{
    if (!c || i >= 64 || !(c->names.taken & (1ULL << i)))
        return false;
    return mc_name_take_stands(s, &c->names, summary_of(an, s), i);
}

typedef struct param_ref { const mc_func *f; int var; } param_ref;

/* p->field = x, p->count += n: a write through the parameter */
static bool writes_through_param(const mc_expr *e, const void *ctx)
{
    const param_ref *pr = ctx;
    const mc_expr *w = mc_expr_written(e);
    const char *field;
    return w && field_of_param(pr->f, w, &field) == pr->var;
}

static bool root_writes_through(const mc_expr *e, const void *ctx)
{
    return mc_expr_any(e, writes_through_param, ctx);
}

/* The body writes fields of parameter i's object, itself or through callees that
 * only borrow it (w->avail -= n, window_shrink(w, n)). */
static bool writes_fields_of(const mc_symbol *s, const mc_summary *sum, int i)
{
    param_ref pr = {s ? s->def : NULL, i};
    return sum->param_fields[i].n > 0 || (pr.f && mc_func_any_root(pr.f, root_writes_through, &pr));
}

bool mc_name_take_stands(const mc_symbol *s, const mc_names *names, const mc_summary *sum, int i)
{
    if (!sum || i >= sum->nparams)
        return true;
    uint8_t e = sum->param_effect[i];
    /* a receiver: its fields written, itself never released, stored, returned nor
       handed on (window_consume_window(w, n) { w->avail -= n; } uses up n of the
       window): the verb acts on its state, not on its ownership. A parameter only
       read and dropped is still taken: that is the leak the name warns of. */
    if (e == MC_PARAM_BORROWS && writes_fields_of(s, sum, i))
        return false;
    /* taken by default from a function that fills an out-parameter on every
       path: what it takes it hands out there, out of a receiver
       (Curl_ssl_scache_take(cf, data, key, &session) takes a session out of
       data's cache) */
    if (names->taken_by_default && (sum->pointee_out & ~(i < 64 ? 1ULL << i : 0)))
        return false;
    if (!names->taken_alone)
        return true;
    /* the only pointer, taken by default: borrowed on every path, or a receiver
       at most handed to code we cannot see (read_consume(a) { a->offset += n;
       skip(a, n); }) */
    bool receiver = e == MC_PARAM_MAYBE && sum->param_family[i] < 0 && writes_fields_of(s, sum, i);
    return !(e == MC_PARAM_BORROWS || receiver);
}

/* What the call does with argument i: strongest source first (attributes, models,
 * names, the callee's body, then the unknown-calls policy). */
arg_effect arg_effect_of(mc_analysis *an, const mc_symbol *s, const mc_callee *c, int i)
{
    uint64_t bit = i < 64 ? 1ULL << i : 0;
    if (s && (s->attr_ownership_takes & bit))
        return ARG_RELEASE; /* as the Clang analyzer reads it: the callee frees it */
    if (s && (s->attr_ownership_holds & bit))
        return ARG_TAKE;
    if (c && c->dealloc_arg == i + 1)
        return ARG_RELEASE;
    if (c && c->model) {
        const mc_fnmodel *m = c->model;
        if ((m->roles & MC_ROLE_DEALLOC) && m->arg == i + 1)
            return ARG_RELEASE;
        return (m->takes & bit) ? ARG_TAKE : ARG_BORROW;
    }
    if (c && c->names.view)
        return ARG_BORROW;
    const mc_summary *sum = summary_of(an, s);
    /* a take its body carries out by releasing on every path (consume(p) {
       ... free(p); }): what follows is a use of freed memory, not of a loan */
    if (sum && i < sum->nparams && sum->param_effect[i] == MC_PARAM_RELEASES)
        return ARG_RELEASE;
    if (named_transfer(an, s, c, i))
        return ARG_TAKE;
    if (sum)
        return effect_from_summary(sum, i);
    /* a body without a summary (recursion, budget) is not guessed from its name */
    if (c && c->names.destroy && i == c->names.destroyed && !has_body(s))
        return ARG_RELEASE;
    if (c && i == c->names.closed && !has_body(s))
        return ARG_BORROW; /* conn_close(c) beside conn_free: c stays to be freed */
    if (has_body(s))
        return ARG_ESCAPE;
    if (s && s->in_system_header)
        return ARG_BORROW;
    if (param_is_const_ptr(s, i))
        return ARG_BORROW;
    return an->o->unknown_calls == MC_UNKNOWN_BORROW ? ARG_BORROW : ARG_ESCAPE;
}

bool arg_nonnull(mc_analysis *an, const mc_symbol *s, const mc_callee *c, int i)
{
    uint64_t bit = i < 64 ? 1ULL << i : 0;
    if (s && (s->attr_nonnull & bit))
        return true;
    if (c && c->model && (c->model->nonnull & bit))
        return true;
    const mc_summary *sum = summary_of(an, s);
    return sum && i < sum->nparams && sum->param_deref[i];
}

/* The family a release belongs to. A destroyer with a body may free anything
 * (mg_free(void *) wraps free): only one known by its name alone
 * (foo_destroy(Foo *) declared, not defined) speaks for family foo. */
static int release_family(const mc_symbol *s, const mc_callee *c, int i)
{
    if (c && c->dealloc_arg == i + 1)
        return c->attr_family;
    if (c && c->model && (c->model->roles & (MC_ROLE_DEALLOC | MC_ROLE_REALLOC)))
        return c->model->family;
    if (c && c->names.destroy && !has_body(s))
        return c->naming_family;
    return -1;
}

/* The same, or the model family a function of the program releases its argument
 * with (sink(d) { free(d); }): spoken only for resources of a model family, as
 * a wrapper may free what a create-named function of any family made. */
int release_family_of(mc_analysis *an, const mc_state *st, mc_val v, const mc_symbol *s, const mc_callee *c,
                      int i)
{
    int family = release_family(s, c, i);
    const mc_summary *sum = family < 0 ? summary_of(an, s) : NULL;
    const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    bool model_family = r && r->family >= 0 && r->family < an->pi->nmodel_families;
    if (sum && i < sum->nparams && r && (model_family || r->origin == MC_ORIG_PARAM))
        family = sum->param_family[i]; /* a parameter passes it on to its own callers */
    return family;
}

/* The function a call through a static function pointer reaches while the
 * pointer holds its initial value (`static void (*oom)(size_t) = oom_abort;`),
 * or NULL. */
mc_symbol *initial_target(const mc_expr *call)
{
    const mc_expr *k = call->nkids ? mc_expr_strip(call->kids[0]) : NULL;
    if (k && k->kind == MC_EX_UNARY && k->op == MC_UN_DEREF)
        k = mc_expr_strip(k->kids[0]);
    return k && k->kind == MC_EX_GLOBAL && k->global && k->global->is_static ? k->global->init_fn : NULL;
}

bool callee_noreturn(mc_analysis *an, const mc_symbol *s, const mc_callee *c)
{
    const mc_summary *sum = summary_of(an, s);
    return (s && s->attr_noreturn) || (c && c->model && (c->model->roles & MC_ROLE_NORETURN)) ||
           (sum && sum->noreturn);
}

/* ---- program facts, built once before any function is walked ---- */

int family_named(mc_analysis *an, const char *name)
{
    mc_proginfo *pi = an->pi;
    for (int i = 0; i < pi->families.n; i++)
        if (strcmp(pi->families.v[i], name) == 0)
            return i;
    MC_VEC_PUSH(pi->families, mc_xstrdup(name));
    return pi->families.n - 1;
}

/* The prefixes of every destroy-named function: "foo" for foo_destroy. */
/* For each destroyer (foo_destroy(Foo *)): its prefix's family -> the type it destroys. */
static void collect_destroy_prefixes(const mc_program *p, mc_ptrmap *out, mc_analysis *an)
{
    for (int i = 0; i < p->symbols.n; i++) {
        const mc_symbol *s = p->symbols.v[i];
        if (s->in_system_header || !mc_name_has(s->name, MC_WORD_DESTROY))
            continue;
        int k = mc_destroyed_param(s);
        char *pre = mc_name_prefix(s->name, MC_WORD_DESTROY);
        /* a void * destroyer (mem_free(void *)) wraps free: it names no family */
        if (pre && k >= 0 && s->params[k].type.name && s->params[k].type.pointee_kind != MC_TY_VOID) {
            int fam = family_named(an, pre);
            mc_ptrmap_put(out, an->pi->families.v[fam], (void *)s->params[k].type.name);
        }
        free(pre);
    }
}

/* Is there a destroyer of the same prefix for the type a create function returns?
 * Then foo_create()'s objects are family foo; a generic foo_alloc() returning
 * void * is not. */
static bool has_destroy_for(mc_analysis *an, const char *prefix, const char *type)
{
    mc_proginfo *pi = an->pi;
    for (int i = pi->nmodel_families; i < pi->families.n && type; i++) {
        if (strcmp(pi->families.v[i], prefix) != 0)
            continue;
        const char *destroyed = mc_ptrmap_get(&pi->destroy_prefixes, pi->families.v[i]);
        return destroyed && strcmp(destroyed, type) == 0;
    }
    return false;
}

static void naming_facts(mc_analysis *an, const mc_symbol *s, mc_callee *c)
{
    mc_names_of(s, &c->names);
    if (c->names.create && s->ret.name) {
        mc_creator cr = {mc_name_prefix(s->name, MC_WORD_CREATE), s->ret.name, s->ret.kind == MC_TY_PTR};
        if (cr.prefix)
            MC_VEC_PUSH(an->pi->creators, cr);
    }
    mc_word_class cls = c->names.create ? MC_WORD_CREATE : MC_WORD_DESTROY;
    char *prefix = (c->names.create || c->names.destroy) ? mc_name_prefix(s->name, cls) : NULL;
    bool typed = s->ret.kind == MC_TY_PTR && s->ret.pointee_kind != MC_TY_VOID;
    if (prefix && (c->names.destroy || (typed && has_destroy_for(an, prefix, s->ret.name))))
        c->naming_family = family_named(an, prefix);
    free(prefix);
}

/* A function known as a destroyer by its name: its prefix, the type it
 * destroys, its destroy word. */
typedef struct named_destroyer {
    char *prefix;
    const mc_type *type;
    const char *word;
    int index;
} named_destroyer;

static bool same_object_type(const mc_type *a, const mc_type *b)
{
    return a->name && b->name && strcmp(a->name, b->name) == 0 && a->ptr_depth == b->ptr_depth;
}

static bool is_closer(const named_destroyer *d)
{
    return strcmp(d->word, "close") == 0;
}

/* Whether the program has another destroyer of d's prefix and type (conn_free
 * for conn_close). */
static bool has_separate_destroyer(const named_destroyer *all, int n, const named_destroyer *d)
{
    for (int i = 0; i < n; i++)
        if (!is_closer(&all[i]) && strcmp(all[i].prefix, d->prefix) == 0 && same_object_type(all[i].type, d->type))
            return true;
    return false;
}

/* conn_close(Conn *) beside conn_free(Conn *): the close ends a use of the
 * object (a stream, a connection) and the free releases it, so the closer is
 * no destroyer: it borrows its argument, left to be freed (a body still says
 * what it does). Program-wide, as the pair may be declared anywhere. */
static void demote_closers(mc_analysis *an)
{
    const mc_program *p = an->prog;
    MC_VEC(named_destroyer) ds = {0};
    for (int i = 0; i < p->symbols.n; i++) {
        const mc_symbol *s = p->symbols.v[i];
        const mc_names *n = &an->pi->callees[i].names;
        char *prefix = n->destroy && n->destroyed >= 0 ? mc_name_prefix(s->name, MC_WORD_DESTROY) : NULL;
        if (prefix)
            MC_VEC_PUSH(ds, ((named_destroyer){prefix, &s->params[n->destroyed].type, n->destroy_word, i}));
    }
    for (int i = 0; i < ds.n; i++) {
        if (!is_closer(&ds.v[i]) || !has_separate_destroyer(ds.v, ds.n, &ds.v[i]))
            continue;
        mc_callee *c = &an->pi->callees[ds.v[i].index];
        c->names.closed = c->names.destroyed;
        c->names.destroy = false;
        c->names.destroyed = -1;
        c->names.destroy_word = NULL;
        c->naming_family = -1;
    }
    for (int i = 0; i < ds.n; i++)
        free(ds.v[i].prefix);
    MC_VEC_FREE(ds);
}

static void add_reader(mc_analysis *an, const mc_global *g, const mc_symbol *fn, bool addressed)
{
    mc_readers *rd = mc_ptrmap_get(&an->pi->readers, g);
    if (!rd) {
        rd = mc_xcalloc(1, sizeof *rd);
        MC_VEC_PUSH(an->pi->readers_made, rd);
        mc_ptrmap_put(&an->pi->readers, g, rd);
    }
    for (int i = 0; i < rd->n && i < MAX_READERS; i++)
        if (rd->fn[i] == fn && !addressed)
            return;
    if (addressed || rd->n >= MAX_READERS || !fn)
        rd->n = MAX_READERS + 1;
    else
        rd->fn[rd->n++] = fn;
}

/* Every global a function reads (anything but `g = ...`), for lost_in_global. */
static void collect_reads(mc_analysis *an, const mc_symbol *fn, const mc_expr *e)
{
    if (!e)
        return;
    const mc_expr *k0 = e->nkids > 0 && e->kids[0] ? mc_expr_strip(e->kids[0]) : NULL;
    if (e->kind == MC_EX_GLOBAL && e->global)
        add_reader(an, e->global, fn, false);
    if (e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR && k0 && k0->kind == MC_EX_GLOBAL && k0->global)
        add_reader(an, k0->global, fn, true);
    bool assigns = e->kind == MC_EX_BINARY && e->op == MC_BIN_ASSIGN && k0 && k0->kind == MC_EX_GLOBAL;
    for (int i = assigns ? 1 : 0; i < e->nkids; i++)
        collect_reads(an, fn, e->kids[i]);
}

typedef struct reads_in { mc_analysis *an; const mc_symbol *fn; } reads_in;

static void collect_root_reads(const mc_expr *e, void *ctx)
{
    reads_in *r = ctx;
    collect_reads(r->an, r->fn, e);
}

static void collect_global_readers(mc_analysis *an)
{
    for (int i = 0; i < an->prog->funcs.n; i++) {
        const mc_func *f = an->prog->funcs.v[i];
        mc_func_each_root(f, collect_root_reads, &(reads_in){an, f->sym});
    }
}

void build_proginfo(mc_analysis *an)
{
    mc_program *p = an->prog;
    mc_proginfo *pi = an->pi;
    const mc_models *m = an->o->models;
    for (int i = 0; i < m->nfamilies; i++)
        MC_VEC_PUSH(pi->families, mc_xstrdup(m->families[i].name));
    pi->nmodel_families = m->nfamilies;
    collect_destroy_prefixes(p, &pi->destroy_prefixes, an);
    collect_global_readers(an);
    build_slots(an);
    pi->callees = mc_xcalloc((size_t)p->symbols.n + 1, sizeof *pi->callees);
    for (int i = 0; i < p->symbols.n; i++) {
        const mc_symbol *s = p->symbols.v[i];
        mc_callee *c = &pi->callees[i];
        c->model = mc_models_find(m, s->name);
        if (c->model && c->model->only_never_fail && has_body(s)) {
            c->model = NULL;
            c->never_fails = true;
        } else if (c->model && c->model->roles == MC_ROLE_KNOWN && has_body(s)) {
            c->model = NULL; /* what a library does with each argument: its own body says it all */
        }
        c->naming_family = c->attr_family = -1;
        c->names.viewed = c->names.destroyed = c->names.retained = c->names.closed = -1;
        if (!s->in_system_header && !c->model)
            naming_facts(an, s, c);
    }
    demote_closers(an);
    /* __attribute__((malloc(dealloc, n))): the allocator's family is its deallocator's. */
    for (int i = 0; i < p->symbols.n; i++) {
        const mc_symbol *s = p->symbols.v[i];
        if (!s->attr_dealloc && !s->attr_ownership_returns)
            continue;
        const char *dname = s->attr_dealloc ? s->attr_dealloc : s->attr_ownership_module;
        const mc_fnmodel *dm = dname ? mc_models_find(m, dname) : NULL;
        int fam = dm && dm->family >= 0 ? dm->family : dname ? family_named(an, dname) : -1;
        pi->callees[i].attr_family = fam;
        mc_symbol *d = s->attr_dealloc ? mc_program_lookup_name(p, s->attr_dealloc) : NULL;
        if (d && !pi->callees[d->index].model) {
            pi->callees[d->index].dealloc_arg = s->attr_dealloc_arg > 0 ? s->attr_dealloc_arg : 1;
            pi->callees[d->index].attr_family = fam;
        }
    }
}

void free_proginfo(mc_proginfo *pi)
{
    for (int i = 0; i < pi->readers_made.n; i++)
        free(pi->readers_made.v[i]);
    MC_VEC_FREE(pi->readers_made);
    mc_ptrmap_free(&pi->readers);
    free(pi->callees);
    free_slots(pi);
    free(pi->inert);
    free(pi->walk_joined);
    mc_ptrmap_free(&pi->destroy_prefixes);
    for (int i = 0; i < pi->creators.n; i++)
        free(pi->creators.v[i].prefix);
    MC_VEC_FREE(pi->creators);
    for (int i = 0; i < pi->families.n; i++)
        free((char *)pi->families.v[i]);
    MC_VEC_FREE(pi->families);
}
