/* schedule.c - the program: bottom-up order, workers, other shards' summaries. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "summaries.h"

/* ---- callees before callers ---- */

/* Callees before callers: a depth-first post-order over direct calls. */
typedef MC_VEC(int) intvec;

typedef struct order {
    mc_program *p;
    const mc_proginfo *pi;
    uint8_t *mark;   /* 0 new, 1 on stack, 2 done */
    MC_VEC(const mc_func *) out;
} order;

typedef struct callees_in { const mc_proginfo *pi; intvec *out; } callees_in;

static void callees_of_expr(const mc_expr *e, void *ctx)
{
    callees_in *in = ctx;
    if (!e)
        return;
    const mc_symbol *callee = e->kind != MC_EX_CALL ? NULL : e->sym ? e->sym : initial_target(e);
    if (callee && callee->def)
        MC_VEC_PUSH(*in->out, callee->index);
    const mc_symbol *const *targets; /* a call through a slot: its summary is theirs */
    int n = slot_call_targets(in->pi, e, &targets);
    for (int k = 0; k < n; k++)
        if (targets[k]->def)
            MC_VEC_PUSH(*in->out, targets[k]->index);
    for (int i = 0; i < e->nkids; i++)
        callees_of_expr(e->kids[i], ctx);
}

static void collect_callees(const mc_proginfo *pi, const mc_func *f, intvec *out)
{
    mc_func_each_root(f, callees_of_expr, &(callees_in){pi, out});
}

static void post_order(order *o, const mc_func *root)
{
    /* iterative DFS: stack of (function index into symbols), children expanded once */
    typedef struct frame { const mc_func *f; intvec kids; int next; } frame;
    MC_VEC(frame) stack = {0};
    frame top = {root, {0}, 0};
    collect_callees(o->pi, root, &top.kids);
    o->mark[root->sym->index] = 1;
    MC_VEC_PUSH(stack, top);
    while (stack.n) {
        frame *fr = &stack.v[stack.n - 1];
        if (fr->next < fr->kids.n) {
            int k = fr->kids.v[fr->next++];
            if (o->mark[k])
                continue;
            const mc_func *g = o->p->symbols.v[k]->def;
            o->mark[k] = 1;
            frame nf = {g, {0}, 0};
            collect_callees(o->pi, g, &nf.kids);
            MC_VEC_PUSH(stack, nf);
            continue;
        }
        o->mark[fr->f->sym->index] = 2;
        MC_VEC_PUSH(o->out, fr->f);
        MC_VEC_FREE(fr->kids);
        stack.n--;
    }
    MC_VEC_FREE(stack);
}

static void bottom_up(mc_program *p, const mc_proginfo *pi, order *o)
{
    o->p = p;
    o->pi = pi;
    o->mark = mc_xcalloc((size_t)p->symbols.n + 1, 1);
    for (int i = 0; i < p->funcs.n; i++) {
        const mc_func *f = p->funcs.v[i];
        if (!f->sym) {
            MC_VEC_PUSH(o->out, f);
            continue;
        }
        if (!o->mark[f->sym->index])
            post_order(o, f);
    }
    free(o->mark);
    o->mark = NULL;
}

static void free_summaries(mc_program *p)
{
    for (int i = 0; i < p->symbols.n; i++) {
        mc_summary_free(p->symbols.v[i]->summary);
        p->symbols.v[i]->summary = NULL;
    }
}

/* ---- running functions on workers ---- */

/* Functions run once their callees earlier in the bottom-up order are done; the
 * workers take whatever is ready. */
typedef struct sched {
    pthread_mutex_t lock;
    pthread_cond_t ready_cv;
    const mc_program *prog;
    const mc_analysis_opts *o;
    mc_proginfo *pi;
    const mc_func **order;
    int n;
    int *waiting;          /* per position: callees not done yet */
    intvec *dependents;    /* per position: positions waiting for it */
    intvec ready;
    int done;
} sched;

typedef struct worker {
    sched *sc;
    mc_diags diags;
    mc_analysis_stats stats;
    mc_dump_lines dumps;   /* --debug-engine */
    pthread_t thread;
} worker;

/* The functions reading the globals f names: lost_in_global() asks their
 * summaries, so they must be done before f, as its callees are. */
typedef struct readers_of { const mc_proginfo *pi; intvec *out; } readers_of;

