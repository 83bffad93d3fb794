/* calls.c - what a call does to a state: arguments, releases, hand-offs, result, globals. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static void forget_place(mc_analysis *an, mc_state *st, int pl);

/* ---- releases and hand-offs ---- */

/* What &x names (x), or NULL for any other expression. */
const mc_expr *addressed(const mc_expr *e)
{
    e = mc_expr_strip(e);
    return e && e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR ? e->kids[0] : NULL;
}

/* The place an expression names, read without effects (nothing is created or
 * used): s->buf, *out, g, p.field; -1 when it goes through anything else. */
int peek_expr_place(mc_analysis *an, const mc_state *st, const mc_expr *e, int depth)
{
    e = mc_expr_strip(e);
    if (!e || depth > 8)
        return PLACE_NONE;
    if (e->kind == MC_EX_VAR && an->f->vars[e->var].type.kind != MC_TY_ARRAY)
        return var_place(an, e->var);
    if (e->kind == MC_EX_GLOBAL && e->global && e->global->type.kind != MC_TY_ARRAY)
        return global_place(an, e);
    if (e->kind == MC_EX_MEMBER && !e->arrow) {
        int parent = peek_expr_place(an, st, e->kids[0], depth + 1);
        return parent < 0 ? PLACE_NONE : field_place(an, parent, e->name, e->type);
    }
    bool arrow = e->kind == MC_EX_MEMBER, deref = e->kind == MC_EX_UNARY && e->op == MC_UN_DEREF;
    if (!arrow && !deref)
        return PLACE_NONE;
    int base = peek_expr_place(an, st, e->kids[0], depth + 1);
    mc_val p = base < 0 ? mc_val_unknown() : mc_st_get(st, base);
    if (!tracked_object(an, p))
        return PLACE_NONE;
    int obj = deref_place(an, p.res, e->kids[0]->type);
    return arrow ? field_place(an, obj, e->name, e->type) : obj;
}

/* The parameter whose object the resource was read from (p->f, p->a.b, *p),
 * or -1: releasing it releases something the parameter's object held. */
static int param_owning(mc_analysis *an, mc_state *st, int id)
{
    int from = res_read_from(an, id);
    if (from < 0)
        return -1;
    int root = place_root(an, from);
    if (root < 0 || an->places.v[root].kind != P_DEREF)
        return -1;
    const mc_res *r = mc_st_res_c(st, an->places.v[root].res);
    return r && r->origin == MC_ORIG_PARAM ? r->param : -1;
}

/* The model family something is released with, for callers' mismatched-dealloc:
 * -1 none yet, -2 several or not a model's. */
static void note_family(int16_t *f, int family, int nmodel)
{
    bool model = family >= 0 && family < nmodel;
    if (!model)
        *f = -2;
    else if (*f == -1)
        *f = (int16_t)family;
    else if (*f != family)
        *f = -2;
}

static void note_param_family(mc_analysis *an, int i, int family)
{
    note_family(&an->tally.p_rel_family[i], family, an->pi->nmodel_families);
}

/* release() but for what the object held: true when that is to be judged
 * (the object is released here, by a call the walk can see into). */
static bool release_object(mc_analysis *an, mc_state *st, mc_val v, const mc_expr *call, const mc_expr *arg,
                           const char *callee, int family, int argi, bool via_summary)
{
    int ip = int_param(an, arg);
    if (ip >= 0)
        st->pint_released |= 1ULL << ip;
    if (v.kind != V_RES)
        return false;
    mc_event ev = event(MC_EV_RELEASE, st, arg, call->loc, v.res);
    ev.callee = callee;
    ev.family = family;
    ev.arg = argi;
    ev.value_is_offset = (v.flags & VF_OFFSET) != 0;
    if (call->kind == MC_EX_CALL && call->sym && call->sym->def)
        ev.callee_def = call->sym->def->loc;
    raise_event(an, &ev);
    if (res_is_summary(an, v.res))
        return false; /* one of the site's older objects: which, the next release may not be */
    mc_res *r = mc_st_res(st, v.res);
    if (!r || r->nullness == MC_NN_FAILED || r->status == MC_RS_RELEASED)
        return false;
    if (r->origin == MC_ORIG_STACK || r->origin == MC_ORIG_STATIC || r->origin == MC_ORIG_STRLIT)
        return false;
    if (r->origin == MC_ORIG_PARAM && r->param >= 0 && r->param < an->f->nvars && an->tally.p_rel_family)
        note_param_family(an, r->param, family);
    mc_entry_seen *entry = entry_seen(an, r, v.res);
    if (entry)
        note_family(&entry->family, family, an->pi->nmodel_families);
    int np = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; r->origin == MC_ORIG_PLACE && an->tally.pp_rel_family && i < np; i++)
        if (pointee_res(an, i) == v.res)
            note_family(&an->tally.pp_rel_family[i], family, an->pi->nmodel_families);
    int owner = param_owning(an, st, v.res);
    if (owner >= 0 && owner < 64)
        st->pfield_released |= 1ULL << owner;
    int named = peek_expr_place(an, st, arg, 0);
    r = mc_st_res(st, v.res);
    r->status = MC_RS_RELEASED;
    r->release_place = named;
    r->release_loc = call->loc;
    r->release_fn = callee;
    r->via_summary = via_summary;
    r->release_when = MC_WHEN_ALWAYS;
    if (via_summary) {
        escape_held(an, st, v.res, 0);
        return false;
    }
    return true;
}

void release(mc_analysis *an, mc_state *st, mc_val v, const mc_expr *call, const mc_expr *arg,
             const char *callee, int family, int argi, bool via_summary)
{
    if (!release_object(an, st, v, call, arg, callee, family, argi, via_summary))
        return;
    /* What only the released object held is lost with it. */
    for (int i = 0; i < st->vals.n; i++) {
        int root = place_root(an, st->vals.v[i].place);
        if (an->places.v[root].kind == P_DEREF && an->places.v[root].res == v.res &&
            st->vals.v[i].v.kind == V_RES && st->vals.v[i].v.res != v.res)
            check_lost(an, st, st->vals.v[i].v.res, MC_LOST_CONTAINER, call->loc, call);
    }
}

