/* targets.c - calls through a function-pointer field whose targets the program
 * names: `c->ops->close(c)` where every `close` slot of `struct conn_ops` is
 * given a named function (`static const struct conn_ops tcp_ops = { .close =
 * tcp_close };`, `ops->close = tls_close;`). Such a call does to an argument
 * what all its targets agree on; a slot also given anything else (a
 * parameter, a value read elsewhere) keeps the unknown-calls policy. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* A slot: a function-pointer field, by its USR (ir.h: mc_slot_fact). */
struct mc_slot {
    bool unknown;                    /* given something that is not a named function */
    MC_VEC(const mc_symbol *) targets; /* the functions it is given, by name */
    char *targets_text;              /* "tcp_close() or tls_close()" */
};

/* A call through a slot with known targets, and its callee as written. */
struct mc_slot_call {
    const mc_slot *slot;
    char *text;                      /* "ops->close" */
};

static mc_slot *slot_named(mc_proginfo *pi, const char *usr)
{
    mc_slot *sl = mc_ptrmap_get(&pi->slots, usr);
    if (!sl) {
        sl = mc_xcalloc(1, sizeof *sl);
        mc_ptrmap_put(&pi->slots, usr, sl);
        MC_VEC_PUSH(pi->slots_made, sl);
    }
    return sl;
}

static void add_target(mc_slot *sl, const mc_symbol *s)
{
    for (int i = 0; i < sl->targets.n; i++)
        if (sl->targets.v[i] == s)
            return;
    MC_VEC_PUSH(sl->targets, s);
}

static int by_name(const void *a, const void *b)
{
    const mc_symbol *x = *(const mc_symbol *const *)a, *y = *(const mc_symbol *const *)b;
    int c = strcmp(x->name, y->name);
    return c ? c : x->index - y->index;
}

static void name_targets(mc_slot *sl)
{
    if (sl->targets.n > 1)
        qsort(sl->targets.v, (size_t)sl->targets.n, sizeof *sl->targets.v, by_name);
    mc_buf b = {0};
    for (int i = 0; i < sl->targets.n; i++)
        mc_buf_printf(&b, "%s%s()", i == 0 ? "" : i + 1 == sl->targets.n ? " or " : ", ", sl->targets.v[i]->name);
    sl->targets_text = mc_buf_detach(&b);
}

/* The field a call goes through (`ops->close(c)`, `(*s->free_fn)(p)`), or NULL. */
static const mc_expr *slot_of_callee(const mc_expr *call)
{
    if (call->kind != MC_EX_CALL || call->sym || !call->nkids)
        return NULL;
    const mc_expr *k = mc_expr_strip(call->kids[0]);
    if (k && k->kind == MC_EX_UNARY && k->op == MC_UN_DEREF)
        k = mc_expr_strip(k->kids[0]);
    return k && mc_member_is_slot(k) ? k : NULL;
}

typedef struct calls_in { mc_proginfo *pi; const mc_func *f; } calls_in;

static void note_slot_calls(const mc_expr *e, void *ctx)
{
    calls_in *in = ctx;
    if (!e)
        return;
    for (int i = 0; i < e->nkids; i++)
        note_slot_calls(e->kids[i], ctx);
    const mc_expr *field = slot_of_callee(e);
    const mc_slot *sl = field ? mc_ptrmap_get(&in->pi->slots, field->usr) : NULL;
    if (!sl || sl->unknown || !sl->targets.n || mc_ptrmap_get(&in->pi->slot_calls, e))
        return; /* a return's value is met twice: as a statement and as the exit's */
    mc_slot_call *sc = mc_xcalloc(1, sizeof *sc);
    mc_buf b = {0};
    mc_expr_text_buf(field, in->f, &b);
    sc->slot = sl;
    sc->text = mc_buf_detach(&b);
    mc_ptrmap_put(&in->pi->slot_calls, e, sc);
    mc_ptrmap_put(&in->pi->slot_texts, sc->text, sc);
    MC_VEC_PUSH(in->pi->slot_calls_made, sc);
}

/* The slots and the calls through them, from every unit's slot facts. A run
 * that sees part of the program (some TUs left out, other shards' summaries,
 * a cache's) cannot know every function a slot is given: it knows none. */
void build_slots(mc_analysis *an)
{
    mc_program *p = an->prog;
    mc_proginfo *pi = an->pi;
    if (p->partial || an->o->nsummaries_in > 0)
        return;
    for (int u = 0; u < p->units.n; u++)
        for (int i = 0; i < p->units.v[u]->slot_facts.n; i++) {
            const mc_slot_fact *sf = &p->units.v[u]->slot_facts.v[i];
            mc_slot *sl = slot_named(pi, sf->usr);
            const mc_symbol *s = sf->fn_usr ? mc_program_lookup(p, sf->fn_usr) : NULL;
            if (s)
                add_target(sl, s);
            else
                sl->unknown = true;
        }
    for (int i = 0; i < pi->slots_made.n; i++)
        name_targets(pi->slots_made.v[i]);
    for (int i = 0; i < p->funcs.n; i++)
        mc_func_each_root(p->funcs.v[i], note_slot_calls, &(calls_in){pi, p->funcs.v[i]});
}

