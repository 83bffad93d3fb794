/* ir.h - the compact IR memcheck keeps of each function: a control-flow graph of
 * statements over expression trees. It is built by the front end (frontend.c)
 * from libclang cursors and outlives the translation unit, so summaries can be
 * computed over the whole program after every TU is parsed. No libclang type
 * appears here. */
#ifndef MC_IR_H
#define MC_IR_H

#include <stdbool.h>
#include <stdint.h>

#include "util.h"

/* A source position; file is an interned path (compare by strcmp). A position
 * a macro's body wrote is where the macro is expanded (file, line, col), and
 * macro_file, macro_line and macro_col are where the body spells it; they are
 * NULL and 0 elsewhere, in a macro's arguments and in system headers' macros. */
typedef struct mc_loc {
    const char *file;
    uint32_t line, col;
    const char *macro_file;
    uint32_t macro_line, macro_col;
} mc_loc;

typedef enum mc_tykind {
    MC_TY_OTHER,
    MC_TY_VOID,
    MC_TY_BOOL,
    MC_TY_INT,      /* any integer or enum type */
    MC_TY_FLOAT,
    MC_TY_PTR,
    MC_TY_ARRAY,
    MC_TY_RECORD,   /* struct or union */
    MC_TY_FUNC,
} mc_tykind;

typedef struct mc_type {
    uint8_t kind;          /* mc_tykind */
    uint8_t is_signed;     /* integers */
    uint8_t pointee_const; /* pointers and arrays: element type is const-qualified */
    uint8_t pointee_kind;  /* pointers and arrays: mc_tykind of the element type */
    uint8_t ptr_depth;     /* pointers: 1 for T*, 2 for T**, ... */
    uint16_t bits;         /* integers and pointers: width on this TU's target */
    const char *name;      /* records: tag name; pointers: pointee's record/typedef name
                              ("FILE", "Buffer"), or NULL */
    const char *spelling;  /* the type as written, e.g. "uint16_t", "size_t" */
} mc_type;

typedef enum mc_exkind {
    MC_EX_INT,      /* integer constant expression; value in ival */
    MC_EX_NULL,     /* null pointer constant (NULL, 0 or (void *)0 in pointer context) */
    MC_EX_STR,      /* string literal; text in name */
    MC_EX_VAR,      /* local variable or parameter: var indexes mc_func.vars */
    MC_EX_GLOBAL,   /* global variable, or a function named as a value; name, usr */
    MC_EX_CALL,     /* kids[0] is the callee, kids[1..] the arguments; sym when direct */
    MC_EX_UNARY,    /* op is an mc_unop; kids[0] */
    MC_EX_BINARY,   /* op is an mc_binop (includes assignments, comma, && and ||) */
    MC_EX_MEMBER,   /* kids[0].name; arrow says '->'; name is the field; op 1 in a union */
    MC_EX_INDEX,    /* kids[0][kids[1]] */
    MC_EX_CAST,     /* (type)kids[0]; implicit casts appear only where the type changes */
    MC_EX_COND,     /* kids[0] ? kids[1] : kids[2] (kids[1] may be NULL for GNU a ?: b) */
    MC_EX_SIZEOF,   /* sizeof/alignof of a non-constant (VLA); kids may be empty */
    MC_EX_INIT,     /* initializer list; kids are the initializers in order */
    MC_EX_OTHER,    /* anything else; kids are its evaluated subexpressions */
} mc_exkind;

typedef enum mc_unop {
    MC_UN_NEG, MC_UN_PLUS, MC_UN_BITNOT, MC_UN_NOT, MC_UN_DEREF, MC_UN_ADDR,
    MC_UN_PREINC, MC_UN_PREDEC, MC_UN_POSTINC, MC_UN_POSTDEC, MC_UN_OTHER,
} mc_unop;