static void hand_over(mc_analysis *an, mc_state *st, mc_val v, const mc_expr *call, const mc_expr *arg,
                 const char *callee, int argi)
{
    if (v.kind != V_RES)
        return;
    if (v.flags & VF_INTERIOR) {
        /* take(&o->member): what the member holds moves, and the taker may keep
           the member, reaching o around it; o itself is not handed over */
        int member = out_param_place(an, st, arg);
        if (member >= 0)
            forget_place(an, st, member);
        escape(an, st, v.res);
        return;
    }
    mc_event ev = event(MC_EV_TAKE, st, arg, call->loc, v.res);
    ev.callee = callee;
    ev.arg = argi;
    raise_event(an, &ev);
    mc_res *r = mc_st_res(st, v.res);
    if (!r || r->status != MC_RS_LIVE)
        return;
    if (r->origin == MC_ORIG_STACK || r->origin == MC_ORIG_STATIC) {
        /* take(c, &obj): what obj holds moves; obj stays the caller's */
        int obj = out_param_place(an, st, arg);
        if (obj >= 0)
            escape_var_fields(an, st, obj);
        return;
    }
    r->taken = true;
    r->release_loc = call->loc;
    r->release_fn = callee;
    escape(an, st, v.res);
}

/* ---- a call: its arguments ---- */

static mc_val new_owned(mc_analysis *an, mc_state *st, const mc_expr *call, int family, mc_failkind fails,
                        bool may_fail)
{
    mc_res r = blank_res(MC_ORIG_ALLOC, call->loc);
    r.family = (int16_t)family;
    r.owned = true;
    r.fails = (uint8_t)fails;
    r.may_fail = may_fail && fails != MC_FAIL_NONE;
    r.nullness = r.may_fail ? MC_NN_UNCHECKED : MC_NN_OK;
    r.acq_fn = call->name;
    r.site = call;
    return mc_val_res(new_res(an, st, call, &r));
}

/* `&x` passed to a call: the callee may store into x. */
int out_param_place(mc_analysis *an, mc_state *st, const mc_expr *arg)
{
    const mc_expr *a = mc_expr_strip(arg);
    if (!a || a->kind != MC_EX_UNARY || a->op != MC_UN_ADDR)
        return PLACE_NONE;
    const mc_expr *k = mc_expr_strip(a->kids[0]);
    if (k->kind == MC_EX_VAR && an->f->vars[k->var].type.kind != MC_TY_ARRAY)
        return var_place(an, k->var);
    if (k->kind == MC_EX_MEMBER || k->kind == MC_EX_GLOBAL)
        return place_of(an, st, k, true);
    return PLACE_NONE;
}

static void forget_place(mc_analysis *an, mc_state *st, int pl)
{
    note_global_write(an, pl);
    mc_val old = mc_st_get(st, pl);
    if (old.kind == V_RES)
        escape(an, st, old.res);
    mc_st_set(st, pl, mc_val_unknown());
    for (int i = 0; i < st->vals.n; i++) {
        int p = st->vals.v[i].place;
        while (p >= 0 && an->places.v[p].kind == P_FIELD && an->places.v[p].parent != pl)
            p = an->places.v[p].parent;
        if (p >= 0 && an->places.v[p].kind == P_FIELD && an->places.v[p].parent == pl) {
            if (st->vals.v[i].v.kind == V_RES)
                escape(an, st, st->vals.v[i].v.res);
            mc_st_clear_at(st, i);
        }
    }
}

/* After a call given &o->member that writes these fields of it: what the
 * member's fields held may have been handed on, and those written are gone. */
static void forget_written_under(mc_analysis *an, mc_state *st, int pl, const mc_fieldset *written)
{
    note_global_write(an, pl);
    for (int i = 0; i < st->vals.n; i++) {
        int p = st->vals.v[i].place;
        if (p == pl || !place_under(an, p, pl))
            continue;
        if (st->vals.v[i].v.kind == V_RES)
            escape(an, st, st->vals.v[i].v.res);
        while (an->places.v[p].parent != pl)
            p = an->places.v[p].parent;
        for (int k = 0; k < written->n; k++)
            if (strcmp(written->names[k], an->places.v[p].field) == 0) {
                mc_st_clear_at(st, i);
                break;
            }
    }
}

/* memcpy(dst, &p, sizeof p): the pointers held in p, or in its fields, now
 * also live wherever dst is; we do not follow them there. */
static void copied_out(mc_analysis *an, mc_state *st, int pl)
{
    mc_val held = mc_st_get(st, pl);
    if (held.kind == V_RES)
        escape(an, st, held.res);
    escape_var_fields(an, st, pl);
}

static bool is_checked_product_builtin(const char *name)
{
    return name && strncmp(name, "__builtin_", 10) == 0 && strstr(name, "mul_overflow");
}

/* A release known from a deallocator frees the very pointer it is given: an
 * attribute's or a model's, or a body's that frees its parameter with one
 * (obj_free(o) { free(o); }). A destroyer known by its name, alone or through a
 * body that hands its parameter to one, may as well free only what the object
 * holds (buf_dispose(b) frees b->data). */
static bool frees_the_pointer(mc_analysis *an, const mc_symbol *s, const mc_callee *c, int i)
{
    if ((s && i < 64 && ((s->attr_ownership_takes >> i) & 1)) || (c && (c->model || c->dealloc_arg)))
        return true;
    const mc_summary *sum = summary_of(an, s);
    return sum && i < sum->nparams && sum->param_family[i] >= 0;
}

/* A destroyer given the address of an object that is no block of its own (a
 * local or static object, a member: rec_release(&rec), mutex_destroy(&loop->mu))
 * frees what the object holds, not the object nor the block around it, unless it
 * frees the very pointer (free(&o->first) frees o). */
static bool releases_contents(mc_analysis *an, const mc_state *st, const mc_symbol *s, const mc_callee *c, int i,
                              mc_val v)
{
    const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    if (!r || (r->origin != MC_ORIG_STACK && r->origin != MC_ORIG_STATIC && !(v.flags & VF_INTERIOR)))
        return false;
    return !frees_the_pointer(an, s, c, i);
}

/* A pointer found on entry (in a global, *p, an element, a struct's field) and
 * passed on is used: a caller that released it has its callee use it. */
static void note_entry_passed(mc_analysis *an, const mc_state *st, int id)
{
    const mc_res *r = mc_st_res_c(st, id);
    if (!r || r->origin != MC_ORIG_PLACE)
        return;
    note_entry_deref(entry_seen(an, r, id), st);
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < 64; i++)
        if (pointee_res(an, i) == id)
            an->tally.pp_passed |= 1ULL << i;
}

/* Parameter i is a pointer to something the callee may write (char **endptr). */
static bool writes_through(const mc_symbol *s, int i)
{
    return s && i < s->nparams && s->params[i].type.kind == MC_TY_PTR && !s->params[i].type.pointee_const;
}

