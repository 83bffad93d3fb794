/* field_facts.c - what the whole program stores in its integer fields: the
 * range of every write (`h->log = (b & 15) + 11`, `n->count++`), joined over
 * all of them, bounds the field wherever a function reads it. */
#include "ir.h"

#include <stdlib.h>
#include <string.h>

/* Bounds of sums of counts: no more than this, whatever the type. */
#define COUNT_MAX ((int64_t)UINT32_MAX)

typedef struct span {
    int64_t lo, hi;
} span;

static const span ANY = {INT64_MIN, INT64_MAX};

static bool is_any(span s)
{
    return s.lo == INT64_MIN && s.hi == INT64_MAX;
}

static span join(span a, span b)
{
    return (span){a.lo < b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi};
}

/* The values of integer type t, when they fit an int64_t. */
static span type_span(const mc_type *t)
{
    int bits = t->kind == MC_TY_BOOL ? 1 : t->bits;
    if (t->kind != MC_TY_INT && t->kind != MC_TY_BOOL)
        return ANY;
    if (t->kind == MC_TY_BOOL || (!t->is_signed && bits < 64))
        return (span){0, (int64_t)((UINT64_C(1) << bits) - 1)};
    if (t->is_signed && bits < 64 && bits > 0)
        return (span){-(INT64_C(1) << (bits - 1)), (INT64_C(1) << (bits - 1)) - 1};
    return ANY;
}

int64_t mc_tally_max(const mc_type *t)
{
    span s = type_span(t);
    return (s.hi < COUNT_MAX ? s.hi : COUNT_MAX) - 65536;
}

static span value_span(const mc_func *f, const mc_expr *e, const char *field, bool *self);

static span shifted(span s, int64_t k)
{
    if (is_any(s) || k < -COUNT_MAX || k > COUNT_MAX || s.lo < -COUNT_MAX || s.hi > COUNT_MAX)
        return ANY;
    return (span){s.lo + k, s.hi + k};
}

/* `x & mask`, `x % k`, `x >> k`, `x + k`, `x - k` with k constant. */
static span binary_span(const mc_func *f, const mc_expr *e, const char *field, bool *self)
{
    const mc_expr *a = mc_expr_strip(e->kids[0]), *b = mc_expr_strip(e->kids[1]);
    if (e->op == MC_BIN_AND && (a->is_const || b->is_const)) {
        int64_t mask = a->is_const ? a->ival : b->ival;
        return mask >= 0 ? (span){0, mask} : ANY;
    }
    if (!b->is_const)
        return ANY;
    if (e->op == MC_BIN_REM && b->ival > 0 && !a->type.is_signed)
        return (span){0, b->ival - 1};
    if (e->op == MC_BIN_ADD || e->op == MC_BIN_SUB)
        return shifted(value_span(f, a, field, self), e->op == MC_BIN_ADD ? b->ival : -b->ival);
    if (e->op == MC_BIN_SHR && b->ival >= 0 && b->ival < 64 && !a->type.is_signed && a->type.bits > b->ival &&
        a->type.bits - b->ival < 63)
        return (span){0, (INT64_C(1) << (a->type.bits - b->ival)) - 1};
    return ANY;
}

typedef struct copy_of {
    int var;
    const char *field;
} copy_of;

static bool reads_field(const mc_expr *e, const char *field)
{
    e = e ? mc_expr_strip(e) : NULL;
    return e && e->kind == MC_EX_MEMBER && e->usr && strcmp(e->usr, field) == 0;
}

/* A write of c->var other than `var = x->field`. */
static bool other_write(const mc_expr *e, const void *c_)
{
    const copy_of *c = c_;
    const mc_expr *w = mc_expr_written(e);
    if (!w || w->kind != MC_EX_VAR || w->var != c->var)
        return false;
    return !(e->kind == MC_EX_BINARY && e->op == MC_BIN_ASSIGN && reads_field(e->kids[1], c->field));
}

