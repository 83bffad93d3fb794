/* conditions.c - splitting a state on a condition: NULL, fd, status, ranges, bits, predicates. */
#include "internal.h"

/* ---- the truth of a value, and error paths ---- */

static int add_step(mc_analysis *an, mc_loc loc, mc_why why)
{
    MC_VEC_PUSH(an->steps, ((mc_step){loc, why}));
    return an->steps.n - 1;
}

static void push(states *v, mc_state *s)
{
    MC_VEC_PUSH(*v, s);
}

static void set_error(mc_analysis *an, mc_state *st, mc_loc loc, mc_why why)
{
    if (st->err_step < 0)
        st->err_step = add_step(an, loc, why);
}

static void bad_check(mc_analysis *an, mc_state *st, mc_val v, const mc_expr *e)
{
    mc_res *r = mc_st_res(st, v.res);
    if (!r || r->nullness != MC_NN_UNCHECKED)
        return;
    use(an, st, v, MC_USE_BAD_CHECK, e, e, NULL, -1);
    r = mc_st_res(st, v.res);
    r->nullness = MC_NN_OK;
}

/* The failure branch of a resource test. */
static void res_failed(mc_analysis *an, mc_state *st, int id, const mc_expr *e, mc_why why)
{
    mc_res *r = mc_st_res(st, id);
    r->nullness = MC_NN_FAILED;
    r->check_loc = e->loc;
    int old = r->realloc_link.old;
    uint8_t was = r->realloc_link.old_status;
    bool dropped = r->realloc_link.dropped;
    mc_loc where = r->realloc_link.loc;
    if (r->origin == MC_ORIG_ALLOC || r->took.fail)
        set_error(an, st, e->loc, why);
    settle_taken(an, st, id, true); /* fdopen failed: the descriptor is still ours */
    if (why.how == MC_WHY_CALL_FAILED) /* the call's status, not the pointer, was tested */
        settle_out_on_failure(an, st, id);
    if (old >= 0) {
        mc_res *o = mc_st_res(st, old);
        if (o && o->status == MC_RS_RELEASED) {
            o->status = was == MC_RS_ESCAPED && !dropped ? MC_RS_ESCAPED : MC_RS_LIVE;
            if (dropped) {
                o->owned = true;
                o->realloc_link.lost = true;
                o->realloc_link.loc = where;
            }
        }
    }
}

static void res_ok(mc_analysis *an, mc_state *st, int id, const mc_expr *e)
{
    mc_res *r = mc_st_res(st, id);
    r->nullness = MC_NN_OK;
    r->check_loc = e->loc;
    settle_taken(an, st, id, false);
}

bool fails_as_null(const mc_res *r)
{
    return r->fails == MC_FAIL_NONE || r->fails == MC_FAIL_NULL;
}

static bool fails_negative(const mc_res *r)
{
    return r->fails == MC_FAIL_NEGATIVE;
}

/* Splits on whether pointer/handle value v is "true" (non-NULL); why says, for
 * messages, which test failed on the NULL side. */
static void truth_res(mc_analysis *an, mc_state *st, mc_val v, const mc_expr *e, mc_why why, states *T,
                      states *F)
{
    const mc_res *r = mc_st_res_c(st, v.res);
    if (!r || (v.flags & VF_OFFSET)) {
        push(T, st);
        push(F, mc_st_copy(st));
        return;
    }
    if (r->nullness == MC_NN_UNCHECKED && r->fails == MC_FAIL_MAP_FAILED) {
        /* `!m || m == MAP_FAILED`: judged when m is used or the path ends */
        if (!r->null_check)
            mc_st_res(st, v.res)->null_check = e;
        push(T, st);
        return;
    }
    if (r->nullness == MC_NN_UNCHECKED && fails_negative(r))
        bad_check(an, st, v, e);
    r = mc_st_res_c(st, v.res);
    if (r->nullness == MC_NN_FAILED && !fails_negative(r)) {
        push(F, st);
        return;
    }
    if (r->nullness != MC_NN_UNCHECKED) {
        push(T, st);
        if (fails_negative(r) || r->origin == MC_ORIG_STACK || r->origin == MC_ORIG_STATIC ||
            r->origin == MC_ORIG_STRLIT || r->nullness == MC_NN_OK)
            return;
        push(F, mc_st_copy(st));
        return;
    }
    mc_state *f = mc_st_copy(st);
    res_ok(an, st, v.res, e);
    res_failed(an, f, v.res, e, why);
    push(T, st);
    push(F, f);
}

static bool def_is_call(const mc_val *v)
{
    return v->def && v->def->kind == MC_EX_CALL;
}

/* Splits on an integer that tests resource res against its failure value;
 * holds_if_ok says whether condition e holds where the resource is fine. */
static void split_test(mc_analysis *an, mc_state *st, int res, const mc_expr *e, bool holds_if_ok, states *T,
                       states *F)
{
    mc_why why = {e, holds_if_ok ? MC_WHY_FALSE : MC_WHY_HOLDS};
    truth_res(an, st, mc_val_res(res), e, why, holds_if_ok ? T : F, holds_if_ok ? F : T);
}

static void truth_int(mc_analysis *an, mc_state *st, mc_val v, int pl, const mc_expr *e, states *T, states *F)
{
    if ((v.flags & VF_TESTS) && mc_st_res(st, v.res)) {
        split_test(an, st, v.res, e, (v.flags & VF_TEST_NONNULL) != 0, T, F);
        return;
    }
    if (mc_val_exact(&v)) {
        push(v.lo ? T : F, st);
        return;
    }
    if (v.kind == V_INT && (v.lo > 0 || v.hi < 0 || (v.flags & VF_NONZERO))) {
        push(T, st);
        return;
    }
    const mc_res *sr = v.flags & VF_STATUS ? mc_st_res_c(st, v.res) : NULL;
    bool zero_fails = sr && sr->fails == MC_FAIL_ZERO;
    if (sr && (sr->fails == MC_FAIL_NONZERO || zero_fails) && sr->nullness != MC_NN_UNCHECKED) {
        /* a status already tested: 0 where it succeeded (where it failed, for zero_fails) */
        push((sr->nullness == MC_NN_FAILED) != zero_fails ? T : F, st);
        return;
    }
    mc_state *f = mc_st_copy(st);
    if (sr && (sr->fails == MC_FAIL_NONZERO || zero_fails)) {
        res_failed(an, zero_fails ? f : st, v.res, e, (mc_why){e, MC_WHY_CALL_FAILED});
        res_ok(an, zero_fails ? st : f, v.res, e);
    }
    if (pl >= 0) {
        mc_val t = as_interval(v.kind == V_INT ? v : (mc_val){.kind = V_UNKNOWN, .res = v.res}, &e->type);
        t.flags |= VF_NONZERO;
        if (e->type.kind == MC_TY_INT && !e->type.is_signed) {
            uint64_t lo, hi; /* unsigned and not zero: at least 1, so `i < n` holds for i = 0 */
            word_range(t, &e->type, &lo, &hi);
            t = from_words(t, &e->type, lo ? lo : 1, hi);
        }
        t.def = v.def;
        mc_st_set(st, pl, t);
        mc_val z = mc_val_int(0);
        z.def = v.def;
        z.flags = v.flags & VF_STATUS;
        z.res = v.res;
        mc_st_set(f, pl, z);
    }
    if (def_is_call(&v) && e->type.kind == MC_TY_BOOL)
        set_error(an, f, e->loc, (mc_why){e, MC_WHY_FALSE});
    push(T, st);
    push(F, f);
}

