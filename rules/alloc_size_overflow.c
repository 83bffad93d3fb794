/* alloc_size_overflow.c - rule alloc-size-overflow: the size given to an
 * allocator is a multiplication (or shift) that can wrap around in its type and
 * that no guard on the path bounds (SPEC §1.2). Ranges come from the operands'
 * types on the TU's own target and from the comparisons the path went through. */
#include <stdint.h>
#include <stdlib.h>
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

static range operand_range(const mc_event *ev, const mc_expr *e);
static range narrowed(range r, int64_t lo, int64_t hi);
static bool product_within(__int128 x, __int128 y, range lim);

/* (n + 4): the operands' ranges added, when the sum cannot wrap its type. A
 * signed sum never wraps: past its type it is undefined behaviour, no path a
 * program means to take, so `n + 1` with n at least 2 is positive. */
static range sum_range(const mc_event *ev, const mc_expr *sum)
{
    range a = operand_range(ev, sum->kids[0]), b = operand_range(ev, sum->kids[1]);
    range t = type_range(&sum->type);
    range r = sum->op == MC_BIN_ADD ? (range){a.lo + b.lo, a.hi + b.hi} : (range){a.lo - b.hi, a.hi - b.lo};
    if (sum->type.is_signed)
        return narrowed(t, r.lo < t.lo ? t.lo : r.lo, r.hi > t.hi ? t.hi : r.hi);
    return r.lo >= t.lo && r.hi <= t.hi ? r : t;
}

/* (i * 1000): the operands' ranges multiplied, when no corner wraps the type. */
static range product_range(const mc_event *ev, const mc_expr *mul)
{
    range a = operand_range(ev, mul->kids[0]), b = operand_range(ev, mul->kids[1]);
    range t = type_range(&mul->type);
    __int128 xs[2] = {a.lo, a.hi}, ys[2] = {b.lo, b.hi};
    range r = {t.hi, t.lo};
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) {
            if (!product_within(xs[i], ys[j], t))
                return t;
            __int128 c = xs[i] * ys[j];
            r.lo = c < r.lo ? c : r.lo;
            r.hi = c > r.hi ? c : r.hi;
        }
    return r;
}

/* A shift count: below 0 it is undefined, and no path that reaches the
 * allocation takes it there (bits = n < 10 ? n : 10); reaching the width is
 * another matter (1 << 64 is 1 on x86), so a count without an upper bound
 * leaves the empty range. */
static range shift_count(range b, const mc_type *t)
{
    int width = t->bits ? t->bits : 64;
    if (b.hi > width - 1)
        return (range){1, 0};
    return (range){b.lo < 0 ? 0 : b.lo, b.hi};
}

/* (n >> 10), ((size_t)1 << bits): a non-negative value shifted, when the result
 * fits its type. */
static range shift_range(const mc_event *ev, const mc_expr *sh)
{
    range a = operand_range(ev, sh->kids[0]), t = type_range(&sh->type);
    range b = shift_count(operand_range(ev, sh->kids[1]), &sh->type);
    if (a.lo < 0 || b.lo > b.hi)
        return t;
    if (sh->op == MC_BIN_SHR)
        return (range){a.lo >> (int)b.hi, a.hi >> (int)b.lo};
    if (b.hi >= 64 || a.hi > (t.hi >> (int)b.hi))
        return t;
    return (range){a.lo << (int)b.lo, a.hi << (int)b.hi};
}

/* (x & 15), (x % 16): a non-negative constant mask or a positive divisor
 * bounds the result whatever x is: [0, 15] (x % 16 may be negative for a
 * negative signed x). */
static range remainder_range(const mc_expr *e, range t)
{
    const mc_expr *k = mc_expr_strip(e->kids[1]);
    if (e->op == MC_BIN_AND && !k->is_const)
        k = mc_expr_strip(e->kids[0]);
    if (!k->is_const || k->ival < 0 || (e->op == MC_BIN_REM && k->ival == 0))
        return t;
    range r = e->op == MC_BIN_AND ? (range){0, k->ival} : (range){e->type.is_signed ? 1 - k->ival : 0, k->ival - 1};
    return narrowed(t, (int64_t)r.lo, (int64_t)r.hi);
}

