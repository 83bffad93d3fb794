/* internal.h - what the files of the ownership engine (checker/engine/) share: the
 * constants and types more than one of them uses, and the functions one calls in
 * another, grouped by the file that defines them. engine.h holds the engine's data:
 * values, places, states, the analysis of one function.
 *
 * Each function's CFG is walked path by path over abstract states (state.c): values
 * of places, resources with their status and failure checks. Conditions split
 * states; a bounded number of distinct states per block (with integer facts widened
 * away past a point) makes loops reach a fixpoint. Along the way the engine raises
 * events (analysis.h) that rules turn into findings, and at the end it writes the
 * function's summary for its callers. Functions are walked bottom-up over the call
 * graph. */
#ifndef MC_ENGINE_INTERNAL_H
#define MC_ENGINE_INTERNAL_H

#include "engine.h"

enum {
    STATES_PER_BLOCK = 12,      /* distinct states kept per block before widening */
    LOOP_EXACT_ROUNDS = 3,      /* arrivals at a loop head before its counters widen */
    STATES_PER_BLOCK_MAX = 24,  /* after widening; more are dropped */
    JOINED_PER_BLOCK = 2,       /* the same for a function walked joined (inert.c); twice
                                   as many after widening, then states are joined */
    JOINED_LOOP_HEAD = LOOP_EXACT_ROUNDS + 1, /* ... at a loop's head: its rounds stay exact */
    JOINS_PER_BLOCK_MAX = 64,   /* joins a block takes before it drops states (a joined
                                   state only ever knows less, so this is not reached) */
    DEFAULT_BUDGET = 40000,     /* block visits per function */
    WORK_PER_VISIT = 50,        /* the work allowed per visit of the budget, on average */
    STATE_ENTRIES_PER_WORK = 16,/* a visit's work grows with its state by one per so many */
    REACH_DEPTH = 8,            /* how deep ownership chains are followed */
};

typedef MC_VEC(mc_state *) states;

/* Elements arr[k] of a local array or of an array a parameter points to, for a
 * few constant k, are followed like fields with these names (arr[0] is *arr). */
enum { NINDEX = 16 };

typedef enum arg_effect { ARG_BORROW, ARG_RELEASE, ARG_TAKE, ARG_ESCAPE } arg_effect;

/* Facts about a function that do not depend on the path, computed once. */
typedef struct mc_callee {
    const mc_fnmodel *model;
    mc_names names;            /* what its name promises */
    int naming_family;         /* family from a create/destroy name pair, -1 */
    int attr_family;           /* family from __attribute__((malloc(dealloc))), -1 */
    int dealloc_arg;           /* named as a deallocator by some attribute: its 1-based arg */
    bool never_fails;          /* on a never-fail list; what it does comes from its body */
} mc_callee;

/* A create-named function: what it makes and how it hands it out. */
typedef struct mc_creator {
    char *prefix;              /* "foo" for foo_create */
    const char *type;          /* "Foo" */
    bool returns_pointer;
} mc_creator;

/* The functions that read a global pointer's value (anything but assign it). */
enum { MAX_READERS = 4 };
typedef struct mc_readers {
    int n;                     /* MAX_READERS + 1: more, or its address is taken */
    const mc_symbol *fn[MAX_READERS];
} mc_readers;

typedef struct mc_slot mc_slot;
typedef struct mc_slot_call mc_slot_call;

typedef struct mc_proginfo {
    mc_ptrmap readers;         /* global -> mc_readers */
    MC_VEC(mc_readers *) readers_made;
    mc_callee *callees;        /* per mc_program.symbols index */
    MC_VEC(const char *) families;
    int nmodel_families;
    mc_ptrmap destroy_prefixes;  /* family name -> the type its destroyer takes */
    int *order_pos;              /* per symbol: position of its definition bottom-up, -1 */
    MC_VEC(mc_creator) creators;
    uint8_t *inert;              /* per symbol: its body reaches no acquisition nor release (inert.c) */
    uint8_t *walk_joined;        /* per symbol: inert, and judged by no naming rule: walked joined */
    mc_ptrmap slots;             /* a slot's usr -> mc_slot (targets.c) */
    mc_ptrmap slot_calls;        /* a call through a slot with known targets -> mc_slot_call */
    mc_ptrmap slot_texts;        /* such a call's text ("ops->close") -> its mc_slot_call */
    MC_VEC(mc_slot *) slots_made;
    MC_VEC(mc_slot_call *) slot_calls_made;
} mc_proginfo;