static bool writes_other(const mc_expr *e, const void *c)
{
    return mc_expr_any(e, other_write, c);
}

/* Whether local var only ever holds a copy of the field (`old = c->n; ...
 * c->n = old;`): storing it back stores nothing new. */
static bool copies_field(const mc_func *f, int var, const char *field)
{
    if (var < 0 || var >= f->nvars || f->vars[var].is_param)
        return false;
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].nstmts; i++) {
            const mc_stmt *st = &f->blocks[b].stmts[i];
            if (st->kind == MC_ST_DECL && st->var == var && st->e && !reads_field(st->e, field))
                return false;
        }
    return !mc_func_any_root(f, writes_other, &(copy_of){var, field});
}

/* What e can hold, from its own form: a constant, a mask, a counting local, a
 * narrow type's values. *self: e is the field itself (a copy between objects). */
static span value_span(const mc_func *f, const mc_expr *e, const char *field, bool *self)
{
    if (e->kind == MC_EX_CAST && e->nkids == 1) {
        span in = value_span(f, e->kids[0], field, self), t = type_span(&e->type);
        return in.lo >= t.lo && in.hi <= t.hi ? in : t;
    }
    e = mc_expr_strip(e);
    if (e->is_const)
        return e->ival < 0 && mc_type_is_u64(&e->type) ? ANY : (span){e->ival, e->ival};
    if (reads_field(e, field)) {
        *self = true;
        return (span){0, 0};
    }
    if (e->kind == MC_EX_VAR && mc_var_is_counter(f, e->var))
        return (span){0, mc_tally_max(&e->type)};
    if (e->kind == MC_EX_BINARY && e->nkids == 2)
        return binary_span(f, e, field, self);
    if (e->kind == MC_EX_COND && e->nkids == 3 && e->kids[1]) {
        bool s1 = false, s2 = false;
        span a = value_span(f, e->kids[1], field, &s1), b = value_span(f, e->kids[2], field, &s2);
        *self = s1 && s2;
        return s1 ? b : s2 ? a : join(a, b);
    }
    if (e->kind == MC_EX_VAR && copies_field(f, e->var, field)) {
        *self = true;
        return (span){0, 0};
    }
    return type_span(&e->type);
}

/* The integer field of the program that e writes (its usr), or NULL. */
static const char *field_written(const mc_expr *e)
{
    const mc_expr *w = mc_expr_written(e);
    return w && w->kind == MC_EX_MEMBER && w->usr && w->type.kind != MC_TY_PTR ? w->usr : NULL;
}

/* What write e stores in its field: `++`, `--`, `+= k` and `-= k` count
 * (items added and removed one batch at a time: a count of them is never
 * below 0, and below its type's limits), `= v` stores v's values; false for a
 * copy of the field itself. */
static bool write_span(const mc_func *f, const mc_expr *e, const char *field, span *out)
{
    *out = ANY;
    if (e->kind == MC_EX_UNARY) {
        if (e->op == MC_UN_PREINC || e->op == MC_UN_POSTINC || e->op == MC_UN_PREDEC || e->op == MC_UN_POSTDEC)
            *out = (span){0, mc_tally_max(&e->type)};
        return true;
    }
    const mc_expr *rhs = e->nkids == 2 ? mc_expr_strip(e->kids[1]) : NULL;
    bool counts = e->op == MC_BIN_ADD_ASSIGN || e->op == MC_BIN_SUB_ASSIGN;
    if (counts && rhs && rhs->is_const && rhs->ival >= 0 && rhs->ival <= 65536)
        *out = (span){0, mc_tally_max(&e->type)};
    if (e->op != MC_BIN_ASSIGN || !rhs)
        return true;
    bool self = false;
    const mc_type *ft = &mc_expr_written(e)->type;
    span v = value_span(f, e->kids[1], field, &self), t = type_span(ft);
    if (v.lo >= t.lo && v.hi <= t.hi && (ft->is_signed || v.lo >= 0))
        *out = v; /* else the conversion wraps (-1 into a size_t) */
    return !self;
}

