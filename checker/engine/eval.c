/* eval.c - expressions and statements: the transfer function of one statement. */
#include "internal.h"

static mc_val address_of(mc_analysis *an, mc_state *st, const mc_expr *k);

/* ---- expressions ---- */

static mc_val int_arith(mc_binop op, mc_val a, mc_val b, const mc_expr *e)
{
    if (mc_val_exact(&a) && mc_val_exact(&b)) {
        uint64_t x = (uint64_t)a.lo, y = (uint64_t)b.lo;
        switch (op) {
        case MC_BIN_MUL: return mc_val_int(mc_int_wrap((int64_t)(x * y), &e->type));
        case MC_BIN_ADD: return mc_val_int(mc_int_wrap((int64_t)(x + y), &e->type));
        case MC_BIN_SUB: return mc_val_int(mc_int_wrap((int64_t)(x - y), &e->type));
        case MC_BIN_AND: return mc_val_int(mc_int_wrap((int64_t)(x & y), &e->type));
        case MC_BIN_OR: return mc_val_int(mc_int_wrap((int64_t)(x | y), &e->type));
        case MC_BIN_XOR: return mc_val_int(mc_int_wrap((int64_t)(x ^ y), &e->type));
        default: break;
        }
    }
    mc_val v = mc_val_unknown();
    if (e->nkids == 2 && (a.kind == V_INT || b.kind == V_INT))
        v = range_arith(op, a, &e->kids[0]->type, b, &e->kids[1]->type, &e->type);
    if (!mc_val_exact(&v))
        v.def = e;
    return v;
}

/* Testing pointer v against NULL, kept as an integer: `ok = p != NULL` remembers
 * the resource it tests, so that a later `if (!ok)` checks p. */
mc_val test_value(const mc_state *st, mc_val v, bool nonnull)
{
    if (v.kind == V_NULL)
        return mc_val_int(!nonnull);
    const mc_res *r = v.kind == V_RES && !(v.flags & VF_OFFSET) ? mc_st_res_c(st, v.res) : NULL;
    if (!r || r->fails == MC_FAIL_NEGATIVE || r->fails == MC_FAIL_MAP_FAILED)
        return mc_val_unknown();
    if (r->nullness != MC_NN_UNCHECKED)
        return mc_val_int((r->nullness == MC_NN_OK) == nonnull);
    mc_val t = {.kind = V_INT, .res = v.res, .lo = 0, .hi = 1};
    t.flags = nonnull ? VF_TEST_NONNULL : VF_TEST_NULL;
    return t;
}

static mc_val eval_pointer_arith(mc_val p, mc_val n)
{
    if (!(mc_val_exact(&n) && n.lo == 0))
        p.flags |= VF_OFFSET;
    return p;
}

/* p | tag sets a tag on the block's start; & ~mask takes it off again, or
 * aligns an address that is then off the start. */
static mc_val eval_tag_arith(mc_binop op, mc_val p)
{
    if (op != MC_BIN_AND) {
        if (!(p.flags & VF_OFFSET))
            p.flags |= VF_TAGGED;
        p.flags |= VF_OFFSET;
    } else if (p.flags & VF_TAGGED) {
        p.flags &= (uint8_t)~(VF_TAGGED | VF_OFFSET);
    } else {
        p.flags |= VF_OFFSET;
    }
    return p;
}

/* What widening keeps of a capacity (mc_func_positive_vars): 0 while unset, any
 * positive size once set, so `if (!cap)` still tells whether it was allocated. */
bool capacity_known(const mc_val *x)
{
    return x->kind == V_INT && (x->lo > 0 || (mc_val_exact(x) && x->lo == 0));
}

mc_val capacity_value(mc_val x, const mc_type *t)
{
    if (mc_val_exact(&x) && x.lo == 0)
        return x;
    mc_val p = mc_val_int(1);
    p.hi = t->kind == MC_TY_BOOL ? 1 : INT64_MAX; /* a flag once set stays set */
    p.def = x.def;
    return p;
}

bool stays_positive(mc_analysis *an, int var)
{
    if (var < 0 || var >= an->f->nvars)
        return false;
    if (!an->stays_positive[var])
        mc_func_positive_vars(an->f, an->stays_positive); /* every variable's answer at once */
    return an->stays_positive[var] == 2;
}

/* A capacity that only grows (cap *= 2 on a cap of unknown size) stays positive:
 * `if (!cap)` after it is false. */
