/* naming.c - the ownership vocabulary of identifiers (SPEC §1.5): which words say
 * a function takes, borrows, creates or destroys, and which parameter a take-named
 * function takes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"

enum { MAX_WORDS = 16 };

typedef struct vocabulary {
    const char *words[MAX_WORDS];
    int n;
} vocabulary;

static vocabulary vocab[MC_WORD__COUNT] = {
    [MC_WORD_TAKE] = {{"take", "adopt", "consume", "sink"}, 4},
    [MC_WORD_VIEW] = {{"view", "peek", "borrow"}, 3},
    [MC_WORD_CREATE] = {{"create", "new", "alloc", "dup", "clone"}, 5},
    [MC_WORD_DESTROY] = {{"destroy", "free", "delete", "dispose", "release", "unref", "close"}, 7},
    [MC_WORD_RETAIN] = {{"retain", "ref"}, 2},
    [MC_WORD_NONNULL] = {{"nn", "nonnull", "notnull"}, 3},
    [MC_WORD_TEARDOWN] = {{"cleanup", "fini", "deinit", "uninit", "teardown", "finalize"}, 6},
    [MC_WORD_REFCOUNT] = {{"ref", "refs", "nrefs", "refcount", "refcnt", "references", "refcounter"}, 7},
};

void mc_naming_set_vocabulary(mc_word_class c, const char *const *words, int n)
{
    vocab[c].n = n < MAX_WORDS ? n : MAX_WORDS;
    for (int i = 0; i < vocab[c].n; i++)
        vocab[c].words[i] = words[i];
}

typedef struct words {
    char w[MAX_WORDS][64];
    int n;
} words;

static void add_word(const char *w, void *ctx)
{
    words *ws = ctx;
    if (ws->n < MAX_WORDS)
        snprintf(ws->w[ws->n++], sizeof ws->w[0], "%s", w);
}

static bool in_class(const char *w, mc_word_class c)
{
    for (int i = 0; i < vocab[c].n; i++)
        if (strcmp(vocab[c].words[i], w) == 0)
            return true;
    return false;
}

/* A verb or a conjunction before "ref" makes it a noun: get_loc_or_ref,
 * emit_ref, push_ref, and window_remove_ref, which drops one. */
static bool verb_before(const words *ws, int i)
{
    static const char *const verbs[] = {"get", "set", "emit", "put", "push", "add", "make", "find", "lookup",
                                        "load", "read", "write", "gen", "parse", "print", "dump", "resolve",
                                        "remove", "drop", "del", "dec", "clear", "or", "and", "to", "from",
                                        "is", "has"};
    for (int k = 0; k < i; k++)
        for (size_t v = 0; v < sizeof verbs / sizeof *verbs; v++)
            if (strcmp(ws->w[k], verbs[v]) == 0)
                return true;
    return false;
}

/* Some words are nouns as often as verbs: "sink" ending a name (dataSink, badSink)
 * names no taker, which takes its object after it (list_sink_node); "view"
 * starting a name with more after it is a module (view_get_title, viewResize). */
static bool noun_use(const words *ws, int i, mc_word_class c)
{
    if (c == MC_WORD_TAKE)
        return i == ws->n - 1 && strcmp(ws->w[i], "sink") == 0;
    if (c == MC_WORD_VIEW)
        return i == 0 && ws->n > 1 && strcmp(ws->w[i], "view") == 0;
    if (c == MC_WORD_RETAIN)
        return i != ws->n - 1 || verb_before(ws, i); /* obj_ref, g_object_ref, CFRetain; not ref_count */
    return false;
}

/* Index of the first word of class c, or -1. */
static int class_word_from(const words *ws, mc_word_class c, int from)
{
    for (int i = from; i < ws->n; i++)
        if (in_class(ws->w[i], c) && !noun_use(ws, i, c))
            return i;
    return -1;
}

static int class_word(const words *ws, mc_word_class c)
{
    return class_word_from(ws, c, 0);
}

const char *mc_name_word(const char *ident, mc_word_class c)
{
    if (!ident)
        return NULL;
    words ws = {.n = 0};
    mc_split_words(ident, add_word, &ws);
    int k = class_word(&ws, c);
    if (k < 0)
        return NULL;
    for (int i = 0; i < vocab[c].n; i++)
        if (strcmp(vocab[c].words[i], ws.w[k]) == 0)
            return vocab[c].words[i];
    return NULL;
}

