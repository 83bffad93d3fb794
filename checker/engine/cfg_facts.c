/* cfg_facts.c - facts of the CFG that read no state: dominators, liveness, guards, loops. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- sets of variables, successors and predecessors ---- */

void set_bit(uint64_t *set, int i) { set[i / 64] |= 1ULL << (i % 64); }
bool has_bit(const uint64_t *set, int i) { return (set[i / 64] >> (i % 64)) & 1; }

/* 64-bit words of a set of f's variables. */
int var_words(const mc_func *f) { return (f->nvars + 63) / 64 + 1; }

/* The variables e assigns in set and, when pointees is not NULL, those whose
 * pointee it assigns (*out = x, out[0] = x). */
void note_assigned(const mc_expr *e, uint64_t *set, uint64_t *pointees)
{
    if (!e)
        return;
    const mc_expr *k = mc_expr_written(e);
    if (k && k->kind == MC_EX_VAR && k->var >= 0)
        set_bit(set, k->var);
    const mc_expr *base = k && ((k->kind == MC_EX_UNARY && k->op == MC_UN_DEREF) || k->kind == MC_EX_INDEX)
                              ? mc_expr_strip(k->kids[0]) : NULL;
    if (pointees && base && base->kind == MC_EX_VAR && base->var >= 0)
        set_bit(pointees, base->var);
    for (int i = 0; i < e->nkids; i++)
        note_assigned(e->kids[i], set, pointees);
}

/* ---- dominance: the blocks every path to the exit runs ---- */

static int dom_intersect(const int *idom, const int *po, int a, int b)
{
    while (a != b) {
        while (po[a] < po[b])
            a = idom[a];
        while (po[b] < po[a])
            b = idom[b];
    }
    return a;
}

/* Postorder numbers (po[b], -1 when unreachable) and blocks in reverse postorder. */
static int number_blocks(const mc_func *f, int *po, int *rpo)
{
    int n = f->nblocks, count = 0, top = 0;
    int *stack = mc_xmalloc((size_t)(n + 1) * sizeof *stack), *next = mc_xcalloc((size_t)n + 1, sizeof *next);
    for (int b = 0; b < n; b++)
        po[b] = -2; /* unseen */
    stack[top++] = 0;
    po[0] = -1;
    while (top) {
        int b = stack[top - 1];
        if (next[b] < mc_block_nsucc(&f->blocks[b])) {
            int s = mc_block_succ(&f->blocks[b], next[b]++);
            if (s >= 0 && po[s] == -2) {
                po[s] = -1;
                stack[top++] = s;
            }
            continue;
        }
        po[b] = count++;
        top--;
    }
    for (int b = 0; b < n; b++) {
        if (po[b] == -2)
            po[b] = -1;
        if (po[b] >= 0)
            rpo[count - 1 - po[b]] = b;
    }
    free(stack);
    free(next);
    return count;
}

/* Each block's place in reverse postorder (n for unreachable ones): walked in
 * this order, the states of a join block's predecessors arrive before it is
 * walked, but for those coming round a loop. */
int *reverse_postorder_numbers(const mc_func *f)
{
    int n = f->nblocks;
    int *po = mc_xmalloc((size_t)n * sizeof *po + 1), *rpo = mc_xmalloc((size_t)n * sizeof *rpo + 1);
    int count = number_blocks(f, po, rpo);
    for (int b = 0; b < n; b++)
        po[b] = po[b] >= 0 ? count - 1 - po[b] : n;
    free(rpo);
    return po;
}

/* The blocks that dominate every return: what happens there happens on every
 * path that returns (Cooper, Harvey and Kennedy's iteration). */
