/* alloc_size_overflow.c - rule alloc-size-overflow: the size given to an
 * allocator is a multiplication (or shift) that can wrap around in its type and
 * that no guard on the path bounds (SPEC §1.2). Ranges come from the operands'
 * types on the TU's own target and from the comparisons the path went through. */
#include <stdio.h>
#include <string.h>

#include "rule.h"

typedef struct range {
    __int128 lo, hi;
} range;

static range type_range(const mc_type *t)
{
    range r = {0, 0};
    int bits = t->bits ? t->bits : 64;
    if (t->kind == MC_TY_BOOL)
        return (range){0, 1};
    if (t->is_signed) {
        r.hi = ((__int128)1 << (bits - 1)) - 1;
        r.lo = -r.hi - 1;
    } else {
        r.hi = ((__int128)1 << bits) - 1;
    }
    return r;
}

/* The values an operand can have here: its own type (before any conversion),
 * narrowed by what the path learnt. */
static range operand_range(const mc_event *ev, const mc_expr *e)
{
    const mc_expr *s = mc_expr_strip(e);
    if (s->is_const)
        return (range){s->ival, s->ival};
    range r = type_range(s->type.kind == MC_TY_INT || s->type.kind == MC_TY_BOOL ? &s->type : &e->type);
    int64_t lo, hi;
    if (mc_state_int_bounds(ev->an, ev->state, s, &lo, &hi)) {
        if (lo > r.lo)
            r.lo = lo;
        if (hi < r.hi)
            r.hi = hi;
    }
    return r;
}

/* The multiplication inside a size expression: the size itself, a term of a sum,
 * or what computed the variable passed as the size. */
static const mc_expr *find_product(const mc_event *ev, const mc_expr *e, bool *split)
{
    e = mc_expr_strip(e);
    if (!e)
        return NULL;
    if (e->kind == MC_EX_BINARY && (e->op == MC_BIN_MUL || e->op == MC_BIN_SHL || e->op == MC_BIN_MUL_ASSIGN))
        return e->is_const ? NULL : e;
    if (e->kind == MC_EX_BINARY && (e->op == MC_BIN_ADD || e->op == MC_BIN_SUB)) {
        const mc_expr *p = find_product(ev, e->kids[0], split);
        return p ? p : find_product(ev, e->kids[1], split);
    }
    if (e->kind == MC_EX_VAR && !*split) {
        const mc_expr *def = mc_state_value_def(ev->an, ev->state, e);
        *split = true;
        return def && def != e ? find_product(ev, def, split) : NULL;
    }
    return NULL;
}

/* Is x * y inside lim? Decided by division, so the product itself never
 * overflows the 128-bit arithmetic. */
static bool product_within(__int128 x, __int128 y, range lim)
{
    if (x == 0 || y == 0)
        return lim.lo <= 0 && 0 <= lim.hi;
    bool negative = (x < 0) != (y < 0);
    unsigned __int128 ux = x < 0 ? -(unsigned __int128)x : (unsigned __int128)x;
    unsigned __int128 uy = y < 0 ? -(unsigned __int128)y : (unsigned __int128)y;
    unsigned __int128 bound = negative ? -(unsigned __int128)lim.lo : (unsigned __int128)lim.hi;
    if (negative && lim.lo >= 0)
        return false;
    return ux <= bound / uy;
}

static bool fits(const mc_event *ev, const mc_expr *mul, range a, range b, const mc_type *t)
{
    range lim = type_range(t);
    if (mul->op == MC_BIN_SHL) {
        if (b.lo < 0 || b.hi >= (t->bits ? t->bits : 64))
            return false;
        b.lo = (__int128)1 << (int)b.lo;
        b.hi = (__int128)1 << (int)b.hi;
    }
    __int128 xs[2] = {a.lo, a.hi}, ys[2] = {b.lo, b.hi};
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++)
            if (!product_within(xs[i], ys[j], lim))
                return false;
    return true;
}

static bool may_be_negative_signed(const mc_expr *e, range r)
{
    const mc_expr *s = mc_expr_strip(e);
    return s->type.kind == MC_TY_INT && s->type.is_signed && r.lo < 0;
}

