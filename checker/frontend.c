/* frontend.c - parses one translation unit with libclang and lowers each function
 * definition to the IR of ir.h: a CFG whose blocks hold statements over
 * expression trees. Conditions stay whole expressions (the engine splits them);
 * statement-level control flow (if, loops, switch, goto, break, return) becomes
 * edges. Functions from system headers are not lowered, only declared. */
#define _GNU_SOURCE /* memmem */
#include "frontend.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"

/* ---- the per-TU context ---- */

typedef struct strtab {
    const char **v;
    size_t cap, n;
} strtab;

/* A file's name and where its lines start, so that a location's line and
 * column come from its offset: asking clang for them costs a line-table
 * search per call, and lowering asks for every expression. */
typedef struct filemap {
    CXFile file;
    const char *name;
    unsigned *line_starts;  /* offsets; line i (1-based) starts at line_starts[i - 1] */
    unsigned nlines;
    unsigned last_line;     /* the line found last: the next one is usually near it */
    bool system;            /* a system header */
} filemap;

/* What lowering needs of a declaration a call or a reference names, found once. */
typedef struct declinfo {
    const char *name;
    const char *usr;
    bool read;          /* symbol_for() or global_for() has seen this declaration */
    bool field_read;    /* int_field_usr() has judged this field */
    const char *field_usr; /* ... and found its values worth following: usr, or NULL */
} declinfo;

typedef struct label {
    const char *name;
    int block;
} label;

typedef struct bblock {
    MC_VEC(mc_stmt) stmts;
    mc_block b;
    MC_VEC(mc_case) cases;
} bblock;

typedef struct scope {
    MC_VEC(int) vars;
} scope;

typedef struct jump_target {
    int block;
    int scope_depth;   /* scopes that stay alive when jumping there */
} jump_target;

typedef MC_VEC(jump_target) jump_targets;

/* The cursors under one function, with each one's children. */
typedef struct ctree {
    MC_VEC(CXCursor) nodes; /* in pre-order, the function first */
    MC_VEC(int) parent;     /* index in nodes of each one's parent; -1 for the root */
    MC_VEC(int) stack;      /* while walking: the open ancestors */
    int *first, *kids;      /* node i's children are nodes kids[first[i] .. first[i + 1]) */
    int *slots;             /* hash of nodes: 1 + index, 0 when empty */
    size_t nslots, room;    /* slots in use (a power of two), slots allocated */
} ctree;

/* Locations looked up lately, by raw encoding: an expression often starts where
 * its statement or its operand does. */
enum { LOC_CACHE = 4096 };
typedef struct loc_entry {
    uint64_t key;           /* 1 << 32 | the raw location; 0 when empty */
    mc_loc loc;
} loc_entry;

typedef struct lower {
    mc_unit *u;
    CXTranslationUnit tu;
    strtab strs;
    MC_VEC(filemap) files;
    mc_ptrmap file_index;   /* CXFile -> 1 + its index in files */
    int last_file;          /* index in files of the file looked up last, or -1 */
    loc_entry *locs;        /* LOC_CACHE of them */
    mc_ptrmap types;        /* canonical type -> its mc_type (without names) */
    mc_ptrmap decls;        /* declaration -> declinfo, for functions and globals */
    mc_ptrmap symbols;      /* interned USR -> mc_symbol */
    mc_ptrmap globals;      /* interned USR -> mc_global */
    mc_ptrmap decls_read;   /* function declarations whose attributes were read */
    /* the function being lowered */
    mc_func *f;
    MC_VEC(mc_var) vars;
    mc_ptrmap varmap;       /* declaration -> 1 + its index in vars */
    MC_VEC(bblock) blocks;
    MC_VEC(label) labels;
    MC_VEC(scope) scopes;
    jump_targets breaks;
    jump_targets continues;
    int cur;                /* block receiving statements; -1 when unreachable */
    int switch_block;       /* block holding the innermost switch's terminator, -1 */
    bool has_default;
    int depth;              /* statements nested: recursion depth guard */
    int expr_depth;         /* expressions nested: its own guard, so that a statement
                               within the limit has its condition lowered whole */
    ctree tree;             /* the cursors of the function being lowered */
    /* lowering in parts: this part lowers its share of the function bodies */
    int part, nparts;
    uint64_t load[MC_FE_MAX_PARTS]; /* bytes of function bodies given to each part so far */
    uint32_t top;           /* top-level declarations met so far */
    uint64_t next_seen;     /* the seen_at of the next symbol, global or function */
} lower;

/* Statements, and expressions, nested deeper than this are not lowered (the
 * recursion would need more stack than a thread has). Keep the message in step. */
enum { MAX_DEPTH = 2000 };
#define TOO_DEEP "nested deeper than 2000 levels"

/* The function is lowered in part: the engine walks what was lowered and
 * reports the function as skipped, saying why (the first reason met). */
static void cut_short(lower *L, const char *why)
{
    if (!L->f->lowering_incomplete)
        L->f->incomplete_why = why;
    L->f->lowering_incomplete = true;
}

/* ---- interning ---- */

static const char *intern(lower *L, const char *s)
{
    if (!s)
        return NULL;
    if (L->strs.n * 2 >= L->strs.cap) {
        size_t cap = L->strs.cap ? L->strs.cap * 2 : 1024;
        const char **v = mc_xcalloc(cap, sizeof *v);
        for (size_t i = 0; i < L->strs.cap; i++) {
            if (!L->strs.v[i])
                continue;
            size_t h = mc_hash_str(L->strs.v[i]) & (cap - 1);
            while (v[h])
                h = (h + 1) & (cap - 1);
            v[h] = L->strs.v[i];
        }
        free(L->strs.v);
        L->strs.v = v;
        L->strs.cap = cap;
    }
    size_t h = mc_hash_str(s) & (L->strs.cap - 1);
    while (L->strs.v[h]) {
        if (strcmp(L->strs.v[h], s) == 0)
            return L->strs.v[h];
        h = (h + 1) & (L->strs.cap - 1);
    }
    L->strs.n++;
    return L->strs.v[h] = mc_arena_strdup(&L->u->arena, s);
}

static const char *intern_cx(lower *L, CXString cs)
{
    const char *s = clang_getCString(cs);
    const char *r = (s && *s) ? intern(L, s) : NULL;
    clang_disposeString(cs);
    return r;
}

static void index_lines(lower *L, filemap *fm)
{
    size_t size = 0;
    const char *text = clang_getFileContents(L->tu, fm->file, &size);
    MC_VEC(unsigned) starts = {0};
    MC_VEC_PUSH(starts, 0u);
    const char *end = text ? text + size : NULL;
    for (const char *p = text; p && (p = memchr(p, '\n', (size_t)(end - p))); p++)
        MC_VEC_PUSH(starts, (unsigned)(p - text) + 1);
    fm->line_starts = starts.v;
    fm->nlines = (unsigned)starts.n;
}

static filemap *file_of(lower *L, CXFile file)
{
    if (L->last_file >= 0 && L->files.v[L->last_file].file == file)
        return &L->files.v[L->last_file];
    /* a macro's spelling and its expansion alternate between files */
    intptr_t known = (intptr_t)mc_ptrmap_get(&L->file_index, file);
    if (known)
        return &L->files.v[L->last_file = (int)known - 1];
    const char *name = intern_cx(L, clang_File_tryGetRealPathName(file));
    if (!name)
        name = intern_cx(L, clang_getFileName(file));
    bool system = clang_Location_isInSystemHeader(clang_getLocationForOffset(L->tu, file, 0));
    MC_VEC_PUSH(L->files, ((filemap){.file = file, .name = name, .system = system}));
    L->last_file = L->files.n - 1;
    mc_ptrmap_put(&L->file_index, file, (void *)(intptr_t)L->files.n);
    index_lines(L, &L->files.v[L->last_file]);
    return &L->files.v[L->last_file];
}