bool *blocks_on_every_path(const mc_func *f)
{
    int n = f->nblocks;
    bool *every = mc_xcalloc((size_t)n + 1, 1);
    if (n == 0)
        return every;
    int *po = mc_xmalloc((size_t)n * sizeof *po), *rpo = mc_xmalloc((size_t)n * sizeof *rpo);
    int *idom = mc_xmalloc((size_t)n * sizeof *idom);
    int count = number_blocks(f, po, rpo);
    /* predecessors, as blocks keep only their successors: first[b]..first[b+1] in pred */
    int *npreds = mc_func_count_preds(f), *first = mc_xcalloc((size_t)n + 2, sizeof *first);
    npreds[0]--; /* the entry is no edge */
    for (int b = 0; b < n; b++)
        first[b + 1] = first[b] + npreds[b];
    free(npreds);
    int *pred = mc_xmalloc((size_t)(first[n] + 1) * sizeof *pred), *fill = mc_xmalloc((size_t)(n + 1) * sizeof *fill);
    memcpy(fill, first, (size_t)n * sizeof *fill);
    for (int p = 0; p < n; p++)
        for (int i = 0; i < mc_block_nsucc(&f->blocks[p]); i++)
            if (mc_block_succ(&f->blocks[p], i) >= 0)
                pred[fill[mc_block_succ(&f->blocks[p], i)]++] = p;
    for (int b = 0; b < n; b++)
        idom[b] = -1;
    idom[0] = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (int k = 1; k < count; k++) {
            int b = rpo[k], nd = -1;
            for (int e = first[b]; e < first[b + 1]; e++)
                if (idom[pred[e]] >= 0)
                    nd = nd < 0 ? pred[e] : dom_intersect(idom, po, pred[e], nd);
            if (nd >= 0 && idom[b] != nd) {
                idom[b] = nd;
                changed = true;
            }
        }
    }
    int exit_dom = -1;
    for (int b = 0; b < n; b++)
        if (po[b] >= 0 && f->blocks[b].term == MC_TERM_RETURN)
            exit_dom = exit_dom < 0 ? b : dom_intersect(idom, po, b, exit_dom);
    for (int b = exit_dom; b >= 0; b = b == 0 ? -1 : idom[b])
        every[b] = true;
    free(po);
    free(rpo);
    free(idom);
    free(first);
    free(pred);
    free(fill);
    return every;
}

/* ---- liveness: what a dead variable held cannot tell paths apart ---- */

/* Reads of variables in e, in evaluation order: a read counts only before the
 * block assigns the variable; a plain assignment kills. */
static void gen_kill(const mc_expr *e, uint64_t *gen, uint64_t *kill)
{
    if (!e)
        return;
    if (e->kind == MC_EX_BINARY && e->op == MC_BIN_ASSIGN && mc_expr_strip(e->kids[0])->kind == MC_EX_VAR) {
        gen_kill(e->kids[1], gen, kill);
        set_bit(kill, mc_expr_strip(e->kids[0])->var);
        return;
    }
    if (e->kind == MC_EX_VAR && !has_bit(kill, e->var))
        set_bit(gen, e->var);
    for (int i = 0; i < e->nkids; i++)
        gen_kill(e->kids[i], gen, kill);
}

static void pin_vars(const mc_expr *e, void *ctx)
{
    uint64_t *pinned = ctx;
    if (!e)
        return;
    if (e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR && mc_expr_strip(e->kids[0])->kind == MC_EX_VAR)
        set_bit(pinned, mc_expr_strip(e->kids[0])->var);
    for (int i = 0; i < e->nkids; i++)
        pin_vars(e->kids[i], pinned);
}

/* Parameters (summaries read them at exit), statics, cleanup variables,
 * aggregates and anything whose address is taken are always live. */
static void find_pinned(const mc_func *f, uint64_t *pinned)
{
    for (int v = 0; v < f->nvars; v++) {
        const mc_var *var = &f->vars[v];
        if (var->is_param || var->is_static || var->cleanup || var->type.kind == MC_TY_ARRAY ||
            var->type.kind == MC_TY_RECORD)
            set_bit(pinned, v);
    }
    mc_func_each_root(f, pin_vars, pinned);
}

/* The integer (into ints, unless NULL) and the pointer variables e reads, but
 * not inside calls. */
static void vars_read(const mc_func *f, const mc_expr *e, uint64_t *ints, bool *pointer)
{
    if (!e)
        return;
    if (e->kind == MC_EX_VAR && e->var >= 0 && e->var < f->nvars) {
        const mc_type *t = &f->vars[e->var].type;
        if (t->kind == MC_TY_PTR)
            *pointer = true;
        else if (ints && (t->kind == MC_TY_INT || t->kind == MC_TY_BOOL))
            set_bit(ints, e->var);
    }
    for (int i = e->kind == MC_EX_CALL ? 1 : 0; i < e->nkids; i++)
        vars_read(f, e->kids[i], ints, pointer);
}

/* Does block b test a pointer, or pass one to a call, before anything else? */
static bool touches_pointer(const mc_func *f, int b)
{
    if (b < 0 || b >= f->nblocks)
        return false;
    const mc_block *bl = &f->blocks[b];
    bool pointer = false;
    if (bl->nstmts)
        vars_read(f, bl->stmts[0].e, NULL, &pointer);
    else if (bl->term == MC_TERM_BRANCH)
        vars_read(f, bl->cond, NULL, &pointer);
    return pointer;
}

/* Flags tested next to a pointer: `if (!use_stdin && file) fclose(file);`,
 * `if (need_free) free(p);`. They say which paths hold what, so widening must
 * not forget them. */
