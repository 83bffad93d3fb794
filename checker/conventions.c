/* conventions.c - the program's own ways, read from every body at link:
 * whether its destroyers test their argument for NULL before they dereference
 * it (`if (!p) return;`), voted over the database (where at least ten voted
 * and three in four dereference first, they take a live object by convention,
 * and an exported one owes NULL safety only where a caller can bring NULL:
 * rules/destroy_naming.c); and which pointer fields another field tracks, every
 * release of them being under a test of another field of the same object
 * (`if (state->size) free(state->in);`: a failed setup that frees state->in
 * and leaves size at 0 leaves nothing dangling: rules/null_after_free.c). */
#include "ir.h"
#include "naming.h"

#include <stdlib.h>
#include <string.h>

/* Fewer destroyers than this make no convention. */
#define CONVENTION_MIN 10

enum { NOT_YET, TESTS_FIRST, DEREFS_FIRST };

static bool is_var_ref(const mc_expr *e, int var)
{
    e = e ? mc_expr_strip(e) : NULL;
    return e && e->kind == MC_EX_VAR && e->var == var;
}

/* `!p`, `p == NULL`, `p != NULL`; a bare `p` where a truth value is read. */
static bool tests_null(const mc_expr *e, int var, bool truth)
{
    if (truth && is_var_ref(e, var))
        return true;
    if (e->kind == MC_EX_UNARY && e->op == MC_UN_NOT)
        return is_var_ref(e->kids[0], var);
    if (e->kind == MC_EX_BINARY && (e->op == MC_BIN_EQ || e->op == MC_BIN_NE))
        return (is_var_ref(e->kids[0], var) && mc_expr_is_null_const(e->kids[1])) ||
               (is_var_ref(e->kids[1], var) && mc_expr_is_null_const(e->kids[0]));
    return false;
}

static bool derefs(const mc_expr *e, int var)
{
    return (e->kind == MC_EX_MEMBER && e->arrow && is_var_ref(e->kids[0], var)) ||
           (e->kind == MC_EX_UNARY && e->op == MC_UN_DEREF && is_var_ref(e->kids[0], var)) ||
           (e->kind == MC_EX_INDEX && is_var_ref(e->kids[0], var));
}

/* The first of the two met in e, in the order it is evaluated (left to right,
 * outside in). truth: e is read as a truth value. */
static int first_use(const mc_expr *e, int var, bool truth)
{
    if (!e)
        return NOT_YET;
    e = mc_expr_strip(e);
    if (tests_null(e, var, truth))
        return TESTS_FIRST;
    if (derefs(e, var))
        return DEREFS_FIRST;
    for (int i = 0; i < e->nkids; i++) {
        bool read_as_truth = (e->kind == MC_EX_UNARY && e->op == MC_UN_NOT) || (e->kind == MC_EX_COND && i == 0) ||
                             (e->kind == MC_EX_BINARY && (e->op == MC_BIN_LAND || e->op == MC_BIN_LOR));
        int found = first_use(e->kids[i], var, read_as_truth);
        if (found != NOT_YET)
            return found;
    }
    return NOT_YET;
}

/* A destroyer that says it takes no NULL (__attribute__((nonnull)), a name
 * ending in a nonnull word) is the exception it declares, not the convention. */
static bool declares_nonnull(const mc_func *f, int k)
{
    return (k < 64 && (f->sym->attr_nonnull >> k & 1)) || mc_name_ends_with(f->name, MC_WORD_NONNULL);
}

/* What destroyer f does first with its argument, in the order of its blocks. */
static int destroyer_first_use(const mc_func *f, int var)
{
    for (int b = 0; b < f->nblocks; b++) {
        const mc_block *bl = &f->blocks[b];
        for (int i = 0; i < bl->nstmts; i++) {
            int found = first_use(bl->stmts[i].e, var, false);
            if (found != NOT_YET)
                return found;
        }
        int found = first_use(bl->cond, var, bl->term == MC_TERM_BRANCH);
        if (found != NOT_YET)
            return found;
    }
    return NOT_YET;
}

