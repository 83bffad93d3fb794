/* ir.c - linking units into a program (one symbol per function, one definition per
 * function, calls resolved), and printing the IR for debugging and tests. */
#include "ir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* USRs are interned per unit, so across units they are compared as strings. */
static void strmap_delete(mc_strmap *m)
{
    mc_strmap_clear(m);
    free(m);
}

typedef struct def_set def_set;

/* The names defined more than once (see "one name, several definitions"). */
typedef struct def_sets {
    mc_strmap by_usr;               /* usr -> def_set */
    MC_VEC(def_set *) all;       /* in the order met */
} def_sets;

void mc_program_init(mc_program *p)
{
    *p = (mc_program){0};
    p->symtab = mc_xcalloc(1, sizeof(mc_strmap));
    p->globtab = mc_xcalloc(1, sizeof(mc_strmap));
    p->slottab = mc_xcalloc(1, sizeof(mc_strmap));
    p->deftab = mc_xcalloc(1, sizeof(def_sets));
}

void mc_program_add_unit(mc_program *p, mc_unit *u)
{
    MC_VEC_PUSH(p->units, u);
}

/* Attributes from every declaration add up on the canonical symbol. */
static void merge_symbol(mc_symbol *into, const mc_symbol *from)
{
    into->attr_noreturn |= from->attr_noreturn;
    into->attr_returns_nonnull |= from->attr_returns_nonnull;
    into->attr_malloc |= from->attr_malloc;
    into->attr_nonnull |= from->attr_nonnull;
    if (!into->attr_alloc_size[0])
        memcpy(into->attr_alloc_size, from->attr_alloc_size, sizeof into->attr_alloc_size);
    into->attr_ownership_returns |= from->attr_ownership_returns;
    into->attr_ownership_takes |= from->attr_ownership_takes;
    into->attr_ownership_holds |= from->attr_ownership_holds;
    into->address_taken |= from->address_taken;
    into->exported |= from->exported;
    into->hidden |= from->hidden;
    if (!into->attr_dealloc && from->attr_dealloc) {
        into->attr_dealloc = from->attr_dealloc;
        into->attr_dealloc_arg = from->attr_dealloc_arg;
    }
    if (!into->attr_ownership_module)
        into->attr_ownership_module = from->attr_ownership_module;
    if (!into->nparams && from->nparams) {
        into->nparams = from->nparams;
        into->params = from->params;
    }
}

/* ---- one name, several definitions ----
 * A database may hold several link targets (a library, a program, its tests)
 * that each define an external function of the same name. Each definition gets
 * a symbol of its own, and a call binds to the one of the caller's target. */

struct def_set {
    MC_VEC(mc_symbol *) defs;    /* a symbol per definition: its ->def */
};


static def_set *def_set_of(const mc_program *p, const char *usr)
{
    const def_sets *ds = p->deftab;
    return usr ? mc_strmap_get(&ds->by_usr, usr) : NULL;
}

static bool same_place(mc_loc a, mc_loc b)
{
    return a.line == b.line && a.col == b.col && a.file && b.file && strcmp(a.file, b.file) == 0;
}

/* The definition's own symbol, as the declarations of its unit made it. */
static void add_def(def_set *d, mc_func *f)
{
    mc_symbol *s = mc_xmalloc(sizeof *s);
    *s = *f->sym;
    s->def = f;
    MC_VEC_PUSH(d->defs, s);
}

static bool has_def_at(const def_set *d, const mc_func *f)
{
    for (int i = 0; i < d->defs.n; i++)
        if (same_place(d->defs.v[i]->def->loc, f->loc))
            return true;
    return false;
}

/* The external names with distinct definitions in several units (a function
 * defined in a header and kept by many units is one definition). */
static void find_several_defs(mc_program *p)
{
    def_sets *ds = p->deftab;
    mc_strmap first = {0}; /* usr -> the first definition met */
    for (int i = 0; i < p->units.n; i++)
        for (int j = 0; j < p->units.v[i]->funcs.n; j++) {
            mc_func *f = p->units.v[i]->funcs.v[j];
            f->unit = i;
            if (!f->sym || !f->sym->usr || f->sym->is_static)
                continue;
            def_set *d = def_set_of(p, f->sym->usr);
            mc_func *g = d ? NULL : mc_strmap_get(&first, f->sym->usr);
            if (!d && !g) {
                mc_strmap_put(&first, f->sym->usr, f);
            } else if (d && !has_def_at(d, f)) {
                add_def(d, f);
            } else if (g && !same_place(g->loc, f->loc)) {
                d = mc_xcalloc(1, sizeof *d);
                add_def(d, g);
                add_def(d, f);
                mc_strmap_put(&ds->by_usr, f->sym->usr, d);
                MC_VEC_PUSH(ds->all, d);
            }
        }
    mc_strmap_clear(&first);
}

/* How many leading characters of two paths name the same directories:
 * "/r/lib/" for /r/lib/a.c and /r/lib/io/b.c. */
static size_t shared_dirs(const char *a, const char *b)
{
    size_t n = 0;
    for (size_t i = 0; a[i] && a[i] == b[i]; i++)
        if (a[i] == '/')
            n = i + 1;
    return n;
}

/* The definition a call from unit binds to: its own unit's, else the one whose
 * unit's file is nearest in the directory tree; NULL when two are as near. */
static mc_symbol *def_for_unit(const mc_program *p, const def_set *d, int unit)
{
    const char *file = p->units.v[unit]->file;
    mc_symbol *best = NULL;
    size_t best_len = 0;
    bool tie = false;
    for (int i = 0; i < d->defs.n; i++) {
        int at = d->defs.v[i]->def->unit;
        if (at == unit)
            return d->defs.v[i];
        size_t len = shared_dirs(file, p->units.v[at]->file);
        if (!best || len > best_len) {
            best = d->defs.v[i];
            best_len = len;
            tie = false;
        } else if (len == best_len) {
            tie = true;
        }
    }
    return tie ? NULL : best;
}

/* The function usr names in unit: the definition of its target, else the name's
 * own symbol. */
