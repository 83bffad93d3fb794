/* model.c - loads model files (YAML, schema in docs/models.md) into families and
 * function models, indexed by function name. Later definitions of a function
 * replace earlier ones, so a user's models override the shipped ones. */
#include "model.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "embedded.h"
#include "util.h"

typedef struct loader {
    mc_models *m;
    yaml_document_t *doc;
    const char *origin;
    char *err;
} loader;

/* Kept up to date as models are defined, so that loading n names costs O(n):
 * a configuration is untrusted input (a contributor's branch in CI). */
typedef struct model_index {
    size_t cap;     /* a power of two, at least twice the models indexed; 0 before the first */
    int *slots;     /* open addressing over funcs by name hash; -1 empty */
    int funcs_cap;  /* room in m->funcs */
} model_index;

void mc_models_init(mc_models *m)
{
    *m = (mc_models){0};
    m->index = mc_xcalloc(1, sizeof(model_index));
}

/* ---- the index ---- */

static void index_insert(model_index *ix, const mc_fnmodel *funcs, int f)
{
    size_t h = mc_hash_str(funcs[f].name) & (ix->cap - 1);
    while (ix->slots[h] >= 0)
        h = (h + 1) & (ix->cap - 1);
    ix->slots[h] = f;
}

/* Rehashes when one more model would fill half the table. */
static void index_reserve(mc_models *m)
{
    model_index *ix = m->index;
    if (ix->cap >= (size_t)m->nfuncs * 2 + 2)
        return;
    size_t cap = ix->cap ? ix->cap : 64;
    while (cap < (size_t)m->nfuncs * 2 + 2)
        cap *= 2;
    free(ix->slots);
    ix->slots = mc_xmalloc(cap * sizeof *ix->slots);
    ix->cap = cap;
    for (size_t i = 0; i < cap; i++)
        ix->slots[i] = -1;
    for (int f = 0; f < m->nfuncs; f++)
        index_insert(ix, m->funcs, f);
}

static int index_lookup(const mc_models *m, const char *name)
{
    const model_index *ix = m->index;
    if (!name || !ix || !ix->cap)
        return -1;
    for (size_t h = mc_hash_str(name) & (ix->cap - 1); ix->slots[h] >= 0; h = (h + 1) & (ix->cap - 1))
        if (strcmp(m->funcs[ix->slots[h]].name, name) == 0)
            return ix->slots[h];
    return -1;
}

/* A model by its function's name; __builtin_free is free unless a model says
 * otherwise (__builtin_alloca). */
const mc_fnmodel *mc_models_find(const mc_models *m, const char *name)
{
    static const char builtin[] = "__builtin_";
    int f = index_lookup(m, name);
    if (f < 0 && name && strncmp(name, builtin, sizeof builtin - 1) == 0)
        f = index_lookup(m, name + sizeof builtin - 1);
    return f >= 0 ? &m->funcs[f] : NULL;
}

static mc_fnmodel *find_mut(mc_models *m, const char *name)
{
    int f = index_lookup(m, name);
    return f >= 0 ? &m->funcs[f] : NULL;
}

static mc_fnmodel *define(mc_models *m, const char *name)
{
    mc_fnmodel *f = find_mut(m, name);
    if (!f) {
        model_index *ix = m->index;
        index_reserve(m);
        if (m->nfuncs == ix->funcs_cap) {
            ix->funcs_cap = ix->funcs_cap ? ix->funcs_cap * 2 : 64;
            m->funcs = mc_xrealloc(m->funcs, (size_t)ix->funcs_cap * sizeof *m->funcs);
        }
        f = &m->funcs[m->nfuncs++];
        *f = (mc_fnmodel){0};
        f->name = mc_xstrdup(name);
        index_insert(ix, m->funcs, m->nfuncs - 1);
    } else {
        const char *keep = f->name;
        *f = (mc_fnmodel){0};
        f->name = keep;
    }
    f->family = -1;
    return f;
}

int mc_models_family(const mc_models *m, const char *name)
{
    for (int i = 0; i < m->nfamilies; i++)
        if (strcmp(m->families[i].name, name) == 0)
            return i;
    return -1;
}

