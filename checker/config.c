/* config.c - reads .memcheck.yml with libyaml. Every key is checked: an unknown
 * key, a value of the wrong type or an unknown rule stops the run with the file,
 * line and column and what was expected (exit 2). */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "rule.h"
#include "srcroot.h"

static const char config_name[] = ".memcheck.yml";

/* A configuration is untrusted input (CI analysing a contributor's branch): one
 * larger than this is refused before it is parsed. Real ones are a few KB. */
enum { MAX_CONFIG_MB = 16 };

typedef struct reader {
    mc_config *c;
    mc_models *models;
    yaml_document_t *doc;
    const char *path;
} reader;

void mc_config_init(mc_config *c)
{
    *c = (mc_config){.unknown_calls = -1, .leaks_at_exit = -1, .strict_names = -1};
    c->rule_level = mc_xmalloc((size_t)(mc_nrules + 1) * sizeof *c->rule_level);
    for (int i = 0; i < mc_nrules; i++)
        c->rule_level[i] = MC_LEVEL_UNSET;
}

char *mc_config_find(const char *dir)
{
    char real[PATH_MAX];
    char *d = mc_xstrdup(realpath(dir, real) ? real : dir);
    char *found = NULL;
    while (!found) {
        char *candidate = mc_xasprintf("%s/%s", strcmp(d, "/") == 0 ? "" : d, config_name);
        if (access(candidate, F_OK) == 0)
            found = candidate;
        else
            free(candidate);
        char *slash = strrchr(d, '/');
        if (!slash || strcmp(d, "/") == 0)
            break;
        slash[slash == d ? 1 : 0] = '\0'; /* up one level; "/x" becomes "/" */
    }
    free(d);
    return found;
}

/* ---- errors ---- */

static bool fail(reader *R, const yaml_node_t *n, const char *what, const char *detail)
{
    fprintf(stderr, "memcheck: error: %s:%lu:%lu: %s%s\n", R->path, n ? (unsigned long)n->start_mark.line + 1 : 1UL,
            n ? (unsigned long)n->start_mark.column + 1 : 1UL, what, detail ? detail : "");
    return false;
}

static yaml_node_t *node(reader *R, int id)
{
    return yaml_document_get_node(R->doc, id);
}

static const char *scalar(const yaml_node_t *n)
{
    return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static bool want_bool(reader *R, const yaml_node_t *n, const char *key, int *out)
{
    const char *s = scalar(n);
    if (s && (strcmp(s, "true") == 0 || strcmp(s, "yes") == 0))
        *out = 1;
    else if (s && (strcmp(s, "false") == 0 || strcmp(s, "no") == 0))
        *out = 0;
    else
        return fail(R, n, "expected true or false for ", key);
    return true;
}

/* A list of names (function names, words, globs). */
static bool want_names(reader *R, const yaml_node_t *n, const char *key, bool (*each)(reader *, const char *, void *),
                       void *ctx)
{
    if (!n || n->type != YAML_SEQUENCE_NODE)
        return fail(R, n, "expected a list for ", key);
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
        const char *s = scalar(node(R, *it));
        if (!s || !*s)
            return fail(R, node(R, *it), "expected a name in the list of ", key);
        if (!each(R, s, ctx))
            return false;
    }
    return true;
}

/* ---- keys ---- */

static bool add_noreturn(reader *R, const char *name, void *ctx)
{
    mc_models_add_noreturn(R->models, name);
    return true;
}

static bool add_never_fail(reader *R, const char *name, void *ctx)
{
    mc_models_add_never_fail(R->models, name);
    return true;
}

static bool add_exclude(reader *R, const char *glob, void *ctx)
{
    MC_VEC_PUSH(R->c->exclude, mc_xstrdup(glob));
    return true;
}

static bool add_word(reader *R, const char *word, void *ctx)
{
    int cls = *(int *)ctx;
    MC_VEC_PUSH(R->c->words[cls], mc_xstrdup(word));
    return true;
}

static int level_of(const char *s)
{
    static const struct { const char *word; int level; } levels[] = {
        {"on", MC_LEVEL_ON}, {"off", MC_LEVEL_OFF}, {"note", MC_SEV_NOTE},
        {"warning", MC_SEV_WARNING}, {"error", MC_SEV_ERROR},
    };
    for (size_t i = 0; s && i < sizeof levels / sizeof levels[0]; i++)
        if (strcmp(s, levels[i].word) == 0)
            return levels[i].level;
    return MC_LEVEL_UNSET;
}