static mc_symbol *function_in_unit(const mc_program *p, const char *usr, int unit)
{
    const def_set *d = def_set_of(p, usr);
    mc_symbol *s = d ? def_for_unit(p, d, unit) : NULL;
    return s ? s : mc_strmap_get(p->symtab, usr);
}

static void copy_attrs(mc_symbol *into, const mc_symbol *from)
{
    into->attr_noreturn = from->attr_noreturn;
    into->attr_returns_nonnull = from->attr_returns_nonnull;
    into->attr_malloc = from->attr_malloc;
    into->attr_nonnull = from->attr_nonnull;
    memcpy(into->attr_alloc_size, from->attr_alloc_size, sizeof into->attr_alloc_size);
    into->attr_ownership_returns = from->attr_ownership_returns;
    into->attr_ownership_takes = from->attr_ownership_takes;
    into->attr_ownership_holds = from->attr_ownership_holds;
    into->attr_dealloc = from->attr_dealloc;
    into->attr_dealloc_arg = from->attr_dealloc_arg;
    into->attr_ownership_module = from->attr_ownership_module;
    into->exported = from->exported;
    into->hidden = from->hidden;
}

static bool same_text(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

/* What is declared of every one of two functions: a call that may reach either
 * is flagged for an attribute only if both have it. */
static void meet_attrs(mc_symbol *into, const mc_symbol *from)
{
    into->attr_noreturn &= from->attr_noreturn;
    into->attr_returns_nonnull &= from->attr_returns_nonnull;
    into->attr_malloc &= from->attr_malloc;
    into->attr_nonnull &= from->attr_nonnull;
    if (memcmp(into->attr_alloc_size, from->attr_alloc_size, sizeof into->attr_alloc_size) != 0)
        memset(into->attr_alloc_size, 0, sizeof into->attr_alloc_size);
    into->attr_ownership_returns &= from->attr_ownership_returns;
    into->attr_ownership_takes &= from->attr_ownership_takes;
    into->attr_ownership_holds &= from->attr_ownership_holds;
    if (!same_text(into->attr_dealloc, from->attr_dealloc) || into->attr_dealloc_arg != from->attr_dealloc_arg)
        into->attr_dealloc = NULL;
    if (!same_text(into->attr_ownership_module, from->attr_ownership_module))
        into->attr_ownership_module = NULL;
    into->exported |= from->exported;
    into->hidden &= from->hidden;
}

/* The name's own symbol is what a call that cannot tell the definitions apart
 * binds to: it has no body, and what all the definitions declare. */
static void link_several_defs(mc_program *p)
{
    def_sets *ds = p->deftab;
    for (int i = 0; i < ds->all.n; i++) {
        def_set *d = ds->all.v[i];
        mc_symbol *name = mc_strmap_get(p->symtab, d->defs.v[0]->usr);
        name->def = NULL; /* the front end gave it its own unit's */
        copy_attrs(name, d->defs.v[0]);
        for (int k = 0; k < d->defs.n; k++) {
            meet_attrs(name, d->defs.v[k]);
            d->defs.v[k]->index = p->symbols.n;
            MC_VEC_PUSH(p->symbols, d->defs.v[k]);
        }
    }
}

static void free_def_sets(def_sets *ds)
{
    if (!ds)
        return;
    for (int i = 0; i < ds->all.n; i++) {
        for (int k = 0; k < ds->all.v[i]->defs.n; k++)
            free(ds->all.v[i]->defs.v[k]);
        MC_VEC_FREE(ds->all.v[i]->defs);
        free(ds->all.v[i]);
    }
    MC_VEC_FREE(ds->all);
    mc_strmap_clear(&ds->by_usr);
    free(ds);
}

/* A unit's declarations of a function speak of the definition it binds to. */
static void link_symbols(mc_program *p, mc_unit *u, int unit_index)
{
    for (int i = 0; i < u->symbols.n; i++) {
        mc_symbol *s = u->symbols.v[i];
        mc_symbol *canon = mc_strmap_get(p->symtab, s->usr);
        if (!canon) {
            s->index = p->symbols.n;
            MC_VEC_PUSH(p->symbols, s);
            mc_strmap_put(p->symtab, s->usr, s);
        } else if (canon != s) {
            merge_symbol(canon, s);
        }
        const def_set *d = def_set_of(p, s->usr);
        mc_symbol *own = d ? def_for_unit(p, d, unit_index) : NULL;
        if (own)
            merge_symbol(own, s);
    }
}

/* The definition's own symbol when its name has several definitions (NULL for a
 * copy of one kept already), else the name's. */
static mc_symbol *symbol_of_def(mc_program *p, mc_func *f)
{
    mc_symbol *canon = f->sym ? mc_strmap_get(p->symtab, f->sym->usr) : NULL;
    const def_set *d = canon ? def_set_of(p, canon->usr) : NULL;
    for (int i = 0; d && i < d->defs.n; i++)
        if (d->defs.v[i]->def == f)
            return d->defs.v[i];
    return d ? NULL : canon;
}

/* One definition per function: a header function included by many TUs is kept once. */
static void link_funcs(mc_program *p, mc_unit *u, int unit_index)
{
    for (int i = 0; i < u->funcs.n; i++) {
        mc_func *f = u->funcs.v[i];
        f->unit = unit_index;
        mc_symbol *canon = symbol_of_def(p, f);
        if ((canon && canon->def && canon->def != f) || (!canon && f->sym && def_set_of(p, f->sym->usr)))
            continue;
        if (canon) {
            canon->def = f;
            f->sym = canon;
        }
        MC_VEC_PUSH(p->funcs, f);
    }
}

static void link_globals(mc_program *p, mc_unit *u)
{
    for (int i = 0; i < u->globals.n; i++) {
        mc_global *g = u->globals.v[i];
        mc_global *canon = mc_strmap_get(p->globtab, g->usr);
        if (!canon) {
            MC_VEC_PUSH(p->globals, g);
            mc_strmap_put(p->globtab, g->usr, g);
        } else if (!canon->has_init && g->has_init) {
            canon->has_init = true;
            canon->init = g->init;
        }
        (canon ? canon : g)->written |= g->named_in_init;
        if (canon && !canon->init_fn_usr)
            canon->init_fn_usr = g->init_fn_usr;
    }
}

bool mc_expr_any(const mc_expr *e, bool (*pred)(const mc_expr *e, const void *ctx), const void *ctx)
{
    if (!e)
        return false;
    if (pred(e, ctx))
        return true;
    for (int i = 0; i < e->nkids; i++)
        if (mc_expr_any(e->kids[i], pred, ctx))
            return true;
    return false;
}

int mc_block_nsucc(const mc_block *b)
{
    switch (b->term) {
    case MC_TERM_GOTO: return 1;
    case MC_TERM_BRANCH: return 2;
    case MC_TERM_SWITCH: return 1 + b->ncases;
    default: return 0;
    }
}

int mc_block_succ(const mc_block *b, int i)
{
    return i == 0 ? b->succ[0] : b->term == MC_TERM_BRANCH ? b->succ[1] : b->cases[i - 1].succ;
}

int *mc_func_count_preds(const mc_func *f)
{
    int *preds = mc_xcalloc((size_t)f->nblocks + 1, sizeof *preds);
    preds[0] = 1; /* the entry */
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < mc_block_nsucc(&f->blocks[b]); i++)
            if (mc_block_succ(&f->blocks[b], i) >= 0)
                preds[mc_block_succ(&f->blocks[b], i)]++;
    return preds;
}