/* The 0-based line holding offset: near the last one, else a binary search. */
static unsigned line_index(filemap *fm, unsigned offset)
{
    const unsigned *s = fm->line_starts;
    unsigned i = fm->last_line;
    if (i < fm->nlines && s[i] <= offset && (i + 1 == fm->nlines || offset < s[i + 1]))
        return i;
    if (i + 1 < fm->nlines && s[i + 1] <= offset && (i + 2 == fm->nlines || offset < s[i + 2]))
        return fm->last_line = i + 1;
    unsigned lo = 0, hi = fm->nlines; /* the last start <= offset is in [lo, hi) */
    while (hi - lo > 1) {
        unsigned mid = lo + (hi - lo) / 2;
        if (s[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return fm->last_line = lo;
}

static mc_loc file_position(lower *L, CXFile file, unsigned offset)
{
    filemap *fm = file_of(L, file);
    unsigned line = line_index(fm, offset);
    return (mc_loc){.file = fm->name, .line = line + 1, .col = offset - fm->line_starts[line] + 1};
}

/* Where the body of the macro expanded at sl spells it, into loc's macro_*
 * fields: only for a token of the body, whose file location is the expansion
 * (an argument's is where the argument is written), and not in a system
 * header's macro, whose sites are each their own cause. */
static void add_macro_spelling(lower *L, CXSourceLocation sl, CXFile file, unsigned offset, mc_loc *loc)
{
    CXFile spelled, at;
    unsigned s_off, f_off;
    clang_getSpellingLocation(sl, &spelled, NULL, NULL, &s_off);
    if (!spelled || (spelled == file && s_off == offset))
        return;
    clang_getFileLocation(sl, &at, NULL, NULL, &f_off);
    if (at != file || f_off != offset || file_of(L, spelled)->system)
        return;
    mc_loc body = file_position(L, spelled, s_off);
    loc->macro_file = body.file;
    loc->macro_line = body.line;
    loc->macro_col = body.col;
}

static mc_loc expansion_loc(lower *L, CXSourceLocation sl)
{
    CXFile file;
    unsigned offset;
    clang_getExpansionLocation(sl, &file, NULL, NULL, &offset);
    if (!file)
        return (mc_loc){.file = NULL};
    mc_loc loc = file_position(L, file, offset);
    add_macro_spelling(L, sl, file, offset, &loc);
    return loc;
}

/* In one TU a raw location (int_data) names one place in the source. */
static mc_loc loc_of_location(lower *L, CXSourceLocation sl)
{
    uint64_t key = 1ULL << 32 | sl.int_data;
    loc_entry *c = &L->locs[(sl.int_data * 2654435761u) >> 20 & (LOC_CACHE - 1)];
    if (c->key != key) {
        c->key = key;
        c->loc = expansion_loc(L, sl);
    }
    return c->loc;
}

static mc_loc loc_of(lower *L, CXCursor c)
{
    return loc_of_location(L, clang_getCursorLocation(c));
}

/* ---- children ---- */

/* A node's children; most nodes have few, kept without a heap allocation. */
typedef struct cursors {
    CXCursor *v;
    int n, cap;
    CXCursor few[6];
} cursors;

static void cursors_push(cursors *k, CXCursor c)
{
    if (k->n == k->cap) {
        k->cap *= 2;
        if (k->v == k->few)
            k->v = memcpy(mc_xmalloc((size_t)k->cap * sizeof *k->v), k->few, sizeof k->few);
        else
            k->v = mc_xrealloc(k->v, (size_t)k->cap * sizeof *k->v);
    }
    k->v[k->n++] = c;
}

static enum CXChildVisitResult collect_child(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    cursors_push(data, c);
    return CXChildVisit_Continue;
}

static void cursors_free(cursors *k)
{
    if (k->v != k->few)
        free(k->v);
}

static bool same_cursor(CXCursor a, CXCursor b)
{
    return a.kind == b.kind && a.data[0] == b.data[0] && a.data[1] == b.data[1] && a.data[2] == b.data[2];
}

static uint64_t cursor_hash(CXCursor c)
{
    uint64_t h = mc_mix((uint64_t)c.kind, (uint64_t)(uintptr_t)c.data[0]);
    return mc_mix(mc_mix(h, (uint64_t)(uintptr_t)c.data[1]), (uint64_t)(uintptr_t)c.data[2]);
}

static enum CXChildVisitResult record_node(CXCursor c, CXCursor parent, CXClientData data)
{
    ctree *t = data;
    while (t->stack.n > 1 && !same_cursor(t->nodes.v[t->stack.v[t->stack.n - 1]], parent))
        t->stack.n--;
    MC_VEC_PUSH(t->parent, t->stack.v[t->stack.n - 1]);
    MC_VEC_PUSH(t->nodes, c);
    MC_VEC_PUSH(t->stack, t->nodes.n - 1);
    return CXChildVisit_Recurse;
}

/* Lists each node's children in a row (kids[first[i] .. first[i + 1])) and
 * hashes the nodes; a cursor met twice keeps its first place. */
static void index_tree(ctree *t)
{
    int n = t->nodes.n;
    t->first = mc_xrealloc(t->first, (size_t)(n + 2) * sizeof *t->first);
    t->kids = mc_xrealloc(t->kids, (size_t)(n + 1) * sizeof *t->kids);
    memset(t->first, 0, (size_t)(n + 2) * sizeof *t->first);
    for (int i = 1; i < n; i++)
        t->first[t->parent.v[i] + 2]++;
    for (int i = 2; i <= n + 1; i++)
        t->first[i] += t->first[i - 1];
    for (int i = 1; i < n; i++) /* first[p + 1] is where p's next child goes */
        t->kids[t->first[t->parent.v[i] + 1]++] = i;
    size_t want = 16;
    while (want < (size_t)n * 2)
        want *= 2;
    if (want > t->room)
        t->slots = mc_xrealloc(t->slots, (t->room = want) * sizeof *t->slots);
    t->nslots = want;
    memset(t->slots, 0, t->nslots * sizeof *t->slots);
    for (int i = 0; i < n; i++) {
        size_t h = cursor_hash(t->nodes.v[i]) & (t->nslots - 1);
        while (t->slots[h] && !same_cursor(t->nodes.v[t->slots[h] - 1], t->nodes.v[i]))
            h = (h + 1) & (t->nslots - 1);
        if (!t->slots[h])
            t->slots[h] = i + 1;
    }
}

/* Every cursor under a function, from one recursive walk: a
 * clang_visitChildren call per node costs as much set-up inside libclang as
 * the rest of lowering does, so children are looked up here instead. */
static void build_tree(ctree *t, CXCursor root)
{
    t->nodes.n = t->parent.n = t->stack.n = 0;
    MC_VEC_PUSH(t->nodes, root);
    MC_VEC_PUSH(t->parent, -1);
    MC_VEC_PUSH(t->stack, 0);
    clang_visitChildren(root, record_node, t);
    index_tree(t);
}

static int tree_node(const ctree *t, CXCursor c)
{
    if (!t->nodes.n)
        return -1;
    size_t h = cursor_hash(c) & (t->nslots - 1);
    for (; t->slots[h]; h = (h + 1) & (t->nslots - 1))
        if (same_cursor(t->nodes.v[t->slots[h] - 1], c))
            return t->slots[h] - 1;
    return -1;
}

static void tree_free(ctree *t)
{
    MC_VEC_FREE(t->nodes);
    MC_VEC_FREE(t->parent);
    MC_VEC_FREE(t->stack);
    free(t->first);
    free(t->kids);
    free(t->slots);
}

static void visit_children(CXCursor c, cursors *k)
{
    k->v = k->few;
    k->n = 0;
    k->cap = (int)(sizeof k->few / sizeof *k->few);
    clang_visitChildren(c, collect_child, k);
}

/* c's children: from the function's tree when c is in it, else from libclang. */
static void children(lower *L, CXCursor c, cursors *k)
{
    int i = tree_node(&L->tree, c);
    if (i < 0) {
        visit_children(c, k);
        return;
    }
    k->v = k->few;
    k->n = 0;
    k->cap = (int)(sizeof k->few / sizeof *k->few);
    for (int j = L->tree.first[i]; j < L->tree.first[i + 1]; j++)
        cursors_push(k, L->tree.nodes.v[L->tree.kids[j]]);
}

/* ---- types ---- */

static bool is_signed_kind(enum CXTypeKind k)
{
    return k == CXType_Char_S || k == CXType_SChar || k == CXType_Short || k == CXType_Int ||
           k == CXType_Long || k == CXType_LongLong || k == CXType_Int128 || k == CXType_WChar;
}

static bool is_int_kind(enum CXTypeKind k)
{
    return (k >= CXType_Char_U && k <= CXType_UInt128) || (k >= CXType_Char_S && k <= CXType_Int128);
}

static mc_tykind kind_of(CXType t)
{
    switch (t.kind) {
    case CXType_Void: return MC_TY_VOID;
    case CXType_Bool: return MC_TY_BOOL;
    case CXType_Enum: return MC_TY_INT;
    case CXType_Pointer: case CXType_BlockPointer: return MC_TY_PTR;
    case CXType_ConstantArray: case CXType_IncompleteArray:
    case CXType_VariableArray: case CXType_DependentSizedArray: return MC_TY_ARRAY;
    case CXType_Record: return MC_TY_RECORD;
    case CXType_FunctionProto: case CXType_FunctionNoProto: return MC_TY_FUNC;
    case CXType_Float: case CXType_Double: case CXType_LongDouble: case CXType_Float128:
    case CXType_Half: case CXType_Float16: return MC_TY_FLOAT;
    default: return is_int_kind(t.kind) ? MC_TY_INT : MC_TY_OTHER;
    }
}

/* "struct Buffer" -> "Buffer", "const char" -> "char" */
static const char *bare_type_name(lower *L, CXType t)
{
    if (t.kind == CXType_Invalid)
        return NULL;
    CXString cs = clang_getTypeSpelling(clang_getUnqualifiedType(t));
    const char *s = clang_getCString(cs);
    static const char *const prefixes[] = {"const ", "volatile ", "struct ", "union ", "enum "};
    for (size_t i = 0; s && i < sizeof prefixes / sizeof *prefixes; i++)
        if (strncmp(s, prefixes[i], strlen(prefixes[i])) == 0)
            s += strlen(prefixes[i]);
    const char *r = s && *s ? intern(L, s) : NULL;
    clang_disposeString(cs);
    return r;
}

/* The type as memcheck needs it. Names and spellings cost a type printer call,
 * so only declarations (variables, parameters, returns) carry them. */
static mc_type type_of_named(lower *L, CXType t, bool named)
{
    mc_type ty = {0};
    CXType canon = clang_getCanonicalType(t);
    ty.kind = kind_of(canon);
    if (ty.kind == MC_TY_INT) {
        CXType ct = canon;
        if (ct.kind == CXType_Enum)
            ct = clang_getCanonicalType(clang_getEnumDeclIntegerType(clang_getTypeDeclaration(ct)));
        ty.is_signed = is_signed_kind(ct.kind);
        long long size = clang_Type_getSizeOf(ct);
        ty.bits = size > 0 ? (uint16_t)(size * 8) : 32;
        if (named)
            ty.spelling = intern_cx(L, clang_getTypeSpelling(clang_getUnqualifiedType(t)));
    } else if (ty.kind == MC_TY_BOOL) {
        ty.bits = 8;
    } else if (ty.kind == MC_TY_PTR || ty.kind == MC_TY_ARRAY) {
        /* The written type keeps typedef names (FILE); a typedef of a pointer needs the canonical one. */
        CXType outer = (t.kind == CXType_Pointer || t.kind == CXType_ConstantArray) ? t : canon;
        CXType elem = ty.kind == MC_TY_PTR ? clang_getPointeeType(outer) : clang_getArrayElementType(outer);
        if (elem.kind == CXType_Invalid)
            return ty;
        CXType elem_canon = clang_getCanonicalType(elem);
        ty.pointee_const = (uint8_t)clang_isConstQualifiedType(elem_canon);
        ty.pointee_kind = kind_of(elem_canon);
        ty.ptr_depth = 1;
        for (CXType p = elem_canon; p.kind == CXType_Pointer; p = clang_getCanonicalType(clang_getPointeeType(p)))
            ty.ptr_depth++;
        if (named && (ty.pointee_kind == MC_TY_RECORD || ty.pointee_kind == MC_TY_OTHER ||
                      ty.pointee_kind == MC_TY_VOID || ty.pointee_kind == MC_TY_INT))
            ty.name = bare_type_name(L, elem);
        long long size = clang_Type_getSizeOf(canon);
        ty.bits = ty.kind == MC_TY_PTR && size > 0 ? (uint16_t)(size * 8) : 0;
    } else if (ty.kind == MC_TY_RECORD && named) {
        ty.name = bare_type_name(L, t);
    }
    return ty;
}

static mc_type type_of(lower *L, CXType t)
{
    return type_of_named(L, t, true);
}

/* A parameter declared as an array (char *argv[]) is a pointer to its element. */
static mc_type param_type(lower *L, CXType t)
{
    mc_type ty = type_of(L, t);
    if (ty.kind == MC_TY_ARRAY)
        ty.kind = MC_TY_PTR;
    return ty;
}

/* An expression's type, without names: it depends only on the canonical type,
 * so each type as written is worked out once per TU. */
static mc_type expr_type(lower *L, CXType t)
{
    if (!t.data[0])
        return type_of_named(L, t, false);
    mc_type *known = mc_ptrmap_get(&L->types, t.data[0]);
    if (!known) {
        known = mc_arena_alloc(&L->u->arena, sizeof *known);
        *known = type_of_named(L, clang_getCanonicalType(t), false);
        mc_ptrmap_put(&L->types, t.data[0], known);
    }
    return *known;
}

/* ---- constant folding (integer constant expressions) ---- */

static bool fold_binary(mc_expr *e)
{
    mc_expr *a = e->kids[0], *b = e->kids[1];
    if (!a->is_const || !b->is_const)
        return false;
    uint64_t x = (uint64_t)a->ival, y = (uint64_t)b->ival;
    bool u = mc_type_is_u64(&e->type) || mc_type_is_u64(&a->type) || mc_type_is_u64(&b->type);
    uint64_t r;
    switch (e->op) {
    case MC_BIN_MUL: r = x * y; break;
    case MC_BIN_ADD: r = x + y; break;
    case MC_BIN_SUB: r = x - y; break;
    case MC_BIN_DIV:
        if (y == 0) return false;
        r = u ? x / y : (uint64_t)(a->ival == INT64_MIN && b->ival == -1 ? a->ival : a->ival / b->ival);
        break;
    case MC_BIN_REM:
        if (y == 0) return false;
        r = u ? x % y : (uint64_t)(b->ival == -1 ? 0 : a->ival % b->ival);
        break;
    case MC_BIN_SHL: if (y >= 64) return false; r = x << y; break;
    case MC_BIN_SHR: if (y >= 64) return false; r = u || !a->type.is_signed ? x >> y : (uint64_t)(a->ival >> y); break;
    case MC_BIN_AND: r = x & y; break;
    case MC_BIN_OR: r = x | y; break;
    case MC_BIN_XOR: r = x ^ y; break;
    case MC_BIN_LT: r = u ? x < y : a->ival < b->ival; break;
    case MC_BIN_GT: r = u ? x > y : a->ival > b->ival; break;
    case MC_BIN_LE: r = u ? x <= y : a->ival <= b->ival; break;
    case MC_BIN_GE: r = u ? x >= y : a->ival >= b->ival; break;
    case MC_BIN_EQ: r = x == y; break;
    case MC_BIN_NE: r = x != y; break;
    case MC_BIN_LAND: r = x && y; break;
    case MC_BIN_LOR: r = x || y; break;
    case MC_BIN_COMMA: r = y; break;
    default: return false;
    }
    e->ival = mc_int_wrap((int64_t)r, &e->type);
    return true;
}

static bool fold_unary(mc_expr *e)
{
    mc_expr *a = e->kids[0];
    if (!a->is_const)
        return false;
    switch (e->op) {
    case MC_UN_NEG: e->ival = (int64_t)(0 - (uint64_t)a->ival); break;
    case MC_UN_PLUS: e->ival = a->ival; break;
    case MC_UN_BITNOT: e->ival = (int64_t)~(uint64_t)a->ival; break;
    case MC_UN_NOT: e->ival = !a->ival; break;
    default: return false;
    }
    e->ival = mc_int_wrap(e->ival, &e->type);
    return true;
}

static void fold(mc_expr *e)
{
    bool ok = false;
    if (e->type.kind != MC_TY_INT && e->type.kind != MC_TY_BOOL && e->kind != MC_EX_CAST)
        return;
    switch (e->kind) {
    case MC_EX_BINARY: ok = fold_binary(e); break;
    case MC_EX_UNARY: ok = fold_unary(e); break;
    case MC_EX_CAST:
        ok = e->kids[0]->is_const && (e->type.kind == MC_TY_INT || e->type.kind == MC_TY_BOOL);
        if (ok)
            e->ival = e->type.kind == MC_TY_BOOL ? e->kids[0]->ival != 0 : mc_int_wrap(e->kids[0]->ival, &e->type);
        break;
    case MC_EX_COND:
        ok = e->kids[0]->is_const && e->kids[1] && e->kids[1]->is_const && e->kids[2]->is_const;
        if (ok)
            e->ival = e->kids[0]->ival ? e->kids[1]->ival : e->kids[2]->ival;
        break;
    default: break;
    }
    e->is_const = ok;
}

static bool evaluate_int(CXCursor c, int64_t *out)
{
    CXEvalResult r = clang_Cursor_Evaluate(c);
    if (!r)
        return false;
    bool ok = clang_EvalResult_getKind(r) == CXEval_Int;
    if (ok)
        *out = clang_EvalResult_isUnsignedInt(r) ? (int64_t)clang_EvalResult_getAsUnsigned(r)
                                                 : clang_EvalResult_getAsLongLong(r);
    clang_EvalResult_dispose(r);
    return ok;
}

/* ---- expression nodes ---- */

static mc_expr *new_expr(lower *L, mc_exkind kind, CXCursor c, int nkids)
{
    mc_expr *e = mc_arena_alloc(&L->u->arena, sizeof *e);
    e->kind = (uint8_t)kind;
    e->var = -1;
    e->nkids = nkids;
    e->kids = nkids ? mc_arena_alloc(&L->u->arena, (size_t)nkids * sizeof *e->kids) : NULL;
    e->type = expr_type(L, clang_getCursorType(c));
    e->loc = loc_of(L, c);
    return e;
}

static mc_expr *int_expr(lower *L, CXCursor c, int64_t v)
{
    mc_expr *e = new_expr(L, MC_EX_INT, c, 0);
    e->is_const = true;
    e->ival = v;
    return e;
}

static mc_binop binop_of(enum CXBinaryOperatorKind k)
{
    switch (k) {
    case CXBinaryOperator_Mul: return MC_BIN_MUL;
    case CXBinaryOperator_Div: return MC_BIN_DIV;
    case CXBinaryOperator_Rem: return MC_BIN_REM;
    case CXBinaryOperator_Add: return MC_BIN_ADD;
    case CXBinaryOperator_Sub: return MC_BIN_SUB;
    case CXBinaryOperator_Shl: return MC_BIN_SHL;
    case CXBinaryOperator_Shr: return MC_BIN_SHR;
    case CXBinaryOperator_LT: return MC_BIN_LT;
    case CXBinaryOperator_GT: return MC_BIN_GT;
    case CXBinaryOperator_LE: return MC_BIN_LE;
    case CXBinaryOperator_GE: return MC_BIN_GE;
    case CXBinaryOperator_EQ: return MC_BIN_EQ;
    case CXBinaryOperator_NE: return MC_BIN_NE;
    case CXBinaryOperator_And: return MC_BIN_AND;
    case CXBinaryOperator_Xor: return MC_BIN_XOR;
    case CXBinaryOperator_Or: return MC_BIN_OR;
    case CXBinaryOperator_LAnd: return MC_BIN_LAND;
    case CXBinaryOperator_LOr: return MC_BIN_LOR;
    case CXBinaryOperator_Assign: return MC_BIN_ASSIGN;
    case CXBinaryOperator_MulAssign: return MC_BIN_MUL_ASSIGN;
    case CXBinaryOperator_DivAssign: return MC_BIN_DIV_ASSIGN;
    case CXBinaryOperator_RemAssign: return MC_BIN_REM_ASSIGN;
    case CXBinaryOperator_AddAssign: return MC_BIN_ADD_ASSIGN;
    case CXBinaryOperator_SubAssign: return MC_BIN_SUB_ASSIGN;
    case CXBinaryOperator_ShlAssign: return MC_BIN_SHL_ASSIGN;
    case CXBinaryOperator_ShrAssign: return MC_BIN_SHR_ASSIGN;
    case CXBinaryOperator_AndAssign: return MC_BIN_AND_ASSIGN;
    case CXBinaryOperator_XorAssign: return MC_BIN_XOR_ASSIGN;
    case CXBinaryOperator_OrAssign: return MC_BIN_OR_ASSIGN;
    case CXBinaryOperator_Comma: return MC_BIN_COMMA;
    default: return MC_BIN_OTHER;
    }
}

static mc_unop unop_of(enum CXUnaryOperatorKind k)
{
    switch (k) {
    case CXUnaryOperator_PostInc: return MC_UN_POSTINC;
    case CXUnaryOperator_PostDec: return MC_UN_POSTDEC;
    case CXUnaryOperator_PreInc: return MC_UN_PREINC;
    case CXUnaryOperator_PreDec: return MC_UN_PREDEC;
    case CXUnaryOperator_AddrOf: return MC_UN_ADDR;
    case CXUnaryOperator_Deref: return MC_UN_DEREF;
    case CXUnaryOperator_Plus: return MC_UN_PLUS;
    case CXUnaryOperator_Minus: return MC_UN_NEG;
    case CXUnaryOperator_Not: return MC_UN_BITNOT;
    case CXUnaryOperator_LNot: return MC_UN_NOT;
    default: return MC_UN_OTHER;
    }
}

static mc_expr *lower_expr(lower *L, CXCursor c);
static void lower_stmt(lower *L, CXCursor c);
static void set_source_range(mc_expr *e, CXCursor c);
static void lower_branch(lower *L, CXCursor c, int t, int f, mc_loc loc);
static mc_expr *value_via_branches(lower *L, CXCursor c, const cursors *kids);
static mc_symbol *symbol_for(lower *L, CXCursor decl);
static mc_global *global_for(lower *L, CXCursor decl);
static const char *int_field_usr(lower *L, CXCursor field);
static void note_fields_unknown(lower *L, CXType record, int depth);
static CXType record_pointee(CXType t);
static bool read_as_struct(const lower *L, CXType t);
static void note_bytes_filled(lower *L, const mc_expr *call, const cursors *kids);

/* A cursor on a declaration is known by the declaration it stands for. */
static const void *decl_key(CXCursor decl)
{
    return decl.data[0];
}

static int find_var(lower *L, CXCursor decl)
{
    return (int)(intptr_t)mc_ptrmap_get(&L->varmap, decl_key(decl)) - 1;
}

/* The name and USR of a function or global a call or reference names. */
static declinfo *decl_info(lower *L, CXCursor decl)
{
    declinfo *d = mc_ptrmap_get(&L->decls, decl_key(decl));
    if (!d) {
        d = mc_arena_alloc(&L->u->arena, sizeof *d);
        d->name = intern_cx(L, clang_getCursorSpelling(decl));
        d->usr = intern_cx(L, clang_getCursorUSR(decl));
        mc_ptrmap_put(&L->decls, decl_key(decl), d);
    }
    return d;
}

static mc_expr *lower_declref(lower *L, CXCursor c)
{
    CXCursor d = clang_getCursorReferenced(c);
    enum CXCursorKind k = clang_getCursorKind(d);
    if (k == CXCursor_EnumConstantDecl)
        return int_expr(L, c, clang_getEnumConstantDeclValue(d));
    int var = (k == CXCursor_VarDecl || k == CXCursor_ParmDecl) ? find_var(L, d) : -1;
    mc_expr *e = new_expr(L, var >= 0 ? MC_EX_VAR : MC_EX_GLOBAL, c, 0);
    e->var = var;
    if (var >= 0) {
        e->name = L->vars.v[var].name;
    } else if (k == CXCursor_FunctionDecl || k == CXCursor_VarDecl) {
        declinfo *di = decl_info(L, d);
        e->name = di->name;
        e->usr = di->usr;
        if (k == CXCursor_VarDecl && !di->read)
            global_for(L, d);
        di->read |= k == CXCursor_VarDecl;
    } else {
        e->name = intern_cx(L, clang_getCursorSpelling(c));
    }
    return e;
}

/* The last child that is an expression: skips type references and attributes. */
static CXCursor last_expr_child(const cursors *kids)
{
    for (int i = kids->n - 1; i >= 0; i--)
        if (clang_isExpression(clang_getCursorKind(kids->v[i])))
            return kids->v[i];
    return clang_getNullCursor();
}

static bool is_builtin_expect(lower *L, CXCursor call)
{
    CXCursor callee = clang_getCursorReferenced(call);
    if (clang_getCursorKind(callee) != CXCursor_FunctionDecl)
        return false;
    CXString s = clang_getCursorSpelling(callee);
    bool yes = strcmp(clang_getCString(s), "__builtin_expect") == 0;
    clang_disposeString(s);
    return yes;
}

static bool type_says_noreturn(CXType t);

/* The type a call goes through, a function or a pointer to one (a hook, a
 * member, a parameter), says the function never returns. */
static bool points_to_noreturn(CXType callee)
{
    CXType t = clang_getCanonicalType(callee);
    if (t.kind == CXType_Pointer)
        t = clang_getPointeeType(t);
    return (t.kind == CXType_FunctionProto || t.kind == CXType_FunctionNoProto) && type_says_noreturn(t);
}

/* The function a call names: `f(x)`, and `(f)(x)` too, whose parentheses keep
 * a function-like macro of the same name from expanding (`#define realloc(b,
 * s) ((b) == NULL ? malloc(s) : (realloc)(b, s))`); libclang answers only the
 * first. Anything else (a pointer) is the call's own answer. */
static CXCursor called_function(lower *L, CXCursor call, const cursors *kids)
{
    CXCursor callee = clang_getCursorReferenced(call);
    if (clang_getCursorKind(callee) == CXCursor_FunctionDecl || !kids->n)
        return callee;
    CXCursor e = kids->v[0];
    for (int depth = 0; depth < 8; depth++) {
        enum CXCursorKind k = clang_getCursorKind(e);
        if (k == CXCursor_DeclRefExpr) {
            CXCursor d = clang_getCursorReferenced(e);
            return clang_getCursorKind(d) == CXCursor_FunctionDecl ? d : callee;
        }
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr)
            break;
        cursors inner;
        children(L, e, &inner);
        bool one = inner.n == 1;
        if (one)
            e = inner.v[0];
        cursors_free(&inner);
        if (!one)
            break;
    }
    return callee;
}

static mc_expr *lower_call(lower *L, CXCursor c, const cursors *kids)
{
    CXCursor callee = called_function(L, c, kids);
    declinfo *di = clang_getCursorKind(callee) == CXCursor_FunctionDecl ? decl_info(L, callee) : NULL;
    /* __builtin_expect(x, c) is x: branch hints must not hide checks. */
    if (di && di->name && strcmp(di->name, "__builtin_expect") == 0 && kids->n >= 2)
        return lower_expr(L, kids->v[1]);
    mc_expr *e = new_expr(L, MC_EX_CALL, c, kids->n);
    for (int i = 0; i < kids->n; i++)
        e->kids[i] = lower_expr(L, kids->v[i]);
    if (!di && kids->n)
        e->ptr_noreturn = points_to_noreturn(clang_getCursorType(kids->v[0]));
    note_bytes_filled(L, e, kids);
    if (di) {
        e->name = di->name;
        e->usr = di->usr;
        /* each declaration is read once; its attributes add to the symbol's */
        if (!di->read)
            symbol_for(L, callee);
        di->read = true;
    }
    return e;
}

static mc_expr *lower_generic(lower *L, CXCursor c, mc_exkind kind, const cursors *kids)
{
    int n = 0;
    for (int i = 0; i < kids->n; i++)
        if (clang_isExpression(clang_getCursorKind(kids->v[i])) ||
            clang_getCursorKind(kids->v[i]) == CXCursor_CompoundStmt)
            n++;
    mc_expr *e = new_expr(L, kind, c, n);
    n = 0;
    for (int i = 0; i < kids->n; i++)
        if (clang_isExpression(clang_getCursorKind(kids->v[i])))
            e->kids[n++] = lower_expr(L, kids->v[i]);
    e->nkids = n;
    if (kind == MC_EX_OTHER)
        e->name = intern_cx(L, clang_getCursorKindSpelling(clang_getCursorKind(c)));
    return e;
}

/* A GNU statement expression: its statements go into the CFG before the
 * enclosing statement; its value is its last expression. */
static mc_expr *lower_stmt_expr(lower *L, CXCursor c)
{
    cursors kids;
    children(L, c, &kids);
    mc_expr *value = NULL;
    if (kids.n == 1 && clang_getCursorKind(kids.v[0]) == CXCursor_CompoundStmt) {
        cursors body;
        children(L, kids.v[0], &body);
        for (int i = 0; i < body.n; i++) {
            bool last = i == body.n - 1;
            if (last && clang_isExpression(clang_getCursorKind(body.v[i])))
                value = lower_expr(L, body.v[i]);
            else
                lower_stmt(L, body.v[i]);
        }
        cursors_free(&body);
    }
    cursors_free(&kids);
    if (!value)
        value = new_expr(L, MC_EX_OTHER, c, 0);
    return value;
}

static bool is_null_constant(const mc_expr *e)
{
    return e->kind == MC_EX_NULL || (e->is_const && e->ival == 0 && e->type.kind == MC_TY_INT);
}

/* libclang shows va_arg(ap, T) as a conversion of ap (decayed to the
 * __va_list_tag * that va_start and vfprintf take, where va_list is an array). */
static bool mentions_va_list(CXType t)
{
    CXString s = clang_getTypeSpelling(t);
    bool yes = strstr(clang_getCString(s), "va_list") != NULL;
    clang_disposeString(s);
    return yes;
}

/* A va_list variable: an array of __va_list_tag, a pointer to one (a va_list
 * parameter), or a struct __va_list, depending on the target. */
static bool is_va_list_var(const lower *L, const mc_expr *v)
{
    const mc_type *t = v->kind == MC_EX_VAR ? &L->vars.v[v->var].type : NULL;
    return t && (t->kind == MC_TY_ARRAY || t->kind == MC_TY_PTR || t->kind == MC_TY_RECORD) && t->name &&
           strstr(t->name, "va_list");
}

static bool is_va_arg(const lower *L, const mc_expr *sub, CXCursor c)
{
    const mc_expr *v = sub->kind == MC_EX_CAST && sub->nkids == 1 ? sub->kids[0] : sub;
    return is_va_list_var(L, v) && !mentions_va_list(clang_getCanonicalType(clang_getCursorType(c)));
}

static mc_expr *lower_cast(lower *L, CXCursor c, const cursors *kids)
{
    CXCursor inner = last_expr_child(kids);
    if (clang_Cursor_isNull(inner))
        return new_expr(L, MC_EX_OTHER, c, 0);
    mc_expr *sub = lower_expr(L, inner);
    mc_type t = expr_type(L, clang_getCursorType(c));
    if (t.kind == MC_TY_PTR && t.pointee_kind == MC_TY_RECORD && read_as_struct(L, clang_getCursorType(inner)))
        note_fields_unknown(L, record_pointee(clang_getCursorType(c)), 0); /* (struct hdr *)buf: bytes read as fields */
    if (is_va_arg(L, sub, c)) {
        mc_expr *e = new_expr(L, MC_EX_OTHER, c, 1);
        e->name = intern(L, "va_arg");
        e->kids[0] = sub;
        return e;
    }
    if (t.kind == MC_TY_PTR && is_null_constant(sub)) {
        mc_expr *e = new_expr(L, MC_EX_NULL, c, 0);
        return e;
    }
    if (t.kind == sub->type.kind && t.bits == sub->type.bits && t.is_signed == sub->type.is_signed &&
        t.pointee_const == sub->type.pointee_const && t.kind != MC_TY_PTR &&
        clang_getCursorKind(c) == CXCursor_UnexposedExpr)
        return sub;
    if (clang_getCursorKind(c) == CXCursor_UnexposedExpr && t.kind == MC_TY_PTR && sub->type.kind == MC_TY_PTR)
        return sub; /* implicit pointer conversions (void * <-> T *) change nothing we track */
    mc_expr *e = new_expr(L, MC_EX_CAST, c, 1);
    e->kids[0] = sub;
    fold(e);
    return e;
}

/* ---- integer fields: what initialisers and bytes from elsewhere put in them ---- */

/* The USR of an integer field of a struct the program declares, or NULL: not a
 * system header's (the system fills those), not a union's (its members overlay
 * each other). What the program writes to it bounds what it holds. */
static const char *int_field_usr(lower *L, CXCursor field)
{
    if (clang_getCursorKind(field) != CXCursor_FieldDecl)
        return NULL;
    declinfo *d = decl_info(L, field);
    if (!d->field_read) {
        d->field_read = true;
        CXType t = clang_getCanonicalType(clang_getCursorType(field));
        bool in_union = clang_getCursorKind(clang_getCursorSemanticParent(field)) == CXCursor_UnionDecl;
        if ((is_int_kind(t.kind) || t.kind == CXType_Enum) && !in_union &&
            !clang_Location_isInSystemHeader(clang_getCursorLocation(field)))
            d->field_usr = d->usr;
    }
    return d->field_usr;
}

static void note_field(lower *L, CXCursor field, mc_field_fact fact)
{
    fact.usr = int_field_usr(L, field);
    if (fact.usr)
        MC_VEC_PUSH(L->u->field_facts, fact);
}

static enum CXVisitorResult push_field(CXCursor c, CXClientData data);

/* Every integer field of record, and of the structs and arrays of structs it
 * holds, may hold anything. */
static void note_fields_unknown(lower *L, CXType record, int depth)
{
    if (record.kind == CXType_Invalid || depth > 4)
        return;
    record = clang_getCanonicalType(record);
    if (record.kind != CXType_Record)
        return;
    cursors fields;
    fields.v = fields.few, fields.n = 0, fields.cap = (int)(sizeof fields.few / sizeof *fields.few);
    clang_Type_visitFields(record, push_field, &fields);
    for (int i = 0; i < fields.n; i++) {
        CXType t = clang_getCanonicalType(clang_getCursorType(fields.v[i]));
        if (t.kind == CXType_ConstantArray)
            t = clang_getCanonicalType(clang_getArrayElementType(t));
        if (t.kind == CXType_Record)
            note_fields_unknown(L, t, depth + 1);
        else
            note_field(L, fields.v[i], MC_FIELD_ANY);
    }
    cursors_free(&fields);
}

/* The struct a pointer points to, or an invalid type. */
static CXType record_pointee(CXType t)
{
    t = clang_getCanonicalType(t);
    CXType r = t.kind == CXType_Pointer ? clang_getCanonicalType(clang_getPointeeType(t)) : (CXType){0};
    return r.kind == CXType_Record ? r : (CXType){0};
}

/* Whether t points to bytes (char, signed or unsigned char, void), and how. */
static bool points_to_bytes(CXType t, bool *is_void, bool *is_const)
{
    t = clang_getCanonicalType(t);
    if (t.kind != CXType_Pointer)
        return false;
    CXType b = clang_getCanonicalType(clang_getPointeeType(t));
    *is_void = b.kind == CXType_Void;
    *is_const = clang_isConstQualifiedType(b);
    return *is_void || b.kind == CXType_Char_S || b.kind == CXType_Char_U || b.kind == CXType_SChar ||
           b.kind == CXType_UChar;
}

/* A pointer through which a callee may write bytes: char * or void *. */
static bool byte_pointer(CXType t)
{
    bool is_void, is_const;
    return points_to_bytes(t, &is_void, &is_const) && !is_const;
}

/* Whether the function being lowered takes an integer parameter (a length). */
static bool takes_length(const lower *L)
{
    for (int i = 0; L->f && i < L->vars.n && L->vars.v[i].is_param; i++)
        if (L->vars.v[i].type.kind == MC_TY_INT)
            return true;
    return false;
}

/* Whether a pointer of type t cast to a struct pointer reads bytes as the
 * struct: chars, or a `const void *` that comes with a length
 * (parse(const void *data, size_t n)); one without (cmp(const void *a, const
 * void *b), an rb-tree's key) is an object passed through a generic pointer,
 * and a plain void * is what allocators return and callbacks carry. */
static bool read_as_struct(const lower *L, CXType t)
{
    bool is_void, is_const;
    if (!points_to_bytes(t, &is_void, &is_const))
        return false;
    return !is_void || (is_const && takes_length(L));
}

/* `fread(&h, sizeof h, 1, f)`, `memcpy(h, buf, sizeof *h)`, `read(fd, &h,
 * sizeof h)`: a call given a struct's address as bytes to write, a sizeof, and
 * another argument not constant (a memset or bzero fills with a constant) may
 * put anything in the struct's fields. */
static void note_bytes_filled(lower *L, const mc_expr *call, const cursors *kids)
{
    int sizes = 0, variables = 0;
    for (int i = 1; i < call->nkids; i++) {
        const mc_expr *a = mc_expr_strip(call->kids[i]);
        sizes += a->is_const && a->src_len;
        variables += !a->is_const;
    }
    for (int i = 1; sizes && variables > 1 && i < call->nkids; i++) {
        if (!byte_pointer(clang_getCursorType(kids->v[i])))
            continue;
        cursors inner;
        children(L, kids->v[i], &inner);
        CXCursor from = last_expr_child(&inner);
        if (!clang_Cursor_isNull(from))
            note_fields_unknown(L, record_pointee(clang_getCursorType(from)), 0);
        cursors_free(&inner);
    }
}

/* ---- slots: function-pointer fields and what the program stores in them ---- */

/* The USR of field when it is a pointer to a function of a struct the program
 * declares (not a system header's): a slot calls go through (ops->close(c)). */
static const char *slot_usr(lower *L, CXCursor field)
{
    if (clang_getCursorKind(field) != CXCursor_FieldDecl ||
        clang_Location_isInSystemHeader(clang_getCursorLocation(field)))
        return NULL;
    CXType t = clang_getCanonicalType(clang_getCursorType(field));
    if (t.kind != CXType_Pointer)
        return NULL;
    CXType fn = clang_getCanonicalType(clang_getPointeeType(t));
    if (fn.kind != CXType_FunctionProto && fn.kind != CXType_FunctionNoProto)
        return NULL;
    return intern_cx(L, clang_getCursorUSR(field));
}

/* The USR of a pointer field of a struct the program declares: a slot (see
 * slot_usr) or a field whose NULL tests the program makes are its own
 * (mc_program_field_optional), not those of another struct's field of the
 * same name. */
static const char *pointer_field_usr(lower *L, CXCursor field)
{
    if (clang_getCursorKind(field) != CXCursor_FieldDecl ||
        clang_Location_isInSystemHeader(clang_getCursorLocation(field)) ||
        clang_getCanonicalType(clang_getCursorType(field)).kind != CXType_Pointer)
        return NULL;
    return decl_info(L, field)->usr;
}

static void note_slot(lower *L, const char *usr, const char *fn_usr)
{
    MC_VEC_PUSH(L->u->slot_facts, ((mc_slot_fact){usr, fn_usr}));
}

static CXCursor function_named_by(CXCursor e);

/* A null pointer constant spelled in an initialiser (0, NULL, (void *)0). */
static bool null_pointer_cursor(CXCursor e)
{
    for (int depth = 0; depth < 6 && !clang_Cursor_isNull(e); depth++) {
        enum CXCursorKind k = clang_getCursorKind(e);
        int64_t v;
        if (k == CXCursor_IntegerLiteral)
            return evaluate_int(e, &v) && v == 0;
        if (k != CXCursor_UnexposedExpr && k != CXCursor_ParenExpr && k != CXCursor_CStyleCastExpr)
            return false;
        cursors kids;
        visit_children(e, &kids);
        e = last_expr_child(&kids);
        cursors_free(&kids);
    }
    return false;
}

/* An initialiser stores value in slot usr: a function named, or nothing, or
 * something else. */
static void note_slot_init(lower *L, const char *usr, CXCursor value)
{
    CXCursor fn = function_named_by(value);
    mc_symbol *s = clang_Cursor_isNull(fn) ? NULL : symbol_for(L, fn);
    if (s || !null_pointer_cursor(value))
        note_slot(L, usr, s ? s->usr : NULL);
}

static enum CXVisitorResult push_field(CXCursor c, CXClientData data)
{
    cursors_push(data, c);
    return CXVisit_Continue;
}

/* The slots of a struct: a list the walk below cannot map to its fields
 * stores unknown values in all of them. */
static void note_slots_unknown(lower *L, CXType record)
{
    cursors fields;
    fields.v = fields.few, fields.n = 0, fields.cap = (int)(sizeof fields.few / sizeof *fields.few);
    clang_Type_visitFields(clang_getCanonicalType(record), push_field, &fields);
    for (int i = 0; i < fields.n; i++) {
        const char *usr = slot_usr(L, fields.v[i]);
        if (usr)
            note_slot(L, usr, NULL);
    }
    cursors_free(&fields);
}

/* A designated initialiser (`.close = tcp_close`, `.a.b = f`): the field it
 * starts from and the one it sets, and its value. */
static bool designated(CXCursor c, CXCursor *first, CXCursor *field, CXCursor *value)
{
    if (clang_getCursorKind(c) != CXCursor_UnexposedExpr)
        return false;
    cursors kids;
    visit_children(c, &kids);
    bool yes = kids.n >= 2 && clang_getCursorKind(kids.v[0]) == CXCursor_MemberRef;
    if (yes) {
        *first = clang_getCursorReferenced(kids.v[0]);
        *field = clang_getCursorReferenced(kids.v[kids.n - 2]);
        *value = kids.v[kids.n - 1];
        yes = clang_getCursorKind(kids.v[kids.n - 2]) == CXCursor_MemberRef;
    }
    cursors_free(&kids);
    return yes;
}

/* `{ .close = tcp_close, .read = tcp_read }` or `{ tcp_close, tcp_read }` for a
 * struct: what each slot of it is given. Nested lists are lists of their own. */
/* Element i of a lowered struct initialiser, init, sets field: it is wrapped
 * in an OTHER node (a designated one is already: its designator's) that names
 * the field and is marked op = 1, so that the engine stores it there (`struct
 * buf b = {.data = malloc(n)}` owns what b.data holds). A union's members
 * share one place and stay unnamed. */
static void name_init_field(lower *L, mc_expr *init, int i, CXCursor field, bool designated)
{
    if (!init || i >= init->nkids || !init->kids[i])
        return;
    if (clang_getCursorKind(clang_getCursorSemanticParent(field)) == CXCursor_UnionDecl)
        return;
    mc_expr *k = init->kids[i];
    if (!designated) {
        mc_expr *w = new_expr(L, MC_EX_OTHER, field, 1);
        w->kids[0] = k;
        w->loc = k->loc;
        init->kids[i] = k = w;
    }
    if (k->kind != MC_EX_OTHER || k->nkids != 1)
        return;
    k->name = intern_cx(L, clang_getCursorSpelling(field));
    k->type = k->kids[0]->type;
    k->op = 1;
    init->op = 1;
}

static void note_init_list(lower *L, CXCursor list, mc_expr *init)
{
    CXType t = clang_getCanonicalType(clang_getCursorType(list));
    if (t.kind != CXType_Record)
        return;
    cursors fields, kids;
    fields.v = fields.few, fields.n = 0, fields.cap = (int)(sizeof fields.few / sizeof *fields.few);
    clang_Type_visitFields(t, push_field, &fields);
    visit_children(list, &kids);
    int next = 0;
    if (init && init->nkids != kids.n)
        init = NULL; /* not one lowered element per child: nothing is named */
    for (int i = 0; i < kids.n; i++) {
        CXCursor first, field, value = kids.v[i];
        bool nested = false, desig = designated(kids.v[i], &first, &field, &value);
        if (desig) {
            nested = !clang_equalCursors(first, field);
            next = fields.n;
            for (int k = 0; k < fields.n; k++)
                if (clang_equalCursors(fields.v[k], first))
                    next = k + 1;
        } else if (next < fields.n) {
            field = fields.v[next++];
            CXType ft = clang_getCanonicalType(clang_getCursorType(field));
            bool aggregate = ft.kind == CXType_Record || ft.kind == CXType_ConstantArray;
            if (aggregate && clang_getCursorKind(value) != CXCursor_InitListExpr &&
                !clang_equalTypes(ft, clang_getCanonicalType(clang_getCursorType(value)))) {
                /* braces elided: the values that follow fill the member's fields */
                note_slots_unknown(L, t);
                note_fields_unknown(L, t, 0);
                if (ft.kind == CXType_Record)
                    note_slots_unknown(L, ft);
                break;
            }
        } else {
            break;
        }
        if (!nested)
            name_init_field(L, init, i, field, desig);
        const char *usr = slot_usr(L, field);
        if (usr)
            note_slot_init(L, usr, value);
        int64_t v; /* libclang's evaluation crashes on a list (`.n = {5}`) */
        if (int_field_usr(L, field))
            note_field(L, field, clang_getCursorKind(value) != CXCursor_InitListExpr && evaluate_int(value, &v)
                                     ? (mc_field_fact){NULL, v, v}
                                     : MC_FIELD_ANY);
    }
    cursors_free(&kids);
    cursors_free(&fields);
}

/* `x->close = fn` (x.close, a copy of another slot's value) or `&x->close`,
 * once lowered: what slot the store or the address reaches is given. */
static const mc_expr *named_function(const mc_expr *e);

static void note_slot_store(lower *L, const mc_expr *e)
{
    bool assign = e->kind == MC_EX_BINARY && e->op == MC_BIN_ASSIGN;
    bool address = e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR;
    const mc_expr *lhs = (assign || address) ? mc_expr_strip(e->kids[0]) : NULL;
    if (!lhs || !mc_member_is_slot(lhs))
        return;
    if (address) {
        note_slot(L, lhs->usr, NULL); /* written where we cannot see */
        return;
    }
    const mc_expr *v = mc_expr_strip(e->kids[1]), *fn = named_function(v);
    if (fn)
        note_slot(L, lhs->usr, fn->usr);
    else if (!is_null_constant(v) && !(v->kind == MC_EX_MEMBER && v->usr == lhs->usr))
        note_slot(L, lhs->usr, NULL);
}

static mc_expr *lower_member(lower *L, CXCursor c, const cursors *kids)
{
    CXCursor base = last_expr_child(kids);
    mc_expr *e = new_expr(L, MC_EX_MEMBER, c, 1);
    e->name = intern_cx(L, clang_getCursorSpelling(c));
    e->kids[0] = clang_Cursor_isNull(base) ? new_expr(L, MC_EX_OTHER, c, 0) : lower_expr(L, base);
    e->arrow = e->kids[0]->type.kind == MC_TY_PTR;
    CXCursor field = clang_getCursorReferenced(c);
    e->op = !clang_Cursor_isNull(field) && clang_getCursorKind(clang_getCursorSemanticParent(field)) == CXCursor_UnionDecl;
    e->usr = e->type.kind == MC_TY_INT ? int_field_usr(L, field) : pointer_field_usr(L, field);
    return e;
}

static mc_expr *lower_expr_kind(lower *L, CXCursor c, const cursors *kids)
{
    int64_t v;
    switch (clang_getCursorKind(c)) {
    case CXCursor_IntegerLiteral:
    case CXCursor_CharacterLiteral:
        return evaluate_int(c, &v) ? int_expr(L, c, v) : new_expr(L, MC_EX_OTHER, c, 0);
    case CXCursor_StringLiteral: {
        mc_expr *e = new_expr(L, MC_EX_STR, c, 0);
        e->name = intern_cx(L, clang_getCursorSpelling(c));
        return e;
    }
    case CXCursor_DeclRefExpr:
        return lower_declref(L, c);
    case CXCursor_CallExpr:
        return lower_call(L, c, kids);
    case CXCursor_ParenExpr:
        return kids->n ? lower_expr(L, kids->v[0]) : new_expr(L, MC_EX_OTHER, c, 0);
    case CXCursor_UnaryOperator: {
        if (!kids->n)
            break;
        if (clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_Extension)
            return lower_expr(L, kids->v[0]); /* `__extension__ ({ ... })`: glibc's strdupa, tgmath */
        mc_expr *e = new_expr(L, MC_EX_UNARY, c, 1);
        e->op = (uint8_t)unop_of(clang_getCursorUnaryOperatorKind(c));
        e->kids[0] = lower_expr(L, kids->v[0]);
        fold(e);
        note_slot_store(L, e);
        return e;
    }
    case CXCursor_BinaryOperator:
    case CXCursor_CompoundAssignOperator: {
        if (kids->n < 2)
            break;
        enum CXBinaryOperatorKind bk = clang_getCursorBinaryOperatorKind(c);
        if (bk == CXBinaryOperator_LAnd || bk == CXBinaryOperator_LOr)
            return value_via_branches(L, c, kids);
        mc_expr *e = new_expr(L, MC_EX_BINARY, c, 2);
        e->op = (uint8_t)binop_of(clang_getCursorBinaryOperatorKind(c));
        e->kids[0] = lower_expr(L, kids->v[0]);
        e->kids[1] = lower_expr(L, kids->v[1]);
        fold(e);
        note_slot_store(L, e);
        if (e->op == MC_BIN_ASSIGN && e->kids[0]->type.kind == MC_TY_RECORD)
            note_slots_unknown(L, clang_getCursorType(kids->v[0])); /* m = *va_arg(ap, methods *) */
        return e;
    }
    case CXCursor_ConditionalOperator:
        if (kids->n < 3)
            break;
        return value_via_branches(L, c, kids);
    case CXCursor_UnaryExpr: /* sizeof, alignof */
        if (evaluate_int(c, &v)) {
            mc_expr *e = int_expr(L, c, v);
            set_source_range(e, c);
            return e;
        }
        return lower_generic(L, c, MC_EX_SIZEOF, kids);
    case CXCursor_MemberRefExpr:
        return lower_member(L, c, kids);
    case CXCursor_ArraySubscriptExpr: {
        if (kids->n < 2)
            break;
        mc_expr *e = new_expr(L, MC_EX_INDEX, c, 2);
        e->kids[0] = lower_expr(L, kids->v[0]);
        e->kids[1] = lower_expr(L, kids->v[1]);
        return e;
    }
    case CXCursor_CStyleCastExpr:
        return lower_cast(L, c, kids);
    case CXCursor_UnexposedExpr:
        if (kids->n == 1 && clang_isExpression(clang_getCursorKind(kids->v[0])))
            return lower_cast(L, c, kids);
        break;
    case CXCursor_InitListExpr: {
        mc_expr *init = lower_generic(L, c, MC_EX_INIT, kids);
        note_init_list(L, c, init);
        return init;
    }
    case CXCursor_StmtExpr:
        return lower_stmt_expr(L, c);
    default:
        break;
    }
    mc_expr *e = lower_generic(L, c, MC_EX_OTHER, kids);
    /* What we cannot see into but clang can evaluate (offsetof, __builtin_constant_p). */
    if (e->type.kind == MC_TY_INT && evaluate_int(c, &v)) {
        e->is_const = true;
        e->ival = v;
    }
    return e;
}

/* An expression that begins with a macro's argument (`b = realloc(b, n)` of
 * `#define GROW(b, n) b = realloc(b, n)`) is at the expansion, but the caller
 * spelled its first token: it takes the body's spelling of its first operand
 * at the same expansion that has one (the call), the same at every expansion. */
static void inherit_body_spelling(mc_loc *loc, const mc_expr *e)
{
    for (int i = 0; !loc->macro_file && i < e->nkids; i++) {
        const mc_loc *k = e->kids[i] ? &e->kids[i]->loc : NULL;
        if (k && k->macro_file && k->file == loc->file && k->line == loc->line && k->col == loc->col)
            *loc = *k;
    }
}

/* c, whose children the caller has already collected. */
static mc_expr *lower_expr_with(lower *L, CXCursor c, const cursors *kids)
{
    if (++L->expr_depth > MAX_DEPTH) { /* taken as an unknown value */
        L->expr_depth--;
        cut_short(L, TOO_DEEP);
        return new_expr(L, MC_EX_OTHER, c, 0);
    }
    mc_expr *e = lower_expr_kind(L, c, kids);
    L->expr_depth--;
    inherit_body_spelling(&e->loc, e);
    return e;
}

static mc_expr *lower_expr(lower *L, CXCursor c)
{
    cursors kids;
    children(L, c, &kids);
    mc_expr *e = lower_expr_with(L, c, &kids);
    cursors_free(&kids);
    return e;
}

/* ---- CFG construction ---- */

static int new_block(lower *L)
{
    bblock b = {0};
    b.b.term = MC_TERM_UNREACHABLE;
    b.b.succ[0] = b.b.succ[1] = -1;
    MC_VEC_PUSH(L->blocks, b);
    return L->blocks.n - 1;
}

/* Statements after a return/goto/break still need a home; they are unreachable. */
static int current(lower *L)
{
    if (L->cur < 0)
        L->cur = new_block(L);
    return L->cur;
}

/* The block's index first: current() may grow (move) L->blocks. */
static mc_block *current_block(lower *L)
{
    int cur = current(L);
    return &L->blocks.v[cur].b;
}

static void emit(lower *L, mc_stmt s)
{
    int cur = current(L);
    MC_VEC_PUSH(L->blocks.v[cur].stmts, s);
}

static void end_goto(lower *L, int target, mc_loc loc)
{
    if (L->cur < 0)
        return;
    mc_block *b = &L->blocks.v[L->cur].b;
    b->term = MC_TERM_GOTO;
    b->succ[0] = target;
    b->term_loc = loc;
    L->cur = -1;
}

static void end_branch(lower *L, mc_expr *cond, int t, int f, mc_loc loc)
{
    mc_block *b = current_block(L);
    b->term = MC_TERM_BRANCH;
    b->cond = cond;
    b->succ[0] = t;
    b->succ[1] = f;
    b->term_loc = loc;
    L->cur = -1;
}

/* Emits the end of scopes deeper than depth (innermost first). */
static void close_scopes_at(lower *L, int depth, mc_loc loc, bool at_return)
{
    if (L->cur < 0)
        return;
    for (int s = L->scopes.n - 1; s >= depth; s--) {
        scope *sc = &L->scopes.v[s];
        if (!sc->vars.n)
            continue;
        mc_stmt st = {.kind = MC_ST_SCOPE_END, .var = -1, .loc = loc, .nvars = sc->vars.n, .at_return = at_return};
        st.vars = mc_arena_alloc(&L->u->arena, (size_t)sc->vars.n * sizeof *st.vars);
        for (int i = 0; i < sc->vars.n; i++)
            st.vars[i] = sc->vars.v[sc->vars.n - 1 - i];
        emit(L, st);
    }
}

static void close_scopes(lower *L, int depth, mc_loc loc)
{
    close_scopes_at(L, depth, loc, false);
}

static void push_scope(lower *L)
{
    scope s = {0};
    MC_VEC_PUSH(L->scopes, s);
}

static void pop_scope(lower *L, mc_loc loc)
{
    close_scopes(L, L->scopes.n - 1, loc);
    MC_VEC_FREE(L->scopes.v[L->scopes.n - 1].vars);
    L->scopes.n--;
}

/* The closing brace: the extent ends just past it. */
static mc_loc end_loc_of(lower *L, CXCursor c)
{
    mc_loc loc = loc_of_location(L, clang_getRangeEnd(clang_getCursorExtent(c)));
    if (loc.col > 1)
        loc.col--;
    return loc;
}

static int add_var(lower *L, CXCursor decl, bool is_param)
{
    mc_var v = {0};
    v.name = intern_cx(L, clang_getCursorSpelling(decl));
    v.type = is_param ? param_type(L, clang_getCursorType(decl)) : type_of(L, clang_getCursorType(decl));
    v.loc = loc_of(L, decl);
    v.is_param = is_param;
    v.is_static = !is_param && clang_Cursor_getStorageClass(decl) == CX_SC_Static;
    MC_VEC_PUSH(L->vars, v);
    mc_ptrmap_put(&L->varmap, decl_key(decl), (void *)(intptr_t)L->vars.n);
    return L->vars.n - 1;
}

/* The first identifier of an attribute's tokens ("cleanup", "nonnull", ...),
 * and the tokens themselves for the caller to read its arguments. */
typedef struct attr_tokens {
    CXToken *toks;      /* the tokens read (for disposal) */
    CXToken *at;        /* the attribute's name among them, after a scope (`gnu::`) */
    unsigned n;         /* the attribute's tokens, from at */
    unsigned after;     /* tokens read from at on */
    unsigned total;     /* tokens read */
    CXTranslationUnit tu;
} attr_tokens;

/* An attribute's tokens where they are spelled, possibly inside a macro's
 * definition. Its extent may end at the expansion site, in another part of the
 * file or another file, so we read from where its name is spelled: the name and
 * its parenthesised arguments, at most 256 bytes of them. */
/* How many tokens make `name` or `name ( ... )`. */
static unsigned attr_length(CXTranslationUnit tu, CXToken *toks, unsigned n)
{
    if (n < 2)
        return n;
    int depth = 0;
    for (unsigned i = 1; i < n; i++) {
        CXString s = clang_getTokenSpelling(tu, toks[i]);
        const char *text = clang_getCString(s);
        if (i == 1 && strcmp(text, "(") != 0) {
            clang_disposeString(s);
            return 1;
        }
        depth += strcmp(text, "(") == 0 ? 1 : strcmp(text, ")") == 0 ? -1 : 0;
        clang_disposeString(s);
        if (depth == 0)
            return i + 1;
    }
    return n;
}

static bool token_is(CXTranslationUnit tu, CXToken tok, const char *text)
{
    CXString s = clang_getTokenSpelling(tu, tok);
    bool yes = strcmp(clang_getCString(s), text) == 0;
    clang_disposeString(s);
    return yes;
}

static attr_tokens tokens_of(CXTranslationUnit tu, CXCursor c)
{
    attr_tokens t = {NULL, NULL, 0, 0, 0, tu};
    CXFile file;
    unsigned start;
    clang_getSpellingLocation(clang_getRangeStart(clang_getCursorExtent(c)), &file, NULL, NULL, &start);
    size_t size = 0;
    if (!file || !clang_getFileContents(tu, file, &size))
        return t;
    unsigned end = start + 256 < size ? start + 256 : (unsigned)size;
    CXSourceRange spelled = clang_getRange(clang_getLocationForOffset(tu, file, start),
                                           clang_getLocationForOffset(tu, file, end));
    clang_tokenize(tu, spelled, &t.toks, &t.total);
    /* [[gnu::nonnull(1)]]: the name follows its scope */
    unsigned skip = t.total >= 3 && token_is(tu, t.toks[1], "::") ? 2 : 0;
    t.at = t.toks ? t.toks + skip : NULL;
    t.after = t.total - skip;
    t.n = attr_length(tu, t.at, t.after);
    return t;
}

static void tokens_free(attr_tokens *t)
{
    if (t->toks)
        clang_disposeTokens(t->tu, t->toks, t->total);
}

static const char *token_text(lower *L, attr_tokens *t, unsigned i)
{
    return i < t->n ? intern_cx(L, clang_getTokenSpelling(t->tu, t->at[i])) : NULL;
}

/* `__nonnull__ params` inside a macro's definition: the arguments are the
 * macro's, out of reach of the tokens. */
static bool args_in_macro(const attr_tokens *t)
{
    if (t->n != 1 || t->after < 2)
        return false;
    CXString s = clang_getTokenSpelling(t->tu, t->at[1]);
    const char *next = clang_getCString(s);
    bool ident = next && (next[0] == '_' || (next[0] >= 'a' && next[0] <= 'z') || (next[0] >= 'A' && next[0] <= 'Z'));
    clang_disposeString(s);
    return ident;
}

/* "__nonnull__" -> "nonnull" */
static const char *attr_name(lower *L, attr_tokens *t)
{
    const char *s = token_text(L, t, 0);
    if (!s)
        return NULL;
    size_t n = strlen(s);
    if (n > 4 && strncmp(s, "__", 2) == 0 && strcmp(s + n - 2, "__") == 0) {
        char buf[128];
        snprintf(buf, sizeof buf, "%.*s", (int)(n - 4), s + 2);
        return intern(L, buf);
    }
    return s;
}

static void lower_var_attrs(lower *L, CXCursor decl, int var)
{
    cursors kids;
    children(L, decl, &kids);
    for (int i = 0; i < kids.n; i++) {
        if (clang_getCursorKind(kids.v[i]) != CXCursor_UnexposedAttr)
            continue;
        attr_tokens t = tokens_of(L->tu, kids.v[i]);
        const char *name = attr_name(L, &t);
        if (name && strcmp(name, "cleanup") == 0 && t.n >= 3)
            L->vars.v[var].cleanup = token_text(L, &t, 2);
        tokens_free(&t);
    }
    /* The cleanup function's symbol: the child that refers to a function of that name. */
    for (int i = 0; L->vars.v[var].cleanup && i < kids.n; i++) {
        CXCursor ref = clang_getCursorReferenced(kids.v[i]);
        if (clang_getCursorKind(ref) == CXCursor_FunctionDecl &&
            intern_cx(L, clang_getCursorSpelling(ref)) == L->vars.v[var].cleanup) {
            L->vars.v[var].cleanup_usr = intern_cx(L, clang_getCursorUSR(ref));
            symbol_for(L, ref);
        }
    }
    cursors_free(&kids);
}

/* Functions named in an initialiser that is not lowered (a global's, a static
 * local's) may be called through it from anywhere. An integer variable named
 * there (outside sizeof) has its address taken, as a constant initialiser can
 * name a variable no other way: it may be written through it from anywhere. */
static enum CXChildVisitResult note_function_ref(CXCursor c, CXCursor parent, CXClientData data)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_UnaryExpr) /* sizeof, _Alignof */
        return CXChildVisit_Continue;
    if (k == CXCursor_InitListExpr)
        note_init_list(data, c, NULL);
    if (k != CXCursor_DeclRefExpr)
        return CXChildVisit_Recurse;
    CXCursor d = clang_getCursorReferenced(c);
    mc_symbol *s = clang_getCursorKind(d) == CXCursor_FunctionDecl ? symbol_for(data, d) : NULL;
    if (s)
        s->address_taken = true;
    if (clang_getCursorKind(d) == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(d) == 1 &&
        is_int_kind(clang_getCanonicalType(clang_getCursorType(d)).kind)) {
        mc_global *g = global_for(data, d);
        if (g)
            g->named_in_init = true;
    }
    return CXChildVisit_Continue;
}