static bool unknown_rule(reader *R, const yaml_node_t *n, const char *id)
{
    const char *guess = mc_rule_suggest(id);
    char *detail = guess ? mc_xasprintf("%s; did you mean '%s'?", id, guess) : mc_xstrdup(id);
    fail(R, n, "unknown rule (see memcheck --list-rules): ", detail);
    free(detail);
    return false;
}

/* rules: {leak: error, "*-naming": off} into levels (per mc_rules index) -
 * later keys win over earlier ones */
static bool read_rule_levels(reader *R, const yaml_node_t *n, signed char *levels)
{
    if (!n || n->type != YAML_MAPPING_NODE)
        return fail(R, n, "expected a mapping of rule ids (or globs) to on, off, note, warning or error", NULL);
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        const char *id = scalar(node(R, p->key));
        int level = level_of(scalar(node(R, p->value)));
        if (!id)
            return fail(R, node(R, p->key), "expected a rule id", NULL);
        if (level == MC_LEVEL_UNSET)
            return fail(R, node(R, p->value), "expected on, off, note, warning or error for rule ", id);
        bool matched = false;
        for (int i = 0; i < mc_nrules; i++)
            if (strcmp(id, "all") == 0 || mc_glob_match(id, mc_rules[i]->id)) {
                levels[i] = (signed char)level;
                matched = true;
            }
        if (!matched)
            return unknown_rule(R, node(R, p->key), id);
    }
    return true;
}

/* ---- path classes ---- */

static int class_named(const mc_config *c, const char *name)
{
    for (int i = 0; i < c->classes.n; i++)
        if (strcmp(c->classes.v[i].name, name) == 0)
            return i;
    return -1;
}

static int add_class(mc_config *c, const char *name)
{
    mc_path_class k = {.name = mc_xstrdup(name)};
    k.rule_level = mc_xmalloc((size_t)(mc_nrules + 1) * sizeof *k.rule_level);
    for (int i = 0; i < mc_nrules; i++)
        k.rule_level[i] = MC_LEVEL_UNSET;
    MC_VEC_PUSH(c->classes, k);
    return c->classes.n - 1;
}

/* A name that reads well as a tag: a letter or '_', then letters, digits,
 * '-' and '_'. */
static bool class_name_ok(const char *s)
{
    if (!s || !(isalpha((unsigned char)*s) || *s == '_'))
        return false;
    for (; *s; s++)
        if (!(isalnum((unsigned char)*s) || *s == '_' || *s == '-'))
            return false;
    return true;
}

static bool add_class_glob(reader *R, const char *glob, void *ctx)
{
    mc_path_class *k = &R->c->classes.v[*(int *)ctx];
    MC_VEC_PUSH(k->globs, mc_xstrdup(glob));
    return true;
}

/* paths: {tests: [GLOB, ...], examples: [GLOB, ...]} - a file is in the
 * first class whose globs match it, else in library (added last). */
static bool read_paths(reader *R, const yaml_node_t *n)
{
    if (!n || n->type != YAML_MAPPING_NODE)
        return fail(R, n, "expected a mapping of class names to lists of globs, such as {tests: [\"tests/**\"]}",
                    NULL);
    if (R->c->classes.n)
        return fail(R, n, "paths: is given twice", NULL);
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        const char *name = scalar(node(R, p->key));
        if (!class_name_ok(name))
            return fail(R, node(R, p->key), "expected a class name (a letter or '_', then letters, digits, '-' or "
                                            "'_'), not ", name ? name : "?");
        if (strcmp(name, MC_LIBRARY_CLASS) == 0)
            return fail(R, node(R, p->key), MC_LIBRARY_CLASS " is the class of the files in no other class; it "
                                            "takes no globs", NULL);
        if (class_named(R->c, name) >= 0)
            return fail(R, node(R, p->key), "class named twice in paths: ", name);
        int k = add_class(R->c, name);
        char *what = mc_xasprintf("paths: %s", name);
        bool ok = want_names(R, node(R, p->value), what, add_class_glob, &k);
        free(what);
        if (!ok)
            return false;
    }
    add_class(R->c, MC_LIBRARY_CLASS);
    return true;
}

/* One class's settings: {rules: {leak: off}}. */
static bool read_class(reader *R, const yaml_node_t *n, mc_path_class *k)
{
    if (!n || n->type != YAML_MAPPING_NODE)
        return fail(R, n, "expected a mapping such as {rules: {leak: off}} for class ", k->name);
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        const char *key = scalar(node(R, p->key));
        if (!key || strcmp(key, "rules") != 0)
            return fail(R, node(R, p->key), "unknown key in a class (expected rules): ", key ? key : "?");
        if (!read_rule_levels(R, node(R, p->value), k->rule_level))
            return false;
    }
    return true;
}

