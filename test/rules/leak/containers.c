// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: objects handed to containers reachable from a parameter or a
 * global, aliases, and values passed through returns across functions. */
#include <stdlib.h>
#include <string.h>

struct item { struct item *next; int key; char *name; };
struct map { struct item *buckets[16]; };
static struct item *g_items;

int map_put_ok(struct map *m, int key, const char *name)
{
    struct item *it = malloc(sizeof *it);
    if (!it)
        return -1;
    it->key = key;
    it->name = strdup(name);
    if (!it->name) {
        free(it);
        return -1;
    }
    it->next = m->buckets[key & 15];
    m->buckets[key & 15] = it;
    return 0;
}

int map_put_bad(struct map *m, int key, const char *name)
{
    struct item *it = malloc(sizeof *it);
    if (!it)
        return -1;
    it->key = key;
    it->name = strdup(name);
    if (!it->name)
// CHECK: containers.c:[[@LINE+1]]:9: warning: memory 'it' allocated by malloc() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} (taken when 'it->name' is NULL at line {{[0-9]+}}) [leak]
        return -1;
    it->next = m->buckets[key & 15];
    m->buckets[key & 15] = it;
    return 0;
}

int global_push_ok(int key)
{
    struct item *it = calloc(1, sizeof *it);
    if (!it)
        return -1;
    it->key = key;
    it->next = g_items;
    g_items = it;
    return 0;
}

static char *make_label(int n)
{
    char *s = malloc(16);
    if (s)
        s[0] = (char)('0' + n % 10);
    return s;
}

int label_ok(void)
{
    char *s = make_label(4);
    if (!s)
        return -1;
    int c = s[0];
    free(s);
    return c;
}

int label_bad(void)
{
    char *s = make_label(5);
    if (!s)
        return -1;
// CHECK: containers.c:[[@LINE+1]]:5: warning: memory 's' allocated by make_label() at line {{[0-9]+}} leaks on the path returning s[0] at line {{[0-9]+}} [leak]
    return s[0];
}

int alias_bad(void)
{
    char *p = malloc(8);
    char *q = p;
    if (!q)
        return -1;
    q[0] = 1;
// CHECK: containers.c:[[@LINE+1]]:5: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks on the path returning q[0] at line {{[0-9]+}} [leak]
    return q[0];
}