typedef enum mc_binop {
    MC_BIN_MUL, MC_BIN_DIV, MC_BIN_REM, MC_BIN_ADD, MC_BIN_SUB, MC_BIN_SHL, MC_BIN_SHR,
    MC_BIN_LT, MC_BIN_GT, MC_BIN_LE, MC_BIN_GE, MC_BIN_EQ, MC_BIN_NE,
    MC_BIN_AND, MC_BIN_XOR, MC_BIN_OR, MC_BIN_LAND, MC_BIN_LOR,
    MC_BIN_ASSIGN,
    MC_BIN_MUL_ASSIGN, MC_BIN_DIV_ASSIGN, MC_BIN_REM_ASSIGN, MC_BIN_ADD_ASSIGN,
    MC_BIN_SUB_ASSIGN, MC_BIN_SHL_ASSIGN, MC_BIN_SHR_ASSIGN, MC_BIN_AND_ASSIGN,
    MC_BIN_XOR_ASSIGN, MC_BIN_OR_ASSIGN,
    MC_BIN_COMMA, MC_BIN_OTHER,
} mc_binop;

/* For a compound assignment, the arithmetic operator it applies (MC_BIN_OTHER otherwise). */
mc_binop mc_binop_of_compound(mc_binop op);
bool mc_binop_is_assign(mc_binop op);
bool mc_binop_is_compare(mc_binop op);
const char *mc_binop_text(mc_binop op);   /* "*", "<<=", ... */
const char *mc_unop_text(mc_unop op);

typedef struct mc_symbol mc_symbol;

/* A global (or file-static) variable with what the program does to it: a flag
 * that is never written is as good as a constant. */
typedef struct mc_global {
    const char *name;
    const char *usr;
    mc_type type;
    bool is_const;           /* const-qualified */
    bool is_static;          /* internal linkage: only this TU's code names it */
    bool has_init;           /* has an integer constant initializer, in init */
    int64_t init;
    bool written;            /* assigned, incremented or address taken (set at link) */
    bool named_in_init;      /* its address is in a global's or static's initialiser */
    const char *init_fn_usr; /* a function pointer initialised to name a function: its USR */
    mc_symbol *init_fn;      /* ... that function, resolved at link */
    uint64_t seen_at;        /* where the TU's walk first met it (see mc_unit_merge) */
} mc_global;

typedef struct mc_expr mc_expr;
struct mc_expr {
    uint8_t kind;          /* mc_exkind */
    uint8_t op;            /* mc_unop or mc_binop; MEMBER: 1 for a union's member;
                              INIT of a struct: 1 when some elements name their field;
                              OTHER: 1 for such an element (its name: the field) */
    uint8_t arrow;         /* MEMBER: '->' rather than '.' */
    uint8_t is_const;      /* an integer constant expression; value in ival */
    uint8_t ptr_noreturn;  /* CALL through a pointer whose type says the function
                              never returns (`__attribute__((noreturn)) void (*hook)()`) */
    int nkids;
    int var;               /* VAR: index into mc_func.vars, else -1 */
    uint32_t src_off;      /* where its text is in loc.file, when kept (sizeof) */
    uint32_t src_len;
    int64_t ival;          /* value when is_const */
    mc_type type;
    mc_loc loc;
    const char *name;      /* VAR/GLOBAL: identifier; MEMBER: field; CALL: callee name
                              when direct; STR: the literal's text; OTHER: clang's kind,
                              or the field an element of an INIT sets (op = 1) */
    const char *usr;       /* GLOBAL and direct CALL: the callee's/global's USR; MEMBER:
                              the field's USR when it is a pointer (a slot when to a
                              function, mc_member_is_slot) or an integer of a struct
                              the program declares (field_facts.c) */
    mc_symbol *sym;        /* direct CALL: the callee; GLOBAL: the function it names;
                              resolved at link time */
    mc_global *global;     /* GLOBAL variables: resolved at link time */
    mc_expr **kids;
};

typedef enum mc_stkind {
    MC_ST_EXPR,      /* evaluate e for its effects */
    MC_ST_DECL,      /* declaration of var, with initializer e (or NULL) */
    MC_ST_SCOPE_END, /* vars[0..nvars) go out of scope, innermost-declared first */
    MC_ST_RETVAL,    /* evaluate e as the function's return value (cleanups follow) */
} mc_stkind;

typedef struct mc_stmt {
    uint8_t kind;
    bool at_return;      /* SCOPE_END on the way out of the function: leaks are the exit's */
    int var;
    int nvars;
    int *vars;
    mc_expr *e;
    mc_loc loc;
} mc_stmt;