bool mc_name_has(const char *ident, mc_word_class c)
{
    if (!ident)
        return false;
    words ws = {.n = 0};
    mc_split_words(ident, add_word, &ws);
    return class_word(&ws, c) >= 0;
}

bool mc_name_ends_with(const char *ident, mc_word_class c)
{
    if (!ident)
        return false;
    words ws = {.n = 0};
    mc_split_words(ident, add_word, &ws);
    int last = ws.n - 1;
    while (last > 0 && strspn(ws.w[last], "0123456789") == strlen(ws.w[last]))
        last--; /* a width suffix: pcre2_maketables_free_8 */
    int k = class_word(&ws, c);
    return k >= 0 && k == last;
}

char *mc_name_prefix(const char *ident, mc_word_class c)
{
    words ws = {.n = 0};
    mc_split_words(ident, add_word, &ws);
    int k = class_word(&ws, c);
    if (k <= 0)
        return NULL;
    mc_buf b = {0};
    for (int i = 0; i < k; i++)
        mc_buf_printf(&b, "%s%s", i ? "_" : "", ws.w[i]);
    return mc_buf_detach(&b);
}

static bool is_pointer(const mc_param_info *p)
{
    return p->type.kind == MC_TY_PTR;
}

/* A pointer that can own something: not a pointer to const (borrowed by the
 * convention) nor to a number (int *count). */
static bool owner_pointer(const mc_param_info *p)
{
    return is_pointer(p) && !p->type.pointee_const && !(p->type.pointee_kind == MC_TY_INT && p->type.ptr_depth == 1 && p->type.name &&
                              strcmp(p->type.name, "char") != 0 && strstr(p->type.name, "char") == NULL);
}

/* Does the parameter's name or pointee type name contain word? */
static bool param_matches(const mc_param_info *p, const char *word, bool by_type)
{
    const char *what = by_type ? p->type.name : p->name;
    return what && mc_ident_has_word(what, word);
}

/* Parameters named by the words after the class word, as a bit mask: by their
 * names, else by their types' (xmlDOMWrapAdoptNode(..., xmlNode *node, ...,
 * xmlNode *destParent) adopts node, not its new parent). */
static uint64_t named_params(const mc_symbol *s, mc_word_class c)
{
    words ws = {.n = 0};
    mc_split_words(s->name, add_word, &ws);
    int k = class_word(&ws, c);
    uint64_t mask = 0;
    for (int w = k + 1; k >= 0 && w < ws.n && !mask; w++)
        for (int by_type = 0; by_type < 2 && !mask; by_type++)
            for (int i = 0; i < s->nparams && i < 64; i++)
                if (owner_pointer(&s->params[i]) && param_matches(&s->params[i], ws.w[w], by_type))
                    mask |= 1ULL << i;
    return mask;
}

/* "delete_item_from_list": the words after the verb name something inside. */
static bool names_a_part(const words *ws, int from)
{
    static const char *const prepositions[] = {"from", "in", "of", "at", "inside"};
    for (int i = from; i < ws->n; i++)
        for (size_t p = 0; p < sizeof prepositions / sizeof *prepositions; p++)
            if (strcmp(ws->w[i], prepositions[p]) == 0)
                return true;
    return false;
}

/* A word after a verb that still means the whole object: foo_free_full,
 * list_take_other, expr_delete_nn, buf_destroy_cb. */
static bool qualifier(const char *word)
{
    static const char *const whole[] = {"full", "all", "cb", "callback", "func", "fn", "impl", "internal",
                                        "now", "locked", "unlocked", "safe", "r", "real", "it",
                                        "bad", "good", "ok", "old", "new", "v", "other", "one", "ownership", "owned"};
    if (strspn(word, "0123456789") == strlen(word))
        return true;
    for (size_t w = 0; w < sizeof whole / sizeof *whole; w++)
        if (strcmp(word, whole[w]) == 0)
            return true;
    return in_class(word, MC_WORD_NONNULL); /* expr_deleteNN, free_nonnull */
}

static bool only_qualifiers(const words *ws, int from)
{
    for (int i = from; i < ws->n; i++)
        if (!qualifier(ws->w[i]))
            return false;
    return true;
}