void mc_func_each_root(const mc_func *f, void (*fn)(const mc_expr *e, void *ctx), void *ctx)
{
    for (int b = 0; b < f->nblocks; b++) {
        for (int i = 0; i < f->blocks[b].nstmts; i++)
            if (f->blocks[b].stmts[i].e)
                fn(f->blocks[b].stmts[i].e, ctx);
        if (f->blocks[b].cond)
            fn(f->blocks[b].cond, ctx);
    }
}

bool mc_func_any_root(const mc_func *f, bool (*pred)(const mc_expr *e, const void *ctx), const void *ctx)
{
    for (int b = 0; b < f->nblocks; b++) {
        for (int i = 0; i < f->blocks[b].nstmts; i++)
            if (f->blocks[b].stmts[i].e && pred(f->blocks[b].stmts[i].e, ctx))
                return true;
        if (f->blocks[b].cond && pred(f->blocks[b].cond, ctx))
            return true;
    }
    return false;
}

const mc_expr *mc_expr_written(const mc_expr *e)
{
    bool writes = (e->kind == MC_EX_BINARY && mc_binop_is_assign((mc_binop)e->op)) ||
                  (e->kind == MC_EX_UNARY && e->op != MC_UN_DEREF && e->op != MC_UN_NEG && e->op != MC_UN_PLUS &&
                   e->op != MC_UN_BITNOT && e->op != MC_UN_NOT);
    return writes && e->nkids ? mc_expr_strip(e->kids[0]) : NULL;
}

/* How e writes local var: not at all, by ++, by an assignment of or with a
 * constant (its value in *k), or otherwise. */
enum { NOT_VAR, INCREMENT, BY_CONST, OTHER_WRITE };

/* A local integer, or a field of a local struct (t.count), that may count. */
typedef struct counter {
    int var;
    const char *field; /* NULL for the variable itself */
} counter;

/* Whether w is c's variable (-1), its counting field (1), or neither (0). */
static int counter_part(const mc_expr *w, const counter *c)
{
    if (w->kind == MC_EX_VAR && w->var == c->var)
        return -1;
    const mc_expr *base = w->kind == MC_EX_MEMBER && !w->arrow ? mc_expr_strip(w->kids[0]) : NULL;
    return c->field && base && base->kind == MC_EX_VAR && base->var == c->var && w->name &&
           strcmp(w->name, c->field) == 0;
}

static int write_of(const mc_expr *e, const counter *c, int64_t *k)
{
    const mc_expr *w = mc_expr_written(e);
    int part = w ? counter_part(w, c) : 0;
    if (part == 0)
        return NOT_VAR;
    if (part < 0 && c->field)
        return OTHER_WRITE; /* the whole struct assigned, or its address taken */
    if (e->kind == MC_EX_UNARY)
        return e->op == MC_UN_PREINC || e->op == MC_UN_POSTINC ? INCREMENT : OTHER_WRITE;
    const mc_expr *rhs = mc_expr_strip(e->kids[1]);
    if (!rhs || !rhs->is_const)
        return OTHER_WRITE;
    *k = rhs->ival;
    return BY_CONST;
}

/* A write of *var that may leave it negative, huge or unknown: anything but
 * `var = k` (k >= 0), `var++`, `++var` and `var += k` (0 <= k <= 65536). */
static bool uncounted_write(const mc_expr *e, const void *c)
{
    int64_t k = 0;
    int how = write_of(e, c, &k);
    if (how != BY_CONST)
        return how == OTHER_WRITE;
    return k < 0 || !(e->op == MC_BIN_ASSIGN || (e->op == MC_BIN_ADD_ASSIGN && k <= 65536));
}

/* A write that may leave *var zero or negative when it was positive: anything
 * but `var = k` (k > 0), `var++`, `++var`, `var += k` (k >= 0), `var *= k`
 * (k >= 1) and `var <<= k` (0 <= k < 16). */
static bool unsigning_write(const mc_expr *e, const void *var)
{
    int64_t k = 0;
    int how = write_of(e, &(counter){*(const int *)var, NULL}, &k);
    if (how != BY_CONST)
        return how == OTHER_WRITE;
    switch (e->op) {
    case MC_BIN_ASSIGN: return k <= 0;
    case MC_BIN_ADD_ASSIGN: return k < 0;
    case MC_BIN_MUL_ASSIGN: return k < 1;
    case MC_BIN_SHL_ASSIGN: return k < 0 || k >= 16;
    default: return true;
    }
}

