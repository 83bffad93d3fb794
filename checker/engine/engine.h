/* engine.h - the ownership engine's data: values, places, abstract states (state.c)
 * and the analysis of one function. Shared by the engine's files (internal.h adds
 * what they call in one another), naming.c (name conventions) and exprtext.c.
 * Rules see only analysis.h. */
#ifndef MC_ENGINE_H
#define MC_ENGINE_H

#include "analysis.h"

#include "rule.h"

/* ---- values ---- */

enum { V_UNKNOWN, V_NULL, V_RES, V_INT };
enum {
    VF_OFFSET = 1,    /* a pointer moved off the start of its block */
    VF_NONZERO = 2,   /* an integer known not to be 0, or an unknown pointer not NULL */
    VF_STATUS = 4,    /* an integer that is the success status of resource `res` */
    VF_PRODUCT_OK = 8, /* a size produced by an overflow-checked multiplication */
    VF_TEST_NONNULL = 16, /* an integer that is 1 when resource `res` is not its
                             failure value, else 0 (`ok = p != NULL`) */
    VF_TEST_NULL = 32,    /* the opposite test (`failed = !p`) */
    VF_INTERIOR = 64,     /* &p->field: points into the block (maybe at its start) */
    VF_TAGGED = 128       /* its block's start with a tag in the low bits (p | 1):
                             masking the tag off (& ~1) gives the start back */
};
enum { VF_TESTS = VF_TEST_NONNULL | VF_TEST_NULL };

typedef struct mc_val {
    uint8_t kind;
    uint8_t flags;
    int16_t res;
    int64_t lo, hi;           /* V_INT: lo <= value <= hi, the value of its type as C
                                 converts to it (wrapped to the width). An unsigned
                                 64-bit value above INT64_MAX is held as its bit pattern,
                                 negative: [lo, hi] with hi < 0 is [lo + 2^64, hi + 2^64];
                                 hi = INT64_MAX above lo means no upper bound (up to
                                 2^64 - 1), and lo < 0 <= hi nothing known (ints.c,
                                 word_range) */
    const mc_expr *def;       /* the expression that computed it (calls, products), or
                                 for an integer copied between variables the variable
                                 it was copied from (shared_int) */
} mc_val;

/* ---- places: where values live ---- */

enum { P_VAR, P_GLOBAL, P_DEREF, P_FIELD };

typedef struct mc_place {
    uint8_t kind;
    const mc_symbol *pred;    /* P_FIELD: the predicate whose answer for the object it holds
                                 (&is_stdout()), or NULL */
    int var;                  /* P_VAR */
    const mc_global *global;  /* P_GLOBAL */
    int res;                  /* P_DEREF: the object this resource points to */
    int parent;               /* P_FIELD: the enclosing place */
    const char *field;        /* P_FIELD */
    mc_type type;
    int root;                 /* the place it is a field of, at any depth, or itself */
} mc_place;

enum { PLACE_NONE = -1, PLACE_INDEXED = -2 };

/* ---- states ---- */

typedef struct mc_pv {
    int place;
    mc_val v;
} mc_pv;

typedef struct mc_rs {
    int id;
    uint64_t h;               /* hash of what of r decides what happens next */
    mc_res r;
} mc_rs;

enum { MC_DIRTY_MAX = 8 };

/* A relation between two integer places that a path learned (relations.c). */
enum { MC_REL_PRODUCT_FITS, MC_REL_SUM_BELOW };
typedef struct mc_rel {
    int a, b;                 /* the places */
    int kind;                 /* PRODUCT_FITS: a * b was checked against overflow;
                                 SUM_BELOW: a + b < k */
    int64_t k;
} mc_rel;

static inline bool mc_rel_same(const mc_rel *x, const mc_rel *y)
{
    return x->a == y->a && x->b == y->b && x->kind == y->kind && x->k == y->k;
}