/* The owner pointer parameter a word names, or -1. */
static int param_named(const mc_symbol *s, const char *word)
{
    for (int by_type = 0; by_type < 2; by_type++)
        for (int i = 0; i < s->nparams; i++)
            if (owner_pointer(&s->params[i]) && param_matches(&s->params[i], word, by_type))
                return i;
    return -1;
}

/* An integer parameter that names what the verb acts on: luaL_unref(L, t, ref),
 * pool_release(pool, id), table_delete(t, key): the pointer is the container. */
static bool has_handle_param(const mc_symbol *s)
{
    static const char *const handles[] = {"ref", "fd", "id", "handle", "key", "slot", "idx", "index"};
    for (int i = 0; i < s->nparams; i++) {
        const mc_param_info *p = &s->params[i];
        if (p->type.kind != MC_TY_INT || !p->name)
            continue;
        for (size_t h = 0; h < sizeof handles / sizeof *handles; h++)
            if (mc_ident_has_word(p->name, handles[h]))
                return true;
    }
    return false;
}

int mc_destroyed_param(const mc_symbol *s)
{
    words ws = {.n = 0};
    mc_split_words(s->name, add_word, &ws);
    int k = class_word(&ws, MC_WORD_DESTROY);
    if (k < 0 || class_word(&ws, MC_WORD_CREATE) >= 0)
        return -1;
    /* free_list(List *), then expr_delete(Db *, Expr *): the nearest word names it */
    int named = k + 1 < ws.n ? param_named(s, ws.w[k + 1]) : -1;
    if (named < 0 && (!only_qualifiers(&ws, k + 1) || has_handle_param(s)))
        return -1; /* strbuf_release_data, node_delete_key: a part of the object */
    if (named < 0 && k > 0)
        named = param_named(s, ws.w[k - 1]);
    if (named >= 0 || names_a_part(&ws, k + 1))
        return named;
    int only = -1;
    for (int i = 0; i < s->nparams; i++) {
        if (!owner_pointer(&s->params[i]))
            continue;
        if (only >= 0)
            return -1; /* several candidates and the name picks none */
        only = i;
    }
    return only;
}

/* Whether a abbreviates b: three letters or more of it, in order, from b's
 * first letter (ctx for context, cfg for config, conn for connection). */
static bool abbreviates(const char *a, const char *b)
{
    size_t la = strlen(a);
    if (la < 3 || la >= strlen(b) || a[0] != b[0])
        return false;
    for (; *a && *b; b++)
        if (*a == *b)
            a++;
    return *a == '\0';
}

/* Whether word names p by a word of its name or its type's name, in full or
 * abbreviated either way (context for struct quic_ctx *ctx). */
static bool names_param_loosely(const char *word, const mc_param_info *p)
{
    words ws = {.n = 0};
    if (p->name)
        mc_split_words(p->name, add_word, &ws);
    if (p->type.name)
        mc_split_words(p->type.name, add_word, &ws);
    for (int i = 0; i < ws.n; i++)
        if (strcmp(ws.w[i], word) == 0 || abbreviates(ws.w[i], word) || abbreviates(word, ws.w[i]))
            return true;
    return false;
}

/* The only pointer parameter, when it is a single pointer to a struct that can
 * own (not to const), or -1. */
static int only_struct_pointer(const mc_symbol *s)
{
    int only = -1;
    for (int i = 0; i < s->nparams; i++) {
        if (!is_pointer(&s->params[i]))
            continue;
        if (only >= 0)
            return -1;
        only = i;
    }
    const mc_type *t = only >= 0 ? &s->params[only].type : NULL;
    return t && t->ptr_depth == 1 && t->pointee_kind == MC_TY_RECORD && !t->pointee_const ? only : -1;
}

int mc_disposed_param(const mc_symbol *s)
{
    int named = mc_destroyed_param(s);
    if (named >= 0)
        return named;
    words ws = {.n = 0};
    mc_split_words(s->name, add_word, &ws);
    int k = class_word(&ws, MC_WORD_DESTROY);
    int only = only_struct_pointer(s);
    if (k < 0 || only < 0 || class_word(&ws, MC_WORD_CREATE) >= 0 || names_a_part(&ws, k + 1) || has_handle_param(s))
        return -1;
    for (int i = k + 1; i < ws.n; i++)
        if (!qualifier(ws.w[i]) && !names_param_loosely(ws.w[i], &s->params[only]))
            return -1; /* strbuf_release_data(strbuf *): the data goes, not the strbuf */
    return only;
}

