/* dump.c - the engine's test hook (--debug-engine): what a path knows of memcheck_dump()'s arguments. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The function a test sample declares, never defines, and calls to ask. */
static const char dump_fn[] = "memcheck_dump";

bool is_dump_call(mc_analysis *an, const mc_expr *call)
{
    return an->o->debug_engine && call->name && call->sym && !has_body(call->sym) &&
           strcmp(call->name, dump_fn) == 0;
}

static const char *const origin_names[] = {
    [MC_ORIG_ALLOC] = "alloc", [MC_ORIG_PARAM] = "param",   [MC_ORIG_PLACE] = "place",
    [MC_ORIG_STACK] = "stack", [MC_ORIG_STATIC] = "static", [MC_ORIG_STRLIT] = "string literal",
    [MC_ORIG_ALLOCA] = "alloca", [MC_ORIG_CALL] = "call result",
};
static const char *const status_names[] = {
    [MC_RS_LIVE] = "live", [MC_RS_RELEASED] = "released", [MC_RS_ESCAPED] = "escaped"};
/* What a check found, for a pointer that fails as NULL and for one that fails
 * otherwise (a descriptor's -1, MAP_FAILED). */
static const char *const nullness_names[2][3] = {
    {[MC_NN_UNCHECKED] = "unchecked", [MC_NN_OK] = "non-null", [MC_NN_FAILED] = "null"},
    {[MC_NN_UNCHECKED] = "unchecked", [MC_NN_OK] = "not failed", [MC_NN_FAILED] = "failed"},
};

static void print_flags(mc_buf *b, const mc_val *v)
{
    static const struct { int flag; const char *text; } names[] = {
        {VF_OFFSET, "offset"},          {VF_NONZERO, "nonzero"},        {VF_STATUS, "status of"},
        {VF_PRODUCT_OK, "checked product"}, {VF_TEST_NONNULL, "non-null test of"},
        {VF_TEST_NULL, "null test of"}, {VF_INTERIOR, "interior"},      {VF_TAGGED, "tagged"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!(v->flags & names[i].flag))
            continue;
        mc_buf_printf(b, ", %s", names[i].text);
        if (names[i].flag & (VF_STATUS | VF_TESTS))
            mc_buf_printf(b, " #%d", v->res);
    }
}

static void print_int(mc_buf *b, const mc_val *v, const mc_type *t)
{
    uint64_t lo, hi;
    if (t->kind == MC_TY_INT && !t->is_signed) {
        word_range(*v, t, &lo, &hi);
        if (lo == hi)
            mc_buf_printf(b, "int %llu", (unsigned long long)lo);
        else
            mc_buf_printf(b, "int [%llu, %llu]", (unsigned long long)lo, (unsigned long long)hi);
    } else if (v->lo == v->hi) {
        mc_buf_printf(b, "int %lld", (long long)v->lo);
    } else {
        mc_buf_printf(b, "int [%lld, %lld]", (long long)v->lo, (long long)v->hi);
    }
}

static void print_res(mc_analysis *an, mc_buf *b, const mc_state *st, int id)
{
    const mc_res *r = mc_st_res_c(st, id);
    mc_buf_printf(b, "resource #%d", id);
    if (res_is_summary(an, id))
        mc_buf_printf(b, " (older objects of its site)");
    if (!r) {
        mc_buf_printf(b, " (gone)");
        return;
    }
    mc_buf_printf(b, ": %s", r->origin < sizeof origin_names / sizeof *origin_names ? origin_names[r->origin] : "?");
    if (r->acq_fn)
        mc_buf_printf(b, " by %s()", r->acq_fn);
    if (r->origin == MC_ORIG_PARAM && r->var)
        mc_buf_printf(b, " '%s'", r->var);
    const char *family = mc_family_name(an, r->family);
    if (family)
        mc_buf_printf(b, ", family %s", family);
    mc_buf_printf(b, ", %s", r->status < 3 ? status_names[r->status] : "?");
    if (r->status != MC_RS_LIVE && r->release_fn)
        mc_buf_printf(b, " by %s()", r->release_fn);
    mc_buf_printf(b, ", %s, %s", r->owned ? "owned" : "not owned",
                  r->nullness < 3 ? nullness_names[!fails_as_null(r)][r->nullness] : "?");
    if (r->may_fail)
        mc_buf_printf(b, ", may fail");
    static const struct { size_t off; const char *text; } bits[] = {
        {offsetof(mc_res, taken), "taken"},
        {offsetof(mc_res, linked), "linked"},
        {offsetof(mc_res, stored), "stored"},
        {offsetof(mc_res, moved), "moved"},
        {offsetof(mc_res, via_summary), "via summary"},
        {offsetof(mc_res, realloc_link.lost), "lost by realloc"},
        {offsetof(mc_res, realloc_link.dropped), "realloc dropped"},
        {offsetof(mc_res, owned_if.set), "owned if"},
        {offsetof(mc_res, is_static), "static"},
    };
    for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++)
        if (*(const bool *)((const char *)r + bits[i].off))
            mc_buf_printf(b, ", %s", bits[i].text);
    if (r->realloc_link.old >= 0)
        mc_buf_printf(b, ", reallocates #%d", r->realloc_link.old);
    if (r->ref.count)
        mc_buf_printf(b, ", %d refs", r->ref.count);
}

