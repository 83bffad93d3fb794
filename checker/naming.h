/* naming.h - the ownership vocabulary of identifiers (SPEC §1.5): words that say
 * a function takes, borrows, creates or destroys, shared by the engine and the
 * naming rules. */
#ifndef MC_NAMING_H
#define MC_NAMING_H

#include <stdbool.h>
#include <stdint.h>

#include "ir.h"

typedef enum mc_word_class {
    MC_WORD_TAKE,
    MC_WORD_VIEW,
    MC_WORD_CREATE,
    MC_WORD_DESTROY,
    MC_WORD_RETAIN,
    MC_WORD_NONNULL,  /* a last word saying the argument is never NULL: sqlite3ExprDeleteNN */
    MC_WORD_TEARDOWN, /* the end of an object's or a module's life: config_cleanup, loop_fini */
    MC_WORD_REFCOUNT, /* a field counting references to its object: s->references, o->ref_count */
    MC_WORD__COUNT
} mc_word_class;

/* What a function's name promises, computed once per function. */
typedef struct mc_names {
    bool take, view, create, destroy;
    uint64_t taken;            /* take: the parameters taken */
    bool taken_alone;          /* ... only because it is the only pointer parameter
                                  (node_sink(Node *)): a body that borrows it on
                                  every path (read_consume(a) reads a stream) says
                                  the verb is about something else */
    bool taken_by_default;     /* ... because no parameter's name is in the name: the
                                  owner pointers after the first (or the only one) */
    int viewed;                /* view: the parameter borrowed, -1 */
    int destroyed;             /* destroy: the parameter released, -1 */
    const char *destroy_word;  /* destroy: the word, e.g. "free", "close" */
    int retained;              /* retain (obj_ref, CFRetain): the parameter whose
                                  count it raises, -1 */
    int closed;                /* a closer beside a destroyer of the same prefix and
                                  type (conn_close next to conn_free): the parameter
                                  it closes and leaves to be freed, -1; set by the
                                  engine, which sees the whole program */
} mc_names;

void mc_names_of(const mc_symbol *s, mc_names *out);

/* Replaces a vocabulary (the defaults are SPEC §1.5's); words are not copied. */
void mc_naming_set_vocabulary(mc_word_class c, const char *const *words, int n);
bool mc_name_has(const char *ident, mc_word_class c);
/* The first word of class c in ident, or NULL ("close" in conn_close). */
const char *mc_name_word(const char *ident, mc_word_class c);
/* Whether ident's last word, width suffixes aside, is its first word of class c
 * (tables_free, ListDestroy, tables_free_8). */
bool mc_name_ends_with(const char *ident, mc_word_class c);
/* The words before the class word joined by '_': "foo" for foo_create and
 * FooCreate; NULL when there are none. The caller frees it. */
char *mc_name_prefix(const char *ident, mc_word_class c);
/* The parameters a take-named function takes, as a bit mask (SPEC §1.5): the one
 * named by the word after the verb, else every pointer after the first, else the
 * only pointer. */
uint64_t mc_taken_params(const mc_symbol *s);
/* The parameter a destroy-named function releases: the pointer parameter named
 * by the word after the verb (free_list) or before it (expr_delete), else its only
 * pointer parameter; -1 when the name says it destroys a part of something
 * (delete_item_from_list) or leaves the choice open. */
int mc_destroyed_param(const mc_symbol *s);
/* The parameter a destroy-named function's call ends, read more loosely, for
 * what the object holds (null-after-free): the destroyed parameter, else the
 * only pointer parameter, to a struct, when each word after the verb is a
 * qualifier or names it in full or abbreviated, by its name or its type's
 * (dispose_context(struct quic_ctx *ctx), free_cfg(Config *c)); -1. */
int mc_disposed_param(const mc_symbol *s);
/* Whether ident names a teardown (config_cleanup, loop_fini, deinit): the end
 * of its argument's life, or with no argument of its module's state. */
bool mc_name_tears_down(const char *ident);
/* The only pointer parameter, to a struct, of a teardown-named function, or
 * of one that releases its insides (message_free_contents); -1. */
int mc_torn_down_param(const mc_symbol *s);
/* The parameter a view-named function borrows: the one named by the word after
 * the verb, else its first pointer parameter; -1 when none. */
int mc_viewed_param(const mc_symbol *s);

#endif