bool mc_name_tears_down(const char *ident)
{
    return mc_name_has(ident, MC_WORD_TEARDOWN);
}

/* free_contents(msg), destroy_members(s): a destroy verb whose object is the
 * insides of the struct it is given, which its caller then drops or fills
 * anew, as after a teardown. */
static bool releases_insides(const char *name)
{
    static const char *const insides[] = {"contents", "content", "members", "fields", "internals"};
    words ws = {.n = 0};
    mc_split_words(name, add_word, &ws);
    int k = class_word(&ws, MC_WORD_DESTROY);
    for (size_t i = 0; k >= 0 && k + 1 < ws.n && i < sizeof insides / sizeof *insides; i++)
        if (strcmp(ws.w[k + 1], insides[i]) == 0)
            return only_qualifiers(&ws, k + 2);
    return false;
}

int mc_torn_down_param(const mc_symbol *s)
{
    return mc_name_tears_down(s->name) || releases_insides(s->name) ? only_struct_pointer(s) : -1;
}

/* A pointer to a flag or a number (bool *found, size_t *skip) is where a
 * view-named function writes its answer, not what it looks at. */
static bool answer_slot(const mc_param_info *p)
{
    const mc_type *t = &p->type;
    if (!is_pointer(p) || t->ptr_depth != 1 || t->pointee_const)
        return false;
    bool character = t->name && strstr(t->name, "char");
    return t->pointee_kind == MC_TY_BOOL || t->pointee_kind == MC_TY_FLOAT ||
           (t->pointee_kind == MC_TY_INT && !character);
}

/* What a view-named function looks at: the parameter its name names, else the
 * first pointer to const or to a struct (git_peek(char *out, Ctx *ctx) looks at
 * ctx), else the first pointer that is not an answer slot. */
int mc_viewed_param(const mc_symbol *s)
{
    uint64_t named = named_params(s, MC_WORD_VIEW);
    for (int i = 0; i < s->nparams && i < 64; i++)
        if ((named & (1ULL << i)) && !answer_slot(&s->params[i]))
            return i;
    int first = -1;
    for (int i = 0; i < s->nparams && i < 64; i++) {
        const mc_param_info *p = &s->params[i];
        if (!is_pointer(p) || answer_slot(p))
            continue;
        if (p->type.pointee_const || p->type.pointee_kind == MC_TY_RECORD)
            return i;
        if (first < 0)
            first = i;
    }
    return first;
}

/* Where the words of type name tn (string_view, "struct string_view") start in
 * ws, all of them in order, and how many they are; -1 when they do not. */
static int type_words_at(const words *ws, const char *tn, int *len)
{
    words tw = {.n = 0};
    mc_split_words(tn, add_word, &tw);
    int from = tw.n && strcmp(tw.w[0], "struct") == 0 ? 1 : 0;
    *len = tw.n - from;
    for (int i = 0; *len > 0 && i + *len <= ws->n; i++) {
        int k = from;
        while (k < tw.n && strcmp(ws->w[i + k - from], tw.w[k]) == 0)
            k++;
        if (k == tw.n)
            return i;
    }
    return -1;
}

/* Whether word k of s's name is part of a pointer parameter's type name: a
 * string_view's view is a noun. */
static bool in_param_type_name(const mc_symbol *s, const words *ws, int k)
{
    for (int i = 0; i < s->nparams; i++) {
        const char *tn = s->params[i].type.kind == MC_TY_PTR ? s->params[i].type.name : NULL;
        int len;
        int at = tn ? type_words_at(ws, tn, &len) : -1;
        if (at >= 0 && k >= at && k < at + len)
            return true;
    }
    return false;
}

/* How many of the name's first words name its module: the words of the
 * defining file's name (grid-view.c) that start it (grid_view_*), and a "view"
 * right after them with more to follow (mode-tree.c's mode_tree_view_name), as
 * it would be starting a name. */