static bool writes_uncounted(const mc_expr *e, const void *c)
{
    return mc_expr_any(e, uncounted_write, c);
}

/* A local variable (not a parameter) of type kind. */
static bool is_local_of(const mc_func *f, int var, mc_tykind kind)
{
    return var >= 0 && var < f->nvars && !f->vars[var].is_param && f->vars[var].type.kind == kind;
}

bool mc_var_is_counter(const mc_func *f, int var)
{
    if (!is_local_of(f, var, MC_TY_INT))
        return false;
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].nstmts; i++) {
            const mc_stmt *st = &f->blocks[b].stmts[i];
            const mc_expr *init = st->kind == MC_ST_DECL && st->var == var ? mc_expr_strip(st->e) : NULL;
            if (init && (!init->is_const || init->ival < 0))
                return false;
        }
    return !mc_func_any_root(f, writes_uncounted, &(counter){var, NULL});
}

/* `= {0}`, `= {0, 1}`: every member set, to constants >= 0. */
static bool zero_or_counts(const mc_expr *init)
{
    if (!init || init->kind != MC_EX_INIT)
        return false;
    for (int i = 0; i < init->nkids; i++) {
        const mc_expr *k = init->kids[i];
        if (k && k->kind == MC_EX_OTHER && k->nkids == 1)
            k = k->kids[0]; /* `.n = 0`, or an element named by its field */
        k = mc_expr_strip(k);
        if (k && (k->kind == MC_EX_INIT ? !zero_or_counts(k) : !k->is_const || k->ival < 0))
            return false;
    }
    return true;
}

bool mc_field_is_counter(const mc_func *f, const mc_expr *e)
{
    e = mc_expr_strip(e);
    const mc_expr *base = e->kind == MC_EX_MEMBER && !e->arrow && e->name ? mc_expr_strip(e->kids[0]) : NULL;
    if (!base || base->kind != MC_EX_VAR || e->type.kind != MC_TY_INT || base->var < 0 || base->var >= f->nvars)
        return false;
    const mc_var *v = &f->vars[base->var];
    if (v->is_param || v->is_static || v->type.kind != MC_TY_RECORD)
        return false;
    bool initialised = false;
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].nstmts; i++) {
            const mc_stmt *st = &f->blocks[b].stmts[i];
            if (st->kind == MC_ST_DECL && st->var == base->var && !(initialised = zero_or_counts(mc_expr_strip(st->e))))
                return false;
        }
    return initialised && !mc_func_any_root(f, writes_uncounted, &(counter){base->var, e->name});
}

typedef struct var_marks { int n; uint8_t *marked; } var_marks;

static void mark_unsigning(const mc_expr *e, void *ctx)
{
    var_marks *m = ctx;
    if (!e)
        return;
    const mc_expr *w = mc_expr_written(e);
    if (w && w->kind == MC_EX_VAR && w->var >= 0 && w->var < m->n && unsigning_write(e, &w->var))
        m->marked[w->var] = 1;
    for (int i = 0; i < e->nkids; i++)
        mark_unsigning(e->kids[i], ctx);
}

void mc_func_positive_vars(const mc_func *f, uint8_t *out)
{
    var_marks unsigning = {f->nvars, mc_xcalloc((size_t)f->nvars + 1, 1)};
    mc_func_each_root(f, mark_unsigning, &unsigning);
    for (int v = 0; v < f->nvars; v++)
        out[v] = (is_local_of(f, v, MC_TY_INT) || is_local_of(f, v, MC_TY_BOOL)) && !unsigning.marked[v] ? 2 : 1;
    free(unsigning.marked);
}

/* One string per slot across units, so that slots compare as pointers. */
static const char *canonical_slot(mc_program *p, const char *usr)
{
    const char *canon = mc_strmap_get(p->slottab, usr);
    if (!canon)
        mc_strmap_put(p->slottab, canon = usr, (void *)usr);
    return canon;
}

static void resolve_expr(mc_program *p, int unit, mc_expr *e)
{
    if (!e)
        return;
    for (int i = 0; i < e->nkids; i++)
        resolve_expr(p, unit, e->kids[i]);
    if (e->usr && e->kind == MC_EX_CALL)
        e->sym = function_in_unit(p, e->usr, unit);
    if (e->usr && e->kind == MC_EX_GLOBAL)
        e->global = mc_strmap_get(p->globtab, e->usr);
    if (e->usr && e->kind == MC_EX_GLOBAL && !e->global)
        e->sym = function_in_unit(p, e->usr, unit); /* a function named as a value */
    if (mc_member_is_slot(e))
        e->usr = canonical_slot(p, e->usr);
    const mc_expr *t = mc_expr_written(e);
    if (t && t->kind == MC_EX_GLOBAL && t->global)
        t->global->written = true;
}

static void resolve_func(mc_program *p, mc_func *f)
{
    for (int b = 0; b < f->nblocks; b++) {
        mc_block *bl = &f->blocks[b];
        for (int i = 0; i < bl->nstmts; i++)
            resolve_expr(p, f->unit, bl->stmts[i].e);
        if (bl->term == MC_TERM_BRANCH || bl->term == MC_TERM_SWITCH)
            resolve_expr(p, f->unit, bl->cond);
    }
    for (int i = 0; i < f->nvars; i++)
        if (f->vars[i].cleanup) {
            mc_var *v = &f->vars[i];
            v->cleanup_sym = v->cleanup_usr ? function_in_unit(p, v->cleanup_usr, f->unit)
                                            : mc_program_lookup_name(p, v->cleanup);
            if (v->cleanup_sym)
                v->cleanup_sym->used_as_cleanup = true;
        }
}

/* A call whose result ends the program (see mc_symbol.ncalls_ending). */
static void note_call_ending(const mc_func *in, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (e && e->kind == MC_EX_CALL && e->sym && e->sym != in->sym)
        e->sym->ncalls_ending++;
}

/* Counts the direct calls of each function from others (a recursive call needs a
 * first one) and notes those named otherwise (a function pointer), whose callers
 * cannot all be seen. */