/* classes: {tests: {rules: {leak: off, unchecked-alloc: note}}} - paths: is
 * read before, wherever it stands in the file. */
static bool read_classes(reader *R, const yaml_node_t *n)
{
    if (!n || n->type != YAML_MAPPING_NODE)
        return fail(R, n, "expected a mapping of path classes to their settings, such as {tests: {rules: {leak: "
                          "off}}}", NULL);
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        const char *name = scalar(node(R, p->key));
        int k = name ? class_named(R->c, name) : -1;
        if (k < 0 && name && strcmp(name, MC_LIBRARY_CLASS) == 0)
            k = add_class(R->c, name); /* no paths: every file is library */
        if (k < 0)
            return fail(R, node(R, p->key), "unknown path class (expected " MC_LIBRARY_CLASS " or a class of "
                                            "paths:): ", name ? name : "?");
        if (!read_class(R, node(R, p->value), &R->c->classes.v[k]))
            return false;
    }
    return true;
}

static bool read_vocabulary(reader *R, const yaml_node_t *n)
{
    static const char *const classes[] = {"take", "view", "create", "destroy", "retain", "nonnull", "teardown", "refcount"};
    if (!n || n->type != YAML_MAPPING_NODE)
        return fail(R, n, "expected a mapping such as {take: [take, adopt]}", NULL);
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
        const char *key = scalar(node(R, p->key));
        int cls = -1;
        for (int i = 0; i < MC_WORD__COUNT; i++)
            if (key && strcmp(key, classes[i]) == 0)
                cls = i;
        if (cls < 0)
            return fail(R, node(R, p->key), "expected take, view, create, destroy, retain, nonnull, teardown or refcount, not ", key ? key : "?");
        R->c->vocab_set[cls] = true;
        if (!want_names(R, node(R, p->value), key, add_word, &cls))
            return false;
    }
    return true;
}

static bool read_unknown_calls(reader *R, const yaml_node_t *n)
{
    const char *s = scalar(n);
    if (s && strcmp(s, "escape") == 0)
        R->c->unknown_calls = 0;
    else if (s && strcmp(s, "borrow") == 0)
        R->c->unknown_calls = 1;
    else
        return fail(R, n, "expected escape or borrow for unknown-calls", NULL);
    return true;
}

static bool read_models(reader *R, yaml_node_t *n)
{
    char *err = NULL;
    bool ok = mc_models_load_node(R->models, R->doc, n, R->path, &err);
    if (!ok)
        fprintf(stderr, "memcheck: error: %s\n", err ? err : R->path);
    free(err);
    return ok;
}

/* source-root: a directory, relative to the file's own */
static bool read_source_root(reader *R, const yaml_node_t *n)
{
    const char *s = scalar(n);
    if (!s || !*s)
        return fail(R, n, "expected a directory for source-root", NULL);
    free(R->c->source_root);
    R->c->source_root = mc_srcroot_resolve(R->c->dir, s);
    if (!R->c->source_root)
        return fail(R, n, "source-root: not a directory: ", s);
    return true;
}

static bool read_key(reader *R, const char *key, yaml_node_t *v)
{
    if (strcmp(key, "rules") == 0)
        return read_rule_levels(R, v, R->c->rule_level);
    if (strcmp(key, "paths") == 0)
        return read_paths(R, v);
    if (strcmp(key, "classes") == 0)
        return read_classes(R, v);
    if (strcmp(key, "noreturn") == 0)
        return want_names(R, v, key, add_noreturn, NULL);
    if (strcmp(key, "never-fail") == 0)
        return want_names(R, v, key, add_never_fail, NULL);
    if (strcmp(key, "models") == 0)
        return read_models(R, v);
    if (strcmp(key, "vocabulary") == 0)
        return read_vocabulary(R, v);
    if (strcmp(key, "exclude") == 0)
        return want_names(R, v, key, add_exclude, NULL);
    if (strcmp(key, "unknown-calls") == 0)
        return read_unknown_calls(R, v);
    if (strcmp(key, "leaks-at-exit") == 0)
        return want_bool(R, v, key, &R->c->leaks_at_exit);
    if (strcmp(key, "strict-names") == 0)
        return want_bool(R, v, key, &R->c->strict_names);
    if (strcmp(key, "source-root") == 0)
        return read_source_root(R, v);
    return fail(R, v, "unknown key (expected rules, noreturn, never-fail, models, vocabulary, exclude, "
                      "unknown-calls, leaks-at-exit, strict-names, source-root, paths or classes): ", key);
}