static int module_words(const mc_symbol *s, const words *ws)
{
    const char *path = s->def ? s->def->loc.file : NULL;
    const char *base = path ? strrchr(path, '/') : NULL;
    base = base ? base + 1 : path;
    if (!base)
        return 0;
    char stem[128];
    snprintf(stem, sizeof stem, "%s", base);
    char *dot = strrchr(stem, '.');
    if (dot)
        *dot = '\0';
    words file = {.n = 0};
    mc_split_words(stem, add_word, &file);
    int n = 0;
    while (n < file.n && n < ws->n && strcmp(file.w[n], ws->w[n]) == 0)
        n++;
    if (n < file.n || n == 0)
        return 0;
    return n + 1 < ws->n && strcmp(ws->w[n], "view") == 0 ? n + 1 : n;
}

static uint64_t taken_params(const mc_symbol *s, bool *alone, bool *by_default)
{
    *alone = *by_default = false;
    if (!mc_name_has(s->name, MC_WORD_TAKE) || s->nparams == 0)
        return 0;
    uint64_t mask = named_params(s, MC_WORD_TAKE);
    if (mask)
        return mask;
    *by_default = true;
    words ws = {.n = 0};
    mc_split_words(s->name, add_word, &ws);
    int k = class_word(&ws, MC_WORD_TAKE);
    if (k >= 0 && !only_qualifiers(&ws, k + 1))
        return 0; /* consume_bytes, consumeAndRefill: what is taken is no parameter */
    /* a taker that returns a pointer hands out what it took from its receiver:
       its T ** parameters are further answers (queue_take(q, &description)) */
    bool hands_out = s->ret.kind == MC_TY_PTR;
    for (int i = 1; i < s->nparams && i < 64; i++)
        if (owner_pointer(&s->params[i]) && !(hands_out && s->params[i].type.ptr_depth >= 2))
            mask |= 1ULL << i;
    /* list_take(List *) returning a pointer pops from its list: it takes nothing */
    if (!mask && s->nparams == 1 && owner_pointer(&s->params[0]) && s->ret.kind != MC_TY_PTR) {
        mask = 1;
        *alone = true;
    }
    return mask;
}

uint64_t mc_taken_params(const mc_symbol *s)
{
    bool alone, by_default;
    return taken_params(s, &alone, &by_default);
}

/* A retain function raises the count of its first pointer parameter and returns
 * nothing or that same object (obj_ref(Obj *) -> Obj *); anything else named
 * *_ref is a lookup, not a retain. */
static int retained_param(const mc_symbol *s)
{
    for (int i = 0; i < s->nparams; i++) {
        const mc_type *t = &s->params[i].type;
        if (t->kind != MC_TY_PTR)
            continue;
        bool same = s->ret.kind == MC_TY_PTR && s->ret.ptr_depth == t->ptr_depth &&
                    ((!s->ret.name && !t->name) || (s->ret.name && t->name && strcmp(s->ret.name, t->name) == 0));
        return s->ret.kind == MC_TY_VOID || same ? i : -1;
    }
    return -1;
}

void mc_names_of(const mc_symbol *s, mc_names *out)
{
    *out = (mc_names){.viewed = -1, .destroyed = -1, .retained = -1, .closed = -1};
    if (!s || !s->name)
        return;
    words ws = {.n = 0};
    mc_split_words(s->name, add_word, &ws);
    int v = class_word_from(&ws, MC_WORD_VIEW, module_words(s, &ws)); /* grid_view_clear: no verb */
    out->view = v >= 0 && !in_param_type_name(s, &ws, v);
    out->take = !out->view && mc_name_has(s->name, MC_WORD_TAKE);
    out->create = mc_name_has(s->name, MC_WORD_CREATE);
    out->destroy = !out->create && mc_name_has(s->name, MC_WORD_DESTROY);
    out->taken = out->take ? taken_params(s, &out->taken_alone, &out->taken_by_default) : 0;
    out->viewed = out->view ? mc_viewed_param(s) : -1;
    out->destroyed = out->destroy ? mc_destroyed_param(s) : -1;
    out->destroy_word = out->destroy ? mc_name_word(s->name, MC_WORD_DESTROY) : NULL;
    if (!out->create && !out->destroy && mc_name_has(s->name, MC_WORD_RETAIN))
        out->retained = retained_param(s);
}