static void find_guards(const mc_func *f, uint64_t *guards)
{
    int W = var_words(f);
    uint64_t *ints = mc_xcalloc((size_t)W, sizeof *ints);
    for (int b = 0; b < f->nblocks; b++) {
        const mc_block *bl = &f->blocks[b];
        if (bl->term != MC_TERM_BRANCH)
            continue;
        bool pointer = false;
        memset(ints, 0, (size_t)W * sizeof *ints);
        vars_read(f, bl->cond, ints, &pointer);
        if (!pointer && !touches_pointer(f, bl->succ[0]) && !touches_pointer(f, bl->succ[1]))
            continue;
        for (int i = 0; i < W; i++)
            guards[i] |= ints[i];
    }
    free(ints);
}

void compute_liveness(const mc_func *f, walk *w)
{
    int W = w->words = var_words(f);
    size_t nb = (size_t)f->nblocks + 1;
    uint64_t *gen = mc_xcalloc(nb * (size_t)W, sizeof *gen), *kill = mc_xcalloc(nb * (size_t)W, sizeof *kill);
    w->live = mc_xcalloc(nb * (size_t)W, sizeof *w->live);
    w->pinned = mc_xcalloc((size_t)W, sizeof *w->pinned);
    find_pinned(f, w->pinned);
    w->guards = mc_xcalloc((size_t)W, sizeof *w->guards);
    find_guards(f, w->guards);
    for (int b = 0; b < f->nblocks; b++) {
        const mc_block *bl = &f->blocks[b];
        uint64_t *g = gen + (size_t)b * W, *k = kill + (size_t)b * W;
        for (int i = 0; i < bl->nstmts; i++) {
            gen_kill(bl->stmts[i].e, g, k);
            if (bl->stmts[i].kind == MC_ST_DECL && bl->stmts[i].var >= 0)
                set_bit(k, bl->stmts[i].var);
        }
        gen_kill(bl->cond, g, k);
    }
    uint64_t *out = mc_xmalloc((size_t)W * sizeof *out);
    for (bool changed = true; changed;) {
        changed = false;
        for (int b = f->nblocks - 1; b >= 0; b--) {
            const mc_block *bl = &f->blocks[b];
            memset(out, 0, (size_t)W * sizeof *out);
            for (int k = 0; k < mc_block_nsucc(bl); k++)
                for (int j = 0, s = mc_block_succ(bl, k); s >= 0 && j < W; j++)
                    out[j] |= w->live[(size_t)s * W + j];
            uint64_t *in = w->live + (size_t)b * W;
            for (int j = 0; j < W; j++) {
                uint64_t now = gen[(size_t)b * W + j] | (out[j] & ~kill[(size_t)b * W + j]);
                changed |= now != in[j];
                in[j] = now;
            }
        }
    }
    free(out);
    free(gen);
    free(kill);
}

/* ---- loops: what they write, their counters and bounds ---- */

/* The local variables a loop declares, assigns, counts or takes the address of,
 * ending in -1. */
int *loop_written_vars(const mc_func *f, int head)
{
    const mc_block *h = &f->blocks[head];
    uint64_t *set = mc_xcalloc((size_t)var_words(f), sizeof *set);
    for (int b = head; b < h->loop_end && b < f->nblocks; b++) {
        const mc_block *bl = &f->blocks[b];
        if (b == h->loop_exit)
            continue;
        for (int i = 0; i < bl->nstmts; i++) {
            if (bl->stmts[i].kind == MC_ST_DECL && bl->stmts[i].var >= 0)
                set_bit(set, bl->stmts[i].var);
            note_assigned(bl->stmts[i].e, set, NULL);
        }
        note_assigned(bl->cond, set, NULL);
    }
    MC_VEC(int) out = {0};
    for (int v = 0; v < f->nvars; v++)
        if (has_bit(set, v))
            MC_VEC_PUSH(out, v);
    MC_VEC_PUSH(out, -1);
    free(set);
    return out.v;
}

static bool is_var(const mc_expr *e, const void *var)
{
    return e->kind == MC_EX_VAR && e->var == *(const int *)var;
}

bool reads_var(const mc_expr *e, int var)
{
    return mc_expr_any(e, is_var, &var);
}

/* An assignment to var in e other than a step up by one (i++, ++i, i += 1), or
 * its address taken (a callee may write it). */
static bool steps_otherwise(const mc_expr *e, const void *var)
{
    if (e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR && is_var(mc_expr_strip(e->kids[0]), var))
        return true;
    const mc_expr *k = mc_expr_written(e);
    if (!k || k->kind != MC_EX_VAR || k->var != *(const int *)var)
        return false;
    if (e->kind == MC_EX_UNARY)
        return e->op != MC_UN_PREINC && e->op != MC_UN_POSTINC;
    const mc_expr *by = e->nkids == 2 ? mc_expr_strip(e->kids[1]) : NULL;
    return !(e->kind == MC_EX_BINARY && e->op == MC_BIN_ADD_ASSIGN && by && by->kind == MC_EX_INT && by->ival == 1);
}