static bool read_document(reader *R)
{
    yaml_node_t *root = yaml_document_get_root_node(R->doc);
    if (!root)
        return true; /* an empty file configures nothing */
    if (root->type != YAML_MAPPING_NODE)
        return fail(R, root, "expected a mapping of keys such as rules:, exclude:", NULL);
    /* paths: first, so that classes: may name its classes wherever it stands */
    for (int pass = 0; pass < 2; pass++)
        for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
            const char *key = scalar(node(R, p->key));
            if (!key)
                return fail(R, node(R, p->key), "expected a key", NULL);
            if ((strcmp(key, "paths") == 0) == (pass == 0) && !read_key(R, key, node(R, p->value)))
                return false;
        }
    return true;
}

static char *dir_of(const char *path)
{
    char real[PATH_MAX];
    const char *abs = realpath(path, real) ? real : path;
    const char *slash = strrchr(abs, '/');
    return slash ? mc_xstrndup(abs, slash == abs ? 1 : (size_t)(slash - abs)) : mc_xstrdup(".");
}

/* The file whole, or NULL after saying why (a directory is named as one). */
static char *read_config_file(const char *path, size_t *len)
{
    if (!mc_check_readable(path, "configuration"))
        return NULL;
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (f && fstat(fileno(f), &st) == 0 && st.st_size > (off_t)MAX_CONFIG_MB * 1024 * 1024) {
        fprintf(stderr, "memcheck: error: %s: larger than %d MB; not a configuration memcheck reads\n", path,
                MAX_CONFIG_MB);
        fclose(f);
        return NULL;
    }
    mc_buf b = {0};
    char chunk[4096];
    size_t n;
    while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        mc_buf_append(&b, chunk, n);
    if (!f || ferror(f)) {
        fprintf(stderr, "memcheck: error: %s: cannot read the configuration: %s\n", path, strerror(errno));
        if (f)
            fclose(f);
        free(b.s);
        return NULL;
    }
    fclose(f);
    *len = b.len;
    return mc_buf_detach(&b);
}

/* Where libyaml's reader stopped, as line and column (in bytes): its marks are
 * not set then, only a byte offset, which for a bad trailing byte is that
 * byte's: the error is put on the byte that began the sequence. */
static void reader_error(const char *path, const char *text, size_t len, const yaml_parser_t *parser)
{
    const unsigned char *u = (const unsigned char *)text;
    size_t at = parser->problem_offset < len ? parser->problem_offset : len;
    if (strstr(parser->problem, "trailing"))
        for (size_t start = at > 3 ? at - 3 : 0; at > start && (at == len || u[at] < 0xC0);)
            at--;
    unsigned long line = 1, col = 1;
    for (size_t i = 0; i < at; i++, col++)
        if (text[i] == '\n') {
            line++;
            col = 0;
        }
    if (at < len && u[at] >= 0x80)
        fprintf(stderr, "memcheck: error: %s:%lu:%lu: byte 0x%02X is not UTF-8 (%s): the file must be UTF-8\n", path,
                line, col, u[at], parser->problem);
    else
        fprintf(stderr, "memcheck: error: %s:%lu:%lu: %s\n", path, line, col, parser->problem);
}

static void parse_error(const char *path, const char *text, size_t len, const yaml_parser_t *parser)
{
    const yaml_mark_t *at = &parser->problem_mark, *ctx = &parser->context_mark;
    const char *problem = parser->problem ? parser->problem : "malformed YAML";
    if (parser->error == YAML_READER_ERROR)
        reader_error(path, text, len, parser);
    else if (parser->context && strstr(parser->context, "duplicate anchor"))
        fprintf(stderr, "memcheck: error: %s:%lu:%lu: duplicate anchor: the same name was given to the node at "
                        "%lu:%lu (an anchor names one node)\n",
                path, (unsigned long)at->line + 1, (unsigned long)at->column + 1, (unsigned long)ctx->line + 1,
                (unsigned long)ctx->column + 1);
    else if (parser->context)
        fprintf(stderr, "memcheck: error: %s:%lu:%lu: %s (%s at %lu:%lu)\n", path, (unsigned long)at->line + 1,
                (unsigned long)at->column + 1, problem, parser->context, (unsigned long)ctx->line + 1,
                (unsigned long)ctx->column + 1);
    else
        fprintf(stderr, "memcheck: error: %s:%lu:%lu: %s\n", path, (unsigned long)at->line + 1,
                (unsigned long)at->column + 1, problem);
}