static mc_val kept_positive(mc_analysis *an, const mc_expr *target, mc_val old, mc_val v)
{
    target = mc_expr_strip(target);
    if (mc_val_exact(&v) || old.kind != V_INT || old.lo <= 0 || target->kind != MC_EX_VAR ||
        !stays_positive(an, target->var))
        return v;
    return capacity_value(v, &target->type);
}

static mc_val eval_compound_assign(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    mc_val rhs = eval(an, st, e->kids[1]);
    int pl = place_of(an, st, e->kids[0], true);
    mc_val old = mc_st_get(st, pl);
    mc_binop op = mc_binop_of_compound((mc_binop)e->op);
    mc_val v = old.kind == V_RES ? eval_pointer_arith(old, rhs) : int_arith(op, old, rhs, e);
    if (old.kind != V_RES && !mc_val_exact(&v))
        v.def = e;
    if (old.kind != V_RES)
        v = kept_positive(an, e->kids[0], old, v);
    mc_st_set(st, pl, v);
    rel_forget(st, pl);
    forget_masks(an, st, pl);
    note_global_write(an, pl);
    return v;
}

/* A field of an object on the heap (conn->fd = fd in a constructor): it lives
 * as long as that object, which the caller gets or someone keeps. */
static bool in_heap_object(mc_analysis *an, int pl)
{
    int root = pl >= 0 ? place_root(an, pl) : -1;
    return root >= 0 && an->places.v[root].kind == P_DEREF;
}

/* x = y for integers of one type: both hold one value, made for y when nothing
 * was known of it, so that a branch on either teaches the path about both
 * (int myfd = fd; if (myfd < 0) myfd = open(...); ... if (fd < 0) close(myfd);). */
mc_val shared_int(mc_analysis *an, mc_state *st, const mc_expr *rhs, const mc_type *to, mc_val v)
{
    const mc_expr *k = mc_expr_strip(rhs);
    if (v.kind != V_UNKNOWN || v.def || v.flags || !k || k->kind != MC_EX_VAR)
        return v;
    const mc_type *t = &an->f->vars[k->var].type;
    if (t->kind != MC_TY_INT || to->kind != MC_TY_INT || t->bits != to->bits || t->is_signed != to->is_signed)
        return v;
    mc_val shared = as_interval(v, t);
    shared.def = k;
    mc_st_set(st, var_place(an, k->var), shared);
    return shared;
}

static mc_val eval_assign(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    if (e->op != MC_BIN_ASSIGN)
        return eval_compound_assign(an, st, e);
    mc_val v = eval(an, st, e->kids[1]);
    int pl = place_of(an, st, e->kids[0], true);
    if (e->type.kind == MC_TY_RECORD) {
        int src = place_of(an, st, e->kids[1], false);
        if (src >= 0 && pl >= 0)
            copy_fields(an, st, pl, src, e);
        else if (src >= 0)
            escape_var_fields(an, st, src); /* copied somewhere we do not follow */
        else if (pl >= 0)
            forget_under(an, st, pl); /* s = (struct S){0}: what its fields held is gone */
        return v;
    }
    int ip = int_param(an, e->kids[1]);
    if (ip >= 0 && (pl < 0 || place_escapes(an, st, pl) || in_heap_object(an, pl)))
        st->pint_kept |= 1ULL << ip; /* a descriptor kept in a longer-lived place */
    if (pl >= 0 && an->places.v[pl].kind == P_VAR)
        v = shared_int(an, st, e->kids[1], &e->kids[0]->type, v);
    store(an, st, pl, v, e, e->kids[0]);
    return v;
}

/* old, a range of integers of type t within it, stepped by one, when every
 * value stays in t (below 2^63 - 1 for an unsigned 64-bit t, where INT64_MAX
 * reads "no upper bound"); *v then holds the result. */
static bool bounded_step(mc_val old, const mc_type *t, int step, mc_val *v)
{
    mc_val all = as_interval(mc_val_unknown(), t);
    int64_t lo, hi, top = mc_type_is_u64(t) ? INT64_MAX - 1 : all.hi;
    if (old.kind != V_INT || !value_range(old, t, &lo, &hi) || lo < all.lo || hi > top ||
        (step > 0 ? hi == top : lo == all.lo))
        return false;
    *v = all;
    v->lo = lo + step;
    v->hi = hi + step;
    return true;
}

