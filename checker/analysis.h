/* analysis.h - the ownership engine: a path-sensitive walk of each function's CFG
 * over a bounded set of abstract states, raising events that rules read, and
 * producing a summary of each function for its callers. Functions are analysed
 * bottom-up over the whole program's call graph. */
#ifndef MC_ANALYSIS_H
#define MC_ANALYSIS_H

#include <signal.h>

#include "diag.h"
#include "ir.h"
#include "model.h"
#include "naming.h"
#include "summary.h"

/* ---- What the engine knows of a pointer or handle: a resource. ---- */

typedef enum mc_origin {
    MC_ORIG_ALLOC,     /* acquired from an allocator in this function */
    MC_ORIG_PARAM,     /* came in through a parameter (borrowed unless taken) */
    MC_ORIG_PLACE,     /* read from a field, global or out-parameter we do not own */
    MC_ORIG_STACK,     /* address of a local object or array */
    MC_ORIG_STATIC,    /* address of a static or global object */
    MC_ORIG_STRLIT,    /* a string literal */
    MC_ORIG_ALLOCA,    /* alloca()/VLA memory */
    MC_ORIG_CALL,      /* returned by a function that does not hand over ownership */
} mc_origin;

/* When a callee released its argument: on every path, on one side of its
 * result (mc_outcome), or by dropping the only reference the caller knew of. */
typedef enum mc_when {
    MC_WHEN_ALWAYS, MC_WHEN_NONZERO, MC_WHEN_NEGATIVE, MC_WHEN_ZERO, MC_WHEN_NONNEG, MC_WHEN_LAST_REF
} mc_when;

typedef enum mc_status {
    MC_RS_LIVE,        /* held (owned or borrowed) */
    MC_RS_RELEASED,    /* released on this path */
    MC_RS_ESCAPED,     /* ownership handed off (returned, stored, passed to a taker) */
} mc_status;

typedef enum mc_nullness {
    MC_NN_UNCHECKED,   /* may be the failure value; not yet checked */
    MC_NN_OK,          /* known not to be the failure value */
    MC_NN_FAILED,      /* known to be the failure value (NULL, -1, MAP_FAILED) */
} mc_nullness;

/* Room for the rules' data about each resource, kept small: states copy
 * resources by the thousand (a resource is 328 bytes with it, 320 without). */
enum { MC_RES_RULE_BYTES = 4 };

enum { MC_TOOK_FOLLOWS = 0xff }; /* mc_took.fail, ok: see there */

/* A realloc result and the block it replaces (mc_res.realloc_link). */
typedef struct mc_realloc_link {
    int16_t old;              /* the block it replaces (restored on failure), or -1 */
    uint8_t old_status;       /* ... and what that block was before (mc_status): handed
                                 off already (cache->buf = nb), it is so again */
    bool dropped;             /* stored over the only pointer to the old block: if realloc
                                 failed, the old block is lost */
    bool lost;                /* (on the old block) kept alive only on realloc's failure path */
    mc_loc loc;               /* where the result overwrote the old pointer */
} mc_realloc_link;

/* A resource whose fate follows the result of the call that made this one
 * (mc_res.took). */
typedef struct mc_took {
    int16_t id;               /* the resource its allocator took only if it succeeded
                                 (fdopen's descriptor): the caller's again on failure, or -1;
                                 or the argument a call whose status this is treats
                                 differently per side of its result (mc_outcome) */
    uint8_t fail, ok;         /* what becomes of id where the call failed, and where it
                                 succeeded: an mc_status + 1, 0 to leave it as it is, or
                                 MC_TOOK_FOLLOWS: made with this one, failed or not with
                                 it (pipe's fds[1]) */
} mc_took;

/* A place whose value tells whether a resource is NULL (mc_res.null_with). */
typedef struct mc_null_with {
    int32_t place;            /* when NULL, this place holds value (the count a splitter
                                 writes when it returns NULL), or -1 */
    bool when_ok;             /* the other way round: when not NULL, place holds value
                                 (`p = parse(s, &err)`, err = 0 on success) */
    int64_t value;
} mc_null_with;