static void note_function_uses(mc_program *p, const mc_func *in, const mc_expr *e, bool as_callee)
{
    if (!e)
        return;
    if (e->kind == MC_EX_CALL && e->sym && e->sym != in->sym)
        e->sym->ncalls++;
    for (int i = 1; e->kind == MC_EX_CALL && e->sym && e->sym->attr_noreturn && i < e->nkids; i++)
        note_call_ending(in, e->kids[i]);
    if (e->kind == MC_EX_GLOBAL && e->usr && !as_callee) {
        mc_symbol *s = function_in_unit(p, e->usr, in->unit);
        if (s)
            s->address_taken = true;
    }
    for (int i = 0; i < e->nkids; i++)
        note_function_uses(p, in, e->kids[i], (e->kind == MC_EX_CALL && i == 0) || (as_callee && e->kind == MC_EX_CAST));
}

typedef struct uses_in { mc_program *p; const mc_func *f; } uses_in;

static void note_root_uses(const mc_expr *e, void *ctx)
{
    uses_in *u = ctx;
    note_function_uses(u->p, u->f, e, false);
}

static void note_uses_in(mc_program *p, const mc_func *f)
{
    mc_func_each_root(f, note_root_uses, &(uses_in){p, f});
    /* the value returned is met twice, as a statement and as the return's
       expression, and counted twice in ncalls too */
    for (int b = 0; f->name && strcmp(f->name, "main") == 0 && b < f->nblocks; b++) {
        for (int i = 0; i < f->blocks[b].nstmts; i++)
            if (f->blocks[b].stmts[i].kind == MC_ST_RETVAL)
                note_call_ending(f, f->blocks[b].stmts[i].e);
        if (f->blocks[b].term == MC_TERM_RETURN)
            note_call_ending(f, f->blocks[b].cond);
    }
}

/* ---- optional fields ---- */

/* The key of the pointer field e reads (x->f, x.f), or NULL: its USR, or its
 * name for a struct the program does not declare (a system header's, never a
 * union's: its members overlay each other under one name); *element says it
 * is an element of that field's array (x->f[i]). */
static const char *pointer_field_of(const mc_expr *e, bool *element)
{
    e = mc_expr_strip(e);
    *element = e && e->kind == MC_EX_INDEX && e->nkids == 2;
    const mc_expr *m = *element ? mc_expr_strip(e->kids[0]) : e;
    if (!e || e->type.kind != MC_TY_PTR || !m || m->kind != MC_EX_MEMBER)
        return NULL;
    if (m->usr)
        return m->usr;
    return m->op ? NULL : m->name;
}

bool mc_pointer_field(const mc_expr *e, const char **name, bool *element)
{
    *name = pointer_field_of(e, element);
    return *name != NULL;
}

typedef struct field_fn {
    void (*fn)(const char *name, bool element, void *ctx);
    void *ctx;
    const char *just_assigned; /* a field the test is of a call's result stored in */
} field_fn;

static void tell(const field_fn *to, const mc_expr *e)
{
    bool element;
    const char *name = pointer_field_of(e, &element);
    if (name && !(to->just_assigned && strcmp(name, to->just_assigned) == 0))
        to->fn(name, element, to->ctx);
}

/* The field a statement stores a call's result in (x->f = make()), or NULL: a
 * test that follows at once checks what the call returned, which says nothing
 * of whether the struct may hold NULL there once built. */
static const char *call_result_field(const mc_stmt *last)
{
    const mc_expr *e = last ? mc_expr_strip(last->e) : NULL;
    bool element;
    if (!e || e->kind != MC_EX_BINARY || e->op != MC_BIN_ASSIGN || mc_expr_strip(e->kids[1])->kind != MC_EX_CALL)
        return NULL;
    const char *name = pointer_field_of(e->kids[0], &element);
    return element ? NULL : name;
}

static bool is_null_constant(const mc_expr *e)
{
    e = mc_expr_strip(e);
    return e && (e->kind == MC_EX_NULL || (e->kind == MC_EX_INT && e->ival == 0));
}

/* Calls fn for each field e tests for NULL (`!x->f`, `x->f == NULL`, `x->f &&`,
 * `x->f ? :`) or sets to NULL; cond says e itself is tested for truth. */
static void each_optional_field(const mc_expr *e, bool cond, const field_fn *to)
{
    if (!e)
        return;
    if (cond)
        tell(to, e);
    bool compares = e->kind == MC_EX_BINARY && (e->op == MC_BIN_EQ || e->op == MC_BIN_NE || e->op == MC_BIN_ASSIGN);
    for (int i = 0; compares && e->nkids == 2 && i < 2; i++)
        if (is_null_constant(e->kids[1 - i]) && (e->op != MC_BIN_ASSIGN || i == 0))
            tell(to, e->kids[i]);
    for (int i = 0; i < e->nkids; i++) {
        bool tested = (e->kind == MC_EX_UNARY && e->op == MC_UN_NOT) || (e->kind == MC_EX_COND && i == 0) ||
                      (e->kind == MC_EX_BINARY && (e->op == MC_BIN_LAND || e->op == MC_BIN_LOR));
        each_optional_field(e->kids[i], tested, to);
    }
}

void mc_unit_optional_fields(const mc_program *p, int unit, void (*fn)(const char *name, bool element, void *ctx),
                             void *ctx)
{
    field_fn to = {fn, ctx, NULL};
    for (int i = 0; i < p->funcs.n; i++) {
        const mc_func *f = p->funcs.v[i];
        if (unit >= 0 && f->unit != unit)
            continue;
        for (int b = 0; b < f->nblocks; b++) {
            const mc_block *bl = &f->blocks[b];
            to.just_assigned = NULL;
            for (int k = 0; k < bl->nstmts; k++)
                each_optional_field(bl->stmts[k].e, false, &to);
            to.just_assigned = bl->nstmts > 0 ? call_result_field(&bl->stmts[bl->nstmts - 1]) : NULL;
            each_optional_field(bl->cond, bl->term != MC_TERM_RETURN, &to);
        }
    }
}