static mc_val eval_incdec(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    int pl = place_of(an, st, e->kids[0], true);
    mc_val old = mc_st_get(st, pl);
    mc_val v = old;
    int step = e->op == MC_UN_PREINC || e->op == MC_UN_POSTINC ? 1 : -1;
    if (old.kind == V_RES)
        v.flags |= VF_OFFSET;
    else if (mc_val_exact(&old) && old.lo > INT32_MIN && old.lo < INT32_MAX)
        v = mc_val_int(mc_int_wrap(old.lo + step, &e->type)); /* loops widen their counters after a few rounds */
    else if (!bounded_step(old, &e->type, step, &v)) /* a counter widened to its limit: [1, 9] + 1 is [2, 10] */
        v = kept_positive(an, e->kids[0], old, mc_val_unknown());
    mc_st_set(st, pl, v);
    rel_forget(st, pl);
    forget_masks(an, st, pl);
    note_global_write(an, pl);
    return e->op == MC_UN_POSTINC || e->op == MC_UN_POSTDEC ? old : v;
}

/* &p->field points into p's block: returning or storing it hands the block on
 * (jv x = {&obj->refcnt}; return x;). It is address arithmetic, no load: p is
 * not dereferenced, and a NULL p (the offsetof of `&((T *)0)->field`) gives
 * an address nothing is known of. */
static mc_val member_address(mc_analysis *an, mc_state *st, const mc_expr *k)
{
    mc_val p = eval(an, st, k->kids[0]);
    if (p.kind != V_RES)
        return mc_val_unknown();
    p.flags |= VF_INTERIOR;
    p.def = NULL;
    return p;
}

/* The address of lvalue k (stripped). */
static mc_val address_of(mc_analysis *an, mc_state *st, const mc_expr *k)
{
    if (k->kind == MC_EX_VAR) {
        const mc_var *var = &an->f->vars[k->var];
        note_struct_param_whole(an, k->var);
        return address_of_object(an, st, var, var->is_static ? MC_ORIG_STATIC : MC_ORIG_STACK, k);
    }
    if (k->kind == MC_EX_GLOBAL)
        return address_of_object(an, st, k->global ? (const void *)k->global : (const void *)k,
                                 MC_ORIG_STATIC, k);
    if (k->kind == MC_EX_INDEX) {
        mc_val base = eval(an, st, k->kids[0]);
        mc_val idx = eval(an, st, k->kids[1]);
        return base.kind == V_RES ? eval_pointer_arith(base, idx) : mc_val_unknown();
    }
    if (k->kind == MC_EX_UNARY && k->op == MC_UN_DEREF)
        return eval(an, st, k->kids[0]);
    if (k->kind == MC_EX_MEMBER && k->arrow)
        return member_address(an, st, k);
    if (k->kind == MC_EX_MEMBER && k->nkids) { /* &v[i].field: inside the object v[i] is in */
        mc_val v = address_of(an, st, mc_expr_strip(k->kids[0]));
        if (v.kind == V_RES) {
            v.flags |= VF_INTERIOR;
            v.def = NULL;
        }
        return v;
    }
    place_of(an, st, k, false);
    return mc_val_unknown();
}

static mc_val eval_addr(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    return address_of(an, st, mc_expr_strip(e->kids[0]));
}

/* `!x` as a value: of a pointer, a test for NULL; of a test, the opposite one. */
static mc_val eval_not(const mc_state *st, mc_val v, const mc_expr *x)
{
    if (mc_val_exact(&v))
        return mc_val_int(!v.lo);
    if (v.flags & VF_TESTS) {
        v.flags ^= VF_TESTS;
        return v;
    }
    return is_pointer(&mc_expr_strip(x)->type) ? test_value(st, v, false) : mc_val_unknown();
}

static mc_val eval_unary(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    switch (e->op) {
    case MC_UN_ADDR: return eval_addr(an, st, e);
    case MC_UN_DEREF: {
        int pl = place_of(an, st, e, false);
        return pl >= 0 ? read_place(an, st, pl, e) : mc_val_unknown();
    }
    case MC_UN_PREINC: case MC_UN_PREDEC: case MC_UN_POSTINC: case MC_UN_POSTDEC:
        return eval_incdec(an, st, e);
    default: {
        mc_val v = eval(an, st, e->kids[0]);
        if (e->is_const)
            return mc_val_int(e->ival);
        if (e->op == MC_UN_NEG && mc_val_exact(&v))
            return mc_val_int(mc_int_wrap((int64_t)(0 - (uint64_t)v.lo), &e->type));
        if (e->op == MC_UN_NOT)
            return eval_not(st, v, e->kids[0]);
        if (e->op == MC_UN_NEG && v.kind == V_INT) /* 0 - v */
            return range_arith(MC_BIN_SUB, mc_val_int(0), &e->type, v, &e->kids[0]->type, &e->type);
        return mc_val_unknown();
    }
    }
}