/* Ownership that hangs on a variable's value (mc_res.owned_if). */
typedef struct mc_owned_if {
    bool set;                 /* ours only where an argument of the call that made it was
                                 nonzero (nonzero) or zero (mc_summary.owned_param) */
    bool nonzero;
    int32_t place;            /* ... the variable passed there, or -1 */
} mc_owned_if;

/* References a retain call (obj_ref) took (mc_res.ref). */
typedef struct mc_refs {
    uint8_t count;            /* taken here and not yet released, stored or returned */
    bool shared;              /* one was handed over (g = obj_ref(o)): someone else holds
                                 it too */
    mc_loc loc;               /* the last retain */
    const char *fn;
} mc_refs;

typedef struct mc_res {
    /* what it is, and what became of it on this path (small fields first: a
       resource is copied with every state, so it is kept without holes) */
    int16_t family;           /* model family, -1 when none */
    uint8_t origin;           /* mc_origin */
    uint8_t status;           /* mc_status */
    uint8_t nullness;         /* mc_nullness */
    uint8_t fails;            /* mc_failkind of the acquiring call */
    bool owned;               /* this function must release or hand it off */
    bool may_fail;            /* the allocator can fail (so unchecked use is a bug) */
    int16_t param;            /* parameter index it came from, or -1 */
    mc_took took;             /* a resource whose fate follows this one's result */
    int8_t out_param;         /* owned, and handed off only by being stored in *param of the
                                 function being walked (*out = p): param + 1, or 0 */
    bool taken;               /* handed to a take-named parameter (release_fn) */
    const char *acq_fn;       /* allocating function's name (or NULL) */
    mc_loc acq_loc;           /* where it was acquired (or the parameter) */
    mc_loc check_loc;         /* last check for failure */
    mc_loc release_loc;       /* where it was released or handed off */
    const char *release_fn;   /* the releasing/taking function */
    const char *var;          /* the parameter's name, for MC_ORIG_PARAM */
    const mc_expr *var_expr;  /* the variable (or place) that first held it */
    const mc_expr *site;      /* the acquiring expression */
    const mc_expr *null_check;/* a mapping compared with NULL, not yet with MAP_FAILED:
                                 a wrong check unless the right one follows */
    mc_loc moved_loc;         /* where it was moved or stored */
    mc_realloc_link realloc_link; /* a realloc result and the block it replaces */
    mc_refs ref;              /* references a retain call took here */
    mc_null_with null_with;   /* a place whose value says whether it is NULL */
    int32_t global_place;     /* owned, and handed off only by being stored in this place
                                 of a global (g = p), or -1 */
    int32_t release_place;    /* the place named in the release (free(s->buf)), or -1 */
    mc_owned_if owned_if;     /* ownership that hangs on a variable's value */
    bool linked;              /* stored into an object a parameter points to */
    uint8_t rule_data[MC_RES_RULE_BYTES]; /* the rules' own (mc_rule.res_data), through
                                 mc_rule_res_data(): copied with the rest, never compared */
    bool deref_unchecked;     /* dereferenced on this path before any check */
    bool failed_then_unknown; /* found failed, then a call we know nothing of (it may not
                                 return: if (!p) fatal("oom");) */
    bool via_summary;         /* released or taken by a callee's summary, not directly */
    uint8_t release_when;     /* ... only on one side of the callee's result: mc_when */
    bool moved;               /* its object was copied out by value (a move) */
    bool stored;              /* not ours, yet stored or handed somewhere we cannot follow */
    bool is_static;           /* a parameter this path found equal to the address of a static
                                 object (`if (p == &oom_sentinel) return;`) */
} mc_res;

/* ---- Events raised to rules. ---- */