/* "'count'" or "'w' or 'h'": the operands that are not constants. */
static const char *unbounded(const mc_event *ev, const mc_expr *mul)
{
    const mc_expr *x = mc_expr_strip(mul->kids[0]), *y = mc_expr_strip(mul->kids[1]);
    const char *a = mc_expr_text(ev->an, x), *b = mc_expr_text(ev->an, y);
    static _Thread_local char buf[256];
    if (x->is_const)
        snprintf(buf, sizeof buf, "'%s'", b);
    else if (y->is_const)
        snprintf(buf, sizeof buf, "'%s'", a);
    else
        snprintf(buf, sizeof buf, "'%s' or '%s'", a, b);
    return buf;
}

/* "size_t" for a variable declared so, else "64-bit unsigned". */
static const char *type_words(const mc_event *ev, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (e->kind == MC_EX_VAR && ev->func->vars[e->var].type.spelling)
        return ev->func->vars[e->var].type.spelling;
    static _Thread_local char buf[32];
    snprintf(buf, sizeof buf, "%u-bit %s", e->type.bits, e->type.is_signed ? "signed" : "unsigned");
    return buf;
}

static void report(const mc_event *ev, const mc_expr *mul, bool split, const mc_expr *neg)
{
    const char *fn = ev->callee ? ev->callee : "the allocator";
    const char *text = mc_expr_text(ev->an, mul);
    const char *a = mc_expr_text(ev->an, mc_expr_strip(mul->kids[0]));
    const char *b = mc_expr_text(ev->an, mc_expr_strip(mul->kids[1]));
    mc_finding *f;
    if (neg)
        f = mc_report(ev, "alloc-size-overflow", ev->loc,
                      "size of %s() computed as '%s': '%s' (%s) may be negative and converts to a huge size",
                      fn, text, mc_expr_text(ev->an, mc_expr_strip(neg)), type_words(ev, neg));
    else
        f = mc_report(ev, "alloc-size-overflow", ev->loc,
                      "size of %s() computed as '%s' can wrap around in %s arithmetic; no check bounds %s",
                      fn, text, type_words(ev, mul), unbounded(ev, mul));
    if (split)
        mc_report_note(f, mul->loc, "the size is computed here");
    bool is_realloc = ev->model && (ev->model->roles & MC_ROLE_REALLOC);
    if (is_realloc)
        mc_fixit(f, "use reallocarray(ptr, %s, %s), which fails instead of wrapping", a, b);
    else
        mc_fixit(f, "use calloc(%s, %s) or reallocarray(NULL, %s, %s), which fail instead of wrapping", a, b, a, b);
}

static void on_event(const mc_event *ev)
{
    const mc_fnmodel *m = ev->model;
    if (ev->kind != MC_EV_CALL || !m || !(m->roles & (MC_ROLE_ALLOC | MC_ROLE_REALLOC)) || m->size_checked)
        return;
    int k = m->size_args[0];
    if (k <= 0 || k >= ev->expr->nkids || m->size_args[1])
        return;
    const mc_expr *size = ev->expr->kids[k];
    if (mc_state_product_guarded(ev->an, ev->state, size, size))
        return;
    bool split = false;
    const mc_expr *mul = find_product(ev, size, &split);
    if (!mul || mul->nkids != 2)
        return;
    const mc_expr *x = mul->kids[0], *y = mul->kids[1];
    if (mc_state_product_guarded(ev->an, ev->state, x, y))
        return;
    range a = operand_range(ev, x), b = operand_range(ev, y);
    const mc_type *t = &mul->type;
    const mc_expr *neg = NULL;
    if (!t->is_signed)
        neg = may_be_negative_signed(x, a) ? x : may_be_negative_signed(y, b) ? y : NULL;
    if (neg) {
        report(ev, mul, split, neg);
        return;
    }
    if (!fits(ev, mul, a, b, t))
        report(ev, mul, split, NULL);
}

const mc_rule mc_rule_alloc_size_overflow = {
    .id = "alloc-size-overflow",
    .summary = "an allocation size computed with a multiplication that can wrap and is not guarded",
    .cwe = "190,680,131",
    .severity = MC_SEV_WARNING,
    .on_event = on_event,
};