/* (uintptr_t)p + n, & ~(align - 1), or | 1 (a tag in the low bits), as a
 * pointer-wide integer: still an address in p's block (align_ptr(p, 64), a
 * tagged pointer); p & 7 is not. */
static bool address_arith(mc_binop op, mc_val other, const mc_expr *e)
{
    if (e->type.kind != MC_TY_INT || e->type.bits < 32)
        return false;
    if (op == MC_BIN_ADD || op == MC_BIN_SUB)
        return true;
    if (op == MC_BIN_OR || op == MC_BIN_XOR)
        return mc_val_exact(&other) && other.lo > 0 && other.lo < 64;
    return op == MC_BIN_AND && !(mc_val_exact(&other) && other.lo >= 0);
}

/* x + y where the path saw a bound on the sum (split_on_sum()). */
int int_operand_place(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (e->type.kind != MC_TY_INT)
        return PLACE_NONE;
    if (e->kind == MC_EX_VAR)
        return var_place(an, e->var);
    return e->kind == MC_EX_MEMBER ? place_of(an, st, e, false) : PLACE_NONE;
}

static mc_val bounded_sum(mc_analysis *an, mc_state *st, const mc_expr *e, mc_val v)
{
    if (e->type.kind != MC_TY_INT || mc_val_exact(&v))
        return v;
    int px = int_operand_place(an, st, e->kids[0]), py = int_operand_place(an, st, e->kids[1]);
    if (px < 0 || py < 0)
        return v;
    int64_t below = rel_sum_below(st, px, py);
    if (below) {
        mc_val r = as_interval(v, &e->type);
        r.hi = r.hi < below - 1 ? r.hi : below - 1;
        r.lo = e->type.is_signed ? r.lo : 0;
        return r.lo <= r.hi ? r : v;
    }
    return v;
}

static mc_val eval_binary(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    mc_binop op = (mc_binop)e->op;
    if (mc_binop_is_assign(op))
        return eval_assign(an, st, e);
    mc_val a = eval(an, st, e->kids[0]);
    mc_val b = eval(an, st, e->kids[1]);
    if (op == MC_BIN_COMMA)
        return b;
    if (e->is_const)
        return mc_val_int(e->ival);
    if ((op == MC_BIN_ADD || op == MC_BIN_SUB) && a.kind == V_RES && is_pointer(&e->type))
        return eval_pointer_arith(a, b);
    if (op == MC_BIN_ADD && b.kind == V_RES && is_pointer(&e->type))
        return eval_pointer_arith(b, a);
    if ((op == MC_BIN_EQ || op == MC_BIN_NE) && is_pointer(&mc_expr_strip(e->kids[0])->type) &&
        (b.kind == V_NULL || a.kind == V_NULL))
        return test_value(st, a.kind == V_NULL ? b : a, op == MC_BIN_NE);
    if (mc_binop_is_compare(op) || op == MC_BIN_LAND || op == MC_BIN_LOR)
        return mc_val_unknown();
    if (a.kind == V_RES && b.kind != V_RES && address_arith(op, b, e))
        return op == MC_BIN_OR || op == MC_BIN_XOR || op == MC_BIN_AND ? eval_tag_arith(op, a) : eval_pointer_arith(a, b);
    mc_val v = int_arith(op, a, b, e);
    return op == MC_BIN_ADD ? bounded_sum(an, st, e, v) : v;
}

/* An array member of a struct that is itself a local or a global (x.buf, g.a.buf)
 * lives on the stack or in static storage; behind a pointer we cannot tell. */
