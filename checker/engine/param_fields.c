/* param_fields.c - the fields a function writes through its pointer parameters. */
#include <string.h>

#include "internal.h"

/* ---- the fields a function writes through its pointer parameters ---- */

/* The pointer parameter e is, casts aside, or -1. */
static int param_var(const mc_func *f, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (!e || e->kind != MC_EX_VAR || e->var >= f->nvars)
        return -1;
    const mc_var *v = &f->vars[e->var];
    return v->is_param && v->type.kind == MC_TY_PTR ? e->var : -1;
}

static void add_field(mc_fieldset *fs, const char *name)
{
    if (fs->all)
        return;
    if (!name) {
        fs->all = true;
        return;
    }
    for (int k = 0; k < fs->n; k++)
        if (strcmp(fs->names[k], name) == 0)
            return;
    fs->names = mc_xrealloc(fs->names, (size_t)(fs->n + 1) * sizeof *fs->names);
    fs->names[fs->n++] = mc_xstrdup(name);
}

/* The parameter whose own field place w is (p->f, p->f.g, p->arr[k]), with
 * that field; -1 for anything else (p->next->v is another object's). */
int field_of_param(const mc_func *f, const mc_expr *w, const char **field)
{
    for (w = mc_expr_strip(w); w; w = mc_expr_strip(w->kids[0])) {
        if (w->kind == MC_EX_MEMBER && w->arrow) {
            *field = w->name;
            return param_var(f, w->kids[0]);
        }
        bool inside = (w->kind == MC_EX_MEMBER && w->nkids == 1) ||
                      (w->kind == MC_EX_INDEX && w->nkids == 2 && w->kids[0]->type.kind == MC_TY_ARRAY);
        if (!inside)
            return -1;
    }
    return -1;
}

typedef struct fields_scan {
    mc_analysis *an;
    mc_summary *sum;
} fields_scan;

static void all_fields(fields_scan *fs, int p)
{
    if (p >= 0 && p < fs->sum->nparams)
        fs->sum->param_fields[p].all = true;
}

/* p passed to a call: the callee's fields, or all of them where it has none. */
static void fields_of_call_arg(fields_scan *fs, const mc_expr *call, int arg, int p)
{
    const mc_symbol *s = call->sym;
    if (param_is_const_ptr(s, arg))
        return;
    const mc_summary *g = summary_of(fs->an, s);
    if (!g || arg >= g->nparams || g->param_fields[arg].all) {
        all_fields(fs, p);
        return;
    }
    for (int k = 0; k < g->param_fields[arg].n; k++)
        add_field(&fs->sum->param_fields[p], g->param_fields[arg].names[k]);
}

/* Where a parameter can stand without its fields being written behind our back:
 * the base of p->f, a call's argument (looked at on its own), a comparison or
 * a truth test. */
static bool harmless_use(const mc_expr *parent, int kid)
{
    switch (parent->kind) {
    case MC_EX_MEMBER: return parent->arrow && kid == 0;
    case MC_EX_CALL: return kid > 0;
    case MC_EX_UNARY: return parent->op == MC_UN_NOT;
    case MC_EX_BINARY:
        return mc_binop_is_compare((mc_binop)parent->op) || parent->op == MC_BIN_LAND || parent->op == MC_BIN_LOR;
    default: return false;
    }
}

static void scan_fields(fields_scan *fs, const mc_expr *e)
{
    if (!e)
        return;
    const mc_func *f = fs->an->f;
    const mc_expr *w = mc_expr_written(e);
    const char *field = NULL;
    int wp = w ? field_of_param(f, w, &field) : -1;
    if (wp >= 0)
        add_field(&fs->sum->param_fields[wp], field);
    for (int i = 0; i < e->nkids; i++) {
        int p = param_var(f, e->kids[i]);
        int ap = e->kind == MC_EX_CALL && i > 0 && p < 0 && mc_expr_strip(e->kids[i])->type.kind == MC_TY_ARRAY
                     ? field_of_param(f, e->kids[i], &field)
                     : -1;
        if (ap >= 0 && !param_is_const_ptr(e->sym, i - 1))
            add_field(&fs->sum->param_fields[ap], field); /* strcpy(p->name, s) fills the array */
        if (p < 0) {
            scan_fields(fs, e->kids[i]);
            continue;
        }
        if (!harmless_use(e, i))
            all_fields(fs, p);
        else if (e->kind == MC_EX_CALL)
            fields_of_call_arg(fs, e, i - 1, p);
    }
}

/* A parameter stored, returned, copied or reassigned may be written through
 * anywhere: all its fields. */
static void scan_root_fields(fields_scan *fs, const mc_expr *e, bool value_kept)
{
    int p = param_var(fs->an->f, e);
    if (p >= 0 && value_kept)
        all_fields(fs, p);
    else if (p < 0)
        scan_fields(fs, e);
}

void summarize_fields(mc_analysis *an, mc_summary *sum)
{
    const mc_func *f = an->f;
    fields_scan fs = {an, sum};
    for (int i = 0; i < sum->nparams; i++)
        sum->param_fields[i].all = !sum->analysed || i >= 64 || (an->params_assigned >> i & 1);
    for (int b = 0; b < f->nblocks; b++) {
        const mc_block *bl = &f->blocks[b];
        for (int i = 0; i < bl->nstmts; i++)
            if (bl->stmts[i].e)
                scan_root_fields(&fs, bl->stmts[i].e, bl->stmts[i].kind != MC_ST_EXPR);
        if (bl->cond)
            scan_root_fields(&fs, bl->cond, bl->term == MC_TERM_RETURN);
    }
}