/* Which side of zero a value is on: 0 or NULL, nonzero or non-NULL, or unknown. */
enum { SIDE_ZERO, SIDE_NONZERO, SIDE_UNKNOWN };

/* Does the return value tell whether pointer parameter i is NULL (valid(p):
 * `return p != NULL;`, or `if (!p) return 0; return 1;`)? Every exit must agree,
 * and some exit must see each side. */
enum { RT_NONNULL = 1, RT_NULL = 2, RT_SEEN_OK = 4, RT_SEEN_FAILED = 8 };

typedef struct work {
    int block;
    mc_state *st;
    int slot;                  /* joined walk: its place in kept[block], or -1 */
    uint64_t hash;             /* where paths meet: the state's hash (mc_st_hash), else 0 */
} work;

/* A state that entered a block of a joined walk: a copy, and the state itself
 * while it waits in the worklist (a join then replaces it there). */
typedef struct kept_state {
    mc_state *copy;
    mc_state *pending;
} kept_state;

typedef MC_VEC(mc_pv) pvs;

/* A state walked from a block where paths meet, kept while its rules' data
 * is not all zero: an equal state arriving later with other data is walked
 * again if joining its data changes what was walked. */
typedef struct walked_data {
    int block;
    uint64_t hash;
    mc_state *copy;
} walked_data;

/* What a loop head knows of one variable the loop writes: the thresholds
 * widening stops it at instead of forgetting it (thresholds.c). */
typedef struct var_thresholds {
    int var;                   /* the variable, or -1 at the end of a loop's list */
    bool read_by_cond;         /* the loop's condition reads it: kept while the rounds
                                  stay exact */
    const mc_expr *limit;      /* the limit it steps up to (counter_limit), or NULL */
    int extra;                 /* ... how far past the limit it may step */
} var_thresholds;

typedef struct walk {
    MC_VEC(work) todo;
    MC_VEC(walked_data) walked; /* see walked_data */
    MC_VEC(uint64_t) *seen;    /* per block: hashes of the states that entered it */
    pvs *agree;                /* per block where paths meet: the integers every state
                                  that entered it held alike (widening keeps them) */
    int *preds;                /* per block: number of predecessors */
    var_thresholds **thresholds; /* per loop head, once needed: loop_thresholds() */
    int8_t *counts_up;         /* per variable, once needed: 1 if mc_var_is_counter(), -1
                                  if not, 0 not yet known */
    int words;                 /* 64-bit words of a set of variables */
    uint64_t *live;            /* per block: the variables live on entry */
    uint64_t *pinned;          /* variables always live */
    uint64_t *guards;          /* integer variables tested together with a pointer or
                                  descriptor (`if (!use_stdin && file)`): kept by widening */
    bool joined;               /* a function that owns nothing: past twice JOINED_PER_BLOCK
                                  states a block, states are joined (inert.c) */
    MC_VEC(kept_state) *kept;  /* joined: per block, the states that entered it */
    int *joins;                /* joined: per block, the joins made there */
    int *rpo;                  /* joined: per block, its place in reverse postorder: the
                                  worklist is walked in this order */
} walk;