int mc_models_add_family(mc_models *m, const char *name, const char *kind)
{
    int i = mc_models_family(m, name);
    if (i >= 0) {
        if (kind) {
            free((char *)m->families[i].kind);
            m->families[i].kind = mc_xstrdup(kind);
        }
        return i;
    }
    m->families = mc_xrealloc(m->families, (size_t)(m->nfamilies + 1) * sizeof *m->families);
    m->families[m->nfamilies] = (mc_family){mc_xstrdup(name), mc_xstrdup(kind ? kind : "memory")};
    return m->nfamilies++;
}

/* ---- YAML helpers ---- */

static bool fail(loader *L, const yaml_node_t *n, const char *fmt, const char *what)
{
    if (!L->err)
        L->err = mc_xasprintf("%s:%lu:%lu: %s%s", L->origin, n ? (unsigned long)n->start_mark.line + 1 : 0UL,
                              n ? (unsigned long)n->start_mark.column + 1 : 0UL, fmt, what ? what : "");
    return false;
}

static const char *scalar(const yaml_node_t *n)
{
    return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static bool want_scalar(loader *L, const yaml_node_t *n, const char *key, const char **out)
{
    *out = scalar(n);
    return *out ? true : fail(L, n, "expected a single value for ", key);
}

static bool parse_int(loader *L, const yaml_node_t *n, const char *key, int *out)
{
    const char *s;
    if (!want_scalar(L, n, key, &s))
        return false;
    char *end;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v < 0 || v > 64)
        return fail(L, n, "expected an argument number (1 to 64) for ", key);
    *out = (int)v;
    return true;
}

/* A signed integer constant: `returns: -1`. */
static bool parse_value(loader *L, const yaml_node_t *n, const char *key, int64_t *out)
{
    const char *s;
    if (!want_scalar(L, n, key, &s))
        return false;
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 0);
    if (*s == '\0' || *end != '\0' || errno == ERANGE)
        return fail(L, n, "expected an integer for ", key);
    *out = (int64_t)v;
    return true;
}

static bool parse_bool(loader *L, const yaml_node_t *n, const char *key, bool *out)
{
    const char *s;
    if (!want_scalar(L, n, key, &s))
        return false;
    if (strcmp(s, "true") == 0 || strcmp(s, "yes") == 0)
        *out = true;
    else if (strcmp(s, "false") == 0 || strcmp(s, "no") == 0)
        *out = false;
    else
        return fail(L, n, "expected true or false for ", key);
    return true;
}

/* [1, 2] -> bit mask of argument numbers */
static bool parse_args(loader *L, const yaml_node_t *n, const char *key, uint64_t *mask, int *list, int max)
{
    if (!n || n->type != YAML_SEQUENCE_NODE)
        return fail(L, n, "expected a list of argument numbers for ", key);
    int k = 0;
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
        int v;
        if (!parse_int(L, yaml_document_get_node(L->doc, *it), key, &v) || v == 0)
            return L->err ? false : fail(L, n, "expected argument numbers from 1 for ", key);
        if (mask)
            *mask |= 1ULL << (v - 1);
        if (list && k < max)
            list[k++] = v;
    }
    return true;
}

static bool parse_fails(loader *L, const yaml_node_t *n, mc_failkind *out)
{
    static const struct { const char *word; mc_failkind kind; } kinds[] = {
        {"NULL", MC_FAIL_NULL}, {"null", MC_FAIL_NULL}, {"negative", MC_FAIL_NEGATIVE},
        {"MAP_FAILED", MC_FAIL_MAP_FAILED}, {"nonzero", MC_FAIL_NONZERO}, {"never", MC_FAIL_NONE},
    };
    const char *s;
    if (!want_scalar(L, n, "fails-with", &s))
        return false;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strcmp(s, kinds[i].word) == 0) {
            *out = kinds[i].kind;
            return true;
        }
    return fail(L, n, "expected NULL, negative, MAP_FAILED, nonzero or never for fails-with, not ", s);
}

typedef bool (*key_fn)(loader *L, const char *key, const yaml_node_t *v, mc_fnmodel *f);