typedef struct writes_to {
    const mc_func *f;
    void (*fn)(mc_field_fact fact, void *ctx);
    void *ctx;
} writes_to;

static void each_write(const mc_expr *e, void *to_)
{
    writes_to *to = to_;
    for (int i = 0; i < e->nkids; i++)
        if (e->kids[i])
            each_write(e->kids[i], to);
    const char *field = field_written(e);
    span s;
    if (field && write_span(to->f, e, field, &s))
        to->fn((mc_field_fact){field, s.lo, s.hi}, to->ctx);
}

void mc_unit_field_writes(const mc_program *p, int unit, void (*fn)(mc_field_fact fact, void *ctx), void *ctx)
{
    for (int i = 0; i < p->funcs.n; i++) {
        writes_to to = {p->funcs.v[i], fn, ctx};
        if (unit < 0 || to.f->unit == unit)
            mc_func_each_root(to.f, each_write, &to);
    }
    for (int u = 0; u < p->units.n; u++) {
        if (unit >= 0 && u != unit)
            continue;
        for (int i = 0; i < p->units.v[u]->field_facts.n; i++)
            fn(p->units.v[u]->field_facts.v[i], ctx);
    }
}

void mc_program_note_field(mc_program *p, mc_field_fact fact)
{
    if (!p->field_spans)
        p->field_spans = mc_xcalloc(1, sizeof(mc_strmap));
    span *s = mc_strmap_get(p->field_spans, fact.usr);
    if (!s) {
        s = mc_xcalloc(1, sizeof *s);
        *s = (span){0, 0}; /* calloc, memset and static storage start it at 0 */
        mc_strmap_put(p->field_spans, mc_program_keep(p, fact.usr), s);
    }
    *s = join(*s, (span){fact.lo, fact.hi});
}

typedef MC_VEC(mc_field_fact) facts;

static void push_fact(mc_field_fact fact, void *list)
{
    MC_VEC_PUSH(*(facts *)list, fact);
}

static int by_field(const void *a, const void *b)
{
    return strcmp(((const mc_field_fact *)a)->usr, ((const mc_field_fact *)b)->usr);
}

void mc_unit_field_spans(const mc_program *p, int unit, void (*fn)(mc_field_fact fact, void *ctx), void *ctx)
{
    facts all = {0};
    mc_unit_field_writes(p, unit, push_fact, &all);
    if (all.n)
        qsort(all.v, (size_t)all.n, sizeof *all.v, by_field);
    for (int i = 0; i < all.n;) {
        span s = {all.v[i].lo, all.v[i].hi};
        int j = i + 1;
        for (; j < all.n && strcmp(all.v[j].usr, all.v[i].usr) == 0; j++)
            s = join(s, (span){all.v[j].lo, all.v[j].hi});
        fn((mc_field_fact){all.v[i].usr, s.lo, s.hi}, ctx);
        i = j;
    }
    MC_VEC_FREE(all);
}

static void note_field(mc_field_fact fact, void *p)
{
    mc_program_note_field(p, fact);
}

void mc_program_link_fields(mc_program *p)
{
    mc_unit_field_writes(p, -1, note_field, p);
}

bool mc_program_field_bounds(const mc_program *p, const mc_expr *e, int64_t *lo, int64_t *hi)
{
    e = mc_expr_strip(e);
    if (p->partial || e->kind != MC_EX_MEMBER || !e->usr || e->type.kind == MC_TY_PTR)
        return false;
    const span *s = mc_strmap_get(p->field_spans, e->usr);
    if (!s || is_any(*s))
        return false;
    *lo = s->lo;
    *hi = s->hi;
    return true;
}

void mc_program_free_field_spans(mc_program *p)
{
    mc_strmap *m = p->field_spans;
    for (size_t i = 0; m && i < m->table.cap; i++)
        if (m->table.keys[i])
            free(m->table.vals[i]);
    mc_strmap_clear(m);
    free(m);
    p->field_spans = NULL;
}