/* places.c: places and resources */
int intern_place(mc_analysis *an, mc_place p);
int intern_var_place(mc_analysis *an, int var);
int var_place(mc_analysis *an, int var);
int global_place(mc_analysis *an, const mc_expr *e);
int deref_place(mc_analysis *an, int res, mc_type t);
int field_place(mc_analysis *an, int parent, const char *field, mc_type t);
bool place_under(mc_analysis *an, int pl, int outer);
int place_root(mc_analysis *an, int pl);
/* Whether place pl holds resource id on this path. */
bool place_holds(const mc_state *st, int pl, int id);
bool place_escapes(mc_analysis *an, const mc_state *st, int pl);
int res_id(mc_analysis *an, const void *site, int gen);
bool place_alive(mc_analysis *an, const mc_state *st, int pl, int depth);
bool res_referenced(mc_analysis *an, const mc_state *st, int id, int depth);
mc_res blank_res(mc_origin origin, mc_loc loc);
const void *place_site(int pl);
int res_read_from(const mc_analysis *an, int id);
void escape(mc_analysis *an, mc_state *st, int id);
void escape_held(mc_analysis *an, mc_state *st, int id, int depth);
void forget_fields(mc_analysis *an, mc_state *st, int id);
void forget_written_fields(mc_analysis *an, mc_state *st, int id, const mc_fieldset *written);
int struct_param_of(mc_analysis *an, const mc_place *p);
extern const char index_names[NINDEX][5];
bool is_index_field(const char *field);
int index_param_of(mc_analysis *an, const mc_place *p);
int pointee_param_of(mc_analysis *an, const mc_place *p);
/* s (malloc'd) kept until the function's analysis ends */
const char *keep_text(mc_analysis *an, char *s);
bool is_pointer(const mc_type *t);
bool is_temp_var(const mc_analysis *an, int var);
mc_val read_place(mc_analysis *an, mc_state *st, int pl, const mc_expr *e);
/* What place pl held when the function was entered, made now: a resource read
 * from memory, unchecked, named by e or, where e is NULL, by name. */
mc_val materialize(mc_analysis *an, mc_state *st, int pl, mc_loc loc, const mc_expr *e, const char *name);
mc_val address_of_object(mc_analysis *an, mc_state *st, const void *site, mc_origin origin,
                         const mc_expr *e);
void note_struct_param_whole(mc_analysis *an, int var);
mc_val eval_var(mc_analysis *an, mc_state *st, const mc_expr *e);
mc_val eval_global(mc_analysis *an, mc_state *st, const mc_expr *e);
void add_global_write(mc_analysis *an, const mc_global *g);
void note_global_write(mc_analysis *an, int pl);
void store(mc_analysis *an, mc_state *st, int pl, mc_val v, const mc_expr *at, const mc_expr *lhs);
void copy_contents(mc_analysis *an, mc_state *st, int from, int to);
void forget_under(mc_analysis *an, mc_state *st, int dst);
void copy_fields(mc_analysis *an, mc_state *st, int dst, int src, const mc_expr *at);
int int_param(const mc_analysis *an, const mc_expr *e);
void check_lost(mc_analysis *an, mc_state *st, int id, mc_lostkind kind, mc_loc loc, const mc_expr *at);
void exit_leaks(mc_analysis *an, mc_state *st, mc_loc loc, const mc_expr *at);
int param_res(mc_analysis *an, int i);
int pointee_res(mc_analysis *an, int i);

/* recency.c: the objects of an allocation site, recent ones one by one */
int new_res(mc_analysis *an, mc_state *st, const void *site, const mc_res *init);
/* Whether id stands for the older objects of its site (weak updates only). */
bool res_is_summary(const mc_analysis *an, int id);

/* uses.c: uses of values */
mc_entry_seen *entry_seen(mc_analysis *an, const mc_res *r, int id);
mc_entry_seen *entry_seen_deep(mc_analysis *an, const mc_res *r, int id);
/* Notes that the path dereferenced what g stands for (and whether after a
 * parameter was released). */
void note_entry_deref(mc_entry_seen *g, const mc_state *st);
int deep_param_of(mc_analysis *an, const mc_place *p, const mc_place **outer);
mc_entry_seen *entry_at(mc_analysis *an, int from, const mc_expr *ref);
bool excludes(mc_val v, int64_t c);
void flush_null_check(mc_analysis *an, mc_state *st, int id);
void note_deref_site(mc_analysis *an, mc_state *st, mc_val v, mc_usekind kind, const mc_expr *e,
                     const mc_expr *at, const char *callee, int arg);
void raise_null_derefs(mc_analysis *an);
void use(mc_analysis *an, mc_state *st, mc_val v, mc_usekind kind, const mc_expr *e,
         const mc_expr *at, const char *callee, int arg);

