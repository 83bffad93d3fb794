/* walk.c - the walk of one function: worklist, edges, budget; setting it up, clearing it. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ---- the walk ---- */

static bool seen_before(const walk *w, int block, uint64_t h)
{
    for (int i = 0; i < w->seen[block].n; i++)
        if (w->seen[block].v[i] == h)
            return true;
    return false;
}

/* The worklist. A joined walk takes the waiting state of the block first in
 * reverse postorder (a heap), so that a join block's states are joined before
 * it is walked; the path-sensitive walk takes the last one pushed. */
static bool before(const walk *w, const work *a, const work *b)
{
    return w->rpo[a->block] < w->rpo[b->block];
}

static void push_work(walk *w, work item)
{
    MC_VEC_PUSH(w->todo, item);
    for (int i = w->todo.n - 1; w->joined && i > 0;) {
        int parent = (i - 1) / 2;
        if (!before(w, &w->todo.v[i], &w->todo.v[parent]))
            break;
        work t = w->todo.v[i];
        w->todo.v[i] = w->todo.v[parent];
        w->todo.v[parent] = t;
        i = parent;
    }
}

static work pop_work(walk *w)
{
    if (!w->joined)
        return w->todo.v[--w->todo.n];
    work top = w->todo.v[0];
    w->todo.v[0] = w->todo.v[--w->todo.n];
    for (int i = 0;;) {
        int least = i, l = 2 * i + 1, r = l + 1;
        if (l < w->todo.n && before(w, &w->todo.v[l], &w->todo.v[least]))
            least = l;
        if (r < w->todo.n && before(w, &w->todo.v[r], &w->todo.v[least]))
            least = r;
        if (least == i)
            break;
        work t = w->todo.v[i];
        w->todo.v[i] = w->todo.v[least];
        w->todo.v[least] = t;
        i = least;
    }
    if (top.slot >= 0)
        w->kept[top.block].v[top.slot].pending = NULL;
    return top;
}

/* A joined walk, past the bound of a block: the state arriving is joined into
 * the nearest state kept there that it may be joined with. A join that says
 * something new replaces that state: in the worklist when it still waits there,
 * else as a new state to walk. *joined is false when no kept state could take
 * the arrival (it is then the caller's). */
static void join_arrival(mc_analysis *an, walk *w, int block, mc_state *st, bool *joined)
{
    int best = -1, best_distance = 0;
    for (int i = 0; i < w->kept[block].n; i++) {
        kept_state *k = &w->kept[block].v[i];
        if (!mc_st_joinable(k->copy, st))
            continue;
        int d = mc_st_distance(k->copy, st, best < 0 ? INT32_MAX : best_distance);
        if (best < 0 || d < best_distance) {
            best = i;
            best_distance = d;
        }
    }
    *joined = best >= 0 && w->joins[block] < JOINS_PER_BLOCK_MAX;
    if (!*joined)
        return;
    w->joins[block]++;
    kept_state *k = &w->kept[block].v[best];
    mc_state *j = join_states(an, k->copy, st);
    mc_st_free(st);
    uint64_t h = mc_st_hash(j);
    if (h == mc_st_hash(k->copy) || seen_before(w, block, h)) {
        mc_st_free(j);
        return;
    }
    MC_VEC_PUSH(w->seen[block], h);
    mc_st_free(k->copy);
    k->copy = mc_st_copy(j);
    if (k->pending) { /* waiting still: it becomes the join */
        mc_state t = *k->pending;
        *k->pending = *j;
        *j = t;
        mc_st_free(j);
    } else {
        k->pending = j;
        push_work(w, (work){block, j, best, h});
    }
}

static void push_state(walk *w, int block, mc_state *st, uint64_t h)
{
    MC_VEC_PUSH(w->seen[block], h);
    int slot = -1;
    if (w->joined) {
        slot = w->kept[block].n;
        MC_VEC_PUSH(w->kept[block], ((kept_state){mc_st_copy(st), st}));
    }
    push_work(w, (work){block, st, slot, h});
}

