/* summaries.c - function summaries written to and read from JSON (jansson). */
#include "summaries.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "model.h"
#include "rule.h"
#include "util.h"

enum { FORMAT = 8 }; /* 2: conditional effects as mc_cond objects; 3: global_values,
                               returned ranges and parameters; 4: field_spans;
                               5: optional pointer fields keyed by USR; 6: destroyers,
                               field_releases; 7: entries that dangle,
                               pointee_out; 8: entries dereferenced late, out
                               blocks left released on failure */

/* What reading makes for the analysis: expressions naming globals, field names;
 * each usr's entry read first, or null once two entries disagree; and the
 * entries read of functions this run defines, to tell whether they changed. */
typedef struct made_exprs {
    MC_VEC(mc_expr *) exprs;
    MC_VEC(char *) names;
    json_t *by_usr;
    json_t *own;
    json_t *used;      /* usr -> true: functions some file's TUs call without defining */
    bool all_used;     /* a file that does not say what it calls (cache entries) */
} made_exprs;

/* ---- writing ---- */

/* USRs and names as JSON text, whatever their bytes (a static function's USR
 * holds its file's name): see mc_utf8_text. */
static json_t *text(const char *s)
{
    char *t = mc_utf8_text(s);
    json_t *j = json_string(t);
    free(t);
    return j;
}

static json_t *family_json(const mc_family_names *fam, int i)
{
    return i >= 0 && i < fam->n ? text(fam->names[i]) : json_null();
}

static json_t *params_json(const mc_summary *s, const mc_family_names *fam)
{
    json_t *a = json_array();
    for (int i = 0; i < s->nparams; i++) {
        json_t *p = json_pack("{s:i, s:b, s:o, s:i, s:b, s:i, s:o}", "effect", s->param_effect[i], "deref",
                              s->param_deref[i], "family", family_json(fam, s->param_family[i]), "pointee",
                              s->pointee_effect[i], "pointee_deref", s->pointee_deref[i], "pointee_after",
                              s->pointee_after[i], "pointee_family", family_json(fam, s->pointee_family[i]));
        if (!s->param_fields[i].all) { /* absent: it may write any field */
            json_t *names = json_array();
            for (int k = 0; k < s->param_fields[i].n; k++)
                json_array_append_new(names, text(s->param_fields[i].names[k]));
            json_object_set_new(p, "writes_fields", names);
        }
        json_array_append_new(a, p);
    }
    return a;
}

static json_t *entries_json(const mc_summary *s, const mc_family_names *fam)
{
    json_t *a = json_array();
    for (int i = 0; i < s->nentries; i++) {
        const mc_entry_effect *g = &s->entries[i];
        json_t *j = json_pack("{s:b, s:b, s:b, s:b, s:b, s:b, s:o}", "releases", g->releases, "dangles",
                              g->dangles, "derefs", g->derefs, "derefs_late", g->derefs_late, "nonnull", g->nonnull,
                              "keeps", g->keeps, "family", family_json(fam, g->family));
        if (g->global) {
            json_object_set_new(j, "usr", text(g->global->usr));
            json_object_set_new(j, "name", text(g->global->name ? g->global->name : "?"));
        } else {
            json_object_set_new(j, "param", json_integer(g->param));
            json_object_set_new(j, "field", text(g->field ? g->field : "?"));
        }
        json_array_append_new(a, j);
    }
    return a;
}

static const char *const cond_names[] = {"none", "arg", "pred", "out", "global"};

/* A conditional effect's condition as j[key] (none: no key); false when there
 * is none, or it names a symbol other files cannot (no USR). */
static bool set_cond(json_t *j, const char *key, const mc_cond *c)
{
    if (c->on == MC_COND_NONE || (c->on == MC_COND_PRED && !c->pred->usr) ||
        (c->on == MC_COND_GLOBAL && !c->global->usr))
        return false;
    json_t *o = json_pack("{s:s, s:i, s:b, s:I}", "on", cond_names[c->on], "param", c->param, "nonzero", c->nonzero,
                          "value", (json_int_t)c->value);
    if (c->on == MC_COND_PRED)
        json_object_set_new(o, "pred", text(c->pred->usr));
    if (c->on == MC_COND_GLOBAL)
        json_object_set_new(o, "global", text(c->global->usr));
    json_object_set_new(j, key, o);
    return true;
}

/* The effects per side of the result, when the function has any. */
static void set_outcome(json_t *j, const mc_outcome *o, const mc_family_names *fam)
{
    if (o->fails != MC_FAIL_NONE) {
        json_object_set_new(j, "outcome_fails", json_integer(o->fails));
        json_object_set_new(j, "outcome_param", json_integer(o->param));
        json_object_set_new(j, "outcome_ok", json_integer(o->on_ok));
        json_object_set_new(j, "outcome_fail", json_integer(o->on_fail));
    }
    if (o->out_param >= 0) {
        json_object_set_new(j, "out_param", json_integer(o->out_param));
        json_object_set_new(j, "out_family", family_json(fam, o->out_family));
        json_object_set_new(j, "out_always", json_boolean(o->out_always));
        json_object_set_new(j, "out_may_null", json_boolean(o->out_may_null));
        json_object_set_new(j, "out_dangles", json_boolean(o->out_dangles));
    }
}

/* The verdicts a function not static left to its callers, whose calls may be
 * in other shards' files; a static one's callers are all in its own TU. */