/* ints.c: integers of a type */
mc_val as_interval(mc_val v, const mc_type *t);
void word_range(mc_val v, const mc_type *t, uint64_t *lo, uint64_t *hi);
mc_val from_words(mc_val old, const mc_type *t, uint64_t lo, uint64_t hi);
bool value_range(mc_val v, const mc_type *t, int64_t *lo, int64_t *hi);
mc_val convert_int(mc_val v, const mc_type *from, const mc_type *to, bool *same);
mc_val range_arith(mc_binop op, mc_val a, const mc_type *ta, mc_val b, const mc_type *tb, const mc_type *to);

/* eval.c: expressions and statements */
mc_val test_value(const mc_state *st, mc_val v, bool nonnull);
/* A pointer whose failure, or absence, is NULL (a block, a field's value), not
 * a descriptor's -1 or MAP_FAILED. */
bool fails_as_null(const mc_res *r);
bool capacity_known(const mc_val *x);
mc_val capacity_value(mc_val x, const mc_type *t);
bool stays_positive(mc_analysis *an, int var);
mc_val eval(mc_analysis *an, mc_state *st, const mc_expr *e);
mc_val shared_int(mc_analysis *an, mc_state *st, const mc_expr *rhs, const mc_type *to, mc_val v);
bool tracked_object(const mc_analysis *an, mc_val p);
int pointee_place(mc_analysis *an, const mc_state *st, mc_val p, mc_type t);
int place_of(mc_analysis *an, mc_state *st, const mc_expr *e, bool write);
/* The place of e, an integer variable or field (a sum's operand), or PLACE_NONE. */
int int_operand_place(mc_analysis *an, mc_state *st, const mc_expr *e);
void run_cleanup(mc_analysis *an, mc_state *st, int var, mc_loc loc);
void escape_var_fields(mc_analysis *an, mc_state *st, int pl);
void exec_stmt(mc_analysis *an, mc_state *st, const mc_stmt *s);

/* callees.c: what is known of a callee */
const mc_callee *callee_of(mc_analysis *an, const mc_symbol *s);
bool has_body(const mc_symbol *s);
const mc_summary *summary_of(mc_analysis *an, const mc_symbol *s);
bool param_is_const_ptr(const mc_symbol *s, int i);
bool named_transfer(mc_analysis *an, const mc_symbol *s, const mc_callee *c, int i);
arg_effect arg_effect_of(mc_analysis *an, const mc_symbol *s, const mc_callee *c, int i);
bool arg_nonnull(mc_analysis *an, const mc_symbol *s, const mc_callee *c, int i);
int release_family_of(mc_analysis *an, const mc_state *st, mc_val v, const mc_symbol *s, const mc_callee *c,
                      int i);
mc_symbol *initial_target(const mc_expr *call);
bool callee_noreturn(mc_analysis *an, const mc_symbol *s, const mc_callee *c);
int family_named(mc_analysis *an, const char *name);
void build_proginfo(mc_analysis *an);
void free_proginfo(mc_proginfo *pi);

/* targets.c: calls through a function-pointer field whose targets are known */
void build_slots(mc_analysis *an);
void free_slots(mc_proginfo *pi);
const mc_slot_call *slot_call_of(const mc_proginfo *pi, const mc_expr *call);
/* The functions a call through a slot may reach, when all are known; else 0. */
int slot_call_targets(const mc_proginfo *pi, const mc_expr *call, const mc_symbol *const **targets);
arg_effect slot_arg_effect(mc_analysis *an, const mc_slot_call *sc, int i);
/* arg_effect_of() for the callee of call, direct or through a slot. */
arg_effect arg_effect_at(mc_analysis *an, const mc_expr *call, const mc_symbol *s, const mc_callee *c, int i);
/* The callee's name, or the slot it goes through as written ("ops->close"). */
const char *callee_text(mc_analysis *an, const mc_expr *call);

/* inert.c: the functions that own nothing */
void find_inert(mc_proginfo *pi, const mc_program *p, const mc_func *const *order, int n);

/* calls.c: what a call does */
void release(mc_analysis *an, mc_state *st, mc_val v, const mc_expr *call, const mc_expr *arg,
             const char *callee, int family, int argi, bool via_summary);