/* Walks a mapping, handing each key to fn; `name` must be present. */
static bool each_function(loader *L, const yaml_node_t *n, unsigned role, int family, key_fn fn)
{
    if (!n || n->type != YAML_MAPPING_NODE)
        return fail(L, n, "expected a mapping such as {name: f, ...}", NULL);
    const char *name = NULL;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++)
        if (strcmp(scalar(yaml_document_get_node(L->doc, p->key)) ?: "", "name") == 0)
            name = scalar(yaml_document_get_node(L->doc, p->value));
    if (!name)
        return fail(L, n, "a function entry needs a name", NULL);
    mc_fnmodel *f = define(L->m, name);
    f->roles = role;
    f->family = family;
    f->fails = role & (MC_ROLE_ALLOC | MC_ROLE_REALLOC) ? MC_FAIL_NULL : MC_FAIL_NONE;
    f->arg = role & (MC_ROLE_DEALLOC | MC_ROLE_REALLOC) ? 1 : 0;
    f->borrows_all = role == MC_ROLE_KNOWN;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        const char *key = scalar(yaml_document_get_node(L->doc, p->key));
        if (!key)
            return fail(L, n, "expected a key", NULL);
        if (strcmp(key, "name") != 0 && !fn(L, key, yaml_document_get_node(L->doc, p->value), f))
            return false;
    }
    return true;
}

static bool arg_keys(loader *L, const char *key, const yaml_node_t *v, mc_fnmodel *f)
{
    bool b;
    if (strcmp(key, "nonnull") == 0)
        return parse_args(L, v, key, &f->nonnull, NULL, 0);
    if (strcmp(key, "takes") == 0)
        return parse_args(L, v, key, &f->takes, NULL, 0);
    if (strcmp(key, "copies") == 0)
        return parse_args(L, v, key, &f->copies, NULL, 0);
    if (strcmp(key, "overwrites") == 0)
        return parse_args(L, v, key, &f->overwrites, NULL, 0);
    if (strcmp(key, "returns-arg") == 0)
        return parse_int(L, v, key, &f->returns_arg);
    if (strcmp(key, "returns") == 0) {
        f->has_returns = true;
        return parse_value(L, v, key, &f->returns);
    }
    if (strcmp(key, "noreturn") == 0) {
        if (!parse_bool(L, v, key, &b))
            return false;
        f->roles = b ? (f->roles | MC_ROLE_NORETURN) : (f->roles & ~(unsigned)MC_ROLE_NORETURN);
        return true;
    }
    return fail(L, v, "unknown key (expected name, nonnull, takes, copies, returns, noreturn, ...): ", key);
}

static bool alloc_keys(loader *L, const char *key, const yaml_node_t *v, mc_fnmodel *f)
{
    if (strcmp(key, "fails-with") == 0)
        return parse_fails(L, v, &f->fails);
    if (strcmp(key, "size") == 0)
        return parse_args(L, v, key, NULL, f->size_args, 2);
    if (strcmp(key, "size-checked") == 0)
        return parse_bool(L, v, key, &f->size_checked);
    if (strcmp(key, "stack") == 0)
        return parse_bool(L, v, key, &f->stack);
    if (strcmp(key, "allocates-when-null") == 0)
        return parse_int(L, v, key, &f->when_null);
    if (strcmp(key, "result-arg") == 0)
        return parse_int(L, v, key, &f->result_arg);
    if (strcmp(key, "result-count") == 0)
        return parse_int(L, v, key, &f->result_count);
    if (strcmp(key, "takes-on-success") == 0) {
        uint64_t mask = 0;
        if (!parse_args(L, v, key, &mask, NULL, 0))
            return false;
        f->takes |= mask;
        f->takes_on_success |= mask;
        return true;
    }
    if (strcmp(key, "arg") == 0 && (f->roles & MC_ROLE_REALLOC))
        return parse_int(L, v, key, &f->arg);
    return arg_keys(L, key, v, f);
}

static bool dealloc_keys(loader *L, const char *key, const yaml_node_t *v, mc_fnmodel *f)
{
    if (strcmp(key, "arg") == 0)
        return parse_int(L, v, key, &f->arg);
    return arg_keys(L, key, v, f);
}

static bool load_list(loader *L, const yaml_node_t *n, const char *what, unsigned role, int family, key_fn fn)
{
    if (!n || n->type != YAML_SEQUENCE_NODE)
        return fail(L, n, "expected a list for ", what);
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++)
        if (!each_function(L, yaml_document_get_node(L->doc, *it), role, family, fn))
            return false;
    return true;
}