static walked_data *walked_at(walk *w, int block, uint64_t h)
{
    for (int i = 0; i < w->walked.n; i++)
        if (w->walked.v[i].block == block && w->walked.v[i].hash == h)
            return &w->walked.v[i];
    return NULL;
}

/* A state about to be walked from where paths meet: kept while it holds
 * rules' data, for arrive_again(). */
static void note_walked(mc_analysis *an, walk *w, const work *item)
{
    if (!item->hash || !has_rule_data(an, item->st))
        return;
    walked_data *d = walked_at(w, item->block, item->hash);
    if (!d) {
        MC_VEC_PUSH(w->walked, ((walked_data){item->block, item->hash, NULL}));
        d = &w->walked.v[w->walked.n - 1];
    }
    mc_st_free(d->copy);
    d->copy = mc_st_copy(item->st);
}

/* A state equal to one met before at block: only the rules' data may differ.
 * While that one still waits to be walked, the data is joined into it; once
 * walked, the arrival goes on only if joining its data into what was walked
 * gives something new (then with the join), else it is dropped. */
static void arrive_again(mc_analysis *an, walk *w, int block, uint64_t h, mc_state *st)
{
    for (int i = w->todo.n - 1; i >= 0; i--)
        if (w->todo.v[i].block == block && w->todo.v[i].hash == h) {
            join_rule_data(an, w->todo.v[i].st, st);
            mc_st_free(st);
            return;
        }
    walked_data *d = rules_join_data() ? walked_at(w, block, h) : NULL;
    if ((d || has_rule_data(an, st)) && rejoin_rule_data(an, d ? d->copy : NULL, st)) {
        push_work(w, (work){block, st, -1, h});
        return;
    }
    mc_st_free(st);
}

/* Only where paths meet can a state repeat: there states are deduplicated (by a
 * 64-bit hash of everything that matters) and, past a bound, widened; past a
 * second bound, dropped, or in a function walked joined, joined. */
static void enqueue(mc_analysis *an, walk *w, int block, mc_state *st)
{
    if (st->dead || an->cost.over_budget) {
        mc_st_free(st);
        return;
    }
    if (w->preds[block] <= 1) {
        push_work(w, (work){block, st, -1, 0});
        return;
    }
    const mc_block *b = &an->f->blocks[block];
    if (b->is_loop_head && an->block >= block && an->block < b->loop_end)
        st->err_step = -1; /* a round that failed and went on to the next is no error path now */
    forget_dead(an, w, block, st);
    settle_lent(st);
    if (b->is_loop_head && w->seen[block].n >= 1)
        widen_loop(an, st, block);
    if (b->is_loop_head && w->seen[block].n >= 2)
        forget_loop_ints(an, w, block, st, w->seen[block].n >= LOOP_EXACT_ROUNDS, LOOP_ARRIVING);
    drop_unheld(an, st);
    note_agreement(w, block, st);
    uint64_t h = mc_st_hash(st);
    if (seen_before(w, block, h)) {
        arrive_again(an, w, block, h, st);
        return;
    }
    /* a loop's head keeps a wider bound: its rounds stay exact */
    int bound = !w->joined ? STATES_PER_BLOCK : b->is_loop_head ? JOINED_LOOP_HEAD : JOINED_PER_BLOCK;
    if (w->seen[block].n >= bound) {
        widen_ints(an, w, block, st);
        h = mc_st_hash(st);
        if (seen_before(w, block, h)) {
            arrive_again(an, w, block, h, st);
            return;
        }
        bool joined = false;
        if (w->joined && w->seen[block].n >= 2 * bound)
            join_arrival(an, w, block, st, &joined);
        if (joined)
            return;
        if (w->seen[block].n >= STATES_PER_BLOCK_MAX) {
            an->states_dropped = true;
            mc_st_free(st);
            return;
        }
    }
    push_state(w, block, st, h);
}