typedef enum mc_termkind {
    MC_TERM_GOTO,        /* succ[0] */
    MC_TERM_BRANCH,      /* cond true -> succ[0], false -> succ[1] */
    MC_TERM_SWITCH,      /* on cond: cases[i] -> case_succ[i]; else succ[0] (default or after) */
    MC_TERM_RETURN,      /* return e (e may be NULL); the function's exit */
    MC_TERM_UNREACHABLE, /* e.g. after __builtin_unreachable() */
} mc_termkind;

typedef struct mc_case {
    int64_t lo, hi;      /* value range (hi == lo except for GNU case ranges) */
    int succ;
} mc_case;

typedef struct mc_block {
    int nstmts;
    mc_stmt *stmts;
    uint8_t term;        /* mc_termkind */
    mc_expr *cond;       /* BRANCH/SWITCH condition; RETURN value */
    int succ[2];
    int ncases;
    mc_case *cases;
    mc_loc term_loc;     /* the if/while/return/closing brace location */
    bool is_loop_head;   /* the condition block of a loop (for widening) */
    int loop_end;        /* loop head: the loop's blocks are [this block, loop_end) */
    int loop_exit;       /* ... but for this one, where the loop goes on to */
} mc_block;

typedef struct mc_var {
    const char *name;
    mc_type type;
    mc_loc loc;
    bool is_param;
    bool is_static;      /* 'static' local: outlives the call, like a global */
    const char *cleanup; /* __attribute__((cleanup(fn))): fn's name, else NULL */
    const char *cleanup_usr;
    mc_symbol *cleanup_sym;
} mc_var;

/* What the source says about a function: attributes and the declared signature.
 * One per distinct function across the program (keyed by USR). */
typedef struct mc_param_info {
    const char *name;
    mc_type type;
} mc_param_info;

typedef struct mc_func mc_func;

struct mc_symbol {
    const char *name;
    const char *usr;
    mc_loc loc;              /* first declaration seen */
    int nparams;
    mc_param_info *params;
    mc_type ret;
    bool variadic;
    bool is_static;
    bool in_system_header;
    /* attributes */
    bool attr_noreturn;
    bool attr_returns_nonnull;        /* returns_nonnull, or a `_Nonnull` result */
    bool attr_malloc;                 /* __attribute__((malloc)) */
    const char *attr_dealloc;         /* __attribute__((malloc(dealloc, n))): dealloc name */
    int attr_dealloc_arg;             /* its 1-based argument, 1 when not given */
    uint64_t attr_nonnull;            /* bit i: parameter i is nonnull (nonnull(i+1), or
                                         nonnull alone on a pointer, or `_Nonnull`) */
    uint8_t attr_alloc_size[2];       /* alloc_size(i [, j]): 1-based size arguments, 0 unused */
    bool attr_ownership_returns;      /* ownership_returns(module) */
    uint64_t attr_ownership_takes;    /* bit i: ownership_takes(module, i+1) */
    uint64_t attr_ownership_holds;    /* bit i: ownership_holds(module, i+1) */
    const char *attr_ownership_module;
    bool exported;           /* declared for export: visibility("default") written on it
                                (or on a macro it uses), or dllexport */
    bool hidden;             /* hidden visibility: by an attribute or -fvisibility=hidden */
    bool used_as_cleanup;    /* named in some __attribute__((cleanup(...))) */
    int ncalls;              /* direct calls to it from other functions (set at link) */
    int ncalls_ending;       /* ... of them whose result ends the program: the status of a
                                call that never returns (`exit(client_main())`), or what
                                main() returns (`return run(argc, argv);`) */
    bool address_taken;      /* named other than as a callee: it may be called from anywhere */
    mc_func *def;            /* the definition, when the program has one */
    void *summary;           /* an mc_summary owned by the engine (checker/engine/) */
    int index;               /* position in mc_program.symbols */
    uint64_t seen_at;        /* where the TU's walk first met it (see mc_unit_merge) */
};

struct mc_func {
    mc_symbol *sym;
    const char *name;
    mc_loc loc;              /* the function's name */
    mc_loc end_loc;          /* the closing brace */
    int nvars;               /* params first: vars[0..sym->nparams) */
    mc_var *vars;
    int nblocks;             /* blocks[0] is the entry */
    mc_block *blocks;
    int unit;                /* index of the TU it came from */
    bool lowering_incomplete;/* the front end met something it could not lower */
    const char *incomplete_why; /* then why, a static string: the function is reported
                               as skipped for it ("nested deeper than 2000 levels") */
    uint64_t seen_at;        /* where the TU's walk met it (see mc_unit_merge) */
};

