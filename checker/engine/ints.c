/* ints.c - integer values of a C type: ranges, 64-bit words, conversions. */
#include "internal.h"

/* ---- integers ---- */

/* v as a range of the values of type t: the whole type when nothing is known. */
mc_val as_interval(mc_val v, const mc_type *t)
{
    if (v.kind == V_INT)
        return v;
    mc_val r = {.kind = V_INT, .flags = v.flags, .res = v.res, .def = v.def};
    r.lo = t->kind == MC_TY_INT && !t->is_signed ? 0 : INT64_MIN;
    r.hi = INT64_MAX;
    if (t->kind == MC_TY_INT && t->bits < 64) {
        r.hi = t->is_signed ? (int64_t)((1ULL << (t->bits - 1)) - 1) : (int64_t)((1ULL << t->bits) - 1);
        r.lo = t->is_signed ? -r.hi - 1 : 0;
    }
    return r;
}

/* The 64-bit words v, an integer of type t, may be once converted to an
 * unsigned 64-bit type: a signed value is sign-extended, so its negative values
 * are the words above INT64_MAX. A range across 0 gives every word. */
void word_range(mc_val v, const mc_type *t, uint64_t *lo, uint64_t *hi)
{
    v = as_interval(v, t);
    if (v.lo >= 0) {
        *lo = (uint64_t)v.lo;
        /* an unsigned 64-bit value not bounded below 2^63 is not bounded at all */
        *hi = mc_type_is_u64(t) && v.hi == INT64_MAX && v.lo < v.hi ? UINT64_MAX : (uint64_t)v.hi;
    } else if (v.hi < 0) {
        *lo = (uint64_t)v.lo;
        *hi = (uint64_t)v.hi;
    } else {
        *lo = 0;
        *hi = UINT64_MAX;
    }
}

/* old, an integer of type t, narrowed to where its words (see word_range) lie
 * in [lo, hi], a part of old's: no narrower than old when t holds that set as
 * no one range (a signed value's words on both sides of 2^63). */
mc_val from_words(mc_val old, const mc_type *t, uint64_t lo, uint64_t hi)
{
    mc_val v = as_interval(old, t);
    if (hi <= INT64_MAX || lo > INT64_MAX) {
        v.lo = (int64_t)lo;
        v.hi = (int64_t)hi;
    } else if (mc_type_is_u64(t)) {
        v.lo = lo < INT64_MAX ? (int64_t)lo : INT64_MAX - 1; /* [lo, 2^64 - 1]: no upper bound */
        v.hi = INT64_MAX;
    }
    return v;
}

/* The values v, an integer of type t, may have, when they are below 2^63. */
bool value_range(mc_val v, const mc_type *t, int64_t *lo, int64_t *hi)
{
    if (!mc_type_is_u64(t)) {
        v = as_interval(v, t);
        *lo = v.lo;
        *hi = v.hi;
        return true;
    }
    uint64_t wlo, whi;
    word_range(v, t, &wlo, &whi);
    *lo = (int64_t)wlo;
    *hi = (int64_t)whi;
    return whi <= INT64_MAX;
}

/* v, an integer of type from, converted to integer type to as C converts it.
 * *same (unless NULL) says whether its values are unchanged, so that what a
 * branch learns of the converted value holds of v. */
mc_val convert_int(mc_val v, const mc_type *from, const mc_type *to, bool *same)
{
    bool ignored;
    if (!same)
        same = &ignored;
    *same = true;
    if (from->kind != MC_TY_INT || to->kind != MC_TY_INT)
        return v;
    if (v.kind == V_UNKNOWN && from->bits && from->bits < to->bits)
        v = as_interval(v, from); /* (unsigned)le16(p): a narrower type's values, 0 to 65535 */
    if (v.kind != V_INT)
        return v;
    if (mc_val_exact(&v)) {
        v.lo = v.hi = mc_int_wrap(v.lo, to);
        return v;
    }
    mc_val r = as_interval(mc_val_unknown(), to);
    r.flags = v.flags;
    r.res = v.res;
    r.def = v.def;
    if (mc_type_is_u64(to)) {
        uint64_t lo, hi;
        word_range(v, from, &lo, &hi);
        r = from_words(r, to, lo, hi);
        /* the same numbers, but for a signed range across 0, or one unbounded
           above, which as unsigned 64-bit words is unbounded both ways */
        *same = mc_type_is_u64(from) || v.hi < 0 || (v.lo >= 0 && v.hi < INT64_MAX);
        return r;
    }
    int64_t lo, hi;
    if (value_range(v, from, &lo, &hi) && lo >= r.lo && hi <= r.hi) {
        r.lo = lo;
        r.hi = hi;
        return r;
    }
    *same = false;
    if (to->bits < from->bits)
        r.flags &= (uint8_t)~VF_NONZERO; /* 0x100 is nonzero, (uint8_t)0x100 is not */
    return r;
}

