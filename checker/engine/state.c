/* state.c - abstract states of the ownership engine: sparse maps from places to
 * values and from resource ids to resources, kept sorted for cheap copies,
 * lookups and comparisons. */
#include <stdlib.h>
#include <string.h>

#include "engine.h"

enum { VALS_ROOM = 4 };

mc_state *mc_st_new(void)
{
    mc_state *s = mc_xcalloc(1, sizeof *s);
    s->err_step = -1;
    s->ret = mc_val_unknown();
    return s;
}

static void rehash_dirty(mc_state *s);

/* The resources are copied only when one of the states sharing them writes:
 * most branches test integers and leave them alone. A shared array's hashes are
 * always up to date, so only its own copy is ever written. */
static void share_res(mc_state *s, mc_state *c)
{
    if (!s->res.v)
        return;
    rehash_dirty(s);
    if (!s->res_users) {
        s->res_users = mc_xmalloc(sizeof *s->res_users);
        *s->res_users = 1;
    }
    ++*s->res_users;
    c->res = s->res;
    c->res_users = s->res_users;
    c->res_hash = s->res_hash;
    c->ndirty = 0;
}

/* Before writing: a private copy of the resources. */
static void own_res(mc_state *s)
{
    if (!s->res_users)
        return;
    if (*s->res_users > 1) {
        --*s->res_users;
        mc_rs *v = mc_xmalloc((size_t)s->res.n * sizeof *v);
        memcpy(v, s->res.v, (size_t)s->res.n * sizeof *v);
        s->res.v = v;
        s->res.cap = s->res.n;
    } else {
        free(s->res_users);
    }
    s->res_users = NULL;
}

mc_state *mc_st_copy(const mc_state *s)
{
    mc_state *c = mc_xmalloc(sizeof *c);
    *c = *s;
    c->vals.cap = c->vals.n + VALS_ROOM; /* a copy is about to be written */
    c->vals.v = mc_xmalloc((size_t)c->vals.cap * sizeof *c->vals.v);
    c->res.v = NULL;
    c->res.n = c->res.cap = 0;
    c->res_users = NULL;
    share_res((mc_state *)s, c); /* the original's hashes are brought up to date first */
    c->rels.cap = c->rels.n;
    c->rels.v = c->rels.n ? mc_xmalloc((size_t)c->rels.n * sizeof *c->rels.v) : NULL;
    if (c->rels.n)
        memcpy(c->rels.v, s->rels.v, (size_t)c->rels.n * sizeof *c->rels.v);
    if (c->vals.n)
        memcpy(c->vals.v, s->vals.v, (size_t)c->vals.n * sizeof *c->vals.v);
    if (s->ret_res) {
        c->ret_res = mc_xmalloc(sizeof *c->ret_res);
        *c->ret_res = *s->ret_res;
    }
    return c;
}