static void note_function_refs(lower *L, CXCursor decl)
{
    clang_visitChildren(decl, note_function_ref, L);
}

static void lower_var_decl(lower *L, CXCursor decl)
{
    int var = add_var(L, decl, false);
    lower_var_attrs(L, decl, var);
    if (L->scopes.n)
        MC_VEC_PUSH(L->scopes.v[L->scopes.n - 1].vars, var);
    if (L->vars.v[var].is_static || clang_Cursor_getStorageClass(decl) == CX_SC_Extern) {
        note_function_refs(L, decl);
        return; /* initialised once, before the program runs */
    }
    cursors kids;
    children(L, decl, &kids);
    CXCursor init = last_expr_child(&kids);
    cursors_free(&kids);
    mc_stmt s = {.kind = MC_ST_DECL, .var = var, .loc = loc_of(L, decl)};
    if (!clang_Cursor_isNull(init))
        s.e = lower_expr(L, init);
    emit(L, s);
}

static void lower_decl_stmt(lower *L, CXCursor c)
{
    cursors kids;
    children(L, c, &kids);
    for (int i = 0; i < kids.n; i++)
        if (clang_getCursorKind(kids.v[i]) == CXCursor_VarDecl)
            lower_var_decl(L, kids.v[i]);
    cursors_free(&kids);
}