/* Elements of field f are noted as "f[]". */
static const char *optional_key(const char *name, bool element, char buf[static 256])
{
    if (!element)
        return name;
    snprintf(buf, 256, "%s[]", name);
    return buf;
}

void mc_program_note_optional_field(mc_program *p, const char *name, bool element)
{
    char buf[256];
    const char *key = optional_key(name, element, buf);
    if (!p->optional_fields)
        p->optional_fields = mc_xcalloc(1, sizeof(mc_strmap));
    if (!mc_strmap_get(p->optional_fields, key)) {
        key = mc_program_keep(p, key);
        mc_strmap_put(p->optional_fields, key, (void *)key);
    }
}

bool mc_program_field_optional(const mc_program *p, const char *name, bool element)
{
    char buf[256];
    return mc_strmap_get(p->optional_fields, optional_key(name, element, buf)) != NULL;
}

static void note_optional(const char *name, bool element, void *p)
{
    mc_program_note_optional_field(p, name, element);
}

void mc_program_link(mc_program *p)
{
    find_several_defs(p);
    for (int i = 0; i < p->units.n; i++) {
        link_symbols(p, p->units.v[i], i);
        link_globals(p, p->units.v[i]);
    }
    link_several_defs(p);
    for (int i = 0; i < p->units.n; i++)
        link_funcs(p, p->units.v[i], i);
    /* A function's own (non-canonical) symbol may be the only one some units saw. */
    for (int i = 0; i < p->units.n; i++)
        for (int j = 0; j < p->units.v[i]->funcs.n; j++)
            resolve_func(p, p->units.v[i]->funcs.v[j]);
    mc_unit_optional_fields(p, -1, note_optional, p);
    mc_program_link_fields(p);
    mc_program_link_destroyers(p);
    mc_program_link_field_releases(p);
    for (int i = 0; i < p->funcs.n; i++) {
        const mc_func *f = p->funcs.v[i];
        note_uses_in(p, f);
        if (f->sym && !f->sym->is_static && f->name && strcmp(f->name, "main") == 0 && f->loc.file)
            mc_program_note_main(p, f->loc.file);
    }
    for (int i = 0; i < p->units.n; i++)
        for (int j = 0; j < p->units.v[i]->slot_facts.n; j++) {
            mc_slot_fact *sf = &p->units.v[i]->slot_facts.v[j];
            sf->usr = canonical_slot(p, sf->usr);
        }
    for (int i = 0; i < p->globals.n; i++) {
        mc_global *g = p->globals.v[i];
        if (g->init_fn_usr)
            g->init_fn = mc_strmap_get(p->symtab, g->init_fn_usr);
        if (p->partial && !g->is_static)
            g->written = true; /* for all this run knows, a TU left out writes it */
    }
}

bool mc_global_constant(const mc_global *g, int64_t *value)
{
    if (!g->has_init || !(g->is_const || !g->written))
        return false;
    *value = g->init;
    return true;
}

const char *mc_program_keep(mc_program *p, const char *s)
{
    char *copy = mc_xstrdup(s);
    MC_VEC_PUSH(p->kept, copy);
    return copy;
}

/* The length of path's directory part, with its last '/'. */
static size_t dir_len(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? (size_t)(slash - path + 1) : 0;
}

void mc_program_note_main(mc_program *p, const char *path)
{
    if (mc_program_main_beside(p, path))
        return;
    char *dir = mc_xstrndup(path, dir_len(path));
    MC_VEC_PUSH(p->kept, dir);
    MC_VEC_PUSH(p->main_dirs, dir);
}

bool mc_program_main_beside(const mc_program *p, const char *path)
{
    size_t n = path ? dir_len(path) : 0;
    for (int i = 0; path && i < p->main_dirs.n; i++)
        if (strlen(p->main_dirs.v[i]) == n && strncmp(p->main_dirs.v[i], path, n) == 0)
            return true;
    return false;
}

mc_symbol *mc_program_lookup(mc_program *p, const char *usr)
{
    return mc_strmap_get(p->symtab, usr);
}

mc_global *mc_program_lookup_global(mc_program *p, const char *usr)
{
    return mc_strmap_get(p->globtab, usr);
}

mc_symbol *mc_program_lookup_name(mc_program *p, const char *name)
{
    for (int i = 0; i < p->symbols.n; i++)
        if (strcmp(p->symbols.v[i]->name, name) == 0)
            return p->symbols.v[i];
    return NULL;
}

/* ---- a TU lowered in parts ---- */

typedef struct keyed {
    uint64_t key;
    int part;
    void *item;
} keyed;

static int by_key(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->part > y->part) - (x->part < y->part);
}

typedef MC_VEC(keyed) keyeds;

static void sort_keyed(keyeds *k)
{
    if (k->n)
        qsort(k->v, (size_t)k->n, sizeof *k->v, by_key);
}

/* Keeps the first symbol of each USR; the part that lowered a function's body
 * knows its definition and what its body names by address. */
static void merge_part_symbols(mc_unit *u, keyeds *k)
{
    sort_keyed(k);
    mc_strmap seen = {0};
    u->symbols.n = 0;
    for (int i = 0; i < k->n; i++) {
        mc_symbol *s = k->v[i].item, *canon = mc_strmap_get(&seen, s->usr);
        if (!canon) {
            mc_strmap_put(&seen, s->usr, s);
            MC_VEC_PUSH(u->symbols, s);
            continue;
        }
        canon->address_taken |= s->address_taken;
        if (s->def)
            canon->def = s->def;
    }
    for (int i = 0; i < u->funcs.n; i++)
        if (u->funcs.v[i]->sym)
            u->funcs.v[i]->sym = mc_strmap_get(&seen, u->funcs.v[i]->sym->usr);
    mc_strmap_clear(&seen);
}

static void merge_part_globals(mc_unit *u, keyeds *k)
{
    sort_keyed(k);
    mc_strmap seen = {0};
    u->globals.n = 0;
    for (int i = 0; i < k->n; i++) {
        mc_global *g = k->v[i].item;
        if (!mc_strmap_get(&seen, g->usr)) {
            mc_strmap_put(&seen, g->usr, g);
            MC_VEC_PUSH(u->globals, g);
        }
    }
    mc_strmap_clear(&seen);
}