typedef enum mc_evkind {
    MC_EV_USE,        /* a pointer or handle is used (use: how) */
    MC_EV_RELEASE,    /* about to be released by a deallocator (res may be NULL for
                         non-resource values such as &local) */
    MC_EV_LOST,       /* an owned, live resource lost its last reference */
    MC_EV_CALL,       /* a call, its arguments evaluated, before its effects */
    MC_EV_TAKE,       /* a resource handed to a take-/sink-named parameter */
    MC_EV_EXIT,       /* a path reaches the function's exit (after cleanups) */
    MC_EV_NULL_DEREF, /* at the function's end, no state: a pointer NULL on every path
                         that reaches this dereference (`p = NULL; ... *p`) */
    MC_EV_FUNC_END,   /* the function is done; its summary is final */
    MC_EV__COUNT
} mc_evkind;

typedef enum mc_usekind {
    MC_USE_DEREF,      /* *p, p->f, p[i] */
    MC_USE_NONNULL,    /* passed to a parameter that must not be NULL / a failed fd */
    MC_USE_PASS,       /* passed to a function (not nonnull-annotated) */
    MC_USE_RETURN,     /* returned */
    MC_USE_STORE,      /* stored into a longer-lived place */
    MC_USE_WRITE,      /* written through (*p = x, p->f = x) */
    MC_USE_BAD_CHECK,  /* checked for failure the wrong way (mmap against NULL, an fd
                          against 0 only) */
} mc_usekind;

typedef enum mc_lostkind {
    MC_LOST_EXIT,       /* the function returns */
    MC_LOST_OVERWRITE,  /* the last variable holding it is assigned */
    MC_LOST_SCOPE,      /* the variable's block ends */
    MC_LOST_CONTAINER,  /* the object holding it was released */
    MC_LOST_REALLOC,    /* p = realloc(p, n) failed and overwrote p */
    MC_LOST_REFERENCE,  /* the function returns holding a reference it retained */
} mc_lostkind;

typedef struct mc_state mc_state;
typedef struct mc_summary mc_summary;
typedef struct mc_analysis mc_analysis;

typedef struct mc_event {
    mc_evkind kind;
    mc_analysis *an;          /* for reporting and queries */
    const mc_func *func;
    const mc_state *state;
    const mc_expr *expr;      /* the expression concerned (use, call, release) */
    const mc_expr *within;    /* USE: the expression using it (p[i], p->f, *p, a call), or NULL */
    mc_loc loc;               /* where the event happens */
    int res_id;               /* the resource concerned, or -1 */
    const mc_res *res;        /* its state (NULL when none) */
    mc_usekind use;
    mc_lostkind lost;
    int arg;                  /* CALL/RELEASE/USE: 0-based argument index, or -1 */
    int family;               /* RELEASE: the deallocator's family */
    const char *callee;       /* CALL/RELEASE/TAKE/USE: the function called */
    const mc_fnmodel *model;  /* CALL/RELEASE: its model, if any */
    const mc_summary *callee_summary; /* CALL: its summary, if any */
    const struct mc_val *argv;        /* CALL: the arguments' values (mc_event_arg_bounds) */
    int argc;
    bool value_is_offset;     /* the pointer used was moved off its block's start */
    mc_loc callee_def;        /* RELEASE by a function of the program: where it is
                                 defined (line 0 when not known) */
} mc_event;

/* ---- Queries for rules. ---- */

/* Text of an expression as C source, e.g. "s->buf" (valid during the event). */
const char *mc_expr_text(mc_analysis *an, const mc_expr *e);
/* The same for an expression of function f (another than the one analysed). */
const char *mc_expr_text_in(mc_analysis *an, const mc_func *f, const mc_expr *e);
/* When callee (an event's callee, a resource's release_fn) is a call through a
 * function-pointer field whose targets are known, written as the field
 * ("ops->close"): the functions the field may hold ("tcp_close() or
 * tls_close()"); else NULL. */