/* NULL from a system function that acquires nothing (readdir, strchr, getenv)
 * means "no more" or "not found", not a failure: the path is not an error path. */
static bool null_is_an_answer(mc_analysis *an, const mc_expr *call)
{
    const mc_callee *c = callee_of(an, call->sym);
    if (c && c->model)
        return !(c->model->roles & (MC_ROLE_ALLOC | MC_ROLE_REALLOC));
    return call->sym && call->sym->in_system_header;
}

static void truth_unknown_ptr(mc_analysis *an, mc_state *st, mc_val v, int pl, const mc_expr *e, states *T,
                              states *F)
{
    if (v.flags & VF_NONZERO) {
        push(T, st);
        return;
    }
    mc_state *f = mc_st_copy(st);
    if (pl >= 0) {
        mc_st_set(f, pl, (mc_val){.kind = V_NULL, .res = -1});
        /* remembered, so that a loop's `while (p)` after `if (!p) return;` enters */
        v.flags |= VF_NONZERO;
        mc_st_set(st, pl, v);
    }
    if (def_is_call(&v) && !null_is_an_answer(an, v.def))
        set_error(an, f, e->loc, (mc_why){e, MC_WHY_NULL});
    push(T, st);
    push(F, f);
}

static void truth_of(mc_analysis *an, mc_state *st, mc_val v, int pl, const mc_expr *e, mc_why why, states *T,
                     states *F)
{
    switch (v.kind) {
    case V_NULL: push(F, st); return;
    case V_RES: truth_res(an, st, v, e, why, T, F); return;
    case V_INT: truth_int(an, st, v, pl, e, T, F); return;
    default:
        if (is_pointer(&e->type))
            truth_unknown_ptr(an, st, v, pl, e, T, F);
        else
            truth_int(an, st, v, pl, e, T, F);
        return;
    }
}

/* The truth of v (at place pl) splits st into T and F. Where a pointer in a
 * global is found NULL, the path is a lazy initialisation (`if (!table) {
 * table = make(); name = make(); }`): what it stores in globals is kept there
 * on purpose. */
static void truth(mc_analysis *an, mc_state *st, mc_val v, int pl, const mc_expr *e, mc_why why, states *T,
                  states *F)
{
    int before = F->n;
    truth_of(an, st, v, pl, e, why, T, F);
    const mc_expr *root = mc_expr_strip(e);
    while (root && root->kind == MC_EX_MEMBER && !root->arrow)
        root = mc_expr_strip(root->kids[0]);
    bool global = is_pointer(&e->type) &&
                  ((pl >= 0 && an->places.v[place_root(an, pl)].kind == P_GLOBAL) || (root && root->kind == MC_EX_GLOBAL));
    for (int i = before; global && i < F->n; i++)
        F->v[i]->lazy_init = true;
}

/* ---- integer ranges, descriptors and statuses ---- */

static mc_binop flip(mc_binop op)
{
    switch (op) {
    case MC_BIN_LT: return MC_BIN_GT;
    case MC_BIN_GT: return MC_BIN_LT;
    case MC_BIN_LE: return MC_BIN_GE;
    case MC_BIN_GE: return MC_BIN_LE;
    default: return op;
    }
}

static mc_binop negate(mc_binop op)
{
    switch (op) {
    case MC_BIN_LT: return MC_BIN_GE;
    case MC_BIN_GT: return MC_BIN_LE;
    case MC_BIN_LE: return MC_BIN_GT;
    case MC_BIN_GE: return MC_BIN_LT;
    case MC_BIN_EQ: return MC_BIN_NE;
    default: return MC_BIN_EQ;
    }
}

/* Does `x op c` hold for every / no x in [lo, hi]?  Returns 1, 0, or -1 (depends). */
static int decide(mc_binop op, int64_t lo, int64_t hi, int64_t c)
{
    switch (op) {
    case MC_BIN_LT: return hi < c ? 1 : lo >= c ? 0 : -1;
    case MC_BIN_LE: return hi <= c ? 1 : lo > c ? 0 : -1;
    case MC_BIN_GT: return lo > c ? 1 : hi <= c ? 0 : -1;
    case MC_BIN_GE: return lo >= c ? 1 : hi < c ? 0 : -1;
    case MC_BIN_EQ: return lo == c && hi == c ? 1 : (c < lo || c > hi) ? 0 : -1;
    case MC_BIN_NE: return lo == c && hi == c ? 0 : (c < lo || c > hi) ? 1 : -1;
    default: return -1;
    }
}

/* Narrows [lo, hi] to the values where `x op c` holds. */
static void narrow(mc_binop op, int64_t c, mc_val *v)
{
    switch (op) {
    case MC_BIN_LT: if (c > INT64_MIN && v->hi > c - 1) v->hi = c - 1; break;
    case MC_BIN_LE: if (v->hi > c) v->hi = c; break;
    case MC_BIN_GT: if (c < INT64_MAX && v->lo < c + 1) v->lo = c + 1; break;
    case MC_BIN_GE: if (v->lo < c) v->lo = c; break;
    case MC_BIN_EQ: v->lo = v->hi = c; break;
    case MC_BIN_NE:
        if (v->lo == c && c < INT64_MAX) v->lo = c + 1;
        else if (v->hi == c && c > INT64_MIN) v->hi = c - 1;
        break;
    default: break;
    }
}

/* Which side of `call-result op c` is the error: 1 when true is, 0 when false is, -1 neither. */
static int error_side(mc_binop op, int64_t c)
{
    if ((op == MC_BIN_LT && c == 0) || (op == MC_BIN_LE && c == -1) || (op == MC_BIN_EQ && c < 0) ||
        (op == MC_BIN_NE && c == 0))
        return 1;
    if ((op == MC_BIN_GE && c == 0) || (op == MC_BIN_GT && c == -1) || (op == MC_BIN_NE && c < 0) ||
        (op == MC_BIN_EQ && c == 0))
        return 0;
    return -1;
}

