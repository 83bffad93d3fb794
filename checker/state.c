/* state.c - abstract states of the ownership engine: sparse maps from places to
 * values and from resource ids to resources, kept sorted for cheap copies,
 * lookups and comparisons. */
#include <stdlib.h>
#include <string.h>

#include "engine.h"

mc_state *mc_st_new(void)
{
    mc_state *s = mc_xcalloc(1, sizeof *s);
    s->err_step = -1;
    s->ret = mc_val_unknown();
    return s;
}

mc_state *mc_st_copy(const mc_state *s)
{
    mc_state *c = mc_xmalloc(sizeof *c);
    *c = *s;
    c->vals.cap = c->vals.n;
    c->res.cap = c->res.n;
    c->vals.v = c->vals.n ? mc_xmalloc((size_t)c->vals.n * sizeof *c->vals.v) : NULL;
    c->res.v = c->res.n ? mc_xmalloc((size_t)c->res.n * sizeof *c->res.v) : NULL;
    c->guards.cap = c->guards.n;
    c->guards.v = c->guards.n ? mc_xmalloc((size_t)c->guards.n * sizeof *c->guards.v) : NULL;
    if (c->guards.n)
        memcpy(c->guards.v, s->guards.v, (size_t)c->guards.n * sizeof *c->guards.v);
    if (c->vals.n)
        memcpy(c->vals.v, s->vals.v, (size_t)c->vals.n * sizeof *c->vals.v);
    if (c->res.n)
        memcpy(c->res.v, s->res.v, (size_t)c->res.n * sizeof *c->res.v);
    return c;
}

void mc_st_free(mc_state *s)
{
    if (!s)
        return;
    free(s->vals.v);
    free(s->res.v);
    free(s->guards.v);
    free(s);
}

/* Index of the first entry whose key is >= key. */
static int lower_bound_pv(const mc_state *s, int place)
{
    int lo = 0, hi = s->vals.n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (s->vals.v[mid].place < place)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int lower_bound_rs(const mc_state *s, int id)
{
    int lo = 0, hi = s->res.n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (s->res.v[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

mc_val mc_st_get(const mc_state *s, int place)
{
    if (place < 0)
        return mc_val_unknown();
    int i = lower_bound_pv(s, place);
    if (i < s->vals.n && s->vals.v[i].place == place)
        return s->vals.v[i].v;
    return mc_val_unknown();
}

void mc_st_set(mc_state *s, int place, mc_val v)
{
    if (place < 0)
        return;
    int i = lower_bound_pv(s, place);
    bool present = i < s->vals.n && s->vals.v[i].place == place;
    if (v.kind == V_UNKNOWN && !v.def && !v.flags) {
        if (present) {
            memmove(&s->vals.v[i], &s->vals.v[i + 1], (size_t)(s->vals.n - i - 1) * sizeof *s->vals.v);
            s->vals.n--;
        }
        return;
    }
    if (present) {
        s->vals.v[i].v = v;
        return;
    }
    mc_pv pv = {place, v};
    MC_VEC_PUSH(s->vals, pv);
    memmove(&s->vals.v[i + 1], &s->vals.v[i], (size_t)(s->vals.n - i - 1) * sizeof *s->vals.v);
    s->vals.v[i] = pv;
}

mc_res *mc_st_res(mc_state *s, int id)
{
    if (id < 0)
        return NULL;
    int i = lower_bound_rs(s, id);
    return i < s->res.n && s->res.v[i].id == id ? &s->res.v[i].r : NULL;
}

const mc_res *mc_st_res_c(const mc_state *s, int id)
{
    return mc_st_res((mc_state *)s, id);
}

mc_res *mc_st_add_res(mc_state *s, int id, const mc_res *r)
{
    int i = lower_bound_rs(s, id);
    if (i < s->res.n && s->res.v[i].id == id) {
        s->res.v[i].r = *r;
        return &s->res.v[i].r;
    }
    mc_rs rs = {id, *r};
    MC_VEC_PUSH(s->res, rs);
    memmove(&s->res.v[i + 1], &s->res.v[i], (size_t)(s->res.n - i - 1) * sizeof *s->res.v);
    s->res.v[i] = rs;
    return &s->res.v[i].r;
}

static bool val_equal(const mc_val *a, const mc_val *b)
{
    return a->kind == b->kind && a->flags == b->flags && a->res == b->res && a->lo == b->lo &&
           a->hi == b->hi && a->def == b->def;
}

/* Two resources are the same for the walk when they would behave the same from
 * here on; where they were acquired or checked only changes messages. */
static bool res_equal(const mc_res *a, const mc_res *b)
{
    return a->family == b->family && a->origin == b->origin && a->status == b->status &&
           a->nullness == b->nullness && a->owned == b->owned && a->realloc_old == b->realloc_old &&
           a->taken == b->taken && a->may_fail == b->may_fail;
}

bool mc_st_equal(const mc_state *a, const mc_state *b)
{
    if (a->vals.n != b->vals.n || a->res.n != b->res.n || a->pderef != b->pderef ||
        a->cleanups != b->cleanups || a->guards.n != b->guards.n || a->dead != b->dead)
        return false;
    for (int i = 0; i < a->guards.n; i++)
        if (a->guards.v[i].a != b->guards.v[i].a || a->guards.v[i].b != b->guards.v[i].b)
            return false;
    for (int i = 0; i < a->vals.n; i++)
        if (a->vals.v[i].place != b->vals.v[i].place || !val_equal(&a->vals.v[i].v, &b->vals.v[i].v))
            return false;
    for (int i = 0; i < a->res.n; i++)
        if (a->res.v[i].id != b->res.v[i].id || !res_equal(&a->res.v[i].r, &b->res.v[i].r))
            return false;
    return true;
}

uint64_t mc_st_hash(const mc_state *s)
{
    uint64_t h = 14695981039346656037ULL;
    for (int i = 0; i < s->vals.n; i++) {
        const mc_pv *p = &s->vals.v[i];
        int64_t key[5] = {p->place, p->v.kind | (p->v.flags << 8), p->v.res, p->v.lo, p->v.hi};
        h = mc_hash_bytes(h, key, sizeof key);
    }
    for (int i = 0; i < s->res.n; i++) {
        const mc_rs *r = &s->res.v[i];
        int key[5] = {r->id, r->r.status, r->r.nullness, r->r.owned, r->r.family};
        h = mc_hash_bytes(h, key, sizeof key);
    }
    uint64_t rest[2] = {s->pderef, s->cleanups};
    return mc_hash_bytes(h, rest, sizeof rest);
}

/* Widening: integers lose what the path taught about them, so a loop that
 * counts reaches a fixpoint. */
void mc_st_forget_ints(mc_state *s)
{
    int out = 0;
    for (int i = 0; i < s->vals.n; i++)
        if (s->vals.v[i].v.kind != V_INT)
            s->vals.v[out++] = s->vals.v[i];
    s->vals.n = out;
}