bool declared_nonnull(const mc_symbol *s);
mc_val eval_call(mc_analysis *an, mc_state *st, const mc_expr *e);

/* conditions.c: branches on conditions */
bool is_predicate(mc_analysis *an, const mc_symbol *s);
int predicate_of(mc_analysis *an, const mc_symbol *pred, int res, mc_type t);
int predicate_of_arg(mc_analysis *an, const mc_symbol *pred, mc_val arg, const mc_expr *e);
bool is_predicate_place(const mc_analysis *an, int pl, int res);
bool is_answer_place(const mc_analysis *an, int pl);
bool is_object_answer(const mc_analysis *an, int pl);
void forget_predicates(mc_analysis *an, mc_state *st, int res);
void forget_masks(mc_analysis *an, mc_state *st, int pl);
mc_val operand(mc_analysis *an, mc_state *st, const mc_expr *a, int *pl, const mc_type **type);
void split(mc_analysis *an, mc_state *st, const mc_expr *e, states *T, states *F);

/* relations.c: relations between two integer places */
void rel_add(mc_state *st, mc_rel r);
void rel_forget(mc_state *st, int pl);
void rel_join(mc_state *j, const mc_state *b);
bool rel_product_fits(const mc_state *st, int pa, int pb);
int64_t rel_sum_below(const mc_state *st, int pa, int pb);
bool rel_order(mc_analysis *an, mc_state *st, mc_binop op, int pa, int pb);

/* thresholds.c: widening with thresholds */
/* Where a state widened at a loop head is: arriving, or past its condition,
 * into the loop or out of it. */
enum { LOOP_ARRIVING, LOOP_INSIDE, LOOP_LEAVING };
const var_thresholds *loop_thresholds(mc_analysis *an, walk *w, int head);
bool is_tally(mc_analysis *an, walk *w, int var);
mc_val widen_int(mc_analysis *an, walk *w, mc_state *st, const var_thresholds *t, mc_val x, int where);

/* widen.c: where paths meet */
void forget_dead(mc_analysis *an, const walk *w, int block, mc_state *st);
void forget_loop_ints(mc_analysis *an, walk *w, int head, mc_state *st, bool counters, int where);
void drop_unheld(mc_analysis *an, mc_state *st);
void widen_loop(mc_analysis *an, mc_state *st, int block);
void note_agreement(walk *w, int block, const mc_state *st);
void widen_ints(mc_analysis *an, walk *w, int block, mc_state *st);
void counter_at_bound(mc_analysis *an, walk *w, mc_state *st, int head);
mc_state *join_states(mc_analysis *an, const mc_state *a, const mc_state *b);

/* walk.c: the walk of one function */
void analyze_function(mc_analysis *an, const mc_func *f, mc_analysis_stats *stats);

/* summarize.c: the summary of a function */
void exit_path(mc_analysis *an, mc_state *st, const mc_block *b);
void write_summary(mc_analysis *an, mc_summary *sum);

/* param_fields.c: fields written through parameters */
int field_of_param(const mc_func *f, const mc_expr *w, const char **field);
void summarize_fields(mc_analysis *an, mc_summary *sum);

/* cfg_facts.c: facts of the CFG */
void set_bit(uint64_t *set, int i);
bool has_bit(const uint64_t *set, int i);
int var_words(const mc_func *f);
void note_assigned(const mc_expr *e, uint64_t *set, uint64_t *pointees);
bool *blocks_on_every_path(const mc_func *f);
int *reverse_postorder_numbers(const mc_func *f);
void compute_liveness(const mc_func *f, walk *w);
int *loop_written_vars(const mc_func *f, int head);
bool reads_var(const mc_expr *e, int var);
const mc_expr *counter_bound(const mc_func *f, int head, int *var);
const mc_expr *counter_limit(const mc_func *f, int head, int var, int *extra);

/* dump.c: the test hook (--debug-engine) */
bool is_dump_call(mc_analysis *an, const mc_expr *call);
mc_val dump_call(mc_analysis *an, mc_state *st, const mc_expr *call);
void print_dumps(mc_dump_lines *lines, FILE *out);