/* Of `status op c`, the side that holds no negative value (1: true, 0: false),
 * where the other holds both negatives and successes; -1 when neither. */
static int ok_side(mc_binop op, int64_t c)
{
    if ((op == MC_BIN_GT && c >= 0) || (op == MC_BIN_GE && c >= 1))
        return 1;
    if ((op == MC_BIN_LT && c >= 1) || (op == MC_BIN_LE && c >= 0))
        return 0;
    return -1;
}

static void compare_fd(mc_analysis *an, mc_state *st, mc_binop op, mc_val v, int64_t c, const mc_expr *e,
                       states *T, states *F)
{
    int side = error_side(op, c);
    if ((op == MC_BIN_EQ || op == MC_BIN_NE) && c >= 0 && c <= 2) {
        if (c == 0)
            bad_check(an, st, v, e);
        mc_state *other = mc_st_copy(st);
        /* if (fd != STDIN_FILENO) close(fd): where it is 0, 1 or 2 it is taken
           for the standard stream, which is not this function's to close */
        escape(an, op == MC_BIN_EQ ? st : other, v.res);
        push(T, st);
        push(F, other);
        return;
    }
    bool std_below = ((op == MC_BIN_GT || op == MC_BIN_LE) && (c == 1 || c == 2)) ||
                     ((op == MC_BIN_GE || op == MC_BIN_LT) && (c == 2 || c == 3));
    if (std_below) {
        /* if (fd > STDERR_FILENO) close(fd): below it is a standard stream, or failed */
        mc_state *other = mc_st_copy(st);
        bool below_is_true = op == MC_BIN_LE || op == MC_BIN_LT;
        escape(an, below_is_true ? st : other, v.res);
        res_ok(an, below_is_true ? other : st, v.res, e);
        push(T, st);
        push(F, other);
        return;
    }
    if (op == MC_BIN_GT && c == 0)
        side = 0;
    if (op == MC_BIN_LE && c == 0)
        side = 1;
    mc_res *r = mc_st_res(st, v.res);
    if (side >= 0 && r->nullness != MC_NN_UNCHECKED) {
        /* already checked: the test is decided (fail side is T when side == 1) */
        bool failed = r->nullness == MC_NN_FAILED;
        push(failed == (side == 1) ? T : F, st);
        return;
    }
    if (side < 0) {
        push(T, st);
        push(F, mc_st_copy(st));
        return;
    }
    mc_state *other = mc_st_copy(st);
    mc_state *fail = side ? st : other, *ok = side ? other : st;
    res_failed(an, fail, v.res, e, (mc_why){e, side ? MC_WHY_HOLDS : MC_WHY_FALSE});
    res_ok(an, ok, v.res, e);
    push(T, st);
    push(F, other);
}

static void compare_status(mc_analysis *an, mc_state *st, mc_binop op, mc_val v, int64_t c, const mc_expr *e,
                           states *T, states *F)
{
    mc_res *r = mc_st_res(st, v.res);
    int side = r ? error_side(op, c) : -1;
    if (r && r->fails == MC_FAIL_NEGATIVE && c == 0 && (op == MC_BIN_NE || op == MC_BIN_EQ))
        side = -1;
    if (r && r->fails == MC_FAIL_ZERO) /* `ok == 0` fails where it holds; `ok == 1` (true) where it does not */
        side = op != MC_BIN_EQ && op != MC_BIN_NE ? -1
               : c == 0                           ? (op == MC_BIN_EQ)
               : c == 1                           ? (op == MC_BIN_NE)
                                                  : -1;
    mc_state *other = mc_st_copy(st);
    if (side >= 0 && r->nullness == MC_NN_UNCHECKED) {
        res_failed(an, side ? st : other, v.res, e, (mc_why){e, MC_WHY_CALL_FAILED});
        res_ok(an, side ? other : st, v.res, e);
    } else if (r && r->nullness == MC_NN_UNCHECKED && r->fails == MC_FAIL_NEGATIVE) {
        /* `n < 1`, `n > 0`: one side holds no negative status, so the call
           succeeded there; the other also holds successes (0), so stays open */
        int ok = ok_side(op, c);
        if (ok >= 0)
            res_ok(an, ok ? st : other, v.res, e);
    }
    push(T, st);
    push(F, other);
}

/* The other variables holding the value a branch narrows in place pl, copied
 * from one another (shared_int), learn the same. */
static void narrow_copies(mc_state *st, int pl, const mc_val *held, mc_val now)
{
    if (held->kind != V_INT || !held->def || held->def->kind != MC_EX_VAR)
        return;
    for (int i = 0; i < st->vals.n; i++)
        if (st->vals.v[i].place != pl && mc_val_same(&st->vals.v[i].v, held))
            mc_st_set(st, st->vals.v[i].place, now);
}

/* The comparison `x op c` of x, an integer of type t held in v, as unsigned
 * 64-bit words (c is a word): 1 or 0 when every x decides it alike, else -1,
 * with v narrowed to where it holds in *yes and to where it does not in *no.
 * Words are put in signed order (w ^ 2^63) for decide() and narrow(). */
static int decide_words(mc_binop op, mc_val v, const mc_type *t, int64_t c, mc_val *yes, mc_val *no)
{
    const uint64_t bias = 1ULL << 63;
    uint64_t lo, hi;
    word_range(v, t, &lo, &hi);
    int64_t k = (int64_t)((uint64_t)c ^ bias);
    mc_val w = {.kind = V_INT, .lo = (int64_t)(lo ^ bias), .hi = (int64_t)(hi ^ bias)};
    int d = decide(op, w.lo, w.hi, k);
    if ((v.flags & VF_NONZERO) && c == 0 && (op == MC_BIN_EQ || op == MC_BIN_NE))
        d = op == MC_BIN_NE;
    if (d >= 0)
        return d;
    mc_val wy = w, wn = w;
    narrow(op, k, &wy);
    narrow(negate(op), k, &wn);
    *yes = from_words(v, t, (uint64_t)wy.lo ^ bias, (uint64_t)wy.hi ^ bias);
    *no = from_words(v, t, (uint64_t)wn.lo ^ bias, (uint64_t)wn.hi ^ bias);
    return -1;
}

/* The same over the values of type ct, which x of type t is converted to; where
 * the conversion changes values, what the branch learns is not x's (*same). */