struct mc_state {
    MC_VEC(mc_pv) vals;       /* sorted by place */
    uint64_t vals_hash;       /* XOR of the entries' hashes, kept up to date */
    MC_VEC(mc_rel) rels;      /* relations.c */
    MC_VEC(mc_rs) res;        /* sorted by id; shared with copies until one writes */
    int *res_users;           /* when shared: how many states use res.v, else NULL */
    uint64_t res_hash;        /* XOR of the entries' h, but for the dirty ones */
    int dirty[MC_DIRTY_MAX];  /* ids handed out for writing since their h was made */
    int ndirty;               /* MC_DIRTY_MAX + 1: every entry may be stale */
    int last_found;           /* index of the resource looked up last: often asked again */
    int err_step;             /* why this is an error path (index into steps), -1 */
    uint64_t pderef;          /* params dereferenced before any check */
    uint64_t ppderef;         /* params whose pointee (*p of T **p) was dereferenced */
    uint64_t ppderef_unchecked; /* ... before any check of *p */
    uint64_t pfield_released; /* params whose object had a field released */
    uint64_t pint_released;   /* integer params (descriptors) released on this path */
    uint64_t pint_kept;       /* integer params stored or handed on on this path */
    uint64_t cleanups;        /* cleanup-attribute variables in scope (by slot) */
    uint64_t plive_joined;    /* joined walk: params some path joined into this one kept
                                 unstored, where this one stored them (summaries: live) */
    uint64_t pplive_joined;   /* ... the same for *param */
    bool dead;                /* the path ended in a noreturn call */
    bool lazy_init;           /* the path found a pointer in a global NULL */
    bool has_ret;
    mc_val ret;               /* the return value, at exit */
    mc_res *ret_res;          /* the returned resource as it was before return (owned;
                                 made at the return, so copies of states before it stay small) */
    const mc_expr *ret_expr;
};

mc_state *mc_st_new(void);
mc_state *mc_st_copy(const mc_state *s);
void mc_st_free(mc_state *s);
mc_val mc_st_get(const mc_state *s, int place);
void mc_st_set(mc_state *s, int place, mc_val v);
void mc_st_clear_at(mc_state *s, int i);   /* vals.v[i] becomes unknown */
mc_res *mc_st_res(mc_state *s, int id);   /* for writing: its hash is made again */
const mc_res *mc_st_res_c(const mc_state *s, int id);
mc_res *mc_st_add_res(mc_state *s, int id, const mc_res *r);
void mc_st_drop_res(mc_state *s, int id);
uint64_t mc_st_hash(mc_state *s);
/* Forgets the integers, but for those keep[0..nkeep) (sorted by place) holds
 * with the same value, and those of the variables in keep_vars (a variable's
 * place is its index, below nvars). */
void mc_st_forget_ints(mc_state *s, const mc_pv *keep, int nkeep, const uint64_t *keep_vars, int nvars);
/* Keeps in agree[0..*n) only the integers s holds with the same value. */
void mc_st_agree_ints(const mc_state *s, mc_pv *agree, int *n);
/* Whether two states may be joined: they differ in nothing that says who holds
 * a resource or what became of it, and neither has returned. */
bool mc_st_joinable(const mc_state *a, const mc_state *b);
/* How many values and resources the two states tell apart, counted up to limit. */
int mc_st_distance(mc_state *a, mc_state *b, int limit);


static inline mc_val mc_val_unknown(void) { return (mc_val){.kind = V_UNKNOWN, .res = -1}; }
static inline mc_val mc_val_int(int64_t v) { return (mc_val){.kind = V_INT, .res = -1, .lo = v, .hi = v}; }
static inline mc_val mc_val_res(int id) { return (mc_val){.kind = V_RES, .res = (int16_t)id}; }
static inline bool mc_val_exact(const mc_val *v) { return v->kind == V_INT && v->lo == v->hi; }
/* Two values alike in everything a path can tell. */
static inline bool mc_val_same(const mc_val *a, const mc_val *b)
{
    return a->kind == b->kind && a->lo == b->lo && a->hi == b->hi && a->flags == b->flags && a->res == b->res &&
           a->def == b->def;
}

#include "naming.h"

/* ---- the analysis of one function ---- */

