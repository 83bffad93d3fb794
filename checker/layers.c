/* layers.c - per-directory .memcheck.yml files over the root configuration
 * (see layers.h for what each may decide). */
#include "layers.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "rule.h"
#include "util.h"

typedef struct dir_layer {
    char *dir;
    int layer;          /* index into configs, or -1: the root governs */
} dir_layer;

struct mc_layers {
    const mc_config *root;
    char *root_path;    /* the root configuration's real path, or NULL */
    MC_VEC(mc_config) configs;
    MC_VEC(dir_layer) dirs;
    bool failed;        /* a layer could not be read */
};

static char *dir_of(const char *file)
{
    char *d = mc_xstrdup(file);
    char *slash = strrchr(d, '/');
    if (slash)
        slash[slash == d ? 1 : 0] = '\0';
    else
        strcpy(d, ".");
    return d;
}

static int config_named(const mc_layers *l, const char *path)
{
    for (int i = 0; i < l->configs.n; i++)
        if (strcmp(l->configs.v[i].path, path) == 0)
            return i;
    return -1;
}

/* Reads a layer; its program-wide keys (models, vocabularies, ...) are the
 * root's business and are read into a scratch model set that is dropped. */
static int add_config(mc_layers *l, const char *path)
{
    mc_config c;
    mc_config_init(&c);
    mc_models scratch;
    mc_models_init(&scratch);
    bool ok = mc_config_load(&c, path, &scratch);
    mc_models_free(&scratch);
    if (!ok) {
        mc_config_free(&c);
        l->failed = true;
        return -1;
    }
    MC_VEC_PUSH(l->configs, c);
    return l->configs.n - 1;
}

/* The layer governing files in dir, found once per directory. */
static int layer_of_dir(mc_layers *l, const char *dir)
{
    for (int i = 0; i < l->dirs.n; i++)
        if (strcmp(l->dirs.v[i].dir, dir) == 0)
            return l->dirs.v[i].layer;
    char *found = mc_config_find(dir);
    int layer = -1;
    if (found && !(l->root_path && strcmp(found, l->root_path) == 0)) {
        layer = config_named(l, found);
        if (layer < 0)
            layer = add_config(l, found);
    }
    free(found);
    MC_VEC_PUSH(l->dirs, ((dir_layer){mc_xstrdup(dir), layer}));
    return layer;
}

static int layer_of_file(mc_layers *l, const char *file)
{
    char *dir = dir_of(file);
    int layer = layer_of_dir(l, dir);
    free(dir);
    return layer;
}

mc_layers *mc_layers_load(const mc_config *root, const char *const *files, int nfiles)
{
    mc_layers *l = mc_xcalloc(1, sizeof *l);
    l->root = root;
    char real[PATH_MAX];
    if (root->path)
        l->root_path = mc_xstrdup(realpath(root->path, real) ? real : root->path);
    for (int i = 0; i < nfiles && !l->failed; i++)
        layer_of_file(l, files[i]);
    if (l->failed) {
        mc_layers_free(l);
        return NULL;
    }
    return l;
}

void mc_layers_widen(const mc_layers *l, bool *run)
{
    for (int k = 0; k < l->configs.n; k++)
        for (int i = 0; i < mc_nrules; i++) {
            int level = l->configs.v[k].rule_level[i];
            if (level != MC_LEVEL_UNSET && level != MC_LEVEL_OFF)
                run[i] = true;
        }
}

/* Whether finding f stays, and with which severity. */
static bool keep(mc_layers *l, mc_finding *f, const bool *root_enabled)
{
    int rule = mc_rule_index(f->rule);
    if (rule < 0 || !f->loc.file)
        return true; /* memcheck's own notes */
    int layer = layer_of_file(l, f->loc.file);
    const mc_config *c = layer >= 0 ? &l->configs.v[layer] : NULL;
    if (c && mc_config_excluded(c, f->loc.file))
        return false;
    return mc_config_settle(l->root, f, c ? c->rule_level[rule] : MC_LEVEL_UNSET, root_enabled[rule]);
}

void mc_layers_apply(mc_layers *l, mc_diags *d, const bool *root_enabled)
{
    int out = 0;
    for (int i = 0; i < d->v.n; i++) {
        if (keep(l, &d->v.v[i], root_enabled))
            d->v.v[out++] = d->v.v[i];
        else
            mc_finding_release(&d->v.v[i]);
    }
    d->v.n = out;
}

void mc_layers_free(mc_layers *l)
{
    if (!l)
        return;
    for (int i = 0; i < l->configs.n; i++)
        mc_config_free(&l->configs.v[i]);
    MC_VEC_FREE(l->configs);
    for (int i = 0; i < l->dirs.n; i++)
        free(l->dirs.v[i].dir);
    MC_VEC_FREE(l->dirs);
    free(l->root_path);
    free(l);
}