static int decide_values(mc_binop op, mc_val v, const mc_type *t, const mc_type *ct, int64_t c, mc_val *yes,
                         mc_val *no, bool *same)
{
    mc_val iv = as_interval(convert_int(as_interval(v, t), t, ct, same), ct);
    int d = decide(op, iv.lo, iv.hi, c);
    if ((iv.flags & VF_NONZERO) && c == 0 && (op == MC_BIN_EQ || op == MC_BIN_NE))
        d = op == MC_BIN_NE;
    *yes = *no = iv;
    narrow(op, c, yes);
    narrow(negate(op), c, no);
    return d;
}

/* `a op c`, a an integer whose value v of type t (in place pl) is converted to
 * a's type: every comparison of an unsigned 64-bit type is over its words, from
 * 0 to 2^64 - 1 (`n > SIZE_MAX` never holds, `n > SIZE_MAX - 1` may). */
static void compare_int(mc_analysis *an, mc_state *st, mc_binop op, mc_val v, const mc_type *t, int pl, int64_t c,
                        const mc_expr *a, const mc_expr *e, states *T, states *F)
{
    mc_val yes, no;
    bool same = true;
    int d = mc_type_is_u64(&a->type) ? decide_words(op, v, t, c, &yes, &no)
                                     : decide_values(op, v, t, &a->type, c, &yes, &no, &same);
    if (d >= 0) {
        push(d ? T : F, st);
        return;
    }
    if (c == 0 && (op == MC_BIN_EQ || op == MC_BIN_NE))
        (op == MC_BIN_NE ? &yes : &no)->flags |= VF_NONZERO;
    mc_state *f = mc_st_copy(st);
    if (pl >= 0 && same) {
        mc_val held = mc_st_get(st, pl);
        narrow_copies(st, pl, &held, yes);
        narrow_copies(f, pl, &held, no);
        mc_st_set(st, pl, yes);
        mc_st_set(f, pl, no);
    }
    /* a result already known not negative (fork()'s pid once `pid < 0` went
       its way, a count) that is not 0 is a success, not a failure */
    bool counts = c == 0 && v.kind == V_INT && v.lo >= 0;
    int side = def_is_call(&v) && !counts ? error_side(op, c) : -1;
    if (side >= 0)
        set_error(an, side ? st : f, e->loc, (mc_why){e, side ? MC_WHY_HOLDS : MC_WHY_FALSE});
    push(T, st);
    push(F, f);
}

/* ---- bit tests and predicates ---- */

/* The place a branch on `x & K` (K a nonzero constant, x an integer variable
 * or field) keeps its answer in, or -1. */
/* The field of place base that keeps the answer of `base & k`, once a branch
 * made one, or NULL. */
static const char *mask_name(const mc_analysis *an, int base, int64_t k)
{
    for (int i = 0; i < an->masks.n; i++)
        if (an->masks.v[i].base == base && an->masks.v[i].k == k)
            return an->masks.v[i].name;
    return NULL;
}

static int mask_place(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    if (e->kind != MC_EX_BINARY || e->op != MC_BIN_AND || e->nkids != 2)
        return -1;
    const mc_expr *x = mc_expr_strip(e->kids[0]), *k = mc_expr_strip(e->kids[1]);
    if (x->is_const) {
        const mc_expr *t = x;
        x = k;
        k = t;
    }
    if (!k->is_const || k->ival == 0 || x->type.kind != MC_TY_INT || (x->kind != MC_EX_VAR && x->kind != MC_EX_MEMBER))
        return -1;
    int base = place_of(an, st, x, false);
    if (base < 0 || (x->kind == MC_EX_VAR && is_temp_var(an, x->var)))
        return -1;
    const char *name = mask_name(an, base, k->ival);
    if (!name) {
        mc_mask m = {base, k->ival, NULL, mc_xasprintf("&%lld", (long long)k->ival)};
        MC_VEC_PUSH(an->masks, m);
        name = m.name;
    }
    return field_place(an, base, name, e->type);
}

/* `~flags & F` (F one bit) after a branch on `flags & F` taught the bit:
 * the complement of what that branch learnt. Only read, never taught. */
static bool complement_mask_known(mc_analysis *an, mc_state *st, const mc_expr *e, mc_val *out)
{
    if (e->kind != MC_EX_BINARY || e->op != MC_BIN_AND || e->nkids != 2)
        return false;
    const mc_expr *n = mc_expr_strip(e->kids[0]), *k = mc_expr_strip(e->kids[1]);
    if (n->is_const) {
        const mc_expr *t = n;
        n = k;
        k = t;
    }
    if (!k->is_const || k->ival <= 0 || (k->ival & (k->ival - 1)) || n->kind != MC_EX_UNARY ||
        n->op != MC_UN_BITNOT || n->nkids != 1)
        return false;
    const mc_expr *x = mc_expr_strip(n->kids[0]);
    if (x->type.kind != MC_TY_INT || (x->kind != MC_EX_VAR && x->kind != MC_EX_MEMBER))
        return false;
    int base = place_of(an, st, x, false);
    const char *name = base >= 0 ? mask_name(an, base, k->ival) : NULL;
    if (!name)
        return false;
    mc_val bit = mc_st_get(st, field_place(an, base, name, e->type));
    bool set = bit.kind == V_INT && ((bit.flags & VF_NONZERO) || bit.lo > 0 || bit.hi < 0);
    if (!set && !(bit.kind == V_INT && mc_val_exact(&bit) && bit.lo == 0))
        return false;
    *out = mc_val_int(set ? 0 : k->ival);
    return true;
}

/* A function of one pointer that writes nothing and answers with an integer
 * (is_stdout(name)): for the same object, the same answer. */
bool is_predicate(mc_analysis *an, const mc_symbol *s)
{
    const mc_summary *sum = s && has_body(s) ? summary_of(an, s) : NULL;
    return sum && sum->analysed && !sum->noreturn && sum->nparams == 1 && s->nparams == 1 &&
           sum->returns_test.on == MC_COND_NONE && !sum->returns_owned && !sum->writes.any && !sum->writes.extern_globals &&
           sum->writes.n == 0 && sum->param_effect[0] == MC_PARAM_BORROWS &&
           (param_is_const_ptr(s, 0) || (!sum->param_fields[0].all && sum->param_fields[0].n == 0)) &&
           (s->ret.kind == MC_TY_INT || s->ret.kind == MC_TY_BOOL);
}

static const char *predicate_field(mc_analysis *an, const mc_symbol *pred)
{
    for (int i = 0; i < an->masks.n; i++)
        if (an->masks.v[i].pred == pred)
            return an->masks.v[i].name;
    mc_mask m = {.base = PLACE_NONE, .pred = pred, .name = mc_xasprintf("&%s()", pred->name)};
    MC_VEC_PUSH(an->masks, m);
    an->npredicates++;
    return m.name;
}

