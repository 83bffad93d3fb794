/* summary.h - what a function does, for its callers: the engine makes it at the
 * function's end, summaries.c writes and reads it as a file, rules read it on
 * a call (mc_event.callee_summary). */
#ifndef MC_SUMMARY_H
#define MC_SUMMARY_H

#include <stdbool.h>
#include <stdint.h>

#include "ir.h"

typedef struct mc_summary mc_summary;
typedef struct mc_deferred mc_deferred; /* analysis.h: a verdict left to the callers */

typedef enum mc_param_effect {
    MC_PARAM_UNKNOWN,   /* no summary: treated per unknown-calls */
    MC_PARAM_BORROWS,   /* reads, never releases or keeps */
    MC_PARAM_RELEASES,  /* releases it on every path */
    MC_PARAM_TAKES,     /* keeps or hands it off on every path */
    MC_PARAM_MAYBE,     /* releases or keeps it on some paths only */
} mc_param_effect;

/* A callee's effect on the value a global pointer held when it was called. */
/* A callee's effect on a pointer it finds on entry: in a global, or in a field
 * of a struct parameter passed by value (sink(struct S s) { free(s.a); }). */
typedef struct mc_entry_effect {
    const mc_global *global;  /* the global, or NULL for a parameter's field */
    int param;                /* else: the parameter */
    const char *field;        /* and its field, or a field of what that field points to:
                                 "handshake->psk" (ssl->handshake->psk) */
    bool owns_field;          /* field is this summary's to free (mc_summary_free) */
    const mc_expr *ref;       /* where the callee reads it (for names in messages) */
    bool releases;            /* released on every path */
    bool dangles;             /* ... and left in the field on every path, a verdict for the
                                 caller: its object may die, or the field be reset, there */
    bool derefs;              /* dereferenced on some path */
    bool derefs_late;         /* ... after the function released one of its parameters: a
                                 caller's argument that is the same object is used after
                                 release; else the use comes first (a lookup in a table
                                 before its element is freed) */
    bool nonnull;             /* dereferenced before any check on every path */
    bool keeps;               /* released, stored or handed on on some path */
    int16_t family;           /* the model family it is released with, or -1 */
} mc_entry_effect;

/* Conditional effects. Some of what a function does holds only under a
 * condition its caller can know: before the call (an argument, a predicate of
 * one, a global flag) or after it (what the call left in *out). An mc_cond
 * names that condition; the summary pairs each such effect with one.
 * checker/engine/conditional.c finds them at the function's exits and decides
 * them at each call. */
typedef enum mc_cond_on {
    MC_COND_NONE,   /* no condition known: the effect is not conditional */
    MC_COND_ARG,    /* argument param is nonzero (or zero) */
    MC_COND_PRED,   /* pred(argument param) is nonzero (or zero) */
    MC_COND_OUT,    /* after the call, what argument param points to equals value */
    MC_COND_GLOBAL, /* the global is nonzero at the call */
} mc_cond_on;

typedef struct mc_cond {
    uint8_t on;               /* mc_cond_on */
    bool nonzero;             /* ARG, PRED: holds where nonzero, else where zero */
    int16_t param;            /* ARG, PRED, OUT */
    int64_t value;            /* OUT */
    const mc_symbol *pred;    /* PRED */
    const mc_global *global;  /* GLOBAL */
} mc_cond;

/* Effects that hold on one side of an int function's result, which its callers
 * test: it frees its argument where it returns -1, and keeps it where it returns
 * 0 (conn_close); it stores a fresh block in *out where it returns 0, and
 * nothing where it fails (int make(struct x **out)). checker/engine/outcomes.c
 * finds them at the exits and applies them at each call. */
typedef struct mc_outcome {
    uint8_t fails;            /* how the result tells the failing side: MC_FAIL_NONZERO
                                 (0 on the other), MC_FAIL_NEGATIVE (0 or more on the
                                 other); MC_FAIL_NONE when no effect splits */
    int16_t param;            /* the parameter it treats differently per side, or -1 */
    uint8_t on_ok, on_fail;   /* ... what it does with it there (mc_param_effect) */
    int16_t out_param;        /* it hands its caller a fresh owned resource in *param on
                                 the succeeding side only, or on every path (out_always),
                                 -1 */
    int16_t out_family;       /* ... of this model family, -1 */
    bool out_always;          /* on every path: what it stores may be NULL (out_may_null) */
    bool out_may_null;
    bool out_dangles;         /* on some exit of the failing side it leaves *out_param
                                 pointing to a block it released (`*buf = calloc(..);
                                 ... free(*buf); return -3;`) */
} mc_outcome;

/* What a callee that frees *p leaves in *p. */
typedef enum mc_after { MC_AFTER_DANGLING, MC_AFTER_NULL, MC_AFTER_UNKNOWN } mc_after;

/* The fields of *p a function may write through pointer parameter p: its own
 * fields (p->f = x, p->f.g++, &p->f passed on), not those of what they point to. */
typedef struct mc_fieldset {
    bool all;                 /* any of them: p escapes, or is passed where we cannot see */
    int n;
    char **names;             /* owned copies */
} mc_fieldset;

/* What a function returns as an integer, the same on every path
 * (mc_summary.ret_int). */