/* What the TU stores in a function-pointer field of a struct (a slot, named by
 * the field's USR, the same in every TU): in an initialiser (`static const
 * struct ops tcp_ops = { .close = tcp_close };`) or an assignment
 * (`c->close = tcp_close`). fn_usr is the function named, or NULL when the value
 * is anything else (a parameter, a value read elsewhere): then the slot's
 * targets are unknown. A null pointer stores nothing. */
typedef struct mc_slot_fact {
    const char *usr;
    const char *fn_usr;
} mc_slot_fact;

/* What the program can store in an integer field (usr: the field's USR) as
 * lowering sees it whole: the value of an initialiser ([lo, hi] = [v, v]), or
 * anything (MC_FIELD_ANY) when bytes from elsewhere fill the struct
 * (`fread(&h, sizeof h, 1, f)`, `(struct hdr *)buf`). The writes of function
 * bodies are read from the IR (field_facts.c). */
typedef struct mc_field_fact {
    const char *usr;
    int64_t lo, hi;
} mc_field_fact;
#define MC_FIELD_ANY ((mc_field_fact){NULL, INT64_MIN, INT64_MAX})

/* Everything kept of one translation unit. Memory lives in the unit's arena. */
typedef struct mc_unit {
    mc_arena arena;
    const char *file;        /* main file, as in the database */
    MC_VEC(mc_func *) funcs;
    MC_VEC(mc_symbol *) symbols;   /* every function declared or called in the TU */
    MC_VEC(mc_global *) globals;   /* every global variable declared in the TU */
    MC_VEC(const char *) includes; /* every file it included (for --cache) */
    MC_VEC(mc_slot_fact) slot_facts; /* in no order, maybe repeated */
    MC_VEC(mc_field_fact) field_facts; /* in no order, maybe repeated */
    int nerrors;             /* clang error diagnostics */
    char *first_error;       /* "file:line:col: message" of the first one, or NULL */
    double parse_seconds;    /* libclang's parse */
    double lower_seconds;    /* lowering to the IR (and disposing of the AST) */
} mc_unit;

/* The whole program: units linked so that each call knows its callee's symbol. */
typedef struct mc_program {
    MC_VEC(mc_unit *) units;
    MC_VEC(mc_symbol *) symbols;   /* one per distinct function (by USR) */
    MC_VEC(mc_func *) funcs;       /* every definition, once (header functions deduplicated) */
    MC_VEC(mc_global *) globals;   /* one per distinct global (by USR) */
    void *symtab;                  /* hash table usr -> symbol (ir.c) */
    void *globtab;                 /* hash table usr -> global (ir.c) */
    void *deftab;                  /* usr -> its definitions, when it has several (ir.c) */
    void *slottab;                 /* a slot's usr -> the one string that stands for it in
                                      every unit's MEMBER expressions and slot facts (ir.c) */
    bool partial;                  /* some TUs of the database are left out: one of them may
                                      write any global that has external linkage */
    MC_VEC(const char *) main_dirs;/* the directories of the files that define main(), here
                                      or in a summaries file read (kept) */
    MC_VEC(char *) kept;           /* strings read from summaries files that findings name */
    void *optional_fields;         /* names of the pointer fields the program tests for NULL
                                      or sets to NULL: the others it always sets (ir.c) */
    void *field_spans;             /* integer field usr -> the values its writes store
                                      (field_facts.c) */
    void *destroyers;              /* usr of each destroyer that voted (conventions.c) */
    int destroyers_testing;        /* ... that test their argument for NULL first */
    int destroyers_dereferencing;  /* ... that dereference it first */
    void *field_releases;          /* pointer field name -> how the program releases it:
                                      under a test of another field, or not (conventions.c) */
} mc_program;

/* A TU whose function bodies were lowered in parts, by workers that each parsed
 * it: every part holds all of its declarations and a share of its bodies. The
 * merge is the unit one walk would have made: each item once, in the order of
 * seen_at (the top-level declaration it is met in, then the order within it).
 * Takes ownership of the parts; parts[0] becomes the result. */