static void switch_edges(mc_analysis *an, walk *w, mc_state *st, const mc_block *b)
{
    int pl;
    const mc_type *type;
    mc_val v = operand(an, st, b->cond, &pl, &type);
    if (st->dead) {
        mc_st_free(st);
        return;
    }
    bool same;
    v = convert_int(v, type, &b->cond->type, &same); /* the value the cases are matched against */
    if (!same)
        pl = PLACE_NONE;
    bool matched = false;
    for (int i = 0; i < b->ncases; i++) {
        const mc_case *c = &b->cases[i];
        if (mc_val_exact(&v) && (v.lo < c->lo || v.lo > c->hi))
            continue;
        mc_state *s = mc_st_copy(st);
        if (pl >= 0 && c->lo == c->hi)
            mc_st_set(s, pl, mc_val_int(c->lo));
        enqueue(an, w, c->succ, s);
        matched |= mc_val_exact(&v);
    }
    if (matched)
        mc_st_free(st);
    else
        enqueue(an, w, b->succ[0], st);
}

static void branch_edges(mc_analysis *an, walk *w, mc_state *st, const mc_block *b)
{
    states T = {0}, F = {0};
    an->at_loop_head = b->is_loop_head;
    split(an, st, b->cond, &T, &F);
    an->at_loop_head = false;
    /* a loop that runs on past its second round while its condition cannot tell
     * when it ends: forget its counters, so that it reaches a fixpoint */
    int block = (int)(b - an->f->blocks);
    if (b->is_loop_head && T.n && F.n && w->seen[block].n >= 2)
        for (int i = 0; i < T.n + F.n; i++)
            forget_loop_ints(an, w, block, i < T.n ? T.v[i] : F.v[i - T.n], true, i < T.n ? LOOP_INSIDE : LOOP_LEAVING);
    for (int i = 0; i < T.n; i++)
        enqueue(an, w, b->succ[0], T.v[i]);
    for (int i = 0; i < F.n && b->is_loop_head; i++)
        counter_at_bound(an, w, F.v[i], block);
    for (int i = 0; i < F.n; i++)
        enqueue(an, w, b->succ[1], F.v[i]);
    MC_VEC_FREE(T);
    MC_VEC_FREE(F);
}

/* The budget counts work, never time, so that what is analysed (and found) is
 * the same on any machine and at any load: visits, and for functions whose
 * blocks are few but dear to evaluate, the expression nodes evaluated and the
 * size of the states they are evaluated in. On 29k functions of 19 real trees
 * the dearest function not over the visits took 0.43 M of work (SQLite's
 * sqlite3VdbeExec); the default allows 2 M. */
static bool over_budget(mc_analysis *an, int block, const mc_state *st)
{
    an->cost.work += an->cost.block_cost[block] + (st->vals.n + st->res.n) / STATE_ENTRIES_PER_WORK;
    return ++an->cost.visits > an->cost.budget || an->cost.work > an->cost.work_budget;
}

static void visit(mc_analysis *an, walk *w, int block, mc_state *st)
{
    const mc_block *b = &an->f->blocks[block];
    an->block = block;
    if (over_budget(an, block, st)) {
        an->cost.over_budget = true;
        mc_st_free(st);
        return;
    }
    for (int i = 0; i < b->nstmts && !st->dead; i++)
        exec_stmt(an, st, &b->stmts[i]);
    if (st->dead) {
        mc_st_free(st);
        return;
    }
    switch (b->term) {
    case MC_TERM_GOTO: enqueue(an, w, b->succ[0], st); break;
    case MC_TERM_BRANCH: branch_edges(an, w, st, b); break;
    case MC_TERM_SWITCH: switch_edges(an, w, st, b); break;
    case MC_TERM_RETURN:
        exit_path(an, st, b);
        mc_st_free(st);
        break;
    default: mc_st_free(st); break;
    }
}