/* rule_api.c: what rules are promised */
void raise_event(mc_analysis *an, mc_event *ev);
mc_event event(mc_evkind kind, const mc_state *st, const mc_expr *e, mc_loc loc, int res);
/* Where each rule's res_data goes in a resource (once per analysis). */
void place_rule_data(mc_analysis *an);
void join_rule_data(mc_analysis *an, mc_state *into, const mc_state *other);
bool rules_join_data(void);
bool has_rule_data(const mc_analysis *an, const mc_state *st);
bool rejoin_rule_data(mc_analysis *an, const mc_state *walked, mc_state *st);
/* The rules' data for the function just walked goes. */
void free_func_data(mc_analysis *an);

int out_param_place(mc_analysis *an, mc_state *st, const mc_expr *arg);
bool in_param_object(mc_analysis *an, const mc_state *st, int pl);
void store_into_arg(mc_analysis *an, mc_state *st, const mc_expr *arg, int id);

/* conditional.c: conditional effects (mc_cond) */
enum { COND_HOLDS, COND_FAILS, COND_UNKNOWN };
typedef struct owned_call {
    int side;                 /* COND_* */
    int place;                /* the place that tells, or PLACE_NONE */
} owned_call;
int value_side(const mc_state *st, mc_val v);
bool guard_holds(mc_analysis *an, const mc_state *st, const mc_summary *sum);
bool null_ruled_out(const mc_symbol *s, const mc_summary *sum, const mc_val *args, int nargs);
owned_call owned_at_call(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_summary *sum,
                         const mc_val *args);
void owned_where(mc_res *r, const mc_summary *sum, int place);
void null_tells_out(mc_analysis *an, mc_state *st, mc_res *r, const mc_expr *call, const mc_summary *sum);
mc_val returned_test(const mc_state *st, const mc_expr *call, const mc_summary *sum, const mc_val *args);
bool lent_here(const mc_state *st, const mc_res *r);
void settle_lent(mc_state *st);

/* calls.c: what &x names; the place an expression names, read without effects */
const mc_expr *addressed(const mc_expr *e);
int peek_expr_place(mc_analysis *an, const mc_state *st, const mc_expr *e, int depth);

/* entries.c: a callee's entry effects, at a call */
/* Which of a callee's entry effects apply_entry_effects() applies. */
typedef enum mc_entry_part {
    MC_ENTRY_THROUGH_ARGS, /* those on what the arguments reach: before their own effects */
    MC_ENTRY_USES,         /* the uses of what globals (and struct arguments) hold: on entry,
                              before the callee releases its arguments */
    MC_ENTRY_EFFECTS,      /* what the callee does to what they hold: after */
} mc_entry_part;
void apply_entry_effects(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_summary *sum,
                         const mc_val *args, mc_entry_part part);
bool null_by_out(const mc_state *st, const mc_res *r);
void note_guard_exit(mc_analysis *an, const mc_state *st, uint64_t deref);
void note_ret_test(mc_analysis *an, const mc_state *st);
void note_exit_conditions(mc_analysis *an, const mc_state *st, const mc_res *r, bool null, bool owned);
void summarize_conditions(mc_analysis *an, mc_summary *sum);
void cond_watch_begin(mc_analysis *an, int nparams);
void cond_watch_end(mc_analysis *an);

/* outcomes.c: effects per side of the result (mc_outcome) */
void outcome_watch_begin(mc_analysis *an, int nparams);
void outcome_watch_end(mc_analysis *an);
void note_outcome_exit(mc_analysis *an, const mc_state *st);
void summarize_outcome(mc_analysis *an, mc_summary *sum);
void note_out_store(mc_analysis *an, mc_state *st, int pl, int res);
void settle_taken(mc_analysis *an, mc_state *st, int id, bool failed);
void settle_out_on_failure(mc_analysis *an, mc_state *st, int id);
bool outcome_arg_live(const mc_state *st, const mc_summary *sum, const mc_val *args, int nargs);
mc_val outcome_result(mc_analysis *an, mc_state *st, const mc_expr *call, const mc_summary *sum,
                      const mc_val *args, mc_val ret, bool arg_live);

#endif