/* - family: NAME, kind: ..., allocators: [...], reallocators: [...], deallocators: [...] */
static bool load_family(loader *L, const yaml_node_t *n, const char *name)
{
    const char *kind = NULL;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++)
        if (strcmp(scalar(yaml_document_get_node(L->doc, p->key)) ?: "", "kind") == 0 &&
            !want_scalar(L, yaml_document_get_node(L->doc, p->value), "kind", &kind))
            return false;
    int fam = mc_models_add_family(L->m, name, kind);
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        const char *key = scalar(yaml_document_get_node(L->doc, p->key));
        const yaml_node_t *v = yaml_document_get_node(L->doc, p->value);
        bool ok = true;
        if (!key)
            return fail(L, n, "expected a key", NULL);
        else if (strcmp(key, "family") == 0 || strcmp(key, "kind") == 0)
            continue;
        else if (strcmp(key, "allocators") == 0)
            ok = load_list(L, v, key, MC_ROLE_ALLOC, fam, alloc_keys);
        else if (strcmp(key, "reallocators") == 0)
            ok = load_list(L, v, key, MC_ROLE_REALLOC, fam, alloc_keys);
        else if (strcmp(key, "deallocators") == 0)
            ok = load_list(L, v, key, MC_ROLE_DEALLOC, fam, dealloc_keys);
        else
            return fail(L, v, "unknown key (expected family, kind, allocators, reallocators, deallocators): ", key);
        if (!ok)
            return false;
    }
    return true;
}

static bool load_entry(loader *L, const yaml_node_t *n)
{
    if (!n || n->type != YAML_MAPPING_NODE)
        return fail(L, n, "expected '- family: NAME' or '- functions: [...]'", NULL);
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        const char *key = scalar(yaml_document_get_node(L->doc, p->key));
        const yaml_node_t *v = yaml_document_get_node(L->doc, p->value);
        if (key && strcmp(key, "family") == 0) {
            const char *name;
            return want_scalar(L, v, "family", &name) && load_family(L, n, name);
        }
        if (key && strcmp(key, "functions") == 0 && n->data.mapping.pairs.top - n->data.mapping.pairs.start == 1)
            return load_list(L, v, key, MC_ROLE_KNOWN, -1, arg_keys);
    }
    return fail(L, n, "expected '- family: NAME' or '- functions: [...]'", NULL);
}

bool mc_models_load_node(mc_models *m, void *document, void *node, const char *origin, char **err)
{
    loader L = {m, document, origin, NULL};
    const yaml_node_t *n = node;
    bool ok = true;
    if (!n || n->type != YAML_SEQUENCE_NODE)
        ok = fail(&L, n, "expected a list of families and function lists", NULL);
    for (yaml_node_item_t *it = ok ? n->data.sequence.items.start : NULL; ok && it < n->data.sequence.items.top; it++)
        ok = load_entry(&L, yaml_document_get_node(L.doc, *it));
    *err = L.err;
    return ok;
}

bool mc_models_load_text(mc_models *m, const char *text, const char *origin, char **err)
{
    yaml_parser_t parser;
    yaml_document_t doc;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, strlen(text));
    if (!yaml_parser_load(&parser, &doc)) {
        *err = mc_xasprintf("%s:%lu:%lu: %s", origin, (unsigned long)parser.problem_mark.line + 1,
                            (unsigned long)parser.problem_mark.column + 1,
                            parser.problem ? parser.problem : "malformed YAML");
        yaml_parser_delete(&parser);
        return false;
    }
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    bool ok = root ? mc_models_load_node(m, &doc, root, origin, err) : (*err = NULL, true);
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    return ok;
}

bool mc_models_load_file(mc_models *m, const char *path, char **err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = mc_xasprintf("%s: cannot be read", path);
        return false;
    }
    mc_buf b = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        mc_buf_append(&b, chunk, n);
    fclose(f);
    char *text = mc_buf_detach(&b);
    bool ok = mc_models_load_text(m, text, path, err);
    free(text);
    return ok;
}

bool mc_models_load_builtin(mc_models *m, char **err)
{
    for (const mc_embedded_file *f = mc_embedded_models; f->name; f++)
        if (!mc_models_load_text(m, f->text, f->name, err))
            return false;
    return true;
}

void mc_models_add_never_fail(mc_models *m, const char *name)
{
    mc_fnmodel *f = find_mut(m, name);
    if (!f) {
        f = define(m, name);
        f->roles = MC_ROLE_ALLOC;
        f->family = mc_models_add_family(m, "malloc", "memory");
        f->only_never_fail = true;
    }
    f->fails = MC_FAIL_NONE;
}