static json_t *deferred_json(const mc_symbol *sym, const mc_summary *s)
{
    json_t *list = json_array();
    for (int i = 0; !sym->is_static && i < s->ndeferred; i++) {
        const mc_deferred *d = &s->deferred[i];
        json_t *j = json_pack("{s:s, s:i, s:i, s:o, s:o, s:o, s:o, s:i, s:i}", "rule", mc_rules[d->rule]->id, "param",
                              d->param, "data", d->data, "func", text(d->func_name ? d->func_name : ""), "func_file",
                              text(d->func_file ? d->func_file : ""),
                              "param_name", text(d->param_name ? d->param_name : ""), "file",
                              text(d->loc.file ? d->loc.file : ""), "line", (int)d->loc.line, "col",
                              (int)d->loc.col);
        if (d->bounded)
            json_object_update_new(j, json_pack("{s:I, s:I}", "lo", (json_int_t)d->lo, "hi", (json_int_t)d->hi));
        if (d->text)
            json_object_set_new(j, "text", text(d->text));
        if (d->subject)
            json_object_set_new(j, "subject", text(d->subject));
        if (d->later.file)
            json_object_update_new(j, json_pack("{s:o, s:i, s:i}", "later_file", text(d->later.file), "later_line",
                                                 (int)d->later.line, "later_col", (int)d->later.col));
        json_array_append_new(list, j);
    }
    return list;
}

static json_t *summary_json(const mc_symbol *sym, const mc_summary *s, const mc_family_names *fam)
{
    json_t *j = json_pack("{s:o, s:o, s:b, s:b, s:b, s:b, s:o, s:i, s:b, s:I, s:o, s:o}", "usr", text(sym->usr), "name",
                          text(sym->name), "noreturn", s->noreturn, "returns_owned", s->returns_owned, "may_return_null",
                          s->may_return_null, "returns_nonnull", s->returns_nonnull, "ret_family",
                          family_json(fam, s->ret_family), "ret_fails", s->ret_fails, "returns_const",
                          s->ret_int.is_const, "const_value", (json_int_t)s->ret_int.value, "params", params_json(s, fam),
                          "globals", entries_json(s, fam));
    json_t *writes = json_array();
    for (int i = 0; i < s->writes.n; i++)
        if (s->writes.v[i]->usr)
            json_array_append_new(writes, text(s->writes.v[i]->usr));
    json_object_set_new(j, "writes_globals", writes);
    json_object_set_new(j, "writes_any_global", json_boolean(s->writes.any));
    json_object_set_new(j, "may_not_return", json_boolean(s->may_not_return));
    json_object_set_new(j, "writes_extern_globals", json_boolean(s->writes.extern_globals));
    if (set_cond(j, "guard", &s->guarded.on)) {
        json_object_set_new(j, "released_if_guard", json_integer((json_int_t)s->guarded.released));
        json_object_set_new(j, "deref_if_guard", json_integer((json_int_t)s->guarded.deref));
    }
    if (s->ret_nonheap)
        json_object_set_new(j, "ret_nonheap", json_integer(s->ret_nonheap));
    if (s->elems_borrowed)
        json_object_set_new(j, "elems_borrowed", json_integer((json_int_t)s->elems_borrowed));
    if (s->struct_borrowed)
        json_object_set_new(j, "struct_borrowed", json_integer((json_int_t)s->struct_borrowed));
    if (s->pointee_nonnull)
        json_object_set_new(j, "pointee_nonnull", json_integer((json_int_t)s->pointee_nonnull));
    if (s->pointee_out)
        json_object_set_new(j, "pointee_out", json_integer((json_int_t)s->pointee_out));
    set_cond(j, "returns_test", &s->returns_test);
    if (s->returns_linked)
        json_object_set_new(j, "returns_linked", json_true());
    if (s->ret_int.is_range) {
        json_object_set_new(j, "ret_lo", json_integer((json_int_t)s->ret_int.lo));
        json_object_set_new(j, "ret_hi", json_integer((json_int_t)s->ret_int.hi));
    }
    if (s->ret_int.param >= 0)
        json_object_set_new(j, "returns_param", json_integer(s->ret_int.param));
    if (s->ret_int.split_param >= 0) {
        json_object_set_new(j, "ret_split_param", json_integer(s->ret_int.split_param));
        json_object_set_new(j, "ret_zero_lo", json_integer((json_int_t)s->ret_int.if_zero[0]));
        json_object_set_new(j, "ret_zero_hi", json_integer((json_int_t)s->ret_int.if_zero[1]));
        json_object_set_new(j, "ret_nonzero_lo", json_integer((json_int_t)s->ret_int.if_nonzero[0]));
        json_object_set_new(j, "ret_nonzero_hi", json_integer((json_int_t)s->ret_int.if_nonzero[1]));
    }
    set_cond(j, "when_null", &s->when_null);
    set_cond(j, "when_ok", &s->when_ok);
    set_cond(j, "null_only_if", &s->null_only_if);
    set_cond(j, "owned_only_if", &s->owned_only_if);
    if (s->realloc_param >= 0)
        json_object_set_new(j, "realloc_param", json_integer(s->realloc_param));
    if (s->keeps_variadic)
        json_object_set_new(j, "keeps_variadic", json_true());
    set_outcome(j, &s->outcome, fam);
    json_t *deferred = deferred_json(sym, s);
    if (json_array_size(deferred))
        json_object_set_new(j, "deferred", deferred);
    else
        json_decref(deferred);
    return j;
}

/* The functions these TUs call, or may call through a pointer, and do not
 * define: whether their summaries changing matters to this file's findings. */