/* A write in e to the place bound names (a variable, or a field of that name). */
static bool writes_bound(const mc_expr *e, const void *bound)
{
    const mc_expr *k = mc_expr_written(e), *x = bound;
    if (!k)
        return false;
    if (x->kind == MC_EX_VAR)
        return k->kind == MC_EX_VAR && k->var == x->var;
    return k->kind == MC_EX_MEMBER && strcmp(k->name, x->name) == 0;
}

/* Whether an expression of the loop at head has pred. */
static bool loop_has(const mc_func *f, int head, bool (*pred)(const mc_expr *, const void *), const void *ctx)
{
    const mc_block *h = &f->blocks[head];
    for (int b = head; b < h->loop_end && b < f->nblocks; b++) {
        const mc_block *bl = &f->blocks[b];
        if (b == h->loop_exit)
            continue;
        for (int i = 0; i < bl->nstmts; i++)
            if (mc_expr_any(bl->stmts[i].e, pred, ctx))
                return true;
        if (mc_expr_any(bl->cond, pred, ctx))
            return true;
    }
    return false;
}

/* Is b a bound the loop at head keeps: a constant, or a variable or a field
 * (s->count, s.a.count) the loop does not write? */
static bool loop_keeps(const mc_func *f, int head, const mc_expr *b)
{
    if (b->is_const)
        return true;
    if (b->kind != MC_EX_VAR && b->kind != MC_EX_MEMBER)
        return false;
    const mc_expr *base = b;
    while (base->kind == MC_EX_MEMBER)
        base = mc_expr_strip(base->kids[0]);
    return base->kind == MC_EX_VAR && !loop_has(f, head, writes_bound, b) &&
           (base == b || !loop_has(f, head, writes_bound, base));
}

/* The limit counter var of the loop at head counts up to, for widening: its
 * condition is `var < lim`, `var <= lim` or `var != lim` (or turned round),
 * lim a bound the loop keeps (loop_keeps), and the loop steps var only up, one
 * at a time. Then where var starts no higher, it is at most lim + *extra at the
 * head (*extra is 1 for <=). NULL when not. */
const mc_expr *counter_limit(const mc_func *f, int head, int var, int *extra)
{
    const mc_expr *c = mc_expr_strip(f->blocks[head].cond);
    if (!c || c->kind != MC_EX_BINARY || c->nkids != 2)
        return NULL;
    const mc_expr *a = mc_expr_strip(c->kids[0]), *b = mc_expr_strip(c->kids[1]);
    int op = c->op;
    if (!is_var(a, &var)) { /* lim > var: var < lim */
        const mc_expr *t = a;
        a = b;
        b = t;
        op = op == MC_BIN_GT ? MC_BIN_LT : op == MC_BIN_GE ? MC_BIN_LE : op == MC_BIN_NE ? MC_BIN_NE : -1;
    }
    if (!is_var(a, &var) || (op != MC_BIN_LT && op != MC_BIN_LE && op != MC_BIN_NE) ||
        b->type.kind != MC_TY_INT || reads_var(b, var) || !loop_keeps(f, head, b) ||
        loop_has(f, head, steps_otherwise, &var))
        return NULL;
    *extra = op == MC_BIN_LE;
    return b;
}

/* The bound of a counting loop, `for (...; i < n; i++)` (n a variable or a
 * field the loop does not write), or NULL; *var is the counter. */
const mc_expr *counter_bound(const mc_func *f, int head, int *var)
{
    const mc_expr *c = mc_expr_strip(f->blocks[head].cond);
    if (!c || c->kind != MC_EX_BINARY || c->nkids != 2 || (c->op != MC_BIN_LT && c->op != MC_BIN_NE))
        return NULL;
    const mc_expr *i = mc_expr_strip(c->kids[0]), *n = mc_expr_strip(c->kids[1]);
    if (i->kind != MC_EX_VAR || i->var < 0 || i->type.kind != MC_TY_INT || n->type.kind != MC_TY_INT ||
        (n->kind != MC_EX_VAR && n->kind != MC_EX_MEMBER) || reads_var(n, i->var))
        return NULL;
    *var = i->var;
    if (loop_has(f, head, steps_otherwise, var))
        return NULL;
    const mc_expr *base = n; /* s of s->count, s.a.count */
    while (base->kind == MC_EX_MEMBER)
        base = mc_expr_strip(base->kids[0]);
    if (base->kind != MC_EX_VAR || loop_has(f, head, writes_bound, n) ||
        (base != n && loop_has(f, head, writes_bound, base)))
        return NULL;
    return n;
}