static void emit_expr(lower *L, CXCursor c)
{
    mc_stmt s = {.kind = MC_ST_EXPR, .var = -1, .loc = loc_of(L, c)};
    s.e = lower_expr(L, c);
    if (s.e && !s.loc.macro_file && s.e->loc.file == s.loc.file && s.e->loc.line == s.loc.line &&
        s.e->loc.col == s.loc.col) /* the expression's, told the body's spelling above */
        s.loc = s.e->loc;
    emit(L, s);
}

static int label_block(lower *L, const char *name)
{
    for (int i = 0; i < L->labels.n; i++)
        if (L->labels.v[i].name == name)
            return L->labels.v[i].block;
    int b = new_block(L);
    MC_VEC_PUSH(L->labels, ((label){name, b}));
    return b;
}

/* An expression whose value is 0 or 1: '!x', a comparison, '&&', '||'. */
static bool is_truth_value(lower *L, CXCursor c)
{
    for (;;) { /* through parentheses, implicit casts and __builtin_expect(x, c) */
        enum CXCursorKind k = clang_getCursorKind(c);
        bool hint = k == CXCursor_CallExpr && is_builtin_expect(L, c);
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr && !hint)
            break;
        cursors kids;
        children(L, c, &kids);
        CXCursor in = hint && kids.n >= 2 ? kids.v[1] : !hint && kids.n == 1 ? kids.v[0] : clang_getNullCursor();
        cursors_free(&kids);
        if (clang_Cursor_isNull(in) || !clang_isExpression(clang_getCursorKind(in)))
            return false;
        c = in;
    }
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_UnaryOperator)
        return clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_LNot;
    if (k != CXCursor_BinaryOperator)
        return false;
    switch (clang_getCursorBinaryOperatorKind(c)) {
    case CXBinaryOperator_LT: case CXBinaryOperator_GT: case CXBinaryOperator_LE:
    case CXBinaryOperator_GE: case CXBinaryOperator_EQ: case CXBinaryOperator_NE:
    case CXBinaryOperator_LAnd: case CXBinaryOperator_LOr:
        return true;
    default:
        return false;
    }
}