/* f(char **err) { check(err); }: when the callee writes *err, so does f. */
static void note_param_pointee_passed(mc_analysis *an, const mc_state *st, mc_val v, const mc_symbol *s,
                                      const mc_callee *c, int i)
{
    const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    if (!r || r->origin != MC_ORIG_PARAM || r->param < 0 || an->f->vars[r->param].type.ptr_depth < 2)
        return;
    const mc_summary *sum = summary_of(an, s);
    bool writes = sum ? i < sum->nparams && sum->pointee_effect[i] == MC_PARAM_UNKNOWN
                      : !(c && c->model) && writes_through(s, i);
    if (writes)
        an->tally.pp_written[r->param] = 1;
}

/* Whether variadic argument i of call is printed as an address: the format,
 * the last fixed argument, gives it `%p`. Printing a freed pointer's value reads
 * no memory (`log("munmap(%p) failed", addr)`). */
static bool printed_as_address(const mc_symbol *s, const mc_expr *call, int i)
{
    if (!s || !s->variadic || s->nparams < 1 || i < s->nparams || s->nparams >= call->nkids)
        return false;
    const mc_expr *fmt = mc_expr_strip(call->kids[s->nparams]);
    if (fmt->kind != MC_EX_STR || !fmt->name)
        return false;
    int want = i - s->nparams, n = 0;
    for (const char *p = strchr(fmt->name, '%'); p; p = strchr(p + 1, '%')) {
        if (*++p == '%')
            continue;
        p += strspn(p, "-+ #0'");
        for (; *p == '*' || *p == '.' || (*p >= '0' && *p <= '9'); p++)
            if (*p == '*' && n++ == want)
                return false; /* a width, not a pointer */
        p += strspn(p, "hlLqjzt");
        if (!*p)
            return false;
        if (n++ == want)
            return *p == 'p';
    }
    return false;
}

/* The local struct whose member's address arg is (&w.base, &w.a.b), or -1:
 * code given a member may reach the whole (container_of). */
static int member_address_base(mc_analysis *an, const mc_expr *arg)
{
    const mc_expr *e = mc_expr_strip(arg);
    if (e->kind != MC_EX_UNARY || e->op != MC_UN_ADDR || !e->nkids)
        return -1;
    e = mc_expr_strip(e->kids[0]);
    if (e->kind != MC_EX_MEMBER)
        return -1;
    while (e->kind == MC_EX_MEMBER && !e->arrow && e->nkids)
        e = mc_expr_strip(e->kids[0]);
    return e->kind == MC_EX_VAR && an->f->vars[e->var].type.kind == MC_TY_RECORD ? e->var : -1;
}

/* The local object whose fields a store writes (d.fd = x, d.u.fd[0] = x), or -1. */
static int local_object_written(const mc_analysis *an, const mc_expr *lhs)
{
    const mc_expr *k = mc_expr_strip(lhs);
    bool field = false;
    while (k && ((k->kind == MC_EX_MEMBER && !k->arrow) || k->kind == MC_EX_INDEX) && k->nkids > 0) {
        field = true;
        k = mc_expr_strip(k->kids[0]);
    }
    if (!field || !k || k->kind != MC_EX_VAR || k->var < 0 || an->f->vars[k->var].type.kind != MC_TY_RECORD)
        return -1;
    return k->var;
}

static void note_int_stores(const mc_expr *e, void *ctx)
{
    mc_analysis *an = ctx;
    if (!e)
        return;
    if (e->kind == MC_EX_BINARY && e->op == MC_BIN_ASSIGN && e->nkids == 2) {
        int obj = local_object_written(an, e->kids[0]), ip = int_param(an, e->kids[1]);
        if (obj >= 0 && ip >= 0)
            an->int_stores[obj] |= 1ULL << ip;
    }
    for (int i = 0; i < e->nkids; i++)
        note_int_stores(e->kids[i], ctx);
}

/* The integer parameters stored into the fields of the local object whose address
 * arg is (&d), found once per function. */
static uint64_t int_params_stored_in(mc_analysis *an, const mc_expr *arg)
{
    const mc_expr *a = mc_expr_strip(arg);
    if (!a || a->kind != MC_EX_UNARY || a->op != MC_UN_ADDR || a->nkids != 1)
        return 0;
    const mc_expr *k = mc_expr_strip(a->kids[0]);
    if (!k || k->kind != MC_EX_VAR || k->var < 0 || an->f->vars[k->var].type.kind != MC_TY_RECORD)
        return 0;
    if (!an->int_stores) {
        an->int_stores = mc_xcalloc((size_t)an->f->nvars + 1, sizeof *an->int_stores);
        mc_func_each_root(an->f, note_int_stores, an);
    }
    return an->int_stores[k->var];
}

/* obj_unref(o) on what this function made and holds alone (no reference
 * retained, nothing stored): a destroy-named function whose body releases its
 * parameter on some paths (where the count reaches zero), paths its result
 * does not tell apart (mc_outcome), releases it here; given it again, it
 * releases it twice. */
static bool drops_only_reference(mc_analysis *an, const mc_state *st, const mc_symbol *s, const mc_callee *c, int i,
                                 mc_val v)
{
    const mc_summary *sum = c && !c->model && c->names.destroy && c->names.destroyed == i ? summary_of(an, s) : NULL;
    const mc_res *r = v.kind == V_RES && !(v.flags & (VF_OFFSET | VF_INTERIOR)) ? mc_st_res_c(st, v.res) : NULL;
    bool maybe = sum && i < sum->nparams && sum->param_effect[i] == MC_PARAM_MAYBE && sum->outcome.param != i;
    bool held = r && (r->status == MC_RS_LIVE || r->status == MC_RS_RELEASED);
    return maybe && held && r->owned && r->origin == MC_ORIG_ALLOC && !r->ref.count && !r->ref.shared;
}

/* Whether an argument of the call other than i reaches the object a parameter
 * of the function points to, `&parent->kids` or `parent` itself: what the
 * callee keeps of argument i it keeps there (list_add(&parent->kids, node)). */
static bool other_arg_in_param_object(mc_analysis *an, mc_state *st, const mc_expr *call, int i)
{
    for (int j = 0; j + 1 < call->nkids; j++) {
        const mc_expr *a = mc_expr_strip(call->kids[j + 1]);
        if (j == i)
            continue;
        int pl = out_param_place(an, st, a);
        if (pl >= 0 && in_param_object(an, st, pl))
            return true;
        mc_val v = a->kind == MC_EX_VAR ? mc_st_get(st, var_place(an, a->var)) : mc_val_unknown();
        const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
        if (r && r->origin == MC_ORIG_PARAM)
            return true;
    }
    return false;
}

/* A callee that keeps argument i on some paths and never releases it: a tree's
 * insert, which declines an element whose key is already there
 * (RB_INSERT(head, elm) returns the one it found). */
static bool kept_on_some_paths(mc_analysis *an, const mc_symbol *s, int i)
{
    const mc_summary *sum = summary_of(an, s);
    return sum && i < sum->nparams && sum->param_effect[i] == MC_PARAM_MAYBE && sum->param_family[i] < 0;
}