mc_unit *mc_unit_merge(mc_unit **parts, int n);

void mc_program_init(mc_program *p);
/* Adds a unit (in database order) and takes ownership of it. */
void mc_program_add_unit(mc_program *p, mc_unit *u);
/* Merges symbols across units by USR and resolves every call's sym. An external
 * name defined differently in several units (a library and a program of the same
 * database both defining log_printf) gets a symbol per definition, and a call
 * binds to the one of its own link target: the definition in its own unit, else
 * the one whose file shares the longest directory prefix with the caller's, when
 * only one does; else the name's symbol, which then has no body and keeps the
 * declared attributes that every definition has. */
void mc_program_link(mc_program *p);
/* A copy of s that lives as long as p (for names and paths read from files). */
const char *mc_program_keep(mc_program *p, const char *s);
/* Notes that the program tests pointer field name (element: an element of
 * its array, x->f[i]) for NULL or sets it to NULL; whether it does. */
void mc_program_note_optional_field(mc_program *p, const char *name, bool element);
bool mc_program_field_optional(const mc_program *p, const char *name, bool element);
/* The pointer fields that functions of unit (-1: all) test for NULL or set to NULL. */
void mc_unit_optional_fields(const mc_program *p, int unit, void (*fn)(const char *name, bool element, void *ctx),
                             void *ctx);
/* Whether e is a field that holds a pointer to a function (a slot) the
 * program's structs declare: its usr is the slot's. */
static inline bool mc_member_is_slot(const mc_expr *e)
{
    return e->kind == MC_EX_MEMBER && e->usr && e->type.kind == MC_TY_PTR && e->type.pointee_kind == MC_TY_FUNC &&
           e->type.ptr_depth == 1;
}
/* The most a tally of type t (a count of items made one at a time) is taken to
 * reach: 2^16 below the most its type holds, and below 2^32. Billions of
 * items held in memory come first, or the tally wrapped where it counted. */
int64_t mc_tally_max(const mc_type *t);
/* field_facts.c: calls fn for each write of an integer field by the functions
 * of unit (-1: all) and each fact their lowering noted, with the values it
 * stores (MC_FIELD_ANY: anything). A copy of the field itself is no write. */
void mc_unit_field_writes(const mc_program *p, int unit, void (*fn)(mc_field_fact fact, void *ctx), void *ctx);
/* The same, joined: one fact per field. */
void mc_unit_field_spans(const mc_program *p, int unit, void (*fn)(mc_field_fact fact, void *ctx), void *ctx);
/* Joins what fact stores into what the program knows its field holds. */
void mc_program_note_field(mc_program *p, mc_field_fact fact);
/* Notes the writes of every unit (at link). */
void mc_program_link_fields(mc_program *p);
/* The values integer field e (x->f, x.f) holds wherever the program reads it,
 * when its writes bound them: from 0 (calloc, memset, static storage) to what
 * the writes store. Nothing is known of a run on part of a database. */
bool mc_program_field_bounds(const mc_program *p, const mc_expr *e, int64_t *lo, int64_t *hi);
void mc_program_free_field_spans(mc_program *p);

/* conventions.c: calls fn for each destroy-named function of unit (all units if
 * unit < 0) whose body tests or dereferences its argument, saying which it
 * does first. */
void mc_unit_destroyers(const mc_program *p, int unit, void (*fn)(const char *usr, bool tests_first, void *ctx),
                        void *ctx);
/* Counts one destroyer's vote, once per usr (a summaries file may repeat it). */
void mc_program_note_destroyer(mc_program *p, const char *usr, bool tests_first);
void mc_program_link_destroyers(mc_program *p);
/* Whether the program's destroyers take a live object by convention: at least
 * ten voted, and three in four of them dereference their argument unchecked. */
bool mc_program_destroyers_take_live(const mc_program *p);
void mc_program_free_destroyers(mc_program *p);
/* Calls fn for each release of a pointer field x->f (free(), or the argument a
 * destroy-named callee destroys) in unit (all if unit < 0), saying whether it
 * happens only on one arm of a test of another field of x; a function that
 * also sets x->f is left out (it undoes its own set-up). */
void mc_unit_field_releases(const mc_program *p, int unit, void (*fn)(const char *field, bool guarded, void *ctx),
                            void *ctx);