enum { MC_RET_SPLIT_PARAMS = 8 }; /* the integer parameters a returned range is split on */

/* Why a branch is an error path, kept as the test and how it went; the text is
 * only made for a message. */
typedef enum mc_how { MC_WHY_NULL, MC_WHY_HOLDS, MC_WHY_FALSE, MC_WHY_CALL_FAILED } mc_how;

typedef struct mc_why {
    const mc_expr *e;
    mc_how how;
} mc_why;

typedef struct mc_step {
    mc_loc loc;
    mc_why why;
} mc_step;

/* A global pointer's entry value, as the current function treats it. */
typedef struct mc_entry_seen {
    const mc_global *global;  /* or NULL: field of struct parameter param */
    int param;
    const char *field;
    const mc_expr *ref;
    int released_exits;       /* exits where it was released */
    int dangling_exits;       /* ... and the field still held it (free(c->buf) alone) */
    int null_exits;           /* exits where it was found NULL and the field still held
                                 it: `if (c->buf) free(c->buf);` frees as free() does */
    int nonnull_exits;        /* exits where it was dereferenced before any check */
    bool kept;                /* released, stored or handed on at some exit */
    int16_t family;           /* model family released with: -1 none, -2 several */
    bool derefed;
    bool derefed_late;        /* ... on some path after a parameter was released there */
    bool deep;                /* field is a path, one field deeper (entry_seen_deep) */
} mc_entry_seen;

/* An open-addressing index of ids into a vector: slots hold ids, -1 when free. */
typedef struct mc_id_index {
    int *slots;
    size_t cap;
} mc_id_index;

typedef struct mc_reskey {
    int8_t entry;             /* entry_value() once known: 1 yes, 0 no, else -1 */
    const void *site;
    int gen;                  /* the generation of an object of the site (recency.c), -1
                                 for its summary; for a loop node, the variable's place */
} mc_reskey;

typedef struct mc_reported {
    int rule;
    mc_loc loc;
} mc_reported;

typedef struct mc_proginfo mc_proginfo;

/* What --debug-engine prints at a memcheck_dump() call on one path (dump.c). */
typedef struct mc_dump_line {
    mc_loc loc;
    int seq;                  /* the order the walk reached it in */
    char *text;               /* owned */
} mc_dump_line;
typedef MC_VEC(mc_dump_line) mc_dump_lines;

typedef struct mc_null_site {
    const mc_expr *e, *at;   /* the pointer, the expression dereferencing it */
    mc_loc loc;
    uint8_t use;             /* mc_usekind */
    const char *callee;      /* MC_USE_NONNULL: the function it is passed to, and as */
    int arg;                 /* which argument (0-based) */
} mc_null_site;

/* A bit test `x & K`: what a branch learns of it is kept in a place under x's
 * named "&K", forgotten when x is written. A predicate call `is_stdout(name)`
 * (pred): the same under the object name points to, named "&is_stdout()". */
typedef struct mc_mask {
    int base;                 /* x's place (PLACE_NONE for a predicate) */
    int64_t k;
    const mc_symbol *pred;    /* the predicate, or NULL */
    char *name;               /* "&K" or "&pred()", owned */
} mc_mask;

/* What the owned and the lent exits knew of one predicate of one parameter. */
typedef struct mc_pred_sides {
    int state;                /* 0: no such exit yet, 1: following (param, pred), 2: none decides */
    int param;
    const mc_symbol *pred;
    unsigned owned, lent;     /* bit 0: zero, bit 1: nonzero, bit 2: unknown */
} mc_pred_sides;

/* What the exits of one kind knew of each parameter (bits). */
typedef struct mc_sides {
    uint64_t zero, nonzero, other;
} mc_sides;

/* What exits leave in int *params: the same constant at every exit seen / not. */
typedef struct mc_outs {
    uint64_t seen, bad;
    int64_t val[64];
} mc_outs;

/* What the exits of the function being walked tell of the conditions its
 * summary's conditional effects hold under (conditional.c). */