static void apply_arg(mc_analysis *an, mc_state *st, const mc_expr *call, int i, mc_val v,
                      const mc_symbol *s, const mc_callee *c)
{
    const mc_expr *arg = call->kids[i + 1];
    note_param_pointee_passed(an, st, v, s, c, i);
    arg_effect eff = arg_effect_at(an, call, s, c, i);
    const char *name = callee_text(an, call);
    if (eff == ARG_RELEASE && releases_contents(an, st, s, c, i, v)) {
        int obj = out_param_place(an, st, arg);
        if (obj >= 0)
            forget_place(an, st, obj);
        else if (v.flags & VF_INTERIOR)
            forget_fields(an, st, v.res); /* m = &o->mu; mutex_destroy(m): some member of o */
        const mc_res *r = mc_st_res_c(st, v.res);
        int owner = r->origin == MC_ORIG_PARAM ? r->param : param_owning(an, st, v.res);
        if ((v.flags & VF_INTERIOR) && owner >= 0 && owner < 64)
            st->pfield_released |= 1ULL << owner; /* what a member of the parameter's object held */
        return;
    }
    const mc_summary *gsum = summary_of(an, s);
    bool guarded = gsum && i < 64 && guard_holds(an, st, gsum);
    if (eff == ARG_ESCAPE && guarded && (gsum->guarded.released & (1ULL << i)))
        eff = ARG_RELEASE; /* sink(d) { if (flag) free(d); } called with flag set */
    bool last_ref = eff == ARG_ESCAPE && drops_only_reference(an, st, s, c, i, v);
    if (last_ref)
        eff = ARG_RELEASE;
    bool nonnull = arg_nonnull(an, s, c, i) || (guarded && (gsum->guarded.deref & (1ULL << i)));
    if (eff == ARG_RELEASE) {
        /* sink(p) { p[0] = 0; free(p); } uses p before releasing it */
        if (v.kind == V_RES && nonnull && mc_st_res_c(st, v.res) &&
            mc_st_res_c(st, v.res)->status != MC_RS_RELEASED)
            use(an, st, v, MC_USE_NONNULL, arg, call, name, i);
        bool first = last_ref && mc_st_res_c(st, v.res)->status != MC_RS_RELEASED;
        release(an, st, v, call, arg, name, release_family_of(an, st, v, s, c, i), i,
                !(c && (c->model || c->dealloc_arg)) && (summary_of(an, s) || !s)); /* !s: a slot's targets */
        if (first)
            mc_st_res(st, v.res)->release_when = MC_WHEN_LAST_REF;
        return;
    }
    if (v.kind != V_RES && nonnull)
        note_deref_site(an, st, v, MC_USE_NONNULL, arg, call, name, i); /* strlen(NULL), sink(NULL) */
    if (v.kind == V_RES) {
        note_entry_passed(an, st, v.res);
        const mc_res *r = mc_st_res_c(st, v.res);
        bool printed = r && r->status == MC_RS_RELEASED && printed_as_address(s, call, i);
        if ((nonnull || (r && r->status == MC_RS_RELEASED)) && !printed)
            use(an, st, v, nonnull ? MC_USE_NONNULL : MC_USE_PASS, arg, call, name, i);
        if (eff == ARG_TAKE && named_transfer(an, s, c, i))
            hand_over(an, st, v, call, arg, name, i);
        else if (eff == ARG_TAKE || eff == ARG_ESCAPE) {
            const mc_res *now = mc_st_res_c(st, v.res);
            bool linked = (eff == ARG_TAKE || kept_on_some_paths(an, s, i)) && summary_of(an, s) && now &&
                          now->status == MC_RS_LIVE && other_arg_in_param_object(an, st, call, i);
            escape(an, st, v.res);
            if (linked)
                mc_st_res(st, v.res)->linked = true;
        }
        const mc_summary *esum = summary_of(an, s);
        bool elems_borrowed = esum && i < 64 && (esum->elems_borrowed & (1ULL << i));
        const mc_fieldset *written = esum && i < esum->nparams ? &esum->param_fields[i] : NULL;
        const mc_expr *sa = mc_expr_strip(arg);
        bool whole = !(v.flags & VF_OFFSET) && !addressed(sa); /* not &o->member */
        /* clear(&o->filters): what it writes of o->filters goes below */
        bool member_known = eff == ARG_BORROW && written && !written->all && addressed(sa);
        if (eff == ARG_BORROW && written && !written->all && whole)
            forget_written_fields(an, st, v.res, written);
        else if (!member_known &&
                 (eff != ARG_BORROW || (!(c && c->model) && !param_is_const_ptr(s, i) && !elems_borrowed)))
            forget_fields(an, st, v.res);
        bool variadic_to_library = c && c->model && s && i >= s->nparams; /* printf("%s", name) */
        if (!param_is_const_ptr(s, i) && !variadic_to_library && !is_predicate(an, s))
            forget_predicates(an, st, v.res); /* strcpy(name, "-") */
    }
    /* an integer parameter (a descriptor) handed to code that may keep it: a body
       that does, or a call through a pointer (ct->create_accepted(fd)), which
       the caller could not follow either; alone, or in a local object whose
       address goes (d.fd = fd; ops->ctrl(&d)) */
    if (eff == ARG_TAKE || (eff == ARG_ESCAPE && (has_body(s) || !s))) {
        int ip = int_param(an, arg);
        if (ip >= 0)
            st->pint_kept |= 1ULL << ip;
        st->pint_kept |= int_params_stored_in(an, arg);
    }
    /* a struct passed by value hands over copies of what its fields own, unless
       the callee only reads them */
    const mc_expr *sa = mc_expr_strip(arg);
    const mc_summary *ssum = summary_of(an, s);
    bool borrowed = ssum && i < 64 && (ssum->struct_borrowed & (1ULL << i));
    if (sa->kind == MC_EX_VAR && an->f->vars[sa->var].type.kind == MC_TY_RECORD && !borrowed)
        escape_var_fields(an, st, var_place(an, sa->var));
    int whole = member_address_base(an, arg);
    if (whole >= 0 && eff != ARG_BORROW)
        escape_var_fields(an, st, var_place(an, whole)); /* the callee may reach all of w from &w.base */
    int out = out_param_place(an, st, arg);
    if (out < 0 || (c && c->model && c->model->result_arg == i + 1))
        return;
    if (c && c->model && i < 64 && (c->model->copies & (1ULL << i))) {
        copied_out(an, st, out);
        return;
    }
    const mc_summary *sum = summary_of(an, s);
    int pointee = sum && i < sum->nparams ? sum->pointee_effect[i] : MC_PARAM_UNKNOWN;
    mc_val held = mc_st_get(st, out);
    const mc_res *hr = held.kind == V_RES ? mc_st_res_c(st, held.res) : NULL;
    if (sum && i < sum->nparams && sum->pointee_deref[i] && hr && hr->status == MC_RS_RELEASED)
        use(an, st, held, MC_USE_PASS, mc_expr_strip(arg)->kids[0], call, name, i); /* reads freed *arg */
    else if (sum && i < 64 && (sum->pointee_nonnull & (1ULL << i)))
        use(an, st, held, MC_USE_NONNULL, mc_expr_strip(arg)->kids[0], call, name, i); /* derefs *arg */
    if (pointee == MC_PARAM_BORROWS)
        return; /* the callee only read *arg: the caller still owns what is there */
    if (pointee == MC_PARAM_RELEASES) {
        bool model = hr && hr->family >= 0 && hr->family < an->pi->nmodel_families;
        release(an, st, held, call, mc_expr_strip(arg)->kids[0], name, model ? sum->pointee_family[i] : -1, i, true);
        /* free_ptr(&p): p dangles as after free(p), unless the callee reset or replaced it */
        if (sum->pointee_after[i] == MC_AFTER_NULL)
            mc_st_set(st, out, (mc_val){.kind = V_NULL, .res = -1});
        else if (sum->pointee_after[i] == MC_AFTER_UNKNOWN)
            mc_st_set(st, out, mc_val_unknown());
        return;
    }
    /* clear(&o->filters), init(&local): a body that says which fields of *param
       it writes leaves the others as they were */
    const mc_fieldset *written = sum && !(c && c->model) && i < sum->nparams ? &sum->param_fields[i] : NULL;
    if (eff == ARG_BORROW && written && !written->all && an->places.v[out].type.kind == MC_TY_RECORD) {
        forget_written_under(an, st, out, written);
        return;
    }
    /* strtol(s, &end, 10) sets end; fscanf(f, "%zu", &n) sets n */
    bool variadic_out = s && s->variadic && i >= s->nparams && !arg->type.pointee_const;
    if (eff != ARG_BORROW || !(c && c->model) || ((writes_through(s, i) || variadic_out) && held.kind != V_RES))
        forget_place(an, st, out);
}