const char *mc_callee_targets(mc_analysis *an, const char *callee);
/* The text of the event's expression (the pointer used or released), or NULL. */
const char *mc_event_text(const mc_event *ev);
/* The event reaches its resource through another member of a union than the
 * one it was first read through (u.addrs freed, u.srvs used): a tag the path
 * does not follow says which member is there, so it is not the same pointer. */
bool mc_event_other_union_member(const mc_event *ev);
/* Notes at r's release: "<what> by conn_close() here", saying when the callee
 * releases its argument (on one side of its result, by dropping the only
 * reference), and which functions a field called through may be. */
void mc_report_release_notes(mc_finding *f, mc_analysis *an, const mc_res *r, const char *what);
/* What a person calls the resource: the variable that first held it, "buf". */
const char *mc_res_name(mc_analysis *an, const mc_res *r);
/* A person's name for a resource kind: "memory", "file", ... */
const char *mc_res_kind(mc_analysis *an, const mc_res *r);
const char *mc_family_name(mc_analysis *an, int family);
/* Whether a family comes from the program (a create/destroy name pair, a
 * malloc(dealloc) attribute), not from a model. */
bool mc_family_from_program(mc_analysis *an, int family);
const mc_models *mc_analysis_models(mc_analysis *an);
/* How the program creates objects of type `type` ("Foo") named with prefix
 * ("foo" for foo_create): 1 when such a create-named function returns a pointer
 * (heap objects), 0 when it returns one by value, -1 when there is none. */
int mc_analysis_create_returns_pointer(mc_analysis *an, const char *prefix, const char *type);
/* The program's destroyer of prefix (POOL_free for POOL_create) has a body that
 * calls nothing that returns (a failed assertion at most): the objects it is
 * given are not released, as when create hands out a static singleton. */
bool mc_analysis_destroyer_is_noop(mc_analysis *an, const char *prefix);
/* The program's destroyer of prefix compares what it is given with the
 * address of the static object r (sqlite3_str_free: `if (p != &sqlite3OomStr)`):
 * a sentinel create hands out and the destroyer knows to leave alone. */
bool mc_analysis_destroyer_knows_static(mc_analysis *an, const char *prefix, const mc_res *r);
/* What the name of the function being analysed promises. */
const mc_names *mc_func_names(mc_analysis *an);
/* The strict-names option: functions returning owned memory must say so. */
bool mc_analysis_strict_names(mc_analysis *an);
/* Whether this path so far is an error path, and why ("'buf == NULL' at line 15"). */
bool mc_state_error_path(mc_analysis *an, const mc_state *s, const char **why);
/* Whether the path returns a failure: NULL, a negative constant, false, or
 * from a function returning int a value known not to be 0 (0 for success:
 * `if (rc) return rc;`). */
bool mc_state_returns_failure(mc_analysis *an, const mc_state *s);
/* The return value on this path at EXIT: its text and whether it signals an error. */
const mc_expr *mc_state_return_expr(const mc_state *s);
/* Integer facts for alloc-size-overflow: bounds of an expression's value on this
 * path (false when nothing is known, or when an unsigned 64-bit value may be 2^63
 * or more), and whether the product a*b is guarded. */
/* Whether integer variable var is known not to be 0 on this path. */
bool mc_state_var_nonzero(mc_analysis *an, const mc_state *s, int var);
bool mc_state_int_bounds(mc_analysis *an, const mc_state *s, const mc_expr *e,
                         int64_t *lo, int64_t *hi);
/* Bounds of integer field e (x->f, x.f) that hold wherever the program reads
 * it: what all of the program's writes to the field store (field_facts.c). */
bool mc_event_field_bounds(const mc_event *ev, const mc_expr *e, int64_t *lo, int64_t *hi);
/* The same for argument i of a CALL event, as evaluated for the call. */
bool mc_event_arg_bounds(const mc_event *ev, int i, int64_t *lo, int64_t *hi);
/* CALL: whether pointer argument i may be NULL here (not known to be checked,
 * an object's address, or a fresh block the path found non-NULL). */