static void print_value(mc_analysis *an, mc_buf *b, const mc_state *st, const mc_expr *arg, mc_val v)
{
    switch (v.kind) {
    case V_NULL: mc_buf_printf(b, "null"); break;
    case V_RES: print_res(an, b, st, v.res); break;
    case V_INT: print_int(b, &v, &arg->type); break;
    default: mc_buf_printf(b, "unknown"); break;
    }
    print_flags(b, &v);
    if (v.kind == V_INT && v.def && v.def->kind == MC_EX_VAR)
        mc_buf_printf(b, ", shared with %s", mc_expr_text(an, v.def));
}

/* The arguments are evaluated as the program would; the call itself does
 * nothing: no event, nothing escapes, the path goes on as if it were not there. */
mc_val dump_call(mc_analysis *an, mc_state *st, const mc_expr *call)
{
    mc_buf b = {0};
    mc_buf_printf(&b, "%s:%u:%u: note: %s:", call->loc.file ? call->loc.file : "?", call->loc.line, call->loc.col,
                  dump_fn);
    for (int i = 1; i < call->nkids; i++) {
        mc_val v = eval(an, st, call->kids[i]);
        mc_buf_printf(&b, "%s %s = ", i > 1 ? ";" : "", mc_expr_text(an, call->kids[i]));
        print_value(an, &b, st, call->kids[i], v);
    }
    if (call->nkids == 1)
        mc_buf_printf(&b, " reached");
    if (st->err_step >= 0)
        mc_buf_printf(&b, " [error path]");
    mc_dump_line line = {call->loc, an->dumps.n, mc_buf_detach(&b)};
    MC_VEC_PUSH(an->dumps, line);
    return mc_val_unknown();
}

static int by_place(const void *pa, const void *pb)
{
    const mc_dump_line *a = pa, *b = pb;
    int c = strcmp(a->loc.file ? a->loc.file : "", b->loc.file ? b->loc.file : "");
    if (c)
        return c;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    if (a->loc.col != b->loc.col)
        return a->loc.col < b->loc.col ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static bool same_loc(const mc_dump_line *a, const mc_dump_line *b)
{
    return a->loc.line == b->loc.line && a->loc.col == b->loc.col &&
           strcmp(a->loc.file ? a->loc.file : "", b->loc.file ? b->loc.file : "") == 0;
}

/* Prints the lines in source order, at one call in the order the walk reached
 * it, each distinct line once (a loop reaches a call again with what it knew). */
void print_dumps(mc_dump_lines *lines, FILE *out)
{
    if (!lines->n)
        return; /* no memcheck_dump() call: nothing to sort (qsort must not get NULL) */
    qsort(lines->v, (size_t)lines->n, sizeof *lines->v, by_place);
    for (int i = 0; i < lines->n; i++) {
        bool seen = false;
        for (int k = i - 1; k >= 0 && !seen && same_loc(&lines->v[k], &lines->v[i]); k--)
            seen = strcmp(lines->v[k].text, lines->v[i].text) == 0;
        if (!seen)
            fprintf(out, "%s\n", lines->v[i].text);
    }
    for (int i = 0; i < lines->n; i++)
        free(lines->v[i].text);
    MC_VEC_FREE(*lines);
}
