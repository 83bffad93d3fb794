/* exprtext.c - C source text of an IR expression, for messages ("s->buf",
 * "count * sizeof(int)"). */
#include "engine/engine.h"
#include "source.h"

static void put(const mc_expr *e, const mc_func *f, mc_buf *b, int depth, int limit);

/* The expression as written, when the front end kept where it is. */
static bool put_source(const mc_expr *e, mc_buf *b)
{
    size_t len;
    const char *text = e->loc.file ? mc_source_file(e->loc.file, &len) : NULL;
    if (!text || (size_t)e->src_off + e->src_len > len)
        return false;
    mc_buf_append(b, text + e->src_off, e->src_len);
    return true;
}

static void put_kids(const mc_expr *e, const mc_func *f, mc_buf *b, int first, int depth, int limit)
{
    for (int i = first; i < e->nkids; i++) {
        if (i > first)
            mc_buf_printf(b, ", ");
        put(e->kids[i], f, b, depth, limit);
    }
}

static void put_var(const mc_expr *e, const mc_func *f, mc_buf *b)
{
    const char *name = e->var >= 0 && e->var < f->nvars ? f->vars[e->var].name : e->name;
    mc_buf_printf(b, "%s", name ? name : "(value)");
}

static void put(const mc_expr *e, const mc_func *f, mc_buf *b, int depth, int limit)
{
    if (!e || depth > limit) {
        mc_buf_printf(b, "...");
        return;
    }
    depth++;
    switch (e->kind) {
    case MC_EX_INT:
        if (e->src_len && put_source(e, b))
            return;
        if (e->type.kind == MC_TY_INT && !e->type.is_signed)
            mc_buf_printf(b, "%llu", (unsigned long long)e->ival);
        else
            mc_buf_printf(b, "%lld", (long long)e->ival);
        return;
    case MC_EX_NULL: mc_buf_printf(b, "NULL"); return;
    case MC_EX_STR: mc_buf_printf(b, "%s", e->name ? e->name : "\"\""); return;
    case MC_EX_VAR: put_var(e, f, b); return;
    case MC_EX_GLOBAL: mc_buf_printf(b, "%s", e->name ? e->name : "?"); return;
    case MC_EX_CALL:
        if (e->name)
            mc_buf_printf(b, "%s", e->name);
        else
            put(e->kids[0], f, b, depth, limit);
        mc_buf_printf(b, "(");
        put_kids(e, f, b, 1, depth, limit);
        mc_buf_printf(b, ")");
        return;
    case MC_EX_UNARY:
        if (e->op == MC_UN_POSTINC || e->op == MC_UN_POSTDEC) {
            put(e->kids[0], f, b, depth, limit);
            mc_buf_printf(b, "%s", mc_unop_text((mc_unop)e->op));
        } else {
            mc_buf_printf(b, "%s", mc_unop_text((mc_unop)e->op));
            put(e->kids[0], f, b, depth, limit);
        }
        return;
    case MC_EX_BINARY: {
        bool paren = depth > 1;
        mc_buf_printf(b, "%s", paren ? "(" : "");
        put(e->kids[0], f, b, depth, limit);
        mc_buf_printf(b, e->op == MC_BIN_COMMA ? "%s " : " %s ", mc_binop_text((mc_binop)e->op));
        put(e->kids[1], f, b, depth, limit);
        mc_buf_printf(b, "%s", paren ? ")" : "");
        return;
    }
    case MC_EX_MEMBER:
        put(e->kids[0], f, b, depth, limit);
        mc_buf_printf(b, "%s%s", e->arrow ? "->" : ".", e->name ? e->name : "?");
        return;
    case MC_EX_INDEX:
        put(e->kids[0], f, b, depth, limit);
        mc_buf_printf(b, "[");
        put(e->kids[1], f, b, depth, limit);
        mc_buf_printf(b, "]");
        return;
    case MC_EX_CAST:
        put(e->kids[0], f, b, depth - 1, limit);
        return;
    case MC_EX_SIZEOF:
        mc_buf_printf(b, "sizeof(");
        put_kids(e, f, b, 0, depth, limit);
        mc_buf_printf(b, ")");
        return;
    default:
        if (e->nkids == 1)
            put(e->kids[0], f, b, depth, limit);
        else
            mc_buf_printf(b, "...");
        return;
    }
}

/* Longer than this, a message shows the expression's deeper parts as "...":
 * code made of nested macros expands to thousands of characters. */
enum { TEXT_MAX = 100 };

const char *mc_expr_text_buf(const mc_expr *e, const mc_func *f, mc_buf *b)
{
    static const int limits[] = {12, 6, 4, 2, 1};
    size_t start = b->len;
    for (int i = 0; i < (int)(sizeof limits / sizeof *limits); i++) {
        b->len = start;
        if (b->s)
            b->s[start] = '\0';
        put(e, f, b, 0, limits[i]);
        if (b->len - start <= TEXT_MAX)
            break;
    }
    return b->s ? b->s : "";
}