static mc_val address_of_member_array(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    const mc_expr *root = e;
    while (root->kind == MC_EX_MEMBER && !root->arrow)
        root = mc_expr_strip(root->kids[0]);
    if (root->kind == MC_EX_VAR) {
        place_of(an, st, e, false); /* s.in.buf of a struct parameter: s is used whole */
        const mc_var *var = &an->f->vars[root->var];
        return address_of_object(an, st, e, var->is_static ? MC_ORIG_STATIC : MC_ORIG_STACK, e);
    }
    if (root->kind == MC_EX_GLOBAL)
        return address_of_object(an, st, e, MC_ORIG_STATIC, e);
    return address_of(an, st, e); /* socks[i].addr, p->in.buf: inside a block */
}

static mc_val eval_member(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    if (e->type.kind == MC_TY_ARRAY)
        return address_of_member_array(an, st, e); /* an array's address: nothing is loaded */
    int pl = place_of(an, st, e, false);
    if (pl < 0)
        return mc_val_unknown();
    return read_place(an, st, pl, e);
}

static mc_val eval_index(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    int pl = place_of(an, st, e, false);
    return pl >= 0 && e->type.kind != MC_TY_ARRAY && e->type.kind != MC_TY_RECORD ? read_place(an, st, pl, e)
                                                                                 : mc_val_unknown();
}

static mc_val eval_cast(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    mc_val v = eval(an, st, e->kids[0]);
    if (e->is_const)
        return mc_val_int(e->ival);
    if (e->type.kind == MC_TY_BOOL && is_pointer(&mc_expr_strip(e->kids[0])->type))
        return test_value(st, v, true); /* bool ok = p; */
    return convert_int(v, &e->kids[0]->type, &e->type, NULL);
}

static void eval_kids(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    for (int i = 0; i < e->nkids; i++)
        if (e->kids[i])
            eval(an, st, e->kids[i]);
}

/* An element of an initialiser list: `.field = value` reaches us wrapped, the
 * value its only expression. */
static const mc_expr *element_value(const mc_expr *k)
{
    while (k->kind == MC_EX_OTHER && k->nkids == 1)
        k = k->kids[0];
    return k;
}

/* Initializers of aggregates: what is stored in them we do not follow, so an owned
 * pointer put there is handed off rather than reported. */
static mc_val eval_init(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    for (int i = 0; i < e->nkids; i++) {
        mc_val v = eval(an, st, element_value(e->kids[i]));
        if (v.kind == V_RES)
            escape(an, st, v.res);
    }
    return mc_val_unknown();
}

mc_val eval(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    if (!e || st->dead)
        return mc_val_unknown();
    switch (e->kind) {
    case MC_EX_INT: return mc_val_int(e->ival);
    case MC_EX_NULL: return (mc_val){.kind = V_NULL, .res = -1};
    case MC_EX_STR: return address_of_object(an, st, e, MC_ORIG_STRLIT, e);
    case MC_EX_VAR: return eval_var(an, st, e);
    case MC_EX_GLOBAL: return eval_global(an, st, e);
    case MC_EX_CALL: return eval_call(an, st, e);
    case MC_EX_UNARY: return eval_unary(an, st, e);
    case MC_EX_BINARY: return eval_binary(an, st, e);
    case MC_EX_MEMBER: return eval_member(an, st, e);
    case MC_EX_INDEX: return eval_index(an, st, e);
    case MC_EX_CAST: return eval_cast(an, st, e);
    case MC_EX_INIT: return eval_init(an, st, e);
    default:
        eval_kids(an, st, e);
        return e->is_const ? mc_val_int(e->ival) : mc_val_unknown();
    }
}

/* An object whose fields are followed: a pointer moved off its block's start
 * (&arr[i], p++) may point at a different element each time, and a site's
 * summary at a different object, so neither is. */
bool tracked_object(const mc_analysis *an, mc_val p)
{
    return p.kind == V_RES && !(p.flags & (VF_OFFSET | VF_INTERIOR)) && /* fields of a member are not the block's */
           !res_is_summary(an, p.res);
}

/* What *p names: the local variable itself when p holds its address (so *pp = x
 * writes the variable), else the object p points to. */
int pointee_place(mc_analysis *an, const mc_state *st, mc_val p, mc_type t)
{
    const mc_res *r = mc_st_res_c(st, p.res);
    if (r && r->origin == MC_ORIG_STACK && p.res < an->reskeys.n) {
        const mc_var *v = an->reskeys.v[p.res].site;
        if (v >= an->f->vars && v < an->f->vars + an->f->nvars && v->type.kind != MC_TY_ARRAY)
            return var_place(an, (int)(v - an->f->vars));
    }
    return deref_place(an, p.res, t);
}