static json_t *used_json(const mc_program *p)
{
    json_t *used = json_array();
    for (int i = 0; i < p->symbols.n; i++) {
        const mc_symbol *sym = p->symbols.v[i];
        if (!sym->def && sym->usr && (sym->ncalls || sym->address_taken))
            json_array_append_new(used, text(sym->usr));
    }
    return used;
}

/* The initial values of the globals defined here, for the TUs that declare them
 * extern (the program's constants, see mc_global_constant). */
static json_t *values_json(mc_global *const *globals, int n)
{
    json_t *values = json_array();
    for (int i = 0; i < n; i++) {
        const mc_global *g = globals[i];
        if (g->has_init && !g->is_static && g->usr)
            json_array_append_new(values, json_pack("{s:o, s:I}", "usr", text(g->usr), "value", (json_int_t)g->init));
    }
    return values;
}

static void add_optional(const char *name, bool element, void *list)
{
    json_array_append_new(list, json_pack("{s:o, s:b}", "field", text(name), "element", element));
}

/* A span read back; one that is not whole may hold anything. */
static mc_field_fact field_span_of_json(const json_t *m)
{
    mc_field_fact fact = MC_FIELD_ANY;
    const json_t *lo = json_object_get(m, "lo"), *hi = json_object_get(m, "hi");
    if (json_is_integer(lo) && json_is_integer(hi)) {
        fact.lo = json_integer_value(lo);
        fact.hi = json_integer_value(hi);
    }
    fact.usr = json_string_value(json_object_get(m, "field"));
    return fact;
}

static void add_field_span(mc_field_fact fact, void *list)
{
    json_array_append_new(list, json_pack("{s:o, s:I, s:I}", "field", text(fact.usr), "lo", (json_int_t)fact.lo,
                                          "hi", (json_int_t)fact.hi));
}

static void add_destroyer(const char *usr, bool tests_first, void *list)
{
    json_array_append_new(list, json_pack("{s:o, s:b}", "usr", text(usr), "tests_first", tests_first));
}

static void add_field_release(const char *field, bool guarded, void *list)
{
    json_array_append_new(list, json_pack("{s:o, s:b}", "field", text(field), "guarded", guarded));
}

/* The files that define main() (-1: in any unit): the program's own code
 * sits beside them (mc_program_main_beside). */
static json_t *main_files_json(const mc_program *p, int unit)
{
    json_t *files = json_array();
    for (int i = 0; i < p->funcs.n; i++) {
        const mc_func *f = p->funcs.v[i];
        if (f->sym && !f->sym->is_static && f->name && strcmp(f->name, "main") == 0 && f->loc.file &&
            (unit < 0 || f->unit == unit))
            json_array_append_new(files, text(f->loc.file));
    }
    return files;
}

void *mc_summaries_doc(const mc_program *p, int unit, const mc_family_names *fam)
{
    json_t *funcs = json_array();
    for (int i = 0; i < p->symbols.n; i++) {
        const mc_symbol *sym = p->symbols.v[i];
        const mc_summary *s = sym->summary;
        if (sym->def && s && s->analysed && sym->usr && (unit < 0 || sym->def->unit == unit))
            json_array_append_new(funcs, summary_json(sym, s, fam));
    }
    json_t *doc = json_pack("{s:i, s:o}", "memcheck-summaries", FORMAT, "functions", funcs);
    json_object_set_new(doc, "main_files", main_files_json(p, unit));
    json_t *optional = json_array();
    mc_unit_optional_fields(p, unit, add_optional, optional);
    json_object_set_new(doc, "optional_fields", optional);
    json_t *spans = json_array();
    mc_unit_field_spans(p, unit, add_field_span, spans);
    json_object_set_new(doc, "field_spans", spans);
    json_t *destroyers = json_array();
    mc_unit_destroyers(p, unit, add_destroyer, destroyers);
    json_object_set_new(doc, "destroyers", destroyers);
    json_t *releases = json_array();
    mc_unit_field_releases(p, unit, add_field_release, releases);
    json_object_set_new(doc, "field_releases", releases);
    json_object_set_new(doc, "global_values", unit >= 0 ? values_json(p->units.v[unit]->globals.v, p->units.v[unit]->globals.n)
                                                     : values_json(p->globals.v, p->globals.n));
    if (unit >= 0)
        return doc;
    json_t *written = json_array();
    for (int i = 0; i < p->globals.n; i++)
        if (p->globals.v[i]->written && p->globals.v[i]->usr)
            json_array_append_new(written, text(p->globals.v[i]->usr));
    json_object_set_new(doc, "written_globals", written);
    json_object_set_new(doc, "uses", used_json(p));
    return doc;
}

bool mc_summaries_write(const mc_program *p, const char *path, const mc_family_names *fam)
{
    json_t *doc = mc_summaries_doc(p, -1, fam);
    mc_outfile out;
    FILE *f = mc_outfile_open(&out, path);
    bool ok = f && mc_outfile_close(&out, json_dumpf(doc, f, JSON_COMPACT) == 0);
    json_decref(doc);
    if (!ok)
        fprintf(stderr, "memcheck: error: %s: cannot write the summaries: %s\n", path, strerror(errno));
    return ok;
}

/* ---- reading ---- */

/* json_load_file reads a character at a time: a file of megabytes is read whole. */
void *mc_json_load(const char *path, void *error)
{
    json_error_t *err = error;
    size_t len;
    char *text = mc_read_file(path, &len);
    if (!text) {
        snprintf(err->text, sizeof err->text, "cannot read it");
        err->line = 0;
        return NULL;
    }
    json_t *doc = json_loadb(text, len, 0, err);
    free(text);
    return doc;
}