void mc_program_note_field_release(mc_program *p, const char *field, bool guarded);
/* Whether every release of pointer fields named field (but for set-ups undone)
 * is under a test of another field: that field tracks whether it is set. */
bool mc_program_field_tracked(const mc_program *p, const char *field);
void mc_program_link_field_releases(mc_program *p);
/* Whether e reads a pointer field, x->f or x.f (element: x->f[i]), and its name. */
bool mc_pointer_field(const mc_expr *e, const char **name, bool *element);
/* Notes that the file at path (its directory) defines main(). */
void mc_program_note_main(mc_program *p, const char *path);
/* Whether a file in the directory of path defines main(): the program's own
 * code sits beside it. */
bool mc_program_main_beside(const mc_program *p, const char *path);
mc_symbol *mc_program_lookup(mc_program *p, const char *usr);
mc_symbol *mc_program_lookup_name(mc_program *p, const char *name);
mc_global *mc_program_lookup_global(mc_program *p, const char *usr);
/* The value g holds everywhere, when it has one: a const global with an integer
 * initializer, or one that no function of the program writes or takes the
 * address of (which a run on part of a database cannot know of an extern one). */
bool mc_global_constant(const mc_global *g, int64_t *value);
void mc_program_free(mc_program *p);
void mc_unit_free(mc_unit *u);

/* Debug dump of a function's CFG (used by --dump-ir and tests). */
void mc_func_dump(const mc_func *f, void *FILE_out);
void mc_expr_dump(const mc_expr *e, void *FILE_out);

/* An unsigned integer type of 64 bits: its values above INT64_MAX are held in an
 * int64_t as their bit patterns (negative). */
bool mc_type_is_u64(const mc_type *t);
/* v converted to integer type t as C converts it: cut to t's width, then read
 * as signed or unsigned. A 64-bit type keeps the bit pattern. */
int64_t mc_int_wrap(int64_t v, const mc_type *t);

/* Strips casts (implicit and explicit) and parentheses; returns e itself if none. */
const mc_expr *mc_expr_strip(const mc_expr *e);
bool mc_expr_is_null_const(const mc_expr *e);
/* What e assigns, increments or takes the address of (stripped), or NULL. */
const mc_expr *mc_expr_written(const mc_expr *e);
/* Whether local var only counts up: set to constants >= 0 and incremented by
 * small constants, its address never taken (a loop's tally of items). */
bool mc_var_is_counter(const mc_func *f, int var);
/* The same of e, a field of a local struct (t.count in `struct tally t = {0};`):
 * the struct set whole only by its initialiser, its address never taken. */
bool mc_field_is_counter(const mc_func *f, const mc_expr *e);
/* For every variable of f (out has f->nvars entries): 2 when it is an integer
 * (or _Bool) local that, once positive, stays so: only set to positive constants,
 * incremented, multiplied or shifted up (a capacity doubling from 5:
 * `if (!cap) { cap = 5; v = malloc(...); }`), its address never taken (its
 * declaration's initialiser may be anything); 1 otherwise. One walk of f. */
void mc_func_positive_vars(const mc_func *f, uint8_t *out);
/* Whether pred holds of e or of any expression below it. */
bool mc_expr_any(const mc_expr *e, bool (*pred)(const mc_expr *e, const void *ctx), const void *ctx);
/* The successors of a block: succ[0], then succ[1] of a branch or the cases of
 * a switch (mc_block_succ(b, i) for i below mc_block_nsucc(b)); one may be -1. */
int mc_block_nsucc(const mc_block *b);
int mc_block_succ(const mc_block *b, int i);
/* Predecessors per block (f->nblocks + 1 entries, freed by the caller), the
 * entry counting as one of block 0's. */
int *mc_func_count_preds(const mc_func *f);
/* Calls fn on each statement's expression and each block's cond (a branch's
 * condition, a switch's operand, the value a RETURN block returns) of f: the
 * roots of its expression trees; fn walks below them itself. */
void mc_func_each_root(const mc_func *f, void (*fn)(const mc_expr *e, void *ctx), void *ctx);
/* Whether pred holds of some root of f, in the order mc_func_each_root visits them. */
bool mc_func_any_root(const mc_func *f, bool (*pred)(const mc_expr *e, const void *ctx), const void *ctx);

#endif