/* 'B == 0', 'B != 1', '0 == B', ... where B is a truth value: which of kids is B
 * (-1 if none) and whether the test holds when B does. */
static int truth_compare(lower *L, const cursors *kids, CXCursor c, bool *same)
{
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
    if (op != CXBinaryOperator_EQ && op != CXBinaryOperator_NE)
        return -1;
    for (int i = 0; i < 2; i++) {
        int64_t v;
        if (!is_truth_value(L, kids->v[i]) || !evaluate_int(kids->v[1 - i], &v) || (v != 0 && v != 1))
            continue;
        *same = (op == CXBinaryOperator_EQ) == (v == 1);
        return i;
    }
    return -1;
}

/* Lowers a condition into branches to t (true) and f (false): '&&', '||', '!',
 * '?:' and ',' become edges, like a compiler's CFG, so each leaf test is a branch
 * of its own and the right operand of '&&' runs only where the left one held. */
static void lower_branch(lower *L, CXCursor c, int t, int f, mc_loc loc)
{
    cursors kids;
    children(L, c, &kids);
    enum CXCursorKind k = clang_getCursorKind(c);
    CXCursor only = kids.n == 1 ? kids.v[0] : clang_getNullCursor();
    int side;
    bool same;
    if ((k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr) && kids.n == 1 &&
        clang_isExpression(clang_getCursorKind(only))) {
        lower_branch(L, only, t, f, loc);
    } else if (k == CXCursor_UnaryOperator && kids.n == 1 &&
               clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_LNot) {
        lower_branch(L, only, f, t, loc);
    } else if (k == CXCursor_BinaryOperator && kids.n == 2 &&
               clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_LAnd) {
        int mid = new_block(L);
        lower_branch(L, kids.v[0], mid, f, loc);
        L->cur = mid;
        lower_branch(L, kids.v[1], t, f, loc);
    } else if (k == CXCursor_BinaryOperator && kids.n == 2 &&
               clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_LOr) {
        int mid = new_block(L);
        lower_branch(L, kids.v[0], t, mid, loc);
        L->cur = mid;
        lower_branch(L, kids.v[1], t, f, loc);
    } else if (k == CXCursor_BinaryOperator && kids.n == 2 &&
               clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Comma) {
        emit_expr(L, kids.v[0]);
        lower_branch(L, kids.v[1], t, f, loc);
    } else if (k == CXCursor_ConditionalOperator && kids.n == 3) {
        int bt = new_block(L), bf = new_block(L);
        lower_branch(L, kids.v[0], bt, bf, loc);
        L->cur = bt;
        lower_branch(L, kids.v[1], t, f, loc);
        L->cur = bf;
        lower_branch(L, kids.v[2], t, f, loc);
    } else if (k == CXCursor_CallExpr && kids.n >= 2 && is_builtin_expect(L, c)) {
        lower_branch(L, kids.v[1], t, f, loc);
    } else if (k == CXCursor_BinaryOperator && kids.n == 2 && (side = truth_compare(L, &kids, c, &same)) >= 0) {
        /* '!p == 0' is 'p': the test inside a truth value compared with 0 or 1 */
        lower_branch(L, kids.v[side], same ? t : f, same ? f : t, loc);
    } else {
        mc_expr *e = lower_expr_with(L, c, &kids);
        if (e->is_const)
            end_goto(L, e->ival ? t : f, loc);
        else
            end_branch(L, e, t, f, loc_of(L, c));
    }
    cursors_free(&kids);
}