/* What pred says of the object resource res points to: a field of that object,
 * gone when the object is written or the pointer points elsewhere. */
int predicate_of(mc_analysis *an, const mc_symbol *pred, int res, mc_type t)
{
    int pl = field_place(an, deref_place(an, res, t), predicate_field(an, pred), pred->ret);
    an->places.v[pl].pred = pred;
    return pl;
}

/* The same for the value passed as an argument, or -1. */
int predicate_of_arg(mc_analysis *an, const mc_symbol *pred, mc_val arg, const mc_expr *e)
{
    return arg.kind == V_RES && !(arg.flags & (VF_OFFSET | VF_INTERIOR)) ? predicate_of(an, pred, arg.res, e->type)
                                                                         : -1;
}

/* The answer a branch kept of a mask (`x & K`) or a predicate (`is_dir(p)`):
 * a field named with '&' (mask_place, predicate_field). */
bool is_answer_place(const mc_analysis *an, int pl)
{
    const mc_place *p = &an->places.v[pl];
    return p->kind == P_FIELD && p->field && p->field[0] == '&';
}

/* An answer about an object or an input, not about a local variable: a
 * predicate's, the bits of a field (`S_ISREG(st->st_mode)`: the kind of file a
 * stat describes) or of a parameter the function never assigns (`flags &
 * JOB_PTY`). Widening keeps these, as it keeps a guard: they tell which paths
 * hold what. A local's bits are forgotten with the local. */
bool is_object_answer(const mc_analysis *an, int pl)
{
    if (!is_answer_place(an, pl))
        return false;
    const mc_place *base = &an->places.v[an->places.v[pl].parent];
    if (base->kind != P_VAR)
        return true;
    int v = base->var;
    return v >= 0 && v < an->f->nvars && v < 64 && an->f->vars[v].is_param && !(an->params_assigned >> v & 1);
}

/* What a predicate said of an object (of the one res points to, unless res < 0). */
bool is_predicate_place(const mc_analysis *an, int pl, int res)
{
    const mc_place *p = &an->places.v[pl];
    return p->pred && (res < 0 || an->places.v[p->parent].res == res);
}

/* The object res points to may have been written: what predicates said of it
 * is gone, and what a call chose by one of their answers is ours either way. */
void forget_predicates(mc_analysis *an, mc_state *st, int res)
{
    if (!an->npredicates)
        return;
    for (int i = 0; i < st->vals.n; i++)
        if (is_predicate_place(an, st->vals.v[i].place, res))
            mc_st_clear_at(st, i);
    for (int i = 0; i < st->res.n; i++) {
        const mc_res *r = &st->res.v[i].r;
        if (r->owned_if.set && r->owned_if.place >= 0 && is_predicate_place(an, r->owned_if.place, res))
            mc_st_res(st, st->res.v[i].id)->owned_if.set = false;
    }
}

/* if (!is_stdout(name)) fclose(f): the place that keeps what the branch learns
 * of a predicate call, or -1. */
static int predicate_place(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    if (e->kind != MC_EX_CALL || e->nkids != 2 || !is_predicate(an, e->sym))
        return -1;
    const mc_expr *arg = mc_expr_strip(e->kids[1]);
    if (arg->kind != MC_EX_VAR && arg->kind != MC_EX_MEMBER)
        return -1;
    int apl = place_of(an, st, arg, false);
    return apl >= 0 ? predicate_of_arg(an, e->sym, mc_st_get(st, apl), arg) : -1;
}

/* x is written: what branches learned of its bits is gone. */
void forget_masks(mc_analysis *an, mc_state *st, int pl)
{
    for (int m = 0; m < an->masks.n && pl >= 0; m++) {
        if (an->masks.v[m].base != pl)
            continue;
        for (int i = 0; i < st->vals.n; i++) {
            int at = st->vals.v[i].place;
            if (is_answer_place(an, at) && an->places.v[at].parent == pl)
                mc_st_clear_at(st, i);
        }
        return;
    }
}

/* ---- comparisons ---- */

/* For a leaf `a op b` of a condition: the value of a, its type (a's, or the type
 * of the variable or field read under a's conversions) and, where a names a
 * place, that place, so the branch can teach the path what it learned. */
mc_val operand(mc_analysis *an, mc_state *st, const mc_expr *a, int *pl, const mc_type **type)
{
    const mc_expr *s = mc_expr_strip(a);
    *pl = PLACE_NONE;
    *type = &s->type;
    if (s->kind == MC_EX_BINARY && s->op == MC_BIN_ASSIGN) {
        mc_val v = eval(an, st, s);
        const mc_expr *lhs = mc_expr_strip(s->kids[0]);
        if (lhs->kind == MC_EX_VAR)
            *pl = var_place(an, lhs->var);
        return v;
    }
    if (s->kind == MC_EX_VAR || s->kind == MC_EX_MEMBER || (s->kind == MC_EX_GLOBAL && s->global)) {
        if (s->kind == MC_EX_VAR && an->f->vars[s->var].type.kind == MC_TY_ARRAY)
            return eval(an, st, s);
        if (s->kind == MC_EX_GLOBAL) {
            mc_val v = eval(an, st, s);
            int64_t k;
            bool constant = mc_global_constant(s->global, &k);
            if (an->at_loop_head && v.kind == V_INT && !constant)
                return mc_val_unknown(); /* what an earlier branch taught may not hold any more */
            /* a flag: the branch teaches the path its value (until a call may write it) */
            /* not a loop's: `while (running)` may be ended by a signal handler */
            if ((s->type.kind == MC_TY_INT || s->type.kind == MC_TY_BOOL) && !mc_val_exact(&v) && !an->at_loop_head) {
                *pl = global_place(an, s);
                if (an->cw.guard_pl < 0)
                    an->cw.guard_pl = *pl;
            }
            return v;
        }
        *pl = place_of(an, st, s, false);
        if (*pl < 0)
            return mc_val_unknown();
        mc_val v = read_place(an, st, *pl, s);
        if (s->kind == MC_EX_VAR && is_temp_var(an, s->var))
            *pl = PLACE_NONE;
        return v;
    }
    mc_val v = eval(an, st, a);
    *type = &a->type;
    mc_val complement;
    if (!mc_val_exact(&v) && !st->dead && complement_mask_known(an, st, s, &complement))
        return complement;
    int mp = !mc_val_exact(&v) && !st->dead ? mask_place(an, st, s) : -1;
    if (mp < 0 && !mc_val_exact(&v) && !st->dead && !(v.flags & VF_TESTS))
        mp = predicate_place(an, st, s);
    if (mp >= 0) { /* if (flags & F) ... if (flags & F): the second knows */
        *pl = mp;
        mc_val known = mc_st_get(st, mp);
        if (known.kind == V_INT) {
            *type = &s->type;
            return known;
        }
    }
    if (mp < 0 && s->kind == MC_EX_CALL && v.kind == V_INT && v.def && v.def->kind == MC_EX_VAR) {
        int vp = var_place(an, v.def->var); /* if (id(n)): the argument handed back (returned_arg) */
        mc_val held = mc_st_get(st, vp);
        if (mc_val_same(&held, &v))
            *pl = vp;
    }
    return v;
}