static void merge_part_funcs(mc_unit *u, keyeds *k)
{
    sort_keyed(k);
    u->funcs.n = 0;
    for (int i = 0; i < k->n; i++)
        MC_VEC_PUSH(u->funcs, (mc_func *)k->v[i].item);
}

mc_unit *mc_unit_merge(mc_unit **parts, int n)
{
    mc_unit *u = parts[0];
    keyeds syms = {0}, globs = {0}, funcs = {0};
    for (int p = 0; p < n; p++) {
        mc_unit *part = parts[p];
        for (int i = 0; i < part->symbols.n; i++)
            MC_VEC_PUSH(syms, ((keyed){part->symbols.v[i]->seen_at, p, part->symbols.v[i]}));
        for (int i = 0; i < part->globals.n; i++)
            MC_VEC_PUSH(globs, ((keyed){part->globals.v[i]->seen_at, p, part->globals.v[i]}));
        for (int i = 0; i < part->funcs.n; i++)
            MC_VEC_PUSH(funcs, ((keyed){part->funcs.v[i]->seen_at, p, part->funcs.v[i]}));
        if (p == 0)
            continue;
        u->parse_seconds = part->parse_seconds > u->parse_seconds ? part->parse_seconds : u->parse_seconds;
        u->lower_seconds = part->lower_seconds > u->lower_seconds ? part->lower_seconds : u->lower_seconds;
        for (int i = 0; i < part->slot_facts.n; i++)
            MC_VEC_PUSH(u->slot_facts, part->slot_facts.v[i]);
        for (int i = 0; i < part->field_facts.n; i++)
            MC_VEC_PUSH(u->field_facts, part->field_facts.v[i]);
        mc_arena_adopt(&u->arena, &part->arena);
        part->funcs.n = part->symbols.n = part->globals.n = 0;
        mc_unit_free(part);
    }
    merge_part_funcs(u, &funcs);
    merge_part_symbols(u, &syms);
    merge_part_globals(u, &globs);
    MC_VEC_FREE(syms);
    MC_VEC_FREE(globs);
    MC_VEC_FREE(funcs);
    return u;
}

void mc_unit_free(mc_unit *u)
{
    if (!u)
        return;
    MC_VEC_FREE(u->funcs);
    MC_VEC_FREE(u->symbols);
    MC_VEC_FREE(u->globals);
    MC_VEC_FREE(u->includes);
    MC_VEC_FREE(u->slot_facts);
    MC_VEC_FREE(u->field_facts);
    free(u->first_error);
    mc_arena_free(&u->arena);
    free(u);
}

void mc_program_free(mc_program *p)
{
    for (int i = 0; i < p->units.n; i++)
        mc_unit_free(p->units.v[i]);
    MC_VEC_FREE(p->units);
    MC_VEC_FREE(p->funcs);
    MC_VEC_FREE(p->symbols);
    MC_VEC_FREE(p->globals);
    for (int i = 0; i < p->kept.n; i++)
        free(p->kept.v[i]);
    MC_VEC_FREE(p->kept);
    MC_VEC_FREE(p->main_dirs);
    strmap_delete(p->optional_fields);
    mc_program_free_field_spans(p);
    mc_program_free_destroyers(p);
    p->optional_fields = NULL;
    strmap_delete(p->symtab);
    strmap_delete(p->globtab);
    strmap_delete(p->slottab);
    p->slottab = NULL;
    free_def_sets(p->deftab);
    p->symtab = p->globtab = p->deftab = NULL;
}

/* ---- operators ---- */

mc_binop mc_binop_of_compound(mc_binop op)
{
    switch (op) {
    case MC_BIN_MUL_ASSIGN: return MC_BIN_MUL;
    case MC_BIN_DIV_ASSIGN: return MC_BIN_DIV;
    case MC_BIN_REM_ASSIGN: return MC_BIN_REM;
    case MC_BIN_ADD_ASSIGN: return MC_BIN_ADD;
    case MC_BIN_SUB_ASSIGN: return MC_BIN_SUB;
    case MC_BIN_SHL_ASSIGN: return MC_BIN_SHL;
    case MC_BIN_SHR_ASSIGN: return MC_BIN_SHR;
    case MC_BIN_AND_ASSIGN: return MC_BIN_AND;
    case MC_BIN_XOR_ASSIGN: return MC_BIN_XOR;
    case MC_BIN_OR_ASSIGN: return MC_BIN_OR;
    default: return MC_BIN_OTHER;
    }
}

bool mc_binop_is_assign(mc_binop op)
{
    return op >= MC_BIN_ASSIGN && op <= MC_BIN_OR_ASSIGN;
}

bool mc_binop_is_compare(mc_binop op)
{
    return op >= MC_BIN_LT && op <= MC_BIN_NE;
}

bool mc_type_is_u64(const mc_type *t)
{
    return t->kind == MC_TY_INT && !t->is_signed && t->bits >= 64;
}

int64_t mc_int_wrap(int64_t v, const mc_type *t)
{
    if (t->kind != MC_TY_INT || t->bits == 0 || t->bits >= 64)
        return v;
    uint64_t mask = (1ULL << t->bits) - 1, u = (uint64_t)v & mask;
    if (t->is_signed && (u >> (t->bits - 1)))
        u |= ~mask;
    return (int64_t)u;
}

const mc_expr *mc_expr_strip(const mc_expr *e)
{
    while (e && e->kind == MC_EX_CAST && e->nkids == 1)
        e = e->kids[0];
    return e;
}

bool mc_expr_is_null_const(const mc_expr *e)
{
    e = mc_expr_strip(e);
    return e && (e->kind == MC_EX_NULL || (e->is_const && e->ival == 0));
}

/* ---- dump ---- */