bool mc_config_load(mc_config *c, const char *path, mc_models *models)
{
    size_t len;
    char *text = read_config_file(path, &len);
    if (!text)
        return false;
    c->path = mc_xstrdup(path);
    c->dir = dir_of(path);
    yaml_parser_t parser;
    yaml_document_t doc;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    bool ok = yaml_parser_load(&parser, &doc);
    if (!ok) {
        parse_error(path, text, len, &parser);
    } else {
        reader R = {c, models, &doc, path};
        ok = read_document(&R);
        yaml_document_delete(&doc);
    }
    yaml_parser_delete(&parser);
    free(text);
    return ok;
}

void mc_config_apply_vocabulary(const mc_config *c)
{
    for (int i = 0; i < MC_WORD__COUNT; i++)
        if (c->vocab_set[i])
            mc_naming_set_vocabulary((mc_word_class)i, (const char *const *)c->words[i].v, c->words[i].n);
}

/* Whether one of globs matches file (absolute), relative to dir: a glob
 * without '/' also matches the base name. */
static bool globs_match(const char *dir, char *const *globs, int n, const char *file)
{
    size_t len = strlen(dir);
    const char *rel = strncmp(file, dir, len) == 0 && file[len] == '/' ? file + len + 1 : file;
    const char *base = strrchr(rel, '/');
    for (int i = 0; i < n; i++)
        if (mc_glob_match(globs[i], rel) || (!strchr(globs[i], '/') && base && mc_glob_match(globs[i], base + 1)))
            return true;
    return false;
}

bool mc_config_excluded(const mc_config *c, const char *file)
{
    return c->dir && globs_match(c->dir, c->exclude.v, c->exclude.n, file);
}

static const mc_path_class *class_of(const mc_config *c, const char *file)
{
    for (int i = 0; i < c->classes.n; i++) {
        const mc_path_class *k = &c->classes.v[i];
        if (strcmp(k->name, MC_LIBRARY_CLASS) == 0 || globs_match(c->dir, k->globs.v, k->globs.n, file))
            return k;
    }
    return NULL;
}

void mc_config_tag_classes(const mc_config *c, mc_diags *d)
{
    for (int i = 0; c->classes.n && i < d->v.n; i++) {
        mc_finding *f = &d->v.v[i];
        const mc_path_class *k = f->loc.file && !f->path_class ? class_of(c, f->loc.file) : NULL;
        if (k)
            f->path_class = k->name;
    }
}

void mc_config_widen_classes(const mc_config *c, bool *run)
{
    for (int k = 0; k < c->classes.n; k++)
        for (int i = 0; i < mc_nrules; i++) {
            int level = c->classes.v[k].rule_level[i];
            if (level != MC_LEVEL_UNSET && level != MC_LEVEL_OFF)
                run[i] = true;
        }
}

/* What the class of f says of its rule, or MC_LEVEL_UNSET. */
static int class_level(const mc_config *c, const mc_finding *f, int rule)
{
    for (int i = 0; rule >= 0 && f->path_class && i < c->classes.n; i++)
        if (c->classes.v[i].name == f->path_class)
            return c->classes.v[i].rule_level[rule];
    return MC_LEVEL_UNSET;
}

bool mc_config_settle(const mc_config *c, mc_finding *f, int level, bool enabled)
{
    int by_class = class_level(c, f, mc_rule_index(f->rule));
    /* on in the class keeps the severity decided before it */
    if (by_class != MC_LEVEL_UNSET && !(by_class == MC_LEVEL_ON && level >= MC_SEV_NOTE && level <= MC_SEV_ERROR))
        level = by_class;
    if (level == MC_LEVEL_UNSET)
        return enabled;
    if (level == MC_LEVEL_OFF)
        return false;
    if (level != MC_LEVEL_ON)
        f->severity = (mc_severity)level;
    return true;
}

static void free_names(char **v, int n)
{
    for (int i = 0; i < n; i++)
        free(v[i]);
}

void mc_config_free(mc_config *c)
{
    free(c->path);
    free(c->dir);
    free(c->source_root);
    free(c->rule_level);
    free_names(c->exclude.v, c->exclude.n);
    MC_VEC_FREE(c->exclude);
    for (int k = 0; k < MC_WORD__COUNT; k++) {
        free_names(c->words[k].v, c->words[k].n);
        MC_VEC_FREE(c->words[k]);
    }
    for (int k = 0; k < c->classes.n; k++) {
        free(c->classes.v[k].name);
        free_names(c->classes.v[k].globs.v, c->classes.v[k].globs.n);
        MC_VEC_FREE(c->classes.v[k].globs);
        free(c->classes.v[k].rule_level);
    }
    MC_VEC_FREE(c->classes);
    *c = (mc_config){0};
}