static void global_readers_of_expr(const mc_expr *e, void *ctx)
{
    readers_of *r = ctx;
    if (!e)
        return;
    const mc_readers *rd = e->kind == MC_EX_GLOBAL && e->global ? mc_ptrmap_get(&r->pi->readers, e->global) : NULL;
    for (int k = 0; rd && rd->n <= MAX_READERS && k < rd->n; k++)
        MC_VEC_PUSH(*r->out, rd->fn[k]->index);
    for (int i = 0; i < e->nkids; i++)
        global_readers_of_expr(e->kids[i], ctx);
}

static void plan(sched *sc, order *ord)
{
    sc->order = ord->out.v;
    sc->n = ord->out.n;
    sc->waiting = mc_xcalloc((size_t)sc->n + 1, sizeof *sc->waiting);
    sc->dependents = mc_xcalloc((size_t)sc->n + 1, sizeof *sc->dependents);
    for (int i = 0; i < sc->n; i++) {
        intvec callees = {0};
        collect_callees(sc->pi, sc->order[i], &callees);
        mc_func_each_root(sc->order[i], global_readers_of_expr, &(readers_of){sc->pi, &callees});
        for (int k = 0; k < callees.n; k++) {
            int pos = sc->pi->order_pos[callees.v[k]];
            if (pos < 0 || pos >= i)
                continue;
            bool seen = false;
            for (int d = 0; d < sc->dependents[pos].n && !seen; d++)
                seen = sc->dependents[pos].v[d] == i;
            if (!seen) {
                MC_VEC_PUSH(sc->dependents[pos], i);
                sc->waiting[i]++;
            }
        }
        MC_VEC_FREE(callees);
        if (!sc->waiting[i])
            MC_VEC_PUSH(sc->ready, i);
    }
}

static int next_ready(sched *sc)
{
    pthread_mutex_lock(&sc->lock);
    while (!sc->ready.n && sc->done < sc->n)
        pthread_cond_wait(&sc->ready_cv, &sc->lock);
    int pos = sc->ready.n ? sc->ready.v[--sc->ready.n] : -1;
    pthread_mutex_unlock(&sc->lock);
    return pos;
}

static void finished(sched *sc, int pos)
{
    pthread_mutex_lock(&sc->lock);
    sc->done++;
    if (sc->o->progress)
        sc->o->progress(sc->o->progress_ctx, sc->done, sc->n);
    for (int d = 0; d < sc->dependents[pos].n; d++)
        if (--sc->waiting[sc->dependents[pos].v[d]] == 0)
            MC_VEC_PUSH(sc->ready, sc->dependents[pos].v[d]);
    pthread_cond_broadcast(&sc->ready_cv);
    pthread_mutex_unlock(&sc->lock);
}

/* The enabled rules that watch events, in table order. */
static void find_listeners(mc_analysis *an)
{
    an->rules.nlisteners = 0;
    for (int i = 0; i < mc_nrules; i++)
        if (an->o->rule_enabled[i] && mc_rules[i]->on_event)
            an->rules.listeners[an->rules.nlisteners++] = i;
    place_rule_data(an);
}

static void *work_loop(void *arg)
{
    worker *w = arg;
    sched *sc = w->sc;
    mc_analysis an = {.o = sc->o, .prog = (mc_program *)sc->prog, .out = &w->diags, .pi = sc->pi};
    find_listeners(&an);
    for (int pos; (pos = next_ready(sc)) >= 0;) {
        an.cur_pos = pos;
        if (!(sc->o->stop && *sc->o->stop))
            analyze_function(&an, sc->order[pos], &w->stats);
        finished(sc, pos);
    }
    MC_VEC_FREE(an.places);
    MC_VEC_FREE(an.reskeys);
    MC_VEC_FREE(an.steps);
    MC_VEC_FREE(an.reported);
    MC_VEC_FREE(an.texts);
    MC_VEC_FREE(an.fields);
    MC_VEC_FREE(an.tally.entries_seen);
    MC_VEC_FREE(an.tally.gwrites);
    MC_VEC_FREE(an.deferred);
    MC_VEC_FREE(an.null_sites);
    MC_VEC_FREE(an.masks);
    mc_ptrmap_free(&an.deref_sites);
    w->dumps = an.dumps;
    return NULL;
}