static mc_state *entry_state(mc_analysis *an)
{
    mc_state *st = mc_st_new();
    int n = an->f->sym ? an->f->sym->nparams : 0;
    for (int i = 0; i < n && i < an->f->nvars; i++) {
        const mc_var *v = &an->f->vars[i];
        if (an->is_main && i == 0 && v->type.kind == MC_TY_INT) {
            mc_val argc = as_interval(mc_val_unknown(), &v->type);
            argc.lo = 0; /* "the value of argc shall be nonnegative" (C11 5.1.2.2.1) */
            mc_st_set(st, var_place(an, i), argc);
        }
        if (v->type.kind != MC_TY_PTR)
            continue;
        mc_res r = blank_res(MC_ORIG_PARAM, v->loc);
        r.nullness = MC_NN_UNCHECKED;
        r.param = (int16_t)i;
        r.var = v->name;
        int id = param_res(an, i);
        mc_st_add_res(st, id, &r);
        mc_st_set(st, var_place(an, i), mc_val_res(id));
    }
    return st;
}

static void walk_function(mc_analysis *an)
{
    walk w = {0};
    w.seen = mc_xcalloc((size_t)an->f->nblocks + 1, sizeof *w.seen);
    w.agree = mc_xcalloc((size_t)an->f->nblocks + 1, sizeof *w.agree);
    w.preds = mc_func_count_preds(an->f);
    w.thresholds = mc_xcalloc((size_t)an->f->nblocks + 1, sizeof *w.thresholds);
    w.counts_up = mc_xcalloc((size_t)an->f->nvars + 1, sizeof *w.counts_up);
    w.joined = an->joined;
    if (w.joined) {
        w.kept = mc_xcalloc((size_t)an->f->nblocks + 1, sizeof *w.kept);
        w.joins = mc_xcalloc((size_t)an->f->nblocks + 1, sizeof *w.joins);
        w.rpo = reverse_postorder_numbers(an->f);
    }
    compute_liveness(an->f, &w);
    an->on_every_path = blocks_on_every_path(an->f);
    enqueue(an, &w, 0, entry_state(an));
    while (w.todo.n) {
        work item = pop_work(&w);
        note_walked(an, &w, &item);
        visit(an, &w, item.block, item.st);
    }
    for (int b = 0; b < an->f->nblocks; b++) {
        MC_VEC_FREE(w.seen[b]);
        MC_VEC_FREE(w.agree[b]);
        free(w.thresholds[b]);
        for (int i = 0; w.kept && i < w.kept[b].n; i++)
            mc_st_free(w.kept[b].v[i].copy);
        if (w.kept)
            MC_VEC_FREE(w.kept[b]);
    }
    for (int i = 0; i < w.walked.n; i++)
        mc_st_free(w.walked.v[i].copy);
    MC_VEC_FREE(w.walked);
    free(w.kept);
    free(w.joins);
    free(w.rpo);
    free(w.thresholds);
    free(w.counts_up);
    free(an->on_every_path);
    an->on_every_path = NULL;
    free(w.live);
    free(w.pinned);
    free(w.guards);
    free(w.seen);
    free(w.agree);
    free(w.preds);
    MC_VEC_FREE(w.todo);
}

/* ---- one function ---- */

static void setup_cleanup_slots(mc_analysis *an)
{
    an->cleanup_slot = mc_xmalloc((size_t)(an->f->nvars + 1) * sizeof *an->cleanup_slot);
    int next = 0;
    for (int i = 0; i < an->f->nvars; i++)
        an->cleanup_slot[i] = an->f->vars[i].cleanup && next < 64 ? next++ : -1;
}

typedef struct assigned_sets { uint64_t *vars, *pointees; } assigned_sets;

static void note_root_assigned(const mc_expr *e, void *ctx)
{
    assigned_sets *a = ctx;
    note_assigned(e, a->vars, a->pointees);
}

/* The parameters the function assigns, and those whose pointee it assigns. */
static uint64_t params_assigned(const mc_func *f, uint64_t *pointees_assigned)
{
    int words = var_words(f);
    uint64_t *set = mc_xcalloc((size_t)words * 2, sizeof *set);
    mc_func_each_root(f, note_root_assigned, &(assigned_sets){set, set + words});
    uint64_t bits = 0;
    *pointees_assigned = 0;
    for (int v = 0; v < f->nvars && v < 64; v++) {
        if (f->vars[v].is_param && has_bit(set, v))
            bits |= 1ULL << v;
        if (f->vars[v].is_param && has_bit(set + words, v))
            *pointees_assigned |= 1ULL << v;
    }
    free(set);
    return bits;
}

