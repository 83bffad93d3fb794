/* conventions.c - what the program's own destroyers do with NULL: whether each
 * destroy-named function tests its argument for NULL before it dereferences it
 * (`if (!p) return;`) or dereferences it first, voted over the database. Where
 * at least ten voted and three in four of them dereference first, the project's destroyers take a
 * live object by convention, and an exported one owes NULL safety only where a
 * caller can bring NULL (rules/destroy_naming.c). */
#include "ir.h"
#include "naming.h"

#include <stdlib.h>
#include <string.h>

/* Fewer destroyers than this make no convention. */
#define CONVENTION_MIN 10

enum { NOT_YET, TESTS_FIRST, DEREFS_FIRST };

static bool is_param(const mc_expr *e, int var)
{
    e = e ? mc_expr_strip(e) : NULL;
    return e && e->kind == MC_EX_VAR && e->var == var;
}

static bool is_null(const mc_expr *e)
{
    e = mc_expr_strip(e);
    return e->kind == MC_EX_NULL || (e->is_const && e->ival == 0);
}

/* `!p`, `p == NULL`, `p != NULL`; a bare `p` where a truth value is read. */
static bool tests_null(const mc_expr *e, int var, bool truth)
{
    if (truth && is_param(e, var))
        return true;
    if (e->kind == MC_EX_UNARY && e->op == MC_UN_NOT)
        return is_param(e->kids[0], var);
    if (e->kind == MC_EX_BINARY && (e->op == MC_BIN_EQ || e->op == MC_BIN_NE))
        return (is_param(e->kids[0], var) && is_null(e->kids[1])) ||
               (is_param(e->kids[1], var) && is_null(e->kids[0]));
    return false;
}

static bool derefs(const mc_expr *e, int var)
{
    return (e->kind == MC_EX_MEMBER && e->arrow && is_param(e->kids[0], var)) ||
           (e->kind == MC_EX_UNARY && e->op == MC_UN_DEREF && is_param(e->kids[0], var)) ||
           (e->kind == MC_EX_INDEX && is_param(e->kids[0], var));
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
}