/* Forgets the elements followed in an array object (written at an unknown index). */
static void forget_index_fields(mc_analysis *an, mc_state *st, int obj)
{
    for (int i = 0; i < st->vals.n; i++) {
        const mc_place *p = &an->places.v[st->vals.v[i].place];
        if (p->kind != P_FIELD || p->parent != obj || !is_index_field(p->field))
            continue;
        if (st->vals.v[i].v.kind == V_RES)
            escape(an, st, st->vals.v[i].v.res);
        mc_st_clear_at(st, i);
    }
}

/* arr[k]: with a constant k, an element of a local array, of a block this
 * function allocated or of the array a parameter points to is a place of its
 * own; other elements are not followed (an unknown index into a local array
 * or a block forgets the elements followed so far: it may be any of them). */
static int index_place(mc_analysis *an, mc_state *st, mc_val base, mc_val idx, const mc_expr *e, bool write)
{
    const mc_res *r = tracked_object(an, base) ? mc_st_res_c(st, base.res) : NULL;
    if (!r || (r->origin != MC_ORIG_STACK && r->origin != MC_ORIG_PARAM && r->origin != MC_ORIG_ALLOC))
        return PLACE_INDEXED;
    int obj = deref_place(an, base.res, e->type);
    if (!mc_val_exact(&idx) && r->origin != MC_ORIG_PARAM) {
        forget_fields(an, st, base.res); /* arr[i]: any element, the followed ones too */
        return PLACE_INDEXED;
    }
    if (!mc_val_exact(&idx)) {
        if (write)
            forget_index_fields(an, st, obj);
        return PLACE_INDEXED;
    }
    if (idx.lo < 0 || idx.lo >= NINDEX)
        return PLACE_INDEXED;
    return idx.lo == 0 ? obj : field_place(an, obj, index_names[idx.lo], e->type);
}

/* The pointer arr[k] goes through. A parameter read as arr[k] with a constant k
 * only is not marked as used otherwise (its callers may keep its elements). */
static mc_val index_base(mc_analysis *an, mc_state *st, const mc_expr *e, bool write)
{
    const mc_expr *b = mc_expr_strip(e->kids[0]), *k = mc_expr_strip(e->kids[1]);
    if (b->kind != MC_EX_VAR || !an->f->vars[b->var].is_param || an->f->vars[b->var].type.kind != MC_TY_PTR ||
        !k->is_const || k->ival < 0 || k->ival >= NINDEX)
        return eval(an, st, e->kids[0]);
    if (write && b->var < 64)
        an->tally.p_elems_kept |= 1ULL << b->var; /* it writes the caller's elements */
    return read_place(an, st, var_place(an, b->var), b);
}

/* The place an lvalue-ish expression names, evaluating what it goes through. A
 * dereference on the way is a use of the pointer. */
int place_of(mc_analysis *an, mc_state *st, const mc_expr *e, bool write)
{
    e = mc_expr_strip(e);
    if (!e)
        return PLACE_NONE;
    switch (e->kind) {
    case MC_EX_VAR:
        return an->f->vars[e->var].type.kind == MC_TY_ARRAY ? PLACE_INDEXED : var_place(an, e->var);
    case MC_EX_GLOBAL:
        return e->global && e->global->type.kind != MC_TY_ARRAY ? global_place(an, e) : PLACE_INDEXED;
    case MC_EX_UNARY:
        if (e->op == MC_UN_DEREF) {
            mc_val p = eval(an, st, e->kids[0]);
            use(an, st, p, write ? MC_USE_WRITE : MC_USE_DEREF, e->kids[0], e, NULL, -1);
            return tracked_object(an, p) ? pointee_place(an, st, p, e->type) : PLACE_NONE;
        }
        break;
    case MC_EX_MEMBER: {
        int parent;
        if (e->arrow) {
            mc_val p = eval(an, st, e->kids[0]);
            use(an, st, p, write ? MC_USE_WRITE : MC_USE_DEREF, e->kids[0], e, NULL, -1);
            if (!tracked_object(an, p))
                return PLACE_NONE;
            parent = pointee_place(an, st, p, e->kids[0]->type);
        } else {
            parent = place_of(an, st, e->kids[0], write);
            if (parent < 0)
                return parent;
            /* s.inner.p of a struct parameter: deeper than its fields are followed */
            int root = place_root(an, parent);
            if (parent != root && an->places.v[root].kind == P_VAR)
                note_struct_param_whole(an, an->places.v[root].var);
        }
        /* the members of a union are one object under several names */
        return field_place(an, parent, e->op ? "(union)" : e->name, e->type);
    }
    case MC_EX_INDEX: {
        mc_val base = index_base(an, st, e, write);
        mc_val idx = eval(an, st, e->kids[1]);
        if (is_pointer(&e->kids[0]->type))
            use(an, st, base, write ? MC_USE_WRITE : MC_USE_DEREF, e->kids[0], e, NULL, -1);
        /* only an index written as a constant: a loop's counter may be known on
           one path and stand for every element on the others */
        if (!mc_expr_strip(e->kids[1])->is_const)
            idx = mc_val_unknown();
        return index_place(an, st, base, idx, e, write);
    }
    default:
        break;
    }
    eval(an, st, e);
    return PLACE_NONE;
}