/* ---- a call's result ---- */

/* What a T ** argument that is no address (getline(path, ...) with char **path)
 * points to, when it points to an object we follow. */
static int pointee_of_arg(mc_analysis *an, mc_state *st, const mc_expr *arg)
{
    const mc_expr *a = mc_expr_strip(arg);
    if (!a || a->type.kind != MC_TY_PTR || a->type.ptr_depth < 2 || a->kind != MC_EX_VAR)
        return PLACE_NONE;
    mc_val p = mc_st_get(st, var_place(an, a->var));
    if (p.kind != V_RES || !tracked_object(an, p) || (p.flags & VF_OFFSET))
        return PLACE_NONE;
    mc_type t = a->type;
    t.ptr_depth--;
    return pointee_place(an, st, p, t);
}

/* A callee stores resource id through argument arg (&x, or a T ** it points to). */
void store_into_arg(mc_analysis *an, mc_state *st, const mc_expr *arg, int id)
{
    int out = out_param_place(an, st, arg);
    if (out < 0)
        out = pointee_of_arg(an, st, arg);
    const mc_expr *target = mc_expr_strip(arg);
    mc_st_res(st, id)->var_expr = target->kind == MC_EX_UNARY && target->op == MC_UN_ADDR ? target->kids[0] : target;
    if (out < 0) {
        escape(an, st, id);
        return;
    }
    mc_val old = mc_st_get(st, out);
    mc_st_set(st, out, mc_val_res(id));
    if (old.kind == V_RES && old.res != id)
        escape(an, st, old.res); /* reused or reallocated by the callee (getline) */
    if (place_escapes(an, st, out)) {
        escape(an, st, id); /* into the caller's *path */
        note_out_store(an, st, out, id);
    }
}

/* pipe(fds): resource id goes in fds[k] (an int element of the array). */
static void store_into_element(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_expr *arg, int k, int id)
{
    mc_expr index = {.kind = MC_EX_INT, .var = -1, .is_const = 1, .ival = k, .loc = call->loc};
    mc_expr *kids[2] = {(mc_expr *)arg, &index};
    mc_expr elem = {.kind = MC_EX_INDEX, .var = -1, .nkids = 2, .kids = kids, .loc = call->loc};
    elem.type = (mc_type){.kind = MC_TY_INT, .is_signed = 1, .bits = 32};
    index.type = elem.type;
    int pl = place_of(an, st, &elem, true);
    mc_st_res(st, id)->var = keep_text(an, mc_xasprintf("%s[%d]", mc_expr_text(an, arg), k));
    if (pl >= 0)
        store(an, st, pl, mc_val_res(id), call, NULL);
    else
        escape(an, st, id);
}

/* pipe(fds): two descriptors, in fds[0] and fds[1], the second made where the
 * first is and only there: the status that tells of the first tells of it
 * (settle_taken). */
static void alloc_pair(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_fnmodel *m, int first)
{
    const mc_expr *arg = call->kids[m->result_arg];
    store_into_element(an, st, call, arg, 0, first);
    mc_val second = new_owned(an, st, call, m->family, m->fails, true);
    store_into_element(an, st, call, arg, 1, second.res);
    mc_res *f = mc_st_res(st, first);
    f->took.id = (int16_t)second.res;
    f->took.fail = f->took.ok = MC_TOOK_FOLLOWS;
}

/* The resource a modelled allocator stores through its result argument. */
static mc_val alloc_into_arg(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_fnmodel *m)
{
    mc_val status = mc_val_unknown();
    status.def = call;
    if (m->result_arg > call->nkids - 1)
        return status;
    mc_val r = new_owned(an, st, call, m->family, m->fails, true);
    if (m->result_count == 2)
        alloc_pair(an, st, call, m, r.res);
    else
        store_into_arg(an, st, call->kids[m->result_arg], r.res);
    status.flags = VF_STATUS;
    status.res = r.res;
    return status;
}

/* p = realloc(old, n), or a wrapper of it: old is released, but comes back if
 * the result turns out to be the failure value. */