static int add_temp(lower *L, CXCursor c)
{
    mc_var v = {0};
    v.type = type_of(L, clang_getCursorType(c));
    v.loc = loc_of(L, c);
    MC_VEC_PUSH(L->vars, v);
    return L->vars.n - 1;
}

static void emit_assign_temp(lower *L, int tmp, CXCursor at, mc_expr *value)
{
    mc_expr *lhs = new_expr(L, MC_EX_VAR, at, 0);
    lhs->var = tmp;
    lhs->type = L->vars.v[tmp].type;
    mc_expr *set = new_expr(L, MC_EX_BINARY, at, 2);
    set->op = MC_BIN_ASSIGN;
    set->type = lhs->type;
    set->kids[0] = lhs;
    set->kids[1] = value;
    emit(L, (mc_stmt){.kind = MC_ST_EXPR, .var = -1, .e = set, .loc = value->loc});
}

/* 'c ? a : b', 'a && b' and 'a || b' used as values: branches that assign a
 * temporary, whose value the enclosing expression then reads. */
static mc_expr *value_via_branches(lower *L, CXCursor c, const cursors *kids)
{
    int tmp = add_temp(L, c);
    int bt = new_block(L), bf = new_block(L), join = new_block(L);
    bool is_cond = clang_getCursorKind(c) == CXCursor_ConditionalOperator;
    lower_branch(L, is_cond ? kids->v[0] : c, bt, bf, loc_of(L, c));
    L->cur = bt;
    emit_assign_temp(L, tmp, c, is_cond ? lower_expr(L, kids->v[1]) : int_expr(L, c, 1));
    end_goto(L, join, loc_of(L, c));
    L->cur = bf;
    emit_assign_temp(L, tmp, c, is_cond ? lower_expr(L, kids->v[2]) : int_expr(L, c, 0));
    end_goto(L, join, loc_of(L, c));
    L->cur = join;
    mc_expr *e = new_expr(L, MC_EX_VAR, c, 0);
    e->var = tmp;
    return e;
}

static void lower_if(lower *L, CXCursor c, const cursors *kids)
{
    int then_b = new_block(L), join = new_block(L);
    int else_b = kids->n > 2 ? new_block(L) : join;
    lower_branch(L, kids->v[0], then_b, else_b, loc_of(L, c));
    L->cur = then_b;
    lower_stmt(L, kids->v[1]);
    end_goto(L, join, loc_of(L, c));
    if (kids->n > 2) {
        L->cur = else_b;
        lower_stmt(L, kids->v[2]);
        end_goto(L, join, loc_of(L, c));
    }
    L->cur = join;
}

static void push_loop(lower *L, int brk, int cont)
{
    MC_VEC_PUSH(L->breaks, ((jump_target){brk, L->scopes.n}));
    MC_VEC_PUSH(L->continues, ((jump_target){cont, L->scopes.n}));
}

static void pop_loop(lower *L)
{
    L->breaks.n--;
    L->continues.n--;
}

/* The loop whose head is block head: its blocks are those made since, but exit. */
static void mark_loop(lower *L, int head, int exit)
{
    L->blocks.v[head].b.is_loop_head = true;
    L->blocks.v[head].b.loop_end = L->blocks.n;
    L->blocks.v[head].b.loop_exit = exit;
}

static void lower_while(lower *L, CXCursor c, const cursors *kids)
{
    int head = new_block(L), body = new_block(L), exit = new_block(L);
    end_goto(L, head, loc_of(L, c));
    L->cur = head;
    lower_branch(L, kids->v[0], body, exit, loc_of(L, c));
    L->cur = body;
    push_loop(L, exit, head);
    lower_stmt(L, kids->v[kids->n - 1]);
    pop_loop(L);
    end_goto(L, head, loc_of(L, c));
    mark_loop(L, head, exit);
    L->cur = exit;
}

static void lower_do(lower *L, CXCursor c, const cursors *kids)
{
    int body = new_block(L), cond = new_block(L), exit = new_block(L);
    end_goto(L, body, loc_of(L, c));
    L->cur = body;
    push_loop(L, exit, cond);
    lower_stmt(L, kids->v[0]);
    pop_loop(L);
    end_goto(L, cond, loc_of(L, c));
    L->cur = cond;
    /* do { } while (0), the common macro wrapper, folds to no back edge. */
    if (kids->n > 1)
        lower_branch(L, kids->v[1], body, exit, loc_of(L, c));
    mark_loop(L, body, exit);
    L->cur = exit;
}

/* Which of a for statement's children are init, cond and inc: libclang omits the
 * missing ones, so we place each by its offset against the two semicolons. */
static void for_parts(lower *L, CXCursor c, const cursors *kids, CXCursor parts[3])
{
    parts[0] = parts[1] = parts[2] = clang_getNullCursor();
    if (kids->n == 4) {
        for (int i = 0; i < 3; i++)
            parts[i] = kids->v[i];
        return;
    }
    if (kids->n == 1)
        return;
    CXSourceRange ext = clang_getCursorExtent(c);
    CXSourceLocation body_start = clang_getRangeStart(clang_getCursorExtent(kids->v[kids->n - 1]));
    CXToken *toks;
    unsigned n;
    clang_tokenize(L->tu, clang_getRange(clang_getRangeStart(ext), body_start), &toks, &n);
    unsigned semis[2] = {0, 0}, nsemi = 0;
    int paren = 0;
    for (unsigned i = 0; i < n && nsemi < 2; i++) {
        CXString s = clang_getTokenSpelling(L->tu, toks[i]);
        const char *t = clang_getCString(s);
        if (strcmp(t, "(") == 0)
            paren++;
        else if (strcmp(t, ")") == 0)
            paren--;
        else if (strcmp(t, ";") == 0 && paren == 1) {
            unsigned off;
            clang_getExpansionLocation(clang_getTokenLocation(L->tu, toks[i]), NULL, NULL, NULL, &off);
            semis[nsemi++] = off;
        }
        clang_disposeString(s);
    }
    if (toks)
        clang_disposeTokens(L->tu, toks, n);
    for (int i = 0; i < kids->n - 1; i++) {
        unsigned off;
        CXSourceLocation start = clang_getRangeStart(clang_getCursorExtent(kids->v[i]));
        clang_getExpansionLocation(start, NULL, NULL, NULL, &off);
        int slot = nsemi < 2 ? i : (off < semis[0] ? 0 : off < semis[1] ? 1 : 2);
        if (slot < 3)
            parts[slot] = kids->v[i];
    }
}

static void lower_for(lower *L, CXCursor c, const cursors *kids)
{
    CXCursor parts[3];
    for_parts(L, c, kids, parts);
    push_scope(L);
    if (!clang_Cursor_isNull(parts[0]))
        lower_stmt(L, parts[0]);
    int head = new_block(L), body = new_block(L), inc = new_block(L), exit = new_block(L);
    end_goto(L, head, loc_of(L, c));
    L->cur = head;
    if (!clang_Cursor_isNull(parts[1]))
        lower_branch(L, parts[1], body, exit, loc_of(L, c));
    else
        end_goto(L, body, loc_of(L, c));
    L->cur = body;
    push_loop(L, exit, inc);
    lower_stmt(L, kids->v[kids->n - 1]);
    pop_loop(L);
    end_goto(L, inc, loc_of(L, c));
    L->cur = inc;
    if (!clang_Cursor_isNull(parts[2]))
        emit_expr(L, parts[2]);
    end_goto(L, head, loc_of(L, c));
    mark_loop(L, head, exit);
    L->cur = exit;
    pop_scope(L, end_loc_of(L, c));
}

static void lower_switch(lower *L, CXCursor c, const cursors *kids)
{
    mc_expr *cond = lower_expr(L, kids->v[0]);
    int sw = current(L), exit = new_block(L);
    mc_block *b = &L->blocks.v[sw].b;
    b->term = MC_TERM_SWITCH;
    b->cond = cond;
    b->succ[0] = exit;
    b->term_loc = loc_of(L, c);
    int saved_switch = L->switch_block;
    bool saved_default = L->has_default;
    L->switch_block = sw;
    L->has_default = false;
    L->cur = -1;
    MC_VEC_PUSH(L->breaks, ((jump_target){exit, L->scopes.n}));
    lower_stmt(L, kids->v[kids->n - 1]);
    L->breaks.n--;
    end_goto(L, exit, end_loc_of(L, c));
    L->switch_block = saved_switch;
    L->has_default = saved_default;
    L->cur = exit;
}

static void lower_case(lower *L, CXCursor c, const cursors *kids, bool is_default)
{
    int b = new_block(L);
    end_goto(L, b, loc_of(L, c));
    L->cur = b;
    if (L->switch_block >= 0) {
        bblock *sw = &L->blocks.v[L->switch_block];
        if (is_default) {
            sw->b.succ[0] = b;
        } else {
            mc_case cs = {0, 0, b};
            int64_t v;
            bool known = kids->n >= 2 && evaluate_int(kids->v[0], &v);
            cs.lo = cs.hi = known ? v : 0;
            if (known && kids->n >= 3 && evaluate_int(kids->v[1], &v))
                cs.hi = v;
            if (known)
                MC_VEC_PUSH(sw->cases, cs);
            else /* a case value we cannot evaluate: reachable from the default edge's view */
                MC_VEC_PUSH(sw->cases, ((mc_case){INT64_MIN, INT64_MAX, b}));
        }
    }
    if (kids->n)
        lower_stmt(L, kids->v[kids->n - 1]);
}

static void lower_return(lower *L, CXCursor c, const cursors *kids)
{
    mc_loc loc = loc_of(L, c);
    CXCursor value = last_expr_child(kids);
    mc_expr *e = clang_Cursor_isNull(value) ? NULL : lower_expr(L, value);
    if (e)
        emit(L, (mc_stmt){.kind = MC_ST_RETVAL, .var = -1, .e = e, .loc = loc});
    close_scopes_at(L, 0, loc, true);
    mc_block *b = current_block(L);
    b->term = MC_TERM_RETURN;
    b->cond = e;
    b->term_loc = loc;
    L->cur = -1;
}

static void lower_jump(lower *L, CXCursor c, jump_targets *targets)
{
    if (!targets->n)
        return;
    jump_target t = targets->v[targets->n - 1];
    close_scopes(L, t.scope_depth, loc_of(L, c));
    end_goto(L, t.block, loc_of(L, c));
}

static void lower_compound(lower *L, CXCursor c, const cursors *kids)
{
    push_scope(L);
    for (int i = 0; i < kids->n; i++)
        lower_stmt(L, kids->v[i]);
    pop_scope(L, end_loc_of(L, c));
}

static void lower_stmt_kind(lower *L, CXCursor c, const cursors *kids)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    switch (k) {
    case CXCursor_CompoundStmt: lower_compound(L, c, kids); break;
    case CXCursor_DeclStmt: lower_decl_stmt(L, c); break;
    case CXCursor_IfStmt: if (kids->n >= 2) lower_if(L, c, kids); break;
    case CXCursor_WhileStmt: if (kids->n >= 2) lower_while(L, c, kids); break;
    case CXCursor_DoStmt: if (kids->n >= 1) lower_do(L, c, kids); break;
    case CXCursor_ForStmt: if (kids->n >= 1) lower_for(L, c, kids); break;
    case CXCursor_SwitchStmt: if (kids->n >= 2) lower_switch(L, c, kids); break;
    case CXCursor_CaseStmt: lower_case(L, c, kids, false); break;
    case CXCursor_DefaultStmt: lower_case(L, c, kids, true); break;
    case CXCursor_ReturnStmt: lower_return(L, c, kids); break;
    case CXCursor_BreakStmt: lower_jump(L, c, &L->breaks); break;
    case CXCursor_ContinueStmt: lower_jump(L, c, &L->continues); break;
    case CXCursor_GotoStmt: {
        const char *name = intern_cx(L, clang_getCursorSpelling(clang_getCursorReferenced(c)));
        if (name)
            end_goto(L, label_block(L, name), loc_of(L, c));
        else
            L->cur = -1;
        break;
    }
    case CXCursor_LabelStmt: {
        int b = label_block(L, intern_cx(L, clang_getCursorSpelling(c)));
        end_goto(L, b, loc_of(L, c));
        L->cur = b;
        if (kids->n)
            lower_stmt(L, kids->v[kids->n - 1]);
        break;
    }
    case CXCursor_IndirectGotoStmt:
        /* computed goto: we cannot follow it; the path ends here */
        cut_short(L, "a computed goto is not followed");
        if (L->cur >= 0)
            L->blocks.v[L->cur].b.term = MC_TERM_UNREACHABLE;
        L->cur = -1;
        break;
    case CXCursor_NullStmt:
    case CXCursor_GCCAsmStmt:
    case CXCursor_StaticAssert:
        break;
    default:
        if (clang_isExpression(k))
            emit_expr(L, c);
        else if (clang_isDeclaration(k))
            break;
        else
            for (int i = 0; i < kids->n; i++)
                lower_stmt(L, kids->v[i]);
        break;
    }
}

static void lower_stmt(lower *L, CXCursor c)
{
    if (++L->depth > MAX_DEPTH) {
        /* Not lowered: the paths through it end here, so that no finding after
         * it rests on its effects being missing (a free() not seen). */
        cut_short(L, TOO_DEEP);
        if (L->cur >= 0)
            L->blocks.v[L->cur].b.term = MC_TERM_UNREACHABLE;
        L->cur = -1;
        L->depth--;
        return;
    }
    cursors kids;
    children(L, c, &kids);
    lower_stmt_kind(L, c, &kids);
    cursors_free(&kids);
    L->depth--;
}

/* Where c's text is in its file, so messages can quote it as written ("sizeof(int)"). */
static void set_source_range(mc_expr *e, CXCursor c)
{
    CXSourceRange r = clang_getCursorExtent(c);
    CXFile f1, f2;
    unsigned a, b;
    clang_getExpansionLocation(clang_getRangeStart(r), &f1, NULL, NULL, &a);
    clang_getExpansionLocation(clang_getRangeEnd(r), &f2, NULL, NULL, &b);
    if (f1 && f1 == f2 && b > a && b - a < 200) {
        e->src_off = a;
        e->src_len = b - a;
    }
}

/* ---- symbols and globals ---- */

/* An attribute's arguments, one token each: "malloc", "1" of
 * `ownership_takes(malloc, 1)`. */
enum { MAX_ATTR_ARGS = 8 };
typedef struct attr_args {
    int n;
    const char *v[MAX_ATTR_ARGS];
} attr_args;

/* `name ( a , b )`: every other token from the third. */
static attr_args args_of_tokens(lower *L, attr_tokens *t)
{
    attr_args a = {0};
    for (unsigned i = 2; i + 1 < t->n && a.n < MAX_ATTR_ARGS; i += 2)
        a.v[a.n++] = token_text(L, t, i);
    return a;
}

static bool is_ident_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* Where `name (` or `__name__ (` begins its parenthesis in text, or NULL. */
static const char *attr_call_in(const char *text, const char *name)
{
    size_t n = strlen(name);
    const char *p = text;
    while (*p) {
        if (!is_ident_char(*p)) {
            p++;
            continue;
        }
        const char *id = p;
        while (is_ident_char(*p))
            p++;
        size_t len = (size_t)(p - id);
        bool plain = len == n && strncmp(id, name, n) == 0;
        bool under = len == n + 4 && strncmp(id, "__", 2) == 0 && strncmp(id + 2, name, n) == 0 &&
                     strncmp(id + 2 + n, "__", 2) == 0;
        const char *next = p;
        while (*next == ' ')
            next++;
        if ((plain || under) && *next == '(')
            return next;
    }
    return NULL;
}