void mc_st_free(mc_state *s)
{
    if (!s)
        return;
    free(s->vals.v);
    if (s->res_users && --*s->res_users > 0)
        s->res.v = NULL; /* still another state's */
    else
        free(s->res_users);
    free(s->res.v);
    free(s->rels.v);
    free(s->ret_res);
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

static bool is_blank(const mc_val *v)
{
    return v->kind == V_UNKNOWN && !v->def && !v->flags;
}

static uint64_t pv_hash(int place, const mc_val *v)
{
    if (is_blank(v))
        return 0;
    uint64_t h = mc_mix((uint64_t)(uint32_t)place,
                        ((uint64_t)v->kind << 24) | ((uint64_t)v->flags << 16) | (uint16_t)v->res);
    h = mc_mix(h, (uint64_t)v->lo);
    h = mc_mix(h, (uint64_t)v->hi);
    return mc_mix(h, (uint64_t)(uintptr_t)v->def);
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
    if (present)
        s->vals_hash ^= pv_hash(place, &s->vals.v[i].v);
    s->vals_hash ^= pv_hash(place, &v);
    if (is_blank(&v)) {
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

void mc_st_clear_at(mc_state *s, int i)
{
    s->vals_hash ^= pv_hash(s->vals.v[i].place, &s->vals.v[i].v);
    s->vals.v[i].v = (mc_val){.kind = V_UNKNOWN, .res = -1};
}

static int find_rs(const mc_state *s, int id)
{
    if (id < 0)
        return -1;
    int i = s->last_found;
    if (i < s->res.n && s->res.v[i].id == id)
        return i;
    if (id < s->res.n && s->res.v[id].id == id) { /* ids are small: often every one is there */
        ((mc_state *)s)->last_found = id;
        return id;
    }
    i = lower_bound_rs(s, id);
    if (i >= s->res.n || s->res.v[i].id != id)
        return -1;
    ((mc_state *)s)->last_found = i; /* a hint only: states are never shared between threads */
    return i;
}

/* Everything of a resource that decides what happens next on a path; where it
 * was acquired or checked only changes messages, so it is left out. */
static uint64_t rs_hash(const mc_rs *e)
{
    const mc_res *r = &e->r;
    uint64_t k = ((uint64_t)(uint32_t)e->id << 32) | ((uint64_t)r->status << 24) | ((uint64_t)r->nullness << 20) |
                 ((uint64_t)r->owned << 19) | ((uint64_t)r->taken << 18) | ((uint64_t)r->may_fail << 17) |
                 ((uint64_t)r->origin << 12) | ((uint64_t)r->stored << 11) | ((uint64_t)r->moved << 10) |
                 ((uint64_t)(r->ref.count & 3) << 8) | ((uint64_t)r->ref.shared << 1) | (uint64_t)r->is_static;
    return mc_mix(mc_mix(0x5bd1e995, k), ((uint64_t)(uint16_t)r->family << 16) | (uint16_t)r->realloc_link.old);
}

/* A resource handed out for writing: its share of res_hash is made again at the next hash. */
static void mark_dirty(mc_state *s, int id)
{
    if (s->ndirty > MC_DIRTY_MAX)
        return;
    for (int i = 0; i < s->ndirty; i++)
        if (s->dirty[i] == id)
            return;
    if (s->ndirty < MC_DIRTY_MAX)
        s->dirty[s->ndirty] = id;
    s->ndirty++;
}

mc_res *mc_st_res(mc_state *s, int id)
{
    int i = find_rs(s, id);
    if (i < 0)
        return NULL;
    own_res(s);
    mark_dirty(s, id);
    return &s->res.v[i].r;
}

const mc_res *mc_st_res_c(const mc_state *s, int id)
{
    int i = find_rs(s, id);
    return i < 0 ? NULL : &s->res.v[i].r;
}

mc_res *mc_st_add_res(mc_state *s, int id, const mc_res *r)
{
    own_res(s);
    int i = lower_bound_rs(s, id);
    if (i < s->res.n && s->res.v[i].id == id) {
        s->res_hash ^= s->res.v[i].h;
        s->res.v[i].r = *r;
    } else {
        mc_rs rs = {.id = id, .r = *r};
        MC_VEC_PUSH(s->res, rs);
        memmove(&s->res.v[i + 1], &s->res.v[i], (size_t)(s->res.n - i - 1) * sizeof *s->res.v);
        s->res.v[i] = rs;
    }
    s->res.v[i].h = rs_hash(&s->res.v[i]);
    s->res_hash ^= s->res.v[i].h;
    mark_dirty(s, id); /* the caller may go on writing through what it is given */
    return &s->res.v[i].r;
}

void mc_st_drop_res(mc_state *s, int id)
{
    int i = find_rs(s, id);
    if (i < 0)
        return;
    own_res(s);
    rehash_dirty(s);
    s->res_hash ^= s->res.v[i].h;
    memmove(&s->res.v[i], &s->res.v[i + 1], (size_t)(s->res.n - i - 1) * sizeof *s->res.v);
    s->res.n--;
    s->last_found = 0;
}

/* Brings res_hash up to date with the entries written since it was made. */
static void rehash_dirty(mc_state *s)
{
    if (s->ndirty > MC_DIRTY_MAX) {
        s->res_hash = 0;
        for (int i = 0; i < s->res.n; i++)
            s->res_hash ^= s->res.v[i].h = rs_hash(&s->res.v[i]);
    } else {
        for (int k = 0; k < s->ndirty; k++) {
            int i = find_rs(s, s->dirty[k]);
            if (i < 0)
                continue; /* not there any more */
            s->res_hash ^= s->res.v[i].h;
            s->res_hash ^= s->res.v[i].h = rs_hash(&s->res.v[i]);
        }
    }
    s->ndirty = 0;
}

/* Everything that decides what happens next on a path. Two states with the same
 * hash are taken to be the same. */
uint64_t mc_st_hash(mc_state *s)
{
    rehash_dirty(s);
    uint64_t h = mc_mix(s->pderef, s->cleanups);
    h = mc_mix(h, s->pfield_released ^ (s->ppderef << 1) ^ (s->ppderef_unchecked << 2));
    h = mc_mix(h, s->pint_released ^ (s->pint_kept << 1));
    h = mc_mix(h, s->plive_joined ^ (s->pplive_joined << 1));
    h = mc_mix(h, (uint64_t)s->dead);
    h = mc_mix(h, s->vals_hash);
    h = mc_mix(h, s->res_hash);
    for (int i = 0; i < s->rels.n; i++) {
        const mc_rel *r = &s->rels.v[i];
        h = mc_mix(mc_mix(h, ((uint64_t)(uint32_t)r->a << 32) | (uint32_t)r->b), (uint64_t)r->k ^ (uint64_t)r->kind);
    }
    return h;
}

/* Widening: integers lose what the path taught about them, so a loop that
 * counts reaches a fixpoint. */
void mc_st_forget_ints(mc_state *s, const mc_pv *keep, int nkeep, const uint64_t *keep_vars, int nvars)
{
    int out = 0, k = 0;
    for (int i = 0; i < s->vals.n; i++) {
        const mc_pv *pv = &s->vals.v[i];
        while (k < nkeep && keep[k].place < pv->place)
            k++;
        bool kept = (k < nkeep && keep[k].place == pv->place && mc_val_same(&keep[k].v, &pv->v)) ||
                    (pv->place < nvars && (keep_vars[pv->place / 64] >> (pv->place % 64) & 1));
        if (pv->v.kind != V_INT || kept)
            s->vals.v[out++] = *pv;
        else
            s->vals_hash ^= pv_hash(pv->place, &pv->v);
    }
    s->vals.n = out;
}

void mc_st_agree_ints(const mc_state *s, mc_pv *agree, int *n)
{
    int out = 0, i = 0;
    for (int k = 0; k < *n; k++) {
        while (i < s->vals.n && s->vals.v[i].place < agree[k].place)
            i++;
        if (i < s->vals.n && s->vals.v[i].place == agree[k].place && mc_val_same(&s->vals.v[i].v, &agree[k].v))
            agree[out++] = agree[k];
    }
    *n = out;
}

/* ---- joining two states (the walk of a function that owns nothing) ---- */

/* What of a resource says who holds it and what became of it: states that
 * differ in it are never joined. (Whether a pointer we do not own was stored
 * may differ: the join says it was, and what the summary needs of the other
 * path, plive_joined.) */
static bool same_holding(const mc_res *a, const mc_res *b)
{
    return a->status == b->status && a->owned == b->owned && a->taken == b->taken &&
           a->moved == b->moved && a->ref.count == b->ref.count && a->ref.shared == b->ref.shared && a->family == b->family && a->origin == b->origin &&
           a->realloc_link.old == b->realloc_link.old && a->took.id == b->took.id && a->is_static == b->is_static &&
           a->may_fail == b->may_fail && a->param == b->param;
}

/* A resource only one of the states has: the join keeps what that path did
 * with it, unless it is one to give back or release. */
static bool kept_alone(const mc_res *r)
{
    return !r->owned && !r->ref.count && r->status != MC_RS_RELEASED;
}

static bool same_rels(const mc_state *a, const mc_state *b)
{
    if (a->rels.n != b->rels.n)
        return false;
    for (int i = 0; i < a->rels.n; i++)
        if (!mc_rel_same(&a->rels.v[i], &b->rels.v[i]))
            return false;
    return true;
}

bool mc_st_joinable(const mc_state *a, const mc_state *b)
{
    if (a->dead || b->dead || a->has_ret || b->has_ret || a->ret_res || b->ret_res || a->cleanups != b->cleanups ||
        a->lazy_init != b->lazy_init || !same_rels(a, b))
        return false;
    if (a->res.v == b->res.v && a->res.n == b->res.n)
        return true; /* shared: the same resources */
    int i = 0, k = 0;
    while (i < a->res.n || k < b->res.n) {
        int ia = i < a->res.n ? a->res.v[i].id : INT32_MAX, ib = k < b->res.n ? b->res.v[k].id : INT32_MAX;
        if (ia == ib && !same_holding(&a->res.v[i].r, &b->res.v[k].r))
            return false;
        if ((ia < ib && !kept_alone(&a->res.v[i].r)) || (ib < ia && !kept_alone(&b->res.v[k].r)))
            return false;
        i += ia <= ib;
        k += ib <= ia;
    }
    return true;
}

/* How many values and resources the two states tell apart, counted up to limit
 * (the nearest state so far is all a join asks for). */
int mc_st_distance(mc_state *a, mc_state *b, int limit)
{
    int d = 0, i = 0, k = 0;
    while ((i < a->vals.n || k < b->vals.n) && d < limit) {
        int pa = i < a->vals.n ? a->vals.v[i].place : INT32_MAX, pb = k < b->vals.n ? b->vals.v[k].place : INT32_MAX;
        d += pa != pb || !mc_val_same(&a->vals.v[i].v, &b->vals.v[k].v);
        i += pa <= pb;
        k += pb <= pa;
    }
    if (a->res.v == b->res.v && a->res.n == b->res.n)
        return d;
    rehash_dirty(a);
    rehash_dirty(b);
    for (i = 0, k = 0; (i < a->res.n || k < b->res.n) && d < limit;) {
        int ia = i < a->res.n ? a->res.v[i].id : INT32_MAX, ib = k < b->res.n ? b->res.v[k].id : INT32_MAX;
        d += ia != ib || a->res.v[i].h != b->res.v[k].h;
        i += ia <= ib;
        k += ib <= ia;
    }
    return d;
}