static const char *text_of(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

static int family_of(const mc_family_names *fam, json_t *v)
{
    return json_is_string(v) ? fam->index_of(fam->ctx, json_string_value(v)) : -1;
}

/* A global's name in messages: an expression of its own, as the callee's was. */
static mc_expr *global_expr(made_exprs *made, mc_global *g)
{
    mc_expr *e = mc_xcalloc(1, sizeof *e);
    e->kind = MC_EX_GLOBAL;
    e->var = -1;
    e->name = g->name;
    e->usr = g->usr;
    e->global = g;
    e->type = g->type;
    MC_VEC_PUSH(made->exprs, e);
    return e;
}

static void read_entries(mc_program *p, mc_summary *s, json_t *list, made_exprs *made, const mc_family_names *fam)
{
    s->entries = mc_xcalloc(json_array_size(list) + 1, sizeof *s->entries);
    size_t i;
    json_t *g;
    json_array_foreach(list, i, g) {
        mc_entry_effect e = {.param = -1, .releases = json_is_true(json_object_get(g, "releases")),
                             .dangles = json_is_true(json_object_get(g, "dangles")),
                             .derefs = json_is_true(json_object_get(g, "derefs")),
                             .derefs_late = json_is_true(json_object_get(g, "derefs_late")),
                             .nonnull = json_is_true(json_object_get(g, "nonnull")),
                             .keeps = json_is_true(json_object_get(g, "keeps")),
                             .family = (int16_t)family_of(fam, json_object_get(g, "family"))};
        if (json_is_integer(json_object_get(g, "param"))) {
            e.param = (int)json_integer_value(json_object_get(g, "param"));
            char *field = mc_xstrdup(text_of(g, "field"));
            MC_VEC_PUSH(made->names, field);
            e.field = field;
        } else {
            mc_global *global = mc_program_lookup_global(p, text_of(g, "usr"));
            if (!global)
                continue; /* no TU here names it: no caller here can hold it */
            e.global = global;
            e.ref = global_expr(made, global);
        }
        s->entries[s->nentries++] = e;
    }
}

static void read_params(mc_summary *s, json_t *params, const mc_family_names *fam)
{
    int n = (int)json_array_size(params);
    mc_summary_init_params(s, n);
    for (int i = 0; i < n; i++) {
        json_t *pj = json_array_get(params, (size_t)i);
        s->param_effect[i] = (uint8_t)json_integer_value(json_object_get(pj, "effect"));
        s->param_deref[i] = json_is_true(json_object_get(pj, "deref"));
        s->param_family[i] = (int16_t)family_of(fam, json_object_get(pj, "family"));
        s->pointee_effect[i] = (uint8_t)json_integer_value(json_object_get(pj, "pointee"));
        s->pointee_deref[i] = json_is_true(json_object_get(pj, "pointee_deref"));
        s->pointee_after[i] = (uint8_t)json_integer_value(json_object_get(pj, "pointee_after"));
        s->pointee_family[i] = (int16_t)family_of(fam, json_object_get(pj, "pointee_family"));
        json_t *names = json_object_get(pj, "writes_fields");
        mc_fieldset *fs = &s->param_fields[i];
        fs->all = !json_is_array(names);
        for (size_t k = 0; !fs->all && k < json_array_size(names); k++) {
            const char *name = json_string_value(json_array_get(names, k));
            if (!name) {
                fs->all = true;
                break;
            }
            fs->names = mc_xrealloc(fs->names, (size_t)(fs->n + 1) * sizeof *fs->names);
            fs->names[fs->n++] = mc_xstrdup(name);
        }
    }
}

static void read_global_writes(mc_program *p, mc_summary *s, json_t *f)
{
    json_t *list = json_object_get(f, "writes_globals");
    s->writes.any = json_is_true(json_object_get(f, "writes_any_global"));
    s->writes.extern_globals = json_is_true(json_object_get(f, "writes_extern_globals"));
    s->writes.v = mc_xcalloc(json_array_size(list) + 1, sizeof *s->writes.v);
    size_t i;
    json_t *g;
    json_array_foreach(list, i, g) {
        mc_global *global = json_is_string(g) ? mc_program_lookup_global(p, json_string_value(g)) : NULL;
        if (global) /* else no TU here names it: no caller here holds it */
            s->writes.v[s->writes.n++] = global;
    }
}

/* A condition as set_cond wrote it; none when it names a predicate or global
 * this program does not have, or is not one. */
static mc_cond cond_of_json(mc_program *p, json_t *o)
{
    mc_cond c = {0};
    const char *on = json_string_value(json_object_get(o, "on"));
    for (int k = MC_COND_ARG; on && k <= MC_COND_GLOBAL; k++)
        if (strcmp(on, cond_names[k]) == 0)
            c.on = (uint8_t)k;
    c.param = (int16_t)json_integer_value(json_object_get(o, "param"));
    c.nonzero = json_is_true(json_object_get(o, "nonzero"));
    c.value = json_integer_value(json_object_get(o, "value"));
    const char *pred = json_string_value(json_object_get(o, "pred"));
    const char *global = json_string_value(json_object_get(o, "global"));
    c.pred = pred ? mc_program_lookup(p, pred) : NULL;
    c.global = global ? mc_program_lookup_global(p, global) : NULL;
    if ((c.on == MC_COND_PRED && !c.pred) || (c.on == MC_COND_GLOBAL && !c.global) || c.param < 0)
        c.on = MC_COND_NONE;
    return c;
}

/* The returned ranges per side of zero of a parameter, if the file has all of them. */
static void read_ret_split(mc_summary *s, json_t *f)
{
    static const char *const keys[4] = {"ret_zero_lo", "ret_zero_hi", "ret_nonzero_lo", "ret_nonzero_hi"};
    int64_t *to[4] = {&s->ret_int.if_zero[0], &s->ret_int.if_zero[1], &s->ret_int.if_nonzero[0], &s->ret_int.if_nonzero[1]};
    json_t *param = json_object_get(f, "ret_split_param");
    s->ret_int.split_param = -1;
    if (!json_is_integer(param) || !s->ret_int.is_range)
        return;
    for (int i = 0; i < 4; i++) {
        json_t *v = json_object_get(f, keys[i]);
        if (!json_is_integer(v))
            return;
        *to[i] = json_integer_value(v);
    }
    if (s->ret_int.if_zero[0] <= s->ret_int.if_zero[1] && s->ret_int.if_nonzero[0] <= s->ret_int.if_nonzero[1])
        s->ret_int.split_param = (int16_t)json_integer_value(param);
}

static mc_outcome outcome_of_json(json_t *f, const mc_family_names *fam, int nparams)
{
    mc_outcome o = {.param = -1, .out_param = -1, .out_family = -1};
    json_t *fails = json_object_get(f, "outcome_fails"), *out = json_object_get(f, "out_param");
    json_int_t param = json_integer_value(json_object_get(f, "outcome_param"));
    json_int_t kind = json_integer_value(fails);
    if ((kind == MC_FAIL_NONZERO || kind == MC_FAIL_NEGATIVE || kind == MC_FAIL_ZERO) &&
        param >= -1 && param < nparams) {
        o.fails = (uint8_t)json_integer_value(fails);
        o.param = (int16_t)param;
        o.on_ok = (uint8_t)json_integer_value(json_object_get(f, "outcome_ok"));
        o.on_fail = (uint8_t)json_integer_value(json_object_get(f, "outcome_fail"));
    }
    if (json_is_integer(out) && json_integer_value(out) >= 0 && json_integer_value(out) < nparams) {
        o.out_param = (int16_t)json_integer_value(out);
        o.out_family = (int16_t)family_of(fam, json_object_get(f, "out_family"));
        o.out_always = json_is_true(json_object_get(f, "out_always"));
        o.out_may_null = json_is_true(json_object_get(f, "out_may_null"));
        o.out_dangles = json_is_true(json_object_get(f, "out_dangles"));
    }
    if (!o.fails && !o.out_always)
        o.out_param = -1; /* a block given on one side only needs the sides */
    return o;
}

/* What a function of another file left to its callers (deferred_json). */
static void read_deferred(mc_program *p, mc_summary *s, json_t *list)
{
    s->deferred = mc_xcalloc(json_array_size(list) + 1, sizeof *s->deferred);
    size_t i;
    json_t *d;
    json_array_foreach(list, i, d) {
        int rule = mc_rule_index(text_of(d, "rule"));
        json_t *lo = json_object_get(d, "lo"), *hi = json_object_get(d, "hi");
        if (rule < 0 || !json_is_integer(json_object_get(d, "param")))
            continue;
        mc_deferred v = {.rule = rule, .param = (int)json_integer_value(json_object_get(d, "param")),
                         .data = (int)json_integer_value(json_object_get(d, "data")),
                         .func_name = mc_program_keep(p, text_of(d, "func")),
                         .param_name = mc_program_keep(p, text_of(d, "param_name")),
                         .func_file = mc_program_keep(p, text_of(d, "func_file")),
                         .loc = {.file = mc_program_keep(p, text_of(d, "file")),
                                 .line = (uint32_t)json_integer_value(json_object_get(d, "line")),
                                 .col = (uint32_t)json_integer_value(json_object_get(d, "col"))},
                         .bounded = json_is_integer(lo) && json_is_integer(hi)};
        v.lo = v.bounded ? json_integer_value(lo) : 0;
        v.hi = v.bounded ? json_integer_value(hi) : 0;
        json_t *words = json_object_get(d, "text"), *subject = json_object_get(d, "subject");
        v.text = json_is_string(words) ? mc_xstrdup(json_string_value(words)) : NULL;
        v.subject = json_is_string(subject) ? mc_xstrdup(json_string_value(subject)) : NULL;
        if (json_is_string(json_object_get(d, "later_file")))
            v.later = (mc_loc){.file = mc_program_keep(p, text_of(d, "later_file")),
                               .line = (uint32_t)json_integer_value(json_object_get(d, "later_line")),
                               .col = (uint32_t)json_integer_value(json_object_get(d, "later_col"))};
        s->deferred[s->ndeferred++] = v;
    }
}

static mc_summary *summary_of_json(mc_program *p, json_t *f, const mc_family_names *fam, made_exprs *made)
{
    mc_summary *s = mc_xcalloc(1, sizeof *s);
    s->analysed = true;
    s->noreturn = json_is_true(json_object_get(f, "noreturn"));
    s->may_not_return = json_is_true(json_object_get(f, "may_not_return"));
    s->returns_owned = json_is_true(json_object_get(f, "returns_owned"));
    s->may_return_null = json_is_true(json_object_get(f, "may_return_null"));
    s->returns_linked = json_is_true(json_object_get(f, "returns_linked"));
    s->when_null = cond_of_json(p, json_object_get(f, "when_null"));
    s->when_ok = cond_of_json(p, json_object_get(f, "when_ok"));
    s->null_only_if = cond_of_json(p, json_object_get(f, "null_only_if"));
    s->owned_only_if = cond_of_json(p, json_object_get(f, "owned_only_if"));
    json_t *rp = json_object_get(f, "realloc_param");
    s->realloc_param = json_is_integer(rp) ? (int16_t)json_integer_value(rp) : -1;
    s->keeps_variadic = json_is_true(json_object_get(f, "keeps_variadic"));
    read_deferred(p, s, json_object_get(f, "deferred"));
    s->returns_nonnull = json_is_true(json_object_get(f, "returns_nonnull"));
    s->ret_family = (int16_t)family_of(fam, json_object_get(f, "ret_family"));
    s->ret_fails = (uint8_t)json_integer_value(json_object_get(f, "ret_fails"));
    s->ret_int.is_const = json_is_true(json_object_get(f, "returns_const"));
    s->ret_int.value = json_integer_value(json_object_get(f, "const_value"));
    json_t *lo = json_object_get(f, "ret_lo"), *hi = json_object_get(f, "ret_hi");
    s->ret_int.is_range = json_is_integer(lo) && json_is_integer(hi) && json_integer_value(lo) <= json_integer_value(hi);
    s->ret_int.lo = s->ret_int.is_range ? json_integer_value(lo) : 0;
    s->ret_int.hi = s->ret_int.is_range ? json_integer_value(hi) : 0;
    json_t *param = json_object_get(f, "returns_param");
    s->ret_int.param = json_is_integer(param) ? (int16_t)json_integer_value(param) : -1;
    read_ret_split(s, f);
    s->pointee_nonnull = (uint64_t)json_integer_value(json_object_get(f, "pointee_nonnull"));
    s->pointee_out = (uint64_t)json_integer_value(json_object_get(f, "pointee_out"));
    s->struct_borrowed = (uint64_t)json_integer_value(json_object_get(f, "struct_borrowed"));
    s->elems_borrowed = (uint64_t)json_integer_value(json_object_get(f, "elems_borrowed"));
    s->ret_nonheap = (uint8_t)json_integer_value(json_object_get(f, "ret_nonheap"));
    s->guarded.on = cond_of_json(p, json_object_get(f, "guard"));
    s->guarded.released = (uint64_t)json_integer_value(json_object_get(f, "released_if_guard"));
    s->guarded.deref = (uint64_t)json_integer_value(json_object_get(f, "deref_if_guard"));
    s->returns_test = cond_of_json(p, json_object_get(f, "returns_test"));
    read_params(s, json_object_get(f, "params"), fam);
    s->outcome = outcome_of_json(f, fam, s->nparams);
    read_entries(p, s, json_object_get(f, "globals"), made, fam);
    read_global_writes(p, s, f);
    return s;
}

/* ---- checking a file read ---- */

/* What a summaries file may hold: each key's type, checked before anything is
 * read so that a file memcheck did not write (or one edited by hand) stops the
 * run with what is wrong and where, not a default taken in silence. */
typedef enum kind { K_BOOL, K_INT, K_STRING, K_FAMILY, K_COND, K_STRINGS, K_PARAMS, K_ENTRIES, K_VALUES } kind;
typedef struct field {
    const char *key;
    kind kind;
} field;

static const field function_fields[] = {
    {"usr", K_STRING}, {"name", K_STRING}, {"noreturn", K_BOOL}, {"may_not_return", K_BOOL},
    {"returns_owned", K_BOOL}, {"may_return_null", K_BOOL}, {"returns_linked", K_BOOL},
    {"returns_nonnull", K_BOOL}, {"returns_const", K_BOOL}, {"keeps_variadic", K_BOOL},
    {"writes_any_global", K_BOOL}, {"writes_extern_globals", K_BOOL}, {"ret_family", K_FAMILY},
    {"ret_fails", K_INT}, {"const_value", K_INT}, {"ret_lo", K_INT}, {"ret_hi", K_INT},
    {"returns_param", K_INT}, {"ret_split_param", K_INT}, {"ret_zero_lo", K_INT}, {"ret_zero_hi", K_INT},
    {"ret_nonzero_lo", K_INT}, {"ret_nonzero_hi", K_INT}, {"realloc_param", K_INT}, {"ret_nonheap", K_INT},
    {"pointee_nonnull", K_INT}, {"pointee_out", K_INT}, {"struct_borrowed", K_INT}, {"elems_borrowed", K_INT},
    {"released_if_guard", K_INT}, {"deref_if_guard", K_INT}, {"when_null", K_COND}, {"when_ok", K_COND},
    {"null_only_if", K_COND}, {"owned_only_if", K_COND}, {"guard", K_COND}, {"returns_test", K_COND},
    {"outcome_fails", K_INT}, {"outcome_param", K_INT}, {"outcome_ok", K_INT}, {"outcome_fail", K_INT},
    {"out_param", K_INT}, {"out_family", K_FAMILY}, {"out_always", K_BOOL}, {"out_may_null", K_BOOL},
    {"params", K_PARAMS}, {"globals", K_ENTRIES}, {"writes_globals", K_STRINGS}, {NULL, K_BOOL}};
static const field param_fields[] = {
    {"effect", K_INT}, {"deref", K_BOOL}, {"family", K_FAMILY}, {"pointee", K_INT}, {"pointee_deref", K_BOOL},
    {"pointee_after", K_INT}, {"pointee_family", K_FAMILY}, {"writes_fields", K_STRINGS}, {NULL, K_BOOL}};
static const field entry_fields[] = {
    {"releases", K_BOOL}, {"dangles", K_BOOL}, {"derefs", K_BOOL}, {"nonnull", K_BOOL}, {"keeps", K_BOOL},
    {"family", K_FAMILY}, {"usr", K_STRING}, {"name", K_STRING}, {"param", K_INT}, {"field", K_STRING}, {NULL, K_BOOL}};
static const field cond_fields[] = {{"on", K_STRING}, {"param", K_INT}, {"nonzero", K_BOOL}, {"value", K_INT},
                                    {"pred", K_STRING}, {"global", K_STRING}, {NULL, K_BOOL}};
static const field value_fields[] = {{"usr", K_STRING}, {"value", K_INT}, {NULL, K_BOOL}};

static const char *const kind_text[] = {"true or false", "an integer",        "a string",
                                        "a string or null", "a condition object", "a list of strings",
                                        "a list of objects", "a list of objects", "a list of objects"};

/* Where checking is: the path to the value (functions[2].params[0].effect),
 * and once it fails, what was expected there. */
typedef struct checker {
    mc_buf where;
    const char *expected;
} checker;

static bool check_object(checker *c, json_t *o, const field *fields);

static bool fails(checker *c, const char *expected)
{
    c->expected = expected;
    return false;
}

static void back_to(checker *c, size_t len)
{
    c->where.len = len;
    c->where.s[len] = '\0';
}

static bool known_cond(json_t *v)
{
    const char *on = json_string_value(json_object_get(v, "on"));
    for (int i = MC_COND_ARG; on && i <= MC_COND_GLOBAL; i++)
        if (strcmp(on, cond_names[i]) == 0)
            return true;
    return false;
}

static bool check_list(checker *c, json_t *v, kind k)
{
    size_t i, len = c->where.len;
    json_t *item;
    json_array_foreach(v, i, item) {
        mc_buf_printf(&c->where, "[%zu]", i);
        if (k == K_STRINGS && !json_is_string(item))
            return fails(c, "a string");
        if (k != K_STRINGS && !json_is_object(item))
            return fails(c, "an object");
        const field *fields = k == K_PARAMS ? param_fields : k == K_VALUES ? value_fields : entry_fields;
        if (k != K_STRINGS && !check_object(c, item, fields))
            return false;
        back_to(c, len);
    }
    return true;
}

static bool check_value(checker *c, json_t *v, kind k)
{
    bool ok = k == K_BOOL     ? json_is_boolean(v)
              : k == K_INT    ? json_is_integer(v)
              : k == K_STRING ? json_is_string(v)
              : k == K_FAMILY ? json_is_string(v) || json_is_null(v)
              : k == K_COND   ? json_is_object(v)
                              : json_is_array(v);
    if (!ok)
        return fails(c, kind_text[k]);
    if (k == K_COND && !check_object(c, v, cond_fields))
        return false;
    if (k == K_COND && !known_cond(v)) {
        mc_buf_printf(&c->where, ".on");
        return fails(c, "\"arg\", \"pred\", \"out\" or \"global\"");
    }
    return k < K_STRINGS || check_list(c, v, k);
}

static bool check_object(checker *c, json_t *o, const field *fields)
{
    size_t len = c->where.len;
    for (const field *f = fields; f->key; f++) {
        json_t *v = json_object_get(o, f->key);
        if (!v)
            continue; /* absent: the writer leaves out what does not hold */
        mc_buf_printf(&c->where, "%s%s", len ? "." : "", f->key);
        if (!check_value(c, v, f->kind))
            return false;
        back_to(c, len);
    }
    return true;
}

/* NULL when doc's functions, written_globals and uses are as memcheck writes
 * them, else what is wrong: where, and what was expected there. */
static char *summaries_problem(json_t *doc)
{
    static const field top[] = {
        {"written_globals", K_STRINGS}, {"uses", K_STRINGS}, {"global_values", K_VALUES}, {NULL, K_BOOL}};
    checker c = {0};
    mc_buf_append(&c.where, "", 0);
    bool ok = true;
    size_t i;
    json_t *f;
    json_array_foreach(json_object_get(doc, "functions"), i, f) {
        mc_buf_printf(&c.where, "functions[%zu]", i);
        if (!json_is_object(f))
            ok = fails(&c, "an object");
        else if (!json_is_string(json_object_get(f, "usr")))
            ok = fails(&c, "an object with a \"usr\" string");
        else
            ok = check_object(&c, f, function_fields);
        if (!ok)
            break;
        back_to(&c, 0);
    }
    ok = ok && check_object(&c, doc, top);
    char *where = mc_buf_detach(&c.where);
    char *problem = ok ? NULL : mc_xasprintf("%s: expected %s", where, c.expected);
    free(where);
    return problem;
}

/* One name may have several definitions, in link targets the shards parsed
 * apart (a library's log_printf and a program's): with no way to tell which one
 * a call here binds to, a name whose summaries differ has none, as a function
 * with no body. */
static bool first_of_its_name(made_exprs *made, mc_symbol *sym, json_t *f)
{
    if (!made->by_usr)
        made->by_usr = json_object();
    json_t *seen = json_object_get(made->by_usr, sym->usr);
    if (!seen) {
        json_object_set(made->by_usr, sym->usr, f);
        return true;
    }
    if (!json_is_null(seen) && !json_equal(seen, f)) {
        json_object_set_new(made->by_usr, sym->usr, json_null());
        mc_summary_free(sym->summary);
        sym->summary = NULL;
    }
    return false;
}

/* What other shards were told of a function defined here: kept to compare. */
static void remember_own(made_exprs *made, const mc_symbol *sym, json_t *f)
{
    if (!made->own)
        made->own = json_object();
    if (!json_object_get(made->own, sym->usr))
        json_object_set(made->own, sym->usr, f);
}

static void note_uses(made_exprs *made, json_t *uses)
{
    if (!json_is_array(uses)) {
        made->all_used = true;
        return;
    }
    if (!made->used)
        made->used = json_object();
    size_t i;
    json_t *u;
    json_array_foreach(uses, i, u)
        if (json_is_string(u))
            json_object_set_new(made->used, json_string_value(u), json_true());
}

bool mc_summaries_read(mc_program *p, const char *path, void *loaded, const mc_family_names *fam, void *made)
{
    json_error_t err;
    json_t *doc = loaded ? json_incref(loaded) : mc_json_load(path, &err);
    json_t *funcs = doc ? json_object_get(doc, "functions") : NULL;
    json_int_t format = json_integer_value(json_object_get(doc, "memcheck-summaries"));
    if (doc && format != FORMAT && json_is_array(funcs)) {
        fprintf(stderr, "memcheck: error: %s: summaries of another memcheck version (format %d, this one reads %d): "
                "write them again\n", path, (int)format, FORMAT);
        json_decref(doc);
        return false;
    }
    if (!doc || format != FORMAT || !json_is_array(funcs)) {
        fprintf(stderr, "memcheck: error: %s:%d: not a memcheck summaries file%s%s\n", path, doc ? 1 : err.line,
                doc ? "" : ": ", doc ? "" : err.text);
        json_decref(doc);
        return false;
    }
    char *problem = summaries_problem(doc);
    if (problem) {
        fprintf(stderr, "memcheck: error: %s: not a memcheck summaries file: %s\n", path, problem);
        free(problem);
        json_decref(doc);
        return false;
    }
    size_t i;
    json_t *f;
    json_array_foreach(funcs, i, f) {
        mc_symbol *sym = mc_program_lookup(p, text_of(f, "usr"));
        if (sym && sym->def) /* a body here speaks for itself */
            remember_own(made, sym, f);
        else if (sym && first_of_its_name(made, sym, f))
            sym->summary = summary_of_json(p, f, fam, made);
    }
    note_uses(made, json_object_get(doc, "uses"));
    json_t *m;
    json_array_foreach(json_object_get(doc, "main_files"), i, m)
        if (json_is_string(m))
            mc_program_note_main(p, json_string_value(m));
    json_array_foreach(json_object_get(doc, "optional_fields"), i, m)
        if (json_is_string(json_object_get(m, "field")))
            mc_program_note_optional_field(p, text_of(m, "field"), json_is_true(json_object_get(m, "element")));
    json_array_foreach(json_object_get(doc, "field_spans"), i, m)
        if (json_is_string(json_object_get(m, "field")))
            mc_program_note_field(p, field_span_of_json(m));
    json_array_foreach(json_object_get(doc, "destroyers"), i, m)
        if (json_is_string(json_object_get(m, "usr")))
            mc_program_note_destroyer(p, text_of(m, "usr"), json_is_true(json_object_get(m, "tests_first")));
    json_array_foreach(json_object_get(doc, "field_releases"), i, m)
        if (json_is_string(json_object_get(m, "field")))
            mc_program_note_field_release(p, text_of(m, "field"), json_is_true(json_object_get(m, "guarded")));
    json_t *g;
    json_array_foreach(json_object_get(doc, "written_globals"), i, g) {
        const char *usr = json_string_value(g);
        mc_global *global = usr ? mc_program_lookup_global(p, usr) : NULL;
        if (global)
            global->written = true;
    }
    json_array_foreach(json_object_get(doc, "global_values"), i, g) {
        mc_global *global = mc_program_lookup_global(p, text_of(g, "usr"));
        json_t *value = json_object_get(g, "value");
        if (global && !global->has_init && json_is_integer(value)) {
            global->has_init = true;
            global->init = json_integer_value(value);
        }
    }
    json_decref(doc);
    return true;
}

char **mc_summaries_changed(const mc_program *p, void *made, const mc_family_names *fam, int *n)
{
    made_exprs *m = made;
    MC_VEC(char *) changed = {0};
    for (int i = 0; i < p->symbols.n && m->own; i++) {
        const mc_symbol *sym = p->symbols.v[i];
        json_t *before = sym->def && sym->usr ? json_object_get(m->own, sym->usr) : NULL;
        if (!before || (!m->all_used && !json_object_get(m->used, sym->usr)))
            continue;
        const mc_summary *s = sym->summary;
        json_t *now = s && s->analysed ? summary_json(sym, s, fam) : json_null();
        if (!json_equal(before, now))
            MC_VEC_PUSH(changed, mc_xstrdup(sym->name));
        json_decref(now);
    }
    *n = changed.n;
    return changed.v;
}

void *mc_summaries_new_made(void)
{
    return mc_xcalloc(1, sizeof(made_exprs));
}

void mc_summaries_free_made(void *made)
{
    made_exprs *m = made;
    if (!m)
        return;
    for (int i = 0; i < m->exprs.n; i++)
        free(m->exprs.v[i]);
    MC_VEC_FREE(m->exprs);
    for (int i = 0; i < m->names.n; i++)
        free(m->names.v[i]);
    MC_VEC_FREE(m->names);
    json_decref(m->by_usr);
    json_decref(m->own);
    json_decref(m->used);
    free(m);
}