/* The arguments of attribute name as clang prints decl, macros expanded:
 * `#define NONNULL(...) __attribute__((nonnull(__VA_ARGS__)))` on a declaration
 * prints as "__attribute__((nonnull(2))) size_t f(int k, const char *s)". */
static attr_args args_printed(lower *L, CXCursor decl, const char *name)
{
    attr_args a = {0};
    CXPrintingPolicy policy = clang_getCursorPrintingPolicy(decl);
    clang_PrintingPolicy_setProperty(policy, CXPrintingPolicy_TerseOutput, 1); /* no body */
    CXString printed = clang_getCursorPrettyPrinted(decl, policy);
    const char *p = attr_call_in(clang_getCString(printed), name);
    while (p && *p && *p != ')' && a.n < MAX_ATTR_ARGS) {
        p++;
        while (*p == ' ')
            p++;
        const char *arg = p;
        while (is_ident_char(*p))
            p++;
        char buf[128];
        if (p == arg || p - arg >= (long)sizeof buf)
            break;
        snprintf(buf, sizeof buf, "%.*s", (int)(p - arg), arg);
        a.v[a.n++] = intern(L, buf);
        while (*p == ' ')
            p++;
    }
    clang_disposeString(printed);
    clang_PrintingPolicy_dispose(policy);
    return a;
}

/* An attribute a macro wrote: `#define NONNULL(i) __attribute__((nonnull(i)))`. */
static bool spelled_in_macro(CXCursor attr)
{
    CXSourceLocation at = clang_getRangeStart(clang_getCursorExtent(attr));
    CXFile spelled, expanded;
    unsigned s_off, e_off;
    clang_getSpellingLocation(at, &spelled, NULL, NULL, &s_off);
    clang_getExpansionLocation(at, &expanded, NULL, NULL, &e_off);
    return spelled != expanded || s_off != e_off;
}

static int attr_int(const attr_args *a, int i)
{
    return i < a->n && a->v[i] ? atoi(a->v[i]) : 0;
}

static uint64_t attr_index_mask(const attr_args *a, int first)
{
    uint64_t mask = 0;
    for (int i = first; i < a->n; i++) {
        int k = attr_int(a, i);
        if (k >= 1 && k <= 64)
            mask |= 1ULL << (k - 1);
    }
    return mask;
}

/* `nonnull` without arguments: every pointer parameter. */
static uint64_t pointer_params(CXCursor decl)
{
    CXType fn = clang_getCursorType(decl);
    int n = clang_getNumArgTypes(fn);
    uint64_t mask = 0;
    for (int i = 0; i < n && i < 64; i++) {
        enum CXTypeKind k = clang_getCanonicalType(clang_getArgType(fn, (unsigned)i)).kind;
        if (k == CXType_Pointer || k == CXType_BlockPointer)
            mask |= 1ULL << i;
    }
    return mask;
}

/* Reads one attribute of a function declaration into its symbol. */
static void read_fn_attr(lower *L, mc_symbol *s, CXCursor decl, CXCursor attr)
{
    attr_tokens t = tokens_of(L->tu, attr);
    const char *name = attr_name(L, &t);
    /* `_Noreturn void die(...)`: no arguments, and the next token is the type */
    if (name && (strcmp(name, "noreturn") == 0 || strcmp(name, "_Noreturn") == 0)) {
        s->attr_noreturn = true;
        tokens_free(&t);
        return;
    }
    /* arguments a macro supplies are read as clang printed them; system headers
       (glibc's `__nonnull ((1))`) leave theirs to the models */
    bool hidden = args_in_macro(&t);
    bool by_macro = !s->in_system_header && (hidden || (t.n > 2 && spelled_in_macro(attr)));
    if (!name || (hidden && !by_macro)) {
        tokens_free(&t);
        return;
    }
    attr_args a = by_macro ? args_printed(L, decl, name) : args_of_tokens(L, &t);
    tokens_free(&t);
    if (strcmp(name, "returns_nonnull") == 0)
        s->attr_returns_nonnull = true;
    else if (strcmp(name, "nonnull") == 0)
        s->attr_nonnull |= a.n ? attr_index_mask(&a, 0) : pointer_params(decl);
    else if (strcmp(name, "malloc") == 0) {
        s->attr_malloc = true;
        if (a.n) {
            s->attr_dealloc = a.v[0];
            s->attr_dealloc_arg = a.n > 1 ? attr_int(&a, 1) : 1;
        }
    } else if (strcmp(name, "alloc_size") == 0) {
        for (int i = 0; i < 2; i++) {
            int k = attr_int(&a, i);
            s->attr_alloc_size[i] = (uint8_t)(k >= 1 && k <= 64 ? k : 0);
        }
    } else if (strcmp(name, "ownership_returns") == 0) {
        s->attr_ownership_returns = true;
        s->attr_ownership_module = a.n ? a.v[0] : NULL;
    } else if (strcmp(name, "ownership_takes") == 0) {
        s->attr_ownership_takes |= attr_index_mask(&a, 1);
        s->attr_ownership_module = a.n ? a.v[0] : NULL;
    } else if (strcmp(name, "ownership_holds") == 0) {
        s->attr_ownership_holds |= attr_index_mask(&a, 1);
        s->attr_ownership_module = a.n ? a.v[0] : NULL;
    }
}

/* `malloc (dealloc [, n])` at text: the deallocator's name and argument. */
static bool parse_malloc_args(lower *L, const char *text, const char *end, mc_symbol *s)
{
    const char *p = text;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n'))
        p++;
    if (p >= end || *p++ != '(')
        return false;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    const char *id = p;
    while (p < end && (isalnum((unsigned char)*p) || *p == '_'))
        p++;
    if (p == id || isdigit((unsigned char)*id) || p - id > 200)
        return false;
    char name[256];
    snprintf(name, sizeof name, "%.*s", (int)(p - id), id);
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    int arg = 1;
    if (p < end && *p == ',')
        arg = atoi(p + 1);
    s->attr_malloc = true;
    s->attr_dealloc = intern(L, name);
    s->attr_dealloc_arg = arg > 0 ? arg : 1;
    return true;
}

/* A copy of text[0..n) with comments blanked out. */
static char *code_only(const char *text, size_t n)
{
    char *out = mc_xmalloc(n + 1);
    memcpy(out, text, n);
    out[n] = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        size_t stop;
        if (out[i] == '/' && out[i + 1] == '*') {
            size_t j = i + 2;
            while (j + 1 < n && !(out[j] == '*' && out[j + 1] == '/'))
                j++;
            stop = j + 2 < n ? j + 2 : n;
        } else if (out[i] == '/' && out[i + 1] == '/') {
            stop = i + 2;
            while (stop < n && out[stop] != '\n')
                stop++;
        } else {
            continue;
        }
        memset(out + i, ' ', stop - i);
        i = stop - 1;
    }
    return out;
}

/* What bounds a declaration's text: ';' or '{' after it, also '}' before it. */
static bool ends_declaration(char c, bool before)
{
    return c == ';' || c == '{' || (before && c == '}') || c == '\0';
}

/* GCC's `__attribute__((malloc(dealloc, n)))` (also `[[gnu::malloc(dealloc)]]`)
 * is an error to clang, which drops it from the AST: it is read from the
 * declaration's own text, between the end of what comes before it and its body
 * or semicolon. */
static void read_gcc_malloc_attr(lower *L, mc_symbol *s, CXCursor decl)
{
    CXFile file;
    unsigned offset;
    clang_getSpellingLocation(clang_getCursorLocation(decl), &file, NULL, NULL, &offset);
    const char *path = file ? file_of(L, file)->name : NULL;
    size_t len;
    const char *text = path ? mc_source_file(path, &len) : NULL;
    if (!text || offset >= len)
        return;
    size_t start = offset, end = offset;
    while (start > 0 && offset - start < 2048 && !ends_declaration(text[start - 1], true))
        start--;
    while (end < len && end - offset < 2048 && !ends_declaration(text[end], false))
        end++;
    if (!memmem(text + start, end - start, "__attribute__", 13) && !memmem(text + start, end - start, "[[", 2))
        return;
    char *code = code_only(text + start, end - start);
    const char *w = code, *wend = code + (end - start);
    for (const char *p = w; p + 6 <= wend; p++) {
        bool plain = strncmp(p, "malloc", 6) == 0, under = p + 10 <= wend && strncmp(p, "__malloc__", 10) == 0;
        if ((!plain && !under) || (p > w && (isalnum((unsigned char)p[-1]) || (plain && p[-1] == '_'))))
            continue;
        if (parse_malloc_args(L, p + (under ? 10 : 6), wend, s))
            break;
    }
    free(code);
}

/* GNU `__attribute__((noreturn))` belongs to the function's type, not to its
 * declaration: libclang shows it only in the type's spelling, after the
 * parameters with the type's other attributes: "void (const char *)
 * __attribute__((noreturn))". The canonical type sees through typedefs
 * (`typedef void fatal_fn(const char *) __attribute__((noreturn));`); a
 * parameter's own noreturn is followed by the list's ')'. */
static bool type_says_noreturn(CXType t)
{
    static const char mark[] = " __attribute__((noreturn))";
    CXString s = clang_getTypeSpelling(clang_getCanonicalType(t));
    const char *text = clang_getCString(s), *last = NULL;
    for (const char *p = text; (p = strstr(p, mark)) != NULL; p++)
        last = p;
    const char *rest = last ? last + strlen(mark) : NULL;
    bool yes = rest && (!*rest || strncmp(rest, " __attribute__((", 16) == 0);
    clang_disposeString(s);
    return yes;
}

/* "char * _Nonnull": clang's spelling of a type whose outermost pointer is _Nonnull. */
static bool spelled_nonnull(const char *text, size_t n)
{
    while (n && text[n - 1] == ' ')
        n--;
    return n >= 8 && memcmp(text + n - 8, "_Nonnull", 8) == 0 && (n == 8 || !is_ident_char(text[n - 9]));
}

/* Clang's nullability on a function's type, as it spells the type (libclang
 * gives a parameter's or the result's type without it): "void * _Nonnull
 * (const char * _Nonnull, int)" promises a result that is not NULL and takes
 * a first argument that must not be. A `_Nullable` asks nothing of anyone.
 * Read only where the result is a plain type (no function pointer). */
static void read_nullability(mc_symbol *s, CXType fn)
{
    CXString cs = clang_getTypeSpelling(fn);
    const char *text = clang_getCString(cs);
    const char *open = strchr(text, '(');
    if (!open || !strstr(text, "_Nonnull")) {
        clang_disposeString(cs);
        return;
    }
    uint64_t nonnull = 0;
    int depth = 0, i = 0;
    const char *item = open + 1, *p = open + 1;
    for (; *p && depth >= 0; p++) {
        depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
        if ((depth == 0 && *p == ',') || depth < 0) {
            if (i < 64 && spelled_nonnull(item, (size_t)(p - item)))
                nonnull |= 1ULL << i;
            i++;
            item = p + 1;
        }
    }
    /* past the list's ')' come the type's attributes, unless the list was that
       of a function pointer the function returns */
    if (depth < 0 && (!*p || strncmp(p, " __attribute__((", 16) == 0)) {
        s->attr_nonnull |= nonnull;
        s->attr_returns_nonnull |= spelled_nonnull(text, (size_t)(open - text));
    }
    clang_disposeString(cs);
}

static void read_fn_decl(lower *L, mc_symbol *s, CXCursor decl)
{
    cursors kids;
    children(L, decl, &kids);
    for (int i = 0; i < kids.n; i++) {
        enum CXCursorKind k = clang_getCursorKind(kids.v[i]);
        if (k == CXCursor_UnexposedAttr)
            read_fn_attr(L, s, decl, kids.v[i]);
        if (k == CXCursor_DLLExport || (k == CXCursor_VisibilityAttr && clang_getCursorVisibility(decl) == CXVisibility_Default))
            s->exported = true;
    }
    cursors_free(&kids);
    s->hidden |= clang_getCursorVisibility(decl) == CXVisibility_Hidden;
    s->attr_noreturn |= type_says_noreturn(clang_getCursorType(decl));
    read_nullability(s, clang_getCursorType(decl));
    if (!s->in_system_header && !s->attr_dealloc)
        read_gcc_malloc_attr(L, s, decl);
    /* Builtins that end a path: part of the language, not of any library model. */
    if (strcmp(s->name, "__builtin_unreachable") == 0 || strcmp(s->name, "__builtin_trap") == 0)
        s->attr_noreturn = true;
}

static void read_params(lower *L, mc_symbol *s, CXCursor decl)
{
    int n = clang_Cursor_getNumArguments(decl);
    if (n <= 0)
        return;
    s->nparams = n;
    s->params = mc_arena_alloc(&L->u->arena, (size_t)n * sizeof *s->params);
    for (int i = 0; i < n; i++) {
        CXCursor p = clang_Cursor_getArgument(decl, (unsigned)i);
        s->params[i].name = intern_cx(L, clang_getCursorSpelling(p));
        s->params[i].type = param_type(L, clang_getCursorType(p));
    }
}

static mc_symbol *symbol_for(lower *L, CXCursor decl)
{
    const char *usr = intern_cx(L, clang_getCursorUSR(decl));
    if (!usr)
        return NULL;
    mc_symbol *s = mc_ptrmap_get(&L->symbols, usr);
    bool is_def = clang_isCursorDefinition(decl);
    if (s && mc_ptrmap_get(&L->decls_read, decl_key(decl)))
        return s;
    mc_ptrmap_put(&L->decls_read, decl_key(decl), L);
    if (!s) {
        s = mc_arena_alloc(&L->u->arena, sizeof *s);
        s->seen_at = L->next_seen++;
        s->usr = usr;
        s->name = intern_cx(L, clang_getCursorSpelling(decl));
        if (!s->name)
            s->name = usr;
        s->loc = loc_of(L, decl);
        s->in_system_header = clang_Location_isInSystemHeader(clang_getCursorLocation(decl));
        s->is_static = clang_getCursorLinkage(decl) == CXLinkage_Internal;
        s->ret = type_of(L, clang_getCursorResultType(decl));
        s->variadic = clang_Cursor_isVariadic(decl);
        read_params(L, s, decl);
        MC_VEC_PUSH(L->u->symbols, s);
        mc_ptrmap_put(&L->symbols, usr, s);
    }
    /* Attributes may sit on any declaration: each one met adds its own. */
    read_fn_decl(L, s, decl);
    if (is_def && !s->nparams)
        read_params(L, s, decl);
    return s;
}

/* The function an initialiser names (`= handler`, `= &handler`), or a null cursor. */
static CXCursor function_named_by(CXCursor e)
{
    for (int depth = 0; depth < 4 && !clang_Cursor_isNull(e); depth++) {
        enum CXCursorKind k = clang_getCursorKind(e);
        if (k == CXCursor_DeclRefExpr) {
            CXCursor d = clang_getCursorReferenced(e);
            return clang_getCursorKind(d) == CXCursor_FunctionDecl ? d : clang_getNullCursor();
        }
        if (k != CXCursor_UnexposedExpr && k != CXCursor_ParenExpr && k != CXCursor_UnaryOperator)
            break;
        cursors kids;
        visit_children(e, &kids);
        e = kids.n == 1 ? kids.v[0] : clang_getNullCursor();
        cursors_free(&kids);
    }
    return clang_getNullCursor();
}