void mc_models_add_noreturn(mc_models *m, const char *name)
{
    mc_fnmodel *f = find_mut(m, name);
    if (!f) {
        f = define(m, name);
        f->roles = MC_ROLE_KNOWN;
    }
    f->roles |= MC_ROLE_NORETURN;
}

void mc_models_free(mc_models *m)
{
    for (int i = 0; i < m->nfamilies; i++) {
        free((char *)m->families[i].name);
        free((char *)m->families[i].kind);
    }
    for (int i = 0; i < m->nfuncs; i++)
        free((char *)m->funcs[i].name);
    free(m->families);
    free(m->funcs);
    model_index *ix = m->index;
    if (ix)
        free(ix->slots);
    free(ix);
    *m = (mc_models){0};
}

/* ---- dump ---- */

static int by_name(const void *a, const void *b)
{
    return strcmp((*(const mc_fnmodel *const *)a)->name, (*(const mc_fnmodel *const *)b)->name);
}

static void dump_mask(FILE *out, const char *key, uint64_t mask)
{
    if (!mask)
        return;
    fprintf(out, " %s=", key);
    const char *sep = "";
    for (int i = 0; i < 64; i++)
        if (mask & (1ULL << i)) {
            fprintf(out, "%s%d", sep, i + 1);
            sep = ",";
        }
}

static const char *fails_word(mc_failkind k)
{
    static const char *const words[] = {"never", "NULL", "negative", "MAP_FAILED", "nonzero"};
    return words[k];
}

static void dump_one(FILE *out, const mc_models *m, const mc_fnmodel *f)
{
    fprintf(out, "%s:", f->name);
    if (f->roles & MC_ROLE_ALLOC)
        fprintf(out, " alloc");
    if (f->roles & MC_ROLE_REALLOC)
        fprintf(out, " realloc");
    if (f->roles & MC_ROLE_DEALLOC)
        fprintf(out, " dealloc");
    if (f->roles & MC_ROLE_NORETURN)
        fprintf(out, " noreturn");
    if (f->roles == MC_ROLE_KNOWN)
        fprintf(out, " known");
    if (f->family >= 0)
        fprintf(out, " family=%s", m->families[f->family].name);
    if (f->roles & (MC_ROLE_ALLOC | MC_ROLE_REALLOC))
        fprintf(out, " fails-with=%s", fails_word(f->fails));
    if (f->result_arg)
        fprintf(out, " result-arg=%d", f->result_arg);
    if (f->result_count)
        fprintf(out, " result-count=%d", f->result_count);
    if (f->size_args[0])
        fprintf(out, " size=%d%s%.0d", f->size_args[0], f->size_args[1] ? "," : "", f->size_args[1]);
    if (f->size_checked)
        fprintf(out, " size-checked");
    if (f->stack)
        fprintf(out, " stack");
    if (f->when_null)
        fprintf(out, " allocates-when-null=%d", f->when_null);
    if (f->returns_arg)
        fprintf(out, " returns-arg=%d", f->returns_arg);
    if (f->has_returns)
        fprintf(out, " returns=%lld", (long long)f->returns);
    if (f->arg && (f->roles & (MC_ROLE_DEALLOC | MC_ROLE_REALLOC)))
        fprintf(out, " arg=%d", f->arg);
    dump_mask(out, "nonnull", f->nonnull);
    dump_mask(out, "takes", f->takes & ~f->takes_on_success);
    dump_mask(out, "takes-on-success", f->takes_on_success);
    dump_mask(out, "copies", f->copies);
    dump_mask(out, "overwrites", f->overwrites);
    fputc('\n', out);
}

void mc_models_dump(const mc_models *m, void *out_)
{
    FILE *out = out_;
    for (int i = 0; i < m->nfamilies; i++)
        fprintf(out, "family %s: %s\n", m->families[i].name, m->families[i].kind);
    const mc_fnmodel **sorted = mc_xmalloc((size_t)(m->nfuncs + 1) * sizeof *sorted);
    for (int i = 0; i < m->nfuncs; i++)
        sorted[i] = &m->funcs[i];
    qsort(sorted, (size_t)m->nfuncs, sizeof *sorted, by_name);
    for (int i = 0; i < m->nfuncs; i++)
        dump_one(out, m, sorted[i]);
    free(sorted);
}