/* Do two pointers compare equal: 1 yes, 0 no, -1 cannot tell. Distinct objects
 * (a fresh block, a local array, a static) never share an address. */
static int pointers_equal(const mc_analysis *an, const mc_state *st, mc_val a, mc_val b)
{
    if (a.res == b.res)
        return ((a.flags | b.flags) & (VF_OFFSET | VF_INTERIOR)) || res_is_summary(an, a.res) ? -1 : 1;
    const mc_res *x = mc_st_res_c(st, a.res), *y = mc_st_res_c(st, b.res);
    if (!x || !y)
        return -1;
    /* NULL is no object: a pointer found NULL differs from one found not NULL
       (a fresh block against the field tested NULL that it stands in for) */
    bool known = x->nullness != MC_NN_UNCHECKED && y->nullness != MC_NN_UNCHECKED;
    if (known && x->nullness != y->nullness && fails_as_null(x) && fails_as_null(y) && !((a.flags | b.flags) & VF_OFFSET))
        return 0;
    if (x->nullness == MC_NN_FAILED || y->nullness == MC_NN_FAILED)
        return -1;
    bool xd = x->origin == MC_ORIG_ALLOC || x->origin == MC_ORIG_STACK || x->origin == MC_ORIG_STATIC;
    bool yd = y->origin == MC_ORIG_ALLOC || y->origin == MC_ORIG_STACK || y->origin == MC_ORIG_STATIC;
    /* distinct objects: unequal, unless both may be NULL (one unchecked allocation
       compared with a buffer on the stack still differs from it) */
    return xd && yd && (x->nullness == MC_NN_OK || y->nullness == MC_NN_OK) ? 0 : -1;
}

/* `p != &sentinel`: where a parameter equals the address of a static object, it
 * is that object, nothing to release (sqlite3_str_free leaves &sqlite3OomStr). */
static bool compare_with_static(mc_state *st, mc_binop op, mc_val va, mc_val vb, states *T, states *F)
{
    const mc_res *x = mc_st_res_c(st, va.res), *y = mc_st_res_c(st, vb.res);
    if (x && y && y->origin == MC_ORIG_PARAM) {
        const mc_res *t = x; x = y; y = t;
        va = vb;
    }
    if (!x || !y || x->origin != MC_ORIG_PARAM || y->origin != MC_ORIG_STATIC || ((va.flags | vb.flags) & VF_OFFSET))
        return false;
    mc_state *eq = mc_st_copy(st);
    mc_st_res(eq, va.res)->is_static = true;
    push(op == MC_BIN_EQ ? T : F, eq);
    push(op == MC_BIN_EQ ? F : T, st);
    return true;
}

/* A block this function acquired, checked and kept to itself is not what a
 * global or a field held before (f != stdin after f = fopen(...); tmux's
 * `if (ud != pr->copied) free(ud)`): had it been stored there, the place would
 * hold the same value, and a global or a caller's object would have been
 * handed it. */
static bool fresh_vs_place(const mc_state *st, mc_val v, const mc_expr *other, mc_val other_v)
{
    const mc_expr *o = mc_expr_strip(other);
    const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    bool place = o && ((o->kind == MC_EX_GLOBAL && o->global) || o->kind == MC_EX_MEMBER);
    if (!r || !place || !is_pointer(&o->type) || (other_v.kind == V_RES && other_v.res == v.res))
        return false;
    return r->origin == MC_ORIG_ALLOC && r->owned && r->status == MC_RS_LIVE && r->nullness == MC_NN_OK &&
           !(v.flags & VF_OFFSET);
}

static bool is_null_value(const mc_val *v, const mc_expr *e)
{
    return v->kind == V_NULL || (mc_val_exact(v) && v->lo == 0 && is_pointer(&e->type));
}

/* `MAX / b`: a constant divided by something. */
static bool is_quotient_bound(const mc_expr *e)
{
    const mc_expr *q = mc_expr_strip(e);
    return q->kind == MC_EX_BINARY && q->op == MC_BIN_DIV && mc_expr_strip(q->kids[0])->is_const;
}

/* Records `a * b` as overflow-checked when the path saw `a > MAX / b` fail. */
static void note_product_guard(mc_analysis *an, mc_state *st, const mc_expr *a, const mc_expr *bound)
{
    const mc_expr *q = mc_expr_strip(bound);
    if (!is_quotient_bound(q))
        return;
    int pa = PLACE_NONE, pb = PLACE_NONE;
    const mc_expr *x = mc_expr_strip(a), *y = mc_expr_strip(q->kids[1]);
    if (x->kind == MC_EX_VAR)
        pa = var_place(an, x->var);
    if (y->kind == MC_EX_VAR)
        pb = var_place(an, y->var);
    if (pa >= 0 && pb >= 0)
        rel_add(st, (mc_rel){pa, pb, MC_REL_PRODUCT_FITS, 0});
}

/* The places of x and y in `x + y`, integer variables or fields, or false. */
static bool sum_places(mc_analysis *an, mc_state *st, const mc_expr *x, const mc_expr *y, int *px, int *py)
{
    *px = int_operand_place(an, st, x);
    *py = int_operand_place(an, st, y);
    return *px >= 0 && *py >= 0;
}

/* A bound on a sum: `x >= K - y` (written so that the sum cannot wrap, and
 * meaning x + y >= K where y is a length below K), or `x + y > K` with nothing
 * known of the sum. The branch where the sum is below the bound remembers it
 * (bounded_sum() reads it). */