void mc_unit_destroyers(const mc_program *p, int unit, void (*fn)(const char *usr, bool tests_first, void *ctx),
                        void *ctx)
{
    for (int i = 0; i < p->funcs.n; i++) {
        const mc_func *f = p->funcs.v[i];
        int k = f->sym && f->sym->usr && (unit < 0 || f->unit == unit) ? mc_destroyed_param(f->sym) : -1;
        if (k < 0 || k >= f->nvars || f->vars[k].type.kind != MC_TY_PTR || declares_nonnull(f, k))
            continue;
        int first = destroyer_first_use(f, k);
        if (first != NOT_YET)
            fn(f->sym->usr, first == TESTS_FIRST, ctx);
    }
}

void mc_program_note_destroyer(mc_program *p, const char *usr, bool tests_first)
{
    if (!p->destroyers)
        p->destroyers = mc_xcalloc(1, sizeof(mc_strmap));
    if (mc_strmap_get(p->destroyers, usr))
        return; /* one vote a function, however many files name it */
    usr = mc_program_keep(p, usr);
    mc_strmap_put(p->destroyers, usr, (void *)usr);
    if (tests_first)
        p->destroyers_testing++;
    else
        p->destroyers_dereferencing++;
}

static void note_destroyer(const char *usr, bool tests_first, void *p)
{
    mc_program_note_destroyer(p, usr, tests_first);
}

void mc_program_link_destroyers(mc_program *p)
{
    mc_unit_destroyers(p, -1, note_destroyer, p);
}

bool mc_program_destroyers_take_live(const mc_program *p)
{
    int n = p->destroyers_testing + p->destroyers_dereferencing;
    return n >= CONVENTION_MIN && p->destroyers_dereferencing * 4 >= n * 3;
}

void mc_program_free_destroyers(mc_program *p)
{
    mc_strmap_clear(p->destroyers);
    free(p->destroyers);
    p->destroyers = NULL;
    mc_strmap_clear(p->field_releases);
    free(p->field_releases);
    p->field_releases = NULL;
}

/* ---- fields whose validity another field tracks ---- */

enum { GUARDED = 1, UNGUARDED = 2 };

/* Whether block to is reached from the entry on some path that avoids block
 * cut. seen: f->nblocks bytes of scratch; stack: f->nblocks ints. */
static bool reached_avoiding(const mc_func *f, int cut, int to, uint8_t *seen, int *stack)
{
    if (cut == 0)
        return false;
    memset(seen, 0, (size_t)f->nblocks);
    int top = 0;
    stack[top++] = 0;
    seen[0] = 1;
    while (top) {
        int b = stack[--top];
        if (b == to)
            return true;
        for (int k = 0; k < mc_block_nsucc(&f->blocks[b]); k++) {
            int next = mc_block_succ(&f->blocks[b], k);
            if (next >= 0 && next < f->nblocks && next != cut && !seen[next]) {
                seen[next] = 1;
                stack[top++] = next;
            }
        }
    }
    return false;
}

/* One function's walk over its releases of fields. */
typedef struct release_walk {
    const mc_func *f;
    int *preds;              /* per block, its predecessors (made when first needed) */
    uint8_t *seen;           /* scratch for reached_avoiding */
    int *stack;
    int block;               /* the block being read */
    void (*fn)(const char *field, bool guarded, void *ctx);
    void *ctx;
} release_walk;

/* A field of the object a variable points to: base->field. */
typedef struct var_field {
    int base;
    const char *field;
} var_field;

/* Whether e reads the value of base->other (not its address: `&x->g` passed
 * to a call tests nothing of x->g). */
static bool reads_other_field(const mc_expr *e, const var_field *t)
{
    e = e ? mc_expr_strip(e) : NULL;
    if (!e || (e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR))
        return false;
    if (e->kind == MC_EX_MEMBER && e->arrow && e->name && strcmp(e->name, t->field) != 0 &&
        is_var_ref(e->kids[0], t->base))
        return true;
    for (int i = 0; i < e->nkids; i++)
        if (reads_other_field(e->kids[i], t))
            return true;
    return false;
}

/* Whether the release in block r of base->field happens only on one arm of a
 * test of another field of base: the arm, entered from the test alone, is on
 * every path to r. */
static bool guarded_release(const release_walk *w, int r, int base, const char *field)
{
    const mc_func *f = w->f;
    var_field t = {base, field};
    for (int c = 0; c < f->nblocks; c++) {
        const mc_block *bl = &f->blocks[c];
        if (bl->term != MC_TERM_BRANCH || !reads_other_field(bl->cond, &t))
            continue;
        for (int k = 0; k < 2; k++) {
            int arm = bl->succ[k];
            bool only_from_test = arm >= 0 && arm < f->nblocks && arm != bl->succ[1 - k] && w->preds[arm] == 1;
            if (only_from_test && !reached_avoiding(f, arm, r, w->seen, w->stack))
                return true;
        }
    }
    return false;
}