static long expr_nodes(const mc_expr *e)
{
    long n = e ? 1 : 0;
    for (int i = 0; e && i < e->nkids; i++)
        n += expr_nodes(e->kids[i]);
    return n;
}

/* What evaluating each block once costs, for the budget. */
static long *block_costs(const mc_func *f)
{
    long *cost = mc_xcalloc((size_t)f->nblocks + 1, sizeof *cost);
    for (int i = 0; i < f->nblocks; i++) {
        const mc_block *b = &f->blocks[i];
        cost[i] = 1 + expr_nodes(b->cond);
        for (int k = 0; k < b->nstmts; k++)
            cost[i] += 1 + expr_nodes(b->stmts[k].e);
    }
    return cost;
}

static void reset_function(mc_analysis *an, const mc_func *f)
{
    int n = f->sym ? f->sym->nparams : 0;
    an->f = f;
    for (int v = 0; v < f->nvars; v++)
        intern_var_place(an, v);
    an->rules.cur_rule = -1;
    an->cost.visits = 0;
    an->cost.budget = an->o->budget > 0 ? an->o->budget : DEFAULT_BUDGET;
    an->cost.work = 0;
    an->cost.work_budget = an->cost.budget * WORK_PER_VISIT;
    an->cost.over_budget = false;
    an->states_dropped = false;
    an->is_main = f->name && strcmp(f->name, "main") == 0;
    an->joined = f->sym && an->pi->walk_joined && an->pi->walk_joined[f->sym->index];
    an->tally.exits = 0;
    an->tally.ret_owned = an->tally.ret_null = an->tally.ret_const_seen = an->tally.ret_int_other = an->tally.ret_linked = false;
    cond_watch_begin(an, n);
    outcome_watch_begin(an, n);
    an->tally.ret_all_nonnull = an->tally.ret_const_same = true;
    an->tally.ret_range_seen = false;
    an->tally.ret_range_ok = true;
    an->tally.ret_param = -1;
    memset(an->tally.ret_side_set, 0, sizeof an->tally.ret_side_set);
    memset(an->tally.ret_side_seen, 0, sizeof an->tally.ret_side_seen);
    an->tally.ret_family = -1;
    an->tally.realloc_param = -1;
    an->tally.released_on_null = 0;
    an->tally.ret_fails = 0;
    an->tally.p_deref_all = 0;
    an->tally.p_deref_every = an->tally.pp_deref_every = 0;
    an->tally.dead_end = an->tally.fell_off = false;
    an->tally.p_struct_kept = 0;
    an->tally.pp_passed = 0;
    an->tally.p_elems_kept = 0;
    an->tally.p_released = mc_xcalloc((size_t)n + 1, 1);
    an->tally.p_escaped = mc_xcalloc((size_t)n + 1, 1);
    an->tally.p_live = mc_xcalloc((size_t)n + 1, 1);
    an->tally.pp_released = mc_xcalloc((size_t)n + 1, 1);
    an->tally.pp_escaped = mc_xcalloc((size_t)n + 1, 1);
    an->tally.pp_live = mc_xcalloc((size_t)n + 1, 1);
    an->tally.pp_written = mc_xcalloc((size_t)n + 1, 1);
    an->tally.pp_deref = mc_xcalloc((size_t)n + 1, 1);
    an->tally.pp_after = mc_xcalloc((size_t)n + 1, 1);
    an->tally.p_rel_family = mc_xmalloc(((size_t)n + 1) * sizeof *an->tally.p_rel_family);
    an->tally.pp_rel_family = mc_xmalloc(((size_t)n + 1) * sizeof *an->tally.pp_rel_family);
    for (int i = 0; i <= n; i++)
        an->tally.p_rel_family[i] = an->tally.pp_rel_family[i] = -1;
    an->tally.ret_nonheap = 0;
    an->tally.ret_nonheap_null = false;
    an->tally.entries_seen.n = 0;
    an->tally.gwrites.n = 0;
    an->tally.gwrites_any = an->tally.gwrites_extern = false;
    an->params_assigned = params_assigned(f, &an->pointees_assigned);
    an->stays_positive = mc_xcalloc((size_t)f->nvars + 1, 1);
    setup_cleanup_slots(an);
    an->cost.block_cost = block_costs(f);
}