bool mc_event_arg_may_be_null(const mc_event *ev, int i);
/* Whether argument i reads a pointer field (x->f, or an element x->f[k] of
 * its array) that no function of the program tests for NULL or sets to NULL,
 * nor this path: a field the program always sets. */
bool mc_event_arg_always_set(const mc_event *ev, int i);
/* Whether argument i is the address of an object on the caller's stack (a
 * local, or a member of one), which dies when the caller returns. */
bool mc_event_arg_local_object(const mc_event *ev, int i);
/* Whether the callee releases what place names (`c->buf`, a field of what its
 * parameter param points to, or with param -1 a global) on every path and
 * leaves it dangling, and its callers are all known: a call then leaves the
 * caller's field or global released, for the caller's exits to judge. At
 * MC_EV_FUNC_END, of the function itself. */
bool mc_event_callee_leaves_field(const mc_event *ev, int param, const char *param_name, const char *place);
bool mc_state_product_guarded(mc_analysis *an, const mc_state *s, const mc_expr *a,
                              const mc_expr *b);
/* The expression that computed a variable's current value (for `n = a * b;
 * malloc(n)`), or NULL. */
const mc_expr *mc_state_value_def(mc_analysis *an, const mc_state *s, const mc_expr *e);
/* The resource that came in through parameter i, or NULL (not a pointer). */
const mc_res *mc_state_param(mc_analysis *an, const mc_state *s, int i);
/* Whether something held in a field of parameter i's object was released here. */
bool mc_state_param_field_released(const mc_state *s, int i);
/* Whether parameter i's object had its contents moved out (copied by value, or a
 * field read and handed on): 0 no, 1 moved and the source cleared, 2 moved while
 * the source still points at them (two owners); *where is the move. */
/* For a parameter T **pp: the path wrote *pp without reading what the caller
 * had there (an out-parameter). */
bool mc_state_param_out_only(mc_analysis *an, const mc_state *s, int i);
int mc_state_param_move(mc_analysis *an, const mc_state *s, int i, mc_loc *where);
/* At EXIT: the returned resource as it was before the return, or NULL; *offset
 * when the pointer returned was moved off the start of its object. */
const mc_res *mc_state_return_res(const mc_state *s, bool *offset);
/* The returned value was read from a field or global that still holds it: the
 * caller gets an alias of something another object owns. */
bool mc_state_return_still_held(mc_analysis *an, const mc_state *s);
/* Resources of this state, for EXIT checks (e.g. a param not released). */
int mc_state_nres(const mc_state *s);
const mc_res *mc_state_res(const mc_state *s, int id);
/* Calls fn for each place reachable from a parameter or a global that still
 * holds a released resource at EXIT; field is the place's field name (NULL for
 * a global or *p), param the parameter whose object holds the place, or, when
 * deep, whose object's field points to the object that does
 * (ssl->handshake->psk), or -1. */
void mc_state_dangling_places(mc_analysis *an, const mc_state *s,
                              void (*fn)(const char *place, const char *field, const mc_res *r, int param,
                                         bool deep, void *ctx),
                              void *ctx);
/* Whether every release of pointer fields of this name in the program (but
 * for set-ups a function undoes) is under a test of another field of the same
 * object: that one tracks whether it is set (conventions.c). */
bool mc_field_tracked(const mc_analysis *an, const char *field);

/* ---- The rule's own data (rule.h: mc_rule.func_data, res_data). ---- */

/* The current rule's data for the function being walked: func_data bytes,
 * zeroed when its walk began, the same on every event until its
 * MC_EV_FUNC_END; NULL when the rule asked for none. */