static mc_global *global_for(lower *L, CXCursor decl)
{
    const char *usr = intern_cx(L, clang_getCursorUSR(decl));
    if (!usr)
        return NULL;
    mc_global *g = mc_ptrmap_get(&L->globals, usr);
    if (g)
        return g;
    g = mc_arena_alloc(&L->u->arena, sizeof *g);
    g->seen_at = L->next_seen++;
    g->usr = usr;
    g->name = intern_cx(L, clang_getCursorSpelling(decl));
    CXType t = clang_getCursorType(decl);
    g->type = type_of(L, t);
    g->is_const = clang_isConstQualifiedType(t);
    g->is_static = clang_getCursorLinkage(decl) == CXLinkage_Internal;
    CXCursor def = clang_getCursorDefinition(decl);
    if (!clang_Cursor_isNull(def)) {
        cursors kids;
        children(L, def, &kids);
        CXCursor init = last_expr_child(&kids);
        cursors_free(&kids);
        g->has_init = !clang_Cursor_isNull(init) && g->type.kind == MC_TY_INT && evaluate_int(init, &g->init);
        if (g->type.kind == MC_TY_PTR && g->type.pointee_kind == MC_TY_FUNC && !clang_Cursor_isNull(init)) {
            CXCursor fn = function_named_by(init);
            mc_symbol *s = clang_Cursor_isNull(fn) ? NULL : symbol_for(L, fn);
            g->init_fn_usr = s ? s->usr : NULL;
        }
        if (!g->has_init && clang_Cursor_isNull(init) && g->type.kind == MC_TY_INT &&
            clang_Cursor_getStorageClass(def) != CX_SC_Extern) {
            g->has_init = true; /* zero-initialised */
            g->init = 0;
        }
    } else if (g->type.kind == MC_TY_INT && clang_Cursor_getStorageClass(decl) == CX_SC_Static) {
        /* `static int flag;` is only a tentative definition, which libclang does not
         * call a definition; with internal linkage nothing else can initialise it */
        g->has_init = true;
        g->init = 0;
    }
    MC_VEC_PUSH(L->u->globals, g);
    mc_ptrmap_put(&L->globals, usr, g);
    return g;
}

/* ---- functions ---- */

static void finish_blocks(lower *L)
{
    mc_func *f = L->f;
    f->nblocks = L->blocks.n;
    f->blocks = mc_arena_alloc(&L->u->arena, (size_t)f->nblocks * sizeof *f->blocks);
    for (int i = 0; i < f->nblocks; i++) {
        bblock *bb = &L->blocks.v[i];
        mc_block *b = &f->blocks[i];
        *b = bb->b;
        b->nstmts = bb->stmts.n;
        b->stmts = mc_arena_alloc(&L->u->arena, (size_t)b->nstmts * sizeof *b->stmts);
        if (b->nstmts)
            memcpy(b->stmts, bb->stmts.v, (size_t)b->nstmts * sizeof *b->stmts);
        b->ncases = bb->cases.n;
        b->cases = mc_arena_alloc(&L->u->arena, (size_t)b->ncases * sizeof *b->cases);
        if (b->ncases)
            memcpy(b->cases, bb->cases.v, (size_t)b->ncases * sizeof *b->cases);
        MC_VEC_FREE(bb->stmts);
        MC_VEC_FREE(bb->cases);
    }
    f->nvars = L->vars.n;
    f->vars = mc_arena_alloc(&L->u->arena, (size_t)f->nvars * sizeof *f->vars);
    if (f->nvars)
        memcpy(f->vars, L->vars.v, (size_t)f->nvars * sizeof *f->vars);
}

static void reset_function_state(lower *L)
{
    L->vars.n = L->blocks.n = L->labels.n = 0;
    mc_ptrmap_clear(&L->varmap);
    L->breaks.n = L->continues.n = 0;
    L->scopes.n = 0;
    L->cur = -1;
    L->switch_block = -1;
    L->depth = L->expr_depth = 0;
}

/* ---- calls through a local function pointer set once ---- */

typedef struct fnptr_use {
    int defs;              /* assignments, initialiser included */
    bool address_taken;
    const mc_expr *target; /* the function named by its only definition */
} fnptr_use;

static const mc_expr *named_function(const mc_expr *e)
{
    e = mc_expr_strip(e);
    if (e && e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR)
        e = mc_expr_strip(e->kids[0]);
    return e && e->kind == MC_EX_GLOBAL && e->usr && e->type.kind == MC_TY_FUNC ? e : NULL;
}

static void note_fnptr_def(fnptr_use *u, const mc_expr *value)
{
    u->defs++;
    u->target = named_function(value);
}

static void scan_fnptr_uses(const mc_expr *e, fnptr_use *uses)
{
    if (!e)
        return;
    const mc_expr *k = e->nkids ? mc_expr_strip(e->kids[0]) : NULL;
    if (k && k->kind == MC_EX_VAR && e->kind == MC_EX_UNARY && e->op == MC_UN_ADDR)
        uses[k->var].address_taken = true;
    if (k && k->kind == MC_EX_VAR && e->kind == MC_EX_BINARY && mc_binop_is_assign((mc_binop)e->op))
        note_fnptr_def(&uses[k->var], e->op == MC_BIN_ASSIGN ? e->kids[1] : NULL);
    for (int i = 0; i < e->nkids; i++)
        scan_fnptr_uses(e->kids[i], uses);
}

static void resolve_fnptr_calls(mc_expr *e, const fnptr_use *uses)
{
    if (!e)
        return;
    for (int i = 0; i < e->nkids; i++)
        resolve_fnptr_calls(e->kids[i], uses);
    if (e->kind != MC_EX_CALL || e->usr || !e->nkids)
        return;
    const mc_expr *k = mc_expr_strip(e->kids[0]);
    if (k && k->kind == MC_EX_UNARY && k->op == MC_UN_DEREF)
        k = mc_expr_strip(k->kids[0]);
    if (!k || k->kind != MC_EX_VAR)
        return;
    const fnptr_use *u = &uses[k->var];
    if (u->defs == 1 && !u->address_taken && u->target) {
        e->name = u->target->name;
        e->usr = u->target->usr;
    }
}

/* `void (*fp)(char *) = sink; fp(p);` calls sink: such calls become direct, so
 * summaries apply. Only for a local set once and never aliased. */
static void resolve_local_fnptrs(mc_func *f)
{
    fnptr_use *uses = mc_xcalloc((size_t)f->nvars + 1, sizeof *uses);
    for (int i = 0; i < f->nvars; i++)
        if (f->vars[i].is_param)
            uses[i].defs = 2; /* set by the caller: unknown */
    for (int b = 0; b < f->nblocks; b++) {
        for (int i = 0; i < f->blocks[b].nstmts; i++) {
            const mc_stmt *st = &f->blocks[b].stmts[i];
            if (st->kind == MC_ST_DECL && st->e)
                note_fnptr_def(&uses[st->var], st->e);
            scan_fnptr_uses(st->e, uses);
        }
        scan_fnptr_uses(f->blocks[b].cond, uses);
    }
    for (int b = 0; b < f->nblocks; b++) {
        for (int i = 0; i < f->blocks[b].nstmts; i++)
            resolve_fnptr_calls(f->blocks[b].stmts[i].e, uses);
        resolve_fnptr_calls(f->blocks[b].cond, uses);
    }
    free(uses);
}

static void lower_function(lower *L, CXCursor decl, CXCursor body)
{
    reset_function_state(L);
    mc_symbol *sym = symbol_for(L, decl); /* first, as in a part that does not lower the body */
    mc_func *f = mc_arena_alloc(&L->u->arena, sizeof *f);
    L->f = f;
    f->seen_at = L->next_seen++;
    f->sym = sym;
    f->name = f->sym ? f->sym->name : intern_cx(L, clang_getCursorSpelling(decl));
    f->loc = loc_of(L, decl);
    f->end_loc = end_loc_of(L, body);
    int n = clang_Cursor_getNumArguments(decl);
    for (int i = 0; i < n; i++)
        add_var(L, clang_Cursor_getArgument(decl, (unsigned)i), true);
    L->cur = new_block(L);
    push_scope(L);
    cursors kids;
    children(L, body, &kids);
    for (int i = 0; i < kids.n; i++)
        lower_stmt(L, kids.v[i]);
    cursors_free(&kids);
    close_scopes_at(L, 0, f->end_loc, true);
    MC_VEC_FREE(L->scopes.v[0].vars);
    L->scopes.n = 0;
    if (L->cur >= 0) {
        mc_block *b = &L->blocks.v[L->cur].b;
        b->term = MC_TERM_RETURN;
        b->term_loc = f->end_loc;
    }
    for (int i = 0; i < L->scopes.n; i++)
        MC_VEC_FREE(L->scopes.v[i].vars);
    finish_blocks(L);
    resolve_local_fnptrs(f);
    if (f->sym)
        f->sym->def = f;
    MC_VEC_PUSH(L->u->funcs, f);
}

static CXCursor function_body(lower *L, CXCursor decl)
{
    cursors kids;
    children(L, decl, &kids);
    CXCursor body = clang_getNullCursor();
    for (int i = 0; i < kids.n; i++)
        if (clang_getCursorKind(kids.v[i]) == CXCursor_CompoundStmt)
            body = kids.v[i];
    cursors_free(&kids);
    return body;
}

/* Which part lowers definition c: the one given the fewest bytes so far, as
 * every part works out alike from the same walk. */
static int lowering_part(lower *L, CXCursor c)
{
    CXSourceRange r = clang_getCursorExtent(c);
    unsigned from, to;
    clang_getExpansionLocation(clang_getRangeStart(r), NULL, NULL, NULL, &from);
    clang_getExpansionLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &to);
    int best = 0;
    for (int k = 1; k < L->nparts; k++)
        if (L->load[k] < L->load[best])
            best = k;
    L->load[best] += to > from ? to - from : 1;
    return best;
}

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data)
{
    lower *L = data;
    L->next_seen = (uint64_t)++L->top << 32;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_LinkageSpec || k == CXCursor_UnexposedDecl)
        return CXChildVisit_Recurse;
    if (k == CXCursor_VarDecl && !clang_Location_isInSystemHeader(clang_getCursorLocation(c))) {
        note_function_refs(L, c);
        if (L->part == 0 && clang_isCursorDefinition(c) &&
            is_int_kind(clang_getCanonicalType(clang_getCursorType(c)).kind))
            global_for(L, c); /* its value, for the TUs that declare it extern (const int FLAG = 1;) */
    }
    if (k != CXCursor_FunctionDecl)
        return CXChildVisit_Continue;
    if (!clang_isCursorDefinition(c)) {
        if (!clang_Location_isInSystemHeader(clang_getCursorLocation(c)))
            symbol_for(L, c);
        return CXChildVisit_Continue;
    }
    if (clang_Location_isInSystemHeader(clang_getCursorLocation(c)))
        return CXChildVisit_Continue;
    if (L->nparts > 1 && lowering_part(L, c) != L->part) {
        /* another part lowers the body; this one reads the declaration all the same */
        if (!clang_Cursor_isNull(function_body(L, c)))
            symbol_for(L, c);
        return CXChildVisit_Continue;
    }
    build_tree(&L->tree, c);
    CXCursor body = function_body(L, c);
    if (!clang_Cursor_isNull(body))
        lower_function(L, c, body);
    L->tree.nodes.n = 0;
    return CXChildVisit_Continue;
}

/* ---- diagnostics and entry point ---- */

/* The files a TU reads, so that a cache knows when it must parse it again. */
static void note_inclusion(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
    (void)stack;
    (void)depth;
    mc_unit *u = data;
    CXString name = clang_getFileName(file);
    const char *s = clang_getCString(name);
    if (s && *s)
        MC_VEC_PUSH(u->includes, mc_arena_strdup(&u->arena, s));
    clang_disposeString(name);
}

/* GCC's malloc(dealloc) is an error to clang only: memcheck reads it itself. */
static bool gcc_only_attribute(CXDiagnostic d)
{
    CXString s = clang_getDiagnosticSpelling(d);
    bool yes = strcmp(clang_getCString(s), "'malloc' attribute takes no arguments") == 0;
    clang_disposeString(s);
    return yes;
}

static void count_errors(mc_unit *u, CXTranslationUnit tu)
{
    unsigned n = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
        if (sev >= CXDiagnostic_Error && !gcc_only_attribute(d)) {
            u->nerrors++;
            if (!u->first_error) {
                CXString s = clang_formatDiagnostic(d, CXDiagnostic_DisplaySourceLocation |
                                                           CXDiagnostic_DisplayColumn);
                u->first_error = mc_xstrdup(clang_getCString(s));
                clang_disposeString(s);
            }
        }
        clang_disposeDiagnostic(d);
    }
}

static const char *parse_error_text(enum CXErrorCode rc)
{
    switch (rc) {
    case CXError_Crashed: return "libclang crashed while parsing it";
    case CXError_InvalidArguments: return "invalid compiler arguments";
    case CXError_ASTReadError: return "could not read it";
    default: return "libclang could not parse it";
    }
}

mc_unit *mc_fe_parse(CXIndex idx, const mc_tu *tu, int part, int nparts, mc_fe_status *status, char **msg)
{
    *msg = NULL;
    int argc = tu->argc + 3;
    const char **argv = mc_xcalloc((size_t)argc, sizeof *argv);
    for (int i = 0; i < tu->argc; i++)
        argv[i] = tu->argv[i];
    argv[tu->argc] = "-working-directory";
    argv[tu->argc + 1] = tu->directory ? tu->directory : ".";
    /* Only errors matter here, and warnings cost: the analyses behind them
     * (-Wreturn-type builds a CFG of every function) are ~15 % of a parse. */
    argv[tu->argc + 2] = "-w";
    CXTranslationUnit cx = NULL;
    double started = mc_seconds();
    unsigned opts = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
    enum CXErrorCode rc = clang_parseTranslationUnit2(idx, tu->file, argv, argc, NULL, 0, opts, &cx);
    free(argv);
    if (rc != CXError_Success || !cx) {
        *status = MC_FE_FAILED;
        *msg = mc_xasprintf("%s: %s", tu->file, parse_error_text(rc));
        return NULL;
    }
    mc_unit *u = mc_xcalloc(1, sizeof *u);
    u->file = mc_arena_strdup(&u->arena, tu->file);
    u->parse_seconds = mc_seconds() - started;
    started = mc_seconds();
    if (part == 0) { /* the TU's own facts, once */
        count_errors(u, cx);
        clang_getInclusions(cx, note_inclusion, u);
    }
    lower L = {.u = u, .tu = cx, .cur = -1, .switch_block = -1, .last_file = -1, .part = part, .nparts = nparts};
    L.locs = mc_xcalloc(LOC_CACHE, sizeof *L.locs);
    clang_visitChildren(clang_getTranslationUnitCursor(cx), visit_top, &L);
    tree_free(&L.tree);
    free(L.locs);
    MC_VEC_FREE(L.vars);
    mc_ptrmap_free(&L.varmap);
    MC_VEC_FREE(L.blocks);
    MC_VEC_FREE(L.labels);
    MC_VEC_FREE(L.scopes);
    MC_VEC_FREE(L.breaks);
    MC_VEC_FREE(L.continues);
    for (int i = 0; i < L.files.n; i++)
        free(L.files.v[i].line_starts);
    MC_VEC_FREE(L.files);
    mc_ptrmap_free(&L.file_index);
    mc_ptrmap_free(&L.types);
    mc_ptrmap_free(&L.decls);
    free(L.strs.v);
    mc_ptrmap_free(&L.symbols);
    mc_ptrmap_free(&L.globals);
    mc_ptrmap_free(&L.decls_read);
    clang_disposeTranslationUnit(cx);
    u->lower_seconds = mc_seconds() - started;
    *status = u->nerrors ? MC_FE_ERRORS : MC_FE_OK;
    if (u->nerrors)
        *msg = mc_xasprintf("%s: %d error%s; analysed as far as clang recovered (first: %s)", tu->file,
                            u->nerrors, u->nerrors == 1 ? "" : "s", u->first_error);
    return u;
}