static bool split_on_sum(mc_analysis *an, mc_state *st, mc_binop op, const mc_expr *a, const mc_expr *b, mc_val va,
                         states *T, states *F)
{
    const mc_expr *sa = mc_expr_strip(a), *sb = mc_expr_strip(b);
    int px, py;
    int64_t k;
    if (sb->kind == MC_EX_BINARY && sb->op == MC_BIN_SUB && mc_expr_strip(sb->kids[0])->is_const &&
        sum_places(an, st, sa, sb->kids[1], &px, &py))
        k = mc_expr_strip(sb->kids[0])->ival;
    else if (sa->kind == MC_EX_BINARY && sa->op == MC_BIN_ADD && sb->is_const && va.kind != V_INT &&
             sum_places(an, st, sa->kids[0], sa->kids[1], &px, &py))
        k = sb->ival;
    else
        return false;
    if (k <= 0 || k == INT64_MAX || !(op == MC_BIN_GT || op == MC_BIN_GE || op == MC_BIN_LT || op == MC_BIN_LE))
        return false;
    mc_state *f = mc_st_copy(st);
    mc_state *below = op == MC_BIN_GT || op == MC_BIN_GE ? f : st;
    rel_add(below, (mc_rel){px, py, MC_REL_SUM_BELOW, op == MC_BIN_GT || op == MC_BIN_LE ? k + 1 : k});
    push(T, st);
    push(F, f);
    return true;
}

/* p == NO_OBJECT ((void *)-1): a callee that answers with a sentinel instead
 * of a block; where p is the sentinel, there is no block to own. */
static void compare_sentinel(mc_state *st, mc_binop op, mc_val v, const mc_expr *e, states *T, states *F)
{
    mc_state *same = mc_st_copy(st);
    mc_res *r = mc_st_res(same, v.res);
    if (r->origin == MC_ORIG_ALLOC && r->status == MC_RS_LIVE) {
        r->nullness = MC_NN_FAILED;
        r->check_loc = e->loc;
    }
    push(op == MC_BIN_EQ ? T : F, same);
    push(op == MC_BIN_EQ ? F : T, st);
}

/* `(_Bool)p`: a pointer converted to a truth value. */
static bool is_bool_of_pointer(const mc_expr *a)
{
    for (; a && a->kind == MC_EX_CAST && a->nkids == 1; a = a->kids[0])
        if (a->type.kind == MC_TY_BOOL)
            return is_pointer(&mc_expr_strip(a)->type);
    return false;
}

/* `ok == 0`, `failed != 0`, `(_Bool)p == 0`: a truth value of a test against NULL
 * compared with 0 or 1. */
static bool compare_test(mc_analysis *an, mc_state *st, mc_binop op, mc_val va, mc_val vb, const mc_expr *a,
                         const mc_expr *e, states *T, states *F)
{
    if ((op != MC_BIN_EQ && op != MC_BIN_NE) || !mc_val_exact(&vb) || (vb.lo != 0 && vb.lo != 1))
        return false;
    bool holds_if_true = (op == MC_BIN_NE) == (vb.lo == 0);
    if ((va.flags & VF_TESTS) && mc_st_res(st, va.res)) {
        bool nonnull = (va.flags & VF_TEST_NONNULL) != 0;
        split_test(an, st, va.res, e, nonnull == holds_if_true, T, F);
        return true;
    }
    if (va.kind == V_RES && is_bool_of_pointer(a) && !(va.flags & VF_OFFSET)) {
        const mc_res *r = mc_st_res_c(st, va.res);
        if (!r || r->fails == MC_FAIL_NEGATIVE || r->fails == MC_FAIL_MAP_FAILED)
            return false;
        split_test(an, st, va.res, e, holds_if_true, T, F);
        return true;
    }
    return false;
}

/* Two integers holding one value made for both (a copy, a counter at its
 * bound): what they hold is unknown, but they are equal. */
static bool one_shared_int(const mc_val *va, const mc_val *vb, const mc_expr *a, const mc_expr *b)
{
    return va->kind == V_INT && va->def && mc_val_same(va, vb) && !is_pointer(&a->type) && !is_pointer(&b->type);
}

/* The most an unsigned x can be for `x << k`, `x * k` or `x + k` (k a positive
 * constant) not to wrap in t, or 0 when that is no such expression or the
 * bound does not fit an int64_t. */
static uint64_t no_wrap_bound(const mc_expr *grown)
{
    const mc_expr *k = mc_expr_strip(grown->kids[1]);
    const mc_type *t = &grown->type;
    int bits = t->bits ? t->bits : 64;
    if (t->kind != MC_TY_INT || t->is_signed || !k->is_const || k->ival <= 0 || k->ival >= bits)
        return 0;
    uint64_t max = bits >= 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1, bound = 0;
    if (grown->op == MC_BIN_SHL)
        bound = max >> k->ival;
    else if (grown->op == MC_BIN_MUL && k->ival > 1)
        bound = max / (uint64_t)k->ival;
    else if (grown->op == MC_BIN_ADD)
        bound = max - (uint64_t)k->ival;
    return bound <= INT64_MAX ? bound : 0;
}

/* `(x << 1) < x` and the like: the test that growing x wrapped around. It
 * holds exactly where x is above the bound no_wrap_bound() gives, so the branch
 * teaches the path that (zlib's gzbuffer() keeps a size it can double). */
static bool compare_wrap_test(mc_analysis *an, mc_state *st, mc_binop op, const mc_expr *a, const mc_expr *b,
                              const mc_expr *e, states *T, states *F)
{
    if (op == MC_BIN_GT || op == MC_BIN_LE) {
        const mc_expr *t = a; a = b; b = t;
        op = flip(op);
    }
    const mc_expr *grown = mc_expr_strip(a);
    if ((op != MC_BIN_LT && op != MC_BIN_GE) || grown->kind != MC_EX_BINARY || grown->nkids != 2)
        return false;
    uint64_t bound = no_wrap_bound(grown);
    int px = bound ? int_operand_place(an, st, grown->kids[0]) : PLACE_NONE;
    if (px < 0 || px != int_operand_place(an, st, b))
        return false;
    int pl;
    const mc_type *t;
    mc_val v = operand(an, st, grown->kids[0], &pl, &t);
    compare_int(an, st, op == MC_BIN_LT ? MC_BIN_GT : MC_BIN_LE, v, t, pl, (int64_t)bound, grown->kids[0], e, T, F);
    return true;
}

/* Whether every value of integer type t is the same once converted to ct. */
static bool keeps_values(const mc_type *t, const mc_type *ct)
{
    bool same;
    convert_int(as_interval(mc_val_unknown(), t), t, ct, &same);
    return t->kind == MC_TY_INT && ct->kind == MC_TY_INT && same;
}

/* The integer place an operand of a comparison reads, unconverted in value,
 * or PLACE_NONE. */
static int order_place(mc_analysis *an, mc_state *st, const mc_expr *x, const mc_type *ct)
{
    const mc_expr *s = mc_expr_strip(x);
    if (s->kind != MC_EX_VAR && s->kind != MC_EX_MEMBER)
        return PLACE_NONE;
    int pl = int_operand_place(an, st, s);
    return pl >= 0 && keeps_values(&an->places.v[pl].type, ct) ? pl : PLACE_NONE;
}

