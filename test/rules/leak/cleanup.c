// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: cleanup labels, nested early returns, create/destroy that release
 * partial work, __attribute__((cleanup)) and a g_autofree-style macro. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void free_ptr(void *pp) { free(*(void **)pp); }
#define autofree __attribute__((cleanup(free_ptr)))

struct table { int *keys; char **vals; size_t n; };

int copy_file_ok(const char *src, const char *dst)
{
    int rc = -1;
    char *buf = NULL;
    FILE *in = NULL, *out = NULL;
    in = fopen(src, "rb");
    if (!in)
        goto done;
    out = fopen(dst, "wb");
    if (!out)
        goto done;
    buf = malloc(4096);
    if (!buf)
        goto done;
    size_t n;
    while ((n = fread(buf, 1, 4096, in)) > 0)
        fwrite(buf, 1, n, out);
    rc = 0;
done:
    free(buf);
    if (out)
        fclose(out);
    if (in)
        fclose(in);
    return rc;
}

int copy_file_bad(const char *src, const char *dst)
{
    FILE *in = fopen(src, "rb");
    if (!in)
        return -1;
    FILE *out = fopen(dst, "wb");
    if (!out)
// CHECK: cleanup.c:[[@LINE+1]]:9: warning: file 'in' allocated by fopen() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} (taken when 'out' is NULL at line {{[0-9]+}}) [leak]
        return -1;
    int c;
    while ((c = fgetc(in)) != EOF)
        fputc(c, out);
    fclose(out);
    fclose(in);
    return 0;
}

struct table *table_create_ok(size_t n)
{
    struct table *t = malloc(sizeof *t);
    if (!t)
        return NULL;
    t->keys = calloc(n, sizeof *t->keys);
    if (!t->keys) {
        free(t);
        return NULL;
    }
    t->vals = calloc(n, sizeof *t->vals);
    if (!t->vals) {
        free(t->keys);
        free(t);
        return NULL;
    }
    t->n = n;
    return t;
}

int pair_ok(char **a, char **b)
{
    char *x = malloc(16);
    if (!x)
        return -1;
    char *y = malloc(16);
    if (!y) {
        free(x);
        return -1;
    }
    *a = x;
    *b = y;
    return 0;
}

int pair_bad(char **a, char **b)
{
    char *x = malloc(16);
    if (!x)
        return -1;
    char *y = malloc(16);
    if (!y)
// CHECK: cleanup.c:[[@LINE+1]]:9: warning: memory 'x' allocated by malloc() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} (taken when 'y' is NULL at line {{[0-9]+}}) [leak]
        return -1;
    *a = x;
    *b = y;
    return 0;
}

int autofree_ok(const char *s)
{
    autofree char *copy = strdup(s);
    if (!copy)
        return -1;
    if (copy[0] == '#')
        return 0;
    return (int)strlen(copy);
}

int autofree_reassign_bad(const char *a, const char *b)
{
    autofree char *s = strdup(a);
    if (!s)
        return -1;
// CHECK: cleanup.c:[[@LINE+1]]:5: warning: memory from strdup() at line {{[0-9]+}} leaks: 's', the last reference to it, is overwritten [leak]
    s = strdup(b);
    return s ? 0 : -1;
}

int autofree_steal_ok(char **out)
{
    autofree char *s = malloc(32);
    if (!s)
        return -1;
    *out = s;
    s = NULL;
    return 0;
}