void *mc_rule_func_data(const mc_event *ev);
/* The current rule's data about the event's resource on this path: res_data
 * bytes, zeroed when the resource was acquired and copied with it when the path
 * splits; NULL when the event has no resource in a state, or the rule asked
 * for none. Two paths are the same whatever it holds (rules' data never
 * multiplies states): where paths meet, a state equal to one that still waits
 * to be walked there is joined into it, each rule's data by its
 * res_data_join; a state equal to one already walked from there is dropped
 * with its data, so that path's data stands. For reading; to write, ask mc_rule_res_data_w(), which gives this
 * path its own copy of its resources if it shares them (ev->res may then still
 * show the shared one: use the pointer returned). */
const void *mc_rule_res_data(const mc_event *ev);
void *mc_rule_res_data_w(const mc_event *ev);

/* Verdicts left to the callers. In a static function whose every call the
 * program shows, a finding that hangs on the value a parameter brings in can be
 * left to the calls: at each, the rule sees the summary's entry (on MC_EV_CALL,
 * in callee_summary) and decides from the argument (mc_report_deferred). */
typedef struct mc_deferred {
    int rule;                 /* the rule's index (set by mc_defer) */
    int param;                /* the parameter the verdict hangs on */
    mc_loc loc;               /* where the finding goes, in the callee */
    const mc_expr *expr;      /* what the rule looks at there */
    const mc_expr *at;        /* and the expression it is part of (a call) */
    int data;                 /* the rule's own */
    const mc_func *func;      /* the callee, or NULL when read from a summaries file */
    const char *func_name;    /* its name, the parameter's, and the file that defines it
                                 (set by mc_defer) */
    const char *param_name;
    const char *func_file;
    const char *text;         /* the rule's own words for the finding, and what its */
    const char *subject;      /* fix names, and a second place (kept by mc_defer) */
    mc_loc later;
    bool bounded;             /* the parameter was narrowed on the paths to loc: */
    int64_t lo, hi;           /* its values there were within these */
} mc_deferred;

/* The parameter that e is, with the value it came in with (an integer parameter
 * the function never assigns), when the function's callers are all known (it is
 * static, called directly and never named otherwise); else -1. */
int mc_deferrable_param(mc_analysis *an, const mc_expr *e);
/* Whether the function being walked is called only where the program shows it:
 * static, called directly, never named otherwise. */
bool mc_callers_all_known(const mc_analysis *an);
/* The function's returns end the program: main(), or one whose every call
 * (all of them known) is the status of a call that never returns
 * (`exit(client_main(...))`) or what main() returns. */
bool mc_returns_end_program(const mc_analysis *an);
/* Whether function s, not static, defined in file, is internal to a program:
 * declared for no export, with hidden visibility or beside a file that defines
 * main(), and only ever called directly. */
bool mc_internal_function(const mc_analysis *an, const mc_symbol *s, const char *file);
/* Whether a contract the function being walked owes its callers (a
 * destroyer's NULL safety) is judged at its calls instead of here: its callers
 * are all known (above), or it is internal to a program. */
bool mc_callers_judge_contract(const mc_analysis *an);
/* Whether the verdict is also left to its callers (mc_defer) for a run that
 * learns it is internal: a function not static may be, by a main() another
 * shard's summaries bring. Such verdicts go into summaries files. */
bool mc_contract_left_to_callers(const mc_analysis *an);
/* Whether the program's destroyers take a live object by convention: three in
 * four of those that test or dereference their argument dereference it first
 * (conventions.c). */
bool mc_destroyers_take_live(const mc_analysis *an);
/* Whether it is called through a pointer: its address is taken (a callback, a
 * slot of a table of operations) or it is some variable's cleanup. */
bool mc_called_indirectly(const mc_analysis *an);
/* Leaves d (its param, loc, expr and bounds set) to the callers; the same
 * parameter and loc met on several paths are one entry, bounds joined. */
void mc_defer(const mc_event *ev, const mc_deferred *d);

/* Reporting: a finding for the current rule at loc; the steps of its path that
 * lead there follow with mc_report_note, in path order (acquired, checked,
 * released, ...), and those after loc on the path with mc_report_later. A
 * note that only says where an object came from, when the cause is the code at
 * loc alone whatever the object (realloc's result stored over its argument),
 * goes with mc_report_context: one cause in a macro's body is then one finding
 * however each expansion's objects came. */
