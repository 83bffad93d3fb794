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
    if (v.kind != V_INT || from->kind != MC_TY_INT || to->kind != MC_TY_INT)
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