/* ---- statements ---- */

void run_cleanup(mc_analysis *an, mc_state *st, int var, mc_loc loc)
{
    const mc_var *v = &an->f->vars[var];
    int slot = an->cleanup_slot[var];
    if (slot < 0 || !(st->cleanups & (1ULL << slot)))
        return;
    st->cleanups &= ~(1ULL << slot);
    mc_val val = mc_st_get(st, var_place(an, var));
    if (val.kind != V_RES)
        return;
    mc_expr at = {.kind = MC_EX_VAR, .var = var, .loc = loc, .type = v->type, .name = v->name};
    mc_expr call = {.kind = MC_EX_CALL, .var = -1, .loc = loc, .name = v->cleanup};
    const mc_callee *c = callee_of(an, v->cleanup_sym);
    release(an, st, val, &call, &at, v->cleanup, c && c->model ? c->model->family : -1, 0, false);
}

/* A variable's block ends. On the way out of the function, what it drops is the
 * exit's to report (exit_leaks), with the return in the message. */
/* The variable at pl ends: what it told of the resources tied to it is settled
 * (`if (err) return -1;` after `p = parse(s, &err)`: p is NULL there). */
static void settle_out_facts(mc_state *st, int pl)
{
    for (int i = 0; i < st->res.n; i++) {
        const mc_res *r = &st->res.v[i].r;
        if (r->null_with.place != pl)
            continue;
        bool null = null_by_out(st, r);
        mc_res *w = mc_st_res(st, st->res.v[i].id);
        w->null_with.place = -1;
        if (null)
            w->nullness = MC_NN_FAILED;
    }
}

static void end_var(mc_analysis *an, mc_state *st, int var, mc_loc loc, bool at_return)
{
    run_cleanup(an, st, var, loc);
    int pl = var_place(an, var);
    settle_out_facts(st, pl);
    mc_val old = mc_st_get(st, pl);
    mc_st_set(st, pl, mc_val_unknown());
    if (at_return)
        return;
    if (old.kind == V_RES)
        check_lost(an, st, old.res, MC_LOST_SCOPE, loc, NULL);
    /* fields of a local struct */
    for (int i = 0; i < st->vals.n; i++) {
        if (place_root(an, st->vals.v[i].place) != pl || st->vals.v[i].v.kind != V_RES)
            continue;
        int id = st->vals.v[i].v.res;
        mc_st_clear_at(st, i);
        check_lost(an, st, id, MC_LOST_SCOPE, loc, NULL);
    }
}

void escape_var_fields(mc_analysis *an, mc_state *st, int pl)
{
    for (int i = 0; i < st->vals.n; i++)
        if (place_root(an, st->vals.v[i].place) == pl && st->vals.v[i].v.kind == V_RES)
            escape(an, st, st->vals.v[i].v.res);
}

/* return fd, return (Val){.i = fd}: an integer parameter returned, alone or
 * inside a value, is handed on, as when stored. */
static void note_returned_int_params(mc_analysis *an, mc_state *st, const mc_expr *x)
{
    int self = int_param(an, x);
    if (self >= 0)
        st->pint_kept |= 1ULL << self;
    if (!x || (x->kind != MC_EX_INIT && x->kind != MC_EX_OTHER && x->kind != MC_EX_CAST))
        return;
    for (int i = 0; i < x->nkids; i++) {
        int ip = int_param(an, x->kids[i]);
        if (ip >= 0)
            st->pint_kept |= 1ULL << ip;
        else
            note_returned_int_params(an, st, mc_expr_strip(x->kids[i]));
    }
}