mc_finding *mc_report(const mc_event *ev, const char *rule, mc_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void mc_report_note(mc_finding *f, mc_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void mc_report_later(mc_finding *f, mc_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void mc_report_context(mc_finding *f, mc_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void mc_fixit(mc_finding *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* At a call event: the next verdict the callee left to its callers for this
 * rule, from index *i on (start at 0), or NULL. A function not static that is
 * not internal to a program answered for itself: its verdicts are skipped. */
const mc_deferred *mc_next_deferred(const mc_event *ev, int *i);
/* The same for the verdicts mc_next_deferred skips: those a function that
 * answers for itself also left (a rule that judges such a function at its
 * calls after all, by a convention of the program, reads them). */
const mc_deferred *mc_next_answered(const mc_event *ev, int *i);
/* At MC_EV_FUNC_END: the next verdict the function itself left for this rule. */
const mc_deferred *mc_next_own_deferred(const mc_event *ev, int *i);
/* A finding left to the callers, reported from a call (ev) at d->loc, in d->func. */
mc_finding *mc_report_deferred(const mc_event *ev, const mc_deferred *d, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* ---- Summaries (summary.h): what a function does, for its callers. ---- */

/* Whether the take the name of s declares of parameter i (names) holds, given what
 * its body does (sum, or NULL): a parameter the body borrows on every path and
 * writes fields of is not taken, nor is one taken only for being the only one
 * that the body borrows on every path or uses as a receiver. */
bool mc_name_take_stands(const mc_symbol *s, const mc_names *names, const mc_summary *sum, int i);

/* ---- Running it. ---- */

struct mc_family_names; /* summaries.h */

typedef enum mc_unknown_calls { MC_UNKNOWN_ESCAPE, MC_UNKNOWN_BORROW } mc_unknown_calls;

typedef struct mc_analysis_opts {
    const mc_models *models;
    const bool *rule_enabled;      /* per mc_rules index */
    const mc_severity *rule_severity;
    mc_unknown_calls unknown_calls;
    bool leaks_at_exit;
    bool strict_names;
    int jobs;
    int budget;                   /* block visits per function (0: default) */
    const volatile sig_atomic_t *stop; /* set: analyse no more functions (Ctrl-C) */
    const char *const *summaries_in;  /* files of other shards' summaries */
    void *const *summaries_loaded;    /* the same already read (json_t *), or NULL each */
    int nsummaries_in;
    const char *summaries_out;    /* where to write this run's, or NULL */
    /* Called once every function is analysed, while the summaries live (--cache). */
    void (*after)(void *ctx, const mc_program *p, const struct mc_family_names *fam, const mc_diags *out);
    void *after_ctx;
    /* Called as each function is done (k of n), one call at a time, for a progress line. */
    void (*progress)(void *ctx, int k, int n);
    void *progress_ctx;
    bool verbose;
    /* The engine's test hook: a call of memcheck_dump(), declared and not defined,
       prints on stderr what each path knows of its arguments (docs/design.md). */
    bool debug_engine;
} mc_analysis_opts;

typedef struct mc_analysis_stats {
    int functions;                /* analysed */
    int skipped;                  /* over budget, or lowered in part */
    long visits;                  /* blocks visited, all functions together */
    int joined;                   /* functions that own nothing, walked joined */
    MC_VEC(char *) skipped_names; /* "file:line: function: skipped, why" of each skipped one */
    bool summaries_failed;        /* a summaries file could not be read or written */
    MC_VEC(char *) changed_summaries; /* functions defined here that the summaries read described otherwise */
} mc_analysis_stats;

/* Analyses every function of the linked program; findings are appended to out. */
void mc_analyze_program(mc_program *p, const mc_analysis_opts *o, mc_diags *out,
                        mc_analysis_stats *stats);

#endif