/* `base->field = v`, or `&base->field` handed on (an out-parameter to fill). */
static bool assigns_field(const mc_expr *e, const void *a_)
{
    const var_field *a = a_;
    bool sets = (e->kind == MC_EX_BINARY && e->op == MC_BIN_ASSIGN) || (e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR);
    const mc_expr *w = sets ? mc_expr_strip(e->kids[0]) : NULL;
    return w && w->kind == MC_EX_MEMBER && w->arrow && w->name && strcmp(w->name, a->field) == 0 &&
           is_var_ref(w->kids[0], a->base);
}

static bool is_pointer_field(const mc_expr *e)
{
    return e->kind == MC_EX_MEMBER && e->arrow && e->name && e->type.kind == MC_TY_PTR;
}

static bool passes_pointer_field(const mc_expr *call)
{
    for (int i = 1; i < call->nkids; i++)
        if (call->kids[i] && is_pointer_field(mc_expr_strip(call->kids[i])))
            return true;
    return false;
}

/* A call releasing base->field (free(), or the argument a destroy-named
 * callee destroys), in a function that does not set that field itself (one
 * that does undoes its own set-up on failure: the case in question). */
static void each_release(const mc_expr *e, void *w_)
{
    release_walk *w = w_;
    for (int i = 0; i < e->nkids; i++)
        if (e->kids[i])
            each_release(e->kids[i], w);
    if (e->kind != MC_EX_CALL || !e->sym || !passes_pointer_field(e))
        return; /* (reading the callee's name costs more than looking at its arguments) */
    int k = mc_destroyed_param(e->sym);
    const mc_expr *arg = k >= 0 && k + 1 < e->nkids ? mc_expr_strip(e->kids[k + 1]) : NULL;
    if (!arg || !is_pointer_field(arg))
        return;
    const mc_expr *base = mc_expr_strip(arg->kids[0]);
    if (base->kind != MC_EX_VAR)
        return;
    if (mc_func_any_root(w->f, assigns_field, &(var_field){base->var, arg->name}))
        return;
    if (!w->preds) {
        w->preds = mc_func_count_preds(w->f);
        w->seen = mc_xmalloc((size_t)w->f->nblocks + 1);
        w->stack = mc_xmalloc(((size_t)w->f->nblocks + 1) * sizeof(int));
    }
    w->fn(arg->name, guarded_release(w, w->block, base->var, arg->name), w->ctx);
}


void mc_unit_field_releases(const mc_program *p, int unit, void (*fn)(const char *field, bool guarded, void *ctx),
                            void *ctx)
{
    for (int i = 0; i < p->funcs.n; i++) {
        const mc_func *f = p->funcs.v[i];
        if (unit >= 0 && f->unit != unit)
            continue;
        release_walk w = {f, NULL, NULL, NULL, 0, fn, ctx}; /* scratch made at the first release */
        for (w.block = 0; w.block < f->nblocks; w.block++)
            for (int k = 0; k < f->blocks[w.block].nstmts; k++)
                if (f->blocks[w.block].stmts[k].e)
                    each_release(f->blocks[w.block].stmts[k].e, &w);
        free(w.preds);
        free(w.seen);
        free(w.stack);
    }
}

void mc_program_note_field_release(mc_program *p, const char *field, bool guarded)
{
    if (!p->field_releases)
        p->field_releases = mc_xcalloc(1, sizeof(mc_strmap));
    uintptr_t was = (uintptr_t)mc_strmap_get(p->field_releases, field);
    uintptr_t now = was | (guarded ? GUARDED : UNGUARDED);
    if (now != was) /* the table keeps the key it is given last */
        mc_strmap_put(p->field_releases, mc_program_keep(p, field), (void *)now);
}

static void note_release(const char *field, bool guarded, void *p)
{
    mc_program_note_field_release(p, field, guarded);
}

bool mc_program_field_tracked(const mc_program *p, const char *field)
{
    return (uintptr_t)mc_strmap_get(p->field_releases, field) == GUARDED;
}

void mc_program_link_field_releases(mc_program *p)
{
    mc_unit_field_releases(p, -1, note_release, p);
}