static mc_val realloc_like(mc_analysis *an, mc_state *st, const mc_expr *call, int i, int family, mc_failkind fails,
                           bool may_fail, const mc_val *args)
{
    mc_val old = i >= 0 && i < call->nkids - 1 ? args[i] : mc_val_unknown();
    mc_res *r = old.kind == V_RES ? mc_st_res(st, old.res) : NULL;
    int released_as = family;
    if (r && r->family >= 0)
        family = r->family;
    uint8_t was = r ? r->status : MC_RS_LIVE;
    mc_val v = new_owned(an, st, call, family, fails, may_fail);
    if (old.kind == V_RES) {
        copy_contents(an, st, old.res, v.res); /* what the block held, the new one holds */
        release_object(an, st, old, call, call->kids[i + 1], call->name, released_as, i, false);
    }
    if (old.kind == V_RES && mc_st_res(st, old.res) && mc_st_res(st, old.res)->status == MC_RS_RELEASED) {
        mc_st_res(st, v.res)->realloc_link.old = old.res;
        mc_st_res(st, v.res)->realloc_link.old_status = was;
    }
    return v;
}

static mc_val realloc_result(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_fnmodel *m,
                             const mc_val *args)
{
    return realloc_like(an, st, call, m->arg - 1, m->family, m->fails, true, args);
}

/* A function of the program that reallocates its parameter i (yaml_realloc). */
static int realloc_param_of(mc_analysis *an, const mc_symbol *s, const mc_callee *c)
{
    const mc_summary *sum = c && c->model ? NULL : summary_of(an, s);
    return sum && sum->returns_owned ? sum->realloc_param : -1;
}

/* The declaration promises a result that is not NULL (returns_nonnull, a
 * `_Nonnull` result): its callers trust it, whatever the body does (a body's
 * summary says so too, see write_summary). */
bool declared_nonnull(const mc_symbol *s)
{
    return s && s->attr_returns_nonnull;
}

/* What a function that always returns a static buffer, a literal or stack memory
 * hands its caller: not something to release. */
static mc_val nonheap_result(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_summary *sum)
{
    mc_val v = address_of_object(an, st, call, (mc_origin)sum->ret_nonheap, call);
    mc_res *r = mc_st_res(st, v.res);
    r->acq_fn = call->name;
    if (sum->may_return_null && r->nullness == MC_NN_OK && r->status == MC_RS_LIVE)
        r->nullness = MC_NN_UNCHECKED;
    return v;
}

/* What a function returning its parameter i gives back: the argument, as the
 * result's type holds it, within the range every exit returns; an argument
 * variable nothing is known of shares its value with the result, as a copy
 * does (x = id(n); if (x > 5) ... if (n > 5)). */
static mc_val returned_arg(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_symbol *s,
                           const mc_summary *sum, const mc_val *args)
{
    int i = sum->ret_int.param;
    const mc_type *from = i < s->nparams ? &s->params[i].type : &call->kids[i + 1]->type;
    if (from->kind != MC_TY_INT || call->type.kind != MC_TY_INT)
        return (mc_val){.kind = V_UNKNOWN, .res = -1, .def = call};
    mc_val v = args[i];
    if (v.kind == V_UNKNOWN && !v.def && !v.flags)
        v = shared_int(an, st, call->kids[i + 1], &call->type, v);
    if (v.kind == V_INT)
        return convert_int(v, from, &call->type, NULL);
    return (mc_val){.kind = V_UNKNOWN, .res = -1, .def = call};
}

/* The range a callee returns where its result depends on the side of zero an
 * argument is on, and the caller's path knows that side; else NULL. */
static const int64_t *returned_side(const mc_state *st, const mc_summary *sum, const mc_val *args, int nargs)
{
    int p = sum->ret_int.split_param;
    int side = p >= 0 && p < nargs ? value_side(st, args[p]) : SIDE_UNKNOWN;
    return side == SIDE_ZERO ? sum->ret_int.if_zero : side == SIDE_NONZERO ? sum->ret_int.if_nonzero : NULL;
}

static mc_val call_result(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_symbol *s,
                          const mc_callee *c, const mc_val *args)
{
    const mc_fnmodel *m = c ? c->model : NULL;
    const mc_summary *sum = summary_of(an, s);
    if (m && (m->roles & MC_ROLE_REALLOC))
        return realloc_result(an, st, call, m, args);
    int ri = realloc_param_of(an, s, c);
    if (ri >= 0) {
        int family = c && c->naming_family >= 0 ? c->naming_family : sum->ret_family;
        bool may_fail = sum->may_return_null && !(c && c->never_fails) && !null_ruled_out(s, sum, args, call->nkids - 1);
        return realloc_like(an, st, call, ri, family, (mc_failkind)sum->ret_fails, may_fail, args);
    }
    if (m && m->returns_arg > 0 && m->returns_arg < call->nkids)
        return args[m->returns_arg - 1]; /* p = memcpy(malloc(n), s, n) */
    if (m && m->has_returns)
        return mc_val_int(m->returns); /* execv returns -1 when it returns */
    if (m && (m->roles & MC_ROLE_ALLOC) && m->when_null && m->when_null < call->nkids &&
        args[m->when_null - 1].kind != V_NULL && !mc_val_exact(&args[m->when_null - 1])) {
        /* filled the caller's buffer, and returns it (realpath(path, buf) == buf) */
        mc_val buf = args[m->when_null - 1];
        return buf.kind == V_RES ? buf : mc_val_unknown();
    }
    if (m && (m->roles & MC_ROLE_ALLOC) && m->stack)
        return address_of_object(an, st, call, MC_ORIG_ALLOCA, call);
    if (m && (m->roles & MC_ROLE_ALLOC))
        return m->result_arg > 0 ? alloc_into_arg(an, st, call, m)
                                 : new_owned(an, st, call, m->family, m->fails, true);
    if (s && (s->attr_dealloc || s->attr_ownership_returns)) /* a body says whether it fails */
        return new_owned(an, st, call, c->attr_family, MC_FAIL_NULL,
                         !declared_nonnull(s) && (!sum || sum->may_return_null));
    if (sum && sum->returns_owned) {
        int family = c && c->naming_family >= 0 ? c->naming_family : sum->ret_family;
        bool may_fail = sum->may_return_null && !(c && c->never_fails) && !null_ruled_out(s, sum, args, call->nkids - 1);
        owned_call oc = owned_at_call(an, st, call, sum, args);
        if (oc.side == COND_FAILS) {
            mc_val lent = mc_val_unknown(); /* open_out(NULL): stdout, not ours */
            lent.def = call;
            return lent;
        }
        mc_val v = new_owned(an, st, call, family, (mc_failkind)sum->ret_fails, may_fail);
        mc_res *r = mc_st_res(st, v.res);
        if (oc.side == COND_UNKNOWN)
            owned_where(r, sum, oc.place);
        if (sum->returns_linked)
            r->owned = false; /* its parent may hold it too */
        if (may_fail)
            null_tells_out(an, st, r, call, sum);
        return v;
    }
    /* __attribute__((malloc)) with no body to read: a fresh block; who frees it,
       the attribute does not say, nor whether it can fail: the wrappers that carry
       it most (g_malloc, xmalloc) abort instead, so callers are not told to check
       (a model or never-fail: says otherwise). System headers' functions are the
       models' to describe (glibc marks fopen and popen so). */
    if (s && s->attr_malloc && !s->def && !sum && !s->in_system_header && s->ret.kind == MC_TY_PTR)
        return new_owned(an, st, call, c ? c->naming_family : -1, MC_FAIL_NULL, false);
    if (c && c->names.create && s && !s->def && s->ret.kind == MC_TY_PTR && !sum)
        return new_owned(an, st, call, c->naming_family, MC_FAIL_NULL, false);
    if (sum && sum->ret_nonheap)
        return nonheap_result(an, st, call, sum);
    mc_val t = sum ? returned_test(st, call, sum, args) : mc_val_unknown();
    if (t.kind == V_INT)
        return t; /* if (!valid(p)): a check of p */
    if (sum && sum->ret_int.is_const && is_pointer(&call->type) && sum->ret_int.value == 0)
        return (mc_val){.kind = V_NULL, .res = -1}; /* returns NULL on every path */
    if (sum && sum->ret_int.is_const)
        return mc_val_int(sum->ret_int.value);
    if (sum && sum->ret_int.param >= 0 && sum->ret_int.param < call->nkids - 1 && s)
        return returned_arg(an, st, call, s, sum, args);
    mc_val v = mc_val_unknown();
    v.def = call;
    /* a pointer it does not hand over, never NULL (options_add() returning the
       entry it linked into a tree): the caller's test of it for NULL is dead */
    if (is_pointer(&call->type) && ((sum && sum->returns_nonnull) || declared_nonnull(s)))
        v.flags |= VF_NONZERO;
    if (sum && sum->ret_int.is_range && call->type.kind == MC_TY_INT) {
        const int64_t *r = returned_side(st, sum, args, call->nkids - 1);
        v = as_interval(v, &call->type);
        v.lo = r ? r[0] : sum->ret_int.lo;
        v.hi = r ? r[1] : sum->ret_int.hi;
        if (mc_val_exact(&v))
            v = mc_val_int(v.lo);
    }
    return v;
}