/* ---- arithmetic on ranges ---- */

typedef struct span {
    __int128 lo, hi;
} span;

/* The numbers v, an integer of type t, may be: false when some are 2^63 or more. */
static bool span_of(mc_val v, const mc_type *t, span *s)
{
    int64_t lo, hi;
    if ((v.kind != V_INT && v.kind != V_UNKNOWN) || (t->kind != MC_TY_INT && t->kind != MC_TY_BOOL) ||
        !value_range(v, t, &lo, &hi))
        return false;
    *s = (span){lo, hi};
    return true;
}

static span span_mul(span a, span b)
{
    __int128 c[4] = {a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi};
    span r = {c[0], c[0]};
    for (int i = 1; i < 4; i++) {
        r.lo = c[i] < r.lo ? c[i] : r.lo;
        r.hi = c[i] > r.hi ? c[i] : r.hi;
    }
    return r;
}

/* a % k for a constant k > 0: C's remainder takes the sign of a. */
static span span_rem(span a, int64_t k)
{
    if (a.lo == a.hi)
        return (span){a.lo % k, a.lo % k};
    if ((a.lo >= 0 && a.hi < k) || (a.hi <= 0 && a.lo > -k))
        return a; /* smaller than k already */
    return (span){a.lo >= 0 ? 0 : -(k - 1), a.hi <= 0 ? 0 : k - 1};
}

/* What op does to the numbers of a and b, as mathematics: false when it is not
 * worked out (a divisor or count that is not one known constant, and so on). */
static bool span_op(mc_binop op, span a, span b, int width, span *r)
{
    bool k = b.lo == b.hi, shift_ok = k && b.lo >= 0 && b.lo < width && a.lo >= 0;
    switch (op) {
    case MC_BIN_ADD: *r = (span){a.lo + b.lo, a.hi + b.hi}; return true;
    case MC_BIN_SUB: *r = (span){a.lo - b.hi, a.hi - b.lo}; return true;
    case MC_BIN_MUL: *r = span_mul(a, b); return true;
    case MC_BIN_DIV:
        if (!k || b.lo == 0)
            return false;
        *r = b.lo > 0 ? (span){a.lo / b.lo, a.hi / b.lo} : (span){a.hi / b.lo, a.lo / b.lo};
        return true;
    case MC_BIN_REM:
        if (!k || b.lo <= 0)
            return false;
        *r = span_rem(a, (int64_t)b.lo);
        return true;
    case MC_BIN_SHR:
    case MC_BIN_SHL:
        if (!shift_ok) /* a negative value shifted: undefined, or not a range */
            return false;
        *r = op == MC_BIN_SHR ? (span){a.lo >> (int)b.lo, a.hi >> (int)b.lo} : (span){a.lo << (int)b.lo, a.hi << (int)b.lo};
        return true;
    case MC_BIN_AND:
        /* the bits of a value of at least 0, or of the smaller of two: with a
           mask of any sign (`(n + 127) & ~127`), no more than that value */
        if (a.lo < 0 && b.lo < 0)
            return false;
        *r = (span){0, b.lo < 0 || (a.lo >= 0 && a.hi < b.hi) ? a.hi : b.hi};
        return true;
    default: return false;
    }
}

/* a op b for integers a of type ta and b of type tb, the result of type to: the
 * range of its values when no value of the operands makes it wrap in to (and it
 * says more than to's range), else nothing known. */
mc_val range_arith(mc_binop op, mc_val a, const mc_type *ta, mc_val b, const mc_type *tb, const mc_type *to)
{
    span x, y, r;
    mc_val all = as_interval(mc_val_unknown(), to);
    if (to->kind != MC_TY_INT || !span_of(a, ta, &x) || !span_of(b, tb, &y) ||
        !span_op(op, x, y, to->bits ? to->bits : 64, &r))
        return mc_val_unknown();
    /* an unsigned 64-bit range up to INT64_MAX is one without an upper bound */
    __int128 top = mc_type_is_u64(to) ? (__int128)INT64_MAX - 1 : all.hi;
    if (r.lo < all.lo || r.hi > top || (r.lo == all.lo && r.hi == all.hi))
        return mc_val_unknown();
    mc_val v = mc_val_int((int64_t)r.lo);
    v.hi = (int64_t)r.hi;
    return v;
}