typedef struct mc_cond_watch {
    /* on the paths that may return NULL, integer params known zero / nonzero / neither (bits) */
    uint64_t null_flag_zero, null_flag_nonzero, null_flag_other;
    /* on the exits returning what is the caller's, and on those returning what is
       not (stdout, a static): params known zero or NULL / nonzero or non-NULL / neither */
    mc_sides owned_sides, lent_sides;
    mc_pred_sides pred_sides; /* the same for a predicate of a parameter (is_stdout(name)) */
    bool lent_exits;
    mc_outs owned_out, lent_out;  /* on those exits, and on those returning NULL too */
    uint64_t null_out_seen, null_out_bad; /* int *params: *p constant on NULL exits / not */
    int64_t null_out_val[64];
    uint64_t ok_out_seen, ok_out_bad;     /* the same on exits that may return non-NULL */
    int64_t ok_out_val[64];
    uint8_t *p_ret_test;          /* per param: what the return value tells of it (RT_* bits) */
    int guard_pl;                 /* the first integer global branched on, or -1 */
    int guard_exits;              /* exits where it was non-zero */
    bool guard_lost;              /* an exit where its value is not known */
    uint64_t guard_released, guard_deref; /* params released / dereferenced at all of them */
} mc_cond_watch;

typedef struct mc_outcome_watch mc_outcome_watch; /* outcomes.c */

/* The rules an analysis raises events to, and the data it keeps for them
 * (rule_api.c). */
typedef struct mc_rule_slots {
    int cur_rule;                 /* the rule an event is being raised to, or -1 */
    int listeners[MC_MAX_RULES];  /* the enabled rules with an on_event hook */
    int nlisteners;
    int res_data_at[MC_MAX_RULES]; /* per rule: where its res_data starts in mc_res.rule_data */
    void *func_data[MC_MAX_RULES]; /* per rule: its data for this function, made when first asked */
    mc_finding discarded;         /* what mc_report() gives for a finding reported already */
} mc_rule_slots;

/* What the walk of one function may spend, in block visits and in the work
 * they cost, never in seconds (walk.c). */
typedef struct mc_walk_cost {
    long visits, budget;
    long work, work_budget;       /* what the visits cost, and what they may (see visit) */
    long *block_cost;             /* per block: its statements' and condition's expression nodes */
    bool over_budget;
} mc_walk_cost;

/* What the exits of the function being walked told, joined over them: made
 * into its summary (summarize.c). */
typedef struct mc_exit_tally {
    int exits;
    bool ret_owned, ret_null, ret_all_nonnull, ret_const_same, ret_const_seen, ret_int_other;
    bool ret_linked;              /* some exit returns a fresh block it also stored elsewhere */
    int64_t ret_const;
    bool ret_range_seen, ret_range_ok; /* the integers returned: seen, and all below 2^63 */
    int64_t ret_lo, ret_hi;       /* ... their range, joined over the exits */
    int ret_param;                /* the integer parameter every exit returns as it came
                                     in: -1 no exit seen yet, -2 none */
    int64_t ret_side[MC_RET_SPLIT_PARAMS][2][2]; /* per integer parameter, per side of
                                     zero it is on (0 zero, 1 nonzero): the range returned */
    uint8_t ret_side_set[MC_RET_SPLIT_PARAMS];   /* bit s: ret_side[p][s] holds a range */
    uint8_t ret_side_seen[MC_RET_SPLIT_PARAMS];  /* bit s: some exit knew p on side s */
    int ret_family, ret_fails;
    int realloc_param;            /* the parameter every owned result reallocates, -1 none, -2 several */
    uint64_t released_on_null;    /* parameters released on some path returning NULL */
    uint8_t *p_released, *p_escaped, *p_live;
    uint8_t *pp_released, *pp_escaped, *pp_live, *pp_written; /* the same for *param */
    uint8_t *pp_deref;            /* *param dereferenced on some path */
    uint8_t *pp_after;            /* after releasing *param: 1 dangling, 2 reset, 4 replaced */
    MC_VEC(mc_entry_seen) entries_seen; /* globals whose entry value was released or used */
    MC_VEC(const mc_global *) gwrites;  /* globals this function or its callees may assign */
    bool gwrites_any;             /* it calls something that may assign any global */
    bool gwrites_extern;          /* ... code outside the program (assigns no static) */
    int64_t p_deref_all;          /* params dereferenced on every exit path (bits) */
    uint64_t p_deref_every;       /* ... in a block every returning path runs: what paths
                                     dropped at a bound would not have changed */
    uint64_t pp_deref_every;      /* params whose *p is so dereferenced unchecked */
    bool dead_end;                /* some path ended in a call that never returns */
    bool fell_off;                /* some path returned at the closing brace */
    uint64_t p_struct_kept;       /* struct params used whole, or whose fields were kept */
    uint64_t p_elems_kept;        /* pointer params used other than as arr[k], or whose
                                     elements were written or kept */
    uint64_t pp_passed;           /* params whose *p was passed to a call on some path */
    uint64_t pp_nonnull_all;      /* params whose *p is dereferenced unchecked on every exit path */
    uint64_t pp_out_all;          /* params whose *p every exit wrote without reading it */
    int16_t *p_rel_family;        /* per param: the model family it is released with, -1
                                     none, -2 several */
    int16_t *pp_rel_family;       /* the same for *param */
    int ret_nonheap;              /* origin every exit returns (static, literal, stack), 0
                                     none seen yet, -1 something else */
    bool ret_nonheap_null;        /* some exit returns NULL */
} mc_exit_tally;