/* `x op y` of two integer variables or fields: on each side the lesser is
 * at most the greater's highest value (relations.c); a side whose bounds
 * contradict it is no path. */
static bool compare_places(mc_analysis *an, mc_state *st, mc_binop op, const mc_expr *a, const mc_expr *b, states *T,
                           states *F)
{
    if (op != MC_BIN_EQ && op != MC_BIN_LT && op != MC_BIN_LE && op != MC_BIN_GT && op != MC_BIN_GE)
        return false;
    int pa = order_place(an, st, a, &a->type), pb = order_place(an, st, b, &b->type);
    if (pa < 0 || pb < 0 || pa == pb)
        return false;
    mc_state *f = mc_st_copy(st);
    if (rel_order(an, st, op, pa, pb))
        push(T, st);
    else
        mc_st_free(st);
    if (rel_order(an, f, negate(op), pa, pb))
        push(F, f);
    else
        mc_st_free(f);
    return true;
}

static void compare(mc_analysis *an, mc_state *st, const mc_expr *e, states *T, states *F)
{
    mc_binop op = (mc_binop)e->op;
    const mc_expr *a = e->kids[0], *b = e->kids[1];
    int pa, pb;
    const mc_type *ta, *tb;
    mc_val va = operand(an, st, a, &pa, &ta);
    mc_val vb = operand(an, st, b, &pb, &tb);
    if (st->dead) {
        push(T, st);
        return;
    }
    if (compare_wrap_test(an, st, op, a, b, e, T, F))
        return;
    if ((mc_val_exact(&va) || va.kind == V_NULL) && !(mc_val_exact(&vb) || vb.kind == V_NULL)) {
        mc_val tv = va; va = vb; vb = tv;
        int tp = pa; pa = pb; pb = tp;
        const mc_expr *te = a; a = b; b = te;
        const mc_type *tt = ta; ta = tb; tb = tt;
        op = flip(op);
    }
    if (mc_val_exact(&vb))
        vb = convert_int(vb, tb, &b->type, NULL); /* the constant as the comparison sees it */
    if (compare_test(an, st, op, va, vb, a, e, T, F))
        return;
    if (one_shared_int(&va, &vb, a, b)) {
        push(decide(op, 0, 0, 0) ? T : F, st); /* as x op x */
        return;
    }
    bool vs_null = is_null_value(&vb, b) || (vb.kind == V_NULL);
    if ((op == MC_BIN_EQ || op == MC_BIN_NE) && vs_null && (va.kind == V_RES || is_pointer(&a->type))) {
        mc_why why = {e, op == MC_BIN_EQ ? MC_WHY_HOLDS : MC_WHY_FALSE};
        if (op == MC_BIN_EQ)
            truth(an, st, va, pa, a, why, F, T);
        else
            truth(an, st, va, pa, a, why, T, F);
        return;
    }
    if (va.kind == V_RES && mc_val_exact(&vb)) {
        mc_res *r = mc_st_res(st, va.res);
        if (r && r->fails == MC_FAIL_MAP_FAILED && vb.lo == -1 && (op == MC_BIN_EQ || op == MC_BIN_NE)) {
            compare_fd(an, st, op, va, -1, e, T, F);
            return;
        }
        if (r && fails_negative(r)) {
            compare_fd(an, st, op, va, vb.lo, e, T, F);
            return;
        }
        if (r && vb.lo != 0 && (op == MC_BIN_EQ || op == MC_BIN_NE) && is_pointer(&a->type)) {
            compare_sentinel(st, op, va, e, T, F);
            return;
        }
    }
    if ((op == MC_BIN_EQ || op == MC_BIN_NE) && (fresh_vs_place(st, va, b, vb) || fresh_vs_place(st, vb, a, va))) {
        push(op == MC_BIN_NE ? T : F, st);
        return;
    }
    if ((op == MC_BIN_EQ || op == MC_BIN_NE) && va.kind == V_RES && vb.kind == V_RES) {
        int same = pointers_equal(an, st, va, vb);
        if (same >= 0) {
            push((same == 1) == (op == MC_BIN_EQ) ? T : F, st);
            return;
        }
        if (compare_with_static(st, op, va, vb, T, F))
            return;
    }
    if ((va.flags & VF_STATUS) && mc_val_exact(&vb)) {
        compare_status(an, st, op, va, vb.lo, e, T, F);
        return;
    }
    if (split_on_sum(an, st, op, a, b, va, T, F))
        return;
    if (mc_val_exact(&vb) && va.kind != V_RES && !is_pointer(&a->type)) {
        compare_int(an, st, op, va, ta, pa, vb.lo, a, e, T, F);
        return;
    }
    if (compare_places(an, st, op, a, b, T, F))
        return;
    /* `a > MAX / b` failing, or `a < MAX / b` holding, guards `a * b`; so
     * does `MAX / b < a` failing (OpenBSD's reallocarray). */
    if (is_quotient_bound(a) && !is_quotient_bound(b)) {
        const mc_expr *t = a; a = b; b = t;
        op = flip(op);
    }
    mc_state *f = mc_st_copy(st);
    if (op == MC_BIN_GT || op == MC_BIN_GE)
        note_product_guard(an, f, a, b);
    else if (op == MC_BIN_LT || op == MC_BIN_LE)
        note_product_guard(an, st, a, b);
    push(T, st);
    push(F, f);
}

/* Splits st on condition e into the states where it holds (T) and not (F). */
void split(mc_analysis *an, mc_state *st, const mc_expr *e, states *T, states *F)
{
    const mc_expr *s = mc_expr_strip(e);
    if (s->is_const) {
        push(s->ival ? T : F, st);
        return;
    }
    if (s->kind == MC_EX_UNARY && s->op == MC_UN_NOT) {
        split(an, st, s->kids[0], F, T);
        return;
    }
    if (s->kind == MC_EX_BINARY && mc_binop_is_compare((mc_binop)s->op)) {
        compare(an, st, s, T, F);
        return;
    }
    if (s->kind == MC_EX_BINARY && s->op == MC_BIN_COMMA) {
        eval(an, st, s->kids[0]);
        split(an, st, s->kids[1], T, F);
        return;
    }
    int pl;
    const mc_type *type;
    mc_val v = operand(an, st, s, &pl, &type);
    if (st->dead) {
        push(T, st);
        return;
    }
    truth(an, st, v, pl, s, (mc_why){s, MC_WHY_NULL}, T, F);
}