static void run_workers(sched *sc, int jobs, mc_diags *out, mc_analysis_stats *stats)
{
    if (jobs < 1)
        jobs = 1;
    worker *ws = mc_xcalloc((size_t)jobs, sizeof *ws);
    int started = 0;
    for (int i = 0; i < jobs; i++) {
        ws[i].sc = sc;
        if (i > 0 && pthread_create(&ws[i].thread, NULL, work_loop, &ws[i]) == 0)
            started = i;
    }
    work_loop(&ws[0]);
    for (int i = 1; i <= started; i++)
        pthread_join(ws[i].thread, NULL);
    mc_dump_lines dumps = {0};
    for (int i = 0; i < jobs; i++) {
        mc_diags_append(out, &ws[i].diags);
        mc_diags_free(&ws[i].diags);
        stats->functions += ws[i].stats.functions;
        stats->skipped += ws[i].stats.skipped;
        stats->visits += ws[i].stats.visits;
        stats->joined += ws[i].stats.joined;
        for (int k = 0; k < ws[i].stats.skipped_names.n; k++)
            MC_VEC_PUSH(stats->skipped_names, ws[i].stats.skipped_names.v[k]);
        MC_VEC_FREE(ws[i].stats.skipped_names);
        for (int k = 0; k < ws[i].dumps.n; k++)
            MC_VEC_PUSH(dumps, ws[i].dumps.v[k]);
        MC_VEC_FREE(ws[i].dumps);
    }
    free(ws);
    print_dumps(&dumps, stderr);
}

/* ---- the program: other shards' summaries, then every function ---- */

static int by_text(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int family_index(void *ctx, const char *name)
{
    return family_named(ctx, name);
}

static mc_family_names family_names(mc_analysis *an)
{
    return (mc_family_names){an->pi->families.v, an->pi->families.n, family_index, an};
}

/* Other shards' summaries, for the functions this run sees no body of. */
static bool read_summaries(mc_analysis *an, void *made)
{
    mc_family_names fam = family_names(an);
    for (int i = 0; i < an->o->nsummaries_in; i++)
        if (!mc_summaries_read(an->prog, an->o->summaries_in[i],
                               an->o->summaries_loaded ? an->o->summaries_loaded[i] : NULL, &fam, made))
            return false;
    return true;
}

void mc_analyze_program(mc_program *p, const mc_analysis_opts *o, mc_diags *out, mc_analysis_stats *stats)
{
    mc_proginfo pi = {0};
    mc_analysis setup = {.o = o, .prog = p, .out = out, .pi = &pi};
    build_proginfo(&setup);
    void *made = mc_summaries_new_made();
    stats->summaries_failed = !read_summaries(&setup, made);
    order ord = {0};
    bottom_up(p, &pi, &ord);
    pi.order_pos = mc_xmalloc(((size_t)p->symbols.n + 1) * sizeof *pi.order_pos);
    for (int i = 0; i <= p->symbols.n; i++)
        pi.order_pos[i] = -1;
    for (int i = 0; i < ord.out.n; i++)
        if (ord.out.v[i]->sym)
            pi.order_pos[ord.out.v[i]->sym->index] = i;
    find_inert(&pi, p, ord.out.v, ord.out.n);
    sched sc = {.prog = p, .o = o, .pi = &pi};
    pthread_mutex_init(&sc.lock, NULL);
    pthread_cond_init(&sc.ready_cv, NULL);
    plan(&sc, &ord);
    run_workers(&sc, o->jobs, out, stats);
    mc_family_names fam = family_names(&setup);
    stats->changed_summaries.v = mc_summaries_changed(p, made, &fam, &stats->changed_summaries.n);
    if (o->summaries_out && !mc_summaries_write(p, o->summaries_out, &fam))
        stats->summaries_failed = true;
    if (o->after)
        o->after(o->after_ctx, p, &fam, out);
    if (stats->skipped_names.n)
        qsort(stats->skipped_names.v, (size_t)stats->skipped_names.n, sizeof *stats->skipped_names.v, by_text);
    pthread_mutex_destroy(&sc.lock);
    pthread_cond_destroy(&sc.ready_cv);
    for (int i = 0; i < sc.n; i++)
        MC_VEC_FREE(sc.dependents[i]);
    free(sc.dependents);
    free(sc.waiting);
    MC_VEC_FREE(sc.ready);
    MC_VEC_FREE(ord.out);
    free(pi.order_pos);
    free_proginfo(&pi);
    free_summaries(p);
    mc_summaries_free_made(made);
}