static void clear_function(mc_analysis *an)
{
    for (int i = 0; i < an->masks.n; i++)
        free(an->masks.v[i].name);
    an->masks.n = 0;
    an->npredicates = 0;
    free(an->stays_positive);
    an->stays_positive = NULL;
    free(an->int_stores);
    an->int_stores = NULL;
    free(an->tally.p_released);
    free(an->tally.p_escaped);
    free(an->tally.p_live);
    free(an->cleanup_slot);
    free(an->place_index.slots);
    free(an->res_index.slots);
    free(an->tally.pp_released);
    free(an->tally.pp_escaped);
    free(an->tally.pp_live);
    free(an->tally.pp_deref);
    free(an->tally.pp_after);
    free(an->tally.pp_written);
    cond_watch_end(an);
    outcome_watch_end(an);
    free(an->cost.block_cost);
    an->cost.block_cost = NULL;
    free(an->tally.p_rel_family);
    free(an->tally.pp_rel_family);
    an->tally.p_rel_family = an->tally.pp_rel_family = NULL;
    an->tally.p_released = an->tally.p_escaped = an->tally.p_live = NULL;
    an->tally.pp_released = an->tally.pp_escaped = an->tally.pp_live = an->tally.pp_written = an->tally.pp_deref = an->tally.pp_after = NULL;
    an->cleanup_slot = NULL;
    an->place_index = (mc_id_index){0};
    an->res_index = (mc_id_index){0};
    an->places.n = 0;
    an->reskeys.n = 0;
    an->steps.n = 0;
    an->reported.n = 0;
    for (int i = 0; i < an->texts.n; i++)
        free(an->texts.v[i]);
    an->texts.n = 0;
    an->fields.n = 0;
    an->fields_known = false;
    free_func_data(an);
}

/* Verdicts the rules left to the callers once the whole function was seen (at
 * MC_EV_FUNC_END, after the summary was written) join the summary's. */
static void take_late_verdicts(mc_analysis *an, mc_summary *sum)
{
    if (!an->deferred.n)
        return;
    size_t n = (size_t)sum->ndeferred + (size_t)an->deferred.n;
    sum->deferred = mc_xrealloc(sum->deferred, n * sizeof *sum->deferred);
    memcpy(sum->deferred + sum->ndeferred, an->deferred.v, (size_t)an->deferred.n * sizeof *an->deferred.v);
    sum->ndeferred = (int)n;
    an->deferred.n = 0;
}

void analyze_function(mc_analysis *an, const mc_func *f, mc_analysis_stats *stats)
{
    reset_function(an, f);
    walk_function(an);
    mc_summary *sum = mc_xcalloc(1, sizeof *sum);
    write_summary(an, sum);
    if (f->sym && !f->sym->summary)
        f->sym->summary = sum;
    raise_null_derefs(an);
    mc_event ev = event(MC_EV_FUNC_END, NULL, NULL, f->loc, -1);
    ev.callee_summary = sum;
    raise_event(an, &ev);
    take_late_verdicts(an, sum);
    if (!f->sym || f->sym->summary != sum)
        mc_summary_free(sum);
    const char *why = f->lowering_incomplete ? f->incomplete_why : an->cost.over_budget ? "over the analysis budget" : NULL;
    if (why) {
        stats->skipped++;
        MC_VEC_PUSH(stats->skipped_names, mc_xasprintf("%s:%u: %s: skipped, %s", f->loc.file ? f->loc.file : "?",
                                                       f->loc.line, f->name ? f->name : "?", why));
    } else {
        stats->functions++;
    }
    stats->joined += an->joined;
    stats->visits += an->cost.visits;
    clear_function(an);
}