struct mc_analysis {
    const mc_analysis_opts *o;
    mc_proginfo *pi;
    mc_program *prog;
    mc_diags *out;
    const mc_func *f;
    mc_rule_slots rules;          /* the rules that listen, and their data */
    bool states_dropped;          /* a block met more states than it keeps */
    mc_ptrmap deref_sites;        /* dereferencing expression -> DEREF_* bits seen there */
    MC_VEC(mc_null_site) null_sites; /* the first NULL dereference at each site */
    MC_VEC(mc_place) places;
    mc_id_index place_index;      /* places by place_hash() */
    mc_id_index res_index;        /* reskeys by site and generation */
    MC_VEC(mc_reskey) reskeys;
    MC_VEC(mc_step) steps;
    MC_VEC(mc_reported) reported;
    MC_VEC(char *) texts;         /* strings handed to rules during this function */
    MC_VEC(const char *) fields;  /* the field names this function's member expressions
                                     use (names are interned per part of a TU) */
    bool fields_known;
    MC_VEC(const char *) families;/* model families, then naming families */
    int *cleanup_slot;            /* per var: cleanup slot, or -1 */
    int cur_pos;                  /* the function's position in the bottom-up order */
    mc_walk_cost cost;            /* the walk's budget, and what it spent */
    bool is_main;
    bool joined;                  /* the function owns nothing: its walk joins states (inert.c) */
    mc_exit_tally tally;          /* what its exits told, for its summary */
    int block;                    /* the block being walked */
    bool *on_every_path;          /* per block: whether it dominates every return */
    mc_cond_watch cw;
    mc_outcome_watch *ow;         /* what the exits tell of effects per side of the result */
    bool at_loop_head;            /* splitting a loop's condition */
    uint64_t params_assigned;     /* parameters the function assigns (bits) */
    uint8_t *stays_positive;      /* per variable: 0 not asked yet, else mc_func_positive_vars */
    uint64_t *int_stores;         /* per variable, once asked: the integer parameters stored
                                     into its fields (d.fd = fd) */
    MC_VEC(mc_mask) masks; /* the bit tests `x & K` met: the place of x, K and its name */
    int npredicates;              /* ... and the predicates among them */
    uint64_t pointees_assigned;   /* parameters through which it assigns (*out = x) */
    MC_VEC(mc_deferred) deferred; /* verdicts left to the callers (mc_defer) */
    mc_dump_lines dumps;          /* --debug-engine: what memcheck_dump() calls printed */
};

const char *mc_expr_text_buf(const mc_expr *e, const mc_func *f, mc_buf *b);

#endif