/* r cut to [lo, hi], unless they share nothing (then facts disagree: keep r). */
static range narrowed(range r, int64_t lo, int64_t hi)
{
    range n = {lo > r.lo ? lo : r.lo, hi < r.hi ? hi : r.hi};
    return n.lo <= n.hi ? n : r;
}

/* The values an operand can have here: its own type (before any conversion),
 * narrowed by what the path learnt. */
static range operand_range(const mc_event *ev, const mc_expr *e)
{
    const mc_expr *s = mc_expr_strip(e);
    if (s->is_const)
        return (range){s->ival, s->ival};
    if (s->kind == MC_EX_BINARY && (s->op == MC_BIN_ADD || s->op == MC_BIN_SUB) && s->nkids == 2)
        return sum_range(ev, s);
    if (s->kind == MC_EX_BINARY && (s->op == MC_BIN_SHL || s->op == MC_BIN_SHR) && s->nkids == 2)
        return shift_range(ev, s);
    if (s->kind == MC_EX_BINARY && s->op == MC_BIN_MUL && s->nkids == 2)
        return product_range(ev, s);
    if (s->kind == MC_EX_BINARY && (s->op == MC_BIN_AND || s->op == MC_BIN_REM) && s->nkids == 2)
        return remainder_range(s, type_range(&s->type));
    range r = type_range(s->type.kind == MC_TY_INT || s->type.kind == MC_TY_BOOL ? &s->type : &e->type);
    if ((s->kind == MC_EX_VAR && mc_var_is_counter(ev->func, s->var)) || mc_field_is_counter(ev->func, s)) {
        /* a tally of items seen grows by one per item: past billions of them, memory ran out long ago */
        r = narrowed(r, 0, mc_tally_max(&s->type));
    }
    int64_t lo, hi;
    if (mc_event_field_bounds(ev, s, &lo, &hi)) /* what every write of the field stores */
        r = narrowed(r, lo, hi);
    if (mc_state_int_bounds(ev->an, ev->state, s, &lo, &hi))
        r = narrowed(r, lo, hi);
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
        b = shift_count(b, t);
        if (b.lo > b.hi)
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

/* `cap * 2` in 64-bit arithmetic: a capacity grown by a small literal factor
 * wraps only past 2^62 bytes, beyond any allocation that came before it. An
 * element size (sizeof, kept with its text) is no growth factor: counts read
 * from input can be anything. */
static bool growth_factor(const mc_expr *mul)
{
    if (mul->op != MC_BIN_MUL || mul->type.is_signed || mul->type.bits < 64)
        return false;
    for (int i = 0; i < 2; i++) {
        const mc_expr *k = mc_expr_strip(mul->kids[i]), *other = mc_expr_strip(mul->kids[1 - i]);
        if (k->is_const && !k->src_len && (k->ival == 2 || k->ival == 3) && !other->is_const &&
            other->type.bits >= 64 && !other->type.is_signed)
            return true;
    }
    return false;
}

static bool may_be_negative_signed(const mc_expr *e, range r)
{
    const mc_expr *s = mc_expr_strip(e);
    return s->type.kind == MC_TY_INT && s->type.is_signed && r.lo < 0;
}

/* "'count'" or "'w' or 'h'": the operands that are not constants (the caller frees it). */
static char *unbounded(const mc_event *ev, const mc_func *fn, const mc_expr *mul)
{
    const mc_expr *x = mc_expr_strip(mul->kids[0]), *y = mc_expr_strip(mul->kids[1]);
    const char *a = mc_expr_text_in(ev->an, fn, x), *b = mc_expr_text_in(ev->an, fn, y);
    if (x->is_const)
        return mc_xasprintf("'%s'", b);
    if (y->is_const)
        return mc_xasprintf("'%s'", a);
    return mc_xasprintf("'%s' or '%s'", a, b);
}

/* "size_t" for a variable declared so, else "64-bit unsigned" (written in buf). */
static const char *type_words(const mc_func *fn, const mc_expr *e, char buf[static 32])
{
    e = mc_expr_strip(e);
    if (e->kind == MC_EX_VAR && fn->vars[e->var].type.spelling)
        return fn->vars[e->var].type.spelling;
    snprintf(buf, 32, "%u-bit %s", e->type.bits, e->type.is_signed ? "signed" : "unsigned");
    return buf;
}

/* What is wrong with a product, if anything: a negative signed operand (neg), or
 * a result that does not fit its type (wraps). */
typedef struct verdict {
    const mc_expr *neg;
    bool wraps;
} verdict;

/* An operand of a signed product that a guard bounds above (`if (size >
 * INT_MAX / 2) ... else n = size * 2`): its negative values are no size grown
 * past the type, and a size is never negative; only what the guard bounds is
 * judged. */
static range bounded_part(const mc_expr *e, range r)
{
    const mc_expr *s = mc_expr_strip(e);
    if (!s->is_const && r.lo < 0 && r.hi < type_range(&s->type).hi)
        r.lo = 0;
    return r;
}

static verdict judge(const mc_event *ev, const mc_expr *mul, range a, range b)
{
    const mc_type *t = &mul->type;
    verdict v = {NULL, false};
    if (t->is_signed) {
        a = bounded_part(mul->kids[0], a);
        b = bounded_part(mul->kids[1], b);
    } else {
        v.neg = may_be_negative_signed(mul->kids[0], a) ? mul->kids[0]
                : may_be_negative_signed(mul->kids[1], b) ? mul->kids[1] : NULL;
    }
    v.wraps = !v.neg && !fits(ev, mul, a, b, t);
    return v;
}

/* Where the finding is made: here (direct) or at a call that passes the value (deferred). */
typedef struct site {
    const mc_deferred *d;     /* NULL when direct */
    const char *allocator;
    mc_loc loc;
    bool is_realloc;
} site;

/* The second factor of a product as calloc() would take it: `n << 3` is n
 * times 8, `n << k` n times `(size_t)1 << k`. */
static char *factor_text(const mc_event *ev, const mc_func *in, const mc_expr *mul)
{
    const mc_expr *k = mc_expr_strip(mul->kids[1]);
    const char *text = mc_expr_text_in(ev->an, in, k);
    if (mul->op != MC_BIN_SHL)
        return mc_xstrdup(text);
    if (k->is_const && k->ival >= 0 && k->ival < 63)
        return mc_xasprintf("%lld", 1LL << k->ival);
    return mc_xasprintf("(size_t)1 << (%s)", text);
}

static void report(const mc_event *ev, const site *at, const mc_expr *mul, bool split, verdict v)
{
    const char *fn = at->allocator ? at->allocator : "the allocator";
    const mc_func *in = at->d ? at->d->func : ev->func;
    const char *text = mc_expr_text_in(ev->an, in, mul);
    const char *a = mc_expr_text_in(ev->an, in, mc_expr_strip(mul->kids[0]));
    char *b = factor_text(ev, in, mul);
    char *msg, words[32];
    if (v.neg) {
        msg = mc_xasprintf("size of %s() computed as '%s': '%s' (%s) may be negative and converts to a huge size",
                           fn, text, mc_expr_text_in(ev->an, in, mc_expr_strip(v.neg)), type_words(in, v.neg, words));
    } else {
        char *operands = unbounded(ev, in, mul);
        msg = mc_xasprintf("size of %s() computed as '%s' can wrap around in %s arithmetic; no check bounds %s",
                           fn, text, type_words(in, mul, words), operands);
        free(operands);
    }
    mc_finding *f = at->d ? mc_report_deferred(ev, at->d, "%s", msg) : mc_report(ev, "alloc-size-overflow", at->loc, "%s", msg);
    free(msg);
    if (at->d) /* the call comes first on the path, then the callee computes the size */
        mc_report_note(f, ev->loc, "%s() passes '%s' here", ev->func->name,
                       mc_expr_text(ev->an, ev->expr->kids[at->d->param + 1]));
    if (split)
        mc_report_note(f, mul->loc, "the size is computed here");
    if (at->is_realloc)
        mc_fixit(f, "use reallocarray(ptr, %s, %s), which fails instead of wrapping", a, b);
    else
        mc_fixit(f, "use calloc(%s, %s) or reallocarray(NULL, %s, %s), which fail instead of wrapping", a, b, a, b);
    free(b);
}

/* A product of a parameter and a constant in a function whose callers are all
 * known is judged at each call, from the value passed there. */
static bool defer(const mc_event *ev, const mc_expr *mul, verdict v, bool split)
{
    const mc_expr *x = mc_expr_strip(mul->kids[0]), *y = mc_expr_strip(mul->kids[1]);
    const mc_expr *var = x->is_const ? y : y->is_const ? x : NULL;
    int param = var ? mc_deferrable_param(ev->an, var) : -1;
    if (param < 0 || (v.neg && mc_expr_strip(v.neg) != var))
        return false;
    mc_deferred d = {.param = param, .loc = ev->loc, .expr = mul, .at = ev->expr};
    d.data = (split ? 1 : 0) | (ev->model && (ev->model->roles & MC_ROLE_REALLOC) ? 2 : 0);
    d.bounded = mc_state_int_bounds(ev->an, ev->state, var, &d.lo, &d.hi);
    mc_defer(ev, &d);
    return true;
}

/* The range argument i gives a parameter of type t: what the caller knows of
 * it when that fits t, else all of t (the conversion may wrap). */
static range argument_range(const mc_event *ev, int i, const mc_type *t, const mc_deferred *d)
{
    range r = type_range(t);
    int64_t lo, hi;
    if (mc_event_arg_bounds(ev, i, &lo, &hi) && lo >= r.lo && hi <= r.hi)
        r = (range){lo, hi};
    if (d->bounded) {
        r.lo = d->lo > r.lo ? d->lo : r.lo;
        r.hi = d->hi < r.hi ? d->hi : r.hi;
    }
    return r;
}

/* At a call of a function that left products to its callers. */
static void judge_deferred(const mc_event *ev)
{
    const mc_deferred *d;
    for (int i = 0; (d = mc_next_deferred(ev, &i));) {
        if (d->param + 1 >= ev->expr->nkids || !d->expr)
            continue; /* (a verdict read from a summaries file has no expression) */
        const mc_expr *mul = d->expr;
        const mc_expr *x = mc_expr_strip(mul->kids[0]), *y = mc_expr_strip(mul->kids[1]);
        range a = x->is_const ? (range){x->ival, x->ival} : argument_range(ev, d->param, &x->type, d);
        range b = y->is_const ? (range){y->ival, y->ival} : argument_range(ev, d->param, &y->type, d);
        verdict v = judge(ev, mul, a, b);
        site at = {d, d->at->name, d->loc, (d->data & 2) != 0};
        if (v.neg || v.wraps)
            report(ev, &at, mul, (d->data & 1) != 0, v);
    }
}

/* The argument that is the size of the block a call allocates, 0 for none: a
 * model's, or the one `__attribute__((alloc_size(i)))` names on a function the
 * models do not know. A size the allocator multiplies itself (calloc,
 * alloc_size(i, j)) is its own to check. */
static int size_arg(const mc_event *ev)
{
    const mc_fnmodel *m = ev->model;
    if (m)
        return (m->roles & (MC_ROLE_ALLOC | MC_ROLE_REALLOC)) && !m->size_checked && !m->size_args[1]
                   ? m->size_args[0]
                   : 0;
    const mc_symbol *s = ev->expr->sym;
    return s && !s->attr_alloc_size[1] ? s->attr_alloc_size[0] : 0;
}

static void on_event(const mc_event *ev)
{
    if (ev->kind != MC_EV_CALL)
        return;
    judge_deferred(ev);
    const mc_fnmodel *m = ev->model;
    int k = size_arg(ev);
    if (k <= 0 || k >= ev->expr->nkids)
        return;
    const mc_expr *size = ev->expr->kids[k];
    if (mc_state_product_guarded(ev->an, ev->state, size, size))
        return;
    bool split = false;
    const mc_expr *mul = find_product(ev, size, &split);
    if (!mul || mul->nkids != 2)
        return;
    const mc_expr *x = mul->kids[0], *y = mul->kids[1];
    if (mc_state_product_guarded(ev->an, ev->state, x, y) || growth_factor(mul))
        return;
    verdict v = judge(ev, mul, operand_range(ev, x), operand_range(ev, y));
    if ((!v.neg && !v.wraps) || defer(ev, mul, v, split))
        return;
    site at = {NULL, ev->callee, ev->loc, m && (m->roles & MC_ROLE_REALLOC)};
    report(ev, &at, mul, split, v);
}

const mc_rule mc_rule_alloc_size_overflow = {
    .id = "alloc-size-overflow",
    .summary = "an allocation size computed with a multiplication that can wrap and is not guarded",
    .cwe = "190,680,131",
    .severity = MC_SEV_WARNING,
    .on_event = on_event,
};
