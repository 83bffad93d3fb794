// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: create/destroy that releases partial work through its destroyer, a
 * ladder of cleanup labels, a growing vector reachable from a parameter,
 * tokenising a copy, and ownership that depends on a flag. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct vec { char **v; size_t n, cap; };
struct obj { char *a; char *b; FILE *f; };
void obj_destroy(struct obj *o)
{
    if (!o) return;
    free(o->a);
    free(o->b);
    if (o->f) fclose(o->f);
    free(o);
}
struct obj *obj_create_ok(const char *path)
{
    struct obj *o = calloc(1, sizeof *o);
    if (!o) return NULL;
    o->a = strdup(path);
    if (!o->a) goto fail;
    o->b = malloc(64);
    if (!o->b) goto fail;
    o->f = fopen(path, "r");
    if (!o->f) goto fail;
    return o;
fail:
    obj_destroy(o);
    return NULL;
}
int labels_ok(const char *path)
{
    char *a = malloc(8);
    if (!a) goto err;
    char *b = malloc(8);
    if (!b) goto err_a;
    FILE *f = fopen(path, "r");
    if (!f) goto err_b;
    fclose(f);
    free(b);
    free(a);
    return 0;
err_b:
    free(b);
err_a:
    free(a);
err:
    return -1;
}
int vec_push_ok(struct vec *v, const char *s)
{
    if (v->n == v->cap) {
        size_t nc = v->cap ? v->cap * 2 : 8;
        char **nv = realloc(v->v, nc * sizeof *nv);
        if (!nv) return -1;
        v->v = nv;
        v->cap = nc;
    }
    char *c = strdup(s);
    if (!c) return -1;
    v->v[v->n++] = c;
    return 0;
}
int split_ok(const char *line, struct vec *out)
{
    char *copy = strdup(line);
    if (!copy) return -1;
    char *save = NULL;
    for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save))
        if (vec_push_ok(out, t) < 0) {
            free(copy);
            return -1;
        }
    free(copy);
    return 0;
}
int split_bad(const char *line, struct vec *out)
{
    char *copy = strdup(line);
    if (!copy) return -1;
    char *save = NULL;
    for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save))
        if (vec_push_ok(out, t) < 0)
// CHECK: lifecycle.c:[[@LINE+1]]:13: warning: memory 'copy' allocated by strdup() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} (taken when 'vec_push_ok(out, t) < 0' at line {{[0-9]+}}) [leak]
            return -1;
    free(copy);
    return 0;
}
int opt_free_ok(int verbose)
{
    char *msg = verbose ? malloc(100) : NULL;
    if (verbose && !msg) return -1;
    if (msg) { msg[0] = 0; puts(msg); }
    free(msg);
    return 0;
}
int flag_owned_ok(const char *s, int copy)
{
    char *p = copy ? strdup(s) : (char *)s;
    if (!p) return -1;
    puts(p);
    if (copy) free(p);
    return 0;
}