static void mark_checked_product(mc_analysis *an, mc_state *st, const mc_expr *call)
{
    int out = call->nkids >= 4 ? out_param_place(an, st, call->kids[call->nkids - 1]) : PLACE_NONE;
    if (out < 0)
        return;
    mc_val v = mc_val_unknown();
    v.flags = VF_PRODUCT_OK;
    v.def = call;
    mc_st_set(st, out, v);
}

/* ---- references, and the pointers and globals a callee reaches ---- */

/* Reference counts: obj_ref(o) takes a reference this function must give back
 * (obj_unref(o)), store or return; the unref of such a reference releases nothing. */
static bool count_reference(mc_state *st, const mc_expr *call, int i, mc_val v, const mc_callee *c)
{
    mc_res *r = c && !c->model && v.kind == V_RES ? mc_st_res(st, v.res) : NULL;
    if (!r || r->status != MC_RS_LIVE)
        return false;
    if (c->names.retained == i) {
        if (r->ref.count < 3)
            r->ref.count++;
        r->ref.loc = call->loc;
        r->ref.fn = call->name;
        return true;
    }
    if (c->names.destroyed == i && r->ref.count > 0) {
        r->ref.count--;
        return true;
    }
    return false;
}

/* obj_unref(o) whose body frees only when the count drops to zero still gives
 * up the caller's reference: rules hear of it (a borrowed reference must not be
 * released), though the object may live on. */
static void note_conditional_release(mc_analysis *an, mc_state *st, const mc_expr *call, int i, mc_val v,
                                     const mc_symbol *s, const mc_callee *c)
{
    const mc_res *r = v.kind == V_RES ? mc_st_res_c(st, v.res) : NULL;
    if (!r || r->origin != MC_ORIG_PARAM || !c || c->model || !c->names.destroy || c->names.destroyed != i ||
        arg_effect_of(an, s, c, i) == ARG_RELEASE)
        return;
    mc_event ev = event(MC_EV_RELEASE, st, call->kids[i + 1], call->loc, v.res);
    ev.callee = call->name;
    ev.arg = i;
    raise_event(an, &ev);
}

/* Could the callee assign global g? Library functions (models, system headers)
 * assign none of the program's; a function with a summary says which; anything
 * else may assign any, except that code outside the program names no static of
 * it when statics_seen (a callback could, which strict callers keep in mind). */
static bool callee_writes_ex(mc_analysis *an, const mc_symbol *s, const mc_callee *c, const mc_global *g,
                             bool statics_seen)
{
    if ((c && c->model) || (s && s->in_system_header))
        return false;
    const mc_summary *sum = summary_of(an, s);
    /* code outside the program names no static of it (its address taken would
       make the global's readers unknown: collect_reads) */
    bool hidden = statics_seen && g->is_static;
    if (!sum)
        return !(s && !has_body(s) && hidden);
    if (sum->writes.any || (sum->writes.extern_globals && !hidden))
        return true;
    for (int i = 0; i < sum->writes.n; i++)
        if (sum->writes.v[i] == g)
            return true;
    return false;
}

static void note_callee_writes(mc_analysis *an, const mc_symbol *s, const mc_callee *c)
{
    if ((c && c->model) || (s && s->in_system_header))
        return;
    const mc_summary *sum = summary_of(an, s);
    if (!sum && s && !has_body(s))
        an->tally.gwrites_extern = true; /* code outside the program */
    else if (!sum || sum->writes.any)
        an->tally.gwrites_any = true;
    if (sum && sum->writes.extern_globals)
        an->tally.gwrites_extern = true;
    for (int i = 0; sum && i < sum->writes.n; i++)
        add_global_write(an, sum->writes.v[i]);
}

/* What a call may have done to the globals. A callee that may assign g (setup()
 * may set it) leaves it holding something else than the allocation not yet
 * checked or the flag value the path knew; a callee we know nothing of may
 * also have freed what only a global held, or not returned from a failure
 * branch (if (!p) fatal("oom")). */