void free_slots(mc_proginfo *pi)
{
    for (int i = 0; i < pi->slots_made.n; i++) {
        MC_VEC_FREE(pi->slots_made.v[i]->targets);
        free(pi->slots_made.v[i]->targets_text);
        free(pi->slots_made.v[i]);
    }
    for (int i = 0; i < pi->slot_calls_made.n; i++) {
        free(pi->slot_calls_made.v[i]->text);
        free(pi->slot_calls_made.v[i]);
    }
    MC_VEC_FREE(pi->slots_made);
    MC_VEC_FREE(pi->slot_calls_made);
    mc_ptrmap_free(&pi->slots);
    mc_ptrmap_free(&pi->slot_calls);
    mc_ptrmap_free(&pi->slot_texts);
}

const mc_slot_call *slot_call_of(const mc_proginfo *pi, const mc_expr *call)
{
    return call->sym ? NULL : mc_ptrmap_get(&pi->slot_calls, call);
}

int slot_call_targets(const mc_proginfo *pi, const mc_expr *call, const mc_symbol *const **targets)
{
    const mc_slot_call *sc = call->kind == MC_EX_CALL ? slot_call_of(pi, call) : NULL;
    *targets = sc ? sc->slot->targets.v : NULL;
    return sc ? sc->slot->targets.n : 0;
}

/* What target s does with argument i is known from its summary (it comes
 * earlier bottom-up). A slot given a library function (`.free = free`) is a
 * pluggable allocator's, which the library's users may fill with their own:
 * what a body outside the program does is not known. */
static bool target_known(mc_analysis *an, const mc_symbol *s, int i)
{
    if (i >= s->nparams && !s->variadic)
        return false; /* called with more arguments than it declares: cast to fit */
    return s->def && summary_of(an, s);
}

/* A body that only reads argument i: borrows it, writes none of its fields
 * and, for a T **, nothing through it (pPager->xGet(pPager, pgno, ppPage)
 * borrows ppPage but sets *ppPage). */
static bool only_reads(const mc_symbol *s, const mc_summary *sum, int i)
{
    if (!sum || i >= sum->nparams || sum->param_effect[i] != MC_PARAM_BORROWS)
        return false;
    const mc_fieldset *w = &sum->param_fields[i];
    return !w->all && w->n == 0 && (s->params[i].type.ptr_depth < 2 || sum->pointee_effect[i] == MC_PARAM_BORROWS);
}

/* What target s does with argument i, when it is a release or a mere read;
 * else ARG_ESCAPE. A realloc() wrapper (`.realloc = xrealloc`) gives the block
 * back when it fails: no release the call could apply alone. */
static arg_effect target_effect(mc_analysis *an, const mc_symbol *s, int i)
{
    const mc_summary *sum = summary_of(an, s);
    arg_effect e = arg_effect_of(an, s, callee_of(an, s), i);
    if (e == ARG_RELEASE)
        return sum->returns_owned && sum->realloc_param == i ? ARG_ESCAPE : e;
    return e == ARG_BORROW && only_reads(s, sum, i) ? ARG_BORROW : ARG_ESCAPE;
}

/* What a call through a slot does with argument i: a release or a borrow where
 * every target does so, else what a call nothing is known of does. */
arg_effect slot_arg_effect(mc_analysis *an, const mc_slot_call *sc, int i)
{
    arg_effect agreed = ARG_ESCAPE;
    for (int k = 0; k < sc->slot->targets.n; k++) {
        const mc_symbol *s = sc->slot->targets.v[k];
        arg_effect e = target_known(an, s, i) ? target_effect(an, s, i) : ARG_ESCAPE;
        if (e == ARG_ESCAPE || (k > 0 && e != agreed))
            return arg_effect_of(an, NULL, NULL, i);
        agreed = e;
    }
    return agreed;
}

arg_effect arg_effect_at(mc_analysis *an, const mc_expr *call, const mc_symbol *s, const mc_callee *c, int i)
{
    const mc_slot_call *sc = s ? NULL : slot_call_of(an->pi, call);
    return sc ? slot_arg_effect(an, sc, i) : arg_effect_of(an, s, c, i);
}

const char *callee_text(mc_analysis *an, const mc_expr *call)
{
    const mc_slot_call *sc = call->name ? NULL : slot_call_of(an->pi, call);
    return sc ? sc->text : call->name;
}

const char *mc_callee_targets(mc_analysis *an, const char *callee)
{
    const mc_slot_call *sc = callee ? mc_ptrmap_get(&an->pi->slot_texts, callee) : NULL;
    return sc ? sc->slot->targets_text : NULL;
}