static const char *const binop_text[] = {
    "*", "/", "%", "+", "-", "<<", ">>", "<", ">", "<=", ">=", "==", "!=", "&", "^", "|", "&&", "||",
    "=", "*=", "/=", "%=", "+=", "-=", "<<=", ">>=", "&=", "^=", "|=", ",", "?op?",
};

static const char *const unop_text[] = {"-", "+", "~", "!", "*", "&", "++", "--", "++", "--", "?op?"};

const char *mc_binop_text(mc_binop op)
{
    return binop_text[op];
}

const char *mc_unop_text(mc_unop op)
{
    return unop_text[op];
}

void mc_expr_dump(const mc_expr *e, void *out_)
{
    FILE *out = out_;
    if (!e) {
        fputs("<null>", out);
        return;
    }
    switch (e->kind) {
    case MC_EX_INT: fprintf(out, "%lld", (long long)e->ival); return;
    case MC_EX_NULL: fputs("NULL", out); return;
    case MC_EX_STR: fputs(e->name ? e->name : "\"\"", out); return;
    case MC_EX_VAR: case MC_EX_GLOBAL: fputs(e->name ? e->name : "?", out); return;
    case MC_EX_CALL:
        fputs("call ", out);
        mc_expr_dump(e->kids[0], out);
        fputc('(', out);
        for (int i = 1; i < e->nkids; i++) {
            if (i > 1)
                fputs(", ", out);
            mc_expr_dump(e->kids[i], out);
        }
        fputc(')', out);
        return;
    case MC_EX_UNARY:
        fputc('(', out);
        if (e->op == MC_UN_POSTINC || e->op == MC_UN_POSTDEC) {
            mc_expr_dump(e->kids[0], out);
            fputs(unop_text[e->op], out);
        } else {
            fputs(unop_text[e->op], out);
            mc_expr_dump(e->kids[0], out);
        }
        fputc(')', out);
        return;
    case MC_EX_BINARY:
        fputc('(', out);
        mc_expr_dump(e->kids[0], out);
        fprintf(out, " %s ", binop_text[e->op]);
        mc_expr_dump(e->kids[1], out);
        fputc(')', out);
        return;
    case MC_EX_MEMBER:
        mc_expr_dump(e->kids[0], out);
        fprintf(out, "%s%s", e->arrow ? "->" : ".", e->name ? e->name : "?");
        return;
    case MC_EX_INDEX:
        mc_expr_dump(e->kids[0], out);
        fputc('[', out);
        mc_expr_dump(e->kids[1], out);
        fputc(']', out);
        return;
    case MC_EX_CAST:
        fprintf(out, "(%s)", e->type.spelling ? e->type.spelling : e->type.kind == MC_TY_PTR ? "ptr" : "cast");
        mc_expr_dump(e->kids[0], out);
        return;
    case MC_EX_COND:
        fputc('(', out);
        mc_expr_dump(e->kids[0], out);
        fputs(" ? ", out);
        mc_expr_dump(e->kids[1], out);
        fputs(" : ", out);
        mc_expr_dump(e->kids[2], out);
        fputc(')', out);
        return;
    default:
        fprintf(out, "%s{", e->kind == MC_EX_INIT ? "init" : e->kind == MC_EX_SIZEOF ? "sizeof" : "other");
        for (int i = 0; i < e->nkids; i++) {
            if (i)
                fputs(", ", out);
            mc_expr_dump(e->kids[i], out);
        }
        fputc('}', out);
        return;
    }
}

static void dump_stmt(const mc_func *f, const mc_stmt *s, FILE *out)
{
    fprintf(out, "    %u: ", s->loc.line);
    switch (s->kind) {
    case MC_ST_EXPR: mc_expr_dump(s->e, out); break;
    case MC_ST_DECL:
        fprintf(out, "decl %s%s", f->vars[s->var].name ? f->vars[s->var].name : "?", s->e ? " = " : "");
        if (s->e)
            mc_expr_dump(s->e, out);
        if (f->vars[s->var].cleanup)
            fprintf(out, " [cleanup %s]", f->vars[s->var].cleanup);
        break;
    case MC_ST_SCOPE_END:
        fputs("scope-end", out);
        for (int i = 0; i < s->nvars; i++)
            fprintf(out, " %s", f->vars[s->vars[i]].name ? f->vars[s->vars[i]].name : "?");
        break;
    case MC_ST_RETVAL: fputs("retval ", out); mc_expr_dump(s->e, out); break;
    }
    fputc('\n', out);
}

static void dump_term(const mc_block *b, FILE *out)
{
    switch (b->term) {
    case MC_TERM_GOTO: fprintf(out, "    goto B%d\n", b->succ[0]); break;
    case MC_TERM_BRANCH:
        fputs("    if ", out);
        mc_expr_dump(b->cond, out);
        fprintf(out, " then B%d else B%d\n", b->succ[0], b->succ[1]);
        break;
    case MC_TERM_SWITCH:
        fputs("    switch ", out);
        mc_expr_dump(b->cond, out);
        for (int i = 0; i < b->ncases; i++)
            fprintf(out, " [%lld..%lld]->B%d", (long long)b->cases[i].lo, (long long)b->cases[i].hi, b->cases[i].succ);
        fprintf(out, " default->B%d\n", b->succ[0]);
        break;
    case MC_TERM_RETURN: fprintf(out, "    return (line %u)\n", b->term_loc.line); break;
    default: fputs("    unreachable\n", out); break;
    }
}

void mc_func_dump(const mc_func *f, void *out_)
{
    FILE *out = out_;
    fprintf(out, "function %s (line %u, %d params, %d vars)%s\n", f->name, f->loc.line,
            f->sym ? f->sym->nparams : 0, f->nvars, f->lowering_incomplete ? " incomplete" : "");
    for (int b = 0; b < f->nblocks; b++) {
        fprintf(out, "  B%d%s:\n", b, f->blocks[b].is_loop_head ? " (loop head)" : "");
        for (int i = 0; i < f->blocks[b].nstmts; i++)
            dump_stmt(f, &f->blocks[b].stmts[i], out);
        dump_term(&f->blocks[b], out);
    }
}