static void forget_written_globals(mc_analysis *an, mc_state *st, const mc_symbol *s, const mc_callee *c)
{
    note_callee_writes(an, s, c);
    const mc_summary *sum = summary_of(an, s);
    bool library = (c && c->model) || (s && s->in_system_header);
    bool unknown = !library && !sum;
    if (!library && (unknown || sum->may_not_return))
        for (int i = 0; i < st->res.n; i++)
            if (st->res.v[i].r.nullness == MC_NN_FAILED)
                mc_st_res(st, st->res.v[i].id)->failed_then_unknown = true;
    if (library || (sum && !sum->writes.any && !sum->writes.extern_globals && sum->writes.n == 0))
        return; /* assigns no global of the program */
    for (int i = 0; i < st->res.n; i++) {
        mc_res *r = &st->res.v[i].r;
        if (r->global_place < 0)
            continue;
        const mc_place *root = &an->places.v[place_root(an, r->global_place)];
        bool reached = unknown && !(root->kind == P_GLOBAL && root->global->is_static && s && !has_body(s));
        if (reached || (root->kind == P_GLOBAL && callee_writes_ex(an, s, c, root->global, true)))
            r->global_place = -1;
    }
    for (int i = 0; i < st->vals.n; i++) {
        const mc_pv *pv = &st->vals.v[i];
        const mc_place *root = &an->places.v[place_root(an, pv->place)];
        if (root->kind != P_GLOBAL || !root->global)
            continue;
        const mc_res *r = pv->v.kind == V_RES ? mc_st_res_c(st, pv->v.res) : NULL;
        bool unchecked = r && r->nullness == MC_NN_UNCHECKED && r->origin == MC_ORIG_ALLOC;
        bool flag = pv->v.kind == V_INT; /* g_flag, g.state.flag */
        /* free(g); g = bigger; -- the callee that released it may have replaced it */
        bool released = r && r->status == MC_RS_RELEASED;
        if ((unchecked && callee_writes_ex(an, s, c, root->global, false)) ||
            ((flag || released) && callee_writes_ex(an, s, c, root->global, true)))
            mc_st_clear_at(st, i);
    }
}

/* qsort(v, n, size, cmp): a library function given one of the program's
 * functions may call it, and what that one assigns is assigned. */
static void forget_callback_writes(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_symbol *s,
                                   const mc_callee *c)
{
    if (!((c && c->model) || (s && s->in_system_header)))
        return; /* the program's own functions' summaries count their indirect calls */
    for (int i = 1; i < call->nkids; i++) {
        const mc_expr *a = mc_expr_strip(call->kids[i]);
        if (a && a->kind == MC_EX_UNARY && a->op == MC_UN_ADDR)
            a = mc_expr_strip(a->kids[0]);
        if (a && a->kind == MC_EX_GLOBAL && a->sym && has_body(a->sym))
            forget_written_globals(an, st, a->sym, callee_of(an, a->sym));
    }
}

/* ---- the call ---- */

/* fdopen(fd, ...): the new stream remembers the descriptor it took, to give it
 * back if the call turns out to have failed. */
/* memset(s, 0, sizeof *s): what the bytes an argument points to held is gone. */
static void overwrite_pointees(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_val *args,
                               const mc_callee *c)
{
    for (int i = 0; c && c->model && i < call->nkids - 1 && i < 64; i++) {
        if (!(c->model->overwrites & (1ULL << i)))
            continue;
        int obj = out_param_place(an, st, call->kids[i + 1]);
        if (obj >= 0)
            forget_place(an, st, obj);
        else if (args[i].kind == V_RES)
            forget_fields(an, st, args[i].res);
    }
}

static void note_taken_on_success(mc_state *st, const mc_expr *call, const mc_callee *c, const mc_val *args,
                                  mc_val result)
{
    mc_res *r = c && c->model && result.kind == V_RES ? mc_st_res(st, result.res) : NULL;
    for (int i = 0; r && i < call->nkids - 1 && i < 64; i++) {
        if ((c->model->takes_on_success & (1ULL << i)) && args[i].kind == V_RES) {
            r->took.id = args[i].res;
            r->took.fail = MC_RS_LIVE + 1;
        }
    }
}

mc_val eval_call(mc_analysis *an, mc_state *st, const mc_expr *e)
{
    const mc_symbol *s = e->sym;
    if (is_dump_call(an, e))
        return dump_call(an, st, e);
    const mc_callee *c = callee_of(an, s);
    if (!s)
        eval(an, st, e->kids[0]);
    int nargs = e->nkids - 1;
    mc_val stack_args[16];
    mc_val *args = nargs <= 16 ? stack_args : mc_xmalloc((size_t)nargs * sizeof *args);
    for (int i = 0; i < nargs; i++)
        args[i] = eval(an, st, e->kids[i + 1]);
    mc_event ev = event(MC_EV_CALL, st, e, e->loc, -1);
    ev.argv = args;
    ev.argc = nargs;
    ev.callee = e->name;
    ev.model = c ? c->model : NULL;
    ev.callee_summary = summary_of(an, s);
    raise_event(an, &ev);
    apply_entry_effects(an, st, e, summary_of(an, s), args, MC_ENTRY_THROUGH_ARGS);
    apply_entry_effects(an, st, e, summary_of(an, s), args, MC_ENTRY_USES);
    const mc_summary *osum = c && c->model ? NULL : summary_of(an, s);
    bool outcome_live = outcome_arg_live(st, osum, args, nargs);
    if (is_checked_product_builtin(e->name)) {
        mark_checked_product(an, st, e);
    } else if (!(c && c->model && (c->model->roles & MC_ROLE_REALLOC))) {
        int reallocated = realloc_param_of(an, s, c); /* call_result() releases it */
        /* releases last: yyfree(scanner, scanner) passes scanner before freeing it */
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; i < nargs; i++) {
                if (i == reallocated || (arg_effect_at(an, e, s, c, i) == ARG_RELEASE) != (pass == 1))
                    continue;
                if (count_reference(st, e, i, args[i], c))
                    continue;
                note_conditional_release(an, st, e, i, args[i], s, c);
                apply_arg(an, st, e, i, args[i], s, c);
            }
    }
    overwrite_pointees(an, st, e, args, c);
    apply_entry_effects(an, st, e, summary_of(an, s), args, MC_ENTRY_EFFECTS);
    forget_written_globals(an, st, s, c);
    forget_callback_writes(an, st, e, s, c);
    mc_val result = call_result(an, st, e, s, c, args);
    if (osum && !osum->returns_owned)
        result = outcome_result(an, st, e, osum, args, result, outcome_live);
    note_taken_on_success(st, e, c, args, result);
    if (c && !c->model && c->names.retained >= 0 && c->names.retained < nargs && is_pointer(&e->type) &&
        args[c->names.retained].kind == V_RES)
        result = args[c->names.retained]; /* obj_ref(o) returns o */
    if (args != stack_args)
        free(args);
    const mc_symbol *handler = s ? NULL : initial_target(e);
    if (callee_noreturn(an, s, c) || e->ptr_noreturn ||
        (handler && callee_noreturn(an, handler, callee_of(an, handler)))) {
        st->dead = true; /* a handler installed in place of one that never returns keeps its contract */
        an->tally.dead_end = true;
    }
    return result;
}