static void exec_retval(mc_analysis *an, mc_state *st, const mc_stmt *s)
{
    mc_val v = eval(an, st, s->e);
    st->has_ret = true;
    st->ret = v;
    st->ret_expr = s->e;
    const mc_expr *x = mc_expr_strip(s->e);
    if (x->kind == MC_EX_VAR && an->f->vars[x->var].type.kind == MC_TY_RECORD)
        escape_var_fields(an, st, var_place(an, x->var));
    note_returned_int_params(an, st, x);
    /* return h->buf: the block behind h, handed out by an address inside it */
    int base = x->kind == MC_EX_MEMBER && x->arrow && x->type.kind == MC_TY_ARRAY ? place_of(an, st, x->kids[0], false) : -1;
    mc_val b = base >= 0 ? mc_st_get(st, base) : mc_val_unknown();
    if (b.kind == V_RES)
        escape(an, st, b.res);
    if (v.kind != V_RES)
        return;
    use(an, st, v, MC_USE_RETURN, s->e, s->e, NULL, -1);
    mc_res *r = mc_st_res(st, v.res);
    if (!st->ret_res)
        st->ret_res = mc_xcalloc(1, sizeof *st->ret_res);
    if (r) {
        *st->ret_res = *r;
        escape(an, st, v.res); /* what is not ours is marked handed out (stored) */
    }
}

/* `struct buf b = {.data = malloc(n), .cap = n};`: each element whose field
 * the front end named is stored in that field of b, as `b.data = ...` would
 * be; the others are handed off, as in any initialiser. */
static void exec_struct_init(mc_analysis *an, mc_state *st, int pl, const mc_expr *init, const char *var)
{
    forget_under(an, st, pl);
    for (int i = 0; i < init->nkids; i++) {
        const mc_expr *k = init->kids[i];
        bool named = k->kind == MC_EX_OTHER && k->nkids == 1 && k->op == 1;
        mc_val v = eval(an, st, named ? k->kids[0] : element_value(k));
        if (!named) {
            if (v.kind == V_RES)
                escape(an, st, v.res);
            continue;
        }
        store(an, st, field_place(an, pl, k->name, k->type), v, k->kids[0], NULL);
        mc_res *r = v.kind == V_RES ? mc_st_res(st, v.res) : NULL;
        if (r && !r->var && !r->var_expr)
            r->var = keep_text(an, mc_xasprintf("%s.%s", var, k->name));
    }
}

static void exec_decl(mc_analysis *an, mc_state *st, const mc_stmt *s)
{
    int pl = var_place(an, s->var);
    int slot = an->cleanup_slot[s->var];
    if (slot >= 0)
        st->cleanups |= 1ULL << slot;
    if (!s->e) {
        mc_st_set(st, pl, mc_val_unknown());
        return;
    }
    const mc_expr *init = mc_expr_strip(s->e);
    if (an->f->vars[s->var].type.kind == MC_TY_RECORD && init->kind == MC_EX_INIT && init->op == 1) {
        exec_struct_init(an, st, pl, init, an->f->vars[s->var].name);
        return;
    }
    mc_val v = eval(an, st, s->e);
    if (an->f->vars[s->var].type.kind == MC_TY_RECORD) {
        int src = place_of(an, st, s->e, false);
        if (src >= 0)
            copy_fields(an, st, pl, src, s->e);
        return;
    }
    v = shared_int(an, st, s->e, &an->f->vars[s->var].type, v);
    store(an, st, pl, v, s->e, NULL);
    mc_res *r = v.kind == V_RES ? mc_st_res(st, v.res) : NULL;
    if (r && !r->var && !r->var_expr)
        r->var = an->f->vars[s->var].name;
}

void exec_stmt(mc_analysis *an, mc_state *st, const mc_stmt *s)
{
    switch (s->kind) {
    case MC_ST_EXPR: eval(an, st, s->e); break;
    case MC_ST_DECL: exec_decl(an, st, s); break;
    case MC_ST_RETVAL: exec_retval(an, st, s); break;
    case MC_ST_SCOPE_END:
        for (int i = 0; i < s->nvars; i++)
            end_var(an, st, s->vars[i], s->loc, s->at_return);
        break;
    }
}