typedef struct mc_int_return {
    bool is_const;            /* every path returns the same integer constant */
    int64_t value;
    bool is_range;            /* every path returns an integer in [lo, hi] (values of its
                                 type below 2^63), a part of its type's values */
    int64_t lo, hi;
    int16_t param;            /* every path returns integer parameter i as it came in
                                 (`return d;`, `x = d; return x;`), -1 */
    int16_t split_param;      /* what it returns depends on whether integer parameter i is
                                 zero: if_zero then, else if_nonzero; -1 */
    int64_t if_zero[2], if_nonzero[2]; /* [lo, hi] */
} mc_int_return;

/* Effects that hold where an integer global the function branches on holds
 * (mc_summary.guarded). */
typedef struct mc_guarded {
    mc_cond on;               /* GLOBAL: the global (a flag) */
    uint64_t released;        /* bit i: parameter i is released on every path where it
                                 holds (sink(d) { if (flag) free(d); }) */
    uint64_t deref;           /* bit i: ... dereferenced before any check */
} mc_guarded;

/* The globals a function may assign (mc_summary.writes). */
typedef struct mc_global_writes {
    bool any;                 /* it calls something that may assign any global */
    bool extern_globals;      /* it calls code outside the program: globals other TUs can
                                 name (not statics) may be assigned */
    int n;
    const mc_global **v;      /* the globals it (or its callees) may assign */
} mc_global_writes;

struct mc_summary {
    bool analysed;            /* false when the body was skipped (budget) */
    bool noreturn;            /* no path reaches the exit */
    bool may_not_return;      /* a void function whose end no path reaches: it returns
                                 early, else ends in a call that never returns (a fail()
                                 that bails unless a failure was already recorded) */
    bool returns_owned;       /* some path returns a fresh resource */
    bool returns_linked;      /* ...that on some path it also linked somewhere (a parent's
                                 list): the caller may not be its only owner */
    bool may_return_null;     /* some path returns NULL / the failure value */
    bool returns_nonnull;     /* every path returns non-NULL */
    int16_t ret_family;       /* family of the returned resource, -1 */
    uint8_t ret_fails;        /* mc_failkind of the returned resource */
    mc_cond when_null;        /* OUT: a NULL return leaves value in *param (an int *count
                                 set to 0) */
    int16_t realloc_param;    /* reallocates this pointer parameter as realloc() does its
                                 first (returns its block resized, or NULL leaving it), -1 */
    mc_cond when_ok;          /* OUT, when when_null is NONE: a non-NULL return leaves
                                 value in *param (an int *err left 0) */
    mc_cond null_only_if;     /* ARG: may return NULL only where this holds (a size, a
                                 "try" flag) */
    mc_cond owned_only_if;    /* ARG or PRED: returns what is its caller's only where this
                                 holds, and otherwise what is not (`name ? fopen(name, "w")
                                 : stdout`, `is_stdout(name) ? stdout : fopen(name, "w")`) */
    bool keeps_variadic;      /* stores what va_arg gives it where it outlives the call
                                 (`job->args[i] = va_arg(ap, void *)`) */
    mc_int_return ret_int;    /* what it returns as an integer */
    mc_guarded guarded;       /* effects under an integer global it branches on */
    mc_outcome outcome;       /* effects per side of its result */
    uint8_t ret_nonheap;      /* every path returns a pointer to a static object, a string
                                 literal or the stack (an mc_origin), or NULL; 0 when not */
    mc_cond returns_test;     /* ARG: it returns whether this pointer argument is non-NULL
                                 (nonzero) or NULL */
    int nparams;
    uint8_t *param_effect;    /* mc_param_effect per parameter */
    mc_fieldset *param_fields;/* per parameter: the fields of *param it may write */
    uint8_t *param_deref;     /* parameter is dereferenced on every path before any
                                 check (must be non-null) */
    int16_t *param_family;    /* family released, when RELEASES */
    uint8_t *pointee_effect;  /* what it does with *param (T **p): an mc_param_effect,
                                 MC_PARAM_UNKNOWN when it writes *param */
    uint8_t *pointee_deref;   /* it dereferences what *param held on some path */
    uint64_t elems_borrowed;  /* bit i: pointer parameter i is only read through, at
                                 constant indexes, and what it reads is only borrowed */
    uint64_t struct_borrowed; /* bit i: parameter i is a struct passed by value whose
                                 pointer fields it only reads (the caller keeps them) */
    uint64_t pointee_nonnull; /* bit i: it dereferences *param on every path before any
                                 check (what the caller puts there must not be NULL) */
    uint64_t pointee_out;     /* bit i: on every path it writes *param without reading
                                 what the caller put there (an out-parameter) */
    uint8_t *pointee_after;   /* when it releases *param: what *param holds after (mc_after) */
    int16_t *pointee_family;  /* when it releases *param: the model family it uses, -1 */
    int nentries;
    mc_entry_effect *entries; /* what it does with pointers in globals and struct fields on entry */
    mc_global_writes writes;  /* the globals it may assign */
    int ndeferred;
    mc_deferred *deferred;    /* verdicts left to the callers: those of functions not
                                 static also in summaries files, without expressions */
};

/* Allocates the per-parameter arrays of s for n parameters (all zero), and
 * sets s->outcome to none. */
void mc_summary_init_params(mc_summary *s, int n);

void mc_summary_free(mc_summary *s);

#endif
